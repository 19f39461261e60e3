"""Import parsed news documents into news items, keeping every editor's change."""

import hashlib
import re
from collections import Counter
from pathlib import Path

from django.utils.text import slugify

from common.seeding import CREATED, upsert_seeded
from common.translation import TranslationStatus

from .models import NewsItem, SourceDocument
from .parsing import parse_document, read_document

LANGUAGES = ("en", "zh-hans")


def column(field, language):
    return f"{field}_{language.replace('-', '_')}"


def news_key(file_name, position):
    return f"news:{file_name}#{position}"


def unique_slug(model, base, fallback):
    base = (slugify(base)[:70].rstrip("-") or fallback)[:70]
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{base[:66]}-{n}"
        n += 1
    return slug


class MentionFinder:
    """Finds the parks and enterprises a text names, by names and aliases in both languages."""

    def __init__(self, parks=None, enterprises=None):
        from django.apps import apps

        Park = apps.get_model("parks", "Park")
        Enterprise = apps.get_model("parks", "Enterprise")
        self.names = {}
        for kind, queryset in (("parks", parks), ("enterprises", enterprises)):
            model = Park if kind == "parks" else Enterprise
            for obj in queryset if queryset is not None else model.objects.all():
                for name in self._names_of(obj):
                    self.names.setdefault(name.lower(), set()).add((kind, obj.pk))
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
        names = [getattr(obj, column("name", lang)) or "" for lang in LANGUAGES]
        names += obj.aliases.splitlines()
        return {n.strip() for n in names if len(n.strip()) >= 2}

    def find(self, *texts):
        found = {"parks": set(), "enterprises": set()}
        if self.pattern is None:
            return found
        for text in texts:
            for match in self.pattern.finditer(text or ""):
                for kind, pk in self.names[match.group(1).lower()]:
                    found[kind].add(pk)
        return found


def import_document(
    path, *, file_name=None, stats=None, restore_deleted=False, finder=None, english_titles=None
):
    """Import one news document; return its SourceDocument. Raises DocumentError on bad input.

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
    other = "zh-hans" if language == "en" else "en"
    for item in parsed.items:
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
        key = news_key(file_name, item.position)
        defaults = None
        if not NewsItem.objects.filter(seed_key=key).exists():
            english = item.title if language == "en" else (english_titles or {}).get(item.position)
            defaults = {
                "slug": unique_slug(
                    NewsItem, english or "", f"{Path(file_name).stem[:20]}-{item.position}"
                ),
                "is_published": True,
                column("translation_status", language): TranslationStatus.ORIGINAL,
                column("translation_status", other): TranslationStatus.MISSING,
            }
        outcome, obj = upsert_seeded(
            NewsItem, key, values, defaults=defaults, restore_deleted=restore_deleted
        )
        stats[f"news items {outcome}"] += 1
        if obj is not None and finder is not None:
            link_mentions(obj, finder, stats)
    return document


def link_mentions(item, finder, stats, extra_parks=(), extra_enterprises=()):
    """Link a news item to the parks and enterprises its text names (an editor's links stay)."""
    from django.apps import apps

    Park = apps.get_model("parks", "Park")
    Enterprise = apps.get_model("parks", "Enterprise")
    texts = [getattr(item, column(f, lang)) for f in ("title", "body") for lang in LANGUAGES]
    found = finder.find(*texts)
    values = {
        "parks": list(Park.objects.filter(pk__in=found["parks"] | {p.pk for p in extra_parks})),
        "enterprises": list(
            Enterprise.objects.filter(
                pk__in=found["enterprises"] | {e.pk for e in extra_enterprises}
            )
        ),
    }
    outcome, _obj = upsert_seeded(NewsItem, item.seed_key, values)
    if outcome != CREATED:
        stats[f"mention links {outcome}"] += 1
