"""Industry chains in the seed catalogue: ``[[chains]]`` with their ``[[chains.links]]``, and
on each link the enterprises, parks and opportunities the seeds place there.

Every chain and every placement quotes the seeds verbatim (``file`` and ``quote``); an
enterprise's quotation names it. Where the seeds do not say, nothing is placed.

An import creates the chains (as the other kinds: an editor's change is kept), the links and
the placements it does not find; it never rewrites a link or placement an editor has, and
leaves to the editors what the catalogue no longer lists.
"""

from chains.models import Chain, ChainLink, EnterprisePlacement, OpportunityPlacement, ParkPlacement
from common import languages
from common.seeding import upsert_seeded

SECTION = "chains"
# A link's placements: the catalogue section each names, the model, and its record field.
PLACEMENTS = (
    ("enterprises", EnterprisePlacement, "enterprise"),
    ("parks", ParkPlacement, "park"),
    ("opportunities", OpportunityPlacement, "opportunity"),
)


def names_of(entry):
    return [
        name.lower()
        for name in (
            entry.get("name_en"),
            entry.get("name_zh_hans"),
            *entry.get("aliases_en", []),
            *entry.get("aliases_zh_hans", []),
        )
        if name
    ]


def check_chains(checker):
    """Check the ``[[chains]]`` entries of a ``loading.CatalogueChecker``."""
    by_key = {kind: {e["key"]: e for e in checker.data[kind]} for kind, *_ in PLACEMENTS}
    keys = set()
    for entry in checker.data[SECTION]:
        key = entry.get("key", "")
        if not checker_slug(key) or key in keys:
            checker.fail(entry, "a chain key must be a unique slug of at most 80 characters")
        keys.add(key)
        for name in ("name", "summary"):
            for column in languages.columns(name):
                if not str(entry.get(column, "")).strip():
                    checker.fail(entry, f"{column} must not be empty")
        checker.evidence(entry)
        links = entry.get("links") or []
        if not links:
            checker.fail(entry, "a chain needs its links")
        link_keys = set()
        for link in links:
            label = f"link {link.get('key')!r}"
            if not checker_slug(link.get("key", "")) or link["key"] in link_keys:
                checker.fail(entry, f"{label}: a link key must be a unique slug")
            link_keys.add(link["key"])
            for column in languages.columns("name"):
                if not str(link.get(column, "")).strip():
                    checker.fail(entry, f"{label}: {column} must not be empty")
            for section, _model, _field in PLACEMENTS:
                for placed in link.get(section, []):
                    record = by_key[section].get(placed.get("key"))
                    if record is None:
                        checker.fail(entry, f"{label} places an unknown {section[:-1]}")
                    document = checker.seeds.documents.get(placed.get("file"))
                    quote = placed.get("quote", "")
                    if document is None or not quote or quote not in document.text:
                        checker.fail(
                            entry, f"{label}: {quote[:60]!r} is not in {placed.get('file')}"
                        )
                    quote = quote.lower()
                    if section == "enterprises" and not any(n in quote for n in names_of(record)):
                        checker.fail(entry, f"{label}: the quotation does not name {placed['key']}")


def checker_slug(key):
    from .loading import SLUG

    return bool(SLUG.match(key or "")) and len(key) <= 80


def evidence_of(entry):
    return [{"file": e["file"], "quote": e["quote"]} for e in entry.get("evidence", [])]


def import_chains(importer):
    """Write the catalogue's chains, links and placements; count what changed."""
    stats = importer.stats
    for position, entry in enumerate(importer.seeds.catalogue.get(SECTION, []), start=1):
        values = {"position": position}
        for name in ("name", "summary", "description"):
            for column in languages.columns(name):
                values[column] = str(entry.get(column, "")).strip()
        outcome, chain = upsert_seeded(
            Chain,
            f"{SECTION}:{entry['key']}",
            values,
            defaults={"slug": entry["key"], "is_published": True},
            restore_deleted=importer.restore_deleted,
        )
        stats[f"chains {outcome}"] += 1
        if chain is None:
            continue
        if chain.evidence != evidence_of(entry):
            chain.evidence = evidence_of(entry)
            chain.save(update_fields=["evidence"])
            if outcome != "created":
                stats["chain evidence updated"] += 1
        for link_position, link_entry in enumerate(entry["links"]):
            import_link(importer, chain, link_position, link_entry)


def import_link(importer, chain, position, entry):
    names = {
        column: str(entry.get(column, "")).strip()
        for name in ("name", "description")
        for column in languages.columns(name)
    }
    link, created = ChainLink.objects.get_or_create(
        chain=chain, slug=entry["key"], defaults={"position": position, **names}
    )
    if created:
        importer.stats["chain links created"] += 1
    for section, model, field in PLACEMENTS:
        for placed in entry.get(section, []):
            record = importer.objects.get((section, placed["key"]))
            if record is None:  # an editor deleted it
                continue
            evidence = [{"file": placed["file"], "quote": placed["quote"]}]
            extra = {"is_leader": bool(placed.get("leader"))} if field == "enterprise" else {}
            _placement, created = model.objects.get_or_create(
                link=link, **{field: record}, defaults={"evidence": evidence, **extra}
            )
            if created:
                importer.stats[f"chain placements of {section} created"] += 1
