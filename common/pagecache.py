"""The page cache: anonymous visitors' pages kept in the shared cache, dropped on every edit.

A page is stored under its language and full URL (scheme, host, path and query string),
together with the content generation it was rendered in. The generation is one number in
the same cache; every committed write to a content app's records increments it, so every
stored page is stale at once and is rendered again on its next request. The page and the
generation are read in one round trip. The content apps are those of the register of
public kinds. Writes that send no signal (``QuerySet.update``, ``bulk_create``,
``bulk_update``) call ``bump_on_commit()`` themselves.

Only what every anonymous visitor would get is stored: nothing for a logged-in user, a
response that sets a cookie, uses the CSRF token or the session, says private or no-store,
or is not a 200.

A page is stored compressed as well as plain, so that the many clients that accept gzip are
not each given a page compressed anew. The compressed copy carries no random padding (the
BREACH mitigation of pages that hold a secret): a stored page holds no CSRF token, no
session and nothing else that differs between visitors.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

from . import register

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# When the content last changed (seconds since the epoch): the open data's Last-Modified.
CHANGED_KEY = "pagecache:changed"
HEADER = "X-Page-Cache"
# Cache-Control directives that forbid sharing a response.
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
# A visitor with a message waiting (base.html shows it) gets a rendered page.
MESSAGES_COOKIE = CookieStorage.cookie_name
# Shorter bodies are not worth compressing (GZipMiddleware's own threshold).
COMPRESS_FROM_BYTES = 200


def content_apps():
    """Apps whose records make up the public pages: the apps of the register's kinds."""
    return {kind.model._meta.app_label for kind in register.kinds()}


def bump():
    """Start a new content generation: every page stored so far is stale."""
    cache.set(CHANGED_KEY, int(time.time()), timeout=None)
    try:
        return cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or evicted
        if cache.add(GENERATION_KEY, _fresh_generation(), timeout=None):
            return cache.get(GENERATION_KEY)
        return cache.incr(GENERATION_KEY)


def last_changed():
    """When published content last changed, as seconds since the epoch; if the cache forgot,
    from now on (a client is then told that everything may have changed)."""
    changed = cache.get(CHANGED_KEY)
    if changed is None:
        cache.add(CHANGED_KEY, int(time.time()), timeout=None)
        changed = cache.get(CHANGED_KEY)
    return changed or int(time.time())


def bump_on_commit(using=None):
    """Bump once the current transaction commits (at once outside one); never on rollback.

    Before the commit, a page rendered from the old rows could be stored under the new
    generation and outlive the edit; after it, every new generation sees the new rows.
    A failure (cache down) is logged; the pages' timeout bounds what it leaves stale.
    """
    transaction.on_commit(bump, using=using, robust=True)


def _fresh_generation():
    # Microseconds since the epoch: a generation lost from the cache is never reused.
    return time.time_ns() // 1000


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def record_changed(sender, using=None, **kwargs):
    """post_save / post_delete: a record of a content app changed."""
    if sender._meta.app_label in content_apps():
        bump_on_commit(using)


def links_changed(sender, instance, action, using=None, **kwargs):
    """m2m_changed: links between records changed (sender is the through model)."""
    if not action.startswith("post_"):
        return
    apps = content_apps()
    if sender._meta.app_label in apps or instance._meta.app_label in apps:
        bump_on_commit(using)


def page_key(request):
    url = request.build_absolute_uri()
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"pagecache:page:{translation.get_language()}:{digest}"


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD requests from the page cache; store what they may share.

    It comes after LocaleMiddleware (the key holds the language) and AuthenticationMiddleware
    (it must know the user), and before the middleware that add headers to every page
    (X-Frame-Options, CSP), so that those headers are stored with the page. It stores the
    body uncompressed; GZipMiddleware, further out, compresses hits and misses alike.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PORTAL_PAGE_CACHE_SECONDS
        if not seconds or not self.may_use_cache(request):
            return self.get_response(request)
        key = page_key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY)
            if generation is None:
                generation = current_generation()
        except Exception:  # the site stays up without its cache
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        if generation is None:
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            response = self.stored_response(request, *entry[1:])
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if request.method == "GET" and self.may_store(request, response):
            try:
                cache.set(key, (generation, *self.stored_entry(response)), seconds)
            except Exception:
                logger.warning("Page cache unavailable", exc_info=True)
            else:
                response[HEADER] = "miss"
        return response

    @staticmethod
    def stored_entry(response):
        """The body, the headers and, where it is worth it, the body compressed."""
        content = response.content
        compressed = None
        if len(content) >= COMPRESS_FROM_BYTES and not response.has_header("Content-Encoding"):
            compressed = compress_string(content)
            if len(compressed) >= len(content):
                compressed = None
        return content, list(response.items()), compressed

    @staticmethod
    def stored_response(request, content, headers, compressed):
        """A stored page: compressed for a client that accepts gzip, as GZipMiddleware would
        (which then leaves it alone), else as it was rendered."""
        response = HttpResponse(content, headers=dict(headers))
        if compressed is None:
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            response.content = compressed
            response["Content-Length"] = str(len(compressed))
            response["Content-Encoding"] = "gzip"
            etag = response.get("ETag")
            if etag and etag.startswith('"'):  # one ETag per representation
                response["ETag"] = "W/" + etag
        return response

    def may_use_cache(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(tuple(settings.PORTAL_PAGE_CACHE_SKIP_PATHS)):
            return False
        if MESSAGES_COOKIE in request.COOKIES:
            return False
        return self.is_anonymous(request)

    def is_anonymous(self, request):
        if not hasattr(request, "user"):
            raise ImproperlyConfigured(
                "PageCacheMiddleware must come after AuthenticationMiddleware in MIDDLEWARE."
            )
        session = getattr(request, "session", None)
        accessed = getattr(session, "accessed", False)
        anonymous = not request.user.is_authenticated
        if anonymous and session is not None:
            # Finding no user is the cache's business: only the page's own use of the
            # session (seen in may_store) keeps the page out of the cache.
            session.accessed = accessed
        return anonymous

    def may_store(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a CSRF token
            return False
        session = getattr(request, "session", None)
        if session is not None and (session.accessed or session.modified):
            return False
        cache_control = response.get("Cache-Control", "").split(",")
        if {part.split("=")[0].strip().lower() for part in cache_control} & PRIVATE_DIRECTIVES:
            return False
        # The key holds the language and nothing else a response may vary on.
        vary = {name.strip().lower() for name in response.get("Vary", "").split(",")}
        return vary <= {"", "accept-language"}
