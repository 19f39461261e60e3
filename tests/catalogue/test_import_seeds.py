import re
import shutil
import tomllib
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from chains.models import Chain
from common.models import SeedTombstone
from news.models import Citation, NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park, Sector
from places.models import District
from policies.models import Policy

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MODELS = [Sector, Park, Enterprise, CooperationAgreement, InvestmentOpportunity, NewsItem]


def catalogue_entries():
    for path in sorted((SEEDS / "catalogue").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind, entries in data.items():
            if kind == "park_figures":  # figures on parks, not records (tests/figures)
                continue
            for entry in entries:
                yield path.name, kind, entry


def run(*args):
    out = StringIO()
    call_command("import_seeds", *args, stdout=out)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.fixture
def seeds_copy(tmp_path, settings):
    """A copy of seeds/ to spoil, with the shared part of the catalogue."""
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    settings.PORTAL_SEEDS_DIR = copy
    return copy


def test_every_quotation_in_the_catalogue_is_verbatim_in_its_seed_file():
    checked = 0
    for file_name, kind, entry in catalogue_entries():
        for citation in entry.get("evidence", []):
            text = (SEEDS / citation["file"]).read_text(encoding="utf-8")
            assert citation["quote"] in text, f"{file_name} {kind} {entry['key']}"
            checked += 1
    assert checked >= 10


def test_every_entity_has_its_name_in_both_languages_and_evidence():
    for _file, kind, entry in catalogue_entries():
        field = "title" if kind in ("agreements", "opportunities", "policies") else "name"
        assert entry[f"{field}_en"].strip() and entry[f"{field}_zh_hans"].strip(), entry["key"]
        if kind != "sectors":
            assert entry["evidence"], entry["key"]


def test_import_seeds_fills_the_site_and_a_second_run_changes_nothing():
    first = run()
    assert "Imported:" in first
    assert NewsItem.objects.published().count() >= 40
    for _file, kind, entry in catalogue_entries():
        model = {"sectors": Sector, "parks": Park, "enterprises": Enterprise,
                 "agreements": CooperationAgreement,
                 "opportunities": InvestmentOpportunity, "chains": Chain,
                 "policies": Policy}[kind]  # fmt: skip
        obj = model.objects.get(slug=entry["key"])
        assert obj.is_published
    before = counts()
    second = run()
    assert "Nothing changed: everything was up to date." in second
    assert "created" not in second and "updated" not in second
    assert counts() == before


def test_chinese_news_reads_in_english_after_import():
    run()
    item = NewsItem.objects.get(title_zh_hans="国内首台自主研发的海洋水下生产系统海试成功")
    assert item.title_en and item.body_en
    assert item.translation_status_en == "translated"
    assert item.translation_status_zh_hans == "original"


def test_news_is_linked_to_what_it_mentions():
    run()
    weifei = Enterprise.objects.get(slug="weifei-offshore-equipment")
    assert weifei.citations.news_items().count() >= 3
    zone = Park.objects.get(slug="dongying-economic-technological-development-zone")
    assert zone.citations.news_items().exists()


def test_an_editors_changes_survive_a_reimport():
    run()
    park = Park.objects.get(slug="dongying-economic-technological-development-zone")
    park.summary_en = "Edited by staff."
    park.contact_email = "invest@example.org"
    park.save()
    item = NewsItem.objects.get(title_zh_hans="举行脱贫攻坚新闻发布会")
    item.title_en = "Staff's own English title"
    item.translation_status_en = "reviewed"
    item.save()
    output = run()
    park.refresh_from_db()
    item.refresh_from_db()
    assert park.summary_en == "Edited by staff."
    assert park.contact_email == "invest@example.org"
    assert item.title_en == "Staff's own English title"
    assert item.translation_status_en == "reviewed"
    assert "Nothing changed" in output


def test_a_record_an_editor_deleted_is_not_recreated_unless_asked():
    run()
    Enterprise.objects.get(slug="weifei-offshore-equipment").delete()
    assert "enterprises skipped: 1" in run()
    assert not Enterprise.objects.filter(slug="weifei-offshore-equipment").exists()
    run("--restore-deleted")
    assert Enterprise.objects.filter(slug="weifei-offshore-equipment").exists()


def spoil(seeds_copy, old, new):
    path = seeds_copy / "catalogue" / "01-shared.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("quote = \"Chen Bichang went to Weifei", "quote = \"Chen Bichang flew to Weifei",
         "is not in 000_bbcca0092f6792dc.txt"),
        ('sectors = ["offshore-equipment", "petroleum-equipment"]',
         'sectors = ["space-mining"]', "unknown sector 'space-mining'"),
        ('kind = "development_zone"', 'kind = "moon_base"', "kind 'moon_base' is not one of"),
        ('file = "002_10d470ac4034e5d3.txt"', 'file = "999.txt"', "unknown seed file '999.txt'"),
        ('name_zh_hans = "河口区"', 'name_zh_hans = ""', "name_zh_hans must not be empty"),
        ('key = "hekou-district"', 'key = "Hekou District"', "must be a slug"),
        ('key = "dongying-district"', 'key = "hekou-district"', "the key is used twice"),
        ("status = \"operating\"", "status = ", "not valid TOML"),
    ],
)  # fmt: skip
def test_a_bad_catalogue_entry_is_refused_with_its_file_and_line_and_nothing_changes(
    seeds_copy, old, new, message
):
    run()  # an earlier, good import
    before = counts()
    path = spoil(seeds_copy, old, new)
    with pytest.raises(CommandError) as error:
        run()
    assert message in str(error.value)
    assert str(path) in str(error.value)
    assert "nothing was imported" in str(error.value)
    assert counts() == before


def test_an_entry_naming_an_unknown_park_is_refused(seeds_copy):
    extra = seeds_copy / "catalogue" / "99-extra.toml"
    extra.write_text(
        '[[enterprises]]\nkey = "ghost"\nkind = "company"\npark = "atlantis"\n'
        'name_en = "Ghost"\nname_zh_hans = "幽灵"\ndescription_en = "x"\n'
        'description_zh_hans = "x"\nevidence = [{ file = "002_10d470ac4034e5d3.txt", '
        'quote = "Hekou District" }]\n',
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match=r"99-extra.toml:2: ghost: park names an unknown park"):
        run()
    assert not Enterprise.objects.exists()


def test_the_seed_parks_are_in_their_districts_made_once():
    run()
    hekou = Park.objects.get(slug="hekou-economic-development-zone").district
    assert (hekou.slug, hekou.city_id, hekou.name_en, hekou.name_zh_hans) == (
        "hekou-district", "dongying", "Hekou District", "河口区",
    )  # fmt: skip
    assert Park.objects.filter(district=hekou).count() > 1  # two seed parks name it
    assert Park.objects.get(slug="dongying-port-economic-development-zone").district is None
    districts = District.objects.count()
    assert "unchanged" in run()
    assert District.objects.count() == districts


def test_a_seed_park_naming_a_district_but_no_city_is_refused(seeds_copy):
    path = seeds_copy / "catalogue" / "20-roundup.toml"
    text = path.read_text(encoding="utf-8")
    at = text.index('key = "hekou-economic-development-zone"')
    path.write_text(text[:at] + text[at:].replace('city = "dongying"\n', "", 1), encoding="utf-8")
    with pytest.raises(CommandError, match="a district is named only with its city"):
        run()
    assert not District.objects.exists()


def test_a_bad_news_document_among_the_seeds_refuses_the_whole_import(seeds_copy):
    (seeds_copy / "005_empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match=r"005_empty.txt: the file is empty"):
        run()
    assert counts() == dict.fromkeys(counts(), 0)


def test_a_translation_whose_title_does_not_match_is_refused(seeds_copy):
    path = seeds_copy / "translations" / "002_10d470ac4034e5d3.toml"
    text = path.read_text(encoding="utf-8").replace(
        'source_title = "The Yellow', 'source_title = "A Yellow', 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match="source_title is not the item's title"):
        run()


# Citations: every evidence quotation of the catalogue, linked to the item that holds it.

BOZHONG = "bozhong-offshore-wind-power-industrial-base-signing"
BOZHONG_QUOTE = "5月26日上午,河口区成功举行渤中海上风电产业基地项目签约仪式"


def test_every_evidence_quotation_becomes_a_citation_of_its_record():
    run()
    evidence = [
        (kind, entry["key"], cited["quote"])
        for _file, kind, entry in catalogue_entries()
        for cited in entry.get("evidence", [])
        if kind != "chains"  # a chain keeps its quotations itself (see test_chains)
    ]
    stages = [
        (entry["key"], stage["stage"], cited["quote"])
        for _file, kind, entry in catalogue_entries()
        if kind == "agreements"
        for stage in entry.get("stages", [])
        for cited in stage["evidence"]
    ]
    assert stages  # the tracker's stages are cited too
    assert Citation.objects.quoted().count() == len(evidence) + len(stages)
    for key, stage, quote in stages:
        citation = Citation.objects.get(stage__agreement__slug=key, stage__stage=stage, quote=quote)
        assert citation.is_imported
    for kind, key, quote in evidence:
        model = {"parks": Park, "enterprises": Enterprise, "agreements": CooperationAgreement,
                 "opportunities": InvestmentOpportunity, "policies": Policy}[kind]  # fmt: skip
        citation = model.objects.get(slug=key).citations.quoted().get(quote=quote)
        if citation.news_item is not None:
            item = citation.news_item
            assert quote in item.title_en + item.body_en + item.title_zh_hans + item.body_zh_hans


@pytest.mark.parametrize(("language", "source"), [("en", "Source:"), ("zh-hans", "来源：")])
def test_a_record_page_names_its_source_item_and_quotes_its_evidence(client, language, source):
    run()
    agreement = CooperationAgreement.objects.get(slug=BOZHONG)
    item = agreement.citations.quoted().first().news_item
    assert BOZHONG_QUOTE in item.body_zh_hans or BOZHONG_QUOTE in item.title_zh_hans
    with translation.override(language):
        page, item_url = agreement.get_absolute_url(), item.get_absolute_url()
    html = client.get(page).content.decode()
    assert f'{source} <a href="{item_url}">' in html
    assert f'<q lang="zh-Hans">{BOZHONG_QUOTE}</q>' in html
    # The item that is the source also lists the agreement among what it names.
    assert page in client.get(item_url).content.decode()


def test_citations_follow_the_catalogue_and_keep_what_an_editor_added():
    run()
    park = Park.objects.get(slug="dongying-economic-technological-development-zone")
    item = NewsItem.objects.filter(source_document__isnull=False).first()
    editors = Citation.objects.create(news_item=item, park=park, quote="The editor's words.")
    park.citations.filter(is_imported=True).delete()  # as if the catalogue had changed
    assert "citations created" in run()
    assert park.citations.filter(is_imported=True).exists()
    assert Citation.objects.filter(pk=editors.pk).exists()
    assert "Nothing changed" in run()


def test_a_mention_an_editor_removed_or_added_is_kept_by_a_reimport():
    run()
    weifei = Enterprise.objects.get(slug="weifei-offshore-equipment")
    removed = weifei.citations.mentions().first()
    removed.delete()
    other = NewsItem.objects.exclude(citations__enterprise=weifei).first()
    Citation.objects.create(news_item=other, enterprise=weifei)
    run()
    assert not weifei.citations.mentions().filter(news_item=removed.news_item).exists()
    assert weifei.citations.mentions().filter(news_item=other).exists()


# Entries the catalogue no longer has: merged into another record, or dropped.

EXTRA_PARK = """[[parks]]
key = "merged-away-park"
kind = "industrial_base"
status = "planned"
province = "shandong"
name_en = "Merged-away base"
name_zh_hans = "已合并基地"
summary_en = "A record the catalogue later merges into another."
summary_zh_hans = "后来被合并的记录。"
evidence = [{ file = "004_b3b23b7acd5cf2ab.txt", quote = "渤中海上风电产业基地项目签约仪式" }]
"""


@pytest.fixture
def merged_away(seeds_copy):
    """An import that had one more park than the catalogue now has; returns its key."""
    extra = seeds_copy / "catalogue" / "99-extra.toml"
    extra.write_text(EXTRA_PARK, encoding="utf-8")
    run()
    assert Park.objects.get(slug="merged-away-park").citations.quoted().exists()
    extra.unlink()
    return "merged-away-park"


def test_a_record_merged_away_from_the_catalogue_leaves_on_reimport(merged_away):
    output = run()
    assert "parks retired: 1" in output
    assert not Park.objects.filter(slug=merged_away).exists()
    assert not SeedTombstone.objects.filter(seed_key=f"parks:{merged_away}").exists()
    assert Park.objects.filter(slug="dongying-economic-technological-development-zone").exists()
    assert "Nothing changed" in run()


@pytest.mark.parametrize(
    "edit",
    [
        {"summary_en": "The editor's own summary."},
        {"description_zh_hans": "编辑写的介绍。"},  # a field the import never writes
        {"contact_email": "invest@example.org"},
    ],
)
def test_a_merged_away_record_an_editor_changed_is_kept_unpublished(merged_away, edit):
    Park.objects.filter(slug=merged_away).update(**edit)
    output = run()
    assert "parks retired, kept for an editor and unpublished: 1" in output
    park = Park.objects.get(slug=merged_away)
    assert not park.is_published
    assert all(getattr(park, name) == value for name, value in edit.items())
    park.is_published = True  # the editor decides what becomes of it
    park.save()
    assert "Nothing changed" in run()
    assert Park.objects.get(slug=merged_away).is_published


def test_a_merged_away_record_with_an_editors_quotation_is_kept(merged_away):
    park = Park.objects.get(slug=merged_away)
    item = NewsItem.objects.filter(source_document__isnull=False).first()
    Citation.objects.create(news_item=item, park=park, quote="The editor's words.")
    run()
    park.refresh_from_db()
    assert not park.is_published
    assert park.citations.filter(quote="The editor's words.").exists()


def test_records_made_here_or_by_the_demo_generator_are_never_retired(merged_away):
    fields = {"summary_en": ".", "kind": "development_zone", "province_id": "shandong"}
    Park.objects.create(slug="staff-park", name_en="Staff", is_published=True, **fields)
    Park.objects.create(
        slug="demo-park", seed_key="demo:parks:1", name_en="Demo", is_published=True, **fields
    )
    run()
    assert Park.objects.filter(slug__in=["staff-park", "demo-park"], is_published=True).count() == 2


def test_an_agreement_whose_evidence_names_no_signing_is_refused(seeds_copy):
    path = seeds_copy / "catalogue" / "20-roundup.toml"
    text = path.read_text(encoding="utf-8")
    old = 'key = "wanda-tianhong-450kt-propane-dehydrogenation-project"\nrecord_type = "project"\n'
    assert old in text
    new = old.replace('"project"', '"agreement"\nkind = "investment_project"')
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(CommandError, match="calls it an agreement, signing or contract"):
        run()


def test_a_project_or_event_with_an_agreement_kind_is_refused(seeds_copy):
    path = seeds_copy / "catalogue" / "10-english.toml"
    text = path.read_text(encoding="utf-8")
    key = "shandong-world-top-500-high-end-equipment-cooperation-event"
    old = f'key = "{key}"\nrecord_type = "event"\n'
    assert old in text
    path.write_text(text.replace(old, old + 'kind = "intent"\n'), encoding="utf-8")
    with pytest.raises(CommandError, match="only an agreement has a kind"):
        run()


def test_news_that_named_a_merged_away_record_names_what_the_catalogue_has_now(seeds_copy):
    extra = seeds_copy / "catalogue" / "99-extra.toml"
    extra.write_text(EXTRA_PARK + 'aliases_zh_hans = ["风电资源丰富"]\n', encoding="utf-8")
    run()
    item = NewsItem.objects.get(title_zh_hans="成功举行渤中海上风电产业基地项目签约仪式")
    assert item.citations.mentions().filter(park__slug="merged-away-park").exists()
    # The park is merged into a record the same news names by another of its words.
    extra.write_text(
        EXTRA_PARK.replace("[[parks]]", "[[enterprises]]")
        .replace('key = "merged-away-park"', 'key = "merged-into"')
        .replace("summary_", "description_")
        .replace('kind = "industrial_base"\nstatus = "planned"', 'kind = "company"')
        + 'aliases_zh_hans = ["风电产业全链条"]\n',
        encoding="utf-8",
    )
    run()
    mentions = item.citations.mentions()
    assert not mentions.filter(park__slug="merged-away-park").exists()
    assert mentions.filter(enterprise__slug="merged-into").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("实现意向交易额2950万美元。", "实现意向交易额2960万美元。",
         "the figure 2960 in summary is in no evidence quotation"),
        ('"xinjiang-goldwind-science-technology", "crrc-yongji-electric"]',
         '"xinjiang-goldwind-science-technology", "weifei-offshore-equipment"]',
         "no evidence quotation names the party 'weifei-offshore-equipment'"),
    ],
)  # fmt: skip
def test_a_figure_or_party_without_a_citation_is_refused(seeds_copy, old, new, message):
    path = seeds_copy / "catalogue" / "20-roundup.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(CommandError, match=re.escape(message)):
        run()
