"""/api/v1/: the endpoints, downloads and schema (outside the language prefix: every record
holds both languages); ``page_urlpatterns``: the documentation page, in each language."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from . import downloads, kinds, pages, views

app_name = "api"

router = SimpleRouter()
for kind in kinds.kinds():
    router.register(kind.key, views.viewset(kind), basename=kind.key)

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="schema"),
    path("downloads/<slug:kind>.csv", downloads.download, {"format": "csv"}, name="download_csv"),
    path(
        "downloads/<slug:kind>.json", downloads.download, {"format": "json"}, name="download_json"
    ),
    *router.urls,
]

page_urlpatterns = [
    path("open-data/", pages.DocumentationView.as_view(), name="documentation"),
]
