"""The agreement tracker: the stages an agreement or signed project reached, each with its
date and its source (a note by staff here, or the quoted words of a news item, cited on it)."""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from common.dates import PartialDateModel
from common.seeding import SeededModel

from .stages import STAGE_ORDER, Stage


class AgreementStageQuerySet(models.QuerySet):
    def supported(self):
        """Stages a source supports: a note by staff, or quoted words of a published news
        item (or of a source document). Only these are shown and counted."""
        quoted = Q(citations__quote__gt="") & (
            Q(citations__news_item=None) | Q(citations__news_item__is_published=True)
        )
        by_staff = Q(source_note_en__gt="") | Q(source_note_zh_hans__gt="")
        return self.filter(Q(pk__in=self.filter(quoted).values("pk")) | by_staff)


class AgreementStage(SeededModel, PartialDateModel):
    """A stage an agreement or project reached, when, and who says so."""

    agreement = models.ForeignKey(
        "parks.CooperationAgreement",
        verbose_name=_("agreement or project"),
        related_name="stages",
        on_delete=models.CASCADE,
    )
    stage = models.CharField(_("stage"), max_length=16, choices=Stage)
    source_note = models.TextField(
        _("source entered by staff"),
        blank=True,
        help_text=_(
            "Who says the agreement reached this stage, when no news item does: e.g. "
            "“Park committee, annual report 2024”. A stage is shown only with this note or "
            "with the quoted words of a published news item (added on the news item)."
        ),
    )

    objects = AgreementStageQuerySet.as_manager()

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["agreement", "pk"]
        constraints = [
            *PartialDateModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["agreement", "stage"],
                name="parks_agreementstage_once_per_agreement",
                violation_error_message=_("This agreement already has that stage."),
            ),
        ]

    def __str__(self):
        return f"{self.agreement} – {self.get_stage_display()}"

    def get_absolute_url(self):
        return self.agreement.get_absolute_url()

    @classmethod
    def refresh_agreements(cls, stages):
        """Keep the stage of the agreements of ``stages`` (keys) in step with their sources."""
        agreements = cls._meta.get_field("agreement").related_model.objects.filter(
            pk__in=cls.objects.filter(pk__in=stages).values("agreement")
        )
        for agreement in agreements:
            agreement.refresh_stage()

    @property
    def record_cited(self):
        """What a news item citing this stage supports: the agreement."""
        return self.agreement

    @property
    def position(self):
        return STAGE_ORDER.index(self.stage)

    def clean(self):
        super().clean()
        try:  # on the agreement's admin page, the agreement being added
            agreement = self.agreement
        except ObjectDoesNotExist:
            return
        if agreement.record_type == agreement.RecordType.EVENT:
            raise ValidationError(
                _("An event has no stages: only agreements and projects are tracked.")
            )
        if agreement.record_type != agreement.RecordType.AGREEMENT:
            return  # a project's own date may be that of any of its stages
        if not self.year or not agreement.year:
            return
        if self.stage != Stage.INTENT and earlier(self, agreement):
            raise ValidationError(
                {
                    "year": _(
                        "A stage after the intent cannot come before the agreement's own "
                        "date (%(date)s)."
                    )
                    % {"date": agreement.date_display}
                }
            )


def earlier(one, other):
    """Whether partial date ``one`` is surely before ``other`` (compared as far as both go)."""
    for part in ("year", "month", "day"):
        a, b = getattr(one, part), getattr(other, part)
        if a is None or b is None:
            return False
        if a != b:
            return a < b
    return False


def stage_changed(sender, instance, **kwargs):
    """post_save / post_delete of a stage: its agreement's stage follows."""
    agreements = sender._meta.get_field("agreement").related_model.objects
    agreement = agreements.filter(pk=instance.agreement_id).first()
    if agreement is not None:
        agreement.refresh_stage()
