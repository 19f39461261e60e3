from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.decorators.cache import cache_page
from django.views.decorators.gzip import gzip_page

from . import views
from .sitemaps import sitemaps, summarised

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("about/", views.AboutView.as_view(), name="about"),
]

# Crawlers fetch the sitemap over and over; each file is built (and compressed: a section is
# megabytes of XML) at most this often, and kept in the cache compressed and as it is.
SITEMAP_CACHE_SECONDS = 10 * 60


def cached_sitemap(view):
    return cache_page(SITEMAP_CACHE_SECONDS)(gzip_page(view))


SECTIONS = sitemaps()


def sitemap_index(request, **kwargs):
    """The index, every section's size and latest change read in one query."""
    return sitemap_views.index(request, sitemaps=summarised(), **kwargs)


# Outside the language prefix: the sitemap index and its sections, robots.txt, the health check.
root_urlpatterns = [
    path(
        "sitemap.xml",
        cached_sitemap(sitemap_index),
        {"sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        cached_sitemap(sitemap_views.sitemap),
        {"sitemaps": SECTIONS},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
]
