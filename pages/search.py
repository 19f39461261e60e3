"""Search across every kind of public record, in both languages, with the database's indexes.

Chinese has no spaces, so every term is matched as a substring (case-insensitive) in both
languages' columns; English terms are also reduced to a stem so word forms meet
("agreements" finds "agreement"), and on PostgreSQL English text is also matched through the
database's full-text search with English stemming. ``common.searching`` holds the
expressions the filters use and the indexes built on them.

A page costs at most two queries for each kind it shows (see :func:`search`), and on SQLite
one more look at whether the full-text tables are in place.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import InvalidPage, Paginator
from django.db import connection
from django.db.models import Case, F, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from common import register
from common.languages import columns, text_of
from common.searching import (
    CJK,
    CjkBigrams,
    EnglishDocument,
    SearchText,
    fts_table,
    searched_columns,
    sqlite_ready_kinds,
)

MAX_QUERY = 100
MAX_TERMS = 8
PER_GROUP = 5  # results of each kind when every kind is shown
PER_PAGE = 20  # results on a page of one kind
MAX_COUNT = 200  # matches counted per kind; beyond, the count says "200+"
MAX_BROWSE = 100  # results of one kind that can be paged through: a narrower search finds more
CJK_PAIR = re.compile(f"[{CJK}]{{2}}")
TRIGRAM = 3  # the shortest term a trigram index (or SQLite's trigram table) can find


def _words(raw):
    """The query's words: control characters (a NUL byte, which PostgreSQL refuses) dropped,
    spaces collapsed."""
    text = "".join(ch for ch in (raw or "") if ch.isprintable() or ch.isspace())
    return " ".join(text.split())


def clean_query(raw):
    """The query as searched: at most MAX_QUERY characters of its words."""
    return _words(raw)[:MAX_QUERY]


def is_shortened(raw):
    return len(_words(raw)) > MAX_QUERY


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
    """The query's terms, each once: a repeated word asks nothing more."""
    return list(dict.fromkeys(stem(t.lower()) for t in query.split()[:MAX_TERMS] if t.strip()))


def _on_postgresql(kind, terms, query, many):
    """Each term: a pair of Chinese characters through the bigram index, anything else as a
    substring through the trigram index (LIKE when it has no letter case, else a
    case-insensitive regular expression, cheaper than ILIKE); or the English words of the
    query through the full-text index.

    With ``many`` matches the records are mostly read in order, each one tested, and LIKE
    tests a pair of Chinese characters far faster than listing the pairs of the record; but
    beside a longer term the pair keeps its index: the planner then reads both indexes
    together, where the longer term's alone can give some 20,000 records to test ("石油装备
    钻井" at 100,000 news items: 29 ms rather than 130-200 ms; no query got slower)."""
    queryset = kind.public().alias(search_text=SearchText(*searched_columns(kind)))
    longer = any(len(t) >= TRIGRAM for t in terms)
    pairs = [] if many and not longer else [t for t in terms if CJK_PAIR.fullmatch(t)]
    condition = Q()
    if pairs:
        queryset = queryset.alias(search_bigrams=CjkBigrams(*searched_columns(kind)))
        condition &= Q(search_bigrams__contains=pairs)
    for term in terms:
        if term in pairs:
            continue
        if term.lower() == term.upper():
            condition &= Q(search_text__contains=term)
        else:
            condition &= Q(search_text__iregex=re.sub(r"(\W)", r"\\\1", term))
    if re.search(r"[A-Za-z]", query):
        from django.contrib.postgres.search import SearchQuery

        words = " ".join(query.split()[:MAX_TERMS])
        queryset = queryset.alias(search_english=EnglishDocument())
        # First the stored document: a record it matches needs no look at its text.
        condition = Q(search_english=SearchQuery(words, config="english")) | condition
    return queryset.filter(condition)


def _elsewhere(kind, terms, full_text, many):
    """SQLite: terms of three characters or more through the kind's FTS5 trigram table when it
    is in place; shorter ones (and every term without it) as substrings of the columns.

    With ``many`` matches, the records are read in the kind's order until a page is full,
    rather than each match fetched and all of them sorted: ``id + 0`` keeps SQLite from
    fetching by id, which it would otherwise choose, not knowing how many match."""
    columns = searched_columns(kind)
    indexed = [t for t in terms if len(t) >= TRIGRAM] if full_text else []
    queryset, condition = kind.public(), Q()
    if indexed:
        table = fts_table(kind)
        phrases = " AND ".join('"{}"'.format(t.replace('"', '""')) for t in indexed)
        sql = f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH %s'  # noqa: S608 - a model's
        found = RawSQL(sql, [phrases])  # noqa: S611 - the terms are a parameter
        queryset = queryset.alias(search_id=F("pk") + 0 if many else F("pk"))
        condition &= Q(search_id__in=found)
    for term in terms:
        if term not in indexed:
            condition &= Q.create([(f"{c}__icontains", term) for c in columns], connector=Q.OR)
    return queryset.filter(condition)


def matching(kind, terms, query, full_text=True, many=False):
    """The public records of ``kind`` that every term matches, in the kind's order.

    ``full_text``: SQLite's full-text table of the kind is in place; ``many``: more matches
    than are counted."""
    if connection.vendor == "postgresql":
        return _on_postgresql(kind, terms, query, many)
    return _elsewhere(kind, terms, full_text, many)


def exact_first(kind, queryset, query):
    """A record whose title is the query itself comes first, then the kind's order: searching
    "山东省" finds the province before the many records whose names contain it."""
    exact = Q()
    for name in columns(kind.title_field):
        exact |= Q(**{f"{name}__iexact": query})
    first = Case(When(exact, then=Value(0)), default=Value(1))
    return queryset.order_by(first, *kind.model._meta.ordering)


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


def result(kind, obj, terms):
    fields = kind.search_fields
    title = text_of(obj, kind.title_field)
    text = ""
    for name in fields[1:] or fields:
        value = text_of(obj, name).value
        if any(t in value.lower() for t in terms):
            text = value
            break
    if not text:
        text = text_of(obj, fields[1] if len(fields) > 1 else fields[0]).value
    return {
        "url": obj.get_absolute_url(),
        "title": highlight(title.value, terms, width=200),
        "title_is_fallback": title.is_fallback,
        "snippet": highlight(text, terms),
    }


class SearchError(Exception):
    """A kind or a page of results that does not exist."""


@dataclass
class Search:
    query: str = ""
    kind: str = ""  # the one kind shown, page by page; empty: the first results of every kind
    groups: list = field(default_factory=list)
    total: int = 0
    capped: bool = False  # some kind has more matches than were counted
    page: object = None  # the page of the one kind shown


def search(raw_query, kind_key="", page_number=1):
    """Search every public kind, or page through one (``kind_key``).

    For each kind, one query finds the ids of up to MAX_COUNT + 1 matches, in no order, so
    the database stops as soon as it has them. When that is all of them, a second query
    reads the page among those ids in the kind's order; when there are more, it reads the
    records in the kind's order and stops when the page is full (frequent terms: few rows
    read). Either way the database never sorts, nor tests the text of, every match.

    Raises SearchError for an unknown kind or a page beyond the results.
    """
    query = clean_query(raw_query)
    terms = terms_of(query)
    if kind_key:
        try:
            kinds = [register.get(kind_key)]
        except KeyError:
            raise SearchError(kind_key) from None
    else:
        kinds = register.kinds()
    found = Search(query=query, kind=kind_key)
    if not terms:
        return found
    ready = sqlite_ready_kinds(connection) if connection.vendor == "sqlite" else set()
    for kind in kinds:
        full_text = kind.key in ready
        matches = matching(kind, terms, query, full_text=full_text).order_by()
        ids = list(matches.values_list("pk", flat=True)[: MAX_COUNT + 1])
        count, capped = min(len(ids), MAX_COUNT), len(ids) > MAX_COUNT
        if capped:
            ordered = matching(kind, terms, query, full_text=full_text, many=True)
        else:
            ordered = exact_first(kind, kind.public().filter(pk__in=ids), query)
        if kind_key:
            paginator = Paginator(ordered[:MAX_BROWSE], PER_PAGE)
            paginator.count = min(count, MAX_BROWSE)  # known: no query
            try:
                found.page = paginator.page(page_number)
            except InvalidPage as error:
                raise SearchError(page_number) from error
            records = found.page.object_list
        else:
            records = ordered[:PER_GROUP]
        found.groups.append(
            {
                "key": kind.key,
                "heading": kind.heading,
                "count": count,
                "capped": capped,
                "browsable": min(count, MAX_BROWSE),
                "results": [result(kind, obj, terms) for obj in records],
            }
        )
        found.total += count
        found.capped |= capped
    return found
