"""The site's languages: codes, the column suffix of each, and how a text falls back."""

from django.conf import settings


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def suffix(code):
    return code.replace("-", "_")


def column(field, code):
    """The modeltranslation column of ``field`` in language ``code``: ``name_zh_hans``."""
    return f"{field}_{suffix(code)}"
