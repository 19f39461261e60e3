"""Show a translated field in the visitor's language, or the other one and say so."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import get_language

from common.translation import TranslationStatus

register = template.Library()


@dataclass
class Text:
    value: str
    language: str
    is_fallback: bool
    is_unreviewed: bool

    def __str__(self):
        return self.value

    def __bool__(self):
        return bool(self.value)


def _column(field, language):
    return f"{field}_{language.replace('-', '_')}"


@register.simple_tag
def bilingual(obj, field):
    """``{% bilingual park "summary" as summary %}``: the text, its language, and flags."""
    current = get_language() or settings.LANGUAGE_CODE
    order = [current] + [code for code, _name in settings.LANGUAGES if code != current]
    for language in order:
        value = getattr(obj, _column(field, language), "") or ""
        if value:
            status = getattr(obj, _column("translation_status", language), None)
            return Text(
                value=value,
                language=language,
                is_fallback=language != current,
                is_unreviewed=status == TranslationStatus.TRANSLATED,
            )
    return Text(value="", language=current, is_fallback=False, is_unreviewed=False)


@register.filter
def lines(value):
    return [line.strip() for line in str(value).splitlines() if line.strip()]


@register.filter
def paragraphs(value):
    return [p.strip() for p in str(value).split("\n\n") if p.strip()]


@register.simple_tag
def shown(obj, field):
    """A field's text for inline use; text in the other language carries its lang and a marker."""
    from django.utils.html import format_html
    from django.utils.translation import gettext

    text = bilingual(obj, field)
    if not text.is_fallback:
        return text.value
    lang = "zh-Hans" if text.language == "zh-hans" else text.language
    marker = gettext("in Chinese") if text.language == "zh-hans" else gettext("in English")
    return format_html(
        '<span lang="{}">{}</span> <small class="lang-tag">({})</small>', lang, text.value, marker
    )
