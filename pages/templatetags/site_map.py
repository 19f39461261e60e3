"""A park's position on the site's own map (the home page's SVG map of eastern China)."""

from django import template
from django.utils.translation import get_language

from common import pagecache
from places.models import City

from ..views import MAP_BOUNDS, REFERENCE_CITIES, project

register = template.Library()
_mapped = {}  # (content generation, language) -> the mapped cities' names and positions


def mapped_cities():
    """The cities staff placed on the map (Places in the admin), as (name, x, y): read once
    per content generation and language, as the places' facet choices are, so a park page
    does not read them each time."""
    try:
        key = (pagecache.current_generation(), get_language())
    except Exception:  # the shared cache is down: read them, the page must keep working
        key = None
    if key is None or key not in _mapped:
        cities = City.objects.exclude(latitude=None).exclude(longitude=None)
        rows = [(str(c), *project(float(c.longitude), float(c.latitude))) for c in cities]
        if key is None:
            return rows
        _mapped.clear()
        _mapped[key] = rows
    return _mapped[key]


@register.simple_tag
def park_on_map(park):
    """``{% park_on_map park as spot %}``: where the park is drawn, with the map's cities
    around it; None when the park has no position, or one outside the map."""
    if park.latitude is None or park.longitude is None:
        return None
    longitude, latitude = float(park.longitude), float(park.latitude)
    west, east, south, north = MAP_BOUNDS
    if not (west <= longitude <= east and south <= latitude <= north):
        return None
    x, y = project(longitude, latitude)
    places = [(name, *project(lon, lat)) for name, lon, lat in REFERENCE_CITIES]
    places += mapped_cities()
    return {
        "x": x,
        "y": y,
        "latitude": park.latitude,
        "longitude": park.longitude,
        "places": [{"name": name, "x": px, "y": py} for name, px, py in places],
    }
