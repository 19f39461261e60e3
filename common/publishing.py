"""What every public record shares: a slug, a published flag, timestamps, and the record of
what imports wrote and which language is a translation."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from .seeding import SeededModel
from .translation import TranslationStatusModel


class PublishedQuerySet(models.QuerySet):
    """What visitors may see is decided here, for records and for the records they show."""

    def published(self):
        return self.filter(is_published=True)

    def with_published(self, *relations):
        """Fetch ``relations`` up front, keeping only published records: an unpublished park
        reads as None, an unpublished sector is not in ``sectors.all``."""
        return self.prefetch_related(*(published_related(self.model, name) for name in relations))


def published_related(model, relation):
    """A Prefetch of ``model.relation`` (forward or reverse) that holds published records only."""
    related = model._meta.get_field(relation).related_model
    return Prefetch(relation, queryset=related.objects.published())


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
