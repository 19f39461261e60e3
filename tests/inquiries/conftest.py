"""Fixtures shared by the inquiry tests: an empty cache (rate limits and submission locks)."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate limits and submission locks live in the cache: no test sees another's."""
    cache.clear()
    yield
    cache.clear()
