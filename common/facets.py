"""Faceted filters for list pages: choices in the query string, combined, with counts.

Each facet costs one query for its counts (and at most one for its choices), whatever the
number of rows, so a list page runs a fixed number of queries. A facet with a ``limit`` shows
only its most frequent options, so that a list of a thousand parks stays short.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count


@dataclass
class Facet:
    param: str  # query-string name, e.g. "sector"
    label: str  # translated heading
    field: str  # lookup, e.g. "sectors__slug"
    choices: object  # list of (value, label), or a callable returning one
    # Show only this many options, the most frequent; ``choices`` is then called with the
    # values whose labels are needed, so that thousands of choices are never all loaded.
    limit: int | None = None
    # For a limited facet over a large relation: a cheap callable giving the values likely
    # to be the most frequent (a few more than ``limit``); only they are counted exactly.
    candidates: object = None

    def options(self, values=None):
        if not callable(self.choices):
            choices = self.choices
        elif self.limit:
            choices = self.choices(values or [])
        else:
            choices = self.choices()
        return [(str(value), label) for value, label in choices]


class FacetedListMixin:
    """A ListView filtered by ``facets`` from the query string; unknown values match nothing."""

    facets = ()

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
        for param, value in selected.items():
            if param != skip:
                queryset = queryset.filter(**{facets[param].field: value})
        return queryset.distinct() if selected else queryset

    def facet_groups(self):
        groups = []
        for facet in self.get_facets():
            base = self.apply(self.unfiltered, self.selected, skip=facet.param)
            if facet.candidates:
                base = base.filter(**{f"{facet.field}__in": facet.candidates()})
            # Records are counted once each; DISTINCT costs, and only joins can repeat them.
            joined = "__" in facet.field or any(p != facet.param for p in self.selected)
            rows = base.order_by().values(facet.field).annotate(n=Count("pk", distinct=joined))
            if facet.limit:  # one more: records without a value count as one row, left out
                rows = rows.order_by("-n", facet.field)[: facet.limit + 1]
            counts = {
                str(row[facet.field]): row["n"] for row in rows if row[facet.field] is not None
            }
            if facet.limit:
                counts = dict(list(counts.items())[: facet.limit])
            if facet.limit:
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
            groups.append(
                {
                    "param": facet.param,
                    "label": facet.label,
                    "options": entries,
                    "clear_url": self.query_with(facet.param, None),
                    "active": facet.param in self.selected,
                }
            )
        return groups

    def query_with(self, param, value):
        params = {k: v for k, v in self.selected.items() if k != param}
        if value is not None:
            params[param] = value
        return "?" + urlencode(params) if params else "?"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facet_groups"] = self.facet_groups()
        context["invalid_filter"] = self.invalid_filter
        context["query_string"] = urlencode(self.selected)
        context["any_filter"] = bool(self.selected) or self.invalid_filter
        return context
