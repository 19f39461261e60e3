from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from api.urls import page_urlpatterns as open_data_pages
from pages.urls import root_urlpatterns

admin.site.site_header = _("Investment portal administration")
admin.site.site_title = _("Investment portal")
admin.site.index_title = _("Content and inquiries")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("api.urls")),
    *root_urlpatterns,
]

urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("parks.urls")),
    path("", include("chains.urls")),
    path("", include("figures.urls")),
    path("news/", include("news.urls")),
    path("", include("policies.urls")),
    path("", include("inquiries.urls")),
    path("", include((open_data_pages, "opendata"))),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler500 = "pages.errors.server_error"
