"""The park figures of the seed catalogue (``[[park_figures]]``): checked, then imported.

A figure is imported only as the seeds give it: its park, kind, value and unit, the seed file
and the words that state it (``stated`` must be in the quotation, the quotation in the file),
and as its date the date of the news item that holds the quotation, when that has one.
"""

from datetime import date
from decimal import Decimal, InvalidOperation

from common.seeding import edited_since_import, upsert_seeded_many
from figures.kinds import KINDS
from figures.models import ParkFigure, Qualifier

SECTION = "park_figures"
PREFIX = "figures:"


def check(checker, entries):
    """Refuse an entry that names an unknown park, kind, unit or file, or misquotes it."""
    keys = set()
    for entry in entries:
        key = entry.get("key", "")
        if key in keys:
            checker.fail(entry, "the key is used twice in park_figures")
        keys.add(key)
        if entry.get("park") not in checker.keys["parks"]:
            checker.fail(entry, f"park names an unknown park {entry.get('park')!r}")
        kind = KINDS.get(entry.get("kind"))
        if kind is None:
            checker.fail(entry, f"kind {entry.get('kind')!r} is not a park figure")
        if not kind.dimension.unit(entry.get("unit", "")):
            checker.fail(entry, f"unit {entry.get('unit')!r} is not a unit of {kind.key}")
        if kind.money != bool(entry.get("currency")):
            checker.fail(entry, "a currency is given with amounts and prices only")
        if entry.get("qualifier", "") not in Qualifier.values:
            checker.fail(entry, f"qualifier {entry.get('qualifier')!r} is not known")
        try:
            Decimal(str(entry.get("value")))
        except InvalidOperation:
            checker.fail(entry, f"value {entry.get('value')!r} is not a number")
        document = checker.seeds.documents.get(entry.get("file"))
        if document is None:
            checker.fail(entry, f"file {entry.get('file')!r} is not a seed document")
        quote, stated = entry.get("quote", ""), entry.get("stated", "")
        if not quote or quote not in document.text:
            checker.fail(entry, f"the quotation {quote[:60]!r} is not in {entry.get('file')}")
        if not stated or stated not in quote:
            checker.fail(entry, f"the figure as stated ({stated!r}) is not in the quotation")


def dated(seeds, entry):
    document = seeds.documents[entry["file"]]
    for item in document.items:
        holds = entry["quote"] in item.title or entry["quote"] in item.body
        if holds and item.year and item.month and item.day:
            return date(item.year, item.month, item.day)
    return None


def import_figures(seeds, parks, stats):
    """Write the catalogue's figures on their parks (``parks``: key -> Park) and remove those
    the catalogue dropped, unless an editor changed them."""
    entries = seeds.catalogue.get(SECTION, [])
    rows = []
    for entry in entries:
        park = parks.get(entry["park"])
        if park is None:  # an editor deleted the park
            continue
        values = {
            "park": park,
            "kind": entry["kind"],
            "qualifier": entry.get("qualifier", ""),
            "value": Decimal(str(entry["value"])),
            "unit": entry["unit"],
            "currency": entry.get("currency", ""),
            "note_en": entry.get("note_en", ""),
            "note_zh_hans": entry.get("note_zh_hans", ""),
            "as_of": dated(seeds, entry),
            "source_file": entry["file"],
            "source_quote": entry["quote"],
        }
        rows.append((PREFIX + entry["key"], values, {}))
    for outcome, _obj in upsert_seeded_many(ParkFigure, rows):
        stats[f"park figures {outcome}"] += 1
    keep = [key for key, _v, _d in rows]
    stale = ParkFigure.objects.filter(seed_key__startswith=PREFIX).exclude(seed_key__in=keep)
    gone = [f.pk for f in stale if not edited_since_import(f)]
    if gone:
        ParkFigure.objects.filter(pk__in=gone).delete()
        stats["park figures retired"] += len(gone)
