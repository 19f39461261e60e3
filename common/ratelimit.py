"""A fixed-window rate limit per client network on the shared cache (atomic ``incr`` on Redis).

A client is counted in each network of ``common.clients.client_networks``: IPv4 per address,
IPv6 per /64 and, with a larger allowance, per /48. When the cache cannot be reached the
limit lets requests through (and logs it): the pages must keep working while Redis is down,
and what the limits protect has its own defences (the honeypot, the admin lockout in the
database).
"""

import logging
import time
from dataclasses import dataclass

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from .clients import client_networks

logger = logging.getLogger("portal.ratelimit")


def network_key(network):
    # The cache holds a keyed hash, not the address itself.
    return salted_hmac("portal.ratelimit", network).hexdigest()[:32]


def count(keys, window):
    """Count one request under each key (a window of ``window`` seconds each); the counts.

    On Redis, in one round trip: each key is made with the window as its lifetime if it does
    not exist, then incremented atomically. Elsewhere through the cache's own add and incr.
    """
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, RedisCache):
        pipeline = backend._cache.get_client(None, write=True).pipeline(transaction=False)
        for key in keys:
            stored = backend.make_and_validate_key(key)
            pipeline.set(stored, 0, ex=window, nx=True)
            pipeline.incr(stored)
        return pipeline.execute()[1::2]
    return [count_one(key, window) for key in keys]


def count_one(key, window):
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def is_limited(request, scope, limit, window, *, peek=False):
    """Count one request of this client in ``scope``; True once it is over ``limit`` per window.

    With ``peek`` nothing is counted: True when the client has used up its ``limit`` already.
    """
    remaining = usage(request, scope, limit, window, peek=peek).remaining
    return remaining <= 0 if peek else remaining < 0


@dataclass(frozen=True)
class Usage:
    limit: int
    remaining: int  # below 0 once the client is over the limit
    reset: int  # seconds until the window ends


def usage(request, scope, limit, window, *, peek=False):
    """Count one request of this client in ``scope`` (not with ``peek``) and say what is left
    of ``limit`` in this window: the least left in any of the client's networks, in requests."""
    now = time.time()
    bucket = int(now // window)
    reset = max(1, int((bucket + 1) * window - now))
    try:
        networks = client_networks(request)
        keys = [f"ratelimit:{scope}:{network_key(network)}:{bucket}" for network, _ in networks]
        if peek:
            found = cache.get_many(keys)
            counts = [found.get(key, 0) for key in keys]
        else:
            counts = count(keys, window)
        remaining = min(
            [limit * factor - used for (_, factor), used in zip(networks, counts, strict=True)]
        )
        return Usage(limit, remaining, reset)
    except Exception as error:  # the cache is down: let the request through
        logger.warning(
            "Rate limit %s not counted: the cache failed (%s)", scope, type(error).__name__
        )
        return Usage(limit, limit, reset)


def too_many_requests(request, window):
    """The translated 429 page, saying when to come back."""
    response = render(request, "429.html", {"retry_minutes": -(-window // 60)}, status=429)
    response["Retry-After"] = str(window)
    return response
