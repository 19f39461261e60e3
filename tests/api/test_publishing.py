"""Only published records, and of their relations only the published ones, ever leave."""

import pytest

from .conftest import HIDDEN

KINDS = ["parks", "enterprises", "agreements", "opportunities", "news", "policies", "sectors"]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "path", ["/api/v1/{kind}/", "/api/v1/downloads/{kind}.csv", "/api/v1/downloads/{kind}.json"]
)
def test_no_hidden_record_or_relation_is_in_a_list_or_download(client, world, kind, path):
    response = client.get(path.format(kind=kind))
    assert response.status_code == 200
    text = body(response)
    assert HIDDEN not in text.lower()
    assert "隐藏" not in text
    assert world["sector"].slug in text or kind == "news"  # the published ones are there


@pytest.mark.parametrize(
    ("kind", "slug"),
    [
        ("parks", "hidden-park"),
        ("enterprises", "hidden-firm"),
        ("agreements", "hidden-deal"),
        ("opportunities", "hidden-chance"),
        ("news", "hidden-news"),
        ("policies", "hidden-policy"),
        ("sectors", "hidden-sector"),
    ],
)
def test_a_hidden_record_is_not_found(client, world, kind, slug):
    response = client.get(f"/api/v1/{kind}/{slug}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("kind", "slug"),
    [
        ("parks", "park-a"),
        ("enterprises", "firm-b"),
        ("agreements", "deal-a"),
        ("agreements", "deal-b"),
        ("opportunities", "chance-b"),
        ("news", "news-a"),
        ("policies", "policy-a"),
    ],
)
def test_a_published_record_shows_only_its_published_relations(client, world, kind, slug):
    response = client.get(f"/api/v1/{kind}/{slug}/")
    assert response.status_code == 200
    assert HIDDEN not in response.content.decode()


def test_relations_read_as_the_pages_show_them(client, world):
    firm = client.get("/api/v1/enterprises/firm-b/").json()
    assert firm["park"] is None  # its park is hidden
    assert firm["sectors"] == []
    deal = client.get("/api/v1/agreements/deal-a/").json()
    assert deal["parties"] == ["firm-a"]
    assert deal["sectors"] == ["petroleum-equipment"]
    news = client.get("/api/v1/news/news-a/").json()
    assert news["cites"] == {
        "parks": ["park-a"],
        "enterprises": ["firm-a"],
        "agreements": ["deal-a"],
        "opportunities": ["chance-a"],
        "policies": ["policy-a"],
    }
    policy = client.get("/api/v1/policies/policy-a/").json()
    assert policy["parks"] == ["park-a"]  # not the hidden one
    assert policy["sectors"] == ["petroleum-equipment"]
    assert policy["opportunities"] == ["chance-a"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("/api/v1/enterprises/?park=hidden-park", "park"),
        ("/api/v1/parks/?sector=hidden-sector", "sector"),
        ("/api/v1/downloads/news.csv?park=hidden-park", "park"),
    ],
)
def test_a_hidden_record_is_an_unknown_filter_value(client, world, query, param):
    response = client.get(query)
    assert response.status_code == 400  # as for a slug that does not exist
    assert list(response.json()) == [param]


def test_the_schema_holds_no_record(client, world):
    schema = client.get("/api/v1/openapi.json").content.decode()
    assert HIDDEN not in schema.lower()
    assert "park-a" not in schema  # nor any published one: its examples are written by hand


def test_no_personal_or_staff_field_is_served(client, world):
    world["park"].contact_email = "office@example.org"  # shown on the park's page
    world["park"].save()
    fields = set()
    for kind in KINDS:
        for record in client.get(f"/api/v1/{kind}/").json()["results"]:
            fields |= set(record)
    assert "contact_email" in fields  # the park's public office, as its page shows it
    opportunity = client.get("/api/v1/opportunities/chance-a/").json()
    assert not {"contact_email", "contact_name_en"} & set(opportunity)  # not on its page
    for private in ("is_published", "seed_", "translation_status", "aliases", "inquir"):
        assert not any(name.startswith(private) for name in fields), private
