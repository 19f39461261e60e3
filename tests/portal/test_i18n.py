import re

import pytest
from django.utils import translation

from tests.factories import make_park

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [("zh-CN,zh;q=0.9,en;q=0.5", "/zh-hans/"), ("en-GB,en;q=0.8", "/en/"), ("fr-FR", "/en/")],
)
def test_root_redirects_to_the_language_the_browser_prefers(client, accept, target):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_home_page_renders_in_both_languages(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="' + ("zh-Hans" if language == "zh-hans" else "en") + '"' in html
    assert 'hreflang="zh-Hans"' in html and 'hreflang="en"' in html


def test_language_switcher_keeps_the_visitor_on_the_same_page(client):
    park = make_park()
    response = client.get(f"/en/parks/{park.slug}/")
    switch = re.search(r'<a href="([^"]+)" hreflang="zh-Hans"', response.content.decode())
    assert switch.group(1) == f"/zh-hans/parks/{park.slug}/"
    back = client.get(switch.group(1))
    assert back.status_code == 200
    assert "东营经济技术开发区" in back.content.decode()
    assert f'href="/en/parks/{park.slug}/" hreflang="en"' in back.content.decode()


def test_switcher_keeps_the_query_string(client):
    response = client.get("/en/parks/?page=1")
    assert 'href="/zh-hans/parks/?page=1"' in response.content.decode()


def test_chinese_catalogue_translates_the_navigation(client):
    with translation.override("zh-hans"):
        assert translation.gettext("Parks") == "园区"
        assert translation.gettext("Enterprises") == "企业"
    html = client.get("/zh-hans/").content.decode()
    for label in ["园区", "企业", "投资机会", "合作协议", "新闻"]:
        assert f">{label}</a>" in html


def test_content_in_the_other_language_is_marked(client):
    park = make_park(summary_zh_hans="")
    html = client.get(f"/zh-hans/parks/{park.slug}/").content.decode()
    assert '<span lang="en">A development zone in Dongying.</span>' in html
    assert "（英文原文，暂无中文）" in html
