from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from common import register


class I18nSitemap(Sitemap):
    """Every page once per language, each listing its other-language alternate."""

    i18n = True
    alternates = True
    x_default = True


class StaticSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return ["pages:home", "pages:about", *[kind.list_url for kind in register.kinds()]]

    def location(self, name):
        return reverse(name)


class PublicKindSitemap(I18nSitemap):
    def __init__(self, kind):
        self.kind = kind

    def items(self):
        return self.kind.public().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


def sitemaps():
    """The sitemap's sections: fixed pages, then one per public kind of the register."""
    return {
        "pages": StaticSitemap(),
        **{kind.key: PublicKindSitemap(kind) for kind in register.kinds()},
    }
