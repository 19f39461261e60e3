from modeltranslation.translator import TranslationOptions, register

from .models import Policy


@register(Policy)
class PolicyTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "text", "authority")
    required_languages = {"default": ()}
