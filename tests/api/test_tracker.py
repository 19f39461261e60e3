"""The open data of the tracker: an agreement's stage, its timeline with sources, the filter."""

import pytest

from tests.factories import cite, make_agreement, make_news, make_stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tracked():
    agreement = make_agreement(slug="wind-base", year=2021, month=5, day=26)
    make_stage(agreement, "signed", note="Park committee", year=2021, month=5, day=26)
    started = make_stage(agreement, "started", year=2022, month=3)
    cite(make_news(slug="work-begins"), started, quote="Work began in March.")
    hidden = make_stage(agreement, "in_production", year=2023)  # its only news is hidden
    cite(make_news(slug="secret", is_published=False), hidden, quote="Production began.")
    other = make_agreement(slug="valve-plant")
    make_stage(other, "signed", note="Park committee")
    return agreement


def test_an_agreement_gives_its_stage_and_its_timeline_with_sources(client, tracked):
    data = client.get("/api/v1/agreements/wind-base/").json()
    assert data["stage"] == "started"
    assert "status" not in data
    assert data["timeline"] == [
        {
            "stage": "signed",
            "date": "2021-05-26",
            "sources": [],
            "source_note_en": "Park committee",
            "source_note_zh_hans": "Park committee（中文）",
        },
        {
            "stage": "started",
            "date": "2022-03",
            "sources": [{"news": "work-begins", "document": None, "quote": "Work began in March."}],
            "source_note_en": "",
            "source_note_zh_hans": "",
        },
    ]
    download = client.get("/api/v1/downloads/agreements.json")
    assert "Production began." not in b"".join(download.streaming_content).decode()


def test_the_stage_filter_replaces_the_status_filter(client, tracked):
    found = client.get("/api/v1/agreements/", {"stage": "started"}).json()["results"]
    assert [record["slug"] for record in found] == ["wind-base"]
    assert client.get("/api/v1/agreements/", {"stage": "completed"}).status_code == 400
    schema = client.get("/api/v1/openapi.json").json()
    parameters = schema["paths"]["/api/v1/agreements/"]["get"]["parameters"]
    names = {parameter["name"]: parameter for parameter in parameters}
    assert "status" not in names
    assert sorted(names["stage"]["schema"]["enum"]) == sorted(
        ["intent", "signed", "started", "in_production", "stopped"]
    )
