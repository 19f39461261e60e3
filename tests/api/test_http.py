"""How the API answers: pages by cursor, 304s, CORS, the rate limit, and bad queries."""

import base64
import gzip
from unittest import mock

import pytest

from api import middleware
from parks.models import Park
from tests.factories import make_agreement, make_news, make_park

from .conftest import populate

pytestmark = pytest.mark.django_db


def test_cursor_pages_hold_every_record_once_in_slug_order(client):
    populate(7)
    slugs, url = [], "/api/v1/enterprises/?page_size=3"
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 3
        slugs += [record["slug"] for record in page["results"]]
        url = page["next"]
    assert slugs == [f"enterprise-{i:02d}" for i in range(7)]
    back = client.get(client.get("/api/v1/enterprises/?page_size=3").json()["next"]).json()
    assert [r["slug"] for r in client.get(back["previous"]).json()["results"]] == slugs[:3]


def test_filters_combine_as_on_the_list_page(client):
    populate(4)  # parks 1 and 3 are in Dongying; agreements alternate between 2020 and 2021
    page = client.get("/api/v1/agreements/?city=dongying&year=2021").json()
    assert [a["slug"] for a in page["results"]] == ["agreement-01", "agreement-03"]
    page = client.get("/api/v1/news/?park=park-02").json()
    assert [n["slug"] for n in page["results"]] == ["news-02"]


def test_agreements_hold_projects_and_events_too_each_saying_what_it_is(client):
    populate(2)
    make_agreement(slug="forum", record_type="event", kind="", city="dongying", title_en="A forum")
    page = client.get("/api/v1/agreements/").json()
    assert {a["slug"]: a["record_type"] for a in page["results"]} == {
        "agreement-00": "agreement",
        "agreement-01": "agreement",
        "forum": "event",
    }
    events = client.get("/api/v1/agreements/?record_type=event&city=dongying").json()
    assert [a["slug"] for a in events["results"]] == ["forum"]  # its own city, no park
    response = client.get("/api/v1/agreements/?record_type=treaty")
    assert response.status_code == 400 and "record_type" in response.json()


def test_every_record_holds_both_languages(client):
    populate(1)
    park = client.get("/api/v1/parks/park-00/").json()
    assert park["name_en"] == "Dongying Economic and Technological Development Zone"
    assert park["name_zh_hans"] == "东营经济技术开发区"
    assert park["urls"] == {
        "en": "http://testserver/en/parks/park-00/",
        "zh-hans": "http://testserver/zh-hans/parks/park-00/",
    }
    news = client.get("/api/v1/news/news-00/").json()
    assert news["title_zh_hans"] == ""  # not written in Chinese: empty, not the English


def test_a_client_asking_again_gets_304_until_the_content_changes(
    client, django_capture_on_commit_callbacks
):
    populate(2)
    first = client.get("/api/v1/parks/")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get("/api/v1/parks/", headers={"if-none-match": etag}).status_code == 304
    again = client.get("/api/v1/parks/", headers={"if-modified-since": modified})
    assert again.status_code == 304
    assert again["ETag"] == etag and again.content == b""
    park = Park.objects.get(slug="park-00")
    park.name_en = "Renamed zone"
    with django_capture_on_commit_callbacks(execute=True):  # the content changes on commit
        park.save()
    changed = client.get("/api/v1/parks/", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert "Renamed zone" in changed.content.decode()
    assert changed["ETag"] != etag


def test_an_answer_from_the_page_cache_keeps_its_validators_without_hashing_it_again(client):
    populate(2)
    first = client.get("/api/v1/parks/")
    assert first["X-Page-Cache"] == "miss"
    sha256 = middleware.hashlib.sha256
    with mock.patch.object(middleware.hashlib, "sha256", wraps=sha256) as hashing:
        again = client.get("/api/v1/parks/")
        unchanged = client.get("/api/v1/parks/", headers={"if-none-match": first["ETag"]})
        compressed = client.get("/api/v1/parks/", headers={"accept-encoding": "gzip"})
    assert first.content not in [call.args[0] for call in hashing.call_args_list]
    assert again["X-Page-Cache"] == "hit" and again.content == first.content
    assert again["ETag"] == first["ETag"] and again["Last-Modified"] == first["Last-Modified"]
    assert again["Cache-Control"] == "no-cache"
    assert unchanged.status_code == 304
    # The compressed answer is another representation: its ETag is weak, and still matches.
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == first.content
    assert compressed["ETag"] == "W/" + first["ETag"]
    weak = client.get(
        "/api/v1/parks/", headers={"if-none-match": compressed["ETag"], "accept-encoding": "gzip"}
    )
    assert weak.status_code == 304


def test_answers_may_be_read_by_any_web_page(client):
    populate(1)
    for path in ["/api/v1/parks/", "/api/v1/parks/nothing/", "/api/v1/downloads/parks.csv"]:
        assert (
            client.get(path, headers={"origin": "https://example.org"})[
                "Access-Control-Allow-Origin"
            ]
            == "*"
        )
    preflight = client.options("/api/v1/parks/", headers={"origin": "https://example.org"})
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in client.get("/en/parks/")  # pages are not


def test_a_client_over_the_limit_gets_429_with_the_standard_headers(client, settings):
    settings.PORTAL_API_RATE_LIMIT = 3
    populate(1)
    answers = [client.get("/api/v1/sectors/") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    over = answers[-1]
    assert over["RateLimit-Limit"] == "3"
    assert 0 < int(over["Retry-After"]) <= settings.PORTAL_API_RATE_WINDOW
    assert over["RateLimit-Reset"] == over["Retry-After"]
    assert "detail" in over.json()
    # Answers from the page cache are counted too, and another client has its own count.
    assert client.get("/api/v1/parks/").status_code == 429
    other = client.get("/api/v1/sectors/", REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200


def cursor(text):
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("cursor=zzz", "cursor"),
        ("cursor=%FF%FE", "cursor"),
        (f"cursor={cursor('p=a%00b')}", "cursor"),
        (f"cursor={cursor('p=x&o=-1')}", "cursor"),
        ("city=atlantis", "city"),
        ("kind=" + "x" * 500, "kind"),
        ("sector=%3Cscript%3E", "sector"),
    ],
)
def test_a_bad_query_is_a_clear_400(client, query, param):
    populate(1)
    response = client.get(f"/api/v1/parks/?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [param]


@pytest.mark.parametrize(
    "query",
    ["lang=xx", "lang=zh-hans", "page=abc", "page_size=abc", "page_size=-5", "ordering=-slug"],
)
def test_parameters_the_api_does_not_take_are_ignored(client, query):
    populate(2)
    response = client.get(f"/api/v1/parks/?{query}")
    assert response.status_code == 200
    assert [p["slug"] for p in response.json()["results"]] == ["park-00", "park-01"]


@pytest.mark.parametrize("query", ["year=abc", "year=123456", "park=no-such-park"])
def test_bad_filters_of_the_news_and_agreements_are_400(client, query):
    populate(1)
    for kind in ("news", "agreements"):
        assert client.get(f"/api/v1/{kind}/?{query}").status_code == 400


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/nothing/", 404),
        ("/api/v1/parks/%C2%84/", 404),
        ("/api/v1/parks/a%00b/", 400),
        ("/api/v1/downloads/inquiries.csv", 404),
    ],
)
def test_errors_are_said_in_json(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_the_api_is_read_only(client):
    populate(1)
    response = client.post("/api/v1/parks/", {"slug": "new"})
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert client.delete("/api/v1/parks/park-00/").status_code == 405


def test_records_are_the_same_in_every_language_and_errors_speak_the_clients(client):
    populate(1)
    english = client.get("/api/v1/parks/", headers={"accept-language": "en"})
    chinese = client.get("/api/v1/parks/", headers={"accept-language": "zh-hans"})
    assert english.content == chinese.content  # both languages are in every record
    assert chinese["X-Page-Cache"] == "miss"  # stored per language, as pages are: no mix-up
    assert "Accept-Language" in english["Vary"]
    error = client.get("/api/v1/parks/?city=x", headers={"accept-language": "zh-hans"})
    assert error.json() == {"city": ["未知的取值：x"]}
    assert "Accept-Language" in error["Vary"]


@pytest.mark.parametrize(("kind", "size"), [("parks", 12), ("agreements", 30), ("news", 50)])
def test_a_list_page_holds_what_its_kind_allows(client, kind, size):
    """Parks carry their key figures and agreements their timelines: fewer to a page."""
    make = {"parks": make_park, "agreements": make_agreement, "news": make_news}[kind]
    for i in range(size + 1):
        make(slug=f"record-{i:03d}")
    page = client.get(f"/api/v1/{kind}/").json()
    assert len(page["results"]) == size and page["next"]
    assert len(client.get(f"/api/v1/{kind}/?page_size=5").json()["results"]) == 5
