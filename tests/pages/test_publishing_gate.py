"""One publishing gate: a record that is not published shows on no public page, feed,
sitemap, search or source document, not even as the park, party, sector or news item of a
published record."""

import pytest
from django.utils import translation
from modeltranslation.translator import translator

from common import languages
from news.models import SourceDocument
from tests.factories import (
    cite,
    make_agreement,
    make_enterprise,
    make_news,
    make_opportunity,
    make_park,
    make_sector,
)

pytestmark = pytest.mark.django_db
KINDS = ["sector", "park", "enterprise", "agreement", "opportunity", "news"]


def build():
    """One record of every kind, each with names and texts found nowhere else, all linked."""
    sector = make_sector(
        slug="gate-sector",
        name_en="Quillwort sector",
        name_zh_hans="鹦鹉螺行业",
        description_en="Quillwort sector description",
        description_zh_hans="鹦鹉螺行业说明",
    )
    park = make_park(
        slug="gate-park",
        name_en="Amberbay Park",
        name_zh_hans="琥珀湾园区",
        summary_en="Amberbay summary sentence",
        summary_zh_hans="琥珀湾园区简介",
        highlights_en="Amberbay key fact",
        highlights_zh_hans="琥珀湾要点",
    )
    enterprise = make_enterprise(
        slug="gate-enterprise",
        park=park,
        name_en="Bronzeheron Ltd",
        name_zh_hans="青铜鹭公司",
        description_en="Bronzeheron description",
        description_zh_hans="青铜鹭公司简介",
    )
    body_en = "Jadeite first paragraph\n\nJadeite second paragraph"
    other_en = "Always public report\n\nA body that anyone may read"
    document = SourceDocument.objects.create(
        file_name="gate.txt",
        sha256="0" * 64,
        encoding="utf-8",
        language="en",
        text=f"1. Jadeite headline\n\n{body_en}\n\n2. Always public\n\n{other_en}\n",
    )
    news = make_news(
        slug="gate-news",
        seed_key="news:gate.txt#1",
        title_en="Jadeite headline",
        title_zh_hans="翡翠新闻标题",
        body_en=body_en,
        body_zh_hans="翡翠新闻正文",
        source_document=document,
        position=1,
    )
    make_news(
        slug="gate-other-news",
        title_en="Always public",
        body_en=other_en,
        source_document=document,
        position=2,
    )
    agreement = make_agreement(
        slug="gate-agreement",
        park=park,
        title_en="Ginkgo accord",
        title_zh_hans="银杏协议书",
        summary_en="Ginkgo accord summary",
        summary_zh_hans="银杏协议书摘要",
    )
    opportunity = make_opportunity(
        slug="gate-opportunity",
        park=park,
        title_en="Coralreef opening",
        title_zh_hans="珊瑚礁机会",
        summary_en="Coralreef summary",
        summary_zh_hans="珊瑚礁机会摘要",
        source_statement_en="Coralreef statement",
        source_statement_zh_hans="珊瑚礁机会原文",
    )
    for record in (park, enterprise, agreement, opportunity):
        record.sectors.add(sector)
    agreement.parties.add(enterprise)
    cite(news, park, enterprise)
    cite(news, agreement, opportunity, quote="Jadeite headline")  # the source of each
    cite(news, park, quote="Jadeite second paragraph")
    return {
        "sector": sector,
        "park": park,
        "enterprise": enterprise,
        "agreement": agreement,
        "opportunity": opportunity,
        "news": news,
    }


def texts_of(record):
    """Every line of every translated text of the record, in both languages."""
    found = set()
    for field in translator.get_options_for_model(type(record)).fields:
        for name in languages.columns(field):
            found |= {line.strip() for line in (getattr(record, name) or "").splitlines()}
    return found - {""}


def names_of(record):
    field = "name" if hasattr(record, "name") else "title"
    return [languages.text_of(record, field, code).value for code in languages.codes()]


def urls_of(record):
    if not hasattr(record, "get_absolute_url"):
        return []
    urls = []
    for code in languages.codes():
        with translation.override(code):
            urls.append(record.get_absolute_url())
    return urls


def fetch_all(client, urls):
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        html = response.content.decode()
        query = response.context.get("query") if response.context else None
        if query:  # the search page repeats what was asked; only its results count
            html = html.replace(query, "")
        pages[url] = (response.status_code, html)
    return pages


def test_every_record_shows_somewhere_while_published(client, public_urls):
    """The control: with everything published, every name is on some page in both languages."""
    records = build()
    names = [name for record in records.values() for name in names_of(record)]
    pages = fetch_all(client, public_urls(searches=names))
    shown = " ".join(html for _status, html in pages.values())
    for name in names:
        assert name in shown, name
    # The pages the gate must guard show the related park while it is published.
    for path in ["/en/enterprises/", "/en/agreements/", "/en/opportunities/", "/en/"]:
        assert "Amberbay Park" in pages[path][1], path
    assert "Jadeite first paragraph" in pages["/en/news/sources/gate.txt/"][1]


@pytest.mark.parametrize("kind", KINDS)
def test_a_record_that_is_not_published_shows_on_no_public_page(client, public_urls, kind):
    records = build()
    hidden = records[kind]
    type(hidden).objects.filter(pk=hidden.pk).update(is_published=False)
    texts, urls = texts_of(hidden), urls_of(hidden)
    assert set(names_of(hidden)) <= texts
    pages = fetch_all(client, public_urls(searches=names_of(hidden)))
    for url, (status, html) in pages.items():
        for text in texts:
            assert text not in html, f"{kind} {text!r} on {url}"
        if status == 200:  # a 404 page links its own address in the other language
            for link in urls:
                assert link not in html, f"{kind} link {link} on {url}"
    if kind == "sector":
        assert not any("sector=gate-sector" in html for _s, html in pages.values())
    if kind == "park":
        assert not any("park=gate-park" in html for _s, html in pages.values())


def test_a_source_document_with_a_hidden_item_shows_only_its_published_items(client):
    records = build()
    type(records["news"]).objects.filter(pk=records["news"].pk).update(is_published=False)
    for code, note in [("en", "not published"), ("zh-hans", "未发布")]:
        html = client.get(f"/{code}/news/sources/gate.txt/").content.decode()
        assert note in html
        assert "A body that anyone may read" in html
        assert "Jadeite" not in html


def test_a_source_document_whose_items_are_all_published_shows_its_text_unchanged(client):
    build()
    html = client.get("/en/news/sources/gate.txt/").content.decode()
    assert '<pre class="source-text" lang="en">1. Jadeite headline' in html
    assert "not published" not in html
