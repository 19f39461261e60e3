"""Who is asking: the one rule for a client's address, used by rate limits and the admin lockout.

Behind ``PORTAL_TRUSTED_PROXY_COUNT`` reverse proxies of our own, the address the outermost
of them saw; otherwise REMOTE_ADDR. IPv4 clients reaching a dual-stack listener arrive as
IPv4-mapped IPv6 addresses (``::ffff:192.0.2.1``) and are treated as the IPv4 address they are.
"""

import ipaddress

from django.conf import settings

# IPv6 hosts get a whole /64 and sites a /48 or more: a client is its /64, and the wider
# prefix is counted too, with this many times the limit, so rotating /64s does not help.
IPV6_PREFIXES = ((64, 1), (48, 8))


def parse(address):
    """The address as an ``ipaddress`` object (IPv4-mapped IPv6 as IPv4), or None."""
    try:
        parsed = ipaddress.ip_address(address.strip().split("%")[0])
    except ValueError:
        return None
    if parsed.version == 6 and parsed.ipv4_mapped is not None:
        return parsed.ipv4_mapped
    return parsed


def client_ip(request):
    """The client's address as text; with trusted proxies, the one the outermost of them saw.

    With ``PORTAL_TRUSTED_PROXY_COUNT = n`` the n-th address from the right of X-Forwarded-For
    is the one the outermost trusted proxy saw; anything to its left was written by the client
    and is ignored.
    """
    remote = parse(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.PORTAL_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            candidate = parse(hops[-proxies])
            if candidate is not None:
                return str(candidate)
    return str(remote) if remote is not None else ""


def client_networks(request):
    """The networks a client is counted in, each with the multiple of a limit it may use."""
    address = parse(client_ip(request))
    if address is None:
        return [("unknown", 1)]
    if address.version == 4:
        return [(str(address), 1)]
    return [
        (str(ipaddress.ip_network(f"{address}/{prefix}", strict=False)), factor)
        for prefix, factor in IPV6_PREFIXES
    ]
