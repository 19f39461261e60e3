"""Search across every kind of public record, in both languages.

Chinese has no spaces, so every term is matched as a substring (case-insensitive) in both
languages' columns; English terms are also reduced to a stem so word forms meet
("agreements" finds "agreement"). On PostgreSQL, English text is also matched through the
database's full-text search with English stemming.
"""

import re

from django.db import connection
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe

from common import register
from common.languages import column, columns, text_of

MAX_QUERY = 100
MAX_TERMS = 8
PER_GROUP = 20


def clean_query(raw):
    query = " ".join((raw or "").split())[:MAX_QUERY]
    return query


def stem(term):
    """A light English stem: enough for plural, -ing and -ed forms to meet."""
    if not re.fullmatch(r"[a-z]+", term) or len(term) <= 4:
        return term
    # Terms match as substrings, so a stem is a prefix: "companies" -> "compan".
    for suffix in ("ies", "ing", "ed", "es", "s", "y"):
        if term.endswith(suffix) and len(term) - len(suffix) >= 4:
            return term[: -len(suffix)]
    return term


def terms_of(query):
    return [stem(t.lower()) for t in query.split()[:MAX_TERMS] if t.strip()]


def matching(kind, terms, query):
    fields = kind.search_fields
    searched = [name for f in fields for name in columns(f)] + list(kind.other_search_fields)
    condition = Q()
    for term in terms:
        condition &= Q.create([(f"{c}__icontains", term) for c in searched], connector=Q.OR)
    queryset = kind.public()
    if connection.vendor == "postgresql" and re.search(r"[A-Za-z]", query):
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector(*[column(f, "en") for f in fields], config="english")
        full_text = Q(pk__in=kind.model.objects.annotate(document=vector).filter(
            document=SearchQuery(query, config="english")
        ).values("pk"))  # fmt: skip
        return queryset.filter(condition | full_text)
    return queryset.filter(condition)


def highlight(text, terms, width=80):
    """An escaped snippet of ``text`` around the first match, with matches in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    match = pattern.search(text)
    start = max(0, match.start() - width // 2) if match else 0
    snippet = text[start : start + width * 2]
    prefix = "…" if start else ""
    suffix = "…" if start + width * 2 < len(text) else ""
    parts, last = [], 0
    for found in pattern.finditer(snippet):
        parts.append(escape(snippet[last : found.start()]))
        parts.append(f"<mark>{escape(found.group(0))}</mark>")
        last = found.end()
    parts.append(escape(snippet[last:]))
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part is escaped


def search(raw_query):
    query = clean_query(raw_query)
    terms = terms_of(query)
    if not terms:
        return query, [], 0
    groups, total = [], 0
    for kind in register.kinds():
        fields = kind.search_fields
        queryset = matching(kind, terms, query)
        count = queryset.count()
        total += count
        results = []
        for obj in queryset[:PER_GROUP] if count else []:
            title = text_of(obj, kind.title_field)
            text = ""
            for field in fields[1:] or fields:
                value = text_of(obj, field).value
                if any(t in value.lower() for t in terms):
                    text = value
                    break
            if not text:
                text = text_of(obj, fields[1] if len(fields) > 1 else fields[0]).value
            results.append(
                {
                    "url": obj.get_absolute_url(),
                    "title": highlight(title.value, terms, width=200),
                    "title_is_fallback": title.is_fallback,
                    "snippet": highlight(text, terms),
                }
            )
        groups.append(
            {"key": kind.key, "heading": kind.heading, "count": count, "results": results}
        )
    return query, groups, total
