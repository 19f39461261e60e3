from django.apps import apps
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common.facets import Facet, FacetedListMixin

from .models import NewsItem, SourceDocument


def news_years():
    years = (
        NewsItem.objects.published()
        .exclude(year=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, year) for year in years]


def park_choices():
    Park = apps.get_model("parks", "Park")
    return [(p.slug, p.name) for p in Park.objects.published().order_by("name_en")]


class NewsListView(FacetedListMixin, ListView):
    paginate_by = 20
    facets = (
        Facet("year", _("Year"), "year", news_years),
        Facet("park", _("Park"), "parks__slug", park_choices),
    )

    def get_queryset(self):
        self.queryset = NewsItem.objects.published()
        return super().get_queryset()


class NewsDetailView(DetailView):
    def get_queryset(self):
        return (
            NewsItem.objects.published()
            .select_related("source_document")
            .with_published("parks", "enterprises", "agreements")
        )


class SourceDocumentView(DetailView):
    """The document news items were made from: in full, as imported, while all its items are
    published; otherwise only the texts of its published items."""

    slug_field = "file_name"
    slug_url_kwarg = "file_name"
    template_name = "news/sourcedocument_detail.html"

    def get_queryset(self):
        return SourceDocument.objects.filter(
            pk__in=NewsItem.objects.published().values("source_document")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = list(self.object.items.published().order_by("position"))
        context["items"] = items
        context["is_complete"] = len(items) == self.object.items.count()
        return context
