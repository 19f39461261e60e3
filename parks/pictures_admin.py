"""A park's pictures, edited on the park's admin page."""

from django.db import models
from modeltranslation.admin import TranslationTabularInline

from common.images import SafeImageField

from .pictures import ParkImage, ParkImageForm


class ParkImageInline(TranslationTabularInline):
    model = ParkImage
    form = ParkImageForm
    formfield_overrides = {models.ImageField: {"form_class": SafeImageField}}
    fields = ("image", "alt", "position")
    extra = 1
