"""What every public record shares: a slug, a published flag, timestamps, and the record of
what imports wrote and which language is a translation."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .seeding import SeededModel
from .translation import TranslationStatusModel


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PublishableModel(SeededModel, TranslationStatusModel):
    """What every public record shares: a slug, a published flag and timestamps."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published records are shown to visitors.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True
