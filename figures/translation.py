from modeltranslation.translator import TranslationOptions, register

from .models import ParkFigure


@register(ParkFigure)
class ParkFigureTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = {"default": ()}
