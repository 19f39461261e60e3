from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views
from .inquiries.views import PrivacyNoticeView
from .sitemaps import SITEMAPS

admin.site.site_header = _("Investment portal administration")
admin.site.site_title = _("Investment portal")
admin.site.index_title = _("Content and inquiries")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("", include("parks.urls")),
    path("news/", include("news.urls")),
    path("inquiry/", include("portal.inquiries.urls")),
    path("privacy/", PrivacyNoticeView.as_view(), name="privacy"),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
