import logging
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from django.views.generic import TemplateView

from common import register
from common.counting import count_each
from common.money import format_amount
from common.ratelimit import is_limited, too_many_requests
from news.models import NewsItem
from parks.models import CooperationAgreement, Park
from parks.stages import summarise_stages
from places.models import City

from .search import Search, SearchError, clean_query, is_shortened, search

logger = logging.getLogger(__name__)

# Public geographic positions (longitude, latitude) for the location overview on the home page.
MAP_BOUNDS = (108.0, 125.0, 28.0, 41.0)  # west, east, south, north
REFERENCE_CITIES = [
    (_("Beijing"), 116.40, 39.90),
    (_("Jinan"), 117.12, 36.65),
    (_("Shanghai"), 121.47, 31.23),
]


def project(longitude, latitude, width=480, height=360):
    west, east, south, north = MAP_BOUNDS
    x = (longitude - west) / (east - west) * width
    y = (north - latitude) / (north - south) * height
    return round(x, 1), round(y, 1)


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # One query: the tracker's summary and the register's totals per currency.
        rows = list(CooperationAgreement.objects.published().stage_rows())
        totals = {}
        for row in rows:
            in_register = row["record_type"] == CooperationAgreement.RecordType.AGREEMENT
            if in_register and row["currency"] and row["total"] is not None:
                total, count = totals.get(row["currency"], (0, 0))
                totals[row["currency"]] = (total + row["total"], count + row["with_amount"])
        per_city = dict(
            Park.objects.published()
            .exclude(city=None)
            .order_by()
            .values_list("city")
            .annotate(n=Count("pk"))
        )
        cities = []
        # The cities staff placed on the map (Places in the admin): their position and parks.
        for city in City.objects.exclude(latitude=None).exclude(longitude=None):
            x, y = project(float(city.longitude), float(city.latitude))
            cities.append(
                {"code": city.slug, "name": str(city), "x": x, "y": y,
                 "parks": per_city.get(city.slug, 0)}
            )  # fmt: skip
        references = []
        for name, lon, lat in REFERENCE_CITIES:
            x, y = project(lon, lat)
            references.append({"name": name, "x": x, "y": y})
        open_opportunities = register.get("opportunities").home_queryset()
        counted = [kind for kind in register.kinds() if kind.home_label]
        figures = [
            {"label": kind.home_label, "count": count, "url": kind.home_url()}
            for kind, count in zip(
                counted, count_each([kind.home_queryset() for kind in counted]), strict=True
            )
        ]
        context.update(
            figures=figures,
            agreement_totals=[
                {"amount": format_amount(total, currency), "count": count}
                for currency, (total, count) in sorted(totals.items())
            ],
            stage_summary=summarise_stages(rows),
            featured_opportunities=open_opportunities.with_published("park")[:3],
            latest_news=NewsItem.objects.published()[:6],
            map_cities=cities,
            map_references=references,
        )
        return context


# Searches one client may run a minute (pages served from the page cache are not counted).
SEARCH_RATE_WINDOW = 60


class SearchView(TemplateView):
    """Every kind's first results, or one kind page by page (``?kind=news&page=2``)."""

    template_name = "pages/search.html"

    def get(self, request, *args, **kwargs):
        raw = request.GET.get("q", "")
        kind = request.GET.get("kind", "")
        if raw.strip() and is_limited(
            request, "search", settings.PORTAL_SEARCH_RATE_LIMIT, SEARCH_RATE_WINDOW
        ):
            return too_many_requests(request, SEARCH_RATE_WINDOW)
        try:
            found, error = search(raw, kind, request.GET.get("page") or 1), ""
        except SearchError:
            found = Search(query=clean_query(raw))
            error = _("There is no such page of results.")
        context = self.get_context_data(
            search=found,
            query=found.query,
            groups=[g for g in found.groups if g["count"]],
            total=found.total,
            truncated=is_shortened(raw),
            error=error,
            **self.paging(found),
        )
        return self.render_to_response(context, status=404 if error else 200)

    @staticmethod
    def paging(found):
        """What templates/includes/pagination.html needs, for a page of one kind."""
        if not found.page:
            return {}
        return {
            "page_obj": found.page,
            "is_paginated": found.page.paginator.num_pages > 1,
            "query_string": urlencode({"q": found.query, "kind": found.kind}),
        }


class AboutView(TemplateView):
    template_name = "pages/about.html"


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /en/inquiry/",
        "Disallow: /zh-hans/inquiry/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",  # the index
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def database_works():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("Health check: the database is unavailable", exc_info=True)
        return False


def cache_works():
    key = f"healthz:{uuid.uuid4().hex}"  # one key per check: servers never race on it
    try:
        cache.set(key, "ok", 10)
        works = cache.get(key) == "ok"
        cache.delete(key)
        return works
    except Exception:
        logger.warning("Health check: the cache is unavailable", exc_info=True)
        return False


@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitors: "ok", or 503 naming what is unreachable."""
    failed = [
        name
        for name, works in (("database", database_works), ("cache", cache_works))
        if not works()
    ]
    if failed:
        text, status = f"{' and '.join(failed)} unavailable\n", 503
    else:
        text, status = "ok\n", 200
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
