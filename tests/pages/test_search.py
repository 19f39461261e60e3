import re

import pytest

from pages.search import stem
from tests.factories import make_agreement, make_enterprise, make_news, make_park

pytestmark = pytest.mark.django_db


def results(client, q, language="en"):
    response = client.get(f"/{language}/search/", {"q": q})
    assert response.status_code == 200
    return response, {g["key"]: g for g in response.context["groups"]}


@pytest.fixture
def records():
    make_park(
        name_zh_hans="东营石油装备产业园",
        summary_zh_hans="高端石油装备制造基地。",
        summary_en="A base for high-end petroleum equipment.",
    )
    make_enterprise(aliases="威飞\nWeifei")
    make_news(
        slug="weifei-news",
        title_en="",
        body_en="",
        title_zh_hans="威飞海洋装备海试成功",
        body_zh_hans="威飞公司自主研发的采油树海试成功。",
    )
    make_agreement(
        title_en="Tripartite strategic cooperation agreements signed",
        summary_en="Three parties in Hekou District.",
    )


def test_chinese_query_without_spaces_finds_every_record_containing_it(client, records):
    _response, groups = results(client, "石油装备", "zh-hans")
    assert groups["parks"]["count"] == 1


def test_short_chinese_name_finds_the_company_and_the_news_about_it(client, records):
    _response, groups = results(client, "威飞", "zh-hans")
    assert groups["enterprises"]["count"] == 1
    assert groups["news"]["count"] == 1


def test_english_is_case_insensitive_and_matches_word_forms(client, records):
    _r, groups = results(client, "WEIFEI")
    assert groups["enterprises"]["count"] == 1
    _r, groups = results(client, "agreement")
    assert groups["agreements"]["count"] == 1
    _r, groups = results(client, "signing")  # "signed" in the title
    assert groups["agreements"]["count"] == 1


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Cooperation agreement for a drilling base", "agreements", "agreement"),
        ("Cooperation agreements for drilling bases", "agreement", "agreement"),
        ("The framework was signed in Hekou", "signing", "sign"),
        ("A company making valves for oilfields", "companies", "compan"),
        ("Investors visited the park in spring", "visiting", "visit"),
    ],
    ids=[
        "plural-finds-singular",
        "singular-finds-plural",
        "ing-finds-ed",
        "ies-finds-y",
        "ing-finds-ed-again",
    ],
)
def test_an_english_word_form_finds_the_record_with_another_form(client, text, query, marked):
    make_agreement(title_en=text, summary_en="Hekou District.")
    make_agreement(slug="unrelated", title_en="Wind power base", summary_en="Offshore.")
    _response, groups = results(client, query)
    assert groups["agreements"]["count"] == 1
    assert f"<mark>{marked}</mark>" in str(groups["agreements"]["results"][0]["title"]).lower()


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("agreements", "agreement"),
        ("signing", "sign"),
        ("signed", "sign"),
        ("companies", "compan"),
        ("company", "compan"),
        ("parks", "park"),
        ("oil", "oil"),  # short words stay whole
        ("zones", "zone"),
        ("石油", "石油"),  # Chinese is matched as written
        ("h2", "h2"),
    ],
)
def test_stem_reduces_an_english_word_to_the_prefix_its_forms_share(term, expected):
    assert stem(term) == expected


def test_results_are_in_the_visitors_language_with_highlights(client, records):
    response, groups = results(client, "petroleum")
    html = response.content.decode()
    assert "<mark>petroleum</mark>" in html.lower()
    response, groups = results(client, "石油", "zh-hans")
    assert "<mark>石油</mark>" in response.content.decode()


def test_a_result_in_the_other_language_says_so(client, records):
    response, groups = results(client, "威飞", "en")
    assert "(other language)" in response.content.decode()


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_shows_the_prompt(client, records, query):
    response, groups = results(client, query)
    assert groups == {}
    assert "for example" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["%", "_", "\\", "' OR 1=1 --", "<script>alert(1)</script>", "石油 %_", "a" * 5000]
)
def test_odd_and_long_queries_are_handled(client, records, query):
    response, groups = results(client, query)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if len(query) > 100:
        assert "shortened" in html
        assert len(response.context["query"]) == 100


def test_search_box_is_on_every_page(client, records):
    for path in ["/en/", "/zh-hans/parks/", "/en/news/"]:
        assert 'role="search"' in client.get(path).content.decode()


def test_drafts_are_not_found(client, records):
    make_park(slug="draft", name_en="Hidden draft zone", is_published=False)
    _r, groups = results(client, "Hidden draft")
    assert groups == {}


@pytest.fixture
def seeded():
    from django.core.management import call_command

    call_command("import_seeds", stdout=None)


def catalogue():
    import tomllib
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "catalogue"
    for path in sorted(seeds.glob("*.toml")):
        for kind, entries in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if kind != "sectors":
                yield from ((kind, entry) for entry in entries)


URLS = {"parks": "parks", "enterprises": "enterprises", "agreements": "agreements",
        "opportunities": "opportunities"}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_seed_entity_can_be_found_by_search_in_both_languages(client, seeded, language):
    missing = []
    for kind, entry in catalogue():
        name = entry.get("name_" + language.replace("-", "_")) or entry.get(
            "title_" + language.replace("-", "_")
        )
        html = client.get(f"/{language}/search/", {"q": name}).content.decode()
        if f'href="/{language}/{URLS[kind]}/{entry["key"]}/"' not in html:
            missing.append(f"{kind} {entry['key']}: {name}")
    assert missing == []


def test_every_seed_entity_can_be_found_by_browsing(client, seeded):
    listed = set()
    for kind in URLS.values():
        page = 1
        while True:
            response = client.get(f"/en/{kind}/", {"page": page})
            html = response.content.decode()
            listed |= {(kind, slug) for slug in re.findall(rf'href="/en/{kind}/([^/"?]+)/"', html)}
            if not response.context["page_obj"].has_next():
                break
            page += 1
    missing = [(k, e["key"]) for k, e in catalogue() if (URLS[k], e["key"]) not in listed]
    assert missing == []
