"""Import parsed news documents into news items, keeping every editor's change."""

import hashlib
import re
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.utils.text import slugify

from common import languages
from common.languages import column
from common.seeding import upsert_seeded_many
from common.translation import TranslationStatus

from .models import NewsItem, SourceDocument
from .parsing import parse_document, read_document


def news_key(file_name, position):
    return f"news:{file_name}#{position}"


class SlugMaker:
    """Unique slugs for many new records, with indexed look-ups only.

    A slug already taken gets a short suffix made from the record's seed key, so the same
    document always gives the same slugs.
    """

    def __init__(self, model):
        self.model = model

    def make(self, rows):
        """``rows``: (text to slugify, fallback, seed key) per new record."""
        bases = [(slugify(text)[:64].rstrip("-") or fallback[:64]) for text, fallback, _k in rows]
        candidates = [
            [base] + [f"{base}-{hashlib.sha1(key.encode()).hexdigest()[:n]}" for n in (6, 12)]  # noqa: S324
            for base, (_t, _f, key) in zip(bases, rows, strict=True)
        ]
        flat = [slug for options in candidates for slug in options]
        taken = set(self.model.objects.filter(slug__in=flat).values_list("slug", flat=True))
        slugs = []
        for options in candidates:
            slug = next((option for option in options if option not in taken), None)
            if slug is None:
                raise ValueError(f"no free slug for {options[0]}")
            taken.add(slug)
            slugs.append(slug)
        return slugs


class MentionFinder:
    """Finds the parks and enterprises a text names, by names and aliases in both languages."""

    def __init__(self):
        self.names = {}
        for kind, model_name in (("parks", "Park"), ("enterprises", "Enterprise")):
            for obj in apps.get_model("parks", model_name).objects.all():
                for name in self._names_of(obj):
                    self.names.setdefault(name.lower(), set()).add((kind, obj))
        alternatives = sorted(self.names, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<![A-Za-z])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![A-Za-z])",
                re.IGNORECASE,
            )
            if alternatives
            else None
        )

    @staticmethod
    def _names_of(obj):
        names = [getattr(obj, name) or "" for name in languages.columns("name")]
        names += obj.aliases.splitlines()
        return {n.strip() for n in names if len(n.strip()) >= 2}

    def find(self, *texts):
        found = {"parks": set(), "enterprises": set()}
        if self.pattern is None:
            return found
        for text in texts:
            for match in self.pattern.finditer(text or ""):
                for kind, obj in self.names[match.group(1).lower()]:
                    found[kind].add(obj)
        return found

    def mentions(self, item, extra_parks=(), extra_enterprises=()):
        texts = [getattr(item, name) for f in ("title", "body") for name in languages.columns(f)]
        return self.mentions_in(texts, extra_parks, extra_enterprises)

    def mentions_in(self, texts, extra_parks=(), extra_enterprises=()):
        found = self.find(*texts)
        return {
            "parks": sorted(found["parks"] | set(extra_parks), key=lambda o: o.pk),
            "enterprises": sorted(
                found["enterprises"] | set(extra_enterprises), key=lambda o: o.pk
            ),
        }


def import_document(
    path, *, file_name=None, stats=None, restore_deleted=False, finder=None, english_titles=None
):
    """Import one news document; return its SourceDocument. Raises DocumentError on bad input.

    With a ``finder``, each item is linked to the parks and enterprises its text names.
    ``english_titles`` maps item positions to English titles to make slugs from, for a
    document whose own language is Chinese.
    """
    path = Path(path)
    file_name = file_name or path.name
    stats = stats if stats is not None else Counter()
    text, encoding = read_document(path)
    parsed = parse_document(text, encoding)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document, created = SourceDocument.objects.get_or_create(
        file_name=file_name,
        defaults={
            "sha256": digest,
            "encoding": encoding,
            "language": parsed.language,
            "text": text,
        },
    )
    if not created and document.sha256 != digest:
        document.sha256, document.encoding, document.text = digest, encoding, text
        document.language = parsed.language
        document.save()
    stats[f"documents {'created' if created else 'unchanged'}"] += 1

    language = parsed.language
    other = languages.other(language)
    keys = [news_key(file_name, item.position) for item in parsed.items]
    known = set(NewsItem.objects.filter(seed_key__in=keys).values_list("seed_key", flat=True))
    new_items = [item for item, key in zip(parsed.items, keys, strict=True) if key not in known]
    slugs = dict(
        zip(
            [item.position for item in new_items],
            SlugMaker(NewsItem).make(
                [
                    (
                        item.title
                        if language == "en"
                        else (english_titles or {}).get(item.position, ""),
                        f"{Path(file_name).stem[:20]}-{item.position}",
                        news_key(file_name, item.position),
                    )
                    for item in new_items
                ]
            ),
            strict=True,
        )
    )
    rows = []
    for item, key in zip(parsed.items, keys, strict=True):
        values = {
            column("title", language): item.title,
            column("body", language): item.body,
            "year": item.year,
            "month": item.month,
            "day": item.day,
            "original_language": language,
            "source_document": document,
            "position": item.position,
        }
        if finder is not None:
            values.update(finder.mentions_in([item.title, item.body]))
        defaults = None
        if key not in known:
            defaults = {
                "slug": slugs[item.position],
                "is_published": True,
                column("translation_status", language): TranslationStatus.ORIGINAL,
                column("translation_status", other): TranslationStatus.MISSING,
            }
        rows.append((key, values, defaults))
    results = upsert_seeded_many(NewsItem, rows, restore_deleted=restore_deleted)
    for outcome, _obj in results:
        stats[f"news items {outcome}"] += 1
    return document


def link_mentions(items, finder, stats, extra=None):
    """Link news items to the parks and enterprises their text names (an editor's links stay).

    ``extra`` maps an item's seed key to further ``{"parks": [...], "enterprises": [...]}``.
    """
    extra = extra or {}
    rows = []
    for item in items:
        more = extra.get(item.seed_key, {})
        values = finder.mentions(item, more.get("parks", ()), more.get("enterprises", ()))
        rows.append((item.seed_key, values, None))
    for outcome, _obj in upsert_seeded_many(NewsItem, rows):
        stats[f"mention links {outcome}"] += 1
