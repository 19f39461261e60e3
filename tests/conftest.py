from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from inquiries.models import EDITORS_GROUP, OFFICERS_GROUP


@pytest.fixture(autouse=True)
def reset_language():
    """Each test starts in English, whatever the one before activated."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache: no page, rate count or generation of another."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(time_machine):
    """Time stands still at Wednesday 4 March 2026, 10:00 in Shanghai until a test moves it.

    Due dates skip weekends, references carry the year and rate limits count per clock hour,
    so a test of any of them names its instant. Request it before fixtures that save or log in.
    """
    time_machine.move_to(datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False)
    return time_machine


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
