"""Image uploads: size and pixel caps, JPEG/PNG/WebP only, re-encoded without metadata,
stored under a generated name."""

import io
import logging
import uuid
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger("portal.uploads")

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    # A multi-picture JPEG (3D and some phone cameras): its first picture is kept, as a JPEG.
    "MPO": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}

# Pillow names the plugins it may use to read a file: the JPEG plugin reads MPO files too.
READABLE = ["JPEG", "PNG", "WEBP"]
SAVED_AS = {"MPO": "JPEG"}


def too_many_pixels():
    return ValidationError(
        _("The image has more than %(limit)d million pixels."),
        params={"limit": MAX_PIXELS // 1_000_000},
    )


def clean_image(upload):
    """Check an uploaded file and return a re-encoded copy with a generated name."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The image is larger than %(limit)d MB."), params={"limit": MAX_BYTES // 2**20}
        )
    data = upload.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=READABLE) as probe:
                image_format = probe.format
                if probe.width * probe.height > MAX_PIXELS:
                    raise too_many_pixels()
                probe.verify()
            with Image.open(io.BytesIO(data), formats=READABLE) as image:
                image.seek(0)
                image.load()
                clean = image.copy()
            # The encoder would write back what the file carried (a JPEG comment, an ICC
            # profile with its text): the copy keeps the pixels only.
            clean.info = {}
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("Upload a JPEG, PNG or WebP image.")) from error
    extension, content_type = FORMATS[image_format]
    image_format = SAVED_AS.get(image_format, image_format)
    if image_format == "JPEG" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    out = io.BytesIO()
    # Saving a copy drops EXIF (GPS), comments and anything appended after the image data.
    clean.save(out, format=image_format, optimize=True)
    return SimpleUploadedFile(f"{uuid.uuid4().hex}.{extension}", out.getvalue(), content_type)


class SafeImageField(forms.ImageField):
    """An ImageField whose value is a checked, re-encoded copy of the upload."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        return clean_image(data)


class StoresUploadsFirstForm(forms.ModelForm):
    """A model form that stores its uploaded files while it is validated, once every other
    check has passed: a storage that fails (a full disk) becomes the form's own error, shown
    to the editor with nothing changed, instead of a server error after the record's save."""

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        for name, value in list(cleaned.items()):
            if not isinstance(value, UploadedFile):
                continue
            field = self.instance._meta.get_field(name)
            try:
                cleaned[name] = field.storage.save(
                    field.generate_filename(self.instance, value.name),
                    value,
                    max_length=field.max_length,
                )
            except OSError as error:
                self.add_error(
                    name,
                    ValidationError(
                        _(
                            "The file could not be stored: the server's disk is full or not "
                            "writable. Nothing has been changed; please tell the site's "
                            "administrators."
                        ),
                        code="storage_failed",
                    ),
                )
                logger.error("An upload could not be stored (%s)", type(error).__name__)
        return cleaned
