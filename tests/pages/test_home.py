"""The home page's figures, map, news and opportunities: published records only, both languages."""

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.factories import (
    make_agreement,
    make_enterprise,
    make_news,
    make_opportunity,
    make_park,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "zh-hans"]


def home(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def catalogue():
    """Published records of every kind, each with a draft beside it that must not count."""
    dongying = make_park(slug="dongying-edz")
    make_park(slug="hekou-park", name_en="Hekou park", name_zh_hans="河口园区")
    jingzhou = make_park(
        slug="jingzhou-edz", name_en="Jingzhou zone", city="jingzhou", province="hubei"
    )
    make_park(slug="draft-park", city="jingzhou", province="hubei", is_published=False)

    for n in range(4):
        make_enterprise(slug=f"enterprise-{n}")
    make_enterprise(slug="draft-enterprise", is_published=False)

    amounts = [
        ("CNY", "330000000"),
        ("CNY", "1200000000"),
        ("CNY", "70000000"),
        ("USD", "50000000"),
        ("USD", "25000000"),
    ]
    for n, (currency, amount) in enumerate(amounts):
        make_agreement(
            slug=f"agreement-{n}",
            amount=Decimal(amount),
            currency=currency,
            amount_basis="planned",
        )
    make_agreement(slug="without-amount")
    make_agreement(
        slug="draft-agreement",
        amount=Decimal("9000000000"),
        currency="CNY",
        amount_basis="planned",
        is_published=False,
    )

    make_opportunity(
        slug="valve-plant", title_en="Valve plant", title_zh_hans="阀门厂", park=dongying
    )
    make_opportunity(
        slug="test-centre",
        title_en="Drilling test centre",
        title_zh_hans="钻井测试中心",
        park=jingzhou,
    )
    make_opportunity(
        slug="under-way", title_en="Pipe mill", title_zh_hans="钢管厂", status="in_progress"
    )
    make_opportunity(
        slug="draft-opportunity",
        title_en="Draft opportunity",
        title_zh_hans="草稿机会",
        is_published=False,
    )

    for day in range(1, 8):
        make_news(
            slug=f"news-{day}",
            title_en=f"Forum on day {day}",
            title_zh_hans=f"第{day}日论坛",
            year=2025,
            month=6,
            day=day,
        )
    make_news(
        slug="draft-news",
        title_en="Draft news",
        title_zh_hans="草稿新闻",
        year=2025,
        month=7,
        day=1,
        is_published=False,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_count_published_records_only(client, catalogue, language):
    html = home(client, language)
    figures = [
        ("Parks", "parks/", 3),
        ("Enterprises and organisations", "enterprises/", 4),
        ("Cooperation agreements", "agreements/", 6),
        ("Open opportunities", "opportunities/?status=open", 2),
    ]
    with translation.override(language):
        for label, path, count in figures:
            label = translation.gettext(label)
            assert f'<dt>{label}</dt><dd><a href="/{language}/{path}">{count}</a></dd>' in html


@pytest.mark.parametrize(
    ("language", "cny", "usd"),
    [
        ("en", "CNY 1.6 billion", "USD 75 million"),
        ("zh-hans", "16亿元", "7500万美元"),
    ],
)
def test_agreement_amounts_are_totalled_per_currency(client, catalogue, language, cny, usd):
    html = home(client, language)
    with translation.override(language):
        for total, count in [(cny, 3), (usd, 2)]:
            label = translation.ngettext(
                "Amount of %(counter)s agreement with a stated amount",
                "Amounts of %(counter)s agreements with a stated amount",
                count,
            ) % {"counter": count}
            assert f'<dt>{label}</dt><dd class="figure-amount">{total}</dd>' in html
    assert html.count('class="figure-amount"') == 2


@pytest.mark.parametrize(
    ("language", "description"),
    [
        ("en", "Dongying: 2 parks Jingzhou: 1 park"),
        ("zh-hans", "东营：2 个园区 荆州：1 个园区"),
    ],
)
def test_the_map_counts_published_parks_per_city(client, catalogue, language, description):
    html = home(client, language)
    counts = dict(
        re.findall(
            rf'<a href="/{language}/parks/\?city=(\w+)" class="map-city">'
            r'<circle [^>]*/><text [^>]*class="map-count">(\d+)</text>',
            html,
        )
    )
    assert counts == {"dongying": "2", "jingzhou": "1"}
    assert f'<desc id="map-desc">{description} </desc>' in html


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Forum on day {day}"), ("zh-hans", "第{day}日论坛")]
)
def test_latest_news_lists_the_six_newest_published_titles(client, catalogue, language, title):
    html = home(client, language)
    news = re.search(r'<ul class="news-list">(.*?)</ul>', html, re.S).group(1)
    shown = re.findall(rf'<a href="/{language}/news/([\w-]+)/">([^<]+)</a>', news)
    assert shown == [(f"news-{day}", title.format(day=day)) for day in range(7, 1, -1)]
    assert "Draft news" not in html and "草稿新闻" not in html


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("en", ["Drilling test centre", "Valve plant"]),
        ("zh-hans", ["钻井测试中心", "阀门厂"]),
    ],
)
def test_featured_opportunities_are_the_open_published_ones(client, catalogue, language, titles):
    html = home(client, language)
    with translation.override(language):
        assert translation.gettext("Open investment opportunities") in html
    cards = re.findall(
        rf'<h3 class="card-title"><a href="/{language}/opportunities/([\w-]+)/">([^<]+)</a>', html
    )
    assert cards == list(zip(["test-centre", "valve-plant"], titles, strict=True))
    for hidden in ["Pipe mill", "钢管厂", "Draft opportunity", "草稿机会"]:
        assert hidden not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_nothing_published_the_home_page_shows_zeros_and_no_totals(client, language):
    make_park(is_published=False)
    make_agreement(amount=Decimal("1"), currency="CNY", amount_basis="planned", is_published=False)
    make_opportunity(is_published=False)
    make_news(is_published=False)
    html = home(client, language)
    assert re.findall(r'<dt>[^<]+</dt><dd><a href="[^"]+">(\d+)</a></dd>', html) == ["0"] * 5
    assert 'class="figure-amount"' not in html
    assert re.findall(r'class="map-count">(\d+)<', html) == ["0", "0"]
    assert 'class="card-title"' not in html
    with translation.override(language):
        assert translation.gettext("No news is published yet.") in html


def test_the_home_page_costs_the_same_queries_however_many_records(client, catalogue):
    def queries():
        cache.clear()  # the page as rendered, not as the page cache keeps it
        with CaptureQueriesContext(connection) as captured:
            home(client, "en")
        return len(captured)

    before = queries()
    for n in range(5):
        park = make_park(slug=f"more-park-{n}", city="jingzhou", province="hubei")
        make_opportunity(slug=f"more-opportunity-{n}", park=park)
        make_agreement(
            slug=f"more-agreement-{n}", amount=Decimal(1), currency="USD", amount_basis="intended"
        )
        make_news(slug=f"more-news-{n}", year=2026)
    assert queries() == before
