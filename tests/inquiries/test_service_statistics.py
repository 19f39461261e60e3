"""The public page of how quickly inquiries are answered: figures from the data, no names."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache

from inquiries.models import Inquiry
from tests.factories import make_inquiry

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*parts):
    return datetime(*parts, tzinfo=SHANGHAI)


def arrive(clock, when, **fields):
    clock.move_to(when, tick=False)
    return make_inquiry(**fields)


def answer(clock, inquiry, when):
    clock.move_to(when, tick=False)
    inquiry.status = Inquiry.Status.ANSWERED
    inquiry.save()


@pytest.fixture
def history(clock):
    """Q4 2025: one answered in 5 hours, one after 4 days (late), one spam.
    Q1 2026 (now: Wednesday 4 March 2026): one answered in 30 minutes, one overdue, one not
    yet due."""
    quick = arrive(clock, at(2025, 11, 3, 9), name="Quick Investor", email="quick@example.com")
    answer(clock, quick, at(2025, 11, 3, 14))
    slow = arrive(clock, at(2025, 12, 1, 9))  # a Monday: due Wednesday 3 December
    answer(clock, slow, at(2025, 12, 5, 9))
    arrive(clock, at(2025, 12, 2, 9), status=Inquiry.Status.SPAM)
    fast = arrive(clock, at(2026, 1, 5, 9))
    answer(clock, fast, at(2026, 1, 5, 9, 30))
    arrive(clock, at(2026, 2, 2, 9))  # due 4 February, never answered
    arrive(clock, at(2026, 3, 4, 9))  # due 6 March: not yet due
    clock.move_to(at(2026, 3, 4, 10), tick=False)


def rows(html):
    import re

    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [
        [
            re.sub(r"<[^>]+>", "", cell).split()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_each_quarter_shows_arrivals_answers_the_share_on_time_and_the_median_wait(client, history):
    html = client.get("/en/inquiry/service/").content.decode()
    assert rows(html)[:2] == [
        [["Q1", "2026"], ["3"], ["1"], ["50%", "(1", "of", "2)"], ["under", "an", "hour"]],
        [["Q4", "2025"], ["2"], ["2"], ["50%", "(1", "of", "2)"], ["2.1", "days"]],
    ]
    assert "within 2 working days" in html


def test_the_page_speaks_chinese_and_names_no_one(client, history):
    html = client.get("/zh-hans/inquiry/service/").content.decode()
    assert "2026年第1季度" in html and "2025年第4季度" in html
    for inquiry in Inquiry.objects.all():
        for personal in (inquiry.name, inquiry.email, inquiry.organisation, inquiry.reference):
            assert personal not in html


def test_quarters_before_the_first_inquiry_are_not_shown(client, clock):
    html = client.get("/en/inquiry/service/").content.decode()
    assert "No inquiries have been received yet." in html
    arrive(clock, at(2026, 2, 2, 9))
    clock.move_to(at(2026, 7, 1, 9), tick=False)
    cache.clear()  # the page as its cached copy expires (inquiries are not public content)
    quarters = [row[0] for row in rows(client.get("/en/inquiry/service/").content.decode())]
    assert quarters == [["Q3", "2026"], ["Q2", "2026"], ["Q1", "2026"]]


def test_the_footer_links_to_the_page(client):
    assert 'href="/en/inquiry/service/"' in client.get("/en/").content.decode()
