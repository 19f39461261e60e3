"""Bad input on the inquiry form: each case gives its own error and stores nothing."""

import pytest
from django.core import mail
from django.test import Client

from inquiries.models import Inquiry
from tests.factories import inquiry_data, make_park

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"

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
        {"opportunity": "x\x01'\"<>"},
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
    clock, client, settings, kind, changes, status, expected, absent
):
    hidden = make_park(slug="hidden-park", name_en="Hidden park", is_published=False)
    changes = {k: (str(hidden.pk) if v == "UNPUBLISHED" else v) for k, v in changes.items()}
    if kind == "post":
        response = client.post(URL, inquiry_data(**changes))
    elif kind == "post-follow":
        response = client.post(URL, inquiry_data(**changes), follow=True)
    elif kind == "no-csrf":
        response = Client(enforce_csrf_checks=True).post(URL, inquiry_data())
    elif kind == "wrong-csrf":
        browser = Client(enforce_csrf_checks=True)
        browser.get(URL)
        response = browser.post(URL, inquiry_data(csrfmiddlewaretoken="x" * 64))
    elif kind == "flood":
        settings.PORTAL_INQUIRY_RATE_LIMIT = 3
        for _attempt in range(3):
            assert client.post(URL, inquiry_data(name="")).status_code == 200
        response = client.post(URL, inquiry_data())
    else:
        response = client.get(URL, changes)
    assert response.status_code == status
    html = response.content.decode()
    assert expected in html
    if absent:
        assert absent not in html
    assert Inquiry.objects.count() == 0
    assert mail.outbox == []
