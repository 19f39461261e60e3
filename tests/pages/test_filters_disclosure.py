"""Every list's filters sit in a disclosure (closed: a phone shows the results first) whose
summary says how many filters are active."""

import re

import pytest

from tests.factories import make_park, make_sector

pytestmark = pytest.mark.django_db
LISTS = ["parks", "enterprises", "opportunities", "agreements", "news", "policies"]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("path", LISTS)
def test_the_filters_are_in_a_closed_disclosure(client, path, language):
    html = client.get(f"/{language}/{path}/").content.decode()
    disclosure = re.search(
        r'<details class="facets-disclosure">\s*<summary>(.*?)</summary>', html, re.S
    )
    assert disclosure, path
    assert ("筛选" if language == "zh-hans" else "Filter") in disclosure.group(1)
    assert '<details class="facets-disclosure" open' not in html


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_summary_counts_the_active_filters(client, language):
    sector = make_sector()
    make_park().sectors.add(sector)
    html = client.get(f"/{language}/parks/?sector={sector.slug}&city=dongying").content.decode()
    summary = re.search(r"<summary>(.*?)</summary>", html, re.S).group(1)
    assert ("已选 2 项" if language == "zh-hans" else "2 active") in summary
