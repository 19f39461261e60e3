"""Counting several querysets in one query."""

from django.db.models import Count, Func, IntegerField, Subquery, Value
from django.db.models.functions import Coalesce


def aggregate_each(querysets, **aggregates):
    """``aggregates`` (and ``n``, the number of rows) of each of ``querysets`` of published
    records, in one query: a dict per queryset.

    Each queryset is one branch of a UNION ALL, grouped by ``is_published`` (the same in every
    row of a published queryset), so a queryset with no rows gives no row: its count is 0
    and its other aggregates None.
    """
    if not querysets:
        return []
    names = ["n", *aggregates]
    parts = [
        queryset.order_by()
        .values("is_published")
        .annotate(n=Count("*"), **aggregates, part=Value(index, output_field=IntegerField()))
        .values_list("part", *names)
        for index, queryset in enumerate(querysets)
    ]
    found = {
        row[0]: dict(zip(names, row[1:], strict=True))
        for row in parts[0].union(*parts[1:], all=True)
    }
    empty = dict.fromkeys(names) | {"n": 0}
    return [found.get(index, empty) for index in range(len(querysets))]


def count_each(querysets):
    """The number of rows of each of ``querysets`` of published records, in one query."""
    return [row["n"] for row in aggregate_each(querysets)]


def count_of(queryset):
    """The number of rows of ``queryset`` as an expression, for one record's related rows
    (``queryset`` filtered on an ``OuterRef``): counted in the record's own query."""
    count = Func("pk", function="COUNT", output_field=IntegerField())
    counted = queryset.order_by().annotate(n=count).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)
