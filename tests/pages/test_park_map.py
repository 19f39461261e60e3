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


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_park_map_shows_its_own_city_and_the_reference_cities(client, language):
    park = make_park(latitude=Decimal("37.43400"), longitude=Decimal("118.58000"))
    make_park(slug="elsewhere", city="jingzhou", province="hubei")  # another mapped city
    html = client.get(f"/{language}/parks/{park.slug}/").content.decode()
    drawn = html[html.index('id="park-map-title"') : html.index("</svg>")]
    zh = language == "zh-hans"
    assert ("东营" if zh else "Dongying") in drawn
    assert ("济南" if zh else "Jinan") in drawn
    x, y = project(118.67, 37.43)
    assert f'<circle cx="{x}" cy="{y}" r="3"/>' in drawn
    assert ("荆州" if zh else "Jingzhou") not in drawn
