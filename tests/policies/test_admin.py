"""Editors keep policies in the admin, both languages side by side, and publish or hide them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from policies.models import Policy
from tests.factories import make_opportunity, make_park, make_sector

from .factories import make_policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_the_migration_lets_editors_keep_policies_and_officers_read_them():
    editors = Group.objects.get(name="Editors").permissions
    for action in ["add", "change", "delete", "view"]:
        assert editors.filter(codename=f"{action}_policy").exists()
    officers = Group.objects.get(name="Investment officers").permissions
    assert officers.filter(codename="view_policy").exists()
    assert not officers.filter(codename="change_policy").exists()


def test_an_editor_enters_a_policy_in_both_languages(editor_client, clock):
    page = editor_client.get(reverse("admin:policies_policy_add")).content.decode()
    assert 'name="title_en"' in page and 'name="title_zh_hans"' in page
    park, sector = make_park(), make_sector()
    opportunity = make_opportunity(park=park)
    response = editor_client.post(
        reverse("admin:policies_policy_add"),
        {
            "title_en": "Land price rebate",
            "title_zh_hans": "土地价格返还",
            "slug": "land-price-rebate",
            "authority_en": "Dongying Municipal People's Government",
            "authority_zh_hans": "东营市人民政府",
            "scope": "city",
            "sectors": [sector.pk],
            "parks": [park.pk],
            "opportunities": [opportunity.pk],
            "valid_from_year": "2025",
            "valid_until_year": "2027",
            "valid_until_month": "6",
            "summary_en": "A rebate on land prices.",
            "summary_zh_hans": "土地价格返还。",
            "is_published": "on",
            "translation_status_en": "original",
            "translation_status_zh_hans": "reviewed",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    policy = Policy.objects.get(slug="land-price-rebate")
    assert list(policy.parks.all()) == [park]
    html = editor_client.get(park.get_absolute_url()).content.decode()
    assert "Land price rebate" in html
    html = editor_client.get("/zh-hans/policies/land-price-rebate/").content.decode()
    assert "东营市人民政府" in html and '<time datetime="2027-06">' in html


def test_the_admin_refuses_a_policy_that_ends_before_it_starts(editor_client):
    response = editor_client.post(
        reverse("admin:policies_policy_add"),
        {
            "title_en": "Backwards",
            "slug": "backwards",
            "authority_en": "A county",
            "scope": "county",
            "summary_en": "Ends before it starts.",
            "valid_from_year": "2026",
            "valid_until_year": "2025",
            "translation_status_en": "original",
            "translation_status_zh_hans": "missing",
        },
    )
    assert response.status_code == 200
    assert "A policy cannot end before it starts." in response.content.decode()
    assert not Policy.objects.exists()


def test_an_editor_hides_a_policy_from_visitors(editor_client):
    policy = make_policy()
    response = editor_client.post(
        reverse("admin:policies_policy_changelist"),
        {"action": "unpublish", "_selected_action": [policy.pk]},
    )
    assert response.status_code == 302
    editor_client.logout()
    assert editor_client.get(policy.get_absolute_url()).status_code == 404
