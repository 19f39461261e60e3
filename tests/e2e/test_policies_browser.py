"""Policies in a real browser, both languages; a list on a phone shows its results first."""

import io
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from parks.models import ParkImage
from tests.e2e.conftest import ARTIFACTS, check_page
from tests.factories import make_opportunity, make_park, make_sector
from tests.policies.factories import make_policy

LANGUAGES = ["en", "zh-hans"]
LOCALES = {"en": "en-US", "zh-hans": "zh-CN"}


@pytest.fixture
def policies(clock, transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    sector = make_sector()
    park = make_park(latitude=Decimal("37.43400"), longitude=Decimal("118.58000"))
    make_opportunity(park=park)
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 80, 160)).save(out, format="PNG")
    picture = ParkImage(park=park, alt_en="The park's gate", alt_zh_hans="园区大门")
    picture.image.save("gate.png", ContentFile(out.getvalue()), save=False)
    picture.thumbnail_small = picture.image.name
    picture.save()
    for i in range(8):
        make_policy(
            slug=f"policy-{i}",
            title_en=f"Talent measure {i}",
            title_zh_hans=f"人才措施{i}",
            parks=[park],
            sectors=[sector],
            valid_from_year=2021,
            valid_until_year=2024 + i,  # on 4 March 2026, the first two have expired
        )
    return park


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_filters_policies_and_reads_one(new_page, policies, language):
    page = new_page(locale=LOCALES[language])
    page.goto(f"/{language}/policies/")
    check_page(page, f"policy-list-{language}")
    in_force = "有效" if language == "zh-hans" else "In force"
    page.locator(".facet a", has_text=in_force).first.click()
    page.wait_for_url("**validity=in_force")
    assert page.locator(".cards > li").count() == 6
    page.locator(".cards > li a").first.click()
    page.wait_for_url(f"**/{language}/policies/policy-*/")
    assert page.locator("h1").count() == 1
    check_page(page, f"policy-detail-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_park_page_shows_its_policies_pictures_and_place(new_page, policies, language):
    page = new_page(locale=LOCALES[language])
    page.goto(f"/{language}/parks/{policies.slug}/")
    heading = "适用的政策与优惠" if language == "zh-hans" else "Policies and incentives that apply"
    assert page.get_by_role("heading", name=heading).is_visible()
    assert page.locator(".park-map .map-park").is_visible()  # its position on the site's map
    alt = "园区大门" if language == "zh-hans" else "The park's gate"
    assert page.get_by_role("img", name=alt).is_visible()
    check_page(page, f"park-policies-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_results_come_first_and_the_filters_are_one_tap_away(
    new_page, policies, language
):
    page = new_page(width=390, height=844, locale=LOCALES[language])
    page.goto(f"/{language}/policies/")
    first_result = page.locator(".cards > li").first
    assert first_result.bounding_box()["y"] < 844  # on the first screen
    facet_link = page.locator(".facet a").first
    assert not facet_link.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"policy-list-phone-{language}.png"))
    page.locator(".facets-disclosure > summary").click()
    assert facet_link.is_visible()
    check_page(page, f"policy-list-phone-filters-open-{language}")


def test_on_a_wide_screen_the_filters_are_shown_without_a_tap(page, policies):
    page.goto("/en/policies/")
    assert page.locator(".facet a").first.is_visible()
