from urllib.parse import urlencode

from django.db.models import CharField, F, Prefetch, Window
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common.facets import FOUND, Facet, FacetedListMixin
from places.choices import PlaceChoices
from places.models import City, Province

from .models import (
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    ParkImage,
    Sector,
)


def sector_choices():
    return [(s.slug, s.name) for s in Sector.objects.published()]


def park_choices(slugs):
    return [(p.slug, p.name) for p in Park.objects.published().filter(slug__in=slugs)]


SECTOR = Facet("sector", _("Sector"), "sectors__slug", sector_choices)
PROVINCE = Facet("province", _("Province"), "province", PlaceChoices(Province))
CITY = Facet("city", _("City"), "city", PlaceChoices(City))
# A thousand parks are too many to list: the most frequent ones are shown.
FACET_LIMIT = 15
PARK = Facet(
    "park", _("Park"), "park__slug", park_choices, limit=FACET_LIMIT, label_field="park__name"
)
# An agreement's or opportunity's own city, else its park's.
PLACE_CITY = Facet("city", _("City"), "place_city", PlaceChoices(City))


# A detail page lists at most this many records of a kind; their list page has them all.
LISTED_ON_A_PAGE = 12


class PublishedMixin:
    """Visitors see published records, and of their ``related`` records the published ones;
    of the ``listed`` ones at most LISTED_ON_A_PAGE (one more is fetched to tell if there are
    more)."""

    related = ()
    listed = ()
    places = ()  # the province and city shown, fetched in the same query

    def get_queryset(self):
        limited = dict.fromkeys(self.listed, LISTED_ON_A_PAGE + 1)
        records = self.model.objects.published().with_published(*self.related, **limited)
        return records.select_related(*self.places) if self.places else records

    def get_context_data(self, **kwargs):
        return super().get_context_data(listed_on_a_page=LISTED_ON_A_PAGE, **kwargs)


# A detail page lists at most this many news items; the news list has them all.
NEWS_ON_A_PAGE = 10


class CitedDetailMixin:
    """A record's sources: the words of the news that support it, and the news that names it."""

    news_filter = None  # the news list's filter that shows all of this record's news

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cited = self.object.citations
        citations = list(cited.quoted().public().select_related("news_item", "document"))
        context["citations"] = citations
        context["source_item"] = next((c.news_item for c in citations if c.news_item), None)
        news_items = list(cited.news_items()[: NEWS_ON_A_PAGE + 1])
        context["news_items"] = news_items[:NEWS_ON_A_PAGE]
        if len(news_items) > NEWS_ON_A_PAGE and self.news_filter:
            query = urlencode({self.news_filter: self.object.slug})
            context["more_news_url"] = f"{reverse('news:list')}?{query}"
        return context


class ParkListView(FacetedListMixin, PublishedMixin, ListView):
    model = Park
    related = ("sectors",)
    places = ("province", "city")
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
    news_filter = "park"
    related = ("sectors",)
    places = ("province", "city", "district")
    listed = ("opportunities", "enterprises")

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("images", ParkImage.objects.all()[:LISTED_ON_A_PAGE], "listed_images")
            )
        )

    def get_object(self, queryset=None):
        """Who is already here: the agreements signed in the park apart from its projects and
        events, each list bounded (one more read to tell if there are more), in one query:
        the newest of each record type."""
        park = super().get_object(queryset)
        bound = LISTED_ON_A_PAGE + 1
        ordering = CooperationAgreement._meta.ordering
        newest = Window(RowNumber(), partition_by=F("record_type"), order_by=ordering)
        listed = list(park.agreements.published().annotate(rank=newest).filter(rank__lte=bound))
        signed = CooperationAgreement.RecordType.AGREEMENT
        park.listed_signed = [agreement for agreement in listed if agreement.record_type == signed]
        park.listed_projects = [
            agreement for agreement in listed if agreement.record_type != signed
        ][:bound]
        return park

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        park = self.object
        # How many there are in all, counted only where the page cannot list them all.
        if len(park.listed_enterprises) > LISTED_ON_A_PAGE:
            context["enterprise_count"] = park.enterprises.published().count()
        if len(park.listed_signed) > LISTED_ON_A_PAGE:
            context["signed_count"] = park.agreements.published().in_register().count()
        return context


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
    places = ("city",)
    related = ("park", "sectors")
    listed = ("agreements",)


def with_place(queryset):
    """``place_city``: a record's own city, else its park's (an agreement or opportunity may
    have a city and no park)."""
    place = Coalesce("city_id", "park__city_id", output_field=CharField())
    return queryset.annotate(place_city=place)


class PlaceMixin:
    """A list filtered by ``PLACE_CITY``; others filtering as it does call ``for_filters``."""

    for_filters = staticmethod(with_place)

    def get_queryset(self):
        return with_place(super().get_queryset())


class RegisterMixin:
    """The agreement register: projects and events are shown where they belong, not here."""

    def get_queryset(self):
        return super().get_queryset().in_register()


class AgreementListView(FacetedListMixin, RegisterMixin, PlaceMixin, PublishedMixin, ListView):
    model = CooperationAgreement
    related = ("park", "parties", "sectors")
    facets = (
        Facet("year", _("Year"), "year", FOUND),
        PLACE_CITY,
        PARK,
        SECTOR,
        Facet("kind", _("Kind"), "kind", CooperationAgreement.Kind.choices),
        Facet("status", _("Status"), "status", CooperationAgreement.Status.choices),
    )
    paginate_by = 30


class AgreementDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = CooperationAgreement
    related = ("park", "parties", "sectors")


class OpportunityListView(FacetedListMixin, PlaceMixin, PublishedMixin, ListView):
    model = InvestmentOpportunity
    related = ("park", "sectors")
    facets = (
        SECTOR,
        PLACE_CITY,
        PARK,
        Facet("kind", _("Kind"), "kind", InvestmentOpportunity.Kind.choices),
        Facet("status", _("Status"), "status", InvestmentOpportunity.Status.choices),
    )
    paginate_by = 24


class OpportunityDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = InvestmentOpportunity
    related = ("park", "sectors")
