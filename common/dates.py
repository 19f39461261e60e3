"""Dates known to a stated precision: a year, a month, or a day, possibly without the year."""

import calendar

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class PartialDateModel(models.Model):
    """A date given only as precisely as its source gives it ("May 2021", "June 30")."""

    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Leave empty when the source gives no year.")
    )
    month = models.PositiveSmallIntegerField(_("month"), null=True, blank=True)
    day = models.PositiveSmallIntegerField(
        _("day"), null=True, blank=True, help_text=_("Only when the source names the day.")
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(month__isnull=True) | Q(month__gte=1, month__lte=12),
                name="%(app_label)s_%(class)s_month_range",
            ),
            models.CheckConstraint(
                condition=Q(day__isnull=True) | Q(day__gte=1, day__lte=31, month__isnull=False),
                name="%(app_label)s_%(class)s_day_needs_month",
            ),
            models.CheckConstraint(
                condition=Q(year__isnull=True) | Q(year__gte=1900, year__lte=2100),
                name="%(app_label)s_%(class)s_year_range",
            ),
        ]

    def clean(self):
        super().clean()
        if self.day and not self.month:
            raise ValidationError({"day": _("A day needs a month.")})
        if self.month and not 1 <= self.month <= 12:
            raise ValidationError({"month": _("A month is a number from 1 to 12.")})
        if self.day and self.month:
            # February 29 is valid when the year is unknown.
            last = calendar.monthrange(self.year or 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError({"day": _("This month has no such day.")})

    @property
    def date_display(self):
        return format_partial_date(self.year, self.month, self.day)

    @property
    def month_display(self):
        """The month and year the item belongs to, for grouping lists; '' when unknown."""
        return format_partial_date(self.year, self.month, None) if self.year else ""

    @property
    def date_html(self):
        return html_datetime(self)

    @property
    def date_iso(self):
        """ISO 8601 for the <time> element: '2021', '2021-05', '2021-05-19', '--06-30'."""
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year:
            return f"{self.year:04d}"
        if self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        return ""


def html_datetime(record):
    """A ``<time datetime>`` value: the ISO date when it has its year, else "" (the HTML
    checker refuses a yearless "--06-30"; such a date is shown as plain text)."""
    return record.date_iso if record.year else ""


def newest_first():
    """Ordering for partial dates: newest first, undated last."""
    return [
        F("year").desc(nulls_last=True),
        F("month").desc(nulls_last=True),
        F("day").desc(nulls_last=True),
    ]


_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


def format_partial_date(year, month, day, language=None):
    """'19 May 2021' / '2021年5月19日', as precise as the parts given."""
    language = language or get_language() or "en"
    if language.startswith("zh"):
        parts = []
        if year:
            parts.append(f"{year}年")
        if month:
            parts.append(f"{month}月")
            if day:
                parts.append(f"{day}日")
        return "".join(parts)
    if month:
        name = _MONTHS_EN[month - 1]
        if day:
            return f"{day} {name} {year}" if year else f"{day} {name}"
        return f"{name} {year}" if year else name
    return str(year) if year else ""
