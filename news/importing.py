"""Import parsed news documents into news items, keeping every editor's change."""

import hashlib
from collections import Counter
from pathlib import Path

from django.db.models import Max
from django.utils.text import slugify

from common.languages import column, other
from common.models import SeedTombstone
from common.seeding import CREATED, UNCHANGED, UPDATED, upsert_seeded_many
from common.translation import TranslationStatus

from .mentions import link_mentions
from .models import NewsItem, SourceDocument
from .parsing import decode_document, parse_document, read_document


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


def import_document(
    path=None,
    *,
    file_name=None,
    raw=None,
    stats=None,
    restore_deleted=False,
    finder=None,
    english_titles=None,
):
    """Import one news document, from ``path`` or as ``raw`` bytes named ``file_name``;
    return its SourceDocument. Raises DocumentError on bad input.

    With a ``finder``, each item is linked to the records its text names.
    ``english_titles`` maps item positions to English titles to make slugs from, for a
    document whose own language is Chinese.
    """
    stats = stats if stats is not None else Counter()
    if raw is None:
        path = Path(path)
        file_name = file_name or path.name
        text, encoding = read_document(path)
    else:
        text, encoding = decode_document(raw)
    parsed = parse_document(text, encoding)
    document, outcome = save_source(file_name, text, encoding, parsed.language)
    stats[f"documents {outcome}"] += 1
    if outcome == UNCHANGED and not restore_deleted and unchanged_items(document, parsed, stats):
        # The items hold what the last import wrote, or what editors made of it since;
        # only the records their text names may have grown.
        items = document.items.all() if finder is not None else []
    else:
        rows = item_rows(document, parsed, english_titles or {})
        results = upsert_seeded_many(NewsItem, rows, restore_deleted=restore_deleted)
        for outcome, _obj in results:
            stats[f"news items {outcome}"] += 1
        items = [obj for _outcome, obj in results if obj is not None]
    if finder is not None:
        link_document(document, items, finder, stats)
    return document


def link_document(document, items, finder, stats):
    """Link the document's items to the records they name, unless neither the names searched
    for nor the items changed since the last time (then it would change nothing)."""
    if document.mentions_fingerprint == mentions_fingerprint(document, finder):
        stats["documents with mentions unchanged"] += 1
        return
    for outcome in link_mentions({item: finder.mentions(item) for item in items}):
        stats[f"mention links {outcome}"] += 1
    # Linking may touch the items (their seed values): fingerprint them as they are now.
    document.mentions_fingerprint = mentions_fingerprint(document, finder)
    SourceDocument.objects.filter(pk=document.pk).update(
        mentions_fingerprint=document.mentions_fingerprint
    )


def mentions_fingerprint(document, finder):
    """The names searched for, and when the document's items last changed."""
    changed = document.items.aggregate(last=Max("updated_at"))["last"]
    return hashlib.sha256(f"{finder.fingerprint}:{changed}".encode()).hexdigest()


def save_source(file_name, text, encoding, language):
    """The document as read, stored once and replaced when its text changes.

    Returns the document and whether it was created, updated or unchanged.
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document, created = SourceDocument.objects.get_or_create(
        file_name=file_name,
        defaults={"sha256": digest, "encoding": encoding, "language": language, "text": text},
    )
    if created:
        return document, CREATED
    if document.sha256 == digest:
        return document, UNCHANGED
    document.sha256, document.encoding, document.text = digest, encoding, text
    document.language = language
    document.save()
    return document, UPDATED


def unchanged_items(document, parsed, stats):
    """Whether an unchanged document's items are all there (or deleted by an editor): then
    they need no comparing field by field. Counts them in ``stats``."""
    keys = {news_key(document.file_name, item.position) for item in parsed.items}
    known = set(NewsItem.objects.filter(seed_key__in=keys).values_list("seed_key", flat=True))
    missing = keys - known
    deleted = set()
    if missing:
        deleted = set(
            SeedTombstone.objects.filter(
                model=NewsItem._meta.label_lower, seed_key__in=missing
            ).values_list("seed_key", flat=True)
        )
        if missing - deleted:
            return False
    stats["news items unchanged"] += len(known)
    if deleted:
        stats["news items skipped"] += len(deleted)
    return True


def item_rows(document, parsed, english_titles):
    """``upsert_seeded_many`` rows for the items of a parsed document."""
    language = parsed.language
    keys = [news_key(document.file_name, item.position) for item in parsed.items]
    known = set(NewsItem.objects.filter(seed_key__in=keys).values_list("seed_key", flat=True))
    new_items = [item for item, key in zip(parsed.items, keys, strict=True) if key not in known]
    slugs = new_slugs(document.file_name, language, new_items, english_titles)
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
        defaults = None if key in known else new_item_defaults(slugs[item.position], language)
        rows.append((key, values, defaults))
    return rows


def new_slugs(file_name, language, items, english_titles):
    """Slugs for new items: from the English title where there is one, else the file name."""
    made = SlugMaker(NewsItem).make(
        [
            (
                item.title if language == "en" else english_titles.get(item.position, ""),
                f"{Path(file_name).stem[:20]}-{item.position}",
                news_key(file_name, item.position),
            )
            for item in items
        ]
    )
    return dict(zip([item.position for item in items], made, strict=True))


def new_item_defaults(slug, language):
    """A new item is published, in its original language, its translation still missing."""
    return {
        "slug": slug,
        "is_published": True,
        column("translation_status", language): TranslationStatus.ORIGINAL,
        column("translation_status", other(language)): TranslationStatus.MISSING,
    }


def changed(stats):
    """How many records an import created, updated, or retired from the catalogue."""
    return sum(
        v for k, v in stats.items() if k.endswith(("created", "updated", "retired", "unpublished"))
    )
