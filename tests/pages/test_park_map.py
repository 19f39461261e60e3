"""A park's position, when staff entered it, is drawn on the site's own map on its page."""

from decimal import Decimal

import pytest

from pages.views import project
from tests.factories import make_park

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_park_with_a_position_is_drawn_on_the_map(client, language):
    park = make_park(latitude=Decimal("37.43400"), longitude=Decimal("118.58000"))
    html = client.get(f"/{language}/parks/{park.slug}/").content.decode()
    x, y = project(118.58, 37.434)
    assert f'<g class="map-park"><circle cx="{x}" cy="{y}"' in html
    title = "东营经济技术开发区" if language == "zh-hans" else "Location of Dongying Economic"
    assert title in html[html.index('id="park-map-title"') :]
    assert "37.43400" in html and "118.58000" in html
    assert "<script" not in html and "tile" not in html  # the site's own map, nothing fetched


@pytest.mark.parametrize(
    "position",
    [{}, {"latitude": Decimal("51.50000"), "longitude": Decimal("-0.12000")}],  # none; off the map
)
def test_a_park_without_a_position_on_the_map_shows_no_map(client, position):
    park = make_park(**position)
    html = client.get(park.get_absolute_url()).content.decode()
    assert 'class="map-park"' not in html and "park-map-heading" not in html
