"""The agreement tracker: stages with their dates and sources, the agreement's stage kept in step
with them, the register's stage filter, an agreement's timeline, and the stage summaries."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from news.models import Citation, NewsItem
from parks.models import AgreementStage, CooperationAgreement
from tests.factories import cite, make_agreement, make_news, make_park, make_stage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "zh-hans"]


def stage_of(agreement):
    return CooperationAgreement.objects.get(pk=agreement.pk).stage


# Validation.


def test_a_stage_after_the_intent_cannot_come_before_the_signing_date():
    agreement = make_agreement(year=2021, month=5, day=26)
    stage = AgreementStage(agreement=agreement, stage="started", year=2021, month=4)
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        stage.full_clean()
    assert "2021年5月26日" in str(error.value)
    AgreementStage(agreement=agreement, stage="intent", year=2021, month=4).full_clean()
    AgreementStage(agreement=agreement, stage="started", year=2021).full_clean()  # same year
    project = make_agreement(slug="project", record_type="project", kind="", year=2022)
    AgreementStage(agreement=project, stage="started", year=2019).full_clean()


def test_an_event_has_no_stages():
    event = make_agreement(slug="forum", record_type="event", kind="")
    with translation.override("zh-hans"):
        with pytest.raises(ValidationError) as error:
            AgreementStage(agreement=event, stage="signed", source_note_en="Staff").full_clean()
        assert "活动没有阶段" in str(error.value)


def test_an_agreement_reaches_each_stage_once():
    agreement = make_agreement()
    make_stage(agreement, "signed", note="Park committee")
    with pytest.raises(ValidationError, match="already has that stage"):
        AgreementStage(agreement=agreement, stage="signed").validate_constraints()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_stage(agreement, "signed")


# The agreement's stage follows the stages its sources support.


def test_the_stage_is_the_latest_one_a_source_supports():
    agreement = make_agreement()
    assert stage_of(agreement) == ""
    make_stage(agreement, "signed", note="Park committee, annual report 2024")
    assert stage_of(agreement) == "signed"
    unsourced = make_stage(agreement, "in_production")  # no source: neither shown nor counted
    assert stage_of(agreement) == "signed"
    unsourced.source_note_zh_hans = "园区管委会2024年年报"
    unsourced.save()
    assert stage_of(agreement) == "in_production"
    make_stage(agreement, "stopped", note="Park committee")  # a stop ends it
    assert stage_of(agreement) == "stopped"
    AgreementStage.objects.filter(stage="stopped").delete()
    assert stage_of(agreement) == "in_production"


def test_a_stage_whose_only_source_is_a_hidden_news_item_is_not_shown_and_does_not_count(
    client, django_capture_on_commit_callbacks
):
    agreement = make_agreement(slug="pipe-mill")
    make_stage(agreement, "signed", note="Park committee")
    started = make_stage(agreement, "started")
    item = make_news(slug="ground-broken", is_published=False)
    cite(item, started, quote="Construction of the pipe mill began.")
    assert stage_of(agreement) == "signed"
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Construction of the pipe mill began." not in page
    assert "?stage=started" not in page
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is told
        item.is_published = True
        item.save()
    assert stage_of(agreement) == "started"
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Construction of the pipe mill began.</q>" in page
    item.is_published = False
    item.save()
    assert stage_of(agreement) == "signed"
    item.is_published = True
    item.save()
    Citation.objects.filter(stage=started).delete()  # the citation goes: so does the stage
    assert stage_of(agreement) == "signed"


def test_a_mention_without_quoted_words_is_no_source():
    agreement = make_agreement()
    started = make_stage(agreement, "started")
    cite(make_news(), started)
    assert stage_of(agreement) == ""


def test_deleting_the_news_item_takes_its_support_away():
    agreement = make_agreement()
    started = make_stage(agreement, "started")
    item = make_news()
    cite(item, started, quote="Work began.")
    assert stage_of(agreement) == "started"
    NewsItem.objects.filter(pk=item.pk).delete()
    assert stage_of(agreement) == ""


# The register: its stage filter and each agreement's stage.


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Stage: Started"), ("zh-hans", "阶段： 已开工")]
)
def test_the_register_shows_each_stage_and_filters_by_it(client, language, label):
    started = make_agreement(slug="started", title_en="Pipe mill", title_zh_hans="钢管厂")
    make_stage(started, "started", note="Park committee")
    signed = make_agreement(slug="signed", title_en="Valve plant", title_zh_hans="阀门厂")
    make_stage(signed, "signed", note="Park committee")
    with translation.override(language):
        url = reverse("parks:agreement_list")
    html = client.get(url).content.decode()
    assert f'<span class="stage-label stage-started">{label}</span>' in html
    filtered = client.get(url, {"stage": "started"})
    titles = [agreement.slug for agreement in filtered.context["object_list"]]
    assert titles == ["started"]
    assert client.get(url, {"status": "signed"}).context["paginator"].count == 2  # gone
    assert client.get(url, {"stage": "nowhere"}).context["invalid_filter"]


# An agreement's timeline.


@pytest.mark.parametrize(
    ("language", "source", "staff", "note", "no_date"),
    [
        ("en", "Source:", "Entered by staff:", "Park committee", "Date not stated"),
        ("zh-hans", "来源：", "工作人员录入：", "Park committee（中文）", "未注明日期"),
    ],
)
def test_the_timeline_shows_each_stage_with_its_date_and_source(
    client, language, source, staff, note, no_date
):
    agreement = make_agreement(slug="wind-base", year=2021, month=5, day=26)
    make_stage(agreement, "signed", note="Park committee", year=2021, month=5, day=26)
    started = make_stage(agreement, "started", year=2022, month=3)
    item = make_news(slug="work-begins", title_en="Work begins", title_zh_hans="开工")
    cite(item, started, quote="Construction of the base began in March.")
    make_stage(agreement, "in_production")  # no source: not shown
    make_stage(agreement, "stopped", note="Park committee")  # undated
    with translation.override(language):
        html = client.get(agreement.get_absolute_url()).content.decode()
        item_url = item.get_absolute_url()
    timeline = re.search(r'<ol class="stage-timeline">(.*?)</ol>', html, re.S).group(1)
    steps = re.findall(r'<li class="stage-step stage-(\w+)">', timeline)
    assert steps == ["signed", "started", "stopped"]
    assert '<time datetime="2021-05-26">' in timeline
    assert '<time datetime="2022-03">' in timeline
    assert f"<span>{no_date}</span>" in timeline
    assert (
        f'{source} <q lang="en">Construction of the base began in March.</q> — '
        f'<a href="{item_url}">'
    ) in timeline
    assert f"{staff} {note}" in timeline
    # The agreement's facts say where it stands, and its own sources hold no stage's words.
    assert 'href="#timeline-heading"' in html
    sources = re.search(r'<section class="citations".*?</section>', html, re.S)
    assert sources is None or "began in March" not in sources.group(0)


# The summaries: the home page and each park page.


@pytest.fixture
def tracked():
    park = make_park(slug="hekou")
    other = make_park(slug="kenli", name_en="Kenli", name_zh_hans="垦利")
    deals = [
        ("a", "agreement", "started", "CNY", "330000000", "planned", park),
        ("b", "project", "started", "CNY", "70000000", "planned", park),
        ("c", "agreement", "started", "CNY", "1000000000", "contracted", park),
        ("d", "agreement", "signed", "USD", "25000000", "intended", park),
        ("e", "agreement", "in_production", None, None, None, park),
        ("f", "agreement", "stopped", "CNY", "5000000", "planned", other),
        ("g", "event", "started", "CNY", "9000000000", "planned", park),  # not tracked
    ]
    for slug, record_type, stage, currency, amount, basis, where in deals:
        agreement = make_agreement(
            slug=slug,
            record_type=record_type,
            kind="" if record_type != "agreement" else "investment_project",
            park=where,
            amount=Decimal(amount) if amount else None,
            currency=currency or "",
            amount_basis=basis or "",
        )
        make_stage(agreement, stage, note="Park committee")
    hidden = make_agreement(slug="hidden", park=park, is_published=False)
    make_stage(hidden, "in_production", note="Park committee")
    return park


def summary_rows(html):
    table = re.search(r'<table class="stage-table">(.*?)</table>', html, re.S).group(1)
    return [
        (stage, count, re.findall(r"<li>([^<]+)</li>", amounts))
        for stage, count, amounts in re.findall(
            r'<tr class="stage-(\w+)"><th scope="row">[^<]+</th><td>(\d+)</td><td>(.*?)</td></tr>',
            table,
        )
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                ("signed", "1", ["USD 25 million (intended, 1 with an amount)"]),
                (
                    "started",
                    "3",
                    [
                        "CNY 1 billion (signed contract value, 1 with an amount)",
                        "CNY 400 million (planned investment, 2 with an amount)",
                    ],
                ),
                ("in_production", "1", []),
                ("stopped", "1", ["CNY 5 million (planned investment, 1 with an amount)"]),
            ],
        ),
        (
            "zh-hans",
            [
                ("signed", "1", ["2500万美元（意向，1 项注明金额）"]),
                (
                    "started",
                    "3",
                    ["10亿元（签约金额，1 项注明金额）", "4亿元（计划投资，2 项注明金额）"],
                ),
                ("in_production", "1", []),
                ("stopped", "1", ["500万元（计划投资，1 项注明金额）"]),
            ],
        ),
    ],
)
def test_the_home_page_sums_up_the_stages_per_currency_and_basis(
    client, tracked, language, expected
):
    html = client.get(f"/{language}/").content.decode()
    assert summary_rows(html) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_park_page_sums_up_its_own_agreements_and_projects(client, tracked, language):
    with translation.override(language):
        html = client.get(tracked.get_absolute_url()).content.decode()
    with translation.override(language):
        started = translation.gettext("Started")
    assert f" · {started}" in html  # each listed agreement and project says its stage
    rows = summary_rows(html)
    assert [(stage, count) for stage, count, _amounts in rows] == [
        ("signed", "1"),
        ("started", "3"),
        ("in_production", "1"),
    ]
    with translation.override(language):
        assert translation.gettext("From signing to production") in html


def test_without_tracked_agreements_no_summary_is_shown(client):
    make_agreement(record_type="event", kind="")
    assert 'class="stage-table"' not in client.get("/en/").content.decode()


def test_a_park_page_counts_agreements_beyond_those_it_lists(client):
    park = make_park(slug="busy")
    for n in range(15):
        agreement = make_agreement(slug=f"deal-{n}", park=park, year=2021, month=1 + n % 12)
        make_stage(agreement, "signed", note="Park committee")
    oldest = make_agreement(
        slug="oldest",
        title_en="Oldest pipe mill",
        park=park,
        year=2001,
        amount=Decimal("2000000"),
        currency="USD",
        amount_basis="contracted",
    )
    make_stage(oldest, "in_production", note="Park committee")
    html = client.get(park.get_absolute_url()).content.decode()
    assert summary_rows(html) == [
        ("signed", "15", []),
        ("in_production", "1", ["USD 2 million (signed contract value, 1 with an amount)"]),
    ]
    assert "Oldest pipe mill" not in html  # not among the newest listed
    assert "All 16 agreements signed in this park" in html
