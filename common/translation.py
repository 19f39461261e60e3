"""Which language of a record is the original, which a translation, and whether it was reviewed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .languages import column


class TranslationStatus(models.TextChoices):
    ORIGINAL = "original", _("Original")
    TRANSLATED = "translated", _("Translated, awaiting review")
    REVIEWED = "reviewed", _("Translation reviewed")
    MISSING = "missing", _("Not yet translated")


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

    def translation_status(self, language):
        return getattr(self, column("translation_status", language))

    def is_unreviewed_translation(self, language):
        return self.translation_status(language) == TranslationStatus.TRANSLATED

    def get_translation_status_display_for(self, language):
        return TranslationStatus(self.translation_status(language)).label
