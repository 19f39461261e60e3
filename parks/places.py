"""Where records are: the provinces and cities the portal covers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    SHANDONG = "shandong", _("Shandong")
    HUBEI = "hubei", _("Hubei")


class City(models.TextChoices):
    DONGYING = "dongying", _("Dongying")
    JINGZHOU = "jingzhou", _("Jingzhou")
