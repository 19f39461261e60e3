"""A park's district text becomes a district record of its city, and back again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("parks", "0011_places_as_records")]
AFTER = [("parks", "0013_park_district_field")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def ensure_places(apps):
    """The places the migrations made; a flushed database (an earlier test) lacks them."""
    Province, City = apps.get_model("places", "Province"), apps.get_model("places", "City")
    for slug, en in (("shandong", "Shandong"), ("hubei", "Hubei")):
        Province.objects.get_or_create(slug=slug, defaults={"name": en, "name_en": en})
    for slug, province, en in (
        ("dongying", "shandong", "Dongying"),
        ("jingzhou", "hubei", "Jingzhou"),
    ):
        City.objects.get_or_create(
            slug=slug, defaults={"province_id": province, "name": en, "name_en": en}
        )


def make_park(Park, slug, city, en="", zh="", **values):
    return Park.objects.create(
        slug=slug, name_en=slug, summary_en=".", kind="industrial_park", province_id="shandong",
        city_id=city, district=en or zh, district_en=en, district_zh_hans=zh, **values,
    )  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_district_texts_become_records_and_back():
    old = migrate(BEFORE)
    ensure_places(old)
    Park = old.get_model("parks", "Park")
    District = old.get_model("places", "District")
    District.objects.create(
        slug="hekou", city_id="dongying", name="Hekou District", name_en="Hekou District",
        name_zh_hans="河口区",
    )  # fmt: skip
    # The same district of another city is not this one.
    District.objects.create(
        slug="shashi-district",
        city_id="jingzhou",
        name="Shashi District",
        name_en="Shashi District",
    )
    make_park(Park, "by-chinese", "dongying", zh=" 河口 区")
    make_park(Park, "by-english", "dongying", en="hekou  district", zh="")
    make_park(Park, "new-both", "dongying", en="Kenli District", zh="垦利区")
    make_park(Park, "new-chinese", "dongying", zh="东营区")
    make_park(Park, "chinese-in-english", "dongying", en="广饶县")
    make_park(Park, "same-name-other-city", "dongying", en="Shashi District")
    make_park(Park, "none", "dongying")
    make_park(
        Park, "seeded", "dongying", en="Kenli District", zh="垦利区", seed_key="parks:seeded",
        seed_values={"district_en": "Kenli District", "district_zh_hans": "垦利区", "x": 1},
    )  # fmt: skip
    make_park(
        Park, "edited", "dongying", en="Hekou District", seed_key="parks:edited",
        seed_values={"district_en": "Kenli District", "district_zh_hans": "垦利区"},
    )  # fmt: skip

    new = migrate(AFTER)
    Park = new.get_model("parks", "Park")
    District = new.get_model("places", "District")
    district = dict(Park.objects.values_list("slug", "district_id"))
    assert district["by-chinese"] == district["by-english"] == "hekou"
    assert district["none"] is None
    kenli = District.objects.get(slug=district["new-both"])
    assert (kenli.slug, kenli.city_id, kenli.name_en, kenli.name_zh_hans) == (
        "kenli-district", "dongying", "Kenli District", "垦利区",
    )  # fmt: skip
    assert district["seeded"] == "kenli-district"  # matched, not made twice
    chinese = District.objects.get(slug=district["new-chinese"])
    assert (chinese.city_id, chinese.name_en, chinese.name_zh_hans) == ("dongying", None, "东营区")
    written_in_chinese = District.objects.get(slug=district["chinese-in-english"])
    assert (written_in_chinese.name_en, written_in_chinese.name_zh_hans) == (None, "广饶县")
    assert chinese.slug != written_in_chinese.slug
    other = District.objects.get(slug=district["same-name-other-city"])
    assert (other.slug, other.city_id) == ("dongying-shashi-district", "dongying")
    seeded = Park.objects.get(slug="seeded")
    assert seeded.seed_values == {"district": "kenli-district", "x": 1}
    edited = Park.objects.get(slug="edited")  # an editor's district, which imports keep
    assert edited.seed_values["district"] not in (None, "hekou")

    old = migrate(BEFORE)
    Park = old.get_model("parks", "Park")
    texts = {p.slug: (p.district_en, p.district_zh_hans) for p in Park.objects.all()}
    assert texts["by-chinese"] == texts["by-english"] == ("Hekou District", "河口区")
    assert texts["new-chinese"] == ("", "东营区")
    assert not any(texts["none"])
    seeded = Park.objects.get(slug="seeded")
    assert seeded.seed_values == {
        "district_en": "Kenli District",
        "district_zh_hans": "垦利区",
        "x": 1,
    }
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_a_park_naming_a_district_but_no_city_stops_the_migration():
    old = migrate(BEFORE)
    ensure_places(old)
    Park = old.get_model("parks", "Park")
    make_park(Park, "no-city", None, en="Hekou District")
    with pytest.raises(RuntimeError, match="give them their city first: no-city"):
        migrate(AFTER)
    old = migrate(BEFORE)  # nothing was changed
    Park = old.get_model("parks", "Park")
    assert Park.objects.get(slug="no-city").district_en == "Hekou District"
    Park.objects.filter(slug="no-city").update(city_id="dongying")
    new = migrate(AFTER)
    assert new.get_model("parks", "Park").objects.get(slug="no-city").district_id
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
