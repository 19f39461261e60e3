"""Staff enter a park's figures on the park's own admin page, and see which need verifying."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from parks.admin import ParkAdmin
from parks.models import Park

from .models import ExchangeRate, ParkFigure

FIELDS = (
    "kind", "qualifier", "value", "value_max", "unit", "currency", "url", "note",
    "as_of", "last_verified", "source_file", "source_quote",
)  # fmt: skip


class ParkFigureInline(TranslationTabularInline):
    model = ParkFigure
    fields = FIELDS
    extra = 1


admin.site.unregister(Park)


@admin.register(Park)
class ParkWithFiguresAdmin(ParkAdmin):
    inlines = [*ParkAdmin.inlines, ParkFigureInline]


class VerificationFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verification"

    def lookups(self, request, model_admin):
        return [("overdue", _("overdue or never verified"))]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue()
        return queryset


@admin.register(ParkFigure)
class ParkFigureAdmin(TranslationAdmin):
    list_display = ("park", "kind", "value", "value_max", "unit", "currency", "as_of")
    list_display += ("last_verified", "source_file")
    list_filter = (VerificationFilter, "kind", "last_verified")
    list_select_related = ("park",)
    search_fields = ("park__name_en", "park__name_zh_hans", "park__slug")
    autocomplete_fields = ("park",)
    fields = ("park", *FIELDS)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("as_of", "cny_per_usd", "source")
