"""The policies the seeds name are imported with the words that support them, and no more."""

import pytest
from django.core.management import call_command

from policies.models import Policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(clock):
    call_command("import_seeds", verbosity=0)


def test_the_seeds_policies_are_imported_with_their_sources(seeded):
    assert set(Policy.objects.published().values_list("slug", flat=True)) == {
        "jingzhou-petroleum-technology-industry-preferential-policies",
        "lijin-gathering-wisdom-in-jin-city-measures",
    }
    lijin = Policy.objects.get(slug="lijin-gathering-wisdom-in-jin-city-measures")
    assert lijin.authority_zh_hans == "利津县" and lijin.scope == Policy.Scope.COUNTY
    assert (lijin.valid_from_year, lijin.valid_until_year) == (None, None)  # none stated
    assert any("14条人才政策,共41个政策支持点" in c.quote for c in lijin.citations.all())


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_jingzhou_park_page_shows_its_policy_and_its_source(client, seeded, language):
    park = client.get(f"/{language}/parks/jingzhou-petroleum-technology-city/").content.decode()
    title = "荆州石油科技产业招商引资优惠政策" if language == "zh-hans" else "Preferential Policies"
    assert title in park
    page = client.get(
        f"/{language}/policies/jingzhou-petroleum-technology-industry-preferential-policies/"
    ).content.decode()
    assert "Jingzhou has worked out the Plan for Industrial Development" in page  # the quote
    assert ("未注明日期" if language == "zh-hans" else "Dates not stated") in page
