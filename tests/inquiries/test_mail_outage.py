"""A mail server that refuses or never answers: the inquiry is kept, staff see it, a retry sends."""

import socket

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from inquiries.models import Inquiry
from tests.factories import inquiry_data

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"


@pytest.fixture
def smtp(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 0.5
    return settings


@pytest.fixture
def silent_server():
    """A mail server that accepts the connection and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on return: nothing listens there


@pytest.mark.parametrize("server", ["refusing", "silent"])
def test_the_inquiry_is_kept_when_the_mail_server_fails(client, smtp, silent_server, server):
    smtp.EMAIL_PORT = closed_port() if server == "refusing" else silent_server
    response = client.post(URL, inquiry_data(), follow=True)
    assert response.status_code == 200
    inquiry = Inquiry.objects.get()
    assert inquiry.reference in response.content.decode()  # the investor is thanked as usual
    assert inquiry.acknowledged_at is None and inquiry.notified_at is None
    expected = "ConnectionRefusedError" if server == "refusing" else "timed out"
    assert expected in inquiry.mail_error


def test_the_retry_command_sends_what_failed_once_the_server_is_back(
    client, smtp, settings, admin_client
):
    smtp.EMAIL_PORT = closed_port()
    client.post(URL, inquiry_data(preferred_language="zh-hans"))
    inquiry = Inquiry.objects.get()
    # Staff see it in the list of inquiries whose mail has not gone out.
    missing = admin_client.get("/admin/inquiries/inquiry/", {"mail": "missing"}).context["cl"]
    assert [i.pk for i in missing.result_list] == [inquiry.pk]

    with pytest.raises(CommandError, match="still have mail"):
        call_command("retry_inquiry_mail", site_url="https://invest.example.org")

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_inquiry_mail", site_url="https://invest.example.org")
    inquiry.refresh_from_db()
    assert inquiry.acknowledged_at and inquiry.notified_at and not inquiry.mail_error
    acknowledgement, notification = mail.outbox
    assert "https://invest.example.org/zh-hans/inquiry/status/" in acknowledgement.body
    assert f"https://invest.example.org/admin/inquiries/inquiry/{inquiry.pk}/" in notification.body
    # Nothing is sent twice.
    call_command("retry_inquiry_mail", site_url="https://invest.example.org")
    assert len(mail.outbox) == 2


def test_the_retry_command_needs_the_sites_address(settings):
    settings.PORTAL_SITE_URL = ""
    with pytest.raises(CommandError, match="PORTAL_SITE_URL"):
        call_command("retry_inquiry_mail")
