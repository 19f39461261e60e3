"""Fixtures shared by the inquiry tests: an empty cache and staff users."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from inquiries.models import EDITORS_GROUP, OFFICERS_GROUP


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate limits and submission locks live in the cache: no test sees another's."""
    cache.clear()
    yield
    cache.clear()


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def officer(django_user_model):
    return staff(django_user_model, "officer", OFFICERS_GROUP)


@pytest.fixture
def editor(django_user_model):
    return staff(django_user_model, "editor", EDITORS_GROUP)


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
