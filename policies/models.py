"""Policies and incentives: what a government or park offers or requires of investors."""

import calendar

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.dates import format_partial_date
from common.publishing import PublishableModel, PublishedQuerySet
from parks.models import InvestmentOpportunity, Park, Sector


class Validity(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    UPCOMING = "upcoming", _("Not yet in force")
    EXPIRED = "expired", _("Expired")
    UNDATED = "undated", _("Dates not stated")


def day_number(day):
    """A date as the number YYYYMMDD, to compare with a policy's partial dates."""
    return day.year * 10000 + day.month * 100 + day.day


class PolicyQuerySet(PublishedQuerySet):
    def with_validity(self, today):
        """``validity`` on ``today``. A bound known to its year or month only counts from the
        first day of it (valid from) or to the last (valid until)."""
        now = day_number(today)
        starts = (
            F("valid_from_year") * 10000
            + Coalesce("valid_from_month", 1) * 100
            + Coalesce("valid_from_day", 1)
        )
        ends = (
            F("valid_until_year") * 10000
            + Coalesce("valid_until_month", 12) * 100
            + Coalesce("valid_until_day", 31)
        )
        validity = Case(
            When(
                valid_from_year__isnull=True,
                valid_until_year__isnull=True,
                then=Value(Validity.UNDATED.value),
            ),
            When(valid_until_year__isnull=False, ends__lt=now, then=Value(Validity.EXPIRED.value)),
            When(
                valid_from_year__isnull=False, starts__gt=now, then=Value(Validity.UPCOMING.value)
            ),
            default=Value(Validity.IN_FORCE.value),
            output_field=models.CharField(),
        )
        return self.alias(starts=starts, ends=ends).annotate(validity=validity)

    def applying_to(self, park=None, opportunity=None):
        """Policies linked to the park or opportunity (an opportunity's park's too), and the
        national ones, which apply everywhere."""
        condition = Q(scope=Policy.Scope.NATIONAL)
        if opportunity is not None:
            condition |= Q(opportunities=opportunity)
            park = opportunity.park_id
        if park is not None:
            condition |= Q(parks=park)
        return self.filter(pk__in=Policy.objects.filter(condition).values("pk"))


def bound_constraints(prefix):
    """The rules of a partial date ``<prefix>_year/_month/_day``: a day needs its month, a
    month its year."""
    year, month, day = f"{prefix}_year", f"{prefix}_month", f"{prefix}_day"
    return [
        models.CheckConstraint(
            condition=Q(**{f"{month}__isnull": True})
            | Q(**{f"{month}__gte": 1, f"{month}__lte": 12, f"{year}__isnull": False}),
            name=f"policies_policy_{prefix}_month",
        ),
        models.CheckConstraint(
            condition=Q(**{f"{day}__isnull": True})
            | Q(**{f"{day}__gte": 1, f"{day}__lte": 31, f"{month}__isnull": False}),
            name=f"policies_policy_{prefix}_day",
        ),
        models.CheckConstraint(
            condition=Q(**{f"{year}__isnull": True})
            | Q(**{f"{year}__gte": 1900, f"{year}__lte": 2100}),
            name=f"policies_policy_{prefix}_year",
        ),
    ]


class Policy(PublishableModel):
    class Scope(models.TextChoices):
        NATIONAL = "national", _("National")
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        COUNTY = "county", _("District or county")
        PARK = "park", _("Park")

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    text = models.TextField(
        _("text"), blank=True, help_text=_("What the policy says, as its source states it.")
    )
    authority = models.CharField(
        _("issuing authority"),
        max_length=200,
        help_text=_("Who issued it, e.g. a city government."),
    )
    scope = models.CharField(_("scope"), max_length=12, choices=Scope)
    sectors = models.ManyToManyField(
        Sector,
        verbose_name=_("sectors"),
        related_name="policies",
        blank=True,
        help_text=_("The sectors it concerns, where its source names them."),
    )
    parks = models.ManyToManyField(
        Park,
        verbose_name=_("parks"),
        related_name="policies",
        blank=True,
        help_text=_("The parks it applies to; a national policy applies to every park."),
    )
    opportunities = models.ManyToManyField(
        InvestmentOpportunity,
        verbose_name=_("investment opportunities"),
        related_name="policies",
        blank=True,
        help_text=_("Opportunities it applies to beyond those of its parks."),
    )
    valid_from_year = models.PositiveSmallIntegerField(_("valid from: year"), null=True, blank=True)
    valid_from_month = models.PositiveSmallIntegerField(
        _("valid from: month"), null=True, blank=True
    )
    valid_from_day = models.PositiveSmallIntegerField(_("valid from: day"), null=True, blank=True)
    valid_until_year = models.PositiveSmallIntegerField(
        _("valid until: year"),
        null=True,
        blank=True,
        help_text=_("Leave the dates empty where the source gives none."),
    )
    valid_until_month = models.PositiveSmallIntegerField(
        _("valid until: month"), null=True, blank=True
    )
    valid_until_day = models.PositiveSmallIntegerField(_("valid until: day"), null=True, blank=True)

    objects = PolicyQuerySet.as_manager()

    class Meta:
        verbose_name = _("policy or incentive")
        verbose_name_plural = _("policies and incentives")
        ordering = [
            F("valid_from_year").desc(nulls_last=True),
            F("valid_from_month").desc(nulls_last=True),
            F("valid_from_day").desc(nulls_last=True),
            "slug",
        ]
        indexes = [models.Index(fields=["is_published", "scope"])]
        constraints = [*bound_constraints("valid_from"), *bound_constraints("valid_until")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("policies:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        for prefix in ("valid_from", "valid_until"):
            year, month, day = (getattr(self, f"{prefix}_{part}") for part in PARTS)
            if month and not year:
                raise ValidationError({f"{prefix}_year": _("A month needs its year.")})
            if day and not month:
                raise ValidationError({f"{prefix}_day": _("A day needs a month.")})
            if month and not 1 <= month <= 12:
                raise ValidationError({f"{prefix}_month": _("A month is a number from 1 to 12.")})
            if year and month and day and not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise ValidationError({f"{prefix}_day": _("This month has no such day.")})
        bounded = self.valid_from_year and self.valid_until_year
        if bounded and self.bound("valid_from") > self.bound("valid_until"):
            raise ValidationError({"valid_until_year": _("A policy cannot end before it starts.")})

    def bound(self, prefix):
        year, month, day = (getattr(self, f"{prefix}_{part}") for part in PARTS)
        return (year, month or 0, day or 0)

    def bound_display(self, prefix):
        return format_partial_date(*(getattr(self, f"{prefix}_{part}") for part in PARTS))

    def bound_iso(self, prefix):
        """ISO 8601 for <time datetime>: as precise as given, always with its year."""
        year, month, day = (getattr(self, f"{prefix}_{part}") for part in PARTS)
        if not year:
            return ""
        return "-".join([f"{year:04d}", *(f"{n:02d}" for n in (month, day) if n)])

    @property
    def valid_from_display(self):
        return self.bound_display("valid_from")

    @property
    def valid_until_display(self):
        return self.bound_display("valid_until")

    @property
    def valid_from_iso(self):
        return self.bound_iso("valid_from")

    @property
    def valid_until_iso(self):
        return self.bound_iso("valid_until")


PARTS = ("year", "month", "day")
