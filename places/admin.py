from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from common.languages import columns

from .models import City, District, Province


class PlaceAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "latitude", "longitude", "position")
    list_editable = ("position",)
    search_fields = (*columns("name"), "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Province)
class ProvinceAdmin(PlaceAdmin):
    fields = ("name", "slug", "latitude", "longitude", "position")


@admin.register(City)
class CityAdmin(PlaceAdmin):
    list_display = (*PlaceAdmin.list_display, "province")
    list_filter = ("province",)
    fields = ("name", "slug", "province", "latitude", "longitude", "position")


@admin.register(District)
class DistrictAdmin(PlaceAdmin):
    list_display = (*PlaceAdmin.list_display, "city")
    list_filter = ("city",)
    fields = ("name", "slug", "city", "latitude", "longitude", "position")
