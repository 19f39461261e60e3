"""The admin's home page: each member of staff sees what needs doing, and each count is the
length of the filtered list its link opens."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from common.translation import TranslationStatus
from tests.factories import make_inquiry, make_news, make_park

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


def links(html):
    """Each link of the dashboard panels: its text and where it leads."""
    panels = html.split('id="content-main"')[1].split('class="app-')[0]
    return {
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip(): href.replace("&amp;", "&")
        for href, text in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', panels, re.S)
    }


def listed(client, url):
    """How many rows an admin changelist shows."""
    return client.get(url).context["cl"].result_count


@pytest.fixture
def inquiries(clock, officer, django_user_model):
    park = make_park(slug="park-a", name_en="Park A", name_zh_hans="甲园区")
    clock.move_to(datetime(2026, 2, 2, 9, tzinfo=SHANGHAI), tick=False)
    late = make_inquiry(organisation="Late Valve GmbH", park=park)  # due 4 February
    clock.move_to(datetime(2026, 2, 3, 9, tzinfo=SHANGHAI), tick=False)
    later = make_inquiry(organisation="Later Pumps Ltd", assignee=officer, park=park)
    clock.move_to(datetime(2026, 3, 4, 9, tzinfo=SHANGHAI), tick=False)
    fresh = make_inquiry(organisation="Fresh Drilling AG", assignee=officer)  # due 6 March
    answered = make_inquiry(organisation="Answered Ltd", park=park)
    answered.status = "answered"
    answered.save()
    clock.move_to(datetime(2026, 3, 4, 10, tzinfo=SHANGHAI), tick=False)
    return late, later, fresh, answered


def test_an_officer_sees_overdue_inquiries_first_and_every_count_opens_its_list(
    officer_client, inquiries
):
    late, later, fresh, answered = inquiries
    html = officer_client.get("/admin/").content.decode()
    found = links(html)
    assert found["2 overdue"] and found["2 waiting in my queue"]
    assert listed(officer_client, found["2 overdue"]) == 2
    assert listed(officer_client, found["2 waiting in my queue"]) == 2  # later and fresh
    # The overdue table, the longest overdue first, comes before the other figures.
    overdue = html.split("Overdue, the longest overdue first")[1].split("</table>")[0]
    assert overdue.index(later.reference) > overdue.index(late.reference) > 0
    assert fresh.reference not in overdue and answered.reference not in overdue
    assert listed(officer_client, found["Answered"]) == 1
    assert listed(officer_client, found["Park A"]) == 2  # waiting for a first answer
    assert html.index("inquiries-heading") < html.index("app-inquiries")


def test_the_dashboard_speaks_chinese(officer_client, inquiries):
    html = officer_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "2 条已逾期" in html and "甲园区" in html


def test_an_editor_sees_content_work_and_no_inquiry(client, editor, inquiries):
    make_park(slug="draft", is_published=False, translation_status_zh_hans="translated")
    make_news(slug="untranslated", translation_status_zh_hans=TranslationStatus.MISSING)
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "inquiries-heading" not in html and "Late Valve" not in html
    content = html.split('id="content-heading"')[1].split("</section>")[0]
    rows = {
        re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip(): re.findall(
            r'<td><a href="([^"]+)">(\d+)</a></td>', row
        )
        for row in content.split("<tr>")[2:]
    }
    assert rows["Parks"][0][1] == "1" and rows["Parks"][3][1] == "1"  # awaiting; unpublished
    for kind, cells in rows.items():
        for url, count in cells:
            assert listed(client, url.replace("&amp;", "&")) == int(count), (kind, url)
