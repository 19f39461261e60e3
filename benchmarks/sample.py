"""Which pages the benchmark asks for, and what each costs uncached (run inside Django)."""

import re

from django.core.cache import cache
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

from common import register

LANGUAGES = ("en", "zh-hans")


def client():
    return Client(HTTP_HOST="127.0.0.1")


def busiest_park():
    parks = register.get("parks").public()
    return parks.annotate(n=Count("citations")).order_by("-n").first()


def filters():
    """A realistic filter for each list: what a visitor clicks first."""
    park = busiest_park()
    sector = park.sectors.first() if park else None
    year = register.get("agreements").public().exclude(year=None).values_list("year", flat=True)
    return {
        "parks": f"sector={sector.slug}" if sector else "",
        "enterprises": f"park={park.slug}" if park else "",
        "opportunities": "status=open",
        "agreements": f"year={year.first()}" if year.first() else "",
        "news": f"park={park.slug}" if park else "",
    }


def deep_page(kind, url):
    """A page three quarters of the way through the list."""
    per_page = resolve(url).func.view_class.paginate_by
    return max(1, (kind.public().count() // per_page) * 3 // 4)


def sample():
    pages = []
    chosen = filters()
    park = busiest_park()
    for language in LANGUAGES:
        with translation.override(language):
            pages.append(("home", reverse("pages:home")))
            for kind in register.kinds():
                url = reverse(kind.list_url)
                pages.append((f"{kind.key} list", url))
                pages.append((f"{kind.key} list, deep page", f"{url}?page={deep_page(kind, url)}"))
                if chosen.get(kind.key):
                    pages.append((f"{kind.key} list, filtered", f"{url}?{chosen[kind.key]}"))
                record = park if kind.key == "parks" else kind.public().order_by("pk").first()
                if record is not None:
                    pages.append((f"{kind.key} detail", record.get_absolute_url()))
            pages.append(("news feed", reverse("news:feed")))
            pages.append(("service statistics", reverse("inquiries:service")))
    # The open data (no language prefix: every record holds both languages).
    for kind in register.kinds():
        url = f"/api/v1/{kind.key}/"
        pages.append((f"api {kind.key}", url))
        if chosen.get(kind.key):
            pages.append((f"api {kind.key}, filtered", f"{url}?{chosen[kind.key]}"))
        record = park if kind.key == "parks" else kind.public().order_by("pk").first()
        if record is not None:
            pages.append((f"api {kind.key} record", f"{url}{record.slug}/"))
    pages.append(("api sectors", "/api/v1/sectors/"))
    pages.append(("sitemap", "/sitemap.xml"))
    section = sitemap_section()
    if section:
        pages.append(("sitemap section", section))
    return [
        {"kind": f"{kind} ({language_of(path)})" if language_of(path) else kind, "path": path}
        for kind, path in pages
    ]


def language_of(path):
    match = re.match(r"^/(en|zh-hans)/", path)
    return match.group(1) if match else ""


def sitemap_section():
    """The first section of the sitemap index, as a path (None if the sitemap is one file)."""
    body = client().get("/sitemap.xml").content.decode()
    if "<sitemapindex" not in body:
        return None
    locations = re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", body)
    return next((loc for loc in locations if "news" in loc), locations[0] if locations else None)


def uncached(paths):
    """SQL queries and bytes of each page rendered with an empty cache."""
    shapes = {}
    browser = client()
    for path in paths:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = browser.get(path)
        shapes[path] = {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(response.content),
        }
    return shapes
