import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("officer", "o@example.org", "right-password")


def attempt(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_a_username_is_locked_from_the_address_that_failed_five_times(staff):
    client = Client()
    for _ in range(5):
        attempt(client, "officer", "wrong", ip="198.51.100.1")
    response = attempt(client, "officer", "right-password", ip="198.51.100.1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_stranger_cannot_lock_a_known_username_out(staff):
    for _ in range(5):
        attempt(Client(), "officer", "wrong", ip="198.51.100.66")
    assert attempt(Client(), "officer", "wrong", ip="198.51.100.66").status_code == 429
    # The officer, signing in from their own address, is not locked.
    assert attempt(Client(), "officer", "right-password", ip="192.0.2.20").status_code == 302


def test_a_good_sign_in_does_not_wipe_failures_against_another_username(staff, django_user_model):
    django_user_model.objects.create_user("editor", password="editor-password", is_staff=True)
    ip = "192.0.2.30"
    for _ in range(4):
        attempt(Client(), "officer", "wrong", ip=ip)
        # The editor signs in between guesses at the officer's password, from the same place.
        assert attempt(Client(), "editor", "editor-password", ip=ip).status_code == 302
    attempt(Client(), "officer", "wrong", ip=ip)
    assert attempt(Client(), "officer", "right-password", ip=ip).status_code == 429


def test_one_network_may_fail_only_so_many_sign_ins_an_hour_whatever_the_usernames(staff, settings):
    settings.PORTAL_ADMIN_SIGN_IN_FAILURES_PER_HOUR = 6
    for n in range(6):
        assert attempt(Client(), f"guess{n}", "wrong", ip="192.0.2.10").status_code == 200
    response = attempt(Client(), "officer", "right-password", ip="192.0.2.10")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    # Another network is not affected.
    assert attempt(Client(), "officer", "right-password", ip="192.0.2.11").status_code == 302


def test_behind_a_trusted_proxy_the_lockout_sees_the_client_not_the_proxy(staff, settings):
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1

    def via_proxy(client_address, password):
        return Client().post(
            LOGIN,
            {"username": "officer", "password": password},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=client_address,
        )

    for _ in range(5):
        via_proxy("198.51.100.7", "wrong")
    assert via_proxy("198.51.100.7", "right-password").status_code == 429
    # Everyone else behind the same proxy still signs in.
    assert via_proxy("203.0.113.8", "right-password").status_code == 302


def test_the_lockout_ends_after_the_cool_off(staff, settings):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    client = Client()
    for _ in range(5):
        attempt(client, "officer", "wrong")
    assert attempt(client, "officer", "right-password").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert attempt(client, "officer", "right-password").status_code == 302


def test_a_good_login_works(staff):
    assert attempt(Client(), "officer", "right-password").status_code == 302
