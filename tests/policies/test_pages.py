"""The policy list and page, and the policies shown on park and opportunity pages."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from news.models import Citation
from parks.views import LISTED_ON_A_PAGE
from policies.models import Policy
from tests.factories import cite, make_news, make_opportunity, make_park, make_sector

from .factories import make_policy

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "zh-hans"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def dated(clock):
    """On 4 March 2026 (the clock): one policy of each validity."""
    make_policy(slug="in-force", valid_from_year=2025, valid_until_year=2026, valid_until_month=3)
    make_policy(slug="expired", valid_from_year=2020, valid_until_year=2026, valid_until_month=2)
    make_policy(slug="upcoming", valid_from_year=2026, valid_from_month=3, valid_from_day=5)
    make_policy(slug="undated")
    make_policy(slug="hidden", is_published=False)


def listed(response):
    return [policy.slug for policy in response.context["object_list"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_tells_in_force_from_expired_on_the_day_of_the_visit(client, dated, language):
    response = client.get(url("policies:list", language))
    assert response.status_code == 200
    assert sorted(listed(response)) == ["expired", "in-force", "undated", "upcoming"]
    html = response.content.decode()
    english = ["In force", "Expired", "Not yet in force", "Dates not stated"]
    chinese = ["有效", "已失效", "尚未生效", "未注明日期"]
    for label in english if language == "en" else chinese:
        assert label in html
    for validity, slug in [
        ("in_force", "in-force"),
        ("expired", "expired"),
        ("upcoming", "upcoming"),
        ("undated", "undated"),
    ]:
        filtered = client.get(url("policies:list", language) + f"?validity={validity}")
        assert listed(filtered) == [slug]


def test_a_policy_expires_when_the_clock_passes_its_last_day(client, dated, clock):
    assert listed(client.get("/en/policies/?validity=in_force")) == ["in-force"]
    clock.move_to("2026-04-01T10:00:00+08:00")
    assert sorted(listed(client.get("/en/policies/?validity=expired"))) == ["expired", "in-force"]


def test_the_list_filters_by_scope_sector_and_park(client):
    sector = make_sector()
    park = make_park()
    make_policy(slug="city-wide", scope=Policy.Scope.CITY, sectors=[sector])
    make_policy(slug="in-the-park", scope=Policy.Scope.PARK, parks=[park])
    assert listed(client.get("/en/policies/?scope=city")) == ["city-wide"]
    assert listed(client.get(f"/en/policies/?sector={sector.slug}")) == ["city-wide"]
    assert listed(client.get(f"/en/policies/?park={park.slug}")) == ["in-the-park"]
    response = client.get("/en/policies/?park=no-such-park")
    assert listed(response) == []
    assert response.context["invalid_filter"]


@pytest.mark.parametrize("rows", [3, 30])
def test_the_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, clock, rows):
    sector, park = make_sector(), make_park()
    for i in range(rows):
        make_policy(slug=f"policy-{i:02d}", sectors=[sector], parks=[park], valid_from_year=2020)
    with django_assert_num_queries(7):
        response = client.get(f"/en/policies/?park={park.slug}&sector={sector.slug}")
    assert len(response.context["object_list"]) == min(rows, 24)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_policy_page_says_who_issued_it_where_and_until_when(client, clock, language):
    park = make_park()
    make_park(slug="hidden-park", name_en="Hidden park", is_published=False)
    policy = make_policy(
        parks=[park], valid_from_year=2021, valid_from_month=5, valid_until_year=2027
    )
    response = client.get(url("policies:detail", language, slug=policy.slug))
    html = response.content.decode()
    assert response.status_code == 200
    assert ("利津县" if language == "zh-hans" else "Lijin County") in html
    assert '<time datetime="2021-05">' in html and '<time datetime="2027">' in html
    assert park.get_absolute_url().replace("/en/", f"/{language}/") in html
    assert "Hidden park" not in html
    assert ("由工作人员录入" if language == "zh-hans" else "Entered by staff") in html


def test_a_policy_from_the_news_cites_its_words(client):
    policy = make_policy()
    news = make_news()
    cite(news, policy, quote="14条人才政策，共41个政策支持点")
    html = client.get(policy.get_absolute_url()).content.decode()
    assert "14条人才政策，共41个政策支持点" in html
    assert news.get_absolute_url() in html
    assert "Entered by staff" not in html
    assert Citation.field_for(Policy) == "policy"


def test_a_hidden_policy_is_not_found(client):
    policy = make_policy(is_published=False)
    assert client.get(policy.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("rows", [3, 30])
def test_a_policy_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, rows):
    parks = [make_park(slug=f"park-{i:02d}") for i in range(rows)]
    policy = make_policy(parks=parks, sectors=[make_sector()])
    with django_assert_num_queries(5):
        response = client.get(policy.get_absolute_url())
    assert len(response.context["object"].listed_parks) == min(rows, LISTED_ON_A_PAGE + 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_park_page_lists_the_policies_that_apply_to_it(client, clock, language):
    park, other = make_park(), make_park(slug="other")
    make_policy(slug="in-the-park", title_en="Park rule", title_zh_hans="园区规定", parks=[park])
    make_policy(slug="national", title_en="National rule", title_zh_hans="国家规定",
                scope=Policy.Scope.NATIONAL)  # fmt: skip
    make_policy(slug="elsewhere", title_en="Other rule", title_zh_hans="别处规定", parks=[other])
    make_policy(slug="hidden", title_en="Hidden rule", title_zh_hans="隐藏规定", parks=[park],
                is_published=False)  # fmt: skip
    html = client.get(url("parks:park_detail", language, slug=park.slug)).content.decode()
    heading = "适用的政策与优惠" if language == "zh-hans" else "Policies and incentives that apply"
    assert heading in html
    zh = language == "zh-hans"
    assert ("园区规定" if zh else "Park rule") in html
    assert ("国家规定" if zh else "National rule") in html
    assert ("别处规定" if zh else "Other rule") not in html
    assert ("隐藏规定" if zh else "Hidden rule") not in html


def test_a_park_page_lists_a_bounded_number_of_policies_and_links_to_them_all(client):
    park = make_park()
    for i in range(LISTED_ON_A_PAGE + 3):
        make_policy(slug=f"policy-{i:02d}", parks=[park])
    html = client.get(park.get_absolute_url()).content.decode()
    assert len(re.findall(r'href="/en/policies/policy-\d\d/"', html)) == LISTED_ON_A_PAGE
    assert f'href="/en/policies/?park={park.slug}"' in html
    full = client.get(f"/en/policies/?park={park.slug}")
    assert full.context["paginator"].count == LISTED_ON_A_PAGE + 3


def test_a_park_page_without_policies_says_nothing_of_them(client):
    park = make_park()
    html = client.get(park.get_absolute_url()).content.decode()
    assert "Policies and incentives that apply" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_opportunity_page_lists_its_own_and_its_parks_policies(client, language):
    park = make_park()
    opportunity = make_opportunity(park=park)
    make_policy(slug="own", title_en="Own rule", title_zh_hans="自身规定",
                opportunities=[opportunity])  # fmt: skip
    make_policy(slug="parks", title_en="Park rule", title_zh_hans="园区规定", parks=[park])
    make_policy(slug="other", title_en="Other rule", title_zh_hans="别处规定")
    html = client.get(
        url("parks:opportunity_detail", language, slug=opportunity.slug)
    ).content.decode()
    zh = language == "zh-hans"
    assert ("自身规定" if zh else "Own rule") in html
    assert ("园区规定" if zh else "Park rule") in html
    assert ("别处规定" if zh else "Other rule") not in html


def test_policies_are_found_by_search_and_listed_in_the_sitemap(client):
    policy = make_policy()
    found = client.get("/en/search/?q=talent").content.decode()
    assert policy.get_absolute_url() in found
    found = client.get("/zh-hans/search/?q=人才").content.decode()
    assert "/zh-hans/policies/talent-measures/" in found
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "policies" in sitemap
    section = client.get("/sitemap-policies.xml").content.decode()
    assert "/en/policies/talent-measures/" in section
    assert "/zh-hans/policies/talent-measures/" in section


def test_a_park_page_lists_the_policies_in_force_first(client, clock):
    park = make_park()
    make_policy(slug="expired", parks=[park], valid_from_year=2025, valid_until_year=2025)
    make_policy(slug="in-force", parks=[park], valid_from_year=2020)
    html = client.get(park.get_absolute_url()).content.decode()
    assert html.index("/en/policies/in-force/") < html.index("/en/policies/expired/")
