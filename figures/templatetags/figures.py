from django import template

from ..presenting import Choices, grouped, unit_options

register = template.Library()


@register.inclusion_tag("figures/figure_groups.html", takes_context=True)
def park_figures(context, park):
    """The park's figure groups, in the units the visitor chose in the query string."""
    request = context.get("request")
    choices = Choices.from_query(request.GET if request else {})
    figures = list(park.figures.all())
    return {
        "park": park,
        "groups": grouped(figures, choices),
        "choices": choices,
        "pickers": unit_options(choices),
        "request": request,
    }


@register.filter
def quote_lang(text):
    """The language of a seed's words: Chinese if they hold Chinese characters."""
    return "zh-Hans" if any("\u4e00" <= ch <= "\u9fff" for ch in text or "") else "en"
