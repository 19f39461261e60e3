"""The records the fact-check added, as a visitor sees them in both languages."""

import pytest

from tests.e2e.conftest import check_page


@pytest.mark.parametrize(
    ("language", "kind", "quote"),
    [
        ("en", "Tourism zone", "河口区孤岛槐树林温泉旅游区"),
        ("zh-hans", "旅游区", "河口区孤岛槐树林温泉旅游区"),
    ],
)
def test_a_tourist_area_and_its_signing_in_a_real_browser(page, seeded, language, kind, quote):
    page.goto(f"/{language}/parks/gudao-locust-forest-hot-spring-tourist-area/")
    assert page.locator("h1").count() == 1
    body = page.locator("main").inner_text()
    assert kind in body and quote in body
    check_page(page, f"coverage-tourist-area-{language}")
    page.locator(
        'a[href$="/agreements/gudao-locust-blossom-festival-travel-agencies-signing/"]'
    ).first.click()
    page.wait_for_url("**/agreements/gudao-locust-blossom-festival-travel-agencies-signing/")
    assert ("Other signing" if language == "en" else "其他签约") in page.locator(
        "main"
    ).inner_text()
    check_page(page, f"coverage-travel-agencies-signing-{language}")
