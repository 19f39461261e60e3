"""A gap's inquiry button: the form is pre-filled with the chain link, which the inquiry keeps."""

import pytest

from chains.models import Chain
from inquiries.models import Inquiry
from tests.chains.factories import link_of, make_chain
from tests.factories import inquiry_data, make_opportunity

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Petroleum equipment › Parts and components"), ("zh-hans", "石油装备 › 零部件")],
)
def test_the_form_is_prefilled_with_the_chain_link_and_names_it(client, language, shown):
    parts = link_of(make_chain(), "parts")
    html = client.get(f"/{language}/inquiry/?chain=petroleum-equipment&link=parts").content.decode()
    assert f'<input type="hidden" name="chain_link" value="{parts.pk}" id="id_chain_link">' in html
    assert f'href="/{language}/chains/petroleum-equipment/#link-parts">{shown}</a>' in html


def test_an_opportunity_and_its_link_are_prefilled_together(client):
    parts = link_of(make_chain(), "parts")
    opportunity = make_opportunity()
    html = client.get(
        f"/en/inquiry/?opportunity={opportunity.slug}&chain=petroleum-equipment&link=parts"
    ).content.decode()
    assert f'name="chain_link" value="{parts.pk}"' in html
    assert f'name="opportunity" value="{opportunity.pk}"' in html


@pytest.mark.parametrize(
    "query",
    [
        "chain=petroleum-equipment",  # no link
        "link=parts",  # no chain
        "chain=petroleum-equipment&link=nowhere",  # no such link
        "chain=other-chain&link=parts",  # the link is not that chain's
        "chain=petroleum-equipment&link=parts%27%3B--",  # not a slug
        "chain=petroleum-equipment&link=" + "a" * 81,  # too long
        "chain[]=x&link=parts",
        "chain=hidden&link=parts",  # an unpublished chain
    ],
)
def test_bad_or_unknown_chain_queries_are_ignored(client, query):
    make_chain()
    make_chain(slug="other-chain", links=[("other", "Other", "其他")])
    make_chain(slug="hidden", is_published=False)
    response = client.get(f"/en/inquiry/?{query}")
    assert response.status_code == 200
    assert 'name="chain_link" id="id_chain_link"' in response.content.decode()  # empty


def test_the_inquiry_records_the_chain_link_for_the_officers(client, admin_client):
    parts = link_of(make_chain(), "parts")
    response = client.post("/en/inquiry/", inquiry_data(chain_link=str(parts.pk)))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.chain_link == parts
    page = admin_client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/change/").content.decode()
    assert "Parts and components" in page


def test_a_link_of_a_hidden_chain_cannot_be_posted(client):
    parts = link_of(make_chain(), "parts")
    Chain.objects.update(is_published=False)
    response = client.post("/en/inquiry/", inquiry_data(chain_link=str(parts.pk)))
    assert response.status_code == 200  # the form again, with an error
    assert not Inquiry.objects.exists()
