"""Who is already here: a park's page names its enterprises and the agreements signed there."""

import re

import pytest
from django.utils import translation

from parks.models import CooperationAgreement
from parks.views import LISTED_ON_A_PAGE
from tests.factories import make_agreement, make_enterprise, make_park

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_park_page_lists_its_enterprises_agreements_and_projects_apart(client, language):
    park = make_park()
    make_enterprise(slug="weifei", park=park)
    make_enterprise(slug="hidden-firm", name_en="Hidden firm", name_zh_hans="隐藏企业", park=park,
                    is_published=False)  # fmt: skip
    make_agreement(slug="signed", park=park, amount=100, currency="CNY", amount_basis="intended")
    make_agreement(slug="project", park=park, record_type=CooperationAgreement.RecordType.PROJECT,
                   kind="", title_en="A project", title_zh_hans="某项目")  # fmt: skip
    with translation.override(language):
        html = client.get(park.get_absolute_url()).content.decode()
    section = html[html.index('id="already-here-heading"') :]
    zh = language == "zh-hans"
    assert ("已在这里的企业与合作" if zh else "Who is already here") in section
    signed_at = section.index("在此签署的协议" if zh else "Agreements signed here")
    projects_at = section.index("项目与活动" if zh else "Projects and events")
    assert section.index("/agreements/signed/") in range(signed_at, projects_at)
    assert section.index("/agreements/project/") > projects_at
    assert "/enterprises/weifei/" in section
    assert "hidden-firm" not in html


def test_a_long_list_is_bounded_and_links_to_the_filtered_list(client):
    park = make_park()
    for i in range(LISTED_ON_A_PAGE + 2):
        make_enterprise(slug=f"firm-{i:02d}", park=park)
        make_agreement(slug=f"deal-{i:02d}", park=park)
    # Not counted: what is hidden, and a project (not an agreement).
    make_enterprise(slug="hidden-firm", park=park, is_published=False)
    make_agreement(slug="hidden-deal", park=park, is_published=False)
    make_agreement(slug="a-project", park=park, record_type="project", kind="")
    html = client.get(park.get_absolute_url()).content.decode()
    assert len(re.findall(r'href="/en/enterprises/firm-\d\d/"', html)) == LISTED_ON_A_PAGE
    assert len(re.findall(r'href="/en/agreements/deal-\d\d/"', html)) == LISTED_ON_A_PAGE
    assert f"All {LISTED_ON_A_PAGE + 2} enterprises and organisations in this park" in html
    assert f"All {LISTED_ON_A_PAGE + 2} agreements signed in this park" in html
    assert f'href="/en/enterprises/?park={park.slug}"' in html
    register = client.get(f"/en/agreements/?park={park.slug}")
    assert register.context["paginator"].count == LISTED_ON_A_PAGE + 2


def test_a_park_with_nobody_yet_says_nothing_of_it(client):
    park = make_park()
    assert "Who is already here" not in client.get(park.get_absolute_url()).content.decode()


def test_projects_and_events_list_the_newest_of_both_apart_from_the_agreements(client):
    park = make_park()
    project, event = CooperationAgreement.RecordType.PROJECT, CooperationAgreement.RecordType.EVENT
    # Projects in the odd years, events in the even ones, agreements older than all of them.
    for i in range(LISTED_ON_A_PAGE + 2):
        make_agreement(
            slug=f"later-{i:02d}",
            park=park,
            record_type=project if i % 2 else event,
            kind="",
            year=2000 + i,
        )
        make_agreement(slug=f"deal-{i:02d}", park=park, year=1990)
    html = client.get(park.get_absolute_url()).content.decode()
    listed = re.findall(r'href="/en/agreements/later-(\d\d)/"', html)
    newest = range(LISTED_ON_A_PAGE + 1, 1, -1)  # the two oldest left out
    assert listed == [f"{i:02d}" for i in newest]
    assert f"The {LISTED_ON_A_PAGE} most recent are listed." in html
    assert len(re.findall(r'href="/en/agreements/deal-\d\d/"', html)) == LISTED_ON_A_PAGE
    assert f"All {LISTED_ON_A_PAGE + 2} agreements signed in this park" in html
