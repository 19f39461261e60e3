import pytest
from django.test import Client
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns
from tests.factories import make_news, make_park

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_public_page_with_hreflang_alternates(client):
    make_park()
    make_park(slug="draft", is_published=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/en/parks/dongying-edz/" in xml and "/zh-hans/parks/dongying-edz/" in xml
    assert 'hreflang="zh-hans"' in xml and 'hreflang="x-default"' in xml
    assert "/parks/draft/" not in xml


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
