"""The inquiry form as a visitor sees it: both languages, the honeypot, prefilled choices."""

import re

import pytest
from django.utils import translation

from tests.factories import make_opportunity, make_park, make_sector

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_form_renders_in_both_languages_with_the_current_language_preferred(
    client, language, html_lang
):
    response = client.get(f"/{language}/inquiry/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    with translation.override(language):
        assert translation.gettext("Send an inquiry") in html
    assert f'<option value="{language}" selected>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ["name", "organisation", "email", "phone", "country", "message", "consent"]:
        assert f'name="{field}"' in html
    assert f'href="/{language}/privacy/"' in html
    # Fields a visitor must not set are not offered.
    for field in ["status", "assignee", "reference"]:
        assert f'name="{field}"' not in html


def test_honeypot_is_hidden_from_people_and_labelled_for_them(client):
    html = client.get(URL).content.decode()
    trap = re.search(r'<div class="form-trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap is not None
    assert "Leave this field empty" in trap.group(1)
    assert 'tabindex="-1"' in trap.group(1) and 'autocomplete="off"' in trap.group(1)


def test_form_is_prefilled_from_a_park_or_an_opportunity_page(client):
    park = make_park()
    opportunity = make_opportunity(park=park)
    html = client.get(f"{URL}?park={park.slug}").content.decode()
    assert f'<input type="hidden" name="park" value="{park.pk}" id="id_park">' in html
    assert f'<a href="{park.get_absolute_url()}">{park.name_en}</a>' in html
    html = client.get(f"/zh-hans/inquiry/?opportunity={opportunity.slug}").content.decode()
    assert f'name="opportunity" value="{opportunity.pk}"' in html
    assert f'name="park" value="{park.pk}"' in html  # the opportunity's park
    assert ">石油装备产业园配套企业</a>" in html and ">东营经济技术开发区</a>" in html


def test_the_form_lists_no_park_or_opportunity_to_choose_from(client):
    for i in range(30):
        make_opportunity(slug=f"chance-{i}", park=make_park(slug=f"zone-{i}"))
    html = client.get(URL).content.decode()
    assert "<option" not in html.split('name="sector"')[0].split("<form")[1]
    assert 'name="park" id="id_park"' in html and 'type="hidden"' in html
    assert "use the inquiry button on its page" in html


def test_only_published_records_are_offered_or_prefilled(client):
    hidden = make_park(slug="hidden-park", name_en="Hidden park", is_published=False)
    make_park()
    make_sector()
    html = client.get(f"{URL}?park={hidden.slug}").content.decode()
    assert "Hidden park" not in html
    assert f'name="park" value="{hidden.pk}"' not in html
    assert '<option value="" selected>None in particular</option>' in html
    assert "Petroleum equipment" in html
