"""The daily reminder: each member of staff is mailed what needs doing, in their language."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from common.models import StaffProfile
from inquiries.models import EDITORS_GROUP, OFFICERS_GROUP
from tests.conftest import staff
from tests.factories import make_inquiry, make_park

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")
SITE = "https://invest.example.org"


@pytest.fixture
def office(clock, django_user_model):
    """Two officers, an editor; on 2 February two inquiries arrive (due 4 February), one for
    the first officer, one for nobody; another officer's inquiry is answered. Now: 4 March."""
    first = staff(django_user_model, "first", OFFICERS_GROUP)
    second = staff(django_user_model, "second", OFFICERS_GROUP)
    editor = staff(django_user_model, "editor", EDITORS_GROUP)
    clock.move_to(datetime(2026, 2, 2, 9, tzinfo=SHANGHAI), tick=False)
    mine = make_inquiry(organisation="Late Valve GmbH", assignee=first)
    nobodys = make_inquiry(organisation="Unclaimed Pumps Ltd")
    answered = make_inquiry(organisation="Answered Drilling AG", assignee=second)
    answered.status = "answered"
    answered.save()
    clock.move_to(datetime(2026, 3, 4, 10, tzinfo=SHANGHAI), tick=False)
    return first, second, editor, mine, nobodys


def sent_to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


def test_officers_are_told_of_their_overdue_inquiries_and_the_unclaimed_ones(office):
    first, second, editor, mine, nobodys = office
    StaffProfile.objects.create(user=first, language="en")
    call_command("send_reminders", site_url=SITE)
    (message,) = sent_to(first)
    assert message.subject == "Investment portal: 2 overdue inquiries"
    assert message.body.index(mine.reference) < message.body.index(nobodys.reference)
    assert "assigned to you" in message.body and "not assigned to anyone" in message.body
    assert f"{SITE}/admin/inquiries/inquiry/{mine.pk}/change/" in message.body
    (other,) = sent_to(second)  # the unclaimed one only, in the staff's default language
    assert nobodys.reference in other.body and mine.reference not in other.body
    assert "逾期" in other.subject
    assert sent_to(editor) == []  # nothing to translate, and inquiries are not theirs


def test_editors_are_told_what_to_translate_or_review_with_links_to_the_lists(office):
    first, second, editor, mine, nobodys = office
    StaffProfile.objects.create(user=editor, language="en")
    make_park(slug="half-done", translation_status_zh_hans="translated")
    call_command("send_reminders", site_url=SITE)
    (message,) = sent_to(editor)
    assert message.subject == "Investment portal: 1 record to translate or review"
    assert "Parks: 1 translation awaiting review" in message.body
    assert f"{SITE}/admin/parks/park/?translation=awaiting_review" in message.body
    assert mine.reference not in message.body  # an editor never sees inquiries


def test_nobody_is_mailed_twice_a_day_nor_when_there_is_nothing_to_do(office, clock):
    first, second, editor, mine, nobodys = office
    call_command("send_reminders", site_url=SITE)
    assert len(mail.outbox) == 2
    call_command("send_reminders", site_url=SITE)
    assert len(mail.outbox) == 2
    clock.move_to(datetime(2026, 3, 5, 10, tzinfo=SHANGHAI), tick=False)
    for inquiry in (mine, nobodys):
        inquiry.status = "answered"
        inquiry.save()
    call_command("send_reminders", site_url=SITE)
    assert len(mail.outbox) == 2  # a new day, but nothing to do


def test_a_failed_mail_is_sent_again_on_the_next_run(office, monkeypatch):
    first, *_ = office
    from django.core.mail import EmailMessage

    real_send = EmailMessage.send

    def refuse(message, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    with pytest.raises(CommandError):
        call_command("send_reminders", site_url=SITE)
    assert mail.outbox == []
    monkeypatch.setattr(EmailMessage, "send", real_send)
    call_command("send_reminders", site_url=SITE)
    assert len(sent_to(first)) == 1


def test_the_site_address_is_required(office):
    with pytest.raises(CommandError, match="PORTAL_SITE_URL"):
        call_command("send_reminders", site_url="")


def test_staff_choose_the_language_of_their_mail_on_their_user_page(admin_client, office):
    first, *_ = office
    html = admin_client.get(f"/admin/auth/user/{first.pk}/change/").content.decode()
    assert 'name="staff_profile-0-language"' in html
