"""The records the fact-check found missing, and the check that a record's kind is the one its
evidence names it by."""

import html
import re
import shutil
import tomllib
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from catalogue.loading import load_seeds
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
COVERAGE = SEEDS / "catalogue" / "25-coverage.toml"
PATHS = {"parks": "parks", "enterprises": "enterprises", "agreements": "agreements",
         "opportunities": "opportunities"}  # fmt: skip
MODELS = {"parks": Park, "enterprises": Enterprise, "agreements": CooperationAgreement,
          "opportunities": InvestmentOpportunity}  # fmt: skip


def run(*args):
    out = StringIO()
    call_command("import_seeds", *args, stdout=out)
    return out.getvalue()


def new_entries():
    for section, entries in tomllib.loads(COVERAGE.read_text(encoding="utf-8")).items():
        for entry in entries:
            yield section, entry


@pytest.fixture
def seeds_copy(tmp_path, settings):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    settings.PORTAL_SEEDS_DIR = copy
    return copy


def spoil(seeds_copy, name, old, new):
    path = seeds_copy / "catalogue" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_real_catalogue_passes_the_kind_check():
    load_seeds(SEEDS)


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("20-roundup.toml", 'key = "kenli-agricultural-high-tech-zone"\nkind = "high_tech_zone"',
         'key = "kenli-agricultural-high-tech-zone"\nkind = "development_zone"',
         "kind 'development_zone' is not what its evidence calls '垦利农高区'"),
        ("25-coverage.toml", 'key = "longqi-wetland-park"\nkind = "tourism_zone"',
         'key = "longqi-wetland-park"\nkind = "industrial_park"', "('湿地公园': tourism_zone)"),
        ("10-english.toml", 'key = "yangtze-university-science-park"\nkind = "science_park"',
         'key = "yangtze-university-science-park"\nkind = "industrial_base"',
         "('science park': science_park)"),
        ("20-roundup.toml", 'key = "shanghai-ocean-university"\nkind = "university"',
         'key = "shanghai-ocean-university"\nkind = "company"', "('大学': university)"),
        ("20-roundup.toml", 'key = "wanda-lean-research-institute"\nkind = "research_institute"',
         'key = "wanda-lean-research-institute"\nkind = "association"',
         "('研究院': research_institute)"),
        ("10-english.toml", 'key = "jingzhou-municipal-government"\nkind = "government"',
         'key = "jingzhou-municipal-government"\nkind = "company"', "('government': government)"),
        ("25-coverage.toml", 'key = "rcck-jingzhou-municipal-committee"\nkind = "association"',
         'key = "rcck-jingzhou-municipal-committee"\nkind = "university"',
         "('committee': government or association)"),
        ("20-roundup.toml",
         'key = "dongying-port-edz-administrative-committee"\nkind = "government"',
         'key = "dongying-port-edz-administrative-committee"\nkind = "association"',
         "('管委会': government)"),
        ("20-roundup.toml", 'key = "crrc-yongji-electric"\nkind = "company"',
         'key = "crrc-yongji-electric"\nkind = "government"', "('公司': company)"),
    ],
)  # fmt: skip
def test_a_kind_its_evidence_does_not_support_is_refused(seeds_copy, name, old, new, message):
    spoil(seeds_copy, name, old, new)
    with pytest.raises(CommandError, match=re.escape(message)):
        run()
    assert not Park.objects.exists()


def test_the_kind_word_that_ends_the_name_decides():
    from catalogue.kinds import ENTERPRISE_KIND_WORDS, PARK_KIND_WORDS
    from catalogue.loading import kind_word

    assert kind_word(PARK_KIND_WORDS, "东营高新技术产业开发区")[0] == "high_tech_zone"
    assert kind_word(ENTERPRISE_KIND_WORDS, "胜利油田分公司勘探开发研究院")[0] == (
        "research_institute"
    )
    assert kind_word(ENTERPRISE_KIND_WORDS, "胜利石油管理局有限公司")[0] == "company"
    assert kind_word(PARK_KIND_WORDS, "baseline city") is None  # whole words only


def test_the_new_records_import_on_a_fresh_database_and_show_their_quotes(client):
    run()
    for section, entry in new_entries():
        obj = MODELS[section].objects.get(slug=entry["key"])
        assert obj.is_published
        field = "title" if section in ("agreements", "opportunities") else "name"
        for language in ("en", "zh-hans"):
            response = client.get(f"/{language}/{PATHS[section]}/{entry['key']}/")
            assert response.status_code == 200, (language, entry["key"])
            page = html.unescape(response.content.decode())
            assert entry[f"{field}_{language.replace('-', '_')}"] in page
            for citation in entry["evidence"]:
                assert citation["quote"] in page, (language, entry["key"], citation["quote"])


def test_the_new_kinds_read_in_both_languages(client):
    run()
    page = client.get("/en/parks/gudao-locust-forest-hot-spring-tourist-area/").content.decode()
    assert "Tourism zone" in page
    page = client.get("/zh-hans/parks/longqi-wetland-park/").content.decode()
    assert "旅游区" in page
    signing = "/agreements/gudao-locust-blossom-festival-travel-agencies-signing/"
    assert "Other signing" in client.get("/en" + signing).content.decode()
    assert "其他签约" in client.get("/zh-hans" + signing).content.decode()
    assert 'href="/en/parks/gudao-locust-forest-hot-spring-tourist-area/"' in (
        client.get("/en" + signing).content.decode()
    )


def test_the_new_records_join_a_catalogue_an_editor_has_changed(seeds_copy):
    coverage = seeds_copy / "catalogue" / "25-coverage.toml"
    saved = coverage.read_text(encoding="utf-8")
    coverage.unlink()
    run()
    assert not Park.objects.filter(slug="longqi-wetland-park").exists()
    zone = Park.objects.get(slug="dongying-port-economic-development-zone")
    zone.summary_en = "Edited by staff."
    zone.save()
    coverage.write_text(saved, encoding="utf-8")
    output = run()
    assert "created" in output
    zone.refresh_from_db()
    assert zone.summary_en == "Edited by staff."
    for section, entry in new_entries():
        assert MODELS[section].objects.filter(slug=entry["key"]).exists(), entry["key"]
    signing = CooperationAgreement.objects.get(
        slug="dongying-port-party-organisation-transfer-signing"
    )
    assert signing.park == zone
    assert "Nothing changed" in run()
