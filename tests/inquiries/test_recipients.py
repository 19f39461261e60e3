"""Who receives investors' personal data is the officers' decision, and every change is logged."""

import logging

import pytest
from django.core import mail
from django.test import Client

from inquiries.models import InquiryRecipient
from tests.factories import inquiry_data, make_opportunity, make_park, route_inquiries

pytestmark = pytest.mark.django_db

RECIPIENTS = "/admin/inquiries/inquiryrecipient/"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def park_form(client, park):
    """The park's admin form as the editor sees it, ready to post back."""
    response = client.get(f"/admin/parks/park/{park.pk}/change/")
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = str(field.prepare_value(value))
    # The park's key figures, an inline of the same page: none added here.
    data.update({"figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0"})
    return data


def test_an_editor_who_changes_a_parks_contact_email_does_not_receive_its_inquiries(
    client, editor, settings
):
    settings.PORTAL_OFFICERS_EMAIL = "officers@example.org"
    park = make_park(contact_email="invest@park.example")
    editor_client = logged_in(editor)
    data = park_form(editor_client, park)
    data["contact_email"] = "editor@example.org"
    response = editor_client.post(f"/admin/parks/park/{park.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    park.refresh_from_db()
    assert park.contact_email == "editor@example.org"  # the public contact, the editor's to keep

    client.post("/en/inquiry/", inquiry_data(park=str(park.pk)))
    assert [m.to for m in mail.outbox] == [["li.wei@example.com"], ["officers@example.org"]]


def test_editors_cannot_see_or_set_inquiry_recipients(editor):
    park = route_inquiries(make_park(), "invest@park.example")
    editor_client = logged_in(editor)
    assert editor_client.get(RECIPIENTS).status_code == 403
    response = editor_client.post(
        f"{RECIPIENTS}add/", {"park": str(park.pk), "email": "editor@example.org"}
    )
    assert response.status_code == 403
    assert list(InquiryRecipient.objects.values_list("email", flat=True)) == ["invest@park.example"]


def test_an_officer_sets_where_a_parks_inquiries_go_and_the_change_is_logged(
    client, officer, caplog
):
    caplog.set_level(logging.WARNING, logger="inquiries")
    park = make_park()
    officer_client = logged_in(officer)
    response = officer_client.post(
        f"{RECIPIENTS}add/", {"park": str(park.pk), "email": "desk@park.example"}
    )
    assert response.status_code == 302
    recipient = InquiryRecipient.objects.get()
    assert recipient.updated_by == officer
    assert "set to desk@park.example by staff user officer" in caplog.text
    history = officer_client.get(f"{RECIPIENTS}{recipient.pk}/history/").content.decode()
    assert "Added." in history

    client.post("/en/inquiry/", inquiry_data(park=str(park.pk)))
    assert mail.outbox[1].to == ["desk@park.example"]


def test_a_recipient_names_exactly_one_park_or_opportunity(officer):
    officer_client = logged_in(officer)
    both = officer_client.post(
        f"{RECIPIENTS}add/",
        {
            "park": str(make_park().pk),
            "opportunity": str(make_opportunity().pk),
            "email": "desk@park.example",
        },
    )
    assert both.status_code == 200
    assert InquiryRecipient.objects.count() == 0
