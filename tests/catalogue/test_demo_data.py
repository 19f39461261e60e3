import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.utils import translation

from catalogue.demo import AT_SCALE_ONE, counts_for, words
from catalogue.demo.deals import DEMO_NOTE
from common.models import SeedTombstone
from news.models import Citation, NewsItem
from pages.search import search
from parks.models import (
    AgreementStage,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)
from parks.stages import current_stage
from places.models import District
from tests.factories import cite, make_enterprise, make_news, make_park

pytestmark = pytest.mark.django_db
SCALE = 0.002
MODELS = {
    "parks": Park,
    "enterprises": Enterprise,
    "agreements": CooperationAgreement,
    "opportunities": InvestmentOpportunity,
    "news": NewsItem,
}
# Every translated field the seeds fill; an agreement's other parties may be empty, as there.
TEXTS = {
    Park: ("name", "summary", "description", "highlights", "contact_name"),
    Enterprise: ("name", "description", "highlights"),
    CooperationAgreement: ("title", "summary", "highlights"),
    InvestmentOpportunity: (
        "title",
        "summary",
        "description",
        "incentives",
        "source_statement",
        "contact_name",
    ),
    NewsItem: ("title", "body"),
}
M2M = {
    Park: ("sectors",),
    Enterprise: ("sectors",),
    CooperationAgreement: ("sectors", "parties"),
    InvestmentOpportunity: ("sectors",),
    NewsItem: (),
}
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def generate(*args, **options):
    out = StringIO()
    call_command("generate_demo_data", *args, stdout=out, **options)
    return out.getvalue()


def demo(model):
    return model.objects.filter(seed_key__startswith="demo:")


def not_demo(model):
    return model.objects.exclude(seed_key__startswith="demo:")


def key(obj):
    return obj.seed_key if obj is not None else None


def snapshot(*, ids=False):
    """Every demo row, its links and citations; by seed key, or also by id and timestamps."""
    rows = {}
    skipped = set() if ids else {"id", "created_at", "updated_at", "park_id"}
    for model, names in M2M.items():
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in skipped]
        records = demo(model).order_by("seed_key").prefetch_related(*names)
        for obj in records.select_related(*(["park"] if hasattr(model, "park") else [])):
            row = {name: getattr(obj, name) for name in fields}
            row["park"] = key(getattr(obj, "park", None))
            row.update({name: sorted(key(o) for o in getattr(obj, name).all()) for name in names})
            rows[obj.seed_key] = row
    citations = Citation.objects.filter(news_item__seed_key__startswith="demo:")
    citations = citations.select_related("news_item", *Citation.RECORD_FIELDS)
    rows["citations"] = sorted(
        (c.news_item.seed_key, key(c.record), c.quote, c.position, c.pk if ids else 0)
        for c in citations
    )
    return rows


def not_demo_snapshot():
    """Every other row of the content tables, as it is, with its links."""
    rows = {}
    for model, names in M2M.items():
        for obj in not_demo(model).order_by("pk").prefetch_related(*names):
            row = {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields}
            row.update({name: sorted(o.pk for o in getattr(obj, name).all()) for name in names})
            rows[(model.__name__, obj.pk)] = row
    rows["sectors"] = list(Sector.objects.order_by("pk").values())
    rows["citations"] = list(
        Citation.objects.exclude(news_item__seed_key__startswith="demo:").order_by("pk").values()
    )
    return rows


def counts():
    return {
        **{name: model.objects.count() for name, model in MODELS.items()},
        "sectors": Sector.objects.count(),
        "citations": Citation.objects.count(),
    }


def import_seeds():
    out = StringIO()
    call_command("import_seeds", stdout=out)
    return out.getvalue()


# What it makes.


def test_scale_sets_the_counts_and_every_row_is_marked_as_demo():
    output = generate("--scale", str(SCALE))
    expected = counts_for(SCALE)
    assert expected == {
        "parks": 2,
        "enterprises": 40,
        "agreements": 10,
        "opportunities": 10,
        "news": 200,
    }
    for kind, model in MODELS.items():
        assert demo(model).count() == expected[kind] == model.objects.count()
        assert not demo(model).exclude(slug__startswith="demo-").exists()
    assert "Made demo data (scale 0.002, seed 2021) in " in output
    assert "2 parks, 40 enterprises, 10 agreements, 10 opportunities, 200 news items" in output


def test_demo_agreements_have_stages_marked_as_demo_with_the_stage_they_reach():
    generate("--scale", str(SCALE))
    stages = AgreementStage.objects.all()
    assert stages.exists()
    assert not stages.exclude(seed_key__startswith="demo:").exists()
    assert set(stages.values_list("source_note_en", "source_note_zh_hans")) == {DEMO_NOTE}
    for agreement in demo(CooperationAgreement).prefetch_related("stages"):
        reached = [stage.stage for stage in agreement.stages.all()]
        assert reached and agreement.stage == current_stage(reached)
    generate("--delete")
    assert not AgreementStage.objects.exists()


def test_at_scale_one_it_makes_the_sizes_the_site_must_stay_fast_with():
    assert (
        counts_for(1)
        == AT_SCALE_ONE
        == {
            "parks": 1_000,
            "enterprises": 20_000,
            "agreements": 5_000,
            "opportunities": 5_000,
            "news": 100_000,
        }
    )
    assert counts_for(0.01)["parks"] == 10 and counts_for(0.01)["news"] == 1_000


def test_a_tiny_scale_still_makes_one_of_each_and_links_them():
    generate("--scale", "0.00001")
    for model in MODELS.values():
        assert demo(model).count() == 1
    item = demo(NewsItem).get()
    assert item.citations.filter(park__isnull=False).count() == 1
    assert 2 <= item.citations.count() <= 4


def test_every_record_has_its_text_in_both_languages():
    generate("--scale", str(SCALE))
    for model, fields in TEXTS.items():
        for obj in demo(model):
            for name in fields:
                english, chinese = getattr(obj, f"{name}_en"), getattr(obj, f"{name}_zh_hans")
                assert english and not CHINESE.search(english), (obj.seed_key, name, english)
                assert chinese and CHINESE.search(chinese), (obj.seed_key, name, chinese)
            statuses = {obj.translation_status("en"), obj.translation_status("zh-hans")}
            assert "original" in statuses and "missing" not in statuses


def test_names_and_texts_vary_and_use_the_industry_words_of_both_languages():
    generate("--scale", str(SCALE))
    names = list(demo(Enterprise).values_list("name_en", "name_zh_hans"))
    assert len({en for en, _zh in names}) == len({zh for _en, zh in names}) == len(names)
    bodies = list(demo(NewsItem).values_list("body_en", "body_zh_hans"))
    assert len(set(bodies)) == len(bodies)
    chinese = " ".join(zh for _en, zh in bodies)
    english = " ".join(en for en, _zh in bodies)
    assert "装备" in chinese and "油田" in chinese
    assert "equipment" in english.lower() and "oilfield" in english.lower()


def test_records_are_linked_as_on_the_real_site():
    generate("--scale", str(SCALE))
    parks = demo(Park).annotate(
        news=Count("citations__news_item", distinct=True),
        enterprise_count=Count("enterprises", distinct=True),
    )
    assert all(park.news for park in parks)
    assert max(park.news for park in parks) > 50  # a busy park has many news items
    assert any(park.enterprise_count for park in parks)
    assert all(park.sectors.exists() for park in parks)
    assert demo(Enterprise).filter(park__isnull=False).count() > 30
    for agreement in demo(CooperationAgreement).prefetch_related("parties", "sectors"):
        assert 2 <= len(agreement.parties.all()) <= 3
        assert agreement.sectors.all() and agreement.year
        if agreement.amount is not None:
            assert agreement.currency in ("CNY", "USD") and agreement.amount_basis
    for opportunity in demo(InvestmentOpportunity):
        assert opportunity.park_id and opportunity.sectors.exists()
    years = set(demo(NewsItem).values_list("year", flat=True))
    months = set(demo(NewsItem).values_list("month", flat=True))
    assert len(years) >= 5 and len(months) >= 10


def test_each_news_item_cites_two_to_four_records_some_with_a_quote_from_its_body():
    generate("--scale", str(SCALE))
    quotes = 0
    for item in demo(NewsItem).prefetch_related("citations"):
        citations = list(item.citations.all())
        assert 2 <= len(citations) <= 4
        assert any(c.park_id for c in citations)
        assert len({(c.park_id, c.enterprise_id, c.agreement_id, c.opportunity_id)
                    for c in citations}) == len(citations)  # fmt: skip
        body = getattr(item, f"body_{item.original_language.replace('-', '_')}")
        for citation in citations:
            if citation.quote:
                quotes += 1
                assert citation.quote in body
    assert 0.1 < quotes / Citation.objects.count() < 0.4


def test_search_finds_demo_records_in_both_languages():
    generate("--scale", str(SCALE))
    park = demo(Park).filter(is_published=True).first()
    for language, name in (("en", park.name_en), ("zh-hans", park.name_zh_hans)):
        with translation.override(language):
            groups = search(name).groups
        found = {group["key"]: group["count"] for group in groups}
        assert found["parks"] >= 1 and found["news"] >= 1, (language, found)


def test_the_same_seed_makes_the_same_data_and_another_seed_other_data():
    generate("--scale", str(SCALE))
    first = snapshot()
    generate("--delete", "--scale", str(SCALE))
    assert snapshot() == first
    generate("--delete", "--scale", str(SCALE), "--seed", "7")
    assert snapshot() != first


# Kept apart from the seeds and from what editors make.


def test_it_uses_the_seed_sectors_and_imports_them_when_missing():
    generate("--scale", str(SCALE))
    assert Sector.objects.count() == 16  # the seed sectors, with tourism
    assert not Sector.objects.exclude(seed_key__startswith="sectors:").exists()
    output = import_seeds()
    assert "sectors unchanged: 16" in output and "sectors created" not in output  # its own


def test_the_seed_import_never_touches_demo_rows():
    import_seeds()
    generate("--scale", str(SCALE))
    before = snapshot(ids=True)
    assert "Nothing changed" in import_seeds()
    assert snapshot(ids=True) == before
    others = Citation.objects.exclude(news_item__seed_key__startswith="demo:")
    for name in Citation.RECORD_FIELDS:
        assert not others.filter(**{f"{name}__seed_key__startswith": "demo:"}).exists()


def test_generating_before_the_seed_import_leaves_the_import_whole():
    generate("--scale", str(SCALE))
    import_seeds()
    with_demo = not_demo_snapshot()
    generate("--delete")
    assert not_demo_snapshot() == with_demo
    assert not_demo(Park).filter(seed_key__startswith="parks:").count() >= 10


def test_delete_removes_the_demo_data_and_nothing_else():
    import_seeds()
    editor_park = make_park(slug="editor-park")
    generate("--scale", str(SCALE))
    demo_park = demo(Park).first()
    moved_in = make_enterprise(slug="editor-company", park=demo_park)
    item = make_news(slug="editor-news")
    cite(item, editor_park)
    cite(item, demo_park, quote="The words an editor quoted.")
    demo(InvestmentOpportunity).first().delete()  # as an editor would: leaves a tombstone
    tombstones = SeedTombstone.objects.exclude(seed_key__startswith="demo:").count()
    others = not_demo_snapshot()
    del others[("Enterprise", moved_in.pk)]
    others["citations"] = [c for c in others["citations"] if c["park_id"] != demo_park.pk]

    output = generate("--delete")

    assert "Deleted demo data in " in output and "200 news items" in output
    for model in MODELS.values():
        assert not demo(model).exists()
    after = not_demo_snapshot()
    moved_in_after = after.pop(("Enterprise", moved_in.pk))
    assert after == others
    assert moved_in_after["park_id"] is None  # as deleting the park in the admin would
    assert item.citations.get().park == editor_park
    assert SeedTombstone.objects.count() == tombstones  # no trace of the demo data is left
    connection.check_constraints()  # no link or citation points at a deleted row


def test_delete_when_there_is_no_demo_data_says_so():
    assert "There was no demo data." in generate("--delete")


# Refusals.


def test_a_second_run_is_refused_until_the_first_set_is_deleted_or_replaced():
    generate("--scale", str(SCALE))
    before = snapshot(ids=True)
    with pytest.raises(CommandError, match=r"There is demo data already \(2 parks, .*--delete"):
        generate("--scale", str(SCALE))
    assert snapshot(ids=True) == before
    generate("--delete", "--scale", "0.001")
    assert demo(Park).count() == 1 and demo(NewsItem).count() == 100


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "above 0"),
        ("-1", "above 0"),
        ("abc", "must be a number"),
        ("", "must be a number"),
        ("nan", "above 0"),
        ("inf", "above 0"),
        ("1000", "too large: at most 10"),
    ],
)
def test_a_bad_scale_is_refused_and_changes_nothing(value, message):
    before = counts()
    with pytest.raises(CommandError, match=message):
        generate(f"--scale={value}")
    with pytest.raises(CommandError, match=message):
        generate(scale=value)  # call_command passes options unconverted
    with pytest.raises(CommandError, match=message):
        generate(f"--scale={value}", "--delete")
    assert counts() == before


def test_a_bad_scale_keeps_the_demo_data_there_is():
    generate("--scale", str(SCALE))
    before = snapshot(ids=True)
    with pytest.raises(CommandError, match="above 0"):
        generate("--delete", "--scale", "-0.5")
    assert snapshot(ids=True) == before


def test_a_bad_seed_is_refused():
    with pytest.raises(CommandError, match="--seed must be a whole number"):
        generate("--scale", str(SCALE), "--seed", "x")
    assert counts()["parks"] == 0


def test_the_page_cache_is_told_once_the_data_is_committed(
    monkeypatch, django_capture_on_commit_callbacks
):
    calls = []
    monkeypatch.setattr("common.pagecache.bump", lambda: calls.append("bump"))
    with django_capture_on_commit_callbacks(execute=True):
        generate("--scale", str(SCALE))
        assert calls == []  # not before the commit
    assert calls
    told = len(calls)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(CommandError):
        generate("--scale", str(SCALE))
    assert len(calls) == told


def test_demo_parks_are_in_demo_districts_of_their_cities_which_delete_removes():
    generate("--scale", str(SCALE))
    parks = list(demo(Park).select_related("district"))
    assert parks and all(p.district.slug.startswith("demo-") for p in parks)
    assert all(p.district.city_id == p.city_id for p in parks)
    assert all(p.district.name_en and p.district.name_zh_hans for p in parks)
    kept = District.objects.filter(slug__startswith="demo-").first()
    make_park(slug="editor-park", city=kept.city_id, district=kept)  # an editor's park in one
    output = generate("--delete")
    assert "districts" in output
    assert list(District.objects.filter(slug__startswith="demo-")) == [kept]
    generate("--scale", str(SCALE))  # made again, the one kept used again
    every = sum(len(city["districts"]) for city in words.CITIES.values())
    assert District.objects.filter(slug__startswith="demo-").count() == every


def test_demo_parks_have_plausible_figures_of_every_group_which_delete_removes():
    from figures.kinds import GROUPS, KINDS
    from figures.models import ParkFigure

    output = generate("--scale", str(SCALE))
    figures = list(ParkFigure.objects.select_related("park"))
    assert figures and all(f.seed_key.startswith("demo:figures:") for f in figures)
    assert all(f.park.seed_key.startswith("demo:") for f in figures)
    assert f"{len(figures)} park figures" in output
    for park in demo(Park):
        groups = {KINDS[f.kind].group for f in figures if f.park_id == park.pk}
        assert groups == {g.key for g in GROUPS}, park.slug
    for figure in figures:
        figure.clean()  # what the admin would accept: unit, currency, value, range
        assert figure.source_file == ""  # entered as park staff would, quoting no seed
    land = [f.value for f in figures if f.kind == "land_total"]
    assert all(2_000 <= value <= 60_000 for value in land)
    assert generate("--delete", "--scale", str(SCALE))  # the same seed: the same figures
    again = {f.seed_key: (f.kind, f.value, f.value_max, f.unit) for f in ParkFigure.objects.all()}
    assert again == {f.seed_key: (f.kind, f.value, f.value_max, f.unit) for f in figures}
    assert "park figures" in generate("--delete")
    assert not ParkFigure.objects.exists()


def test_a_demo_park_page_stays_small_and_its_queries_pinned(client, django_assert_num_queries):
    generate("--scale", "0.01")
    parks = demo(Park).filter(is_published=True).annotate(n=Count("enterprises"))
    largest = parks.order_by("-n", "seed_key").first()  # the park with most enterprises
    # As tests/parks/test_views.py pins it, whatever the park holds: a demo park has a
    # position on the map, key figures, and may have more enterprises than the page lists.
    for park in (largest, parks.filter(n__lte=12).order_by("seed_key").first()):
        assert park.figures.count() > 10
        with django_assert_num_queries(10):
            response = client.get(park.get_absolute_url())
        assert len(response.content) < 100 * 1024
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    assert 'class="figure-group"' in response.content.decode()
    assert len(response.content) < 100 * 1024
