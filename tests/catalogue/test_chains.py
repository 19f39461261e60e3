"""The seed chains: imported with their links and placements, each quoting the seeds, and
refused when a quotation is not the seeds' or does not name what it places."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from chains.models import Chain, ChainLink, EnterprisePlacement

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CHAINS = "30-chains.toml"


def run():
    out = StringIO()
    call_command("import_seeds", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeds_copy(tmp_path, settings):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    settings.PORTAL_SEEDS_DIR = copy
    return copy


def spoil(seeds_copy, old, new):
    path = seeds_copy / "catalogue" / CHAINS
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_seed_chains_are_imported_with_their_links_in_order_and_cited(client):
    run()
    chain = Chain.objects.get(slug="jingzhou-petroleum-technology")
    assert chain.is_published and chain.evidence
    assert list(chain.links.order_by("position").values_list("slug", flat=True)) == [
        "technology-rd", "petroleum-machinery", "oilfield-chemistry", "smart-oil-services"
    ]  # fmt: skip
    placement = EnterprisePlacement.objects.get(enterprise__slug="weifei-offshore-equipment")
    assert placement.link.slug == "equipment-manufacturing"
    assert "采油树" in placement.evidence[0]["quote"]
    assert not EnterprisePlacement.objects.filter(is_leader=True).exists()  # none said

    for language, gap, quote in [
        ("en", "Smart oil services", "smart oil services as leading industry segments"),
        ("zh-hans", "智慧油服", "smart oil services as leading industry segments"),
    ]:
        response = client.get(f"/{language}/chains/jingzhou-petroleum-technology/")
        # One institute's project under way is few enterprises: oilfield chemistry is a gap too.
        gaps = [link.slug for link in response.context["gaps"]]
        assert gaps == ["oilfield-chemistry", "smart-oil-services"]
        html = response.content.decode()
        assert gap in html and quote in html
        assert "/news/sources/001_757cef5a41283e9c.txt/" in html


def test_a_second_import_keeps_an_editors_link_and_changes_nothing():
    run()
    link = ChainLink.objects.get(slug="oil-services")
    link.name_en = "Oil services and headquarters"
    link.save()
    assert "Nothing changed" in run()
    link.refresh_from_db()
    assert link.name_en == "Oil services and headquarters"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("Chemistry Industry Research Institute is under way",
         "Chemistry Industry Research Institute makes pumps",
         "is not in 001_757cef5a41283e9c.txt"),
        ('key = "furuite", file = "004_b3b23b7acd5cf2ab.txt", quote = "科瑞、胜机、孚瑞特等8家',
         'key = "furuite", file = "004_b3b23b7acd5cf2ab.txt", quote = "8家',
         "the quotation does not name furuite"),
        ('key = "yunke-hanwei"', 'key = "atlantis"', "places an unknown enterprise"),
        ('name_zh_hans = "油田化学"', 'name_zh_hans = ""', "name_zh_hans must not be empty"),
        ('key = "oil-services"', 'key = "supporting-enterprises"', "a link key must be a unique"),
    ],
)  # fmt: skip
def test_a_bad_chain_entry_is_refused_and_nothing_changes(seeds_copy, old, new, message):
    path = spoil(seeds_copy, old, new)
    with pytest.raises(CommandError) as error:
        run()
    assert message in str(error.value)
    assert str(path) in str(error.value)
    assert not Chain.objects.exists()
