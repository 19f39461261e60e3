from modeltranslation.translator import TranslationOptions, register

from .models import (
    AgreementStage,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)
from .pictures import ParkImage


@register(Sector)
class SectorTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"default": ()}


@register(Park)
class ParkTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "description", "highlights", "contact_name")
    required_languages = {"default": ()}


@register(Enterprise)
class EnterpriseTranslationOptions(TranslationOptions):
    fields = ("name", "description", "highlights")
    required_languages = {"default": ()}


@register(CooperationAgreement)
class CooperationAgreementTranslationOptions(TranslationOptions):
    fields = ("title", "other_parties", "summary", "highlights")
    required_languages = {"default": ()}


@register(InvestmentOpportunity)
class InvestmentOpportunityTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "incentives", "source_statement", "contact_name")
    required_languages = {"default": ()}


@register(ParkImage)
class ParkImageTranslationOptions(TranslationOptions):
    fields = ("alt",)
    required_languages = {"default": ()}


@register(AgreementStage)
class AgreementStageTranslationOptions(TranslationOptions):
    fields = ("source_note",)
    required_languages = {"default": ()}
