"""Which language of a record is the original, which a translation, and whether it was reviewed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .languages import codes, column


class TranslationStatus(models.TextChoices):
    ORIGINAL = "original", _("Original")
    TRANSLATED = "translated", _("Translated, awaiting review")
    REVIEWED = "reviewed", _("Translation reviewed")
    MISSING = "missing", _("Not yet translated")
    STALE = "stale", _("Out of date: the original has changed since")


# A translation these statuses describe follows the original: it goes out of date with it.
FOLLOWS_THE_ORIGINAL = (TranslationStatus.TRANSLATED, TranslationStatus.REVIEWED)


def translated_fields(model):
    """The fields of ``model`` kept in every language (django-modeltranslation's)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return sorted(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


class TranslationStatusModel(models.Model):
    """One status per language: editors set it; visitors see a note on unreviewed text."""

    translation_status_en = models.CharField(
        _("English text"),
        max_length=12,
        choices=TranslationStatus,
        default=TranslationStatus.ORIGINAL,
    )
    translation_status_zh_hans = models.CharField(
        _("Chinese text"),
        max_length=12,
        choices=TranslationStatus,
        default=TranslationStatus.MISSING,
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        marked = self.mark_stale_translations() if not self._state.adding else []
        update_fields = kwargs.get("update_fields")
        if marked and update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *marked}
        super().save(*args, **kwargs)

    def mark_stale_translations(self, before=None):
        """When the original's text changed and a translation's did not, the translation is
        out of date (unless the editor chose its status in the same change): say so.

        ``before``: the stored values of the text and status columns; read if not given.
        Returns the status columns it changed.
        """
        fields = translated_fields(type(self))
        texts = {code: [column(f, code) for f in fields] for code in codes()}
        statuses = {code: column("translation_status", code) for code in codes()}
        if not fields or self.pk is None:
            return []
        if before is None:
            names = [*(c for cs in texts.values() for c in cs), *statuses.values()]
            before = type(self)._base_manager.filter(pk=self.pk).values(*names).first()
            if before is None:
                return []

        def changed(code):
            return any((before[c] or "") != (getattr(self, c) or "") for c in texts[code])

        originals = [c for c in codes() if self.translation_status(c) == TranslationStatus.ORIGINAL]
        if not any(changed(code) for code in originals):
            return []
        marked = []
        for code, status in statuses.items():
            now = getattr(self, status)
            if now in FOLLOWS_THE_ORIGINAL and now == before[status] and not changed(code):
                setattr(self, status, TranslationStatus.STALE)
                marked.append(status)
        return marked

    def translation_status(self, language):
        return getattr(self, column("translation_status", language))

    def is_unreviewed_translation(self, language):
        return self.translation_status(language) == TranslationStatus.TRANSLATED

    def is_stale_translation(self, language):
        return self.translation_status(language) == TranslationStatus.STALE

    def get_translation_status_display_for(self, language):
        return TranslationStatus(self.translation_status(language)).label
