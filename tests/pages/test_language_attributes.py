"""Every lang and hreflang attribute on a public page is a BCP 47 tag of the site's languages."""

from html.parser import HTMLParser

import pytest

from news.models import Citation, SourceDocument
from tests.factories import make_enterprise, make_news, make_park

pytestmark = pytest.mark.django_db
TAGS = {"en", "zh-Hans"}


class LanguageAttributes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []  # (element, attribute, value)

    def handle_starttag(self, tag, attrs):
        self.found += [(tag, name, value) for name, value in attrs if name in ("lang", "hreflang")]


def records_with_text_in_one_language():
    """Records whose texts exist in only one language, so pages show them marked as such."""
    park = make_park(
        name_en="",
        summary_en="",
        highlights_zh_hans="占地十平方公里",
    )
    make_enterprise(park=park, description_zh_hans="")
    document = SourceDocument.objects.create(
        file_name="zh.txt", sha256="0" * 64, encoding="utf-8", language="zh-hans", text="石油装备"
    )
    Citation.objects.create(document=document, park=park, quote="石油装备")
    make_news(title_zh_hans="油服论坛", source_document=document, original_language="zh-hans")


def test_every_lang_and_hreflang_on_public_pages_is_a_bcp47_tag_of_the_site(client, public_urls):
    records_with_text_in_one_language()
    seen = set()
    for url in public_urls(searches=["石油", "forum"]):
        response = client.get(url)
        assert response.status_code == 200, url
        if "html" not in response["Content-Type"]:
            continue
        parser = LanguageAttributes()
        parser.feed(response.content.decode())
        for element, attribute, value in parser.found:
            if (element, attribute, value) == ("link", "hreflang", "x-default"):
                continue  # the alternate for every other language (see test_metadata)
            assert value in TAGS, f"{url}: <{element} {attribute}={value!r}>"
            seen.add((element, attribute))
    # The page, its alternates, the switcher and text shown in the other language all say so.
    assert {
        ("html", "lang"),
        ("link", "hreflang"),
        ("a", "hreflang"),
        ("a", "lang"),
        ("span", "lang"),
        ("li", "lang"),
        ("div", "lang"),
        ("pre", "lang"),
        ("q", "lang"),
    } <= seen
