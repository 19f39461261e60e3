"""The open data's documentation: a page of the site, in each language, built from the same
declarations as the API (kinds, filters, fields), so that it cannot describe another API."""

from django.conf import settings
from django.urls import reverse
from django.views.generic import TemplateView

from . import kinds
from .downloads import columns, heading
from .kinds import fixed_choices, is_year


def filters_of(kind):
    described = []
    for facet in kind.facets():
        if is_year(facet):
            values = "year"
        elif fixed_choices(facet):
            values = [(str(value), label) for value, label in facet.choices]
        elif facet.param == "sector":
            values = "sector"
        else:
            values = "park"
        described.append({"param": facet.param, "label": facet.label, "values": values})
    return described


class DocumentationView(TemplateView):
    template_name = "api/documentation.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kinds"] = [
            {
                "key": kind.key,
                "heading": kind.heading,
                "list": reverse(f"api:{kind.key}-list"),
                "csv": reverse("api:download_csv", kwargs={"kind": kind.key}),
                "json": reverse("api:download_json", kwargs={"kind": kind.key}),
                "filters": filters_of(kind),
                "fields": [
                    heading(name, key)
                    for name, key in columns(kind.serializer(context={"request": None}))
                ],
            }
            for kind in kinds.kinds()
        ]
        context["schema_url"] = reverse("api:schema")
        context["index_url"] = reverse("api:index")
        context["rate_limit"] = settings.PORTAL_API_RATE_LIMIT
        context["rate_window"] = settings.PORTAL_API_RATE_WINDOW
        context["base"] = self.request.build_absolute_uri("/").rstrip("/")
        return context
