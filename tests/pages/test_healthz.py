from unittest import mock

import pytest
from django.core.cache import caches
from django.db import OperationalError, connections

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_and_is_never_cached(client):
    for _ in range(2):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.content == b"ok\n"
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert "no-store" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    assert "healthz" not in client.get("/sitemap.xml").content.decode()


def test_healthz_asks_the_database_once_and_never_touches_the_session(
    admin_client, django_assert_num_queries
):
    with django_assert_num_queries(1):  # SELECT 1: no session, no user
        response = admin_client.get("/healthz")
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_healthz_only_reads(client):
    assert client.post("/healthz").status_code == 405


def test_a_failing_database_gives_503(client):
    with mock.patch.object(connections["default"], "cursor", side_effect=OperationalError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable\n"
    assert "no-store" in response["Cache-Control"]


def test_a_failing_cache_gives_503(client):
    with mock.patch.object(caches["default"], "set", side_effect=ConnectionError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"cache unavailable\n"


def test_a_cache_that_keeps_nothing_gives_503(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    assert client.get("/healthz").content == b"cache unavailable\n"


def test_both_failing_are_both_named(client):
    with (
        mock.patch.object(connections["default"], "cursor", side_effect=OperationalError),
        mock.patch.object(caches["default"], "get", side_effect=ConnectionError),
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database and cache unavailable\n"
