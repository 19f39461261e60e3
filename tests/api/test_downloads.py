"""Downloads of every list, with its page's filters: streamed, CSV for spreadsheets."""

import csv
import io
import json

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import translation

from api.downloads import guarded
from tests.factories import make_agreement, make_park

from .conftest import populate

pytestmark = pytest.mark.django_db
KINDS = ["parks", "enterprises", "agreements", "opportunities", "news"]


def content(response):
    assert isinstance(response, StreamingHttpResponse)  # never the whole file in memory
    return b"".join(response.streaming_content)


def rows(response):
    raw = content(response)
    assert raw.startswith("\ufeff".encode())  # a BOM: spreadsheets then read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.mark.parametrize("kind", KINDS)
def test_a_csv_download_is_utf8_with_a_bom_and_both_languages(client, kind):
    populate(2)
    response = client.get(f"/api/v1/downloads/{kind}.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{kind}.csv"'
    table = rows(response)
    assert len(table) == 2
    title = "name" if kind in ("parks", "enterprises") else "title"
    assert {f"{title}_en", f"{title}_zh_hans", "urls_en", "urls_zh_hans"} <= set(table[0])


def test_a_download_respects_the_filters_of_its_page(client):
    populate(4)  # parks 1 and 3 are in Dongying
    table = rows(client.get("/api/v1/downloads/agreements.csv?city=dongying&year=2021"))
    assert [row["slug"] for row in table] == ["agreement-01", "agreement-03"]
    assert table[0]["parties"] == "enterprise-01"
    records = json.loads(content(client.get("/api/v1/downloads/parks.json?city=jingzhou")))
    assert [r["slug"] for r in records] == ["park-00", "park-02"]
    unknown = client.get("/api/v1/downloads/parks.csv?city=atlantis")
    assert unknown.status_code == 400 and list(unknown.json()) == ["city"]


def test_an_empty_download_still_has_its_header(client):
    table = content(client.get("/api/v1/downloads/parks.csv")).decode("utf-8-sig")
    assert table.startswith("slug,urls_en,urls_zh_hans,")
    assert json.loads(content(client.get("/api/v1/downloads/parks.json"))) == []


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Plain = text", "Plain = text"),
        (None, ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(value, cell):
    assert guarded(value) == cell


def test_formulas_in_records_reach_the_csv_as_text(client):
    make_park(name_en="=cmd|' /C calc'!A0", summary_en="@SUM(1+1)")
    row = rows(client.get("/api/v1/downloads/parks.csv"))[0]
    assert row["name_en"] == "'=cmd|' /C calc'!A0"
    assert row["summary_en"] == "'@SUM(1+1)"


def test_the_json_download_is_not_guarded(client):
    make_park(name_en="=1+1")
    assert json.loads(content(client.get("/api/v1/downloads/parks.json")))[0]["name_en"] == "=1+1"


def test_many_rows_are_read_in_chunks(client, django_assert_num_queries, monkeypatch):
    monkeypatch.setattr("api.downloads.CHUNK_SIZE", 2)
    park = make_park()
    for i in range(5):
        make_agreement(slug=f"deal-{i}", park=park)
    # One query for the rows, read as they are written, and per chunk of 2 rows (3 chunks)
    # their parks, parties, sectors and stages: what a chunk holds, whatever the number of rows.
    with django_assert_num_queries(1 + 3 * 4):
        table = rows(client.get("/api/v1/downloads/agreements.csv"))
    assert len(table) == 5


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("parks:park_list", "parks"),
        ("parks:enterprise_list", "enterprises"),
        ("parks:agreement_list", "agreements"),
        ("parks:opportunity_list", "opportunities"),
        ("news:list", "news"),
    ],
)
def test_each_list_page_links_its_downloads_with_its_filters(client, name, kind, language):
    populate(2)
    with translation.override(language):
        url = reverse(name)
        label = translation.gettext("Download this list:")
    html = client.get(url).content.decode()
    assert label in html
    assert f'href="/api/v1/downloads/{kind}.csv"' in html
    assert f'href="/api/v1/downloads/{kind}.json"' in html
    filtered = client.get(url + "?year=2021").content.decode()
    if kind in ("agreements", "news"):
        assert f'href="/api/v1/downloads/{kind}.csv?year=2021"' in filtered
    unknown = client.get(url + "?kind=nothing&year=abc").content.decode()
    assert f"/api/v1/downloads/{kind}.csv" not in unknown  # the page lists nothing
