from modeltranslation.translator import TranslationOptions, register

from .models import City, District, Province


@register(Province)
class ProvinceTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"default": ()}


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"default": ()}


@register(District)
class DistrictTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"default": ()}
