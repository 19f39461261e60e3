"""Faceted filters for list pages: choices in the query string, combined, with counts.

Each facet costs one query for its counts (and at most one for its choices), whatever the
number of rows, so a list page runs a fixed number of queries. A facet with a ``limit`` shows
only its most frequent options, so that a list of a thousand parks stays short.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Q

from .languages import column, columns, fallback_order
from .pagination import KeysFirstPaginator

# The choices of a facet whose values are their own labels (years): the values found.
FOUND = "found"


@dataclass
class Facet:
    param: str  # query-string name, e.g. "sector"
    label: str  # translated heading
    field: str  # lookup, e.g. "sectors__slug"
    # A list of (value, label), a callable returning one, or FOUND: the values the records
    # hold, newest (largest) first, each its own label (a year); FOUND values are digits.
    choices: object
    # Show only this many options, the most frequent; ``choices`` is then called with the
    # values whose labels are needed, so that thousands of choices are never all loaded.
    limit: int | None = None
    # For a limited facet over a large relation: a cheap callable giving the values likely
    # to be the most frequent (a few more than ``limit``); only they are counted exactly.
    candidates: object = None

    # For a limited facet: the translated field that names its values (``park__name``),
    # read with the counts, so that no other query is needed for the labels.
    label_field: str | None = None

    def is_static(self, model):
        """Counted in one query with the other static facets: fixed choices, one row each."""
        return isinstance(self.choices, list | tuple) and not to_many(model, self.field)

    def options(self, values=None, found=()):
        if self.choices == FOUND:
            asked = {str(v) for v in values or [] if str(v).isdigit() and len(str(v)) <= 4}
            known = {str(v) for v in found} | asked
            return [(value, value) for value in sorted(known, key=int, reverse=True)]
        if not callable(self.choices):
            choices = self.choices
        elif self.limit:
            choices = self.choices(values or [])
        else:
            choices = self.choices()
        return [(str(value), label) for value, label in choices]


def to_many(model, lookup):
    """Whether a lookup such as ``sectors__slug`` crosses a relation to many rows."""
    for name in lookup.split("__"):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return False
        if field.many_to_many or field.one_to_many:
            return True
        if not field.is_relation:
            return False
        model = field.related_model
    return False


def links_of(model, lookup):
    """For a lookup across a many-to-many field of ``model`` (``sectors__slug``): the table of
    its links, the name of the link's own record, and the lookup from a link; else None."""
    name, _sep, rest = lookup.partition("__")
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not (field.many_to_many and field.concrete and rest):
        return None
    through = field.remote_field.through
    if not through._meta.auto_created:  # a model of its own may hold a pair twice
        return None
    return through, field.m2m_field_name(), f"{field.m2m_reverse_field_name()}__{rest}"


class FacetedListMixin:
    """A ListView filtered by ``facets`` from the query string; unknown values match nothing.
    Long lists: ordered by indexed columns ending in the slug (see ``KeysFirstPaginator``)."""

    facets = ()
    paginator_class = KeysFirstPaginator

    def get_facets(self):
        return self.facets

    def get_queryset(self):
        queryset = super().get_queryset()
        self.selected, self.invalid_filter = {}, False
        self.facet_options = {}
        for facet in self.get_facets():
            value = self.request.GET.get(facet.param, "")
            if not value:
                continue
            options = facet.options([value])
            self.facet_options[facet.param] = options
            if value in {v for v, _label in options}:
                self.selected[facet.param] = value
            else:
                self.invalid_filter = True
        self.unfiltered = queryset
        if self.invalid_filter:
            return queryset.none()
        return self.apply(queryset, self.selected)

    def apply(self, queryset, selected, skip=None):
        facets = {facet.param: facet for facet in self.get_facets()}
        model = queryset.model
        for param, value in selected.items():
            if param == skip:
                continue
            condition = {facets[param].field: value}
            if to_many(model, facets[param].field):
                # A semi-join: a join would list a record once per matching row, and DISTINCT
                # over a long list costs more than the filter itself.
                matching = model._default_manager.filter(**condition).values("pk")
                queryset = queryset.filter(pk__in=matching)
            else:
                queryset = queryset.filter(**condition)
        return queryset

    def static_counts(self):
        """The number of records listed and the counts of every static facet not selected,
        in one query: they all count the same records (the list as filtered), each static
        facet by one column of its own. The paginator takes its count from here."""
        model = self.unfiltered.model
        facets = [
            f for f in self.get_facets() if f.is_static(model) and f.param not in self.selected
        ]
        names = {}
        for i, facet in enumerate(facets):
            for j, (value, _label) in enumerate(facet.options()):
                names[f"f{i}_{j}"] = (facet.param, str(value), Q(**{facet.field: value}))
        base = self.apply(self.unfiltered, self.selected).order_by()
        totals = base.aggregate(
            listed=Count("*"), **{name: Count("pk", filter=q) for name, (*_, q) in names.items()}
        )
        counts = {facet.param: {} for facet in facets}
        for name, (param, value, _q) in names.items():
            counts[param][value] = totals[name]
        return totals["listed"], counts

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        if not self.invalid_filter:
            paginator.count = self.number_listed  # counted with the facets: no query of its own
        return paginator

    def facet_groups(self):
        groups = []
        static = self.static
        for facet in self.get_facets():
            if facet.param in static:
                groups.append(self.group(facet, static[facet.param]))
                continue
            base = self.apply(self.unfiltered, self.selected, skip=facet.param)
            if facet.candidates:
                base = base.filter(**{f"{facet.field}__in": facet.candidates()})
            labelled = bool(facet.label_field)
            if labelled:  # named from the rows counted: they must be published themselves
                related = facet.label_field.rsplit("__", 1)[0]
                base = base.filter(**{f"{related}__is_published": True})
            links = links_of(self.unfiltered.model, facet.field)
            if links and not labelled:
                # Pairs of a many-to-many relation are unique: the links of the records
                # listed are counted, with no join back to the records and no DISTINCT.
                through, source, value = links
                rows = through.objects.filter(**{f"{source}__in": base.values("pk")})
                names, count = [value], Count("*")
            else:
                # Records are counted once each; DISTINCT costs, and only this facet's own
                # join to many rows can repeat them (selections filter by semi-joins).
                # COUNT(*) can be answered from an index alone.
                repeats = to_many(self.unfiltered.model, facet.field)
                count = Count("pk", distinct=True) if repeats else Count("*")
                rows, value = base, facet.field
                names = [value, *(columns(facet.label_field) if labelled else [])]
            rows = rows.order_by().values(*names).annotate(n=count)
            if facet.limit:  # one more: records without a value count as one row, left out
                rows = rows.order_by("-n", value)[: facet.limit + 1]
            rows = [{**row, facet.field: row[value]} for row in rows if row[value] is not None]
            counts = {str(row[facet.field]): row["n"] for row in rows}
            if labelled:
                labels = {
                    str(row[facet.field]): next(
                        (row[column(facet.label_field, c)] for c in fallback_order()
                         if row[column(facet.label_field, c)]),
                        str(row[facet.field]),
                    )
                    for row in rows
                }  # fmt: skip
                # The selected value's label came with its check (get_queryset).
                chosen = dict(self.facet_options.get(facet.param, []))
                self.facet_options[facet.param] = list({**labels, **chosen}.items())
            if facet.limit:
                counts = dict(list(counts.items())[: facet.limit])
            groups.append(self.group(facet, counts))
        return groups

    def group(self, facet, counts):
        """One facet's heading and options, each with its count and the URL that toggles it."""
        if facet.choices == FOUND:
            options = facet.options([self.selected.get(facet.param, "")], found=counts)
        elif facet.limit and facet.label_field:
            options = sorted(
                self.facet_options[facet.param], key=lambda option: -counts.get(option[0], 0)
            )
        elif facet.limit:
            shown = [
                *counts,
                *([self.selected[facet.param]] if facet.param in self.selected else []),
            ]
            options = sorted(facet.options(shown), key=lambda option: -counts.get(option[0], 0))
        else:
            options = self.facet_options.get(facet.param) or facet.options()
        entries = []
        for value, label in options:
            count = counts.get(value, 0)
            chosen = self.selected.get(facet.param) == value
            if count or chosen:
                entries.append(
                    {
                        "value": value,
                        "label": label,
                        "count": count,
                        "selected": chosen,
                        "url": self.query_with(facet.param, None if chosen else value),
                    }
                )
        return {
            "param": facet.param,
            "label": facet.label,
            "options": entries,
            "clear_url": self.query_with(facet.param, None),
            "active": facet.param in self.selected,
        }

    def query_with(self, param, value):
        params = {k: v for k, v in self.selected.items() if k != param}
        if value is not None:
            params[param] = value
        return "?" + urlencode(params) if params else "?"

    def get_context_data(self, **kwargs):
        self.number_listed, self.static = self.static_counts()
        context = super().get_context_data(**kwargs)
        context["facet_groups"] = self.facet_groups()
        context["invalid_filter"] = self.invalid_filter
        context["query_string"] = urlencode(self.selected)
        context["any_filter"] = bool(self.selected) or self.invalid_filter
        context["active_filter_count"] = len(self.selected)
        return context
