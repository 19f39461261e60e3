"""A visitor's journeys through the seeded site, in each language, with an accessibility check
on every page visited."""

import re

import pytest

from parks.models import CooperationAgreement, InvestmentOpportunity
from tests.e2e.conftest import check_page

LABELS = {
    "en": {"main": "Main", "parks": "Parks", "agreements": "Agreements", "search": "Search"},
    "zh-hans": {"main": "主导航", "parks": "园区", "agreements": "合作协议", "search": "搜索"},
}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_home_to_park_to_opportunity_to_inquiry(page, seeded, language):
    labels = LABELS[language]
    opportunity = (
        InvestmentOpportunity.objects.published()
        .filter(park__is_published=True)
        .select_related("park")
        .order_by("slug")
        .first()
    )
    assert opportunity is not None, "the seeds give at least one opportunity in a park"
    park = opportunity.park

    page.goto(f"/{language}/")
    check_page(page, f"journey-home-{language}")
    page.get_by_role("navigation", name=labels["main"]).get_by_role(
        "link", name=labels["parks"], exact=True
    ).click()
    page.wait_for_url(f"**/{language}/parks/")
    check_page(page, f"journey-parks-{language}")

    page.locator(f'a[href="/{language}/parks/{park.slug}/"]').first.click()
    page.wait_for_url(f"**/{language}/parks/{park.slug}/")
    check_page(page, f"journey-park-{language}")

    page.locator(f'a[href="/{language}/opportunities/{opportunity.slug}/"]').first.click()
    page.wait_for_url(f"**/{language}/opportunities/{opportunity.slug}/")
    check_page(page, f"journey-opportunity-{language}")

    button = page.locator(f'a[href="/{language}/inquiry/?opportunity={opportunity.slug}"]')
    assert button.count() == 1
    with page.expect_navigation() as navigation:
        button.click()
    assert navigation.value.status == 200
    page.wait_for_url(f"**/{language}/inquiry/?opportunity={opportunity.slug}")
    form = page.locator('main form[method="post"]')
    assert form.count() == 1
    check_page(page, f"journey-inquiry-{language}")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_filter_agreements_by_year_and_park(page, seeded, language):
    agreement = (
        CooperationAgreement.objects.published()
        .in_register()
        .filter(park__is_published=True, year__isnull=False)
        .select_related("park")
        .order_by("slug")
        .first()
    )
    assert agreement is not None, "the seeds give at least one dated agreement in a park"
    year_value = str(agreement.year)
    page.goto(f"/{language}/agreements/")
    check_page(page, f"agreements-{language}")
    page.locator(f".facet a[href='?year={year_value}']").click()
    page.wait_for_url(re.compile(rf"year={year_value}"))
    page.locator(f".facet a[href*='park={agreement.park.slug}']").click()
    page.wait_for_url(re.compile(rf"year={year_value}.*park=|park=.*year={year_value}"))
    check_page(page, f"agreements-filtered-{language}")
    dates = page.locator(".timeline time").all_inner_texts()
    assert dates and all(year_value in d for d in dates)
    selected = page.locator(".facet a.selected")
    assert selected.count() == 2


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [("zh-hans", "威飞", "威飞海洋装备制造有限公司"), ("en", "weifei", "Weifei Offshore")],
)
def test_search_and_open_a_result(page, seeded, language, query, expected):
    page.goto(f"/{language}/")
    box = page.get_by_role("search").get_by_role("searchbox")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    check_page(page, f"search-{language}")
    page.locator(".search-results a", has_text=re.compile(expected[:4], re.I)).first.click()
    page.wait_for_load_state()
    assert expected.lower() in page.locator("h1").inner_text().lower()
    check_page(page, f"search-result-{language}")


def test_switching_language_on_a_detail_page_keeps_the_record(page, seeded):
    page.goto("/en/enterprises/weifei-offshore-equipment/")
    assert "Weifei" in page.locator("h1").inner_text()
    page.get_by_role("navigation", name="Language").get_by_role("link", name="简体中文").click()
    page.wait_for_url("**/zh-hans/enterprises/weifei-offshore-equipment/")
    assert "威飞海洋装备制造有限公司" in page.locator("h1").inner_text()
    check_page(page, "switch-zh-hans")
    page.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/enterprises/weifei-offshore-equipment/")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_phone_width_pages(new_page, seeded, language):
    page = new_page(width=390, height=844)
    for path in ["", "parks/", "news/", "enterprises/weifei-offshore-equipment/"]:
        page.goto(f"/{language}/{path}")
        check_page(page, f"phone-{language}-{path.replace('/', '_') or 'home'}")
