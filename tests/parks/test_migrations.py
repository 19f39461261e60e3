"""A database from before the record type: its imported agreements can be moved by the seeds."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("parks", "0005_listing_indexes")]
AFTER = [("parks", "0006_agreement_record_type")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_imported_agreements_are_recorded_as_imported_agreements():
    old = migrate(BEFORE)
    Agreement = old.get_model("parks", "CooperationAgreement")
    common = {"kind": "intent", "summary_en": ".", "is_published": True}
    Agreement.objects.create(
        slug="seeded", seed_key="agreements:seeded", seed_values={"kind": "intent"}, **common
    )
    Agreement.objects.create(slug="staff", title_en="Staff's", **common)
    new = migrate(AFTER)
    Agreement = new.get_model("parks", "CooperationAgreement")
    seeded, staff = Agreement.objects.get(slug="seeded"), Agreement.objects.get(slug="staff")
    assert seeded.record_type == staff.record_type == "agreement"
    assert seeded.seed_values == {"kind": "intent", "record_type": "agreement"}
    assert staff.seed_values == {}
    if connection.vendor == "sqlite":  # the rebuilt table keeps the list's index
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'parks_agreement_newest'")
            assert cursor.fetchone()
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
