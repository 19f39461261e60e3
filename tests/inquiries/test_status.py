"""The status check: an investor who knows both reference and email learns the status."""

from datetime import UTC, datetime

import pytest
from django.test import Client
from django.utils import translation

from inquiries.models import Inquiry
from tests.factories import inquiry_data

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"


def zh(msgid):
    with translation.override("zh-hans"):
        return translation.gettext(msgid)


@pytest.fixture
def sent(client):
    client.post(URL, inquiry_data(message="Please tell us about Hekou. SECRET-DETAIL"))
    return Inquiry.objects.get()


def test_status_check_shows_the_status_and_date_and_nothing_else(clock, sent):
    response = Client().post(
        "/en/inquiry/status/", {"reference": sent.reference.lower(), "email": "LI.WEI@example.com"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert sent.reference in html
    assert "Received; waiting to be assigned to an investment officer." in html
    assert '<time datetime="2026-03-04T10:00:00+08:00">March 4, 2026</time>' in html
    for private in ["Li Wei", "Example Valve", "SECRET-DETAIL", "Germany", "+49"]:
        assert private not in html


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        ("assigned", "An investment officer is working on it."),
        ("answered", "Answered: an investment officer has replied to you."),
        ("closed", "Closed."),
        ("spam", "Closed."),
    ],
)
def test_status_check_follows_the_workflow_and_never_says_spam(sent, status, shown):
    Inquiry.objects.filter(pk=sent.pk).update(status=status)
    html = (
        Client()
        .post("/en/inquiry/status/", {"reference": sent.reference, "email": sent.email})
        .content.decode()
    )
    assert shown in html
    assert "spam" not in html.lower().split("<main")[1]


@pytest.mark.parametrize(
    ("reference", "email"),
    [
        ("right", "wrong@example.com"),
        ("INQ-2000-99999", "right"),
        ("INQ-2000-99999", "wrong@example.com"),
        ("other", "right"),
        ("right", "other@example.com"),
    ],
)
def test_a_wrong_pair_gets_the_same_not_found_message(sent, client, reference, email):
    client.post(URL, inquiry_data(email="other@example.com", message="Another inquiry."))
    other = Inquiry.objects.get(email="other@example.com")
    values = {"right": sent.reference, "other": other.reference}
    response = Client().post(
        "/en/inquiry/status/",
        {
            "reference": values.get(reference, reference),
            "email": {"right": sent.email}.get(email, email),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "We found no inquiry with this reference code and email address. Check both and try again."
        in html
    )
    assert "Received on" not in html


def test_the_date_is_the_day_in_shanghai_written_in_the_visitors_language(clock, client):
    clock.move_to(datetime(2026, 3, 4, 17, 30, tzinfo=UTC))  # 01:30 on 5 March in Shanghai
    client.post(URL, inquiry_data())
    inquiry = Inquiry.objects.get()
    query = {"reference": inquiry.reference, "email": inquiry.email}
    english = Client().post("/en/inquiry/status/", query).content.decode()
    assert '<time datetime="2026-03-05T01:30:00+08:00">March 5, 2026</time>' in english
    chinese = Client().post("/zh-hans/inquiry/status/", query).content.decode()
    assert '<time datetime="2026-03-05T01:30:00+08:00">2026年3月5日</time>' in chinese


def test_status_check_is_rate_limited(clock, sent, settings):
    settings.PORTAL_INQUIRY_STATUS_RATE_LIMIT = 3
    visitor = Client()
    for n in range(3):
        visitor.post("/en/inquiry/status/", {"reference": f"INQ-2026-{n:05d}", "email": "x@y.com"})
    response = visitor.post(
        "/en/inquiry/status/", {"reference": sent.reference, "email": sent.email}
    )
    assert response.status_code == 429
    assert sent.reference not in response.content.decode()


def test_status_check_needs_csrf_and_both_fields(sent):
    assert Client(enforce_csrf_checks=True).post("/en/inquiry/status/", {}).status_code == 403
    html = Client().post("/en/inquiry/status/", {"reference": "", "email": ""}).content.decode()
    assert "Enter the reference code of your inquiry." in html
    assert "Enter your email address." in html


def test_status_page_in_chinese(client):
    response = client.get("/zh-hans/inquiry/status/")
    assert response.status_code == 200
    assert zh("Status of your inquiry") in response.content.decode()
