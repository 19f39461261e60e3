from django.apps import apps
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common.facets import Facet, FacetedListMixin

from .models import (
    City,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Province,
    Sector,
)


def sector_choices():
    return [(s.slug, s.name) for s in Sector.objects.published()]


def park_choices():
    return [(p.slug, p.name) for p in Park.objects.published().order_by("name_en")]


def agreement_years():
    years = (
        CooperationAgreement.objects.published()
        .exclude(year=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, year) for year in years]


SECTOR = Facet("sector", _("Sector"), "sectors__slug", sector_choices)
PROVINCE = Facet("province", _("Province"), "province", Province.choices)
CITY = Facet("city", _("City"), "city", City.choices)
PARK = Facet("park", _("Park"), "park__slug", park_choices)
PARK_CITY = Facet("city", _("City"), "park__city", City.choices)


class PublishedMixin:
    """Visitors see published records, and of their ``related`` records the published ones."""

    related = ()

    def get_queryset(self):
        return self.model.objects.published().with_published(*self.related)


def cited_news(obj):
    """The record's citations with the published news items they point at, in citation order.

    A citation of a news item that is not published is left out: its words are that item's.
    """
    NewsItem = apps.get_model("news", "NewsItem")
    keys = [c["news"] for c in obj.citations if c.get("news")]
    items = {n.seed_key: n for n in NewsItem.objects.published().filter(seed_key__in=keys)}
    return [
        {**c, "item": items.get(c.get("news"))}
        for c in obj.citations
        if not c.get("news") or c["news"] in items
    ]


class CitedDetailMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citations"] = cited_news(self.object)
        return context


class ParkListView(FacetedListMixin, PublishedMixin, ListView):
    model = Park
    related = ("sectors",)
    facets = (
        SECTOR,
        PROVINCE,
        CITY,
        Facet("kind", _("Kind"), "kind", Park.Kind.choices),
        Facet("stage", _("Stage"), "status", Park.Status.choices),
    )
    paginate_by = 24


class ParkDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = Park
    related = ("sectors", "enterprises", "opportunities", "agreements", "news_items")


class EnterpriseListView(FacetedListMixin, PublishedMixin, ListView):
    model = Enterprise
    related = ("park", "sectors")
    facets = (
        SECTOR,
        PARK,
        CITY,
        Facet("kind", _("Kind"), "kind", Enterprise.Kind.choices),
    )
    paginate_by = 30


class EnterpriseDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = Enterprise
    related = ("park", "sectors", "agreements", "news_items")


class AgreementListView(FacetedListMixin, PublishedMixin, ListView):
    model = CooperationAgreement
    related = ("park", "parties", "sectors")
    facets = (
        Facet("year", _("Year"), "year", agreement_years),
        PARK_CITY,
        PARK,
        SECTOR,
        Facet("kind", _("Kind"), "kind", CooperationAgreement.Kind.choices),
        Facet("status", _("Status"), "status", CooperationAgreement.Status.choices),
    )
    paginate_by = 30


class AgreementDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = CooperationAgreement
    related = ("park", "source_news", "parties", "sectors")


class OpportunityListView(FacetedListMixin, PublishedMixin, ListView):
    model = InvestmentOpportunity
    related = ("park", "sectors")
    facets = (
        SECTOR,
        PARK_CITY,
        PARK,
        Facet("kind", _("Kind"), "kind", InvestmentOpportunity.Kind.choices),
        Facet("status", _("Status"), "status", InvestmentOpportunity.Status.choices),
    )
    paginate_by = 24


class OpportunityDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = InvestmentOpportunity
    related = ("park", "source_news", "sectors")
