"""Chains and their links in the open data: links in order, published placements only."""

import pytest

from tests.chains.factories import link_of, make_chain, place
from tests.factories import make_enterprise, make_opportunity, make_park

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain():
    chain = make_chain()
    make_chain(slug="hidden-chain", name_en="Hidden chain", is_published=False)
    materials, parts = link_of(chain, "materials"), link_of(chain, "parts")
    place(materials, make_enterprise(), is_leader=True)
    place(materials, make_enterprise(slug="hidden-firm", is_published=False))
    place(materials, make_park())
    place(parts, make_opportunity())
    place(parts, make_opportunity(slug="hidden-chance", is_published=False))
    return chain


def test_a_chain_lists_its_links_in_order_with_their_published_placements(client, chain):
    response = client.get("/api/v1/chains/petroleum-equipment/")
    assert response.status_code == 200
    data = response.json()
    assert data["name_zh_hans"] == "石油装备"
    assert [link["slug"] for link in data["links"]] == [
        "materials", "parts", "equipment", "services"
    ]  # fmt: skip
    materials, parts = data["links"][0], data["links"][1]
    assert materials["name_en"] == "Materials and castings"
    assert materials["name_zh_hans"] == "材料与铸锻件"
    assert materials["enterprises"] == [{"slug": "weifei", "leader": True}]
    assert materials["parks"] == ["dongying-edz"]
    assert parts["opportunities"] == ["supporting-enterprises"]
    assert data["urls"]["zh-hans"].endswith("/zh-hans/chains/petroleum-equipment/")


@pytest.mark.parametrize(
    "path", ["/api/v1/chains/", "/api/v1/downloads/chains.csv", "/api/v1/downloads/chains.json"]
)
def test_no_hidden_chain_or_placement_leaves(client, chain, path):
    response = client.get(path)
    assert response.status_code == 200
    text = (
        b"".join(response.streaming_content).decode("utf-8-sig")
        if response.streaming
        else response.content.decode()
    )
    assert "petroleum-equipment" in text and "weifei" in text
    assert "hidden" not in text.lower()


def test_a_hidden_chain_is_not_found(client, chain):
    assert client.get("/api/v1/chains/hidden-chain/").status_code == 404


def test_the_index_and_schema_name_chains(client, chain):
    assert "chains" in client.get("/api/v1/").json()["kinds"]
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/chains/" in paths and "/api/v1/chains/{slug}/" in paths


def many_chains(n):
    for i in range(n):
        chain = make_chain(slug=f"chain-{i}", position=i)
        for j, link in enumerate(chain.links.all()):
            place(link, make_enterprise(slug=f"e-{i}-{j}"), is_leader=j == 0)
            place(link, make_park(slug=f"p-{i}-{j}"))
            place(link, make_opportunity(slug=f"o-{i}-{j}"))


# The page, its links, and one query per kind placed on them.
@pytest.mark.parametrize(
    ("path", "queries"), [("/api/v1/chains/", 5), ("/api/v1/chains/chain-1/", 5)]
)
@pytest.mark.parametrize("rows", [2, 6])
def test_chain_endpoints_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, path, queries, rows
):
    many_chains(rows)
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200
