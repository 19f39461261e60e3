"""A <time datetime> is always a valid date: one without a year is written as plain text."""

import re

import pytest

from tests.factories import make_agreement, make_news

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_date_without_a_year_has_no_datetime_attribute(client, language):
    yearless = make_agreement(slug="yearless", year=None, month=6, day=30)
    make_agreement(slug="dated")
    make_news(slug="yearless-news", year=None, month=6, day=30)
    pages = [
        f"/{language}/agreements/",
        f"/{language}/agreements/yearless/",
        f"/{language}/news/",
        f"/{language}/news/yearless-news/",
    ]
    for page in pages:
        html = client.get(page).content.decode()
        assert ("6月30日" if language == "zh-hans" else "30 June") in html, page
        datetimes = re.findall(r'<time datetime="([^"]*)"', html)
        assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}", value) for value in datetimes), page
    register = client.get(f"/{language}/agreements/").content.decode()
    assert '<time datetime="2021-05-26">' in register
    assert yearless.date_iso == "--06-30"  # the open data keeps ISO 8601's yearless form
