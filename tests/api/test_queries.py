"""Each endpoint runs a fixed number of SQL queries whatever the number of records."""

import pytest

from .conftest import populate

pytestmark = pytest.mark.django_db


# The page, then each published relation in a query of its own (so that a hidden park reads
# as None); a filter by slug (sector, park) checks its value in one more.
@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/v1/parks/", 3),  # parks: + their key figures
        # A city's slug is checked against the places (read once per content generation).
        ("/api/v1/parks/?sector=petroleum-equipment&city=jingzhou", 5),
        ("/api/v1/parks/park-01/", 3),
        ("/api/v1/enterprises/", 3),
        ("/api/v1/enterprises/?park=park-01&sector=petroleum-equipment", 5),
        ("/api/v1/enterprises/enterprise-01/", 3),
        # Agreements: + their stages, + the quoted words of news that support the stages.
        ("/api/v1/agreements/", 6),
        ("/api/v1/agreements/?park=park-01&year=2021&city=dongying", 8),
        ("/api/v1/agreements/agreement-01/", 6),
        ("/api/v1/opportunities/", 3),
        ("/api/v1/opportunities/?park=park-01&status=open", 4),
        ("/api/v1/opportunities/opportunity-01/", 3),
        ("/api/v1/news/", 2),
        ("/api/v1/news/?park=park-01&year=2021", 3),
        ("/api/v1/news/news-01/", 2),
        ("/api/v1/sectors/", 1),
        ("/api/v1/sectors/petroleum-equipment/", 1),
        ("/api/v1/", 0),
        ("/api/v1/openapi.json", 0),
    ],
)
@pytest.mark.parametrize("rows", [3, 30])
def test_endpoints_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, path, queries, rows
):
    populate(rows)
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    if "results" in body:
        assert body["results"]  # the filters found something


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/v1/downloads/parks.csv", 3),
        ("/api/v1/downloads/enterprises.csv?park=park-01", 4),
        ("/api/v1/downloads/agreements.json", 6),
        ("/api/v1/downloads/opportunities.csv", 3),
        ("/api/v1/downloads/news.json?year=2021", 2),
    ],
)
@pytest.mark.parametrize("rows", [3, 30])
def test_downloads_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, path, queries, rows
):
    populate(rows)
    with django_assert_num_queries(queries):
        response = client.get(path)
        assert b"".join(response.streaming_content)


def test_answers_asked_again_come_from_the_page_cache(client, django_assert_num_queries):
    populate(3)
    first = client.get("/api/v1/parks/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get("/api/v1/parks/")
        assert again["X-Page-Cache"] == "hit"
        assert again.content == first.content
        assert again["RateLimit-Remaining"] != first["RateLimit-Remaining"]  # counted still
        assert (
            client.get("/api/v1/parks/", headers={"if-none-match": first["ETag"]}).status_code
            == 304
        )
