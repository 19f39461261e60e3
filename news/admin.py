from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin import PUBLISHING, BilingualAdmin
from common.languages import columns

from .models import NewsItem, SourceDocument


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
    autocomplete_fields = ("parks", "enterprises", "agreements")
    readonly_fields = ("source_document", "position")
    fieldsets = (
        (None, {"fields": ("title", "slug", "body", "original_language")}),
        (_("Date"), {"fields": ("year", "month", "day")}),
        (_("Mentions"), {"fields": ("parks", "enterprises", "agreements")}),
        (_("Source"), {"fields": ("source_document", "position")}),
        PUBLISHING,
    )

    @admin.display(description=_("date"), ordering="year")
    def date_display(self, obj):
        return obj.date_display


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ("file_name", "language", "encoding", "imported_at")
    search_fields = ("file_name", "text")
    readonly_fields = ("file_name", "sha256", "encoding", "language", "text", "imported_at")

    def has_add_permission(self, request):
        return False
