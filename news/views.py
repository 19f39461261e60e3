from django.views.generic import DetailView, ListView

from .models import NewsItem, SourceDocument


class NewsListView(ListView):
    paginate_by = 20

    def get_queryset(self):
        return NewsItem.objects.published()


class NewsDetailView(DetailView):
    def get_queryset(self):
        return NewsItem.objects.published().select_related("source_document")


class SourceDocumentView(DetailView):
    """The document a news item was made from, shown as plain text."""

    slug_field = "file_name"
    slug_url_kwarg = "file_name"
    template_name = "news/sourcedocument_detail.html"

    def get_queryset(self):
        return SourceDocument.objects.filter(items__is_published=True).distinct()
