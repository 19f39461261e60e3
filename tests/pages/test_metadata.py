"""What search engines and link previews read: a canonical link, an x-default alternate that
agrees with the sitemap and answers, and an og:image on every page."""

import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import make_park

pytestmark = pytest.mark.django_db
PAGES = ["/{lang}/", "/{lang}/parks/", "/{lang}/parks/dongying-edz/", "/{lang}/policies/",
         "/{lang}/news/", "/{lang}/about/", "/{lang}/agreements/"]  # fmt: skip


def head_link(html, rel, hreflang=None):
    pattern = rf'<link rel="{rel}"' + (rf' hreflang="{hreflang}"' if hreflang else "")
    found = re.findall(pattern + r' href="([^"]+)"', html)
    assert len(found) == 1, (rel, hreflang, found)
    return found[0]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_canonical_link_an_x_default_and_an_og_image(client, page, language):
    make_park()
    path = page.format(lang=language)
    html = client.get(path).content.decode()
    assert head_link(html, "canonical") == f"http://testserver{path}"
    x_default = head_link(html, "alternate", "x-default")
    assert x_default == f"http://testserver{page.format(lang='en')}"
    assert client.get(x_default.removeprefix("http://testserver")).status_code == 200
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert image == "http://testserver/static/pages/og-default.png"


def test_a_filtered_or_paged_list_is_canonical_to_the_list(client):
    make_park()
    html = client.get("/zh-hans/parks/?city=dongying&page=1").content.decode()
    assert head_link(html, "canonical") == "http://testserver/zh-hans/parks/"
    assert head_link(html, "alternate", "x-default") == "http://testserver/en/parks/"


def test_the_x_default_is_the_sitemaps(client):
    make_park()
    xml = client.get("/sitemap-parks.xml").content.decode()
    in_sitemap = set(re.findall(r'hreflang="x-default" href="([^"]+)"', xml))
    html = client.get("/zh-hans/parks/dongying-edz/").content.decode()
    assert in_sitemap == {head_link(html, "alternate", "x-default")}


def test_the_default_preview_image_is_served_by_the_site_itself():
    assert finders.find("pages/og-default.png")


def test_a_park_with_an_image_previews_with_it(client):
    park = make_park(image="parks/photo.jpg")
    html = client.get(park.get_absolute_url()).content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert image.startswith("http") and image.endswith("/parks/photo.jpg")
