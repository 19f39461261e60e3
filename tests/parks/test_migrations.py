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


@pytest.mark.django_db(transaction=True)
def test_statuses_become_stages_entered_by_staff():
    old = migrate([("parks", "0011_places_as_records")])
    Agreement = old.get_model("parks", "CooperationAgreement")
    common = {"summary_en": ".", "is_published": True, "kind": "investment_project"}
    made = {
        "intent": ("intent", 2021),
        "signed": ("signed", 2021),
        "in_progress": ("started", None),
        "completed": ("in_production", None),
    }
    for status in made:
        Agreement.objects.create(slug=status, status=status, year=2021, month=5, **common)
    Agreement.objects.create(
        slug="forum", status="completed", record_type="event", **{**common, "kind": ""}
    )
    Agreement.objects.create(  # the catalogue's own status: its stages come with the seeds
        slug="seeded",
        status="signed",
        seed_key="agreements:seeded",
        seed_values={"status": "signed", "kind": "investment_project"},
        **common,
    )
    Agreement.objects.create(  # an editor changed the catalogue's status: kept as a stage
        slug="edited",
        status="completed",
        seed_key="agreements:edited",
        seed_values={"status": "signed"},
        **common,
    )
    new = migrate([("parks", "0012_agreement_stages")])
    Agreement = new.get_model("parks", "CooperationAgreement")
    Stage = new.get_model("parks", "AgreementStage")
    for slug, (stage, year) in made.items():
        agreement = Agreement.objects.get(slug=slug)
        assert agreement.stage == stage
        recorded = Stage.objects.get(agreement=agreement)
        assert (recorded.stage, recorded.year) == (stage, year)
        assert recorded.source_note_en == "Status recorded by staff before the stage tracker"
        assert recorded.source_note_zh_hans == "启用阶段跟踪前工作人员记录的状态"
    assert not Stage.objects.filter(agreement__slug__in=["forum", "seeded"]).exists()
    assert Agreement.objects.get(slug="forum").stage == ""
    seeded = Agreement.objects.get(slug="seeded")
    assert (seeded.stage, seeded.seed_values) == ("", {"kind": "investment_project"})
    assert Stage.objects.get(agreement__slug="edited").stage == "in_production"
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
