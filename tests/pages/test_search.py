import re

import pytest
from django.core.cache import cache
from django.db import connection

from common import register
from pages import search
from pages.search import stem
from tests.chains.factories import make_chain
from tests.factories import (
    make_agreement,
    make_enterprise,
    make_news,
    make_opportunity,
    make_park,
)
from tests.policies.factories import make_policy

pytestmark = pytest.mark.django_db


def results(client, q, language="en", **params):
    cache.clear()  # the page as rendered now, not as the page cache kept it
    response = client.get(f"/{language}/search/", {"q": q, **params})
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
            if kind not in ("sectors", "park_figures"):  # records of their own only
                yield from ((kind, entry) for entry in entries)


URLS = {"parks": "parks", "enterprises": "enterprises", "agreements": "agreements",
        "opportunities": "opportunities", "chains": "chains",
        "policies": "policies"}  # fmt: skip


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
    # Projects and events are not in the agreement register: their parks and parties link them.
    for kind in ("parks", "enterprises"):
        for _kind, slug in sorted(k for k in listed if k[0] == kind):
            html = client.get(f"/en/{kind}/{slug}/").content.decode()
            found = re.findall(r'href="/en/agreements/([^/"?]+)/"', html)
            listed |= {("agreements", found_slug) for found_slug in found}
    missing = [(k, e["key"]) for k, e in catalogue() if (URLS[k], e["key"]) not in listed]
    assert missing == []


# Pages of results, bounds and query counts ------------------------------------------------


def offshore_news(count, start=0):
    for n in range(start, start + count):
        make_news(slug=f"offshore-{n}", title_en=f"Offshore platform number {n}", day=1 + n % 28)


def queries_per_page(kinds):
    """Each kind shown: the ids of its matches and a page of them; SQLite also checks its
    full-text tables. A kind that matches nothing needs no page."""
    return 2 * kinds + (1 if connection.vendor == "sqlite" else 0)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_search_page_costs_the_same_queries_for_3_or_30_matches(
    client, django_assert_num_queries, language
):
    offshore_news(3)
    for n in range(3):
        make_enterprise(slug=f"offshore-{n}", description_en="Offshore services.")
    make_park(summary_en="An offshore base.")
    make_agreement(title_en="Offshore wind")
    make_opportunity(summary_en="Offshore suppliers wanted.")
    make_chain(slug="offshore", summary_en="Offshore equipment, link by link.")
    make_policy(summary_en="Offshore rules.")
    with django_assert_num_queries(queries_per_page(len(register.kinds()))):
        _r, groups = results(client, "offshore", language)
    assert (groups["news"]["count"], groups["enterprises"]["count"]) == (3, 3)
    offshore_news(27, start=3)
    for n in range(3, 30):
        make_enterprise(slug=f"offshore-{n}", description_en="Offshore services.")
    with django_assert_num_queries(queries_per_page(len(register.kinds()))):
        _r, groups = results(client, "offshore", language)
    assert (groups["news"]["count"], groups["enterprises"]["count"]) == (30, 30)
    assert len(groups["news"]["results"]) == search.PER_GROUP
    with django_assert_num_queries(queries_per_page(1)):
        client.get(f"/{language}/search/", {"q": "offshore", "kind": "news", "page": 2})


def test_every_kind_links_to_all_of_its_results(client):
    offshore_news(search.PER_GROUP + 1)
    response, groups = results(client, "offshore")
    html = response.content.decode()
    assert 'href="/en/search/?q=offshore&amp;kind=news"' in html
    assert "All results in News" in html


def test_one_kind_is_paged_through(client):
    offshore_news(search.PER_PAGE + 3)
    response, groups = results(client, "offshore", kind="news")
    assert list(groups) == ["news"]
    assert groups["news"]["count"] == search.PER_PAGE + 3
    assert len(groups["news"]["results"]) == search.PER_PAGE
    html = response.content.decode()
    assert "Page 1 of 2" in html and "kind=news&amp;page=2" in html
    response, groups = results(client, "offshore", kind="news", page=2)
    assert len(groups["news"]["results"]) == 3
    first = {r["url"] for r in results(client, "offshore", kind="news")[1]["news"]["results"]}
    assert first.isdisjoint(r["url"] for r in groups["news"]["results"])


@pytest.mark.parametrize("found", [5, 7])  # every match counted, or more than are counted
def test_pages_end_at_the_browsable_results_and_counts_at_their_cap(client, monkeypatch, found):
    monkeypatch.setattr(search, "MAX_COUNT", 6)
    monkeypatch.setattr(search, "MAX_BROWSE", 4)
    monkeypatch.setattr(search, "PER_PAGE", 2)
    offshore_news(found)
    response, groups = results(client, "offshore")
    assert (groups["news"]["count"], groups["news"]["capped"]) == (min(found, 6), found > 6)
    assert ("More than 6 results" in response.content.decode()) == (found > 6)
    newest = [f"/en/news/offshore-{n}/" for n in reversed(range(found))]  # a day apart
    assert [r["url"] for r in groups["news"]["results"]] == newest[: search.PER_GROUP]
    pages = [results(client, "offshore", kind="news", page=p) for p in (1, 2)]
    assert [r["url"] for _r, g in pages for r in g["news"]["results"]] == newest[:4]
    assert "Only the first 4 results can be shown" in pages[1][0].content.decode()
    assert (
        client.get("/en/search/", {"q": "offshore", "kind": "news", "page": 3}).status_code == 404
    )


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "news", "page": "99"},
        {"kind": "news", "page": "0"},
        {"kind": "news", "page": "-1"},
        {"kind": "news", "page": "two"},
        {"kind": "spaceships"},
        {"kind": "news", "page": "1" * 400},
    ],
)
@pytest.mark.parametrize(("language", "text"), [("en", "no such page"), ("zh-hans", "没有")])
def test_a_page_or_kind_that_does_not_exist_says_so(client, params, language, text):
    offshore_news(2)
    response = client.get(f"/{language}/search/", {"q": "offshore", **params})
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert 'role="search"' in html and "q=offshore" in html  # the way back


@pytest.mark.parametrize("query", ["\x1b石油装备", "石油\x07装备"])
def test_control_characters_are_dropped(client, records, query):
    response, groups = results(client, query, "zh-hans")
    assert response.context["query"] == "石油装备"
    assert groups  # the rest of the query is still searched


@pytest.mark.parametrize("query", ["石油\x00装备", "\x00", "off\x00shore"])
def test_a_nul_byte_is_a_bad_request_whichever_database(client, records, query):
    response = client.get("/zh-hans/search/", {"q": query})
    assert response.status_code == 400


def test_a_very_long_query_is_cut_to_its_first_terms(client, records):
    response, groups = results(client, "石油装备 " * 60)
    assert len(response.context["query"]) == search.MAX_QUERY
    assert groups["parks"]["count"] == 1


# The database side: what keeps search fast, and in step with the records ------------------


def test_a_repeated_word_is_searched_once(client, records):
    from django.test.utils import CaptureQueriesContext

    def searched_sql(query):
        with CaptureQueriesContext(connection) as queries:
            response, groups = results(client, query, "zh-hans")
        # The queries that find the matching records (the rest order and read them).
        return [q["sql"] for q in queries.captured_queries if 'AS "pk"' in q["sql"]], groups

    once, found = searched_sql("石油装备")
    twice, found_again = searched_sql("石油装备 石油装备")
    assert twice == once and len(once) >= 5 and found_again == found


def test_search_follows_edits_made_in_bulk(client, records):
    from parks.models import Park

    Park.objects.update(summary_en="A harbour for zeppelins.")
    assert results(client, "zeppelins")[1]["parks"]["count"] == 1
    assert "petroleum" not in str(results(client, "high-end")[1].get("parks"))
    Park.objects.all().delete()
    assert "parks" not in results(client, "zeppelins")[1]


def test_two_chinese_characters_and_one_are_found(client, records):
    assert results(client, "威飞", "zh-hans")[1]["enterprises"]["count"] == 1
    assert results(client, "飞", "zh-hans")[1]["enterprises"]["count"] == 1
    assert results(client, "产业园", "zh-hans")[1]["parks"]["count"] == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's English stemming")
def test_on_postgresql_english_word_forms_meet_through_full_text_search(client):
    make_news(slug="mines", title_en="Three mines open", body_en="Ore is carried away.")
    assert results(client, "mining")[1]["news"]["count"] == 1  # no substring of "mines"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="indexes on PostgreSQL")
def test_on_postgresql_every_kind_has_its_search_indexes():
    for kind in register.kinds():
        table = kind.model._meta.db_table
        with connection.cursor() as cursor:
            names = set(connection.introspection.get_constraints(cursor, table))
        expected = {f"search_{kind.key}_{what}" for what in ("trigram", "bigram", "english")}
        assert expected <= names, table


@pytest.mark.skipif(connection.vendor != "postgresql", reason="indexes on PostgreSQL")
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("石油装备 Offshore 威飞, 东营", {"石油", "油装", "装备", "威飞", "东营"}),
        ("海洋工程装备基地海洋", {"海洋", "洋工", "工程", "程装", "装备", "备基", "基地", "地海"}),
        ("单 字 a b", set()),
        ("", set()),
    ],
)
def test_on_postgresql_the_bigram_index_lists_every_pair_of_adjacent_chinese_characters(
    text, pairs
):
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_cjk_bigrams(%s)", [text])
        assert set(cursor.fetchone()[0]) == pairs


@pytest.mark.skipif(connection.vendor != "postgresql", reason="indexes on PostgreSQL")
@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("石油装备", "trigram"),
        ("OFFSHORE", "trigram"),
        ("威飞", "bigram"),
        ("offshore", "english"),
    ],
)
def test_on_postgresql_the_search_uses_the_indexes(monkeypatch, query, index):
    """With other plans made dear, a plan can still avoid the search indexes only if they do
    not fit the query's expressions (on an empty table the published flag's index would do)."""
    monkeypatch.setattr(register.PublicKind, "public", lambda kind: kind.model.objects.all())
    for kind in register.kinds():
        queryset = search.matching(kind, search.terms_of(query), query).order_by()
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert f"search_{kind.key}_{index}" in plan, plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text tables")
def test_on_sqlite_search_works_without_its_triggers_and_migrate_restores_them(client, records):
    from common.searching import sqlite_ready_kinds, sync_sqlite_tables

    with connection.cursor() as cursor:
        cursor.execute('DROP TRIGGER "parks_park_search_update"')
    assert "parks" not in sqlite_ready_kinds(connection)
    from parks.models import Park

    Park.objects.update(summary_en="A harbour for zeppelins.")  # the FTS table misses this
    assert results(client, "zeppelins")[1]["parks"]["count"] == 1  # found by scanning
    sync_sqlite_tables()  # what migrate does after its migrations
    assert "parks" in sqlite_ready_kinds(connection)
    assert results(client, "zeppelins")[1]["parks"]["count"] == 1
    assert "parks" not in results(client, "high-end")[1]


def test_one_client_may_run_only_so_many_searches_a_minute(client, settings):
    cache.clear()
    settings.PORTAL_SEARCH_RATE_LIMIT = 3
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    for word in ["oil", "gas", "port"]:
        assert client.get("/en/search/", {"q": word}).status_code == 200
    response = client.get("/zh-hans/search/", {"q": "石油"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert '<html lang="zh-Hans"' in html
    assert "too many requests" not in html  # said in Chinese
    # The empty search form is not a search; another client is not held back.
    assert client.get("/en/search/").status_code == 200
    assert client.get("/en/search/", {"q": "oil"}, REMOTE_ADDR="192.0.2.99").status_code == 200
    cache.clear()


@pytest.mark.parametrize(
    ("language", "query"), [("zh-hans", "山东省"), ("en", "shandong province")]
)
def test_a_record_named_as_searched_comes_before_those_whose_names_contain_it(
    client, language, query
):
    for n in range(search.PER_GROUP + 1):
        make_enterprise(
            slug=f"a-{n}",
            name_zh_hans=f"山东省第{n}研究院",
            name_en=f"Shandong Province Institute {n}",
        )
    make_enterprise(slug="z-province", name_zh_hans="山东省", name_en="Shandong Province")
    _response, groups = results(client, query, language)
    assert groups["enterprises"]["count"] == search.PER_GROUP + 2
    assert groups["enterprises"]["results"][0]["url"].endswith("/enterprises/z-province/")
