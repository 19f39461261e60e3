"""Editors keep the chains in the admin: a new link, an enterprise placed on it, on the page."""

import pytest
from django.contrib.auth.models import Group

from chains.models import ChainLink, EnterprisePlacement
from inquiries.models import EDITORS_GROUP, OFFICERS_GROUP
from tests.chains.factories import make_chain
from tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return client


def management(response, data):
    """The inline formsets' management forms of an admin page, empty."""
    for formset in response.context["inline_admin_formsets"]:
        prefix = formset.formset.prefix
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


def test_an_editor_adds_a_link_places_a_leader_on_it_and_visitors_see_it(editor_client, client):
    chain = make_chain(links=[])
    enterprise = make_enterprise()
    url = "/admin/chains/chainlink/add/"
    page = editor_client.get(url)
    assert page.status_code == 200
    data = management(
        page,
        {
            "chain": str(chain.pk),
            "position": "1",
            "slug": "subsea-trees",
            "name_en": "Subsea production trees",
            "name_zh_hans": "水下采油树",
            "description_en": "",
            "description_zh_hans": "",
        },
    )
    data.update(
        {
            "enterprise_placements-TOTAL_FORMS": "1",
            "enterprise_placements-0-enterprise": str(enterprise.pk),
            "enterprise_placements-0-is_leader": "on",
            "enterprise_placements-0-note_en": "Wellhead and christmas-tree maker",
            "enterprise_placements-0-note_zh_hans": "",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    link = ChainLink.objects.get(slug="subsea-trees")
    assert EnterprisePlacement.objects.get(link=link, enterprise=enterprise).is_leader

    for language, name, leader in [
        ("en", "Subsea production trees", "Chain leader"),
        ("zh-hans", "水下采油树", "链主"),
    ]:
        html = client.get(f"/{language}/chains/{chain.slug}/").content.decode()
        assert name in html and leader in html
        assert enterprise.get_absolute_url().split("/", 2)[2] in html


def test_a_link_needs_a_name_in_one_language(editor_client):
    chain = make_chain(links=[])
    url = "/admin/chains/chainlink/add/"
    data = management(
        editor_client.get(url),
        {"chain": str(chain.pk), "position": "0", "slug": "nameless"},
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert not ChainLink.objects.exists()


def test_an_editor_edits_a_chain_with_its_links_in_both_languages(editor_client):
    chain = make_chain()
    html = editor_client.get(f"/admin/chains/chain/{chain.pk}/change/").content.decode()
    for name in ["name_en", "name_zh_hans", "summary_zh_hans", "links-0-name_zh_hans"]:
        assert f'name="{name}"' in html


def test_the_staff_groups_have_their_permissions_on_chains():
    editors = Group.objects.get(name=EDITORS_GROUP).permissions
    officers = Group.objects.get(name=OFFICERS_GROUP).permissions
    for model in ["chain", "chainlink", "enterpriseplacement", "parkplacement"]:
        for action in ["add", "change", "delete", "view"]:
            assert editors.filter(codename=f"{action}_{model}").exists()
        assert officers.filter(codename=f"view_{model}").exists()
        assert not officers.filter(codename=f"change_{model}").exists()
