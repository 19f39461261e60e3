"""A database from before inquiries had an app of their own keeps every inquiry and note."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("portal", "0002_staff_groups"), ("inquiries", None)]


def migrate(targets):
    """Bring the test database to ``targets``; return the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_inquiries_and_notes_survive_the_move_to_their_own_app():
    old = migrate(BEFORE)
    User = old.get_model("auth", "User")
    Group = old.get_model("auth", "Group")
    OldInquiry = old.get_model("portal", "Inquiry")
    OldNote = old.get_model("portal", "InquiryNote")
    ContentType = old.get_model("contenttypes", "ContentType")
    Permission = old.get_model("auth", "Permission")
    # As before the move: the officers' rights hang on the portal app's content type.
    ContentType.objects.filter(app_label="inquiries").delete()
    content_type, _new = ContentType.objects.get_or_create(app_label="portal", model="inquiry")
    change, _new = Permission.objects.get_or_create(
        content_type=content_type, codename="change_inquiry", defaults={"name": "Can change"}
    )
    officers, _new = Group.objects.get_or_create(name="Investment officers")
    officers.permissions.add(change)
    officer = User.objects.create(username="officer")
    officer.groups.add(officers)
    inquiry = OldInquiry.objects.create(
        reference="INQ-2026-00042",
        name="Li Wei",
        organisation="Example Drilling Ltd",
        email="li@example.com",
        country="China",
        preferred_language="zh-hans",
        message="We plan a plant.",
        consented_at="2026-03-02T09:00:00+08:00",
        respond_by="2026-03-04T09:00:00+08:00",
        status="assigned",
        assignee=officer,
    )
    OldNote.objects.create(inquiry=inquiry, author=officer, text="Called back.")

    targets = MigrationExecutor(connection).loader.graph.leaf_nodes()
    migrate(targets)

    from django.contrib.auth.models import User as NewUser
    from django.contrib.contenttypes.models import ContentType

    from inquiries.models import Inquiry

    ContentType.objects.clear_cache()
    moved = Inquiry.objects.get(reference="INQ-2026-00042")
    assert moved.pk == inquiry.pk
    assert (moved.name, moved.status, moved.assignee.username) == ("Li Wei", "assigned", "officer")
    assert [(n.text, n.author.username) for n in moved.notes.all()] == [("Called back.", "officer")]
    assert Inquiry._meta.db_table in connection.introspection.table_names()
    assert "portal_inquiry" not in connection.introspection.table_names()
    # The officers keep their rights on the moved model.
    assert NewUser.objects.get(username="officer").has_perm("inquiries.change_inquiry")


@pytest.mark.django_db(transaction=True)
def test_inquiries_keep_going_where_they_went_when_recipients_become_the_officers_choice():
    old = migrate([("inquiries", "0002_tables_of_their_own"), ("parks", "0004_contact_is_public")])
    Park = old.get_model("parks", "Park")
    Opportunity = old.get_model("parks", "InvestmentOpportunity")
    for name in ("Investment officers", "Editors"):
        old.get_model("auth", "Group").objects.get_or_create(name=name)
    park = Park.objects.create(name_en="Routed park", slug="routed", contact_email="p@example.org")
    Park.objects.create(name_en="Quiet park", slug="quiet")
    opportunity = Opportunity.objects.create(
        title_en="Routed plot", slug="routed-plot", contact_email="o@example.org"
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from django.contrib.auth.models import Group

    from inquiries.models import InquiryRecipient

    routes = set(InquiryRecipient.objects.values_list("park_id", "opportunity_id", "email"))
    assert routes == {(park.pk, None, "p@example.org"), (None, opportunity.pk, "o@example.org")}
    officers = Group.objects.get(name="Investment officers")
    assert officers.permissions.filter(codename="change_inquiryrecipient").exists()
    assert (
        not Group.objects.get(name="Editors")
        .permissions.filter(codename__endswith="_inquiryrecipient")
        .exists()
    )
