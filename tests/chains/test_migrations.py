"""A database from before chains: its inquiries are kept, and its staff groups get their
rights on chains."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("inquiries", "0004_closed_at"), ("chains", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_inquiries_survive_and_the_groups_get_their_rights_on_chains():
    old = migrate(BEFORE)
    User = old.get_model("auth", "User")
    Group = old.get_model("auth", "Group")
    editors, _new = Group.objects.get_or_create(name="Editors")
    officers, _new = Group.objects.get_or_create(name="Investment officers")
    User.objects.create(username="editor").groups.add(editors)
    User.objects.create(username="officer").groups.add(officers)
    inquiry = old.get_model("inquiries", "Inquiry").objects.create(
        reference="INQ-2026-00007",
        name="Li Wei",
        organisation="Example Drilling Ltd",
        email="li@example.com",
        country="China",
        preferred_language="en",
        message="We plan a plant.",
        consented_at="2026-03-02T09:00:00+08:00",
        respond_by="2026-03-04T09:00:00+08:00",
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from django.contrib.auth.models import User as NewUser
    from django.contrib.contenttypes.models import ContentType

    from inquiries.models import Inquiry

    ContentType.objects.clear_cache()
    kept = Inquiry.objects.get(pk=inquiry.pk)
    assert (kept.reference, kept.message, kept.chain_link) == (
        "INQ-2026-00007", "We plan a plant.", None
    )  # fmt: skip
    editor = NewUser.objects.get(username="editor")
    officer = NewUser.objects.get(username="officer")
    assert editor.has_perm("chains.add_chainlink")
    assert editor.has_perm("chains.change_enterpriseplacement")
    assert officer.has_perm("chains.view_chain")
    assert not officer.has_perm("chains.change_chain")
