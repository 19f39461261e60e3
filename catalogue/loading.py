"""Read and check everything under seeds/ before anything is written."""

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings

from common import languages
from news.parsing import DocumentError, parse_document, read_document

from . import figures
from .chains import SECTION as CHAINS
from .chains import check_chains
from .kinds import AGREEMENT_WORDS, AMOUNT_BASES, CURRENCIES, KIND_WORDS, KINDS, STAGES

CATALOGUE = "catalogue"  # a folder of TOML files, merged in name order
TRANSLATIONS = "translations"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Dates and ordinals are not figures: a year may come from the document's date, which the
# catalogue then says (see the README).
NOT_FIGURES = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{4}年"
    rf"|\d{{1,2}} (?:{MONTHS})(?: \d{{4}})?|(?:{MONTHS}) \d{{4}}|\b(?:19|20)\d{{2}}\b"
    r"|\d+(?:st|nd|rd|th)\b"
)


def kind_word(words, name):
    """(kind, word) for the kind word that ends last in ``name`` (the longest there), or None;
    the kind may be a tuple of kinds the word allows."""
    found = [
        (match.end(), len(word), kind, word)
        for kind, kind_words in words.items()
        for word in kind_words
        for match in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", name)
    ]
    return max(found, key=lambda f: f[:2])[2:] if found else None


def kinds_of(key):
    return key if isinstance(key, tuple) else (key,)


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
        self.data = self.merge()
        for kind in KINDS:
            self.keys[kind.key] = set()
            for entry in self.data[kind.key]:
                key = entry.get("key", "")
                if not SLUG.match(key) or len(key) > 80:
                    self.fail(entry, f"a {kind.key} key must be a slug of at most 80 characters")
                if key in self.keys[kind.key]:
                    self.fail(entry, f"the key is used twice in {kind.key}")
                self.keys[kind.key].add(key)
                self.check(kind, entry)
        self.parties_cited()
        check_chains(self)
        figures.check(self, self.data[figures.SECTION])
        return self.data

    def merge(self):
        merged = {kind.key: [] for kind in KINDS} | {CHAINS: [], figures.SECTION: []}
        for path, data, text in self.files:
            for section, entries in data.items():
                if section not in merged or not isinstance(entries, list):
                    raise SeedError(path, f"unknown section [[{section}]]")
                for entry in entries:
                    self.where[id(entry)] = (path, text)
                    merged[section].append(entry)
        return merged

    def check(self, kind, entry):
        """An entry of ``kind`` as the table of kinds describes it (references come first)."""
        for name in kind.required:
            for key in languages.columns(name):
                value = entry.get(key)
                if not isinstance(value, str) or not value.strip():
                    self.fail(entry, f"{key} must not be empty")
        for name, (allowed, required) in kind.choices.items():
            self.choice(entry, name, allowed, required)
        for name in kind.lists:
            keys = languages.columns(name)
            if len({len(entry.get(key, [])) for key in keys}) > 1:
                self.fail(entry, f"{' and '.join(keys)} must have as many entries")
        for name, ref in kind.refs.items():
            values = entry.get(name, [] if ref.many else None)
            for value in values if ref.many else ([values] if values else []):
                if value not in self.keys[ref.kind]:
                    self.fail(entry, f"{name} names an unknown {ref.kind[:-1]} {value!r}")
        districts = [entry.get(key, "").strip() for key in languages.columns("district")]
        if kind.place_texts and any(districts) and not entry.get("city"):
            self.fail(entry, "a district is named only with its city")
        if kind.key == "agreements":
            self.record_type(entry)
            self.date(entry)
            self.amount(entry)
            self.stages(entry)
        if kind.evidence:
            self.evidence(entry)
            self.figures_cited(kind, entry)
        if kind.key in KIND_WORDS:
            self.kind_supported(KIND_WORDS[kind.key], entry)

    def kind_supported(self, words, entry):
        """Where the evidence quotes a name of the record that says what kind of thing it is
        (开发区, 研究院, University…), the record is of that kind."""
        quotes = " ".join(c.get("quote", "") for c in entry.get("evidence") or []).lower()
        names = (entry.get("name_en"), entry.get("name_zh_hans"))
        names += (*entry.get("aliases_en", []), *entry.get("aliases_zh_hans", []))
        for name in {n.lower() for n in names if n and n.lower() in quotes}:
            said = kind_word(words, name)
            if said and entry.get("kind") not in kinds_of(said[0]):
                self.fail(
                    entry,
                    f"kind {entry.get('kind')!r} is not what its evidence calls "
                    f"{name!r} ({said[1]!r}: {' or '.join(kinds_of(said[0]))})",
                )

    def figures_cited(self, kind, entry):
        """Every figure an entry states in its own language is in one of its quotations."""
        language = languages.from_suffix(entry.get("original_language", "en")) or "en"
        quotes = " ".join(c.get("quote", "") for c in entry.get("evidence") or [])
        for name in (*kind.required, *kind.texts, *kind.lists):
            if name == "source_statement":
                continue  # the source's own words, in full
            value = entry.get(languages.column(name, language), "")
            text = NOT_FIGURES.sub(" ", " ".join(value) if isinstance(value, list) else value)
            for figure in FIGURE.findall(text):
                if figure not in quotes:
                    self.fail(entry, f"the figure {figure} in {name} is in no evidence quotation")

    def parties_cited(self):
        """Every party in the directory is named (or an alias of it is) by the quotations."""
        names = {
            e["key"]: [
                n.lower()
                for n in (
                    e.get("name_en"),
                    e.get("name_zh_hans"),
                    *e.get("aliases_en", []),
                    *e.get("aliases_zh_hans", []),
                )  # fmt: skip
                if n
            ]
            for e in self.data["enterprises"]
        }
        for entry in self.data["agreements"]:
            quotes = " ".join(c.get("quote", "") for c in entry.get("evidence") or []).lower()
            for party in entry.get("parties", []):
                if not any(name in quotes for name in names[party]):
                    self.fail(entry, f"no evidence quotation names the party {party!r}")

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

    def record_type(self, entry):
        """An agreement has a kind and its evidence calls it one; a project or event is not
        called an agreement, signing or contract by its evidence."""
        quotes = " ".join(c.get("quote", "") for c in entry.get("evidence") or []).lower()
        called = any(word in quotes for word in AGREEMENT_WORDS)
        if entry.get("record_type") == "agreement":
            if not entry.get("kind"):
                self.fail(entry, "an agreement needs a kind")
            if not called:
                self.fail(entry, "no evidence quotation calls it an agreement, signing or contract")
        elif entry.get("kind"):
            self.fail(entry, "only an agreement has a kind; a project or event has none")

    def stages(self, entry):
        """The stages an agreement or project reached, each once, dated as precisely as its
        source and cited from the seeds; an event has none."""
        stages = entry.get("stages", [])
        if not isinstance(stages, list):
            self.fail(entry, "stages must be a list of [[agreements.stages]]")
        if stages and entry.get("record_type") == "event":
            self.fail(entry, "an event has no stages; only agreements and projects are tracked")
        seen = set()
        for stage in stages:
            name = stage.get("stage", "")
            if name not in STAGES:
                self.fail(entry, f"stage {name!r} is not one of {', '.join(STAGES)}")
            if name in seen:
                self.fail(entry, f"the stage {name!r} is given twice")
            seen.add(name)
            self.date(entry, stage)
            if not stage.get("evidence"):
                self.fail(entry, f"the stage {name!r} needs at least one evidence quotation")
            for citation in stage["evidence"]:
                document = self.seeds.documents.get(citation.get("file"))
                quote = citation.get("quote", "")
                if document is None or not quote or quote not in document.text:
                    self.fail(
                        entry,
                        f"the stage {name!r} quotes {quote[:60]!r}, which is not in "
                        f"{citation.get('file')}",
                    )

    def date(self, entry, dated=None):
        dated = entry if dated is None else dated
        month, day = dated.get("month"), dated.get("day")
        if month is not None and not 1 <= month <= 12:
            self.fail(entry, f"month {month} is not from 1 to 12")
        if day is not None and (month is None or not 1 <= day <= 31):
            self.fail(entry, f"day {day} needs a month and must be from 1 to 31")

    def amount(self, entry):
        if "amount" not in entry:
            return
        try:
            amount = Decimal(str(entry["amount"]))
        except InvalidOperation:
            self.fail(entry, f"amount {entry['amount']!r} is not a number")
        if amount < 0:
            self.fail(entry, "amount must not be negative")
        self.choice(entry, "currency", CURRENCIES)
        self.choice(entry, "amount_basis", AMOUNT_BASES)
