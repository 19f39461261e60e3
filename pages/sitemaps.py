"""The sitemap: an index at /sitemap.xml naming one file per section (/sitemap-<section>.xml),
each section paged with ?p= so that no file holds more than LIMIT URLs.

Every record appears once per language, each URL listing the other languages as alternates;
a file of RECORDS_PER_FILE records therefore holds that many URLs per language, about 450
bytes each with their alternates: 10,000 URLs, some 5 MB, within the protocol's 50,000 URLs
and 50 MB (and the 10 MB the site allows itself).
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse

from common import register
from common.counting import aggregate_each

RECORDS_PER_FILE = 5000


class I18nSitemap(Sitemap):
    """Every page once per language, each listing its other-language alternate."""

    i18n = True
    alternates = True
    x_default = True

    @property
    def limit(self):
        """URLs per file: RECORDS_PER_FILE records in every language."""
        return RECORDS_PER_FILE * len(self._languages())

    def _urls(self, page, protocol, domain):
        """Django writes the x-default without its language prefix (``/parks/x/``), which
        this site does not serve (every page has its prefix): it is the page in the default
        language, as each page's own x-default link says."""
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = url.get("alternates", [])
            default = next(
                (a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE),
                None,
            )
            for alternate in alternates:
                if alternate["lang_code"] == "x-default" and default:
                    alternate["location"] = default
        return urls


class StaticSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return ["pages:home", "pages:about", *[kind.list_url for kind in register.kinds()]]

    def location(self, name):
        return reverse(name)


class InLanguages:
    """The (record, language) pairs of a queryset, for Django's paginator: counted and sliced
    in the database, so that a page of the sitemap loads only its own records."""

    def __init__(self, queryset, languages):
        self.queryset, self.languages = queryset, languages

    def count(self):
        return self.queryset.count() * len(self.languages)

    def __len__(self):
        return self.count()

    def __getitem__(self, pairs):
        n = len(self.languages)
        first = pairs.start // n
        records = self.queryset[first : -(-pairs.stop // n)]
        expanded = [(record, code) for record in records for code in self.languages]
        return expanded[pairs.start - first * n : pairs.stop - first * n]


class PublicKindSitemap(I18nSitemap):
    def __init__(self, kind, summary=None):
        """``summary``: the kind's number of public records and their latest change, when the
        index has counted every kind at once (``summarised``)."""
        self.kind, self.summary = kind, summary

    def items(self):
        # Only what a URL and its date need: a file of thousands of news items skips the text.
        return self.kind.public().order_by("pk").only("slug", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at

    @property
    def paginator(self):
        records = InLanguages(self.items(), self._languages())
        paginator = Paginator(records, self.limit)
        if self.summary is not None:
            paginator.count = self.summary["n"] * len(self._languages())  # known: no query
        return paginator

    def get_latest_lastmod(self):
        if self.summary is not None:
            return self.summary["latest"]
        return self.kind.public().aggregate(latest=Max("updated_at"))["latest"]


def sitemaps():
    """The sitemap's sections: fixed pages, then one per public kind of the register."""
    return {
        "pages": StaticSitemap(),
        **{kind.key: PublicKindSitemap(kind) for kind in register.kinds()},
    }


def summarised():
    """The sections, each kind's size and latest change read for all kinds in one query: what
    the index needs of each."""
    kinds = register.kinds()
    summaries = aggregate_each([kind.public() for kind in kinds], latest=Max("updated_at"))
    return {
        "pages": StaticSitemap(),
        **{
            kind.key: PublicKindSitemap(kind, summary)
            for kind, summary in zip(kinds, summaries, strict=True)
        },
    }
