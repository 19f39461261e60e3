import gzip
from unittest import mock

import pytest

from tests.factories import make_news, make_park

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/", "/zh-hans/parks/", "/en/news/feed/"])
def test_pages_and_feeds_are_compressed_for_clients_that_accept_gzip(client, path):
    make_park()
    make_news()
    plain = client.get(path)
    assert plain.status_code == 200
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content) == plain.content
    assert response["X-Page-Cache"] == "hit"


def test_a_page_from_the_page_cache_is_served_compressed_as_stored(client):
    make_park()
    plain = client.get("/en/parks/")
    assert plain["X-Page-Cache"] == "miss"
    # Compressing again would fail: what is sent is the copy compressed when it was stored.
    with mock.patch("django.middleware.gzip.compress_string", side_effect=AssertionError):
        response = client.get("/en/parks/", HTTP_ACCEPT_ENCODING="gzip")
        uncompressed = client.get("/en/parks/", HTTP_ACCEPT_ENCODING="identity")
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Encoding"] == "gzip"
    assert response["Content-Length"] == str(len(response.content))
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain.content
    assert "Content-Encoding" not in uncompressed
    assert uncompressed.content == plain.content


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-parks.xml"])
def test_the_sitemap_is_kept_compressed_and_served_so_without_a_query(
    client, path, django_assert_num_queries
):
    make_park()
    plain = client.get(path)
    assert plain.status_code == 200
    assert "Content-Encoding" not in plain
    compressed = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    with django_assert_num_queries(0):  # from the cache, compressed once
        again = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert again.content == compressed.content
