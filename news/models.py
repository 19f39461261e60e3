from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.dates import PartialDateModel, newest_first
from common.publishing import PublishableModel


class Language(models.TextChoices):
    EN = "en", _("English")
    ZH_HANS = "zh-hans", _("Simplified Chinese")


class SourceDocument(models.Model):
    """A news document as it was imported: the evidence behind the news items made from it."""

    file_name = models.CharField(_("file name"), max_length=200, unique=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    encoding = models.CharField(_("encoding"), max_length=20)
    language = models.CharField(_("language"), max_length=8, choices=Language)
    text = models.TextField(_("text"))
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")
        ordering = ["file_name"]

    def __str__(self):
        return self.file_name

    def get_absolute_url(self):
        return reverse("news:source", kwargs={"file_name": self.file_name})


class NewsItem(PublishableModel, PartialDateModel):
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(
        _("body"), help_text=_("Plain text; paragraphs separated by blank lines.")
    )
    original_language = models.CharField(
        _("original language"), max_length=8, choices=Language, default=Language.EN
    )
    source_document = models.ForeignKey(
        SourceDocument,
        verbose_name=_("source document"),
        related_name="items",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    position = models.PositiveSmallIntegerField(
        _("position in document"),
        default=1,
        help_text=_("For a roundup, the number of the item within its document."),
    )
    parks = models.ManyToManyField(
        "parks.Park", verbose_name=_("parks mentioned"), related_name="news_items", blank=True
    )
    enterprises = models.ManyToManyField(
        "parks.Enterprise",
        verbose_name=_("enterprises mentioned"),
        related_name="news_items",
        blank=True,
    )
    agreements = models.ManyToManyField(
        "parks.CooperationAgreement",
        verbose_name=_("agreements mentioned"),
        related_name="news_items",
        blank=True,
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = [*newest_first(), "-position", "slug"]
        indexes = [models.Index(fields=["is_published", "year", "month", "day"])]
        constraints = [
            *PartialDateModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["source_document", "position"], name="news_item_unique_position"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})
