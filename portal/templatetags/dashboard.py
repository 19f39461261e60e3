from django import template

from portal.dashboard import dashboard as panels

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard(context):
    """The admin home's panels for the signed-in member of staff."""
    return panels(context["request"].user)
