"""Editors enter an agreement's stages on its admin page, and cite a stage on a news item."""

import pytest
from django.utils import translation

from news.models import Citation, NewsItem
from parks.models import AgreementStage, CooperationAgreement
from tests.factories import make_news
from tests.portal.test_admin import CASES, PUBLISHING, admin_url

pytestmark = pytest.mark.django_db

AGREEMENT = CASES[CooperationAgreement][1]


def stage_rows(*rows):
    data = {"stages-TOTAL_FORMS": str(len(rows)), "stages-INITIAL_FORMS": "0"}
    for n, row in enumerate(rows):
        data.update({f"stages-{n}-{name}": value for name, value in row.items()})
    return data


def test_the_agreement_page_shows_the_stages_with_both_notes_side_by_side(admin_client):
    html = admin_client.get(admin_url(CooperationAgreement, "add")).content.decode()
    assert 'name="stages-0-stage"' in html
    assert 'name="stages-0-source_note_en"' in html
    assert 'name="stages-0-source_note_zh_hans"' in html
    assert 'name="stages-0-year"' in html and 'name="stages-0-day"' in html


def test_an_editor_enters_stages_and_the_agreement_follows_them(admin_client, client):
    data = {
        **AGREEMENT,
        **stage_rows(
            {
                "stage": "signed",
                "year": "2019",
                "month": "8",
                "source_note_en": "Park committee, annual report 2024",
                "source_note_zh_hans": "园区管委会2024年年报",
            },
            {"stage": "started", "year": "2020"},  # no source yet: kept, not shown
        ),
        **PUBLISHING,
    }
    response = admin_client.post(admin_url(CooperationAgreement, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    agreement = CooperationAgreement.objects.get(slug=AGREEMENT["slug"])
    assert agreement.stage == "signed"
    assert sorted(agreement.stages.values_list("stage", flat=True)) == ["signed", "started"]
    with translation.override("zh-hans"):
        html = client.get(agreement.get_absolute_url()).content.decode()
    assert "工作人员录入： 园区管委会2024年年报" in html
    assert 'class="stage-step stage-started"' not in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "A stage after the intent cannot come before the agreement"),
        ("zh-hans", "意向之后的阶段不能早于协议本身的日期"),
    ],
)
def test_a_stage_before_the_signing_is_refused_in_the_editors_language(
    admin_client, language, message
):
    data = {
        **AGREEMENT,
        **stage_rows({"stage": "in_production", "year": "2018", "source_note_en": "Staff"}),
        **PUBLISHING,
    }
    admin_client.cookies["django_language"] = language
    response = admin_client.post(
        admin_url(CooperationAgreement, "add"), data, headers={"accept-language": language}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CooperationAgreement.objects.filter(slug=AGREEMENT["slug"]).exists()
    assert not AgreementStage.objects.exists()


def test_the_same_stage_twice_is_refused(admin_client):
    row = {"stage": "signed", "source_note_en": "Staff"}
    data = {**AGREEMENT, **stage_rows(row, row), **PUBLISHING}
    response = admin_client.post(admin_url(CooperationAgreement, "add"), data)
    assert response.status_code == 200
    assert not CooperationAgreement.objects.filter(slug=AGREEMENT["slug"]).exists()


def test_an_editor_cites_a_stage_on_its_news_item(admin_client):
    response = admin_client.post(
        admin_url(CooperationAgreement, "add"),
        {**AGREEMENT, **stage_rows({"stage": "started", "year": "2020"}), **PUBLISHING},
    )
    assert response.status_code == 302
    agreement = CooperationAgreement.objects.get(slug=AGREEMENT["slug"])
    stage = agreement.stages.get()
    assert agreement.stage == ""
    item = make_news(title_en="Work begins", title_zh_hans="开工")
    data = {
        **{k: v for k, v in CASES[NewsItem][1].items() if not k.startswith("citations-")},
        "slug": item.slug,
        "title_en": item.title_en,
        "title_zh_hans": item.title_zh_hans,
        "citations-TOTAL_FORMS": "1",
        "citations-INITIAL_FORMS": "0",
        "citations-0-stage": str(stage.pk),
        "citations-0-quote": "Construction began.",
        **PUBLISHING,
    }
    page = admin_client.get(admin_url(NewsItem, "change", item.pk)).content.decode()
    assert 'name="citations-0-stage"' in page or 'name="citations-__prefix__-stage"' in page
    response = admin_client.post(admin_url(NewsItem, "change", item.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Citation.objects.get(stage=stage).quote == "Construction began."
    agreement.refresh_from_db()
    assert agreement.stage == "started"
    # The stage is found by its agreement's title where a citation chooses it.
    found = admin_client.get(
        "/admin/autocomplete/",
        {
            "term": "Tripartite",
            "app_label": "news",
            "model_name": "citation",
            "field_name": "stage",
        },
    ).json()
    assert [row["id"] for row in found["results"]] == [str(stage.pk)]


def test_hiding_a_news_item_from_its_list_takes_its_support_away(admin_client):
    agreement = CooperationAgreement.objects.create(
        slug="pipe-mill", title_en="Pipe mill", kind="investment_project", is_published=True
    )
    started = AgreementStage.objects.create(agreement=agreement, stage="started")
    item = make_news()
    Citation.objects.create(news_item=item, stage=started, quote="Work began.")
    assert CooperationAgreement.objects.get(pk=agreement.pk).stage == "started"
    url = admin_url(NewsItem, "changelist")
    admin_client.post(url, {"action": "unpublish", "_selected_action": [item.pk]})
    assert CooperationAgreement.objects.get(pk=agreement.pk).stage == ""
    admin_client.post(url, {"action": "publish", "_selected_action": [item.pk]})
    assert CooperationAgreement.objects.get(pk=agreement.pk).stage == "started"
