"""The fields by which a record says where it is: a province, a city and a district, by their
slugs."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def province_field(required=False, **kwargs):
    return models.ForeignKey(
        "places.Province", verbose_name=_("province"), on_delete=models.PROTECT,
        to_field="slug", db_column="province", related_name="+",
        # Required in forms; NULL in the database for a record that had no province before
        # provinces were records (nothing is invented for it).
        null=True, blank=not required, **kwargs,
    )  # fmt: skip


def city_field(**kwargs):
    return models.ForeignKey(
        "places.City", verbose_name=_("city"), on_delete=models.PROTECT,
        to_field="slug", db_column="city", related_name="+", null=True, blank=True, **kwargs,
    )  # fmt: skip


def district_field(**kwargs):
    return models.ForeignKey(
        "places.District", verbose_name=_("district or county"), on_delete=models.PROTECT,
        to_field="slug", db_column="district", related_name="+", null=True, blank=True, **kwargs,
    )  # fmt: skip
