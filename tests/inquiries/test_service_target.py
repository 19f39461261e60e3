"""The service target: the first answer is due two working days after arrival, or it is overdue."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from inquiries.models import Inquiry
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


# Arrivals through a whole week, at the hours that catch off-by-one-day mistakes.
ARRIVALS = {
    "monday": datetime(2026, 3, 2, 9, 0),
    "wednesday": datetime(2026, 3, 4, 10, 0),
    "thursday-late": datetime(2026, 3, 5, 23, 30),
    "friday": datetime(2026, 3, 6, 15, 0),
    "saturday": datetime(2026, 3, 7, 10, 0),
    "sunday-just-before-midnight": datetime(2026, 3, 8, 23, 59),
}


@pytest.mark.parametrize(
    ("arrival", "due"),
    [
        ("monday", datetime(2026, 3, 9, 9, 0)),
        ("wednesday", datetime(2026, 3, 11, 10, 0)),
        ("thursday-late", datetime(2026, 3, 12, 23, 30)),
        ("friday", datetime(2026, 3, 13, 15, 0)),
        ("saturday", datetime(2026, 3, 13, 10, 0)),  # five working days: Monday to Friday
        ("sunday-just-before-midnight", datetime(2026, 3, 13, 23, 59)),
    ],
)
def test_the_service_target_comes_from_the_setting(clock, settings, arrival, due):
    settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS = 5
    clock.move_to(ARRIVALS[arrival].replace(tzinfo=SHANGHAI))
    inquiry = make_inquiry()
    assert inquiry.respond_by == due.replace(tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("arrival", "due"),
    [
        ("monday", datetime(2026, 3, 4, 9, 0)),
        ("wednesday", datetime(2026, 3, 6, 10, 0)),
        ("thursday-late", datetime(2026, 3, 9, 23, 30)),
        ("friday", datetime(2026, 3, 10, 15, 0)),
        ("saturday", datetime(2026, 3, 10, 10, 0)),
        ("sunday-just-before-midnight", datetime(2026, 3, 10, 23, 59)),
    ],
)
def test_an_unanswered_inquiry_becomes_overdue_when_its_target_passes(clock, arrival, due):
    clock.move_to(ARRIVALS[arrival].replace(tzinfo=SHANGHAI))
    inquiry = make_inquiry()
    answered = make_inquiry(status="answered", email="answered@example.com")
    due = due.replace(tzinfo=SHANGHAI)
    assert inquiry.respond_by == due
    clock.move_to(due - timedelta(seconds=1))
    assert not inquiry.is_overdue
    assert not Inquiry.objects.overdue().exists()
    clock.move_to(due + timedelta(seconds=1))
    assert inquiry.is_overdue
    assert list(Inquiry.objects.overdue()) == [inquiry]
    assert not answered.is_overdue


@pytest.fixture
def mixed_inquiries(clock):
    past = timezone.now() - timedelta(days=1)
    return {
        "late": make_inquiry(respond_by=past, name="Late"),
        "late-assigned": make_inquiry(respond_by=past, status="assigned", name="Late assigned"),
        "answered": make_inquiry(respond_by=past, status="answered", name="Answered"),
        "closed": make_inquiry(respond_by=past, status="closed", name="Closed"),
        "spam": make_inquiry(respond_by=past, status="spam", name="Spam"),
        "fresh": make_inquiry(name="Fresh"),
    }


def test_overdue_inquiries_are_flagged_and_filterable(clock, officer_client, mixed_inquiries):
    overdue = officer_client.get(CHANGELIST, {"overdue": "yes"}).context["cl"]
    assert {i.name for i in overdue.result_list} == {"Late", "Late assigned"}
    on_time = officer_client.get(CHANGELIST, {"overdue": "no"}).context["cl"]
    assert {i.name for i in on_time.result_list} == {"Answered", "Closed", "Spam", "Fresh"}
    assert mixed_inquiries["late"].is_overdue
    assert not mixed_inquiries["fresh"].is_overdue
    html = officer_client.get(CHANGELIST).content.decode()
    assert "Overdue" in html  # the filter
    assert html.count('alt="True"') == 2  # the flag in the overdue column
    # Fresh arrived on Wednesday 10:00 and is due on Friday 10:00.
    clock.move_to(datetime(2026, 3, 6, 10, 0, 1, tzinfo=SHANGHAI))
    overdue = officer_client.get(CHANGELIST, {"overdue": "yes"}).context["cl"]
    assert {i.name for i in overdue.result_list} == {"Late", "Late assigned", "Fresh"}
