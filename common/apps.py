from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    verbose_name = _("Imports")

    def ready(self):
        from django.db.models.signals import post_delete

        from .seeding import remember_deleted_seed

        post_delete.connect(remember_deleted_seed, dispatch_uid="remember_deleted_seed")
