"""Counting several querysets in one query."""

from django.db.models import Count, IntegerField, Value


def count_each(querysets):
    """The number of rows of each of ``querysets`` (of published records), in one query.

    Each count is one branch of a UNION ALL, grouped by ``is_published`` (the same in every
    row of a published queryset), so a queryset with no rows gives no row: its count is 0.
    """
    if not querysets:
        return []
    parts = [
        queryset.order_by()
        .values("is_published")
        .annotate(n=Count("*"), part=Value(index, output_field=IntegerField()))
        .values_list("part", "n")
        for index, queryset in enumerate(querysets)
    ]
    counted = dict(parts[0].union(*parts[1:], all=True))
    return [counted.get(index, 0) for index in range(len(querysets))]
