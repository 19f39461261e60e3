from modeltranslation.translator import TranslationOptions, register

from .models import Chain, ChainLink, EnterprisePlacement, OpportunityPlacement, ParkPlacement


@register(Chain)
class ChainTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "description")
    required_languages = {"default": ()}


@register(ChainLink)
class ChainLinkTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"default": ()}


@register(EnterprisePlacement)
class EnterprisePlacementTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = {"default": ()}


@register(ParkPlacement)
class ParkPlacementTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = {"default": ()}


@register(OpportunityPlacement)
class OpportunityPlacementTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = {"default": ()}
