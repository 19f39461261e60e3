"""The filters of a public list page, applied to the open data by the page's own code."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

from .kinds import fixed_choices, is_year


def filter_records(kind, request):
    """The kind's published records as its list page filters them for this query string.

    ``request`` is Django's. A value the list page does not know (a hidden park, a sector
    that does not exist, a year that is no year) is a 400 naming the parameter, where the
    page says "this filter matches nothing": a client learns of its mistake at once.
    """
    records = kind.public()
    view_class = kind.list_view
    if view_class is None:
        return records
    view = view_class()
    view.setup(request)
    view.get_queryset()  # checks each value as the page does: view.selected holds the known
    unknown = {
        facet.param: [_("Unknown value: %(value)s") % {"value": request.GET[facet.param][:100]}]
        for facet in view.get_facets()
        if request.GET.get(facet.param) and facet.param not in view.selected
    }
    record_type = request.GET.get("record_type", "")
    types = getattr(kind.model, "RecordType", None)
    if record_type and types is not None:
        if record_type in types.values:
            records = records.filter(record_type=record_type)
        else:
            unknown["record_type"] = [_("Unknown value: %(value)s") % {"value": record_type[:100]}]
    if unknown:
        raise ValidationError(unknown)
    return view.apply(records, view.selected)


def filter_parameters(kind):
    """The filters as OpenAPI query parameters, described from the same declarations."""
    parameters = []
    types = getattr(kind.model, "RecordType", None)
    if types is not None:  # the endpoint holds them all; the public register, agreements
        parameters.append(
            OpenApiParameter(
                "record_type",
                str,
                enum=list(types.values),
                description="What the record is: an agreement (the public register lists "
                "these), a signed project or an event.",
            )
        )
    for facet in kind.facets():
        choices = fixed_choices(facet)
        if is_year(facet):
            parameters.append(
                OpenApiParameter(
                    facet.param,
                    {"type": "integer", "minimum": 1, "maximum": 9999},
                    description="Records of this year.",
                )
            )
        elif choices:
            parameters.append(
                OpenApiParameter(facet.param, str, enum=choices, description=facet_help(facet))
            )
        else:
            parameters.append(OpenApiParameter(facet.param, str, description=facet_help(facet)))
    return parameters


def facet_help(facet):
    if getattr(facet.choices, "from_records", False):
        example = "dongying" if facet.param == "city" else "shandong"
        return f"The slug of a {facet.param}, e.g. {example} (the places staff keep)."
    related = facet.field.split("__")
    if related[-1] == "slug":
        target = "sectors" if facet.param == "sector" else f"{facet.param}s"
        return f"The slug of a published {facet.param} (see /api/v1/{target}/)."
    return f"One of the values of the public list's {facet.param} filter."
