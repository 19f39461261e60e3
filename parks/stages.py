"""The stages of the agreement tracker: their order, and how they are summed up."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from common.money import AmountBasis, format_amount
from common.pagecache import bump_on_commit


class Stage(models.TextChoices):
    """Where a cooperation agreement or a signed project stands, in the order it gets there;
    it may stop at any point."""

    INTENT = "intent", _("Intent")
    SIGNED = "signed", _("Signed")
    STARTED = "started", _("Started")
    IN_PRODUCTION = "in_production", _("In production")
    STOPPED = "stopped", _("Stopped")


# The order of the stages: a later one is the agreement's stage; a stop ends it.
STAGE_ORDER = [Stage.INTENT, Stage.SIGNED, Stage.STARTED, Stage.IN_PRODUCTION, Stage.STOPPED]


# What the tracker's summary counts and adds up by.
STAGE_GROUP = ("record_type", "stage", "currency", "amount_basis")


def current_stage(stages):
    """The latest of ``stages`` in the stages' order (a stop ends it); "" for none."""
    stages = set(stages)
    return next((stage for stage in reversed(STAGE_ORDER) if stage in stages), "")


def summarise_stages(rows):
    """The rows of ``stage_rows`` as the tracker sums them up: agreements and projects (not
    events) per stage in the stages' order, leaving out the stages none has reached, each
    with its amounts per currency and basis (intended, planned and signed amounts are never
    added together).

    A list of ``{"stage", "label", "count", "amounts": [{"amount", "basis", "count"}]}``.
    """
    summary = {stage: {"stage": stage.value, "label": stage.label, "count": 0, "amounts": []}
               for stage in STAGE_ORDER}  # fmt: skip
    for row in rows:
        if row["record_type"] == "event" or not row["stage"]:  # events are not tracked
            continue
        entry = summary[Stage(row["stage"])]
        entry["count"] += row["n"]
        if row["total"] is not None and row["currency"]:
            entry["amounts"].append(
                {
                    "key": (row["currency"], row["amount_basis"]),
                    "total": row["total"],
                    "count": row["with_amount"],
                }
            )
    for entry in summary.values():  # agreements and projects of a stage, added up
        added = {}
        for amount in entry["amounts"]:
            total, count = added.get(amount["key"], (0, 0))
            added[amount["key"]] = (total + amount["total"], count + amount["count"])
        entry["amounts"] = [
            {
                "amount": format_amount(total, currency),
                "basis": AmountBasis(basis).label,
                "count": count,
            }
            for (currency, basis), (total, count) in sorted(added.items())
        ]
    return [entry for entry in summary.values() if entry["count"]]


class TrackedQuerySet(models.QuerySet):
    """What the tracker reads of the agreements."""

    def tracked(self):
        """What the tracker follows: agreements and signed projects, not events."""
        return self.exclude(record_type="event")

    def stage_rows(self):
        """How many there are, and their amounts, per record type, stage, currency and basis:
        one query, whose rows ``summarise_stages`` reads (and the home page's totals)."""
        return (
            self.order_by()
            .values(*STAGE_GROUP)
            .annotate(
                n=models.Count("pk"),
                with_amount=models.Count("amount"),
                total=models.Sum("amount"),
            )
            .order_by(*STAGE_GROUP)
        )

    def stage_summary(self):
        """How many agreements and signed projects are at each stage, and their amounts per
        stage, currency and basis: one query (see ``summarise_stages``)."""
        return summarise_stages(self.stage_rows())


class TrackedAgreement:
    """An agreement's ``stage`` follows the stages its sources support."""

    def refresh_stage(self):
        """Set ``stage`` to the latest stage a source supports; saved only if it changed."""
        stage = current_stage(self.stages.supported().values_list("stage", flat=True))
        if stage != self.stage:
            self.stage = stage
            type(self).objects.filter(pk=self.pk).update(stage=stage)
            bump_on_commit()
        return stage
