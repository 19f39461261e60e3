from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin import PUBLISHING, BilingualAdmin
from common.languages import columns

from .models import Citation, NewsItem, SourceDocument, refresh_stages


class CitationInline(admin.TabularInline):
    """The records this item names or supports: one per row, with the words that say so."""

    model = Citation
    fk_name = "news_item"
    fields = (
        "park",
        "enterprise",
        "agreement",
        "opportunity",
        "policy",
        "stage",
        "quote",
        "is_imported",
    )
    readonly_fields = ("is_imported",)
    autocomplete_fields = ("park", "enterprise", "agreement", "opportunity", "policy", "stage")
    extra = 0
    verbose_name_plural = _("Records named or supported by this item")


@admin.register(NewsItem)
class NewsItemAdmin(BilingualAdmin):
    list_display = (
        "title",
        "date_display",
        "original_language",
        "source_document",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "original_language", "year")
    list_select_related = ("source_document",)
    search_fields = (*columns("title"), *columns("body"), "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = [CitationInline]
    readonly_fields = ("source_document", "position")
    fieldsets = (
        (None, {"fields": ("title", "slug", "body", "original_language")}),
        (_("Date"), {"fields": ("year", "month", "day")}),
        (_("Source"), {"fields": ("source_document", "position")}),
        PUBLISHING,
    )

    @admin.display(description=_("date"), ordering="year")
    def date_display(self, obj):
        return obj.date_display

    def published_changed(self, queryset):
        """The agreements whose stages these items support follow them."""
        stages = Citation.objects.filter(news_item__in=queryset).exclude(stage=None)
        refresh_stages(stages.values_list("stage", flat=True))


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ("file_name", "language", "encoding", "imported_at")
    search_fields = ("file_name", "text")
    readonly_fields = ("file_name", "sha256", "encoding", "language", "text", "imported_at")

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        from django.urls import path

        from . import admin_import

        def view(function):
            return self.admin_site.admin_view(lambda request: function(self, request))

        return [
            path("import/", view(admin_import.import_view), name="news_sourcedocument_import"),
            path(
                "import/confirm/",
                view(admin_import.confirm_view),
                name="news_sourcedocument_import_confirm",
            ),
            *super().get_urls(),
        ]
