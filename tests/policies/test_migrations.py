"""A database from before policies and park pictures: its citations survive, and the staff
groups it already has are given the new records' permissions."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("news", "0007_translation_may_be_stale"),
    ("parks", "0009_tourism_zone_and_other_signing"),
    ("policies", None),
]
AFTER = [("news", "0008_citation_policy"), ("parks", "0010_park_pictures"),
         ("policies", "0002_editors_and_search")]  # fmt: skip


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_citations_survive_and_the_groups_get_the_new_permissions():
    old = migrate(BEFORE)
    Park = old.get_model("parks", "Park")
    NewsItem = old.get_model("news", "NewsItem")
    Citation = old.get_model("news", "Citation")
    park = Park.objects.create(slug="p", name_en="P", kind="industrial_park", province="hubei")
    item = NewsItem.objects.create(slug="n", title_en="N", body_en=".")
    Citation.objects.create(news_item=item, park=park, quote="words")
    for name in ("Editors", "Investment officers"):  # as the portal's migration made them
        Group.objects.get_or_create(name=name)
    new = migrate(AFTER)
    Citation = new.get_model("news", "Citation")
    (citation,) = Citation.objects.all()
    assert (citation.park_id, citation.policy_id, citation.quote) == (park.pk, None, "words")
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_policy", "change_policy", "add_parkimage", "delete_parkimage"} <= editors
    officers = Group.objects.get(name="Investment officers").permissions
    assert set(officers.filter(codename__endswith="policy").values_list("codename", flat=True)) == {
        "view_policy"
    }
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
