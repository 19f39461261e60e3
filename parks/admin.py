from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from common.admin import PUBLISHING, BilingualAdmin
from common.images import SafeImageField, StoresUploadsFirstForm
from common.languages import columns
from places.models import District

from .models import (
    AgreementStage,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)
from .pictures_admin import ParkImageInline


@admin.register(Sector)
class SectorAdmin(BilingualAdmin):
    list_display = (
        "name",
        "slug",
        "position",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_editable = ("position",)
    list_filter = ("is_published",)
    search_fields = (*columns("name"), "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = ((None, {"fields": ("name", "slug", "description", "position")}), PUBLISHING)


class ParkAdminForm(StoresUploadsFirstForm):
    """The district is one of the park's city's: those of the city submitted (any other is
    refused), else of the park's own; a park with no city yet is offered every district,
    named with its city."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("district")
        if field is None:
            return
        city = self.data.get(self.add_prefix("city")) if self.is_bound else self.instance.city_id
        if city or self.is_bound:
            field.queryset = District.objects.filter(city_id=city or None)
        else:
            field.queryset = District.objects.select_related("city").order_by(
                "city__position", "city__slug", "position", "slug"
            )
            field.label_from_instance = lambda district: f"{district.city} · {district}"


@admin.register(Park)
class ParkAdmin(BilingualAdmin):
    form = ParkAdminForm
    formfield_overrides = {models.ImageField: {"form_class": SafeImageField}}
    list_display = (
        "name",
        "kind",
        "status",
        "province",
        "city",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "kind", "status", "province", "city", "sectors")
    search_fields = (*columns("name"), "aliases", *columns("summary"), "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    filter_horizontal = ("sectors",)
    inlines = [ParkImageInline]
    fieldsets = (
        (None, {"fields": ("name", "aliases", "slug", "kind", "status", "sectors")}),
        (_("Location"), {"fields": ("province", "city", "district", "latitude", "longitude")}),
        (_("Profile"), {"fields": ("summary", "description", "highlights", "image")}),
        (_("Contact"), {"fields": ("contact_name", "contact_email", "contact_phone")}),
        PUBLISHING,
    )


@admin.register(Enterprise)
class EnterpriseAdmin(BilingualAdmin):
    list_display = (
        "name",
        "kind",
        "park",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "kind", "province", "city", "sectors")
    list_select_related = ("park",)
    search_fields = (*columns("name"), "aliases", *columns("description"), "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("park",)
    filter_horizontal = ("sectors",)
    fieldsets = (
        (
            None,
            {"fields": ("name", "aliases", "slug", "kind", "park", "province", "city", "sectors")},
        ),
        (_("Profile"), {"fields": ("description", "highlights", "website")}),
        PUBLISHING,
    )


class AgreementStageInline(TranslationTabularInline):
    """The stages an agreement reached: a date as precise as the source, and who says so.

    A stage is shown to visitors only with a source: the note of staff here, or the words of
    a published news item, cited on that news item's page in the admin."""

    model = AgreementStage
    fields = ("stage", "year", "month", "day", "source_note", "cited_by_news")
    readonly_fields = ("cited_by_news",)
    extra = 1
    verbose_name_plural = _("Stages (tracker)")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and getattr(db_field, "translated_field", None) is not None:
            field.required = False  # a note in one language is a source
        return field

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(cited=models.Count("citations"))

    @admin.display(description=_("news items citing it"))
    def cited_by_news(self, stage):
        return getattr(stage, "cited", 0) if stage.pk else 0


@admin.register(CooperationAgreement)
class CooperationAgreementAdmin(BilingualAdmin):
    list_display = (
        "title",
        "record_type",
        "kind",
        "stage",
        "date_display",
        "amount_display",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "record_type", "kind", "stage", "year", "park", "sectors")
    list_select_related = ("park",)
    search_fields = (*columns("title"), *columns("summary"), "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("parties", "park")
    filter_horizontal = ("sectors",)
    readonly_fields = ("stage",)
    inlines = [AgreementStageInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "record_type",
                    "kind",
                    "stage",
                    "park",
                    "province",
                    "city",
                    "sectors",
                )
            },
        ),
        (_("Parties"), {"fields": ("parties", "other_parties")}),
        (_("Date"), {"fields": ("year", "month", "day")}),
        (_("Amount"), {"fields": ("amount", "currency", "amount_basis")}),
        (_("Description"), {"fields": ("summary", "highlights")}),
        PUBLISHING,
    )

    @admin.display(description=_("date"), ordering="year")
    def date_display(self, obj):
        return obj.date_display

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, obj):
        return obj.amount_display


@admin.register(InvestmentOpportunity)
class InvestmentOpportunityAdmin(BilingualAdmin):
    list_display = (
        "title",
        "kind",
        "status",
        "park",
        "is_published",
        "languages_complete",
        "translation_state",
    )
    list_filter = ("is_published", "kind", "status", "park", "sectors")
    list_select_related = ("park",)
    search_fields = (*columns("title"), *columns("summary"), "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("park",)
    filter_horizontal = ("sectors",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "status", "park", "province", "city")}),
        (_("Description"), {"fields": ("summary", "description", "incentives", "sectors")}),
        (_("Investment"), {"fields": ("investment_min", "investment_max", "currency")}),
        (_("Source"), {"fields": ("source_statement",)}),
        (_("Contact"), {"fields": ("contact_name", "contact_email")}),
        PUBLISHING,
    )


@admin.register(AgreementStage)
class AgreementStageAdmin(admin.ModelAdmin):
    """Stages are edited on their agreement's page; listed here so that a news item's
    citation can find one by its agreement's title."""

    list_display = ("agreement", "stage", "date_display")
    list_filter = ("stage",)
    list_select_related = ("agreement",)
    search_fields = (*columns("agreement__title"), "agreement__slug")
    autocomplete_fields = ("agreement",)

    @admin.display(description=_("date"))
    def date_display(self, obj):
        return obj.date_display

    def has_module_permission(self, request):
        return False  # reached from the agreements, not the admin's index
