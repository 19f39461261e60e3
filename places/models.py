"""Where records are: provinces, cities and districts, as records staff keep in the admin.

Records point at a place by its slug (``to_field="slug"``), so a place's slug is what the
lists' filters (``?city=dongying``), the open data and the seed catalogue name it by, and a
third city or county needs no release.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from common.languages import text_of


class Place(models.Model):
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True,
        help_text=_("Its name in addresses and filters, e.g. dongying; keep it once in use."),
    )  # fmt: skip
    name = models.CharField(_("name"), max_length=120)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self):
        return text_of(self, "name").value or self.slug

    @property
    def seed_identity(self):
        """How imports remember the place they wrote (``common.seeding.as_json``): its slug,
        as they did when places were text."""
        return self.slug


class Province(Place):
    class Meta(Place.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class City(Place):
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, to_field="slug", related_name="cities",
        verbose_name=_("province"),
    )  # fmt: skip

    class Meta(Place.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")


class District(Place):
    city = models.ForeignKey(
        City, on_delete=models.PROTECT, to_field="slug", related_name="districts",
        verbose_name=_("city"),
    )  # fmt: skip

    class Meta(Place.Meta):
        verbose_name = _("district or county")
        verbose_name_plural = _("districts and counties")
