"""The tracker's stages in the seed catalogue: each quotes its seed file; the import writes them
with their citations, keeps an editor's stage, and retires what the catalogue drops."""

import pytest
from django.core.management import CommandError

from news.models import Citation
from parks.models import AgreementStage, CooperationAgreement
from tests.factories import make_stage

from .test_import_seeds import SEEDS, catalogue_entries, run, seeds_copy  # noqa: F401

pytestmark = pytest.mark.django_db

TIANHONG = "wanda-tianhong-450kt-propane-dehydrogenation-project"
TIANHONG_QUOTE = "万达天弘45万吨/年丙烷脱氢项目土建工程如火如荼进行"


def catalogue_stages():
    for file_name, kind, entry in catalogue_entries():
        if kind == "agreements":
            for stage in entry.get("stages", []):
                yield file_name, entry, stage


def test_every_stage_quotes_words_of_its_seed_file():
    checked = 0
    for file_name, entry, stage in catalogue_stages():
        assert entry["record_type"] != "event", entry["key"]
        for citation in stage["evidence"]:
            text = (SEEDS / citation["file"]).read_text(encoding="utf-8")
            assert citation["quote"] in text, f"{file_name} {entry['key']} {stage['stage']}"
            checked += 1
    assert checked >= 15


def test_every_agreement_of_the_register_has_its_signing_and_no_more_than_its_words_say():
    for _file, kind, entry in catalogue_entries():
        if kind != "agreements" or entry["record_type"] == "event":
            continue
        stages = [stage["stage"] for stage in entry.get("stages", [])]
        if entry["record_type"] == "agreement":
            assert stages[0] in ("signed", "intent"), entry["key"]
        assert "in_production" not in stages  # no seed says a project produces yet


def test_the_import_writes_the_stages_with_their_quotes_and_each_agreements_stage():
    run()
    for _file, entry, stage in catalogue_stages():
        recorded = AgreementStage.objects.get(agreement__slug=entry["key"], stage=stage["stage"])
        assert recorded.year == stage.get("year") and recorded.month == stage.get("month")
        quotes = set(recorded.citations.values_list("quote", flat=True))
        assert quotes == {c["quote"] for c in stage["evidence"]}
    tianhong = CooperationAgreement.objects.get(slug=TIANHONG)
    assert tianhong.stage == "started"
    assert Citation.objects.get(stage__agreement=tianhong, quote=TIANHONG_QUOTE).news_item
    events = CooperationAgreement.objects.filter(record_type="event")
    assert events.exists() and not events.exclude(stage="").exists()
    assert "Nothing changed" in run()


def test_an_editors_stage_is_kept_and_a_dropped_stage_is_retired(seeds_copy):  # noqa: F811
    run()
    tianhong = CooperationAgreement.objects.get(slug=TIANHONG)
    make_stage(tianhong, "in_production", note="Park committee, annual report 2024")
    path = seeds_copy / "catalogue" / "20-roundup.toml"
    text = path.read_text(encoding="utf-8")
    block = text[text.index(f'key = "{TIANHONG}"') :]
    block = block[block.index("\n[[agreements.stages]]") : block.index("\n[[agreements]]")]
    path.write_text(text.replace(block, "\n"), encoding="utf-8")
    run()
    tianhong.refresh_from_db()
    assert list(tianhong.stages.values_list("stage", flat=True)) == ["in_production"]
    assert tianhong.stage == "in_production"
    assert not Citation.objects.filter(quote=TIANHONG_QUOTE).exists()


def test_a_stage_quoting_words_not_in_its_file_is_refused(seeds_copy):  # noqa: F811
    path = seeds_copy / "catalogue" / "20-roundup.toml"
    text = path.read_text(encoding="utf-8")
    assert TIANHONG_QUOTE in text
    path.write_text(text.replace(TIANHONG_QUOTE, "万达天弘项目已全面投产"), encoding="utf-8")
    with pytest.raises(CommandError, match="the stage 'started' quotes"):
        run()


def test_a_stage_of_an_event_is_refused(seeds_copy):  # noqa: F811
    path = seeds_copy / "catalogue" / "10-english.toml"
    text = path.read_text(encoding="utf-8")
    anchor = 'key = "shandong-world-top-500-high-end-equipment-cooperation-event"'
    event = text[text.index(anchor) :]
    evidence_end = event.index("\n]\n", event.index("evidence = [")) + 3
    stage = (
        '\n[[agreements.stages]]\nstage = "signed"\nevidence = [\n  { file = '
        '"003_3cadd0bcd4784dec.txt", quote = "high-end equipment" },\n]\n'
    )
    new = event[:evidence_end] + stage + event[evidence_end:]
    path.write_text(text.replace(event, new), encoding="utf-8")
    with pytest.raises(CommandError, match="an event has no stages"):
        run()
