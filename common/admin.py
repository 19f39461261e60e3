"""What every bilingual admin shares: side-by-side language tabs, completeness, publishing."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator

from . import pagecache
from .languages import bcp47, codes, column, columns, short_name
from .models import StaffProfile
from .translation import TranslationStatus

PUBLISHING = (
    _("Publishing and translation"),
    {"fields": ("is_published", *columns("translation_status"))},
)


def translated_fields(model):
    return translator.get_options_for_model(model).fields


def long_texts(model):
    """Translated fields of ``model`` that hold long texts (paragraphs, not names)."""
    return [
        f
        for f in translated_fields(model)
        if model._meta.get_field(f).get_internal_type() == "TextField"
    ]


def required_fields(model):
    """Translated fields that must hold text in at least one language."""
    return [f for f in translated_fields(model) if not model._meta.get_field(f).blank]


def missing_languages(obj):
    """Languages in which a field that has text in another language is still empty."""
    missing = []
    for code in codes():
        for field in translated_fields(type(obj)):
            values = [getattr(obj, name, "") for name in columns(field)]
            if any(values) and not getattr(obj, column(field, code), ""):
                missing.append(code)
                break
    return missing


class TranslationStateFilter(admin.SimpleListFilter):
    """Records whose text in some language is missing, or translated and awaiting review."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            ("awaiting_review", _("Awaiting review")),
            ("stale", _("Out of date: the original changed")),
            ("missing", _("Needs translation")),
            ("complete", _("Original or reviewed in both languages")),
        ]

    def queryset(self, request, queryset):
        fields = columns("translation_status")
        states = {
            "awaiting_review": [TranslationStatus.TRANSLATED],
            "stale": [TranslationStatus.STALE],
            "missing": [TranslationStatus.MISSING],
        }
        if self.value() in states:
            condition = Q()
            for field in fields:
                condition |= Q(**{f"{field}__in": states[self.value()]})
            return queryset.filter(condition)
        if self.value() == "complete":
            done = [TranslationStatus.ORIGINAL, TranslationStatus.REVIEWED]
            return queryset.filter(**{f"{field}__in": done for field in fields})
        return queryset


class BilingualAdmin(TabbedTranslationAdmin):
    """Both languages side by side in tabs; a record needs its required texts in one language."""

    actions = ["publish", "unpublish"]

    class Media:
        css = {"all": ["common/admin-bilingual.css"]}

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationStateFilter]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        if field is not None and original is not None:
            # modeltranslation requires the English text; one language is enough here.
            field.required = False
            if original.name in long_texts(self.model):
                # Side by side, out of the language tabs: a translator sees the source.
                classes = field.widget.attrs.get("class", "").split()
                kept = [c for c in classes if c != "mt" and not c.startswith("mt-")]
                field.widget.attrs["class"] = " ".join([*kept, "side-by-side"])
                field.widget.attrs["lang"] = bcp47(db_field.language)
        return field

    def get_fieldsets(self, request, obj=None):
        """Each long text's languages on one row, side by side."""
        pairs = {columns(name)[0]: tuple(columns(name)) for name in long_texts(self.model)}
        paired = {column for pair in pairs.values() for column in pair}
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):
            fields = []
            for name in options["fields"]:
                if name in pairs:
                    fields.append(pairs[name])
                elif name not in paired:
                    fields.append(name)
            fieldsets.append((title, {**options, "fields": fields}))
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        model = self.model

        class RequireOneLanguage(form):
            def clean(self):
                cleaned = super().clean()
                for field in required_fields(model):
                    names = columns(field)
                    if not any(cleaned.get(name) for name in names if name in self.fields):
                        label = model._meta.get_field(field).verbose_name
                        error = ValidationError(
                            _("Enter the %(field)s in at least one language."),
                            code="required",
                            params={"field": label},
                        )
                        self.add_error(names[0] if names[0] in self.fields else None, error)
                return cleaned

        return RequireOneLanguage

    @admin.display(description=_("languages complete"))
    def languages_complete(self, obj):
        missing = missing_languages(obj)
        return " · ".join(
            f"{short_name(code)} {'✗' if code in missing else '✓'}" for code in codes()
        )

    @admin.display(description=_("translation"))
    def translation_state(self, obj):
        return " · ".join(
            f"{short_name(code)} {obj.get_translation_status_display_for(code)}" for code in codes()
        )

    def published_changed(self, queryset):
        """Records were published or hidden at once (an update, which sends no signal): what
        follows them is told here."""

    @admin.action(description=_("Publish selected records"), permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.update(is_published=True)
        pagecache.bump_on_commit(queryset.db)  # an update sends no signal
        self.published_changed(queryset)
        self.message_user(
            request,
            ngettext("%(count)d record published.", "%(count)d records published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Hide selected records from visitors"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.update(is_published=False)
        pagecache.bump_on_commit(queryset.db)  # an update sends no signal
        self.published_changed(queryset)
        self.message_user(
            request,
            ngettext("%(count)d record hidden.", "%(count)d records hidden.", count)
            % {"count": count},
            messages.SUCCESS,
        )


class StaffProfileInline(admin.StackedInline):
    """A member of staff's preferences, on their user page."""

    model = StaffProfile
    can_delete = False
    fields = ("language", "reminded_on")
    readonly_fields = ("reminded_on",)


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, StaffProfileInline]
