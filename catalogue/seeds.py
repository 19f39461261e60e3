"""The seed import: news documents, their translations and the cited catalogue, tied together.

Everything is validated before anything is written; the caller runs it in one transaction.
"""

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings

from common import languages
from common.languages import column
from common.seeding import upsert_seeded, upsert_seeded_many
from common.translation import TranslationStatus
from news.importing import MentionFinder, import_document, link_mentions, news_key
from news.models import NewsItem
from news.parsing import DocumentError, parse_document, read_document
from parks.models import (
    AmountBasis,
    City,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Province,
    Sector,
)

CATALOGUE = "catalogue"  # a folder of TOML files, merged in name order
TRANSLATIONS = "translations"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class SeedError(ValueError):
    def __init__(self, path, message, line=None):
        super().__init__(message)
        self.path, self.message, self.line = path, message, line

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass
class Seeds:
    directory: Path
    documents: dict = field(default_factory=dict)  # file name -> ParsedDocument
    translations: dict = field(default_factory=dict)  # file name -> (language, {index: item})
    catalogue: dict = field(default_factory=dict)


def load_toml(path):
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SeedError(path, "the file is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        match = re.search(r"line (\d+)", str(error))
        raise SeedError(
            path, f"not valid TOML ({error})", line or (match and int(match[1]))
        ) from error


def line_of(text, key):
    """The line of ``key = "<key>"`` in a TOML text, to point an error at its entry."""
    pattern = re.compile(r'^\s*(key|index)\s*=\s*"?' + re.escape(str(key)) + r'"?\s*$')
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def seeds_dir():
    return Path(getattr(settings, "PORTAL_SEEDS_DIR", settings.BASE_DIR / "seeds"))


def load_seeds(directory=None):
    """Read and check every seed file; raise SeedError naming the file and line of a problem."""
    directory = Path(directory or seeds_dir())
    seeds = Seeds(directory=directory)
    for path in sorted(directory.glob("*.txt")):
        try:
            text, encoding = read_document(path)
            seeds.documents[path.name] = parse_document(text, encoding)
        except DocumentError as error:
            raise SeedError(path, error.message, error.line) from error
    if not seeds.documents:
        raise SeedError(directory, "no seed documents (*.txt) found")
    for path in sorted((directory / TRANSLATIONS).glob("*.toml")):
        seeds.translations[path.stem + ".txt"] = check_translation(path, seeds)
    paths = sorted((directory / CATALOGUE).glob("*.toml"))
    if not paths:
        raise SeedError(directory / CATALOGUE, "the catalogue is missing")
    seeds.catalogue = CatalogueChecker(paths, seeds).run()
    return seeds


def check_translation(path, seeds):
    data, text = load_toml(path)
    source = data.get("source_file")
    if source not in seeds.documents:
        raise SeedError(
            path, f"source_file {source!r} is not a seed document", line_of(text, source)
        )
    language = languages.from_suffix(str(data.get("language")))
    document = seeds.documents[source]
    if language is None or language == document.language:
        raise SeedError(path, "language must be the other language of the source document")
    items = {}
    for entry in data.get("items", []):
        index = entry.get("index")
        line = line_of(text, index)
        originals = [i for i in document.items if i.position == index]
        if not originals:
            raise SeedError(path, f"item {index} is not in {source}", line)
        if entry.get("source_title") != originals[0].title:
            raise SeedError(path, f"item {index}: source_title is not the item's title", line)
        if not str(entry.get("title", "")).strip() or not str(entry.get("body", "")).strip():
            raise SeedError(path, f"item {index}: title and body must not be empty", line)
        items[index] = entry
    return language, items


KINDS = ("sectors", "parks", "enterprises", "agreements", "opportunities")


class CatalogueChecker:
    """Checks the catalogue files together: keys are unique across files and refer across them."""

    def __init__(self, paths, seeds):
        self.seeds = seeds
        self.files = [(path, *load_toml(path)) for path in paths]
        self.keys = {}
        self.where = {}  # id(entry) -> (path, text)

    def fail(self, entry, message):
        key = entry.get("key") if isinstance(entry, dict) else None
        path, text = self.where[id(entry)]
        label = f"{key}: " if key else ""
        raise SeedError(path, label + message, line_of(text, key) if key else None)

    def run(self):
        merged = {kind: [] for kind in KINDS}
        for path, data, text in self.files:
            for kind, entries in data.items():
                if kind not in merged or not isinstance(entries, list):
                    raise SeedError(path, f"unknown section [[{kind}]]")
                for entry in entries:
                    self.where[id(entry)] = (path, text)
                    merged[kind].append(entry)
        self.data = merged
        for kind in KINDS:
            self.keys[kind] = set()
            for entry in self.data.get(kind, []):
                key = entry.get("key", "")
                if not SLUG.match(key) or len(key) > 80:
                    self.fail(entry, f"a {kind} key must be a slug of at most 80 characters")
                if key in self.keys[kind]:
                    self.fail(entry, f"the key is used twice in {kind}")
                self.keys[kind].add(key)
                getattr(self, f"check_{kind}")(entry)
        return self.data

    def need_text(self, entry, *names):
        for name in names:
            for key in languages.columns(name):
                value = entry.get(key)
                if not isinstance(value, str) or not value.strip():
                    self.fail(entry, f"{key} must not be empty")

    def parallel(self, entry, name):
        keys = languages.columns(name)
        if len({len(entry.get(key, [])) for key in keys}) > 1:
            self.fail(entry, f"{' and '.join(keys)} must have as many entries")

    def refs(self, entry, name, kind, many=True):
        values = entry.get(name, [] if many else None)
        for value in values if many else ([values] if values else []):
            if value not in self.keys[kind]:
                self.fail(entry, f"{name} names an unknown {kind[:-1]} {value!r}")

    def evidence(self, entry):
        evidence = entry.get("evidence") or []
        if not evidence:
            self.fail(entry, "needs at least one evidence quotation")
        for citation in evidence:
            document = self.seeds.documents.get(citation.get("file"))
            if document is None:
                self.fail(entry, f"evidence names an unknown seed file {citation.get('file')!r}")
            quote = citation.get("quote", "")
            if not quote or quote not in document.text:
                self.fail(entry, f"the quotation {quote[:60]!r} is not in {citation.get('file')}")

    def choice(self, entry, name, choices, required=True):
        value = entry.get(name, "")
        if (value or required) and value not in choices:
            self.fail(entry, f"{name} {value!r} is not one of {', '.join(choices)}")

    def place(self, entry, required=False):
        self.choice(entry, "province", Province.values, required)
        self.choice(entry, "city", City.values, required=False)

    def check_sectors(self, entry):
        self.need_text(entry, "name")

    def check_parks(self, entry):
        self.need_text(entry, "name", "summary")
        self.choice(entry, "kind", Park.Kind.values)
        self.choice(entry, "status", Park.Status.values)
        self.place(entry, required=True)
        self.parallel(entry, "highlights")
        self.refs(entry, "sectors", "sectors")
        self.evidence(entry)

    def check_enterprises(self, entry):
        self.need_text(entry, "name", "description")
        self.choice(entry, "kind", Enterprise.Kind.values)
        self.place(entry)
        self.parallel(entry, "highlights")
        self.refs(entry, "sectors", "sectors")
        self.refs(entry, "park", "parks", many=False)
        self.evidence(entry)

    def check_agreements(self, entry):
        self.need_text(entry, "title", "summary")
        self.choice(entry, "kind", CooperationAgreement.Kind.values)
        self.choice(entry, "status", CooperationAgreement.Status.values)
        self.parallel(entry, "highlights")
        self.parallel(entry, "other_parties")
        self.refs(entry, "parties", "enterprises")
        self.refs(entry, "sectors", "sectors")
        self.refs(entry, "park", "parks", many=False)
        self.date(entry)
        if "amount" in entry:
            try:
                amount = Decimal(str(entry["amount"]))
            except InvalidOperation:
                self.fail(entry, f"amount {entry['amount']!r} is not a number")
            if amount < 0:
                self.fail(entry, "amount must not be negative")
            self.choice(entry, "currency", ["CNY", "USD"])
            self.choice(entry, "amount_basis", AmountBasis.values)
        self.evidence(entry)

    def check_opportunities(self, entry):
        self.need_text(entry, "title", "summary", "source_statement")
        self.choice(entry, "kind", InvestmentOpportunity.Kind.values)
        self.choice(entry, "status", InvestmentOpportunity.Status.values)
        self.place(entry)
        self.refs(entry, "sectors", "sectors")
        self.refs(entry, "park", "parks", many=False)
        self.evidence(entry)

    def date(self, entry):
        month, day = entry.get("month"), entry.get("day")
        if month is not None and not 1 <= month <= 12:
            self.fail(entry, f"month {month} is not from 1 to 12")
        if day is not None and (month is None or not 1 <= day <= 31):
            self.fail(entry, f"day {day} needs a month and must be from 1 to 31")


def both(entry, name, join=None):
    """The ``name_en`` / ``name_zh_hans`` pair of an entry as model field values."""
    values = {}
    for key in languages.columns(name):
        value = entry.get(key, [] if join else "")
        values[key] = join.join(value) if join else value.strip()
    return values


def aliases(entry):
    """An entry's other names in every language, one per line."""
    return "\n".join(alias for key in languages.columns("aliases") for alias in entry.get(key, []))


def translation_statuses(entry):
    """The seeds' own language is the original; the other is a translation awaiting review."""
    original = languages.from_suffix(entry.get("original_language", "en"))
    return {
        column("translation_status", code): TranslationStatus.ORIGINAL
        if code == original
        else TranslationStatus.TRANSLATED
        for code in languages.codes()
    }


class SeedImporter:
    def __init__(self, seeds, *, restore_deleted=False):
        self.seeds = seeds
        self.restore_deleted = restore_deleted
        self.stats = Counter()
        self.objects = {}  # (kind, key) -> object

    def run(self):
        self.import_documents()
        self.import_translations()
        self.import_catalogue()
        self.link_news()
        return self.stats

    def upsert(self, label, model, key, values, **kwargs):
        outcome, obj = upsert_seeded(
            model, key, values, restore_deleted=self.restore_deleted, **kwargs
        )
        self.stats[f"{label} {outcome}"] += 1
        return obj

    # News documents and their translations.

    def import_documents(self):
        for file_name in self.seeds.documents:
            english = {}
            language, items = self.seeds.translations.get(file_name, (None, {}))
            if language == "en":
                english = {index: entry["title"] for index, entry in items.items()}
            import_document(
                self.seeds.directory / file_name,
                file_name=file_name,
                stats=self.stats,
                restore_deleted=self.restore_deleted,
                english_titles=english,
            )

    def import_translations(self):
        for file_name, (language, items) in self.seeds.translations.items():
            for index, entry in items.items():
                values = {
                    column("title", language): entry["title"].strip(),
                    column("body", language): entry["body"].strip(),
                    column("translation_status", language): TranslationStatus.TRANSLATED,
                }
                self.upsert("translations", NewsItem, news_key(file_name, index), values)

    # The catalogue.

    def ref(self, kind, key):
        return self.objects.get((kind, key)) if key else None

    def refs(self, kind, keys):
        return [obj for key in keys if (obj := self.objects.get((kind, key))) is not None]

    def citations(self, entry):
        cited = []
        for citation in entry.get("evidence", []):
            item = self.item_quoting(citation["file"], citation["quote"])
            cited.append(
                {
                    "file": citation["file"],
                    "quote": citation["quote"],
                    "language": self.seeds.documents[citation["file"]].language,
                    "news": news_key(citation["file"], item) if item else None,
                }
            )
        return cited

    def item_quoting(self, file_name, quote):
        for item in self.seeds.documents[file_name].items:
            if quote in item.title or quote in item.body:
                return item.position
        return None

    def news_item(self, entry):
        for citation in entry.get("evidence", []):
            position = self.item_quoting(citation["file"], citation["quote"])
            if position:
                return NewsItem.objects.filter(
                    seed_key=news_key(citation["file"], position)
                ).first()
        return None

    def save(self, kind, model, entry, values, published=True):
        key = f"{kind}:{entry['key']}"
        obj = self.upsert(
            kind,
            model,
            key,
            {**values, **translation_statuses(entry)},
            defaults={"slug": entry["key"], "is_published": published},
            citations=self.citations(entry) if "evidence" in entry else None,
        )
        if obj is not None:
            self.objects[(kind, entry["key"])] = obj
        return obj

    def import_catalogue(self):
        catalogue = self.seeds.catalogue
        for position, entry in enumerate(catalogue.get("sectors", []), start=1):
            self.save(
                "sectors",
                Sector,
                entry,
                {**both(entry, "name"), **both(entry, "description"), "position": position},
            )
        for entry in catalogue.get("parks", []):
            self.save(
                "parks",
                Park,
                entry,
                {
                    **both(entry, "name"),
                    **both(entry, "summary"),
                    **both(entry, "district"),
                    **both(entry, "highlights", join="\n"),
                    "aliases": aliases(entry),
                    "kind": entry["kind"],
                    "status": entry["status"],
                    "province": entry["province"],
                    "city": entry.get("city", ""),
                    "sectors": self.refs("sectors", entry.get("sectors", [])),
                },
            )
        for entry in catalogue.get("enterprises", []):
            self.save(
                "enterprises",
                Enterprise,
                entry,
                {
                    **both(entry, "name"),
                    **both(entry, "description"),
                    **both(entry, "highlights", join="\n"),
                    "aliases": aliases(entry),
                    "kind": entry["kind"],
                    "park": self.ref("parks", entry.get("park")),
                    "province": entry.get("province", ""),
                    "city": entry.get("city", ""),
                    "sectors": self.refs("sectors", entry.get("sectors", [])),
                },
            )
        for entry in catalogue.get("agreements", []):
            amount = entry.get("amount")
            self.save(
                "agreements",
                CooperationAgreement,
                entry,
                {
                    **both(entry, "title"),
                    **both(entry, "summary"),
                    **both(entry, "highlights", join="\n"),
                    **both(entry, "other_parties", join="\n"),
                    "kind": entry["kind"],
                    "status": entry["status"],
                    "year": entry.get("year"),
                    "month": entry.get("month"),
                    "day": entry.get("day"),
                    "amount": Decimal(str(amount)) if amount is not None else None,
                    "currency": entry.get("currency", "") if amount is not None else "",
                    "amount_basis": entry.get("amount_basis", "") if amount is not None else "",
                    "park": self.ref("parks", entry.get("park")),
                    "parties": self.refs("enterprises", entry.get("parties", [])),
                    "sectors": self.refs("sectors", entry.get("sectors", [])),
                    "source_news": self.news_item(entry),
                },
            )
        for entry in catalogue.get("opportunities", []):
            self.save(
                "opportunities",
                InvestmentOpportunity,
                entry,
                {
                    **both(entry, "title"),
                    **both(entry, "summary"),
                    **both(entry, "incentives"),
                    **both(entry, "source_statement"),
                    "kind": entry["kind"],
                    "status": entry["status"],
                    "park": self.ref("parks", entry.get("park")),
                    "province": entry.get("province", ""),
                    "city": entry.get("city", ""),
                    "sectors": self.refs("sectors", entry.get("sectors", [])),
                    "source_news": self.news_item(entry),
                },
            )

    # Links between news and the catalogue.

    def link_news(self):
        cited = {"parks": {}, "enterprises": {}, "agreements": {}}
        for (kind, _key), obj in self.objects.items():
            if kind in cited:
                for citation in obj.citations:
                    if citation.get("news"):
                        cited[kind].setdefault(citation["news"], []).append(obj)
        keys = [
            news_key(file_name, item.position)
            for file_name, document in self.seeds.documents.items()
            for item in document.items
        ]
        items = list(NewsItem.objects.filter(seed_key__in=keys))
        extra = {
            item.seed_key: {
                "parks": cited["parks"].get(item.seed_key, []),
                "enterprises": cited["enterprises"].get(item.seed_key, []),
            }
            for item in items
        }
        link_mentions(items, MentionFinder(), self.stats, extra)
        rows = [(item.seed_key, {"agreements": cited["agreements"].get(item.seed_key, [])}, None)
                for item in items]  # fmt: skip
        for outcome, _obj in upsert_seeded_many(NewsItem, rows):
            self.stats[f"agreement links {outcome}"] += 1
