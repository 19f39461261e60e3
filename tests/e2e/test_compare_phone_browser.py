"""The comparison on a phone: the page never scrolls sideways; the table scrolls inside its own
region, by touch or keyboard, with the figures' names kept in view at its left."""

import pytest

from tests.e2e.conftest import ARTIFACTS, check_page
from tests.factories import ensure_place, make_figures, make_park

PARKS = [
    ("dongying-edz", "Dongying Economic and Technological Development Zone", "东营经济技术开发区"),
    ("hekou-edz", "Hekou Economic Development Zone", "河口经济开发区"),
    ("kenli-aht", "Kenli Agricultural High-tech Zone", "垦利农业高新技术产业示范区"),
    ("shashi-park", "Shashi Petroleum Machinery Industrial Park", "沙市石油机械产业园"),
]  # fmt: skip
DISTRICTS = ["hekou-district", "hekou-district", "kenli-district", "shashi-district"]
NAMES = {"en": "Total land", "zh-hans": "总面积"}
LABELS = {
    "en": "The parks side by side; it scrolls sideways",
    "zh-hans": "园区并列对比表，可左右滚动",
}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_comparison_scrolls_in_its_region_on_a_phone(new_page, transactional_db, language):
    for (slug, en, zh), district in zip(PARKS, DISTRICTS, strict=True):
        ensure_place("district", district)
        city = "jingzhou" if district == "shashi-district" else "dongying"
        province = "hubei" if city == "jingzhou" else "shandong"
        park = make_park(
            slug=slug, name_en=en, name_zh_hans=zh, province=province, city=city, district=district
        )
        make_figures(park)
    page = new_page(width=375, height=812, locale="zh-CN" if language == "zh-hans" else "en-US")
    page.goto(f"/{language}/compare/?parks=" + "&parks=".join(slug for slug, _en, _zh in PARKS))

    # The page itself is no wider than the phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth") == 375

    region = page.locator(".table-scroll[role=region]")
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label") == LABELS[language]
    sizes = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert sizes[0] > sizes[1]  # four parks are wider than a phone: the region scrolls
    check_page(page, f"compare-phone-{language}")

    name = page.locator("th[scope=row]", has_text=NAMES[language])
    cell = name.locator("xpath=following-sibling::td[1]")
    before = name.bounding_box()["x"], cell.bounding_box()["x"]

    # Reached by the keyboard (Tab), scrolled with the arrow keys.
    for _press in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('table-scroll')"):
            break
    else:
        pytest.fail("the table's region is not reached with the Tab key")
    for _press in range(8):
        page.keyboard.press("ArrowRight")
    for _wait in range(50):  # smooth scrolling takes a moment
        if region.evaluate("el => el.scrollLeft") > 100:
            break
        page.wait_for_timeout(100)
    assert region.evaluate("el => el.scrollLeft") > 100

    after = name.bounding_box()["x"], cell.bounding_box()["x"]
    assert after[0] == pytest.approx(before[0], abs=1)  # the figures' names stay in view
    assert after[1] < before[1] - 100  # the parks' figures moved under them
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.evaluate("window.scrollX") == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"compare-phone-{language}-scrolled.png"))
    check_page(page, f"compare-phone-{language}-scrolled-full")
