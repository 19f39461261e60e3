"""Inquiries are deleted when the retention period the privacy notice states has passed."""

from datetime import timedelta

import pytest
from django.core.management import call_command

from inquiries.models import Inquiry, InquiryNote
from tests.factories import make_inquiry

pytestmark = pytest.mark.django_db


def closed_inquiry(clock, days_ago, name):
    clock.shift(-timedelta(days=days_ago))
    inquiry = make_inquiry(name=name)
    inquiry.status = Inquiry.Status.CLOSED
    inquiry.save()
    InquiryNote.objects.create(inquiry=inquiry, text="Closed after the site visit.")
    clock.shift(timedelta(days=days_ago))
    return inquiry


def test_closing_stamps_the_time_and_reopening_clears_it(clock):
    inquiry = make_inquiry()
    assert inquiry.closed_at is None
    inquiry.status = Inquiry.Status.SPAM
    inquiry.save()
    assert inquiry.closed_at is not None
    inquiry.status = Inquiry.Status.ASSIGNED
    inquiry.save()
    assert inquiry.closed_at is None


def test_inquiries_closed_longer_than_the_retention_period_are_deleted_with_their_notes(
    clock, settings, capsys
):
    days = settings.PORTAL_INQUIRY_RETENTION_DAYS
    expired = closed_inquiry(clock, days + 1, "Expired")
    kept = closed_inquiry(clock, days - 1, "Recent")
    clock.shift(-timedelta(days=5 * days))
    ancient_but_open = make_inquiry(name="Still open")
    clock.shift(timedelta(days=5 * days))

    call_command("delete_expired_inquiries", dry_run=True)
    assert "1 inquiries are past" in capsys.readouterr().out
    assert Inquiry.objects.count() == 3

    call_command("delete_expired_inquiries")
    out = capsys.readouterr().out
    assert "Deleted 1 inquiries" in out
    assert "Expired" not in out  # counts only, no personal data
    assert set(Inquiry.objects.values_list("pk", flat=True)) == {kept.pk, ancient_but_open.pk}
    assert not InquiryNote.objects.filter(inquiry_id=expired.pk).exists()


def test_the_privacy_notice_states_the_period_the_command_applies(client, settings):
    html = client.get("/en/privacy/").content.decode()
    years = settings.PORTAL_INQUIRY_RETENTION_DAYS // 365
    assert f"no longer than {'two' if years == 2 else years} years after it is closed" in html
