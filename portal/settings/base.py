"""Settings shared by every environment; each value that differs comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Index expressions with operator classes (the search's trigram indexes); on SQLite it
    # only registers lookups that nothing there uses.
    "django.contrib.postgres",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "common",
    "places",
    "parks",
    "figures",
    "news",
    "chains",
    "policies",
    "catalogue",
    "pages",
    "inquiries",
    "api",
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages, feeds and the sitemap (whitenoise serves static files compressed ahead of time);
    # outside the page cache, which keeps bodies uncompressed.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The open data's rate limit, CORS, 304s and JSON errors: outside the page cache, so that
    # its answers are counted and validated too and per-client headers are never stored with
    # a page, and outside the refusal of malformed requests, so that those are JSON too.
    "api.middleware.OpenDataMiddleware",
    # After Locale, so that its 400 page speaks the visitor's language.
    "common.requests.MalformedRequestMiddleware",
    # Before CSRF, which is the first to read a form's body.
    "common.requests.PublicBodyLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After Locale (the language) and Auth (the user); before the header middleware below,
    # so that their headers are stored with each page.
    "common.pagecache.PageCacheMiddleware",
    # Inside the page cache: an open-data answer's ETag is worked out once and stored with it.
    "api.middleware.OpenDataValidatorsMiddleware",
    "portal.security.AdminSignInThrottleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # axes must stay last: it turns lockouts raised by the others into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "portal"),
            # Every page asks the cache first: a Redis that hangs must not hang the site.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous visitors' pages in the default cache, dropped on every edit (common.pagecache);
# this many seconds at most; 0 turns the page cache off.
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "600"))
# Paths never looked up in nor stored to the page cache.
PORTAL_PAGE_CACHE_SKIP_PATHS = ["/admin/", "/healthz"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Admin brute force: a username is locked from one client address after a few failures (a
# good sign-in resets only that pair), and a client network may fail only so many sign-ins
# an hour whatever the usernames (portal.security). The client address is the site's one
# rule (common.clients), proxies included.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "common.clients.client_ip"
PORTAL_ADMIN_SIGN_IN_FAILURES_PER_HOUR = int(
    os.environ.get("PORTAL_ADMIN_SIGN_IN_FAILURES_PER_HOUR", "20")
)

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Each language falls back to the other, so a record written in one language shows in both.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "zh-hans")}
# modeltranslation's language tabs need jQuery UI: served from our own static files, not a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # Uploads are written whole or not at all (common.storage).
    "default": {"BACKEND": "common.storage.AtomicFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Several app servers share their uploads on S3-compatible object storage (the "s3" extra):
# the bucket, its endpoint (empty: AWS itself) and the public address the reverse proxy
# serves the bucket at, so that media stay on the site's own origin.
PORTAL_MEDIA_S3_BUCKET = os.environ.get("PORTAL_MEDIA_S3_BUCKET", "")
if PORTAL_MEDIA_S3_BUCKET:
    media_public = urlsplit(os.environ.get("PORTAL_MEDIA_PUBLIC_URL", ""))
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": PORTAL_MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("PORTAL_MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("PORTAL_MEDIA_S3_REGION") or None,
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": not media_public.netloc,
            "custom_domain": (media_public.netloc + media_public.path).rstrip("/") or None,
            "url_protocol": f"{media_public.scheme or 'https'}:",
        },
    }

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "invest@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The public address of the site, for links in mail sent outside a request (retries).
PORTAL_SITE_URL = os.environ.get("PORTAL_SITE_URL", "")
PORTAL_OFFICERS_EMAIL = os.environ.get("PORTAL_OFFICERS_EMAIL", "officers@localhost")

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Every asset is served by the site itself: no inline script or style, no other host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# The largest body a public page accepts (an inquiry is a few kilobytes); the admin takes
# uploads and is exempt.
PORTAL_PUBLIC_BODY_MAX_BYTES = 64 * 1024
PORTAL_BODY_LIMIT_EXEMPT = ["/admin/"]

# Searches a client network may run per minute (the page cache's answers are not counted).
PORTAL_SEARCH_RATE_LIMIT = int(os.environ.get("PORTAL_SEARCH_RATE_LIMIT", "60"))

# The open data (/api/v1/): read-only JSON, no sign-in, no session, JSON only (no HTML
# browsable API: the documentation page is the site's own).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.SlugCursorPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [],  # the rate limit is api.middleware's, on the shared cache
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Dongying & Jingzhou Investment Portal: open data",
    "DESCRIPTION": (
        "Read-only data of the portal's published records. Every record holds both languages: "
        "a translated field appears once per language, named as the site's columns are "
        "(`name_en`, `name_zh_hans`), and is empty where the record has no text in that "
        "language (nothing is filled in from the other). Links to other records are slugs, "
        "and only published records are ever linked. Lists are in slug order and paged with "
        "an opaque `cursor` (follow `next`). Responses carry ETag and Last-Modified: ask "
        "again with If-None-Match or If-Modified-Since and get 304 when nothing changed. "
        "Each client may make a limited number of requests a minute (RateLimit-* headers; "
        "429 with Retry-After beyond). CSV and JSON downloads of each list, with the same "
        "filters, are at /api/v1/downloads/<kind>.csv and .json."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "ENUM_GENERATE_CHOICE_DESCRIPTION": True,
    "ENUM_NAME_OVERRIDES": {
        "CurrencyEnum": "common.money.Currency",
        "LanguageEnum": "news.models.Language",
    },
}
# Requests one client network may make to /api/ per window (seconds), in the shared cache.
PORTAL_API_RATE_LIMIT = int(os.environ.get("PORTAL_API_RATE_LIMIT", "120"))
PORTAL_API_RATE_WINDOW = 60

# Investor inquiries: service target, rate limits, and which proxies to believe.
# Number of reverse proxies of our own in front of the site; 0: X-Forwarded-For is ignored.
PORTAL_TRUSTED_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXY_COUNT", "0"))
PORTAL_INQUIRY_TARGET_WORKING_DAYS = 2
# Posts per client IP per window (seconds), counted in the shared cache.
PORTAL_INQUIRY_RATE_LIMIT = int(os.environ.get("PORTAL_INQUIRY_RATE_LIMIT", "10"))
PORTAL_INQUIRY_STATUS_RATE_LIMIT = int(os.environ.get("PORTAL_INQUIRY_STATUS_RATE_LIMIT", "20"))
PORTAL_INQUIRY_RATE_WINDOW = 3600
# Closed inquiries are deleted this many days after closing (the privacy notice says two years).
PORTAL_INQUIRY_RETENTION_DAYS = 730
# The same email and message again within this many minutes is the same inquiry.
PORTAL_INQUIRY_DUPLICATE_MINUTES = 10
# The language of the notification the parks' officers receive.
PORTAL_INQUIRY_NOTIFICATION_LANGUAGE = os.environ.get(
    "PORTAL_INQUIRY_NOTIFICATION_LANGUAGE", "zh-hans"
)
# The language staff are written to (the daily reminder) until they choose one on their
# user page: the officers' notifications' language.
PORTAL_STAFF_LANGUAGE = os.environ.get(
    "PORTAL_STAFF_LANGUAGE", PORTAL_INQUIRY_NOTIFICATION_LANGUAGE
)

# Park key figures: a park whose figures were last verified longer ago than this (or never)
# is counted on the admin dashboard and in the editors' daily reminder.
PORTAL_FIGURES_VERIFY_DAYS = int(os.environ.get("PORTAL_FIGURES_VERIFY_DAYS", "365"))
