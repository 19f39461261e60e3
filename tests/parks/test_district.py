"""A park's district or county is a record of its city: chosen in the admin, named on the
park's page, its PDF profile, the comparison and the open data, made by the seeds."""

import io

import pypdf
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from parks.models import Park
from places.models import District
from tests.factories import ensure_place, make_park

pytestmark = pytest.mark.django_db

FORM = {
    "name_en": "Hekou Economic Development Zone",
    "name_zh_hans": "河口经济开发区",
    "slug": "hekou-edz",
    "kind": "development_zone",
    "status": "operating",
    "province": "shandong",
    "city": "dongying",
    "summary_en": "Zone in Hekou.",
    "summary_zh_hans": "河口的开发区。",
    "images-TOTAL_FORMS": "0",
    "images-INITIAL_FORMS": "0",
    "figures-TOTAL_FORMS": "0",
    "figures-INITIAL_FORMS": "0",
    "is_published": "on",
    "translation_status_en": "original",
    "translation_status_zh_hans": "reviewed",
}


@pytest.fixture
def places():
    for slug in ("hekou-district", "kenli-district", "shashi-district"):
        ensure_place("district", slug)


def test_the_admin_offers_the_districts_of_the_parks_city_and_saves_one(admin_client, places):
    park = make_park(slug="hekou-edz", district="hekou-district")
    url = reverse("admin:parks_park_change", args=[park.pk])
    html = admin_client.get(url).content.decode()
    assert 'value="hekou-district"' in html and 'value="kenli-district"' in html
    assert 'value="shashi-district"' not in html  # a district of Jingzhou
    response = admin_client.post(
        reverse("admin:parks_park_add"), {**FORM, "slug": "new", "district": "kenli-district"}
    )
    assert response.status_code == 302
    assert Park.objects.get(slug="new").district_id == "kenli-district"


def test_a_new_park_is_offered_every_district_named_with_its_city(admin_client, places):
    html = admin_client.get(reverse("admin:parks_park_add")).content.decode()
    assert ">Dongying · Hekou District<" in html and ">Jingzhou · Shashi District<" in html


def test_the_admin_refuses_a_district_of_another_city(admin_client, places):
    data = {**FORM, "district": "shashi-district"}
    response = admin_client.post(reverse("admin:parks_park_add"), data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Park.objects.filter(slug="hekou-edz").exists()
    with pytest.raises(ValidationError) as error:  # also where no form checks it
        Park(slug="x", city_id="dongying", district_id="shashi-district").clean()
    assert "Choose a district or county of the park's city." in str(error.value)


def test_the_error_is_translated(places):
    with translation.override("zh-hans"):
        with pytest.raises(ValidationError) as error:
            Park(slug="x", city_id="jingzhou", district_id="hekou-district").clean()
        assert "请选择园区所在城市的区县。" in str(error.value)


def test_the_park_page_names_its_district_in_the_visitors_language(
    client, places, django_capture_on_commit_callbacks
):
    make_park(slug="hekou-edz", district="hekou-district")
    assert "Dongying · Hekou District" in client.get("/en/parks/hekou-edz/").content.decode()
    assert "东营 · 河口区" in client.get("/zh-hans/parks/hekou-edz/").content.decode()
    hekou = District.objects.get(slug="hekou-district")
    hekou.name_zh_hans = ""
    with django_capture_on_commit_callbacks(execute=True):
        hekou.save()  # a new page, not the one kept
    chinese = client.get("/zh-hans/parks/hekou-edz/").content.decode()
    assert '<span lang="en">Hekou District</span> <small class="lang-tag">' in chinese


def test_the_comparison_and_the_pdf_profile_name_the_district(client, places):
    make_park(slug="hekou-edz", district="hekou-district")
    make_park(slug="shashi", province="hubei", city="jingzhou", district="shashi-district")
    html = client.get("/zh-hans/compare/?parks=hekou-edz&parks=shashi").content.decode()
    assert "东营 · 河口区" in html and "荆州 · 沙市区" in html
    pdf = client.get("/en/parks/hekou-edz/profile.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Hekou District" in text


def test_the_open_data_gives_the_district_by_slug_and_names(client, places):
    make_park(slug="hekou-edz", district="hekou-district")
    make_park(slug="nowhere")
    park = client.get("/api/v1/parks/hekou-edz/").json()
    assert (park["district"], park["district_en"], park["district_zh_hans"]) == (
        "hekou-district", "Hekou District", "河口区",
    )  # fmt: skip
    none = client.get("/api/v1/parks/nowhere/").json()
    assert (none["district"], none["district_en"], none["district_zh_hans"]) == ("", "", "")
