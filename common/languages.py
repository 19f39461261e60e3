"""The site's languages in one place: codes, field suffixes, BCP 47 tags and the fallback.

A language has three spellings: Django's code (``zh-hans``, from settings.LANGUAGES, in
URLs and ``get_language()``), the suffix of its modeltranslation columns (``name_zh_hans``)
and its BCP 47 tag for HTML ``lang`` and ``hreflang`` (``zh-Hans``). A text a record lacks
in the visitor's language is shown in the other one, and says so.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# What settings.LANGUAGES does not say about a language.
SHORT_NAMES = {"en": "EN", "zh-hans": "中文"}  # the admin's compact columns
IN_LANGUAGE = {"en": _("in English"), "zh-hans": _("in Chinese")}  # marks fallback text
OPEN_GRAPH_LOCALES = {"en": "en_US", "zh-hans": "zh_CN"}


def codes():
    """The site's language codes, in the order of settings.LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES]


def suffix(code):
    """'zh-hans' -> 'zh_hans': how a translated field's column ends."""
    return code.replace("-", "_")


def from_suffix(value):
    """'zh_hans' -> 'zh-hans'; None when no language of the site ends columns so."""
    return {suffix(code): code for code in codes()}.get(value)


def column(field, code):
    """'name', 'zh-hans' -> 'name_zh_hans'."""
    return f"{field}_{suffix(code)}"


def columns(field):
    """A translated field's column in every language: ['name_en', 'name_zh_hans']."""
    return [column(field, code) for code in codes()]


def bcp47(code):
    """'zh-hans' -> 'zh-Hans': a script subtag in title case, a region in capitals."""
    language, *subtags = code.replace("_", "-").split("-")
    tags = [language.lower()]
    for subtag in subtags:
        if len(subtag) == 4 and subtag.isalpha():
            tags.append(subtag.title())
        elif len(subtag) == 2 and subtag.isalpha():
            tags.append(subtag.upper())
        else:
            tags.append(subtag.lower())
    return "-".join(tags)


def short_name(code):
    return SHORT_NAMES[code]


def in_language(code):
    """'in Chinese': the words that mark a text shown in the language ``code``."""
    return IN_LANGUAGE[code]


def open_graph_locale(code):
    return OPEN_GRAPH_LOCALES[code]


def current():
    """The visitor's language: the active one if the site offers it, else the default."""
    code = get_language()
    return code if code in codes() else settings.LANGUAGE_CODE


def other(code):
    """The other language of the two: 'en' -> 'zh-hans'."""
    return next(c for c in codes() if c != code)


def fallback_order(code=None):
    """Where a text is looked for: the language asked for (the visitor's), then the others."""
    code = code or current()
    return [code, *(c for c in codes() if c != code)]


@dataclass(frozen=True)
class Text:
    """A field's text as shown: the value, its language, and what a visitor is told about it."""

    value: str
    language: str
    is_fallback: bool = False  # shown in another language than the one asked for
    is_unreviewed: bool = False  # a translation that no editor has reviewed yet
    is_stale: bool = False  # a translation of an original that has changed since

    @property
    def lang(self):
        return bcp47(self.language)

    def __str__(self):
        return self.value

    def __bool__(self):
        return bool(self.value)


def text_of(obj, field, language=None):
    """A field's text in ``language`` (the visitor's), or in the other language, saying so."""
    wanted = language or current()
    for code in fallback_order(wanted):
        value = getattr(obj, column(field, code), "") or ""
        if value:
            # Records that track review (common.translation) say whether this text is one.
            is_unreviewed = getattr(obj, "is_unreviewed_translation", None)
            is_stale = getattr(obj, "is_stale_translation", None)
            return Text(
                value=value,
                language=code,
                is_fallback=code != wanted,
                is_unreviewed=bool(is_unreviewed and is_unreviewed(code)),
                is_stale=bool(is_stale and is_stale(code)),
            )
    return Text(value="", language=wanted)
