import pytest
from django.core.cache import cache
from django.utils import translation


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
def empty_cache():
    """No test sees pages another test cached (the sitemap is cached per URL)."""
    cache.clear()
    yield
    cache.clear()
