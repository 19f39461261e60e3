from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "parks"
    verbose_name = _("Parks and enterprises")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from common.register import PublicKind, register

        from .models import (
            AgreementStage,
            CooperationAgreement,
            Enterprise,
            InvestmentOpportunity,
            Park,
            stage_changed,
        )

        post_save.connect(stage_changed, sender=AgreementStage, dispatch_uid="stage_saved")
        post_delete.connect(stage_changed, sender=AgreementStage, dispatch_uid="stage_deleted")

        register(
            PublicKind(
                key="parks",
                model=Park,
                heading=_("Parks"),
                list_url="parks:park_list",
                title_field="name",
                search_fields=("name", "summary", "description", "highlights"),
                other_search_fields=("aliases",),
                mentionable=True,
                home_label=_("Parks"),
                order=10,
            )
        )
        register(
            PublicKind(
                key="opportunities",
                model=InvestmentOpportunity,
                heading=_("Investment opportunities"),
                list_url="parks:opportunity_list",
                title_field="title",
                search_fields=("title", "summary", "description", "incentives", "source_statement"),
                home_label=_("Open opportunities"),
                home_filter={"status": InvestmentOpportunity.Status.OPEN.value},
                order=20,
            )
        )
        register(
            PublicKind(
                key="enterprises",
                model=Enterprise,
                heading=_("Enterprises and organisations"),
                list_url="parks:enterprise_list",
                title_field="name",
                search_fields=("name", "description", "highlights"),
                other_search_fields=("aliases",),
                mentionable=True,
                home_label=_("Enterprises and organisations"),
                order=30,
            )
        )
        register(
            PublicKind(
                key="agreements",
                model=CooperationAgreement,
                heading=_("Agreements, projects and events"),
                list_url="parks:agreement_list",
                title_field="title",
                search_fields=("title", "summary", "other_parties", "highlights"),
                home_label=_("Cooperation agreements"),
                list_filter={"record_type": CooperationAgreement.RecordType.AGREEMENT.value},
                order=40,
            )
        )
