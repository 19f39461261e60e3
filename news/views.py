from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common import register
from common.facets import FOUND, Facet, FacetedListMixin

from .models import Citation, NewsItem, SourceDocument


def park_choices(slugs):
    parks = register.get("parks").public().filter(slug__in=slugs)
    return [(park.slug, park.name) for park in parks]


def most_cited_parks():
    """The parks cited most often, counted on the citations alone: the filter's candidates."""
    return Citation.objects.most_cited("park", 30).values("slug")


class NewsListView(FacetedListMixin, ListView):
    paginate_by = 20
    facets = (
        Facet("year", _("Year"), "year", FOUND),
        Facet(
            "park",
            _("Park"),
            "citations__park__slug",
            park_choices,
            limit=15,
            candidates=most_cited_parks,
        ),
    )

    def get_queryset(self):
        self.queryset = NewsItem.objects.published()
        return super().get_queryset()


def cited_records(item):
    """The published records an item names or supports, by kind in the register's order."""
    found = {}
    for citation in item.citations.all():
        record = citation.record
        record = getattr(record, "record_cited", record)  # a stage supports its agreement
        kind = register.kind_of(record)
        if kind is None or not record.is_published:
            continue
        records = found.setdefault(kind.key, [])
        if record not in records:
            records.append(record)
    return [(kind, found[kind.key]) for kind in register.kinds() if kind.key in found]


class NewsDetailView(DetailView):
    def get_queryset(self):
        citations = Citation.objects.select_related(*Citation.RECORD_FIELDS, "stage__agreement")
        return (
            NewsItem.objects.published()
            .select_related("source_document")
            .prefetch_related(Prefetch("citations", queryset=citations))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cited_records"] = cited_records(self.object)
        return context


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
