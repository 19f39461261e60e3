"""The privacy notice, and the promise it makes: no personal data in the logs."""

import logging

import pytest
from django.utils import translation

from inquiries.models import Inquiry
from tests.factories import inquiry_data

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"


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
    client.post(URL, inquiry_data())
    client.post(URL, inquiry_data(website="http://spam.example"))
    reference = Inquiry.objects.get().reference
    assert f"Inquiry {reference} received" in caplog.text
    for personal in ["Li Wei", "li.wei@example.com", "Example Valve", "valve factory", "127.0.0.1"]:
        assert personal not in caplog.text
