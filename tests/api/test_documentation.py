"""The documentation page: part of the site, in both languages, describing the API it serves."""

import re

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "heading"), [("en", "Open data"), ("zh-hans", "开放数据")])
def test_the_documentation_page_lists_every_endpoint_in_both_languages(client, language, heading):
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    for kind in ("parks", "enterprises", "agreements", "opportunities", "news", "sectors"):
        assert f'href="/api/v1/{kind}/"' in html
        assert f'href="/api/v1/downloads/{kind}.csv"' in html
    assert 'href="/api/v1/openapi.json"' in html
    # The filters are the list pages' own, with their values.
    assert "<code>stage</code>" in html and "<code>under_construction</code>" in html
    assert "<code>name_zh_hans</code>" in html
    with translation.override(language):
        assert translation.gettext("Both languages in every record") in html


def test_the_documentation_page_loads_nothing_from_elsewhere_and_runs_no_script(client):
    html = client.get("/en/open-data/").content.decode()
    assert "<script" not in html and " style=" not in html
    assert not re.search(r'(src|href)="https?://(?!testserver/)', html)


def test_every_page_links_the_documentation(client):
    assert 'href="/zh-hans/open-data/"' in client.get("/zh-hans/about/").content.decode()
