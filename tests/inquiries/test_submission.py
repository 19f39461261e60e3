"""Sending an inquiry: stored once with its reference, thanked, and never trusted blindly."""

import re
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from inquiries.forms import InquiryForm
from inquiries.models import Inquiry
from inquiries.submission import Outcome, submit
from tests.factories import inquiry_data, make_park, make_sector

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"
REFERENCE = re.compile(r"INQ-\d{4}-\d{5}")


def reference_on(response):
    return REFERENCE.search(response.content.decode()).group(0)


def test_a_valid_inquiry_is_stored_once_and_redirects_to_the_thank_you_page(clock, client):
    park = make_park()
    response = client.post(URL, inquiry_data(park=str(park.pk), sector=str(make_sector().pk)))
    assert response.status_code == 302
    assert response["Location"] == "/en/inquiry/thanks/"
    inquiry = Inquiry.objects.get()
    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.park == park
    assert inquiry.name == "Li Wei"
    assert inquiry.consented_at == inquiry.created_at == timezone.now()
    assert inquiry.reference == f"INQ-2026-{inquiry.pk:05d}"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert inquiry.reference in thanks.content.decode()
    assert "Thank you for your inquiry" in thanks.content.decode()


@pytest.mark.parametrize(
    ("arrival", "year"),
    [
        (datetime(2026, 12, 31, 15, 59, tzinfo=UTC), "2026"),  # 23:59 in Shanghai
        (datetime(2026, 12, 31, 16, 1, tzinfo=UTC), "2027"),  # 00:01 on New Year's Day
    ],
)
def test_the_reference_carries_the_year_in_shanghai(clock, client, arrival, year):
    clock.move_to(arrival)
    client.post(URL, inquiry_data())
    assert Inquiry.objects.get().reference.startswith(f"INQ-{year}-")
    # A robot caught by the honeypot gets a reference of the same year.
    decoy = client.post(URL, inquiry_data(website="http://spam.example"), follow=True)
    assert reference_on(decoy).startswith(f"INQ-{year}-")


def test_references_follow_a_database_sequence_and_are_unique(client):
    client.post(URL, inquiry_data())
    client.post(URL, inquiry_data(message="A second, different question about logistics."))
    first, second = Inquiry.objects.order_by("pk")
    assert first.reference != second.reference
    assert int(second.reference[-5:]) == int(first.reference[-5:]) + 1


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_thank_you_page_in_both_languages(client, language, html_lang):
    response = client.post(f"/{language}/inquiry/", inquiry_data(), follow=True)
    assert response.redirect_chain == [(f"/{language}/inquiry/thanks/", 302)]
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    assert Inquiry.objects.get().reference in html
    with translation.override(language):
        assert translation.gettext("Thank you for your inquiry") in html
    assert f'href="/{language}/inquiry/status/"' in html
    if language == "zh-hans":
        assert "隐私声明" in html  # the page is in the Chinese catalogue


def test_thank_you_page_shows_only_the_visitors_own_reference(client):
    client.post(URL, inquiry_data())
    reference = Inquiry.objects.get().reference
    stranger = Client()
    response = stranger.get("/en/inquiry/thanks/")
    assert response.status_code == 302
    assert response["Location"] == URL
    response = stranger.get(f"/en/inquiry/thanks/?reference={reference}", follow=True)
    assert reference not in response.content.decode()
    assert "no-store" in client.get("/en/inquiry/thanks/")["Cache-Control"]


def form_token(client, url=URL):
    """The one-time token of a freshly served inquiry form."""
    html = client.get(url).content.decode()
    return re.search(r'name="submission" value="([^"]+)"', html).group(1)


def test_a_double_submit_stores_one_inquiry_and_sends_its_mail_once(client):
    token = form_token(client)
    first = client.post(URL, inquiry_data(submission=token), follow=True)
    second = client.post(URL, inquiry_data(submission=token), follow=True)
    assert Inquiry.objects.count() == 1
    assert reference_on(first) == reference_on(second) == Inquiry.objects.get().reference
    assert len(mail.outbox) == 2


def test_the_same_form_sent_from_two_processes_at_once_is_one_inquiry(client):
    token = form_token(client)
    first = InquiryForm(inquiry_data(submission=token))
    second = InquiryForm(inquiry_data(submission=token))
    assert first.is_valid() and second.is_valid()
    inquiry, outcome = submit(first)
    assert outcome is Outcome.CREATED
    # The other process looked for the token before the first one was stored.
    with mock.patch("inquiries.submission.Inquiry.objects.filter") as look:
        look.return_value.first.return_value = None
        look.return_value.exists.return_value = False
        again, outcome = submit(second)
    assert outcome is Outcome.REPEATED
    assert again == inquiry
    assert Inquiry.objects.count() == 1


def test_someone_else_sending_the_same_email_and_message_does_not_learn_the_reference(client):
    client.post(URL, inquiry_data(submission=form_token(client)))
    reference = Inquiry.objects.get().reference
    stranger = Client()
    response = stranger.post(URL, inquiry_data(submission=form_token(stranger)), follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/en/inquiry/thanks/", 302)]
    assert reference not in html
    assert REFERENCE.search(html) is None
    assert "We had already received this inquiry" in html
    assert Inquiry.objects.count() == 1
    assert len(mail.outbox) == 2  # nothing is mailed again


def test_every_form_served_has_a_token_of_its_own(client):
    assert form_token(client) != form_token(Client())


def test_the_same_message_later_or_from_someone_else_is_a_new_inquiry(clock, client, settings):
    window = timedelta(minutes=settings.PORTAL_INQUIRY_DUPLICATE_MINUTES)
    client.post(URL, inquiry_data())
    client.post(URL, inquiry_data(email="other@example.com"))
    assert Inquiry.objects.count() == 2
    clock.shift(window - timedelta(seconds=1))
    client.post(URL, inquiry_data())
    assert Inquiry.objects.count() == 2  # still the double submit of the first
    clock.shift(timedelta(seconds=2))
    client.post(URL, inquiry_data())
    assert Inquiry.objects.count() == 3


def test_html_in_the_message_is_stored_as_text(client, admin_client):
    message = '<script>alert("x")</script><b>bold</b> & <img src=x onerror=alert(1)>'
    client.post(URL, inquiry_data(message=message))
    inquiry = Inquiry.objects.get()
    assert inquiry.message == message
    html = admin_client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    notification = mail.outbox[1]
    assert message in notification.body  # plain text: shown as written, never as markup
    assert notification.content_subtype == "plain"


def test_posted_status_assignee_and_reference_are_ignored(client, django_user_model):
    officer = django_user_model.objects.create_user("officer", is_staff=True)
    response = client.post(
        URL,
        inquiry_data(
            status="closed",
            assignee=str(officer.pk),
            reference="INQ-1999-99999",
            first_response_at="2020-01-01 00:00",
            mail_error="forged",
        ),
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.assignee is None
    assert inquiry.reference != "INQ-1999-99999"
    assert inquiry.first_response_at is None
    assert inquiry.mail_error == ""


def test_a_filled_honeypot_shows_a_plausible_reference_that_is_not_stored(client):
    response = client.post(URL, inquiry_data(website="http://spam.example"), follow=True)
    assert response.redirect_chain == [("/en/inquiry/thanks/", 302)]
    decoy = reference_on(response)
    assert Inquiry.objects.count() == 0
    assert mail.outbox == []
    status = client.post("/en/inquiry/status/", {"reference": decoy, "email": "li.wei@example.com"})
    assert "We found no inquiry" in status.content.decode()
