"""A park's pictures: several, each with its alternative text in both languages and responsive
thumbnails made once, when the picture is uploaded."""

import io
import logging
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image

from common.images import StoresUploadsFirstForm
from common.languages import columns

from .models import Park

logger = logging.getLogger("portal.uploads")

# Widths of the thumbnails, in pixels: a phone's column, and a wide screen's.
THUMBNAIL_WIDTHS = {"thumbnail_small": 480, "thumbnail_large": 1200}


class ParkImage(models.Model):
    park = models.ForeignKey(
        Park, verbose_name=_("park"), related_name="images", on_delete=models.CASCADE
    )
    image = models.ImageField(_("picture"), upload_to="parks/pictures/")
    alt = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the picture shows, for visitors who cannot see it."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Pictures are shown in this order.")
    )
    thumbnail_small = models.ImageField(upload_to="parks/thumbnails/", editable=False, blank=True)
    thumbnail_large = models.ImageField(upload_to="parks/thumbnails/", editable=False, blank=True)

    class Meta:
        app_label = "parks"
        verbose_name = _("picture of the park")
        verbose_name_plural = _("pictures of the park")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt or self.image.name

    def srcset(self):
        """The thumbnails for the <img srcset> attribute, with their widths."""
        sources = []
        for name, width in THUMBNAIL_WIDTHS.items():
            thumbnail = getattr(self, name)
            if thumbnail:
                sources.append(f"{thumbnail.url} {width}w")
        return ", ".join(sources)


def thumbnail(data, width):
    """The picture (a checked, re-encoded upload) at most ``width`` pixels wide, as bytes and
    extension; None when it is no wider."""
    with Image.open(io.BytesIO(data)) as image:
        if image.width <= width:
            return None
        height = max(1, round(image.height * width / image.width))
        image_format = image.format
        small = image.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    options = {"quality": 82} if image_format in ("JPEG", "WEBP") else {}
    small.save(out, format=image_format, optimize=True, **options)
    return out.getvalue(), {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[image_format]


class ParkImageForm(StoresUploadsFirstForm):
    """Stores the checked picture, then its thumbnails, while the form is validated: a storage
    that fails is the form's error and nothing is changed."""

    def clean(self):
        alts = [name for name in columns("alt") if name in self.fields]
        if alts and not any(self.cleaned_data.get(name) for name in alts):
            self.add_error(alts[0], _("Describe the picture in at least one language."))
        cleaned = super().clean()
        if self.errors or "image" not in self.changed_data or not cleaned.get("image"):
            return cleaned
        field = ParkImage._meta.get_field("image")
        try:
            with field.storage.open(cleaned["image"], "rb") as stored:
                data = stored.read()
            for name, width in THUMBNAIL_WIDTHS.items():
                made = thumbnail(data, width)
                if made is None:
                    setattr(self.instance, name, cleaned["image"])  # small enough already
                    continue
                content, extension = made
                saved = field.storage.save(
                    f"parks/thumbnails/{uuid.uuid4().hex}-{width}.{extension}",
                    ContentFile(content),
                )
                setattr(self.instance, name, saved)
        except OSError as error:
            self.add_error(
                "image",
                ValidationError(
                    _(
                        "The file could not be stored: the server's disk is full or not "
                        "writable. Nothing has been changed; please tell the site's "
                        "administrators."
                    ),
                    code="storage_failed",
                ),
            )
            logger.error("A thumbnail could not be stored (%s)", type(error).__name__)
        return cleaned
