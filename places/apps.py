from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "places"
    verbose_name = _("Places")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from common import pagecache

        from .models import City, District, Province

        def changed(sender, using=None, **kwargs):
            pagecache.bump_on_commit(using)

        for model in (Province, City, District):
            post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"places_{model}")
            post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"places_d{model}")
