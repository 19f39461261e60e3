import re
from decimal import Decimal

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from news.models import NewsItem
from parks.models import Park
from parks.views import LISTED_ON_A_PAGE
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
LANGUAGES = ["en", "zh-hans"]


def populate(n):
    """n records of each kind, linked the way the seeds link them."""
    sector = make_sector()
    for i in range(n):
        park = make_park(slug=f"park-{i}", city="dongying" if i % 2 else "jingzhou")
        park.sectors.add(sector)
        enterprise = make_enterprise(slug=f"enterprise-{i}", park=park)
        enterprise.sectors.add(sector)
        agreement = make_agreement(slug=f"agreement-{i}", park=park, year=2020 + i % 2)
        agreement.parties.add(enterprise)
        agreement.sectors.add(sector)
        opportunity = make_opportunity(slug=f"opportunity-{i}", park=park)
        opportunity.sectors.add(sector)
        news = make_news(slug=f"news-{i}", year=2021, month=1 + i % 12)
        cite(news, park, enterprise, agreement)
        cite(news, opportunity, quote=f"Opportunity {i} is open.")


LIST_PAGES = [
    "parks:park_list",
    "parks:enterprise_list",
    "parks:agreement_list",
    "parks:opportunity_list",
    "news:list",
]
DETAIL_PAGES = [
    ("parks:park_detail", "park-0"),
    ("parks:enterprise_detail", "enterprise-0"),
    ("parks:agreement_detail", "agreement-0"),
    ("parks:opportunity_detail", "opportunity-0"),
    ("news:detail", "news-0"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", LIST_PAGES)
def test_list_pages_render_in_both_languages(client, name, language):
    populate(3)
    with translation.override(language):
        url = reverse(name)
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["paginator"].count == 3
    assert ("共 3 条" if language == "zh-hans" else "3 results") in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "slug"), DETAIL_PAGES)
def test_detail_pages_render_in_both_languages(client, name, slug, language):
    populate(1)
    with translation.override(language):
        url = reverse(name, kwargs={"slug": slug})
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert ("东营经济技术开发区" if language == "zh-hans" else "Dongying Economic") in html


@pytest.mark.parametrize(("name", "slug"), DETAIL_PAGES)
def test_drafts_are_not_shown(client, django_capture_on_commit_callbacks, name, slug):
    populate(1)
    record = client.get(reverse(name, kwargs={"slug": slug})).context["object"]
    record.is_published = False
    with django_capture_on_commit_callbacks(execute=True):  # the page cache forgets on commit
        record.save()
    assert client.get(reverse(name, kwargs={"slug": slug})).status_code == 404


def test_draft_parks_are_left_out_of_lists_and_counts(client):
    populate(2)
    make_park(slug="secret", name_en="Secret draft zone", is_published=False)
    html = client.get(reverse("parks:park_list")).content.decode()
    assert "Secret draft zone" not in html
    assert "2 results" in html


# A list costs the same number of queries for 3 rows as for 30, filtered or not: one query
# for the number listed and the facets with fixed choices, one per other facet (and one to
# check a selected value), the page, and its related records. A record's park is fetched
# in a query of its own, of published parks only, so that a hidden park reads as None.
@pytest.mark.parametrize(
    ("name", "query", "queries"),
    [
        # The places (provinces, cities) are read once per content generation: + one query
        # for each place facet, and for the home page's map, on the first page after a change.
        ("parks:park_list", "", 7),
        ("parks:park_list", "?sector=petroleum-equipment&city=jingzhou", 8),
        ("parks:enterprise_list", "", 8),
        ("parks:enterprise_list", "?park=park-0&sector=petroleum-equipment", 9),
        ("parks:agreement_list", "", 10),
        ("parks:agreement_list", "?park=park-0&sector=petroleum-equipment&year=2020", 11),
        ("parks:opportunity_list", "", 8),
        ("parks:opportunity_list", "?park=park-0&sector=petroleum-equipment", 9),
        ("news:list", "", 6),
        ("news:list", "?park=park-0&year=2021", 7),
        ("pages:home", "", 7),  # + the cities on the map (places)
    ],
)
@pytest.mark.parametrize("rows", [3, 30])
def test_list_pages_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, name, query, queries, rows
):
    populate(rows)
    with django_assert_num_queries(queries):
        response = client.get(reverse(name) + query)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"  # rendered, not served from the page cache
    if query:
        assert list(response.context["object_list"])  # the filters found something


# Park, enterprise and opportunity pages spend one query on "where this sits in the chains".
@pytest.mark.parametrize(
    ("name", "slug", "queries"),
    [
        # + key figures, pictures, policies; the stage summary is read with the agreements
        ("parks:park_detail", "park-0", 10),
        ("parks:enterprise_detail", "enterprise-0", 6),
        ("parks:agreement_detail", "agreement-0", 6),  # + its stages (the timeline)
        ("parks:opportunity_detail", "opportunity-0", 6),
        ("news:detail", "news-0", 2),
    ],
)
@pytest.mark.parametrize("rows", [3, 30])
def test_detail_pages_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, name, slug, queries, rows
):
    populate(rows)
    with django_assert_num_queries(queries):
        response = client.get(reverse(name, kwargs={"slug": slug}))
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"  # rendered, not served from the page cache


def test_filters_combine_and_show_counts(client):
    populate(4)
    url = reverse("parks:agreement_list")
    response = client.get(url, {"year": "2021", "park": "park-1"})
    assert [a.slug for a in response.context["object_list"]] == ["agreement-1"]
    groups = {g["param"]: g for g in response.context["facet_groups"]}
    years = {o["value"]: o["count"] for o in groups["year"]["options"]}
    assert years == {"2021": 1}  # counts honour the other filters (park-1 only)
    parks = {o["value"]: o["count"] for o in groups["park"]["options"]}
    assert parks == {"park-1": 1, "park-3": 1}  # within 2021


@pytest.mark.parametrize("name", [n for n in LIST_PAGES if n.startswith("parks:")])
def test_sector_counts_are_of_the_published_records_listed(client, name):
    populate(4)  # parks 1 and 3 are in Dongying; record i is of park i
    marine = make_sector(slug="marine", name_en="Marine", name_zh_hans="海洋")
    view = resolve(reverse(name)).func.view_class
    model = view.model
    for record in model.objects.all():
        record.sectors.add(marine)
    model.objects.filter(slug__endswith="-3").update(is_published=False)
    query = {"city": "dongying"} if model is Park else {"park": "park-1"}
    response = client.get(reverse(name), query)
    groups = {g["param"]: g for g in response.context["facet_groups"]}
    sectors = {o["value"]: o["count"] for o in groups["sector"]["options"]}
    assert sectors == {"petroleum-equipment": 1, "marine": 1}  # record 1 only


def test_agreements_and_opportunities_filter_by_the_city_of_their_park(client):
    populate(4)  # parks 1 and 3 are in Dongying, 0 and 2 in Jingzhou
    response = client.get(reverse("parks:agreement_list"), {"city": "dongying"})
    assert sorted(a.slug for a in response.context["object_list"]) == ["agreement-1", "agreement-3"]
    response = client.get(reverse("parks:opportunity_list"), {"city": "jingzhou", "park": "park-2"})
    assert [o.slug for o in response.context["object_list"]] == ["opportunity-2"]


def test_a_record_with_a_city_of_its_own_is_found_under_it_without_a_park(client):
    populate(2)  # park-1 is in Dongying, park-0 in Jingzhou
    make_agreement(slug="parkless", city="dongying")
    make_agreement(slug="own-city-first", park=Park.objects.get(slug="park-0"), city="dongying")
    make_opportunity(slug="parkless-chance", province="shandong", city="dongying")
    response = client.get(reverse("parks:agreement_list"), {"city": "dongying"})
    listed = sorted(a.slug for a in response.context["object_list"])
    assert listed == ["agreement-1", "own-city-first", "parkless"]
    groups = {g["param"]: g for g in response.context["facet_groups"]}
    assert {o["value"]: o["count"] for o in groups["city"]["options"]}["dongying"] == 3
    response = client.get(reverse("parks:opportunity_list"), {"city": "dongying"})
    listed = sorted(o.slug for o in response.context["object_list"])
    assert listed == ["opportunity-1", "parkless-chance"]


def test_filters_survive_pagination(client):
    populate(31)
    response = client.get(reverse("parks:enterprise_list"), {"sector": "petroleum-equipment"})
    html = response.content.decode()
    assert 'href="?sector=petroleum-equipment&amp;page=2"' in html


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "123456"},
        {"park": "no-such-park"},
        {"sector": "<script>"},
        {"kind": "x" * 500},
        {"page": "999"},
        {"page": "-1"},
    ],
)
def test_invalid_filters_never_give_a_server_error(client, query):
    populate(2)
    response = client.get(reverse("parks:agreement_list"), query)
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert list(response.context["object_list"]) == []
        assert "unknown" in response.content.decode()


def test_a_year_without_records_is_a_filter_with_no_results(client):
    populate(2)
    response = client.get(reverse("parks:agreement_list"), {"year": "1999"})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == []
    assert "0 results" in response.content.decode()


def test_park_page_links_its_enterprises_opportunities_agreements_news_and_inquiry(client):
    populate(1)
    html = client.get(reverse("parks:park_detail", kwargs={"slug": "park-0"})).content.decode()
    for slug in ["enterprise-0", "agreement-0", "opportunity-0", "news-0"]:
        assert f"/{slug}/" in html
    assert 'href="/en/inquiry/?park=park-0"' in html


def test_opportunity_page_offers_an_inquiry_about_it(client):
    populate(1)
    url = reverse("parks:opportunity_detail", kwargs={"slug": "opportunity-0"})
    assert 'href="/en/inquiry/?opportunity=opportunity-0"' in client.get(url).content.decode()


def test_agreement_register_shows_amounts_per_language(client):
    make_agreement(amount="330000000", currency="CNY", amount_basis="planned")
    assert "CNY 330 million" in client.get("/en/agreements/").content.decode()
    assert "3.3亿元" in client.get("/zh-hans/agreements/").content.decode()


def test_fallback_text_is_marked_in_lists(client):
    make_park(name_en="", summary_en="")
    html = client.get("/en/parks/").content.decode()
    assert '<span lang="zh-Hans">东营经济技术开发区</span>' in html
    assert "(in Chinese)" in html


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_park_page_lists_a_bounded_number_of_related_records(client, language):
    park = make_park()
    for i in range(15):
        make_enterprise(slug=f"member-{i:02d}", name_en=f"Member {i:02d}", park=park)
        make_opportunity(slug=f"chance-{i:02d}", title_en=f"Chance {i:02d}", park=park)
        make_agreement(slug=f"deal-{i:02d}", title_en=f"Deal {i:02d}", park=park)
    with translation.override(language):
        url = park.get_absolute_url()
        lists = [
            reverse(f"parks:{name}_list") for name in ("enterprise", "opportunity", "agreement")
        ]
    html = client.get(url).content.decode()
    for prefix in ("enterprises/member-", "opportunities/chance-", "agreements/deal-"):
        assert html.count(prefix) == 12
    for list_url in lists:
        assert f'href="{list_url}?park={park.slug}"' in html


def test_the_park_filter_shows_the_most_frequent_parks_only(client):
    parks = [make_park(slug=f"zone-{i:02d}", name_en=f"Zone {i:02d}") for i in range(20)]
    for i, park in enumerate(parks):
        for j in range(i % 4 + 1):
            make_enterprise(slug=f"firm-{i:02d}-{j}", park=park)
    html = client.get(reverse("parks:enterprise_list")).content.decode()
    shown = [park for park in parks if f"?park={park.slug}" in html]
    assert len(shown) == 15
    # The busiest parks (four enterprises each) are all among them.
    assert {p.slug for p in parks[3::4]} <= {p.slug for p in shown}
    # A park outside the top can still be chosen, and stays shown while chosen.
    quiet = parks[0]
    html = client.get(reverse("parks:enterprise_list") + f"?park={quiet.slug}").content.decode()
    assert 'aria-current="true"' in html and quiet.name_en in html


def test_the_news_park_filter_counts_cited_parks_beside_items_that_cite_none(client):
    parks = [make_park(slug=f"zone-{i}", name_en=f"Zone {i}") for i in range(3)]
    for i in range(6):
        item = make_news(slug=f"item-{i}")
        if i < 3:
            cite(item, parks[i])
    html = client.get(reverse("news:list")).content.decode()
    assert all(f"?park={park.slug}" in html for park in parks)


@pytest.mark.parametrize(
    ("name", "query"),
    [(name, {}) for name in LIST_PAGES]
    + [(name, {"sector": "petroleum-equipment"}) for name in LIST_PAGES if "parks:" in name],
)
def test_every_page_of_a_list_holds_its_records_in_the_list_order(client, name, query):
    """Pages are read by their keys first: each page is its slice of the ordered list, with
    the related records of its own rows, in order, none twice, none left out."""
    populate(65)
    first = client.get(reverse(name), query)
    paginator = first.context["paginator"]
    expected = list(first.context["view"].get_queryset())
    model = type(expected[0])
    shown = list(first.context["page_obj"].object_list)
    for number in range(2, paginator.num_pages + 1):
        page = client.get(reverse(name), {**query, "page": number}).context["page_obj"]
        rows = list(page.object_list)
        assert len(rows) <= paginator.per_page and all(isinstance(row, model) for row in rows)
        shown += rows
    assert [row.slug for row in shown] == [row.slug for row in expected]
    assert paginator.num_pages > 1
    if hasattr(model, "sectors"):
        assert all(len(row.sectors.all()) == 1 for row in shown)  # prefetched per page


def test_a_deep_news_page_holds_the_right_items_in_order(client):
    for i in range(45):
        make_news(
            slug=f"item-{i:02d}", title_en=f"Item {i:02d}", year=2020, month=1, day=1 + i % 28
        )
    expected = [n.slug for n in NewsItem.objects.published()]
    html = client.get(reverse("news:list") + "?page=2").content.decode()
    shown = re.findall(r'href="/en/news/(item-\d\d)/"', html)
    assert shown == expected[20:40]


def test_a_record_page_shows_its_quotes_and_its_newest_news_each_once(client):
    """The page's sources, read in one query: every quote a visitor may see, in the record's
    order, and the ten newest published items that cite it, an item cited twice shown once."""
    park = make_park()
    items = [make_news(slug=f"item-{i:02d}", year=2000 + i) for i in range(14)]
    for item in items:
        cite(item, park)
    cite(items[0], park, quote="the oldest item's words")  # quoted, far from the newest ten
    cite(items[13], park, quote="the newest item's words")  # quoted and mentioned
    hidden = make_news(slug="hidden", year=2030, is_published=False)
    cite(hidden, park)
    cite(hidden, park, quote="words of a hidden item")
    response = client.get(park.get_absolute_url())
    context = response.context
    assert [c.quote for c in context["citations"]] == [
        "the oldest item's words",
        "the newest item's words",
    ]
    assert [item.slug for item in context["news_items"]] == [
        f"item-{i:02d}" for i in range(13, 3, -1)
    ]
    assert context["source_item"].slug == "item-00"
    assert context["more_news_url"] == f"/en/news/?park={park.slug}"
    html = response.content.decode()
    assert "words of a hidden item" not in html and "/news/hidden/" not in html


def test_a_record_page_without_more_news_has_no_link_to_more(client):
    park = make_park()
    for i in range(10):
        cite(make_news(slug=f"item-{i:02d}", year=2000 + i), park)
    response = client.get(park.get_absolute_url())
    assert len(response.context["news_items"]) == 10
    assert "more_news_url" not in response.context


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_full_park_page_runs_the_same_queries(client, django_assert_num_queries, language):
    """A park on the map with more enterprises and agreements than the page lists (counted
    for the links to the full lists) costs no more queries than a bare one."""
    park = make_park(latitude=Decimal("37.43"), longitude=Decimal("118.58"))
    for i in range(LISTED_ON_A_PAGE + 2):
        make_enterprise(slug=f"firm-{i:02d}", park=park)
        make_agreement(slug=f"deal-{i:02d}", park=park)
        cite(make_news(slug=f"item-{i:02d}"), park)
    with translation.override(language):
        url = park.get_absolute_url()
    with django_assert_num_queries(10):
        html = client.get(url).content.decode()
    assert 'class="map-park"' in html
    assert f"?park={park.slug}" in html


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_record_page_shows_a_bounded_number_of_quotes(client, language):
    park = make_park()
    for i in range(LISTED_ON_A_PAGE + 3):
        cite(make_news(slug=f"item-{i:02d}", year=2000 + i), park, quote=f"quoted words {i:02d}")
    with translation.override(language):
        url = park.get_absolute_url()
    html = client.get(url).content.decode()
    shown = re.findall(r"quoted words (\d\d)", html)
    assert shown == [f"{i:02d}" for i in range(LISTED_ON_A_PAGE)]  # in the record's order
    total = LISTED_ON_A_PAGE + 3
    said = (
        f"显示了 {total} 条引文中的前 {LISTED_ON_A_PAGE} 条。"
        if language == "zh-hans"
        else f"The first {LISTED_ON_A_PAGE} of {total} quoted sources are shown."
    )
    assert said in html
