"""Places are records staff keep: a new city needs no release, and shows in both languages."""

import pytest
from django.contrib.auth.models import Group

from inquiries.models import EDITORS_GROUP
from places.models import City
from tests.factories import make_park

pytestmark = pytest.mark.django_db


def test_an_editor_adds_a_city_in_both_languages_and_lists_filter_by_it(
    admin_client, client, django_capture_on_commit_callbacks
):
    client.get("/en/parks/")  # the facets' places are read, and the page cached
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/places/city/add/",
            {
                "name_en": "Binzhou", "name_zh_hans": "滨州", "slug": "binzhou",
                "province": "shandong", "latitude": "37.38", "longitude": "117.97",
                "position": "3",
            },
        )  # fmt: skip
    assert response.status_code == 302
    assert City.objects.get(slug="binzhou").province.name_zh_hans == "山东"
    make_park(slug="binzhou-zone", name_en="Binzhou Zone", city="binzhou")
    make_park(slug="elsewhere", name_en="Elsewhere Zone")
    english = client.get("/en/parks/?city=binzhou").content.decode()
    assert "Binzhou Zone" in english and "Elsewhere Zone" not in english
    assert "Shandong · Binzhou" in english
    chinese = client.get("/zh-hans/parks/?city=binzhou").content.decode()
    assert "滨州" in chinese and "山东 · 滨州" in chinese
    # The home page's map places the new city from its coordinates.
    assert 'href="/en/parks/?city=binzhou"' in client.get("/en/").content.decode()


def test_the_park_page_names_its_province_and_city_in_the_visitors_language(client):
    make_park(slug="dy")
    assert "Shandong · Dongying" in client.get("/en/parks/dy/").content.decode()
    assert "山东 · 东营" in client.get("/zh-hans/parks/dy/").content.decode()


def test_an_unknown_city_in_the_query_string_is_refused_by_the_open_data(client):
    assert client.get("/api/v1/parks/?city=atlantis").status_code == 400
    assert client.get("/api/v1/parks/?city=dongying").status_code == 200


def test_editors_may_keep_the_places():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"add_city", "change_city", "add_district", "change_province"} <= codenames


def test_imports_remember_a_records_place_by_its_slug_as_before_places_were_records():
    from django.core.management import call_command

    from parks.models import Park

    call_command("import_seeds", verbosity=0)
    park = Park.objects.get(slug="jingzhou-petroleum-technology-city")
    assert (park.seed_values["province"], park.seed_values["city"]) == ("hubei", "jingzhou")
    assert (park.province.name_zh_hans, park.city.name_zh_hans) == ("湖北", "荆州")
