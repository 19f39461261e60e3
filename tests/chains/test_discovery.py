"""Chains are found by search, listed in the sitemap, and linked from every page's menu."""

import pytest
from django.core.cache import cache

from tests.chains.factories import make_chain

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "query"), [("en", "castings"), ("zh-hans", "油田服务")])
def test_search_finds_a_published_chain_in_both_languages(client, language, query):
    make_chain()
    make_chain(slug="hidden", summary_en="Hidden castings.", is_published=False)
    cache.clear()
    response = client.get(f"/{language}/search/", {"q": query})
    groups = {g["key"]: g for g in response.context["groups"]}
    assert groups["chains"]["count"] == 1
    assert f"/{language}/chains/petroleum-equipment/" in response.content.decode()


def test_the_sitemap_lists_published_chains_in_both_languages(client):
    make_chain()
    make_chain(slug="hidden", is_published=False)
    assert "sitemap-chains.xml" in client.get("/sitemap.xml").content.decode()
    xml = client.get("/sitemap-chains.xml").content.decode()
    assert "/en/chains/petroleum-equipment/" in xml
    assert "/zh-hans/chains/petroleum-equipment/" in xml
    assert "hidden" not in xml


@pytest.mark.parametrize(("language", "label"), [("en", "Industry chains"), ("zh-hans", "产业链")])
def test_the_menu_leads_to_the_chains(client, language, label):
    html = client.get(f"/{language}/chains/").content.decode()
    assert f'<a href="/{language}/chains/">{label}</a>' in html
