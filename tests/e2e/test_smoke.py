import pytest

from tests.e2e.conftest import check_page
from tests.factories import make_park


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_home_page_in_a_real_browser(page, transactional_db, language):
    make_park()
    page.goto(f"/{language}/")
    assert page.locator("h1").count() == 1
    heading = "Parks" if language == "en" else "园区"
    page.get_by_role("navigation", name="Main" if language == "en" else "主导航").get_by_role(
        "link", name=heading
    ).click()
    page.wait_for_url(f"**/{language}/parks/")
    check_page(page, f"parks-{language}")
