"""The comparison page and the PDF profiles, in both languages."""

import io
from datetime import date
from decimal import Decimal

import pypdf
import pytest

from figures.models import ExchangeRate, ParkFigure
from tests.factories import make_park, make_sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def parks():
    first = make_park(slug="first", name_en="First Zone", name_zh_hans="第一园区")
    second = make_park(slug="second", name_en="Second Zone", name_zh_hans="第二园区")
    ParkFigure.objects.create(park=first, kind="land_available", value=Decimal(300), unit="mu",
                              last_verified=date(2026, 1, 5))  # fmt: skip
    ParkFigure.objects.create(park=second, kind="land_available", value=Decimal(40), unit="ha")
    ParkFigure.objects.create(park=second, kind="typical_wage", value=Decimal(7250),
                              unit="per_month", currency="CNY")  # fmt: skip
    return first, second


def text(response):
    return response.content.decode()


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)


def test_two_parks_side_by_side_in_the_chosen_units_and_currency(client, parks):
    ExchangeRate.objects.create(cny_per_usd=Decimal("7.25"), as_of=date(2026, 3, 1))
    html = text(client.get("/en/compare/?parks=first&parks=second&area=ha&currency=USD"))
    assert html.index("First Zone") < html.index("Second Zone")
    assert "20 hectares" in html and "40 hectares" in html
    assert "USD 1,000 a month" in html and "1 USD = 7.25 CNY" in html
    assert html.count("—") >= 1  # the first park gives no wage
    zh = text(client.get("/zh-hans/compare/?parks=first,second"))
    assert "园区对比" in zh and "300亩" in zh and "40公顷" in zh and "7,250元/月" in zh


def test_an_unpublished_or_unknown_park_is_not_compared(client, parks):
    make_park(slug="hidden", name_en="Hidden Zone", is_published=False)
    html = text(client.get("/en/compare/?parks=first&parks=hidden&parks=nowhere"))
    assert "First Zone" in html and "Hidden Zone" not in html


def test_adding_by_name_and_removing_keep_the_choice_in_the_url(client, parks):
    response = client.get("/en/compare/?parks=first&add=第二")
    assert response.status_code == 302
    assert response["Location"] == "/en/compare/?parks=first&parks=second"
    response = client.get("/en/compare/?parks=first&parks=second&remove=first&area=m2")
    assert response["Location"] == "/en/compare/?parks=second&area=m2"


def test_at_most_four_parks(client, parks):
    for n in range(3, 7):
        make_park(slug=f"park-{n}")
    query = "&".join(f"parks={s}" for s in ["first", "second", "park-3", "park-4", "park-5"])
    response = client.get(f"/en/compare/?{query}")
    assert len(response.context["parks"]) == 4


def test_the_park_list_offers_a_comparison_and_the_park_page_links_to_it(client, parks):
    parks[0].sectors.add(make_sector(), make_sector(slug="oilfield-services"))
    html = text(client.get("/en/parks/"))
    assert html.count('form="compare-parks" name="parks" value="first"') == 1  # one per park
    assert 'id="compare-parks"' in html and 'action="/en/compare/"' in html
    detail = text(client.get("/zh-hans/parks/first/"))
    assert 'href="/zh-hans/compare/?parks=first"' in detail
    assert 'href="/zh-hans/parks/first/profile.pdf"' in detail


@pytest.mark.parametrize("rows", [2, 4])
def test_the_comparison_runs_a_fixed_number_of_queries(client, django_assert_num_queries, rows):
    slugs = []
    for n in range(rows):
        park = make_park(slug=f"p{n}")
        ParkFigure.objects.create(park=park, kind="land_total", value=n + 1, unit="mu")
        slugs.append(park.slug)
    with django_assert_num_queries(3):  # the parks, their figures, the exchange rate
        client.get("/en/compare/?currency=USD&" + "&".join(f"parks={s}" for s in slugs))


def test_a_park_profile_pdf_in_each_language(client, parks):
    english = pdf_text(client.get("/en/parks/first/profile.pdf?area=ha"))
    assert "First Zone" in english and "Land available" in english and "20 hectares" in english
    assert "Entered by park staff" in english
    chinese = pdf_text(client.get("/zh-hans/parks/first/profile.pdf"))
    assert "第一园区" in chinese and "可供土地" in chinese and "300亩" in chinese


def test_a_comparison_pdf_and_its_cache(client, parks, django_capture_on_commit_callbacks):
    url = "/zh-hans/compare/profile.pdf?parks=first&parks=second"
    chinese = pdf_text(client.get(url))
    assert "第一园区" in chinese and "第二园区" in chinese and "7,250元/月" in chinese
    assert client.get(url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        ParkFigure.objects.filter(kind="typical_wage").update(value=Decimal(8000))
        ParkFigure.objects.get(kind="typical_wage").save()
    assert "8,000元/月" in pdf_text(client.get(url))


def test_no_pdf_for_an_unpublished_park(client):
    make_park(slug="hidden", is_published=False)
    assert client.get("/en/parks/hidden/profile.pdf").status_code == 404
    assert client.get("/en/compare/profile.pdf").status_code == 404
