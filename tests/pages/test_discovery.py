import re

import pytest
from django.test import Client
from django.urls import path
from django.utils.timezone import localtime

from common import register
from news.models import NewsItem
from pages import sitemaps
from portal.urls import urlpatterns as portal_urlpatterns
from tests.factories import make_news, make_park

pytestmark = pytest.mark.django_db


def test_sitemap_index_names_a_file_for_every_section(client):
    make_park()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<sitemapindex" in xml
    sections = ["pages", *[kind.key for kind in register.kinds()]]
    assert re.findall(r"<loc>http://testserver/sitemap-([a-z]+)\.xml</loc>", xml) == sections


def test_a_section_lists_its_records_in_both_languages_with_alternates(client):
    make_park()
    make_park(slug="draft", is_published=False)
    response = client.get("/sitemap-parks.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    urls = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert urls == [
        "http://testserver/en/parks/dongying-edz/",
        "http://testserver/zh-hans/parks/dongying-edz/",
    ]
    for language in ["en", "zh-hans"]:
        link = f'hreflang="{language}" href="http://testserver/{language}/parks/dongying-edz/"'
        assert xml.count(link) == 2  # each URL names both languages
    assert xml.count('hreflang="x-default"') == 2
    assert "/parks/draft/" not in xml


def test_the_fixed_pages_have_a_section_of_their_own(client):
    xml = client.get("/sitemap-pages.xml").content.decode()
    for page in ["/en/", "/zh-hans/about/", "/en/parks/", "/zh-hans/news/"]:
        assert f"<loc>http://testserver{page}</loc>" in xml


def test_a_section_beyond_its_limit_is_split_into_pages(client, monkeypatch):
    monkeypatch.setattr(sitemaps, "RECORDS_PER_FILE", 2)
    for n in range(5):
        make_news(slug=f"news-{n}")
    index = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/sitemap-news.xml</loc>" in index
    assert "<loc>http://testserver/sitemap-news.xml?p=2</loc>" in index
    assert "<loc>http://testserver/sitemap-news.xml?p=3</loc>" in index
    assert "sitemap-news.xml?p=4" not in index
    pages = [client.get("/sitemap-news.xml", {"p": p}).content.decode() for p in (1, 2, 3)]
    slugs = [re.findall(r"<loc>http://testserver/(?:en|zh-hans)/news/([^/]+)/</loc>", xml)
             for xml in pages]  # fmt: skip
    assert slugs == [
        ["news-0", "news-0", "news-1", "news-1"],
        ["news-2", "news-2", "news-3", "news-3"],
        ["news-4", "news-4"],
    ]
    assert client.get("/sitemap-news.xml", {"p": 4}).status_code == 404
    assert client.get("/sitemap-news.xml", {"p": "x"}).status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_full_file_stays_within_the_protocol_and_the_size_limit(client):
    NewsItem.objects.bulk_create(
        NewsItem(slug=f"{n:05d}-" + "x" * 74, title_en="T", is_published=True)
        for n in range(sitemaps.RECORDS_PER_FILE + 1)
    )
    response = client.get("/sitemap-news.xml")
    assert response.content.count(b"<url>") == 2 * sitemaps.RECORDS_PER_FILE <= 50_000
    assert len(response.content) <= 10 * 1024 * 1024
    assert client.get("/sitemap-news.xml", {"p": 2}).content.count(b"<url>") == 2


def test_a_sitemap_file_costs_the_same_queries_whatever_its_size_and_is_cached(
    client, django_assert_num_queries
):
    make_news(slug="first")
    with django_assert_num_queries(2):  # count, page
        client.get("/sitemap-news.xml")
    for n in range(20):
        make_news(slug=f"more-{n}")
    with django_assert_num_queries(2):
        client.get("/sitemap-news.xml", {"p": 1})
    with django_assert_num_queries(0):
        assert b"/news/more-19/" in client.get("/sitemap-news.xml", {"p": 1}).content


def test_the_sitemap_index_reads_every_section_in_one_query(client, django_assert_num_queries):
    make_news(slug="first", is_published=True)
    NewsItem.objects.bulk_create(
        NewsItem(slug=f"{n:05d}-news", title_en="T", is_published=True)
        for n in range(sitemaps.RECORDS_PER_FILE)
    )
    with django_assert_num_queries(1):
        index = client.get("/sitemap.xml").content.decode()
    # The news fill two files; the sections without a record are listed, empty.
    assert "/sitemap-news.xml</loc>" in index and "/sitemap-news.xml?p=2</loc>" in index
    assert "/sitemap-news.xml?p=3" not in index
    assert "/sitemap-parks.xml</loc>" in index and "/sitemap-parks.xml?p=2" not in index
    latest = localtime(NewsItem.objects.latest("updated_at").updated_at).isoformat()
    news_entry = index[index.index("/sitemap-news.xml</loc>") :].split("</sitemap>")[0]
    assert f"<lastmod>{latest}" in news_entry


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Oilfield services forum"), ("zh-hans", "油服论坛")]
)
def test_news_feed_per_language(client, language, title):
    make_news(title_zh_hans="河口油服论坛举行")
    make_news(slug="draft", title_en="Draft news", is_published=False)
    response = client.get(f"/{language}/news/feed/")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<rss" in xml and title in xml and "Draft news" not in xml


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_pages_have_title_description_and_open_graph(client, language):
    park = make_park()
    html = client.get(f"/{language}/parks/{park.slug}/").content.decode()
    name = "东营经济技术开发区" if language == "zh-hans" else "Dongying Economic"
    assert f"<title>{name}" in html
    assert '<meta name="description"' in html
    assert '<meta property="og:title"' in html and name in html


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Page not found"), ("zh-hans", "页面不存在")]
)
def test_friendly_404_in_both_languages(client, language, text):
    response = client.get(f"/{language}/parks/no-such-park/")
    assert response.status_code == 404
    assert text in response.content.decode()


def boom(request):
    raise RuntimeError("secret internals")


urlpatterns = [*portal_urlpatterns, path("boom/", boom)]


@pytest.mark.urls("tests.pages.test_discovery")
def test_a_crash_gives_a_generic_500_page_without_internals():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "secret internals" not in html and "Traceback" not in html


def test_about_page_in_both_languages(client):
    assert "Where the facts come from" in client.get("/en/about/").content.decode()
    assert client.get("/zh-hans/about/").status_code == 200
