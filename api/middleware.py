"""What every open-data response carries: a rate limit per client, CORS for reading, and
validators (ETag, Last-Modified) so that a client asking again gets a 304 for what it has.

``OpenDataMiddleware`` stands outside the page cache, so that answers served from it are
counted and answered conditionally too, and the per-client headers are never stored with a
page. ``OpenDataValidatorsMiddleware`` stands inside it: an answer's validators are worked
out once, when it is rendered, and stored with it.
"""

import hashlib
import logging

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _

from common.pagecache import last_changed
from common.ratelimit import usage

logger = logging.getLogger(__name__)

PREFIX = "/api/"
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, RateLimit-Limit, "
    "RateLimit-Remaining, RateLimit-Reset",
}
PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


class OpenDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":  # a browser asking whether it may read: not counted
            response = HttpResponse(status=204)
            for name, value in PREFLIGHT.items():
                response[name] = value
        else:
            window = settings.PORTAL_API_RATE_WINDOW
            used = usage(request, "api", settings.PORTAL_API_RATE_LIMIT, window)
            if used.remaining < 0:
                response = JsonResponse(
                    {"detail": _("Too many requests: try again in %(seconds)s seconds.")
                     % {"seconds": used.reset}},
                    status=429,
                )  # fmt: skip
                response["Retry-After"] = str(used.reset)
            else:
                response = self.as_json(conditional(request, self.get_response(request)))
            response["RateLimit-Limit"] = str(used.limit)
            response["RateLimit-Remaining"] = str(max(used.remaining, 0))
            response["RateLimit-Reset"] = str(used.reset)
        for name, value in CORS.items():
            response[name] = value
        return response

    def as_json(self, response):
        """A client of the API reads JSON, errors too: the site's HTML error pages (a path
        that matches no endpoint, a malformed request, a server error) are said in JSON."""
        if response.status_code < 400 or response.get("Content-Type", "").startswith(
            "application/json"
        ):
            return response
        error = JsonResponse({"detail": response.reason_phrase}, status=response.status_code)
        for name in ("Retry-After", "Allow"):
            if name in response:
                error[name] = response[name]
        return error


def conditional(request, response):
    """A 304 for a client that has this answer already (its validators are set inside)."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.streaming or not response.has_header("ETag"):
        return response
    # Ask again each time; a 304 is cheap. (Said out here: the page cache keeps no page
    # that says no-cache.)
    response["Cache-Control"] = "no-cache"
    modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=parse_http_date_safe(modified) if modified else None,
        response=response,
    )


class OpenDataValidatorsMiddleware:
    """ETag from the body, Last-Modified from the last change of any published content: both
    change whenever what the answer says could. Set once, as an answer is rendered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith(PREFIX):
            return response
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if response.streaming:  # downloads: no body to hash before it is sent
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        try:
            response["Last-Modified"] = http_date(last_changed())
        except Exception:  # the cache is down: the ETag alone still works
            logger.warning("No Last-Modified: the cache is unavailable", exc_info=True)
        return response
