"""The two mails of an inquiry: the investor's acknowledgement, the officers' notification."""

import logging
from datetime import datetime
from smtplib import SMTPException
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import translation

from inquiries.models import Inquiry
from tests.factories import inquiry_data, make_opportunity, make_park, route_inquiries

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"
ZH_URL = "/zh-hans/inquiry/"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_acknowledgement_goes_to_the_investor_in_their_language_and_notice_to_the_park(client):
    park = route_inquiries(make_park(), "invest@park.example")
    client.post(URL, inquiry_data(park=str(park.pk), preferred_language="zh-hans"))
    inquiry = Inquiry.objects.get()
    acknowledgement, notification = mail.outbox
    assert acknowledgement.to == ["li.wei@example.com"]
    with translation.override("zh-hans"):
        subject = translation.gettext("Your inquiry %(reference)s has been received")
    assert acknowledgement.subject == subject % {"reference": inquiry.reference}
    assert inquiry.reference in acknowledgement.body
    assert "http://testserver/zh-hans/inquiry/status/" in acknowledgement.body
    assert "东营经济技术开发区" in acknowledgement.body  # the park, named in Chinese
    assert inquiry.message not in acknowledgement.body  # no free text of the sender is relayed
    assert notification.to == ["invest@park.example"]
    assert notification.reply_to == ["li.wei@example.com"]
    assert inquiry.reference in notification.subject
    assert "Example Valve Manufacturing GmbH" in notification.subject
    assert inquiry.message in notification.body
    assert f"http://testserver/admin/inquiries/inquiry/{inquiry.pk}/change/" in notification.body
    assert inquiry.acknowledged_at is not None and inquiry.notified_at is not None
    assert inquiry.mail_error == ""


def test_acknowledgement_in_english_when_english_is_preferred(client):
    client.post(ZH_URL, inquiry_data(preferred_language="en"))
    acknowledgement = mail.outbox[0]
    assert acknowledgement.subject.startswith("Your inquiry INQ-")
    assert "http://testserver/en/inquiry/status/" in acknowledgement.body
    assert "Thank you for your inquiry" in acknowledgement.body


@pytest.mark.parametrize(
    ("setup", "recipient"),
    [
        ("park", "park@example.org"),
        ("opportunity", "opportunity@example.org"),
        ("opportunity-park", "park@example.org"),
        ("nothing", "officers@example.org"),
        ("park-without-contact", "officers@example.org"),
    ],
)
def test_notification_goes_to_the_right_officer(client, settings, setup, recipient):
    settings.PORTAL_OFFICERS_EMAIL = "officers@example.org"
    park = route_inquiries(make_park(), "park@example.org")
    data = inquiry_data()
    if setup == "park":
        data["park"] = str(park.pk)
    elif setup == "opportunity":
        data["opportunity"] = str(route_inquiries(make_opportunity(), "opportunity@example.org").pk)
    elif setup == "opportunity-park":
        data["opportunity"] = str(make_opportunity(park=park).pk)
    elif setup == "park-without-contact":
        data["park"] = str(make_park(slug="quiet-park").pk)
    client.post(URL, data)
    assert mail.outbox[1].to == [recipient]


def test_a_mail_failure_keeps_the_inquiry_and_records_it_without_personal_data_in_the_log(
    clock, client, caplog
):
    caplog.set_level(logging.INFO)
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=SMTPException("relay refused")):
        response = client.post(URL, inquiry_data(), follow=True)
    assert response.status_code == 200
    inquiry = Inquiry.objects.get()
    assert inquiry.reference in response.content.decode()
    assert inquiry.acknowledged_at is None and inquiry.notified_at is None
    # Stamped in Shanghai time, like every other time the officers read.
    assert inquiry.mail_error.splitlines() == [
        "2026-03-04 10:00 acknowledgement: SMTPException relay refused",
        "2026-03-04 10:00 notification: SMTPException relay refused",
    ]
    assert f"Inquiry {inquiry.reference}: the acknowledgement mail failed" in caplog.text
    for personal in ["Li Wei", "li.wei@example.com", "Example Valve", "+49 30", "valve factory"]:
        assert personal not in caplog.text


def test_the_notification_says_when_the_inquiry_came_and_when_the_answer_is_due(
    clock, client, settings
):
    settings.PORTAL_INQUIRY_NOTIFICATION_LANGUAGE = "zh-hans"
    clock.move_to(datetime(2026, 3, 6, 15, 0, tzinfo=SHANGHAI))  # a Friday afternoon
    client.post(URL, inquiry_data())
    notification = mail.outbox[1]
    with translation.override("zh-hans"):
        received, due = translation.gettext("Received"), translation.gettext("Answer due")
    assert f"{received}: 2026年3月6日 15:00" in notification.body
    assert f"{due}: 2026年3月10日 15:00" in notification.body  # Tuesday: the weekend skipped


def test_when_one_mail_fails_the_other_is_still_sent(client):
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=[SMTPException("down"), 1]):
        client.post(URL, inquiry_data())
    inquiry = Inquiry.objects.get()
    assert inquiry.acknowledged_at is None
    assert inquiry.notified_at is not None
    assert inquiry.mail_error.count("\n") == 0 and "acknowledgement" in inquiry.mail_error
