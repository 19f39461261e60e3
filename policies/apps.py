from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "policies"
    verbose_name = _("Policies and incentives")

    def ready(self):
        from common.register import PublicKind, register

        from .models import Policy

        register(
            PublicKind(
                key="policies",
                model=Policy,
                heading=_("Policies and incentives"),
                list_url="policies:list",
                title_field="title",
                search_fields=("title", "summary", "text", "authority"),
                home_label=_("Policies and incentives"),
                order=35,
            )
        )
