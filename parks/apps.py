from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "parks"
    verbose_name = _("Parks and enterprises")
