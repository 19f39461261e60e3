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

    def with_published(self, *relations, **limited):
        """Fetch ``relations`` up front, keeping only published records: an unpublished park
        reads as None, an unpublished sector is not in ``sectors.all``.

        ``limited`` relations (``enterprises=13``) fetch at most that many records each, into
        a list named after the relation: ``listed_enterprises``.
        """
        return self.prefetch_related(
            *(published_related(self.model, name) for name in relations),
            *(published_related(self.model, name, limit) for name, limit in limited.items()),
        )


def published_related(model, relation, limit=None):
    """A Prefetch of ``model.relation`` (forward or reverse) that holds published records only,
    at most ``limit`` of them per record."""
    related = model._meta.get_field(relation).related_model
    queryset = related.objects.published()
    if limit:
        return Prefetch(relation, queryset=queryset[:limit], to_attr=f"listed_{relation}")
    return Prefetch(relation, queryset=queryset)


def listing_index(name, *ordering, carrying=()):
    """An index of the published records in a list's order (``ordering`` ending in ``slug``),
    carrying their keys and the columns the list's facets count (``carrying``): a page deep in
    the list (see ``common.pagination``), the published records' keys that other counts join
    on, and the facets' counts are read from this index alone, not from the wide rows."""
    return models.Index(
        fields=list(ordering),
        include=["id", *carrying],
        condition=models.Q(is_published=True),
        name=name,
    )


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
