"""Local development: DEBUG on, SQLite under var/, mail to the console, no page cache."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
# A page cache would hide template changes; on only when asked for (or without DEBUG).
PORTAL_PAGE_CACHE_SECONDS = int(
    os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "0" if DEBUG else "600")
)
