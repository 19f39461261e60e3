from urllib.parse import urlencode

from django.db.models import CharField, Count, F, OuterRef, Prefetch, Q, Sum, Window
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common.counting import count_of
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
from .stages import STAGE_GROUP, summarise_stages


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

    def cited(self):
        """The citations whose quotes and news items the page shows."""
        return self.object.citations.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quoted, quote_count, news_items = self.cited().sources(
            NEWS_ON_A_PAGE + 1, quotes=LISTED_ON_A_PAGE
        )
        # The quotes of an agreement's stages go to its timeline, not to its sources.
        citations = [c for c in quoted if not c.stage_id]
        context["stage_citations"] = [c for c in quoted if c.stage_id]
        context["citations"] = citations
        if quote_count > len(citations):
            context["quote_count"] = quote_count
        context["source_item"] = next((c.news_item for c in citations if c.news_item), None)
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
        """The park with its first pictures, and how many enterprises and agreements it has
        in all (for the links to the full lists when the page cannot show them all)."""
        here = {"park": OuterRef("pk")}
        return (
            super()
            .get_queryset()
            .annotate(
                enterprise_total=count_of(Enterprise.objects.published().filter(**here)),
                signed_total=count_of(
                    CooperationAgreement.objects.published().in_register().filter(**here)
                ),
            )
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
        # The same query sums them up per record type, stage, currency and basis (the
        # tracker's summary), read from the first row of each such group.
        group = [F(name) for name in STAGE_GROUP]
        rows = park.agreements.published().annotate(
            rank=newest,
            group_rank=Window(RowNumber(), partition_by=group, order_by=F("pk").asc()),
            group_n=Window(Count("pk"), partition_by=group),
            group_with_amount=Window(Count("amount"), partition_by=group),
            group_total=Window(Sum("amount"), partition_by=group),
        )
        rows = list(rows.filter(Q(rank__lte=bound) | Q(group_rank=1)))
        park.stage_summary = summarise_stages(
            {
                **{name: getattr(row, name) for name in STAGE_GROUP},
                "n": row.group_n,
                "with_amount": row.group_with_amount,
                "total": row.group_total,
            }
            for row in rows
            if row.group_rank == 1
        )
        listed = [row for row in rows if row.rank <= bound]
        signed = CooperationAgreement.RecordType.AGREEMENT
        park.listed_signed = [agreement for agreement in listed if agreement.record_type == signed]
        park.listed_projects = [
            agreement for agreement in listed if agreement.record_type != signed
        ][:bound]
        return park

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        park = self.object
        # How many there are in all, said only where the page cannot list them all.
        if len(park.listed_enterprises) > LISTED_ON_A_PAGE:
            context["enterprise_count"] = park.enterprise_total
        if len(park.listed_signed) > LISTED_ON_A_PAGE:
            context["signed_count"] = park.signed_total
        context["stage_summary"] = park.stage_summary
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
        Facet("stage", _("Stage"), "stage", CooperationAgreement.Stage.choices),
    )
    paginate_by = 30


class AgreementDetailView(CitedDetailMixin, PublishedMixin, DetailView):
    model = CooperationAgreement
    related = ("park", "parties", "sectors")

    def cited(self):
        """The agreement's citations and its stages', read in one query: the stages' go to
        the timeline."""
        agreement = self.object
        return agreement.citations.model.objects.filter(
            Q(agreement=agreement) | Q(stage__agreement=agreement)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sources = {}
        for citation in context["stage_citations"]:
            sources.setdefault(citation.stage_id, []).append(citation)
        context["timeline"] = timeline(self.object.stages.all(), sources)
        return context


def timeline(stages, sources):
    """The stages a source supports, in the stages' order, each with ``sources``: the quoted
    words of published news (``sources``: stage pk -> citations) or else none, when the
    staff's note (``source_note``) is the source."""
    shown = []
    for stage in sorted(stages, key=lambda stage: stage.position):
        stage.sources = sources.get(stage.pk, [])
        if stage.sources or stage.source_note_en or stage.source_note_zh_hans:
            shown.append(stage)
    return shown


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
