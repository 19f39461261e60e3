from django import template

from chains.views import places_of

register = template.Library()


@register.simple_tag
def chain_places(record):
    """``{% chain_places object as places %}``: where the record sits in the chains."""
    return places_of(record)
