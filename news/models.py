from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import DenseRank, RowNumber
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
    # What the last import linked this document's items against: the names it searched for
    # and the items' last change. While both are the same, linking again changes nothing.
    mentions_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

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

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = [*newest_first(), "-position", "slug"]
        # On PostgreSQL, migration 0005 adds the lists' order as an index of published items
        # (SQLite cannot index NULLS LAST), so that a page deep in the list reads the index.
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


# The kinds of record a news item can cite: one field each on Citation.
RECORD_FIELDS = ("park", "enterprise", "agreement", "opportunity", "policy", "stage")


def one_record_of(fields):
    """Exactly one of ``fields`` is set."""
    condition = Q()
    for name in fields:
        others = {other: None for other in fields if other != name}
        condition |= Q(**{f"{name}__isnull": False}, **others)
    return condition


class CitationQuerySet(models.QuerySet):
    def quoted(self):
        """Citations that give the words supporting a record, in the record's order."""
        return self.exclude(quote="").order_by("position", "pk")

    def mentions(self):
        return self.filter(quote="")

    def public(self):
        """Citations a visitor may see: their news item, if any, is published."""
        return self.filter(Q(news_item=None) | Q(news_item__is_published=True))

    def most_cited(self, field, number):
        """The ``number`` records of a kind cited most often (mentions and quotes alike)."""
        top = (
            self.filter(**{f"{field}__isnull": False})
            .values(field)
            .annotate(n=models.Count("*"))  # index-only on PostgreSQL
            .order_by("-n")
            .values(field)[:number]
        )
        model = self.model._meta.get_field(field).related_model
        return model.objects.filter(pk__in=[row[field] for row in top])

    def sources(self, number, quotes):
        """What a record's page shows of its sources, in one query: the first ``quotes``
        quoted citations a visitor may see, in the record's order, with how many there are
        (an agreement's stages' quotes apart: the first ``quotes`` of them follow);
        and the ``number`` newest published news items that cite it, each once, newest first.

        Every citation of the record is ranked twice: among the quotes in the record's order,
        and by its news item's place in the news list (the same item, the same rank). A row
        is kept when it is among the first quotes or its item among the newest.
        """
        quoted = ~Q(quote="")
        # Quotes of an agreement's stages (see Citation.stage) are ranked and counted apart.
        group = [
            ExpressionWrapper(quoted, output_field=BooleanField()),
            ExpressionWrapper(Q(stage=None), output_field=BooleanField()),
        ]
        in_news_order = [
            *(F(f"news_item__{part}").desc(nulls_last=True) for part in ("year", "month", "day")),
            F("news_item__position").desc(),
            F("news_item__slug").asc(),
        ]
        has_item = ExpressionWrapper(Q(news_item=None), output_field=BooleanField())
        newest = Window(DenseRank(), partition_by=[has_item], order_by=in_news_order)
        first = Window(RowNumber(), partition_by=group, order_by=["position", "pk"])
        rows = list(
            self.public()
            .annotate(
                item_rank=newest,
                quote_rank=Case(When(quoted, then=first), default=Value(None)),
                quote_total=Window(Count("pk"), partition_by=group),
            )
            .annotate(
                kept=Case(When(quote_rank__lte=quotes, then=Value(0)), default=F("item_rank"))
            )
            .filter(kept__lte=number)
            .select_related("news_item", "document")
        )
        cited = sorted(
            (row for row in rows if row.quote and row.quote_rank <= quotes),
            key=lambda row: (row.stage_id is not None, row.quote_rank),
        )
        items = {}
        for row in sorted(rows, key=lambda row: row.item_rank):
            if row.news_item and row.item_rank <= number:
                items.setdefault(row.news_item.pk, row.news_item)
        total = next((row.quote_total for row in cited if row.stage_id is None), 0)
        return cited, total, list(items.values())

    def news_items(self):
        """The published news items these citations point at, newest first, each once.

        The items' keys are read first: a record has at most some hundreds, and the news
        list's index (newest first) would otherwise be walked from the top to find them.
        """
        keys = set(self.exclude(news_item=None).values_list("news_item", flat=True))
        return NewsItem.objects.published().filter(pk__in=keys)


class Citation(models.Model):
    """A news item supports a record: it names the record, and may give the words that say so.

    The one link between news and the records of the other apps. A citation with a quote
    cites the words that support the record (imported from the seed catalogue, or added by
    an editor); one without a quote says the item mentions the record by name.
    """

    RECORD_FIELDS = RECORD_FIELDS

    news_item = models.ForeignKey(
        NewsItem,
        verbose_name=_("news item"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    document = models.ForeignKey(
        SourceDocument,
        verbose_name=_("source document"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("The document the quoted words are in, when they belong to no one item."),
    )
    park = models.ForeignKey(
        "parks.Park",
        verbose_name=_("park"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    enterprise = models.ForeignKey(
        "parks.Enterprise",
        verbose_name=_("enterprise or organisation"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    agreement = models.ForeignKey(
        "parks.CooperationAgreement",
        verbose_name=_("cooperation agreement"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    opportunity = models.ForeignKey(
        "parks.InvestmentOpportunity",
        verbose_name=_("investment opportunity"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    policy = models.ForeignKey(
        "policies.Policy",
        verbose_name=_("policy or incentive"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    stage = models.ForeignKey(
        "parks.AgreementStage",
        verbose_name=_("stage of an agreement"),
        related_name="citations",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("The item says an agreement or project reached this stage."),
    )
    quote = models.TextField(
        _("quoted words"),
        blank=True,
        help_text=_("The words in the source that support the record; empty: it is mentioned."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_imported = models.BooleanField(
        _("from the seed catalogue"),
        default=False,
        editable=False,
        help_text=_("Written by the seed import, which keeps it in step with the catalogue."),
    )

    objects = CitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["position", "pk"]
        indexes = [  # what a park's news and the news list's park filter count
            models.Index(
                fields=["park", "news_item"],
                name="news_citation_park_item",
                condition=Q(park__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=one_record_of(RECORD_FIELDS),
                name="news_citation_one_record",
                violation_error_message=_(
                    "Choose exactly one park, enterprise, agreement, opportunity, policy or "
                    "stage of an agreement."
                ),
            ),
            models.CheckConstraint(
                condition=Q(news_item__isnull=False) | Q(document__isnull=False),
                name="news_citation_has_source",
                violation_error_message=_("A citation needs its news item or source document."),
            ),
            *[
                models.UniqueConstraint(
                    fields=["news_item", name],
                    condition=Q(quote="", **{f"{name}__isnull": False}),
                    name=f"news_citation_one_mention_per_{name}",
                    violation_error_message=_("This news item already mentions that record."),
                )
                for name in RECORD_FIELDS
            ],
        ]

    def __str__(self):
        return f"{self.news_item or self.document} → {self.record}"

    @property
    def record(self):
        return next(
            (getattr(self, name) for name in self.RECORD_FIELDS if getattr(self, f"{name}_id")),
            None,
        )

    @property
    def language(self):
        """The language of the quoted words: that of their document or news item."""
        if self.document_id:
            return self.document.language
        return self.news_item.original_language if self.news_item_id else ""

    @classmethod
    def field_for(cls, model):
        """The name of the field that points at records of ``model``."""
        model = model if isinstance(model, type) else type(model)
        for name in cls.RECORD_FIELDS:
            if cls._meta.get_field(name).related_model is model:
                return name
        raise LookupError(f"news items do not cite {model._meta.label}")


def refresh_stages(stages):
    """The agreements whose stages ``stages`` (keys) are follow their sources again."""
    stages = [pk for pk in stages if pk]
    if stages:
        Citation._meta.get_field("stage").related_model.refresh_agreements(stages)


def citation_changed(sender, instance, **kwargs):
    """A citation of a stage was saved or deleted: the stage may have gained or lost its
    source."""
    if instance.stage_id:
        refresh_stages([instance.stage_id])


def news_item_changed(sender, instance, **kwargs):
    """A news item was published, hidden or deleted: the stages it supports follow."""
    stages = Citation.objects.filter(news_item=instance.pk).exclude(stage=None)
    refresh_stages(stages.values_list("stage", flat=True))
