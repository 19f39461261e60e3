from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park


class I18nSitemap(Sitemap):
    """Every page once per language, each listing its other-language alternate."""

    i18n = True
    alternates = True
    x_default = True


class StaticSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return [
            "pages:home",
            "pages:about",
            "parks:park_list",
            "parks:enterprise_list",
            "parks:opportunity_list",
            "parks:agreement_list",
            "news:list",
        ]

    def location(self, name):
        return reverse(name)


class PublishedSitemap(I18nSitemap):
    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


SITEMAPS = {
    "pages": StaticSitemap(),
    "parks": PublishedSitemap(Park),
    "enterprises": PublishedSitemap(Enterprise),
    "opportunities": PublishedSitemap(InvestmentOpportunity),
    "agreements": PublishedSitemap(CooperationAgreement),
    "news": PublishedSitemap(NewsItem),
}
