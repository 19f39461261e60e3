from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin import PUBLISHING, BilingualAdmin
from common.languages import columns

from .models import Policy


@admin.register(Policy)
class PolicyAdmin(BilingualAdmin):
    list_display = (
        "title",
        "scope",
        "authority",
        "valid_from",
        "valid_until",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "scope", "sectors", "parks")
    search_fields = (*columns("title"), *columns("summary"), *columns("authority"), "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("parks", "opportunities")
    filter_horizontal = ("sectors",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "authority", "scope", "sectors")}),
        (_("Applies to"), {"fields": ("parks", "opportunities")}),
        (
            _("Validity"),
            {
                "fields": (
                    ("valid_from_year", "valid_from_month", "valid_from_day"),
                    ("valid_until_year", "valid_until_month", "valid_until_day"),
                ),
                "description": _(
                    "As precisely as the source gives them: a year, a month or a day. "
                    "Visitors see whether the policy is in force today."
                ),
            },
        ),
        (_("Text"), {"fields": ("summary", "text")}),
        PUBLISHING,
    )

    @admin.display(description=_("valid from"), ordering="valid_from_year")
    def valid_from(self, obj):
        return obj.valid_from_display

    @admin.display(description=_("valid until"), ordering="valid_until_year")
    def valid_until(self, obj):
        return obj.valid_until_display
