"""Settings for the test suite: the development settings with fast hashing, page cache on."""

from .dev import *  # noqa: F403

ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PORTAL_PAGE_CACHE_SECONDS = 600
# Tests search far more often than a visitor could; the limit's own test lowers it.
PORTAL_SEARCH_RATE_LIMIT = 100_000
# The same for the open data; its own test lowers it.
PORTAL_API_RATE_LIMIT = 100_000
