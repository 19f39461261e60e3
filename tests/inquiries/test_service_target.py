"""The service target: the first answer is due two working days after arrival, or it is overdue."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from inquiries.workdays import add_working_days
from tests.factories import make_inquiry

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/inquiries/inquiry/"
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 4, 9, 0)),  # Monday -> Wednesday
        (datetime(2026, 3, 5, 15, 0), datetime(2026, 3, 9, 15, 0)),  # Thursday -> Monday
        (datetime(2026, 3, 6, 15, 0), datetime(2026, 3, 10, 15, 0)),  # Friday -> Tuesday
        (datetime(2026, 3, 7, 10, 0), datetime(2026, 3, 10, 10, 0)),  # Saturday -> Tuesday
        (datetime(2026, 3, 8, 10, 0), datetime(2026, 3, 10, 10, 0)),  # Sunday -> Tuesday
    ],
)
def test_two_working_days_skip_the_weekend(start, due):
    start, due = start.replace(tzinfo=SHANGHAI), due.replace(tzinfo=SHANGHAI)
    assert add_working_days(start, 2) == due


def test_the_service_target_comes_from_the_setting(settings):
    settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS = 5
    inquiry = make_inquiry()
    assert inquiry.respond_by - inquiry.created_at >= timedelta(days=7) - timedelta(seconds=1)


@pytest.fixture
def mixed_inquiries():
    past = timezone.now() - timedelta(days=1)
    return {
        "late": make_inquiry(respond_by=past, name="Late"),
        "late-assigned": make_inquiry(respond_by=past, status="assigned", name="Late assigned"),
        "answered": make_inquiry(respond_by=past, status="answered", name="Answered"),
        "closed": make_inquiry(respond_by=past, status="closed", name="Closed"),
        "spam": make_inquiry(respond_by=past, status="spam", name="Spam"),
        "fresh": make_inquiry(name="Fresh"),
    }


def test_overdue_inquiries_are_flagged_and_filterable(officer_client, mixed_inquiries):
    overdue = officer_client.get(CHANGELIST, {"overdue": "yes"}).context["cl"]
    assert {i.name for i in overdue.result_list} == {"Late", "Late assigned"}
    on_time = officer_client.get(CHANGELIST, {"overdue": "no"}).context["cl"]
    assert {i.name for i in on_time.result_list} == {"Answered", "Closed", "Spam", "Fresh"}
    assert mixed_inquiries["late"].is_overdue
    assert not mixed_inquiries["fresh"].is_overdue
    html = officer_client.get(CHANGELIST).content.decode()
    assert "Overdue" in html  # the filter
    assert html.count('alt="True"') == 2  # the flag in the overdue column
