"""Investor inquiries through the public door: the form, its mail, abuse, and the status check."""

import logging
import re
from datetime import timedelta
from smtplib import SMTPException
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation

from inquiries.models import Inquiry
from inquiries.ratelimit import client_ip, client_key
from tests.factories import make_opportunity, make_park, make_sector

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"
ZH_URL = "/zh-hans/inquiry/"
REFERENCE = re.compile(r"INQ-\d{4}-\d{5}")


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate limits and submission locks live in the cache: no test sees another's."""
    cache.clear()
    yield
    cache.clear()


def valid(**changes):
    """A complete, valid submission; a change to ``None`` leaves that field out."""
    data = {
        "name": "Li Wei",
        "organisation": "Example Valve Manufacturing GmbH",
        "email": "li.wei@example.com",
        "phone": "+49 30 1234 5678",
        "country": "Germany",
        "preferred_language": "en",
        "park": "",
        "opportunity": "",
        "sector": "",
        "investment_size": "10m_50m",
        "timeline": "12_months",
        "message": "We would like to learn about land and incentives for a valve factory.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def zh(msgid):
    with translation.override("zh-hans"):
        return translation.gettext(msgid)


def reference_on(response):
    return REFERENCE.search(response.content.decode()).group(0)


# The form ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_form_renders_in_both_languages_with_the_current_language_preferred(
    client, language, html_lang
):
    response = client.get(f"/{language}/inquiry/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    with translation.override(language):
        assert translation.gettext("Send an inquiry") in html
    assert f'<option value="{language}" selected>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ["name", "organisation", "email", "phone", "country", "message", "consent"]:
        assert f'name="{field}"' in html
    assert f'href="/{language}/privacy/"' in html
    # Fields a visitor must not set are not offered.
    for field in ["status", "assignee", "reference"]:
        assert f'name="{field}"' not in html


def test_honeypot_is_hidden_from_people_and_labelled_for_them(client):
    html = client.get(URL).content.decode()
    trap = re.search(r'<div class="form-trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap is not None
    assert "Leave this field empty" in trap.group(1)
    assert 'tabindex="-1"' in trap.group(1) and 'autocomplete="off"' in trap.group(1)


def test_form_is_prefilled_from_a_park_or_an_opportunity_page(client):
    park = make_park()
    opportunity = make_opportunity(park=park)
    html = client.get(f"{URL}?park={park.slug}").content.decode()
    assert f'<option value="{park.pk}" selected>' in html
    html = client.get(f"/zh-hans/inquiry/?opportunity={opportunity.slug}").content.decode()
    assert f'<option value="{opportunity.pk}" selected>石油装备产业园配套企业</option>' in html


def test_only_published_records_are_offered_or_prefilled(client):
    hidden = make_park(slug="hidden-park", name_en="Hidden park", is_published=False)
    make_park()
    make_sector()
    html = client.get(f"{URL}?park={hidden.slug}").content.decode()
    assert "Hidden park" not in html
    assert '<option value="" selected>None in particular</option>' in html
    assert "Petroleum equipment" in html


def test_a_valid_inquiry_is_stored_once_and_redirects_to_the_thank_you_page(client):
    park = make_park()
    response = client.post(URL, valid(park=str(park.pk), sector=str(make_sector().pk)))
    assert response.status_code == 302
    assert response["Location"] == "/en/inquiry/thanks/"
    inquiry = Inquiry.objects.get()
    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.park == park
    assert inquiry.name == "Li Wei"
    assert inquiry.consented_at is not None
    year = timezone.localtime(inquiry.created_at).year
    assert inquiry.reference == f"INQ-{year}-{inquiry.pk:05d}"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert inquiry.reference in thanks.content.decode()
    assert "Thank you for your inquiry" in thanks.content.decode()


def test_references_follow_a_database_sequence_and_are_unique(client):
    client.post(URL, valid())
    client.post(URL, valid(message="A second, different question about logistics."))
    first, second = Inquiry.objects.order_by("pk")
    assert first.reference != second.reference
    assert int(second.reference[-5:]) == int(first.reference[-5:]) + 1


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_thank_you_page_in_both_languages(client, language, html_lang):
    response = client.post(f"/{language}/inquiry/", valid(), follow=True)
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
    client.post(URL, valid())
    reference = Inquiry.objects.get().reference
    stranger = Client()
    response = stranger.get("/en/inquiry/thanks/")
    assert response.status_code == 302
    assert response["Location"] == URL
    response = stranger.get(f"/en/inquiry/thanks/?reference={reference}", follow=True)
    assert reference not in response.content.decode()
    assert "no-store" in client.get("/en/inquiry/thanks/")["Cache-Control"]


def test_a_double_submit_stores_one_inquiry_and_sends_its_mail_once(client):
    first = client.post(URL, valid(), follow=True)
    second = client.post(URL, valid(email="LI.WEI@example.com"), follow=True)
    assert Inquiry.objects.count() == 1
    assert reference_on(first) == reference_on(second) == Inquiry.objects.get().reference
    assert len(mail.outbox) == 2


def test_the_same_message_later_or_from_someone_else_is_a_new_inquiry(client):
    client.post(URL, valid())
    client.post(URL, valid(email="other@example.com"))
    assert Inquiry.objects.count() == 2
    Inquiry.objects.update(created_at=timezone.now() - timedelta(minutes=30))
    client.post(URL, valid())
    assert Inquiry.objects.count() == 3


def test_html_in_the_message_is_stored_as_text(client, admin_client):
    message = '<script>alert("x")</script><b>bold</b> & <img src=x onerror=alert(1)>'
    client.post(URL, valid(message=message))
    inquiry = Inquiry.objects.get()
    assert inquiry.message == message
    html = admin_client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    notification = mail.outbox[1]
    assert message in notification.body  # plain text: shown as written, never as markup
    assert notification.content_subtype == "plain"


# Bad input: each case gives its own error and stores nothing -------------------------------

LINE_BREAK = "Write this on one line: line breaks are not allowed here."
TOO_LONG = "Ensure this value has at most {limit} characters (it has {length})."
INVALID_EMAIL = "Enter a valid email address, like name@example.com."
INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices."
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"

# (id, kind, changes, status, text that must appear, text that must not appear)
BAD_INPUTS = [
    ("missing-name", "post", {"name": None}, 200, "Enter your name.", None),
    ("blank-name", "post", {"name": "   "}, 200, "Enter your name.", None),
    ("missing-organisation", "post", {"organisation": ""}, 200, "Enter your organisation.", None),
    ("missing-email", "post", {"email": None}, 200, "Enter your email address.", None),
    ("missing-country", "post", {"country": ""}, 200, "Enter your country or region.", None),
    ("missing-message", "post", {"message": ""}, 200, "Write your message.", None),
    (
        "missing-consent",
        "post",
        {"consent": None},
        200,
        "Please accept the privacy notice: we cannot handle an inquiry without it.",
        None,
    ),
    ("malformed-email", "post", {"email": "li.wei.example.com"}, 200, INVALID_EMAIL, None),
    ("email-without-domain", "post", {"email": "li.wei@"}, 200, INVALID_EMAIL, None),
    (
        "name-too-long",
        "post",
        {"name": "x" * 121},
        200,
        TOO_LONG.format(limit=120, length=121),
        None,
    ),
    (
        "organisation-too-long",
        "post",
        {"organisation": "x" * 201},
        200,
        TOO_LONG.format(limit=200, length=201),
        None,
    ),
    (
        "email-too-long",
        "post",
        {"email": "a" * 243 + "@example.com"},
        200,
        TOO_LONG.format(limit=254, length=255),
        None,
    ),
    (
        "phone-too-long",
        "post",
        {"phone": "1" * 41},
        200,
        TOO_LONG.format(limit=40, length=41),
        None,
    ),
    (
        "country-too-long",
        "post",
        {"country": "x" * 101},
        200,
        TOO_LONG.format(limit=100, length=101),
        None,
    ),
    (
        "message-too-long",
        "post",
        {"message": "x" * 5001},
        200,
        TOO_LONG.format(limit=5000, length=5001),
        None,
    ),
    (
        "phone-with-letters",
        "post",
        {"phone": "call me maybe"},
        200,
        "Enter a telephone number with digits, spaces and + - ( ) . / only.",
        None,
    ),
    (
        "header-injection-name-crlf",
        "post",
        {"name": "Li Wei\r\nBcc: victim@example.com"},
        200,
        LINE_BREAK,
        None,
    ),
    (
        "header-injection-email-lf",
        "post",
        {"email": "li.wei@example.com\nBcc: victim@example.com"},
        200,
        LINE_BREAK,
        None,
    ),
    (
        "header-injection-organisation-cr",
        "post",
        {"organisation": "Example GmbH\rSubject: You won"},
        200,
        LINE_BREAK,
        None,
    ),
    ("header-injection-country", "post", {"country": "Germany\nX-Spam: 1"}, 200, LINE_BREAK, None),
    (
        "header-injection-unicode-line-separator",
        "post",
        {"name": "Li Wei\u2028Bcc: victim@example.com"},
        200,
        LINE_BREAK,
        None,
    ),
    (
        "script-in-name-rendered-escaped",
        "post",
        {"name": SCRIPT, "email": ""},
        200,
        ESCAPED_SCRIPT,
        SCRIPT,
    ),
    (
        "script-in-message-rendered-escaped",
        "post",
        {"message": SCRIPT, "consent": None},
        200,
        ESCAPED_SCRIPT,
        SCRIPT,
    ),
    (
        "null-character",
        "post",
        {"organisation": "Example\x00GmbH"},
        200,
        "Null characters are not allowed.",
        None,
    ),
    (
        "unknown-language",
        "post",
        {"preferred_language": "fr"},
        200,
        "Select a valid choice. fr is not one of the available choices.",
        None,
    ),
    (
        "unknown-investment-size",
        "post",
        {"investment_size": "all-of-it"},
        200,
        "Select a valid choice. all-of-it is not one of the available choices.",
        None,
    ),
    (
        "unknown-timeline",
        "post",
        {"timeline": "yesterday"},
        200,
        "Select a valid choice. yesterday is not one of the available choices.",
        None,
    ),
    ("unknown-park", "post", {"park": "999999"}, 200, INVALID_CHOICE, None),
    ("unpublished-park", "post", {"park": "UNPUBLISHED"}, 200, INVALID_CHOICE, None),
    ("park-not-a-number", "post", {"park": "dongying-edz"}, 200, INVALID_CHOICE, None),
    ("csrf-token-missing", "no-csrf", {}, 403, "CSRF verification failed.", None),
    ("csrf-token-wrong", "wrong-csrf", {}, 403, "CSRF verification failed.", None),
    (
        "honeypot-filled",
        "post-follow",
        {"website": "http://spam.example"},
        200,
        "Thank you for your inquiry",
        None,
    ),
    ("flood-past-rate-limit", "flood", {}, 429, "Too many attempts", None),
    ("unknown-park-slug", "get", {"park": "no-such-park"}, 200, "None in particular", None),
    ("unpublished-park-slug", "get", {"park": "hidden-park"}, 200, "None in particular", "Hidden"),
    (
        "garbage-opportunity-slug",
        "get",
        {"opportunity": "x\x00'\"<>"},
        200,
        "Send an inquiry",
        None,
    ),
]


@pytest.mark.parametrize(
    ("kind", "changes", "status", "expected", "absent"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_gets_its_error_and_stores_nothing(
    client, settings, kind, changes, status, expected, absent
):
    hidden = make_park(slug="hidden-park", name_en="Hidden park", is_published=False)
    changes = {k: (str(hidden.pk) if v == "UNPUBLISHED" else v) for k, v in changes.items()}
    if kind == "post":
        response = client.post(URL, valid(**changes))
    elif kind == "post-follow":
        response = client.post(URL, valid(**changes), follow=True)
    elif kind == "no-csrf":
        response = Client(enforce_csrf_checks=True).post(URL, valid())
    elif kind == "wrong-csrf":
        browser = Client(enforce_csrf_checks=True)
        browser.get(URL)
        response = browser.post(URL, valid(csrfmiddlewaretoken="x" * 64))
    elif kind == "flood":
        settings.PORTAL_INQUIRY_RATE_LIMIT = 3
        for _attempt in range(3):
            assert client.post(URL, valid(name="")).status_code == 200
        response = client.post(URL, valid())
    else:
        response = client.get(URL, changes)
    assert response.status_code == status
    html = response.content.decode()
    assert expected in html
    if absent:
        assert absent not in html
    assert Inquiry.objects.count() == 0
    assert mail.outbox == []


def test_posted_status_assignee_and_reference_are_ignored(client, django_user_model):
    officer = django_user_model.objects.create_user("officer", is_staff=True)
    response = client.post(
        URL,
        valid(
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
    response = client.post(URL, valid(website="http://spam.example"), follow=True)
    assert response.redirect_chain == [("/en/inquiry/thanks/", 302)]
    decoy = reference_on(response)
    assert Inquiry.objects.count() == 0
    assert mail.outbox == []
    status = client.post("/en/inquiry/status/", {"reference": decoy, "email": "li.wei@example.com"})
    assert "We found no inquiry" in status.content.decode()


# Rate limits --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_rate_limited_page_is_translated_and_says_when_to_retry(
    client, settings, language, html_lang
):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    client.post(f"/{language}/inquiry/", valid())
    response = client.post(f"/{language}/inquiry/", valid(message="Another question."))
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.PORTAL_INQUIRY_RATE_WINDOW)
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    with translation.override(language):
        assert translation.gettext("Too many attempts") in html
    assert Inquiry.objects.count() == 1


def test_a_spoofed_forwarded_for_header_does_not_reset_the_limit(client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 2
    settings.PORTAL_TRUSTED_PROXY_COUNT = 0
    for n in range(2):
        client.post(URL, valid(name=""), headers={"x-forwarded-for": f"198.51.100.{n}"})
    response = client.post(URL, valid(), headers={"x-forwarded-for": "203.0.113.77"})
    assert response.status_code == 429
    assert Inquiry.objects.count() == 0


def test_behind_a_trusted_proxy_only_the_address_it_saw_counts(client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 2
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    # The client writes whatever it likes on the left; the proxy appends the address it saw.
    for n in range(2):
        client.post(URL, valid(name=""), headers={"x-forwarded-for": f"10.0.0.{n}, 203.0.113.5"})
    spoofed = client.post(URL, valid(), headers={"x-forwarded-for": "10.9.9.9, 203.0.113.5"})
    assert spoofed.status_code == 429
    other_client = client.post(URL, valid(), headers={"x-forwarded-for": "203.0.113.6"})
    assert other_client.status_code == 302
    assert Inquiry.objects.count() == 1


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.9", "192.0.2.1"),
        (1, "10.0.0.2", "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "10.0.0.2", "198.51.100.1, 203.0.113.9, 10.0.0.3", "203.0.113.9"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (2, "10.0.0.2", "203.0.113.9", "10.0.0.2"),  # fewer hops than proxies: the proxy's own
        (1, "10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_client_ip_believes_only_configured_proxies(
    rf, settings, proxies, remote, forwarded, expected
):
    settings.PORTAL_TRUSTED_PROXY_COUNT = proxies
    request = rf.post(URL, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_ipv6_clients_are_counted_per_64_block(rf):
    def key(address):
        return client_key(rf.post(URL, REMOTE_ADDR=address))

    assert key("2001:db8:1:2::1") == key("2001:db8:1:2:ffff::9")
    assert key("2001:db8:1:2::1") != key("2001:db8:1:3::1")
    assert key("192.0.2.1") != key("192.0.2.2")
    assert "192.0.2.1" not in key("192.0.2.1")


def test_the_limit_is_counted_in_the_shared_cache(client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    client.post(URL, valid(name=""))
    assert client.post(URL, valid()).status_code == 429
    cache.clear()  # what an expired window does
    assert client.post(URL, valid()).status_code == 302


def test_reading_the_form_is_not_limited(client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    for _attempt in range(3):
        assert client.get(URL).status_code == 200


# Mail -----------------------------------------------------------------------------------------


def test_acknowledgement_goes_to_the_investor_in_their_language_and_notice_to_the_park(client):
    park = make_park(contact_email="invest@park.example")
    client.post(URL, valid(park=str(park.pk), preferred_language="zh-hans"))
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
    client.post(ZH_URL, valid(preferred_language="en"))
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
    park = make_park(contact_email="park@example.org")
    data = valid()
    if setup == "park":
        data["park"] = str(park.pk)
    elif setup == "opportunity":
        data["opportunity"] = str(make_opportunity(contact_email="opportunity@example.org").pk)
    elif setup == "opportunity-park":
        data["opportunity"] = str(make_opportunity(park=park).pk)
    elif setup == "park-without-contact":
        data["park"] = str(make_park(slug="quiet-park").pk)
    client.post(URL, data)
    assert mail.outbox[1].to == [recipient]


def test_a_mail_failure_keeps_the_inquiry_and_records_it_without_personal_data_in_the_log(
    client, caplog
):
    caplog.set_level(logging.INFO)
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=SMTPException("relay refused")):
        response = client.post(URL, valid(), follow=True)
    assert response.status_code == 200
    inquiry = Inquiry.objects.get()
    assert inquiry.reference in response.content.decode()
    assert inquiry.acknowledged_at is None and inquiry.notified_at is None
    assert "acknowledgement: SMTPException relay refused" in inquiry.mail_error
    assert "notification: SMTPException" in inquiry.mail_error
    assert f"Inquiry {inquiry.reference}: the acknowledgement mail failed" in caplog.text
    for personal in ["Li Wei", "li.wei@example.com", "Example Valve", "+49 30", "valve factory"]:
        assert personal not in caplog.text


def test_when_one_mail_fails_the_other_is_still_sent(client):
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=[SMTPException("down"), 1]):
        client.post(URL, valid())
    inquiry = Inquiry.objects.get()
    assert inquiry.acknowledged_at is None
    assert inquiry.notified_at is not None
    assert inquiry.mail_error.count("\n") == 0 and "acknowledgement" in inquiry.mail_error


# Status check -----------------------------------------------------------------------------------


@pytest.fixture
def sent(client):
    client.post(URL, valid(message="Please tell us about Hekou. SECRET-DETAIL"))
    return Inquiry.objects.get()


def test_status_check_shows_the_status_and_date_and_nothing_else(sent):
    response = Client().post(
        "/en/inquiry/status/", {"reference": sent.reference.lower(), "email": "LI.WEI@example.com"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert sent.reference in html
    assert "Received; waiting to be assigned to an investment officer." in html
    received = timezone.localtime(sent.created_at)
    assert f'datetime="{received.isoformat()}"' in html
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
    client.post(URL, valid(email="other@example.com", message="Another inquiry."))
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


def test_status_check_is_rate_limited(sent, settings):
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


# Privacy notice and logs ---------------------------------------------------------------------


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_privacy_notice_in_both_languages(client, settings, language, html_lang):
    settings.PORTAL_OFFICERS_EMAIL = "privacy@invest.example"
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    with translation.override(language):
        for heading in [
            "What we collect",
            "Why we use it",
            "Who sees it",
            "How long we keep it",
            "Your choices",
        ]:
            assert translation.gettext(heading) in html
    assert "mailto:privacy@invest.example" in html


def test_a_submission_logs_no_personal_data(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post(URL, valid())
    client.post(URL, valid(website="http://spam.example"))
    reference = Inquiry.objects.get().reference
    assert f"Inquiry {reference} received" in caplog.text
    for personal in ["Li Wei", "li.wei@example.com", "Example Valve", "valve factory", "127.0.0.1"]:
        assert personal not in caplog.text
