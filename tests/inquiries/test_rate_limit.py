"""Rate limits on the inquiry form, counted per client network in the shared cache."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import translation

from common import ratelimit
from common.clients import client_ip
from inquiries.models import Inquiry
from tests.factories import inquiry_data

pytestmark = pytest.mark.django_db

URL = "/en/inquiry/"


@pytest.mark.parametrize(("language", "html_lang"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_rate_limited_page_is_translated_and_says_when_to_retry(
    clock, client, settings, language, html_lang
):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    client.post(f"/{language}/inquiry/", inquiry_data())
    response = client.post(f"/{language}/inquiry/", inquiry_data(message="Another question."))
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.PORTAL_INQUIRY_RATE_WINDOW)
    html = response.content.decode()
    assert f'<html lang="{html_lang}"' in html
    with translation.override(language):
        assert translation.gettext("Too many attempts") in html
    assert Inquiry.objects.count() == 1


def test_a_spoofed_forwarded_for_header_does_not_reset_the_limit(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 2
    settings.PORTAL_TRUSTED_PROXY_COUNT = 0
    for n in range(2):
        client.post(URL, inquiry_data(name=""), headers={"x-forwarded-for": f"198.51.100.{n}"})
    response = client.post(URL, inquiry_data(), headers={"x-forwarded-for": "203.0.113.77"})
    assert response.status_code == 429
    assert Inquiry.objects.count() == 0


def test_behind_a_trusted_proxy_only_the_address_it_saw_counts(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 2
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    # The client writes whatever it likes on the left; the proxy appends the address it saw.
    for n in range(2):
        client.post(
            URL, inquiry_data(name=""), headers={"x-forwarded-for": f"10.0.0.{n}, 203.0.113.5"}
        )
    spoofed = client.post(URL, inquiry_data(), headers={"x-forwarded-for": "10.9.9.9, 203.0.113.5"})
    assert spoofed.status_code == 429
    other_client = client.post(URL, inquiry_data(), headers={"x-forwarded-for": "203.0.113.6"})
    assert other_client.status_code == 302
    assert Inquiry.objects.count() == 1


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.9", "192.0.2.1"),
        (1, "10.0.0.2", "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "10.0.0.2", "198.51.100.1, 203.0.113.9, 10.0.0.3", "203.0.113.9"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (2, "10.0.0.2", "203.0.113.9", "10.0.0.2"),  # fewer hops than proxies: the proxy's own
        (1, "10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_client_ip_believes_only_configured_proxies(
    rf, settings, proxies, remote, forwarded, expected
):
    settings.PORTAL_TRUSTED_PROXY_COUNT = proxies
    request = rf.post(URL, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_ipv6_clients_are_counted_per_64_block_and_the_cache_holds_no_address(
    clock, client, settings
):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    with mock.patch.object(ratelimit, "count", wraps=ratelimit.count) as counted:
        client.post(URL, inquiry_data(name=""), REMOTE_ADDR="2001:db8:1:2::1")
        same_64 = client.post(URL, inquiry_data(), REMOTE_ADDR="2001:db8:1:2:ffff::9")
        other_64 = client.post(URL, inquiry_data(), REMOTE_ADDR="2001:db8:1:3::1")
    assert same_64.status_code == 429
    assert other_64.status_code == 302
    keys = " ".join(str(key) for call in counted.call_args_list for key in call.args[0])
    assert keys and "2001" not in keys and "db8" not in keys


def test_the_limit_is_counted_in_the_shared_cache(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    client.post(URL, inquiry_data(name=""))
    assert client.post(URL, inquiry_data()).status_code == 429
    cache.clear()  # what an expired window does
    assert client.post(URL, inquiry_data()).status_code == 302


def test_a_new_window_starts_a_new_count(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    window = settings.PORTAL_INQUIRY_RATE_WINDOW  # an hour: windows start on the clock hour
    client.post(URL, inquiry_data(name=""))  # at 10:00:00, the start of a window
    clock.shift(window - 1)
    assert client.post(URL, inquiry_data()).status_code == 429
    clock.shift(1)
    assert client.post(URL, inquiry_data()).status_code == 302


def test_reading_the_form_is_not_limited(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    for _attempt in range(3):
        assert client.get(URL).status_code == 200


def test_ipv4_clients_on_a_dual_stack_listener_are_counted_each_on_their_own(
    clock, client, settings
):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    client.post(URL, inquiry_data(name=""), REMOTE_ADDR="::ffff:198.51.100.1")
    assert client.post(URL, inquiry_data(), REMOTE_ADDR="::ffff:198.51.100.1").status_code == 429
    # Another IPv4 client, mapped into the same IPv6 /64, is not held back.
    assert client.post(URL, inquiry_data(), REMOTE_ADDR="::ffff:198.51.100.2").status_code == 302
    # The mapped and the plain form of one address are one client.
    assert client.post(URL, inquiry_data(), REMOTE_ADDR="198.51.100.2").status_code == 429


def test_rotating_ipv6_64s_within_one_48_does_not_escape_the_limit(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    # Each /64 may post once; the /48 around them eight times in all.
    answers = [
        client.post(URL, inquiry_data(name=""), REMOTE_ADDR=f"2001:db8:7:{n:x}::1").status_code
        for n in range(8)
    ]
    assert answers == [200] * 8
    rotated = client.post(URL, inquiry_data(), REMOTE_ADDR="2001:db8:7:ff::1")
    assert rotated.status_code == 429
    # Another /48 is counted apart.
    assert client.post(URL, inquiry_data(), REMOTE_ADDR="2001:db8:8::1").status_code == 302


def test_without_the_cache_the_form_still_takes_inquiries(clock, client, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert client.post(URL, inquiry_data()).status_code == 302
    assert Inquiry.objects.count() == 1
