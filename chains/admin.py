from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from common.admin import PUBLISHING, BilingualAdmin
from common.languages import columns

from .models import Chain, ChainLink, EnterprisePlacement, OpportunityPlacement, ParkPlacement


class LinkForm(forms.ModelForm):
    """A link needs its name in at least one language, like every bilingual record."""

    def clean(self):
        cleaned = super().clean()
        names = columns("name")
        if not any(cleaned.get(name) for name in names):
            self.add_error(
                names[0],
                ValidationError(
                    _("Enter the %(field)s in at least one language."),
                    code="required",
                    params={"field": _("name")},
                ),
            )
        return cleaned


class OneLanguageInline(TranslationTabularInline):
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and getattr(db_field, "translated_field", None) is not None:
            field.required = False
        return field


class ChainLinkInline(OneLanguageInline):
    model = ChainLink
    form = LinkForm
    fields = ("position", "slug", "name", "description")
    extra = 1
    show_change_link = True


@admin.register(Chain)
class ChainAdmin(BilingualAdmin):
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
    fieldsets = (
        (None, {"fields": ("name", "slug", "position", "summary", "description")}),
        PUBLISHING,
    )
    inlines = [ChainLinkInline]


class EnterprisePlacementInline(OneLanguageInline):
    model = EnterprisePlacement
    fields = ("enterprise", "is_leader", "note")
    autocomplete_fields = ("enterprise",)
    extra = 1


class ParkPlacementInline(OneLanguageInline):
    model = ParkPlacement
    fields = ("park", "note")
    autocomplete_fields = ("park",)
    extra = 1


class OpportunityPlacementInline(OneLanguageInline):
    model = OpportunityPlacement
    fields = ("opportunity", "note")
    autocomplete_fields = ("opportunity",)
    extra = 1


@admin.register(ChainLink)
class ChainLinkAdmin(BilingualAdmin):
    """A link and what is placed on it: its enterprises, parks and opportunities."""

    actions = []  # a link is shown while its chain is published
    list_display = ("name", "chain", "position", "slug", "languages_complete")
    list_filter = ("chain",)
    list_select_related = ("chain",)
    search_fields = (*columns("name"), "slug", *columns("chain__name"))
    autocomplete_fields = ("chain",)
    fields = ("chain", "position", "slug", "name", "description")
    inlines = [EnterprisePlacementInline, ParkPlacementInline, OpportunityPlacementInline]

    def get_list_filter(self, request):
        return self.list_filter  # no translation state: links have none of their own
