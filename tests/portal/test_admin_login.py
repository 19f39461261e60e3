import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("officer", "o@example.org", "right-password")


def attempt(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_a_username_is_locked_after_five_failures_even_from_other_addresses(staff):
    client = Client()
    for n in range(5):
        attempt(client, "officer", "wrong", ip=f"198.51.100.{n}")
    response = attempt(client, "officer", "right-password", ip="198.51.100.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_after_five_failures_with_any_username(staff):
    client = Client()
    for n in range(5):
        attempt(client, f"guess{n}", "wrong", ip="192.0.2.10")
    assert attempt(client, "officer", "right-password", ip="192.0.2.10").status_code == 429
    # Another address and the right password still get in.
    assert attempt(Client(), "nobody", "x", ip="192.0.2.11").status_code == 200


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
