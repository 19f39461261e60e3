"""A park's position on the site's own map (the home page's SVG map of eastern China)."""

from django import template

from ..views import MAP_BOUNDS, REFERENCE_CITIES, project

register = template.Library()


@register.simple_tag
def park_on_map(park):
    """``{% park_on_map park as spot %}``: where the park is drawn, with its city and the
    map's reference cities around it; None when the park has no position, or one outside
    the map."""
    if park.latitude is None or park.longitude is None:
        return None
    longitude, latitude = float(park.longitude), float(park.latitude)
    west, east, south, north = MAP_BOUNDS
    if not (west <= longitude <= east and south <= latitude <= north):
        return None
    x, y = project(longitude, latitude)
    places = [(name, *project(lon, lat)) for name, lon, lat in REFERENCE_CITIES]
    # The park's own city, where staff placed it on the map (Places in the admin).
    city = park.city
    if city is not None and city.latitude is not None and city.longitude is not None:
        places.append((str(city), *project(float(city.longitude), float(city.latitude))))
    return {
        "x": x,
        "y": y,
        "latitude": park.latitude,
        "longitude": park.longitude,
        "places": [{"name": name, "x": px, "y": py} for name, px, py in places],
    }
