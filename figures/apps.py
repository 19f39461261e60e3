from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "figures"
    verbose_name = _("Park figures")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from common import pagecache

        from .models import ExchangeRate, ParkFigure

        def changed(sender, using=None, **kwargs):
            pagecache.bump_on_commit(using)

        for model in (ParkFigure, ExchangeRate):
            post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"figures_{model}")
            post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"figures_d{model}")
