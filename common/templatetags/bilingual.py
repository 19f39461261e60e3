"""Show a translated field in the visitor's language, or the other one and say so."""

from django import template
from django.utils.html import format_html

from common import languages
from common import register as public_kinds

register = template.Library()


@register.simple_tag
def bilingual(obj, field, language=None):
    """``{% bilingual park "summary" as summary %}``: the text, its language, and flags.

    With a language (``{% bilingual item "body" "zh-hans" as body %}``), the text in that one.
    """
    return languages.text_of(obj, field, language)


@register.simple_tag
def shown(obj, field):
    """A field's text for inline use; text in the other language carries its lang and a marker."""
    text = languages.text_of(obj, field)
    if not text.is_fallback:
        return text.value
    return format_html(
        '<span lang="{}">{}</span> <small class="lang-tag">({})</small>',
        text.lang,
        text.value,
        languages.in_language(text.language),
    )


@register.simple_tag
def title_of(obj):
    """A public record's name or title, as ``shown`` gives it: ``{% title_of record %}``."""
    kind = public_kinds.kind_of(obj)
    return shown(obj, kind.title_field if kind else "name")


@register.filter
def bcp47(code):
    """``{{ LANGUAGE_CODE|bcp47 }}``: 'zh-hans' -> 'zh-Hans', for lang and hreflang."""
    return languages.bcp47(code)


@register.filter
def open_graph_locale(code):
    return languages.open_graph_locale(code)


@register.filter
def lines(value):
    return [line.strip() for line in str(value).splitlines() if line.strip()]


@register.filter
def paragraphs(value):
    return [p.strip() for p in str(value).split("\n\n") if p.strip()]
