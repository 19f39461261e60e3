from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChainsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "chains"
    verbose_name = _("Industry chains")

    def ready(self):
        from common.register import PublicKind, register

        from .models import Chain

        register(
            PublicKind(
                key="chains",
                model=Chain,
                heading=_("Industry chains"),
                list_url="chains:chain_list",
                title_field="name",
                search_fields=("name", "summary", "description"),
                order=35,
            )
        )
