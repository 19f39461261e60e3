"""A fixed-window rate limit per client IP on the shared cache (atomic ``incr`` on Redis)."""

import ipaddress
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the one our own proxies put in X-Forwarded-For.

    With ``PORTAL_TRUSTED_PROXY_COUNT = n`` the n-th address from the right is the one the
    outermost trusted proxy saw; anything to its left was written by the client and is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PORTAL_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            candidate = hops[-proxies]
            try:
                ipaddress.ip_address(candidate)
            except ValueError:
                return remote
            return candidate
    return remote


def client_key(request):
    """The client's network, hashed: IPv6 hosts get a whole /64, so count per /64."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        network = "unknown"
    else:
        network = str(
            ipaddress.ip_network(f"{parsed}/64", strict=False) if parsed.version == 6 else parsed
        )
    # The cache holds a keyed hash, not the address itself.
    return salted_hmac("portal.inquiries.ratelimit", network).hexdigest()[:32]


def is_limited(request, scope, limit, window):
    """Count one request of this client in ``scope``; True once it is over ``limit`` per window."""
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{client_key(request)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
