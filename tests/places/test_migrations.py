"""Provinces and cities become records: every record keeps its place through the migration."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("parks", "0010_park_pictures")]
AFTER = [("parks", "0011_places_as_records")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_records_keep_their_province_and_city():
    old = migrate(BEFORE)
    Park = old.get_model("parks", "Park")
    Enterprise = old.get_model("parks", "Enterprise")
    Agreement = old.get_model("parks", "CooperationAgreement")
    Opportunity = old.get_model("parks", "InvestmentOpportunity")
    text = {"summary_en": ".", "is_published": True}
    park = Park.objects.create(
        slug="dy", kind="development_zone", province="shandong", city="dongying", **text
    )
    Park.objects.create(slug="jz", kind="development_zone", province="hubei", city="", **text)
    Enterprise.objects.create(slug="firm", description_en=".", province="", city="")
    Enterprise.objects.create(slug="firm-2", description_en=".", province="hubei", city="jingzhou")
    Agreement.objects.create(slug="deal", kind="intent", city="dongying", **text)
    Opportunity.objects.create(
        slug="chance", kind="supporting_enterprises", park=park, province="hubei",
        city="jingzhou", **text,
    )  # fmt: skip

    new = migrate(AFTER)
    Park = new.get_model("parks", "Park")
    dy, jz = Park.objects.get(slug="dy"), Park.objects.get(slug="jz")
    assert (dy.province_id, dy.city_id) == ("shandong", "dongying")
    assert (dy.province.name_en, dy.province.name_zh_hans) == ("Shandong", "山东")
    assert (dy.city.name_en, dy.city.name_zh_hans) == ("Dongying", "东营")
    # The positions the home page's map used for the two cities.
    assert (dy.city.latitude, dy.city.longitude) == (Decimal("37.43"), Decimal("118.67"))
    assert (jz.province_id, jz.city_id) == ("hubei", None)
    Enterprise = new.get_model("parks", "Enterprise")
    assert Enterprise.objects.get(slug="firm").city_id is None
    assert Enterprise.objects.get(slug="firm-2").city.name_zh_hans == "荆州"
    assert new.get_model("parks", "CooperationAgreement").objects.get().city_id == "dongying"
    chance = new.get_model("parks", "InvestmentOpportunity").objects.get()
    assert (chance.province_id, chance.city_id) == ("hubei", "jingzhou")
    assert chance.city.province_id == "hubei"

    migrate(BEFORE)  # and back: the places are text again, "" for none
    Enterprise = (
        MigrationExecutor(connection)
        .loader.project_state(BEFORE)
        .apps.get_model("parks", "Enterprise")
    )
    assert Enterprise.objects.get(slug="firm").city == ""
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
