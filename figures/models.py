"""A park's key figures, one row per figure, and the exchange rate comparisons use.

One row per figure (not one wide row per park): a new figure is a line in ``kinds.py``,
not a migration; each figure carries its own unit, date and source; a park with three
figures has three rows, not forty empty columns; and every figure of any number of parks is
read in one query, for a profile or a comparison.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.money import Currency
from common.seeding import SeededModel
from parks.models import Park

from .kinds import ALL_UNITS, FIGURE_KINDS, KINDS


class Qualifier(models.TextChoices):
    EXACT = "", _("exactly")
    OVER = "over", _("over")
    ABOUT = "about", _("about")
    UP_TO = "up_to", _("up to")


class FigureQuerySet(models.QuerySet):
    def overdue(self, today=None):
        """Figures never verified, or verified longer ago than the setting allows."""
        today = today or timezone.localdate()
        cutoff = today - timedelta(days=settings.PORTAL_FIGURES_VERIFY_DAYS)
        return self.filter(models.Q(last_verified=None) | models.Q(last_verified__lt=cutoff))


class ParkFigure(SeededModel):
    park = models.ForeignKey(
        Park, on_delete=models.CASCADE, related_name="figures", verbose_name=_("park")
    )
    kind = models.CharField(
        _("figure"), max_length=32, choices=[(k.key, k.label) for k in FIGURE_KINDS]
    )
    qualifier = models.CharField(
        _("qualifier"), max_length=8, choices=Qualifier, default=Qualifier.EXACT, blank=True
    )
    value = models.DecimalField(
        _("value"), max_digits=20, decimal_places=4, null=True, blank=True,
        help_text=_("The figure, or the low end of a range."),
    )  # fmt: skip
    value_max = models.DecimalField(
        _("up to"), max_digits=20, decimal_places=4, null=True, blank=True,
        help_text=_("The high end of a range; empty for a single figure."),
    )  # fmt: skip
    unit = models.CharField(
        _("unit"), max_length=16, choices=[(u.key, u.label or u.key) for u in ALL_UNITS.values()]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, blank=True)
    url = models.URLField(_("website"), blank=True)
    note = models.CharField(
        _("note"), max_length=250, blank=True,
        help_text=_("What the figure covers, e.g. the port's name or 'incomplete statistics'."),
    )  # fmt: skip
    as_of = models.DateField(_("as of"), null=True, blank=True)
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    source_file = models.CharField(
        _("seed document"), max_length=120, blank=True,
        help_text=_("Empty for figures entered by park staff."),
    )  # fmt: skip
    source_quote = models.TextField(_("the seed's words"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        verbose_name = _("park figure")
        verbose_name_plural = _("park figures")
        ordering = ["park", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["park", "kind"], name="one_figure_of_a_kind_per_park")
        ]

    def __str__(self):
        return f"{self.park} · {self.get_kind_display()}"

    @property
    def definition(self):
        return KINDS[self.kind]

    def clean(self):
        kind = KINDS.get(self.kind)
        if kind is None:
            return
        units = [u.key for u in kind.dimension.units]
        if self.unit not in units:
            labels = ", ".join(str(u.label or u.key) for u in kind.dimension.units)
            raise ValidationError({"unit": _("This figure's unit is one of: %s.") % labels})
        if kind.dimension.key == "link":
            if not self.url:
                raise ValidationError({"url": _("Give the website's address.")})
        elif self.value is None:
            raise ValidationError({"value": _("Give the figure.")})
        if kind.money and not self.currency:
            raise ValidationError({"currency": _("Give the currency.")})
        if not kind.money and self.currency:
            raise ValidationError({"currency": _("This figure has no currency.")})
        if self.value_max is not None and self.value is not None and self.value_max < self.value:
            raise ValidationError({"value_max": _("The high end is below the low end.")})
        if self.source_quote and not self.source_file:
            raise ValidationError({"source_file": _("Name the seed document of the quotation.")})


class ExchangeRate(models.Model):
    """How many yuan one US dollar buys, as staff set it; the newest is used."""

    cny_per_usd = models.DecimalField(_("yuan per US dollar"), max_digits=10, decimal_places=4)
    as_of = models.DateField(_("as of"))
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-as_of", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(cny_per_usd__gt=0), name="rate_positive")
        ]

    def __str__(self):
        return f"1 USD = {self.cny_per_usd} CNY ({self.as_of})"
