"""When the cache (Redis) is down the site keeps serving: uncached, and saying so on /healthz."""

from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError

from inquiries.models import Inquiry
from parks.models import Park
from tests.factories import inquiry_data, make_park

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


def test_pages_are_served_uncached_while_the_cache_is_down(client, redis_down):
    park = make_park()
    for url in ["/en/", "/zh-hans/", "/en/parks/", f"/en/parks/{park.slug}/", "/en/news/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get("X-Page-Cache") != "hit"
    assert client.get("/en/search/", {"q": "Dongying"}).status_code == 200


def test_an_editors_save_goes_through_while_the_cache_is_down(admin_client, redis_down):
    park = make_park()
    Park.objects.filter(pk=park.pk).update(is_published=False)
    response = admin_client.post(
        "/admin/parks/park/",
        {"action": "publish", "_selected_action": [str(park.pk)]},
    )
    assert response.status_code == 302
    assert Park.objects.get(pk=park.pk).is_published


def test_an_inquiry_is_stored_and_mailed_while_the_cache_is_down(client, redis_down):
    response = client.post("/en/inquiry/", inquiry_data())
    assert response.status_code == 302
    assert Inquiry.objects.count() == 1
    assert len(mail.outbox) == 2


def test_healthz_names_the_cache_when_it_is_down(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content.decode() == "cache unavailable\n"


@pytest.mark.parametrize(("language", "first"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_a_database_outage_gets_a_bilingual_503_without_a_trace(client, language, first):
    client.raise_request_exception = False
    refused = OperationalError('connection to server at "127.0.0.1", port 5432 failed')
    with mock.patch("parks.views.ParkListView.get_queryset", side_effect=refused):
        response = client.get(f"/{language}/parks/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{first}">' in html
    assert "The portal is briefly unavailable" in html
    assert "门户" in html  # and in Chinese, whichever language comes first
    assert "5432" not in html and "Traceback" not in html


def test_other_errors_still_get_the_500_page(client):
    client.raise_request_exception = False
    with mock.patch("parks.views.ParkListView.get_queryset", side_effect=KeyError("bug")):
        response = client.get("/en/parks/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
