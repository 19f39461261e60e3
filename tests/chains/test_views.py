import re

import pytest
from django.urls import reverse
from django.utils import translation

from parks.models import InvestmentOpportunity
from tests.chains.factories import link_of, make_chain, place
from tests.factories import make_enterprise, make_opportunity, make_park

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "zh-hans"]


def url_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def populated_chain():
    """Castings has a leader and a park; parts has no enterprise and an open opportunity."""
    chain = make_chain()
    castings, parts = link_of(chain, "materials"), link_of(chain, "parts")
    place(castings, make_enterprise(slug="weifei"), is_leader=True)
    place(castings, make_enterprise(slug="kerui", name_en="Kerui Group", name_zh_hans="科瑞集团"))
    place(castings, make_park())
    place(parts, make_opportunity(slug="supporting-enterprises"))
    return chain


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chain_list_names_each_published_chain(client, language):
    make_chain()
    make_chain(slug="hidden", name_en="Hidden chain", is_published=False)
    html = client.get(url_in(language, "chains:chain_list")).content.decode()
    assert ("石油装备" if language == "zh-hans" else "Petroleum equipment") in html
    assert "Hidden chain" not in html
    assert client.get(url_in(language, "chains:chain_detail", slug="hidden")).status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chain_page_draws_its_links_in_order_as_an_accessible_svg(client, language):
    populated_chain()
    response = client.get(url_in(language, "chains:chain_detail", slug="petroleum-equipment"))
    html = response.content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'aria-labelledby="chain-diagram-title chain-diagram-desc"' in svg
    assert "<title id=" in svg and "<desc id=" in svg
    names = ["材料与铸锻件", "零部件", "整机装备"] if language == "zh-hans" else [
        "Materials and castings", "Parts and components", "Complete equipment"
    ]  # fmt: skip
    positions = [svg.index(name) for name in names]
    assert positions == sorted(positions)
    # Each link of the drawing is a keyboard-reachable link to its section, which exists.
    targets = re.findall(r'<a href="#(link-[\w-]+)"', svg)
    assert targets == ["link-materials", "link-parts", "link-equipment", "link-services"]
    for target in targets:
        assert f'id="{target}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_link_with_no_enterprise_and_an_open_opportunity_is_a_gap_with_an_inquiry_button(
    client, language
):
    populated_chain()
    response = client.get(url_in(language, "chains:chain_detail", slug="petroleum-equipment"))
    assert [link.slug for link in response.context["gaps"]] == ["parts"]
    html = response.content.decode()
    assert ("投资空白" if language == "zh-hans" else "Gap: open to investment") in html
    assert "?chain=petroleum-equipment&amp;link=parts" in html
    assert "link=materials" not in html  # a link with enterprises is not a gap
    # Its opportunity is listed on the link, its leader marked.
    assert "/opportunities/supporting-enterprises/" in html
    assert ("链主" if language == "zh-hans" else "Chain leader") in html


def test_a_closed_or_hidden_opportunity_makes_no_gap_and_is_not_listed(client):
    chain = make_chain()
    parts = link_of(chain, "parts")
    place(parts, make_opportunity(slug="closed", status=InvestmentOpportunity.Status.CLOSED))
    place(parts, make_opportunity(slug="hidden", is_published=False))
    place(parts, make_enterprise(slug="hidden-enterprise", is_published=False))
    response = client.get(url_in("en", "chains:chain_detail", slug="petroleum-equipment"))
    assert response.context["gaps"] == []
    html = response.content.decode()
    assert "/opportunities/closed/" not in html and "/opportunities/hidden/" not in html
    assert "hidden-enterprise" not in html


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("parks:park_detail", "dongying-edz"),
        ("parks:enterprise_detail", "weifei"),
        ("parks:opportunity_detail", "supporting-enterprises"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_park_enterprise_and_opportunity_pages_say_where_they_sit_in_the_chain(
    client, name, slug, language
):
    populated_chain()
    html = client.get(url_in(language, name, slug=slug)).content.decode()
    english = "Where this sits in the industry chains"
    heading = "所处产业链位置" if language == "zh-hans" else english
    assert heading in html
    assert "/chains/petroleum-equipment/#link-" in html


def test_an_opportunity_page_offers_an_inquiry_about_it_on_its_link(client):
    populated_chain()
    html = client.get(
        url_in("en", "parks:opportunity_detail", slug="supporting-enterprises")
    ).content.decode()
    query = "?opportunity=supporting-enterprises&amp;chain=petroleum-equipment&amp;link=parts"
    assert query in html


def test_a_hidden_chain_is_not_shown_on_the_pages_of_its_records(client):
    populated_chain()
    from chains.models import Chain

    Chain.objects.update(is_published=False)
    html = client.get(url_in("en", "parks:park_detail", slug="dongying-edz")).content.decode()
    assert "/chains/" not in html.split("<main", 1)[1].split("</main>")[0]


def populate(n):
    for i in range(n):
        chain = make_chain(slug=f"chain-{i}", position=i)
        for j, link in enumerate(chain.links.all()):
            place(link, make_enterprise(slug=f"e-{i}-{j}"), is_leader=j == 0)
            place(link, make_park(slug=f"p-{i}-{j}"))
            place(link, make_opportunity(slug=f"o-{i}-{j}"))


@pytest.mark.parametrize("rows", [2, 6])
def test_the_chain_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries, rows):
    populate(rows)
    with django_assert_num_queries(2):  # the count, the page
        response = client.get(url_in("en", "chains:chain_list"))
    assert response.status_code == 200
    # The chain, its links with their counts, and one query per kind placed on them.
    with django_assert_num_queries(5):
        response = client.get(url_in("en", "chains:chain_detail", slug="chain-0"))
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
