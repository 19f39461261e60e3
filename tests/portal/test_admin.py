import re

import pytest
from django.urls import reverse

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park, Sector
from tests.factories import (
    make_agreement,
    make_enterprise,
    make_news,
    make_opportunity,
    make_park,
    make_sector,
)

pytestmark = pytest.mark.django_db

PUBLISHING = {
    "is_published": "on",
    "translation_status_en": "original",
    "translation_status_zh_hans": "reviewed",
}

# For each model: how to make one, and what an editor types into its add form.
CASES = {
    Sector: (
        make_sector,
        {
            "name_en": "New materials",
            "name_zh_hans": "新材料",
            "slug": "new-materials",
            "position": "3",
        },
    ),
    Park: (
        make_park,
        {
            "name_en": "Hekou Economic Development Zone",
            "name_zh_hans": "河口经济开发区",
            "slug": "hekou-edz",
            "kind": "development_zone",
            "status": "operating",
            "province": "shandong",
            "city": "dongying",
            "summary_en": "Zone in Hekou.",
            "summary_zh_hans": "河口的开发区。",
            "images-TOTAL_FORMS": "0",  # its pictures, none here
            "images-INITIAL_FORMS": "0",
            "figures-TOTAL_FORMS": "0",
            "figures-INITIAL_FORMS": "0",
        },
    ),
    Enterprise: (
        make_enterprise,
        {
            "name_en": "Yangtze University",
            "name_zh_hans": "长江大学",
            "slug": "yangtze-university",
            "kind": "university",
            "description_en": "A university in Jingzhou.",
            "description_zh_hans": "位于荆州的大学。",
        },
    ),
    CooperationAgreement: (
        make_agreement,
        {
            "title_en": "Tripartite framework agreement",
            "title_zh_hans": "三方战略合作框架协议",
            "slug": "tripartite",
            "record_type": "agreement",
            "kind": "strategic_framework",
            "year": "2019",
            "month": "8",
            "summary_en": "Signed in August.",
            "summary_zh_hans": "八月签署。",
            "amount": "29500000",
            "currency": "USD",
            "amount_basis": "intended",
            "stages-TOTAL_FORMS": "0",
            "stages-INITIAL_FORMS": "0",
        },
    ),
    InvestmentOpportunity: (
        make_opportunity,
        {
            "title_en": "Oil service headquarters",
            "title_zh_hans": "油服企业总部基地",
            "slug": "headquarters",
            "kind": "headquarters",
            "status": "open",
            "summary_en": "Headquarters base.",
            "summary_zh_hans": "总部基地。",
            "source_statement_en": "oil service enterprise headquarters base",
        },
    ),
    NewsItem: (
        make_news,
        {
            "title_en": "Forum held",
            "title_zh_hans": "论坛举行",
            "slug": "forum-held",
            "body_en": "Body.",
            "body_zh_hans": "正文。",
            "original_language": "en",
            "month": "6",
            "day": "30",
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
        },
    ),
}


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def assert_no_other_host(html):
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not re.match(r"^(https?:)?//", url), f"asset from another host: {url}"


@pytest.mark.parametrize("model", CASES, ids=lambda m: m.__name__)
def test_changelist_add_and_change_pages_show_both_language_tabs(admin_client, model):
    make, _data = CASES[model]
    obj = make()
    for url in [
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", obj.pk),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_no_other_host(html)
    first = next(iter(_data))
    assert f'name="{first}"' in html and f'name="{first.replace("_en", "_zh_hans")}"' in html
    assert "modeltranslation/js/tabbed_translation_fields.js" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html


@pytest.mark.parametrize("model", CASES, ids=lambda m: m.__name__)
def test_an_editor_saves_a_record_in_both_languages(admin_client, model):
    _make, data = CASES[model]
    response = admin_client.post(admin_url(model, "add"), {**data, **PUBLISHING})
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj = model.objects.get(slug=data["slug"])
    for field, value in data.items():
        if field.endswith(("_en", "_zh_hans")):
            assert getattr(obj, field) == value


def test_a_record_needs_its_name_in_at_least_one_language(admin_client):
    data = {**CASES[Park][1], "name_en": "", "name_zh_hans": ""}
    response = admin_client.post(admin_url(Park, "add"), {**data, **PUBLISHING})
    assert response.status_code == 200
    assert "Enter the name in at least one language." in response.content.decode()
    assert not Park.objects.filter(slug=data["slug"]).exists()


def test_a_chinese_only_record_can_be_saved(admin_client):
    data = {**CASES[Park][1], "name_en": "", "summary_en": ""}
    response = admin_client.post(admin_url(Park, "add"), {**data, **PUBLISHING})
    assert response.status_code == 302
    assert Park.objects.get(slug="hekou-edz").name_zh_hans == "河口经济开发区"


def test_changelist_shows_which_languages_are_complete(admin_client):
    make_park(slug="complete")
    make_park(slug="half", summary_zh_hans="")
    html = admin_client.get(admin_url(Park, "changelist")).content.decode()
    assert html.count("EN ✓ · 中文 ✓") == 1
    assert html.count("EN ✓ · 中文 ✗") == 1


def test_publish_and_unpublish_actions(admin_client):
    draft = make_park(slug="draft", is_published=False)
    url = admin_url(Park, "changelist")
    admin_client.post(url, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.is_published
    admin_client.post(url, {"action": "unpublish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert not draft.is_published


def test_search_covers_both_languages(admin_client):
    make_park()
    url = admin_url(Park, "changelist")
    assert "1 park" in admin_client.get(url, {"q": "东营经济"}).content.decode()
    assert "1 park" in admin_client.get(url, {"q": "Dongying Economic"}).content.decode()
    assert "0 parks" in admin_client.get(url, {"q": "nowhere"}).content.decode()


def test_vendored_jquery_ui_is_served_by_the_site(client):
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")


def test_an_editor_links_a_news_item_to_a_park_and_the_park_page_lists_it(admin_client):
    park = make_park()
    item = make_news(title_en="Park opens a new plant", title_zh_hans="园区新厂投产")
    data = {
        **{k: v for k, v in CASES[NewsItem][1].items() if not k.startswith("citations-")},
        "slug": item.slug,
        "title_en": item.title_en,
        "title_zh_hans": item.title_zh_hans,
        "citations-TOTAL_FORMS": "1",
        "citations-INITIAL_FORMS": "0",
        "citations-0-park": str(park.pk),
        "citations-0-quote": "a new plant",
    }
    response = admin_client.post(admin_url(NewsItem, "change", item.pk), {**data, **PUBLISHING})
    assert response.status_code == 302, response.context["adminform"].form.errors
    for language, title in (("en", "Park opens a new plant"), ("zh-hans", "园区新厂投产")):
        html = admin_client.get(f"/{language}/parks/{park.slug}/").content.decode()
        assert title in html
        assert "<q" in html and "a new plant</q>" in html


def test_a_citation_names_exactly_one_record(admin_client):
    park, enterprise = make_park(), make_enterprise()
    item = make_news()
    data = {
        **{k: v for k, v in CASES[NewsItem][1].items() if not k.startswith("citations-")},
        "slug": item.slug,
        "citations-TOTAL_FORMS": "1",
        "citations-INITIAL_FORMS": "0",
        "citations-0-park": str(park.pk),
        "citations-0-enterprise": str(enterprise.pk),
    }
    response = admin_client.post(admin_url(NewsItem, "change", item.pk), {**data, **PUBLISHING})
    assert response.status_code == 200
    assert "Choose exactly one park, enterprise, agreement, opportunity, policy or stage" in (
        response.content.decode()
    )
    assert not item.citations.exists()


@pytest.mark.parametrize("model", CASES, ids=lambda m: m.__name__)
def test_long_texts_stand_side_by_side_and_short_ones_in_language_tabs(admin_client, model):
    from common.admin import long_texts

    make, _data = CASES[model]
    html = admin_client.get(admin_url(model, "change", make().pk)).content.decode()
    for name in long_texts(model):
        row = re.search(rf'<div class="form-row[^"]*field-{name}_en field-{name}_zh_hans"', html)
        assert row, name  # both languages on one row
        for code, lang in (("en", "en"), ("zh_hans", "zh-Hans")):
            widget = re.search(rf'<textarea[^>]*id="id_{name}_{code}"[^>]*>', html)[0]
            assert "side-by-side" in widget and f'lang="{lang}"' in widget
            assert " mt " not in widget.replace('"', " ")  # out of the tabs
    title = "title" if model in (CooperationAgreement, InvestmentOpportunity, NewsItem) else "name"
    widget = re.search(rf'<input[^>]*id="id_{title}_zh_hans"[^>]*>', html)[0]
    assert "mt-field-" in widget  # a short text keeps its tabs
