"""A newcomer finds the open data: a filtered list downloaded from its page as CSV, and the
documentation page, in each language, with an accessibility check."""

import csv
import io
from pathlib import Path

import pytest

from tests.e2e.conftest import check_page

FOOTER = {"en": "Open data", "zh-hans": "开放数据"}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_download_a_filtered_list_and_read_the_documentation(page, seeded, language):
    page.goto(f"/{language}/parks/?city=dongying")
    check_page(page, f"open-data-parks-{language}")
    link = page.locator(".downloads").get_by_role("link", name="CSV", exact=True)
    assert link.get_attribute("href") == "/api/v1/downloads/parks.csv?city=dongying"
    with page.expect_download() as download:
        link.click()
    raw = Path(download.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and {row["city"] for row in rows} == {"dongying"}
    assert any(row["name_zh_hans"] for row in rows)

    page.get_by_role("contentinfo").get_by_role("link", name=FOOTER[language]).click()
    page.wait_for_url(f"**/{language}/open-data/")
    check_page(page, f"open-data-documentation-{language}")
    assert page.locator('a[href="/api/v1/openapi.json"]').count() == 1
