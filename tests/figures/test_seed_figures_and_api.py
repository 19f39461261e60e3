"""Seed figures are imported only as the seeds state them; figures are in the open data; the
Editors group may keep them."""

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from figures.models import ParkFigure
from inquiries.models import EDITORS_GROUP
from tests.factories import make_park

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIGURES = "catalogue/30-figures.toml"


@pytest.fixture
def seeds_copy(tmp_path, settings):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    settings.PORTAL_SEEDS_DIR = copy
    return copy


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('stated = "30 billion yuan"', 'stated = "40 billion yuan"', "is not in the quotation"),
        ('unit = "people"', 'unit = "mu"', "is not a unit of workforce"),
        ('kind = "workforce"', 'kind = "happiness"', "is not a park figure"),
        ('park = "jingzhou-petroleum-technology-city"\nkind = "workforce"',
         'park = "atlantis"\nkind = "workforce"', "unknown park"),
        ("a total of 28,000 practitioners\"\n", "a total of 29,000 practitioners\"\n",
         "is not in 001_757cef5a41283e9c.txt"),
    ],
)  # fmt: skip
def test_a_figure_the_seeds_do_not_state_is_refused(seeds_copy, old, new, message):
    path = seeds_copy / FIGURES
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("import_seeds", verbosity=0)
    assert not ParkFigure.objects.exists()


def test_an_editors_change_to_a_seed_figure_is_kept_by_the_next_import(seeds_copy):
    call_command("import_seeds", verbosity=0)
    figure = ParkFigure.objects.get(kind="workforce")
    figure.value, figure.note_en = Decimal(30000), "Checked with the park"
    figure.save()
    call_command("import_seeds", verbosity=0)
    figure.refresh_from_db()
    assert figure.value == 30000 and figure.note_en == "Checked with the park"
    # A figure the catalogue drops goes, unless an editor changed it.
    path = seeds_copy / FIGURES
    path.write_text(path.read_text(encoding="utf-8").split("[[park_figures]]")[0])
    call_command("import_seeds", verbosity=0)
    assert list(ParkFigure.objects.values_list("kind", flat=True)) == ["workforce"]


def test_the_open_data_gives_a_parks_figures_with_unit_date_and_source(client):
    park = make_park(slug="zone")
    ParkFigure.objects.create(
        park=park, kind="land_total", value=Decimal(1500), unit="mu",
        note_en="Phase one", note_zh_hans="一期",
    )  # fmt: skip
    [figure] = client.get("/api/v1/parks/zone/").json()["figures"]
    assert figure["kind"] == "land_total" and figure["group"] == "land"
    assert Decimal(figure["value"]) == 1500 and figure["unit"] == "mu"
    assert figure["note_en"] == "Phase one" and figure["note_zh_hans"] == "一期"
    assert figure["source_file"] == "" and figure["last_verified"] is None
    download = b"".join(client.get("/api/v1/downloads/parks.csv").streaming_content).decode()
    [row] = list(csv.DictReader(io.StringIO(download)))
    assert json.loads(row["figures"])[0]["note_zh_hans"] == "一期"


def test_a_hidden_parks_figures_are_not_in_the_open_data(client):
    park = make_park(slug="hidden", is_published=False)
    ParkFigure.objects.create(park=park, kind="land_total", value=1, unit="mu")
    assert client.get("/api/v1/parks/hidden/").status_code == 404
    assert client.get("/api/v1/parks/").json()["results"] == []


def test_editors_may_keep_figures_and_the_exchange_rate():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"add_parkfigure", "change_parkfigure", "delete_parkfigure"} <= codenames
    assert {"add_exchangerate", "change_exchangerate"} <= codenames
