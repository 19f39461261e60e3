"""The officers' side of inquiries: groups, workflow, notes, export, re-sending mail."""

import csv
import io
from datetime import UTC, datetime
from smtplib import SMTPException
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from inquiries.export import safe_cell
from inquiries.models import EDITORS_GROUP, OFFICERS_GROUP, Inquiry, InquiryNote
from tests.factories import inquiry_data, make_inquiry, make_park, route_inquiries

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/inquiries/inquiry/"


def change_data(inquiry, **fields):
    """The change form as an officer posts it: status, assignee and the notes inline."""
    data = {
        "status": inquiry.status,
        "assignee": inquiry.assignee_id or "",
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-text": "",
    }
    data.update(fields)
    return data


# Groups and who sees personal data -----------------------------------------------------------


def codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_data_migration_creates_the_two_staff_groups():
    editors = codenames(EDITORS_GROUP)
    for model in ["park", "sector", "enterprise", "cooperationagreement", "investmentopportunity"]:
        for action in ["add", "change", "delete", "view"]:
            assert f"parks.{action}_{model}" in editors
    assert "news.change_newsitem" in editors
    assert not {p for p in editors if p.startswith("inquiries.")}

    officers = codenames(OFFICERS_GROUP)
    for model in ["inquiry", "inquirynote"]:
        for action in ["add", "change", "delete", "view"]:
            assert f"inquiries.{action}_{model}" in officers
    assert "parks.view_park" in officers
    assert "parks.change_park" not in officers
    assert not {p for p in officers if p.startswith("news.")}
    every_inquiry_permission = Permission.objects.filter(content_type__app_label="inquiries")
    assert {f"inquiries.{p.codename}" for p in every_inquiry_permission} <= officers


def test_an_editor_cannot_see_inquiries(client, editor):
    inquiry = make_inquiry()
    client.force_login(editor)
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(f"{CHANGELIST}{inquiry.pk}/change/").status_code == 403
    assert client.get("/admin/parks/park/").status_code == 200
    assert "Li Wei" not in client.get("/admin/").content.decode()


def test_an_officer_handles_inquiries_and_only_views_parks(officer_client):
    park = make_park()
    make_inquiry()
    response = officer_client.get(CHANGELIST)
    assert response.status_code == 200
    assert "Li Wei" in response.content.decode()
    assert officer_client.get(f"/admin/parks/park/{park.pk}/change/").status_code == 200
    assert officer_client.get("/admin/parks/park/add/").status_code == 403
    # Inquiries come only from the public form.
    assert officer_client.get(f"{CHANGELIST}add/").status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client):
    make_inquiry()
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_assignee_is_chosen_among_investment_officers(officer_client, officer, editor):
    inquiry = make_inquiry()
    field = officer_client.get(f"{CHANGELIST}{inquiry.pk}/change/").context["adminform"].form
    choices = list(field.fields["assignee"].queryset)
    assert choices == [officer]
    response = officer_client.post(
        f"{CHANGELIST}{inquiry.pk}/change/", change_data(inquiry, assignee=editor.pk)
    )
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.assignee is None


# Workflow --------------------------------------------------------------------------------------


def test_assigning_a_new_inquiry_marks_it_assigned(officer_client, officer):
    inquiry = make_inquiry()
    response = officer_client.post(
        f"{CHANGELIST}{inquiry.pk}/change/", change_data(inquiry, assignee=officer.pk)
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.assignee == officer
    assert inquiry.status == Inquiry.Status.ASSIGNED
    assert inquiry.first_response_at is None


def test_first_response_is_recorded_when_the_status_first_becomes_answered(officer_client):
    inquiry = make_inquiry()
    url = f"{CHANGELIST}{inquiry.pk}/change/"
    officer_client.post(url, change_data(inquiry, status="answered"))
    inquiry.refresh_from_db()
    first = inquiry.first_response_at
    assert first is not None
    officer_client.post(url, change_data(inquiry, status="assigned"))
    officer_client.post(url, change_data(inquiry, status="answered"))
    inquiry.refresh_from_db()
    assert inquiry.first_response_at == first
    assert not inquiry.is_overdue


def test_a_note_gets_its_author_and_time_automatically_and_cannot_be_rewritten(
    officer_client, officer
):
    inquiry = make_inquiry()
    url = f"{CHANGELIST}{inquiry.pk}/change/"
    response = officer_client.post(url, change_data(inquiry, **{"notes-0-text": "Called back."}))
    assert response.status_code == 302
    note = InquiryNote.objects.get()
    assert note.author == officer
    assert note.created_at is not None
    assert note.text == "Called back."
    # A note is not an answer: the first response waits for the status.
    inquiry.refresh_from_db()
    assert inquiry.first_response_at is None
    page = officer_client.get(url).content.decode()
    assert "Called back." in page
    # The saved note (form 0) is shown as text; only the empty form 1 takes new text.
    assert f'name="notes-0-id" value="{note.pk}"' in page
    assert 'name="notes-0-text"' not in page
    assert 'name="notes-1-text"' in page


def test_message_is_shown_escaped_in_the_admin(officer_client):
    inquiry = make_inquiry(message="<script>alert(1)</script>")
    html = officer_client.get(f"{CHANGELIST}{inquiry.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


# CSV export --------------------------------------------------------------------------------------


def export(client, inquiries):
    return client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": [str(i.pk) for i in inquiries]},
    )


def test_csv_export_of_selected_inquiries_guards_against_formulas(officer_client):
    dangerous = make_inquiry(
        name='=HYPERLINK("http://evil.example","x")',
        organisation="+cmd|' /C calc'!A0",
        country="-2+3",
        message="@SUM(A1:A2)",
        phone="+86 546 1234567",
    )
    chinese = make_inquiry(name="王芳", organisation="示例装备有限公司", email="wang@example.cn")
    make_inquiry(name="Not selected")
    response = export(officer_client, [dangerous, chinese])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="inquiries-')
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header, *body = rows
    assert header[:3] == ["Reference", "Received", "Status"]
    assert len(body) == 2
    by_name = {row[header.index("Full name")]: row for row in body}
    row = by_name['\'=HYPERLINK("http://evil.example","x")']
    assert row[header.index("Organisation")] == "'+cmd|' /C calc'!A0"
    assert row[header.index("Country or region")] == "'-2+3"
    assert row[header.index("Message")] == "'@SUM(A1:A2)"
    assert row[header.index("Reference")] == dangerous.reference
    assert "示例装备有限公司" in by_name["王芳"]
    assert "Not selected" not in text


def test_the_export_is_named_and_dated_in_shanghai_time(clock, officer_client):
    clock.move_to(datetime(2026, 3, 6, 17, 30, tzinfo=UTC))  # Saturday 01:30 in Shanghai
    inquiry = make_inquiry()
    response = export(officer_client, [inquiry])
    assert response["Content-Disposition"] == 'attachment; filename="inquiries-20260307.csv"'
    header, row = csv.reader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff")))
    assert row[header.index("Received")] == "2026-03-07 01:30"
    assert row[header.index("Answer due")] == "2026-03-10 01:30"  # Tuesday
    assert row[header.index("First answered")] == ""


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (None, ""),
    ],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


def test_an_editor_cannot_export(client, editor):
    inquiry = make_inquiry()
    client.force_login(editor)
    assert export(client, [inquiry]).status_code == 403


# Re-sending mail that failed -----------------------------------------------------------------


def test_the_resend_action_sends_the_mail_that_failed(client, officer_client):
    park = route_inquiries(make_park(), "park@example.org")
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=SMTPException("down")):
        client.post("/en/inquiry/", inquiry_data(preferred_language="zh-hans", park=str(park.pk)))
    inquiry = Inquiry.objects.get()
    assert inquiry.mail_error and mail.outbox == []
    make_inquiry(acknowledged_at=timezone.now(), notified_at=timezone.now(), name="Mailed")
    changelist = officer_client.get(CHANGELIST).content.decode()
    assert 'alt="False"' in changelist  # the mail column shows it was not sent
    missing = officer_client.get(CHANGELIST, {"mail": "missing"}).context["cl"]
    assert [i.pk for i in missing.result_list] == [inquiry.pk]

    response = officer_client.post(
        CHANGELIST, {"action": "resend_mail", "_selected_action": [str(inquiry.pk)]}, follow=True
    )
    assert "Mail sent for 1 inquiry." in response.content.decode()
    assert [m.to for m in mail.outbox] == [["li.wei@example.com"], ["park@example.org"]]
    assert "/zh-hans/inquiry/status/" in mail.outbox[0].body
    inquiry.refresh_from_db()
    assert inquiry.mail_error == ""
    assert inquiry.acknowledged_at and inquiry.notified_at

    assert officer_client.get(CHANGELIST, {"mail": "missing"}).context["cl"].result_count == 0
    response = officer_client.post(
        CHANGELIST, {"action": "resend_mail", "_selected_action": [str(inquiry.pk)]}, follow=True
    )
    assert "The selected inquiries had no mail left to send." in response.content.decode()
    assert len(mail.outbox) == 2


def test_the_resend_action_reports_a_new_failure(officer_client):
    inquiry = make_inquiry()
    with mock.patch("inquiries.mail.EmailMessage.send", side_effect=OSError("no route")):
        response = officer_client.post(
            CHANGELIST,
            {"action": "resend_mail", "_selected_action": [str(inquiry.pk)]},
            follow=True,
        )
    assert "Mail failed again for 1 inquiry: see its mail error." in response.content.decode()
    inquiry.refresh_from_db()
    assert "OSError no route" in inquiry.mail_error
    assert inquiry.acknowledged_at is None
