import gzip

import pytest

from tests.factories import make_news, make_park

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/", "/zh-hans/parks/", "/en/news/feed/", "/sitemap.xml"])
def test_pages_feeds_and_the_sitemap_are_compressed_for_clients_that_accept_gzip(client, path):
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
