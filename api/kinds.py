"""The kinds of record the open data serves: the register's public kinds, and sectors.

Each kind's endpoint takes the filters of its public list page, read from that page's own
facet declarations and applied by its own code (``common.facets``), so a filter means the
same on the page, in the API and in a download.
"""

from dataclasses import dataclass
from functools import cache

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from chains.views import ChainListView
from common import register
from common.facets import FOUND
from common.publishing import published_related
from news.models import Citation
from news.views import NewsListView
from parks import views as parks_views
from parks.models import AgreementStage, Sector
from policies import views as policies_views
from policies.models import Policy

from . import chains, serializers
from .figures import ParkWithFiguresSerializer


@dataclass(frozen=True)
class ApiKind:
    key: str  # the endpoint: /api/v1/<key>/
    model: type
    serializer: type
    heading: str
    list_view: type | None = None  # the public list page whose filters the endpoint takes
    prefetch: tuple = ()  # related records fetched beside the published ones
    select: tuple = ()  # related records read in the same query (a park's district)
    page_size: int = 50  # records a list page gives unless asked for another number

    def facets(self):
        return list(self.list_view.facets) if self.list_view else []

    def public(self):
        """Published records, with their published related records fetched up front."""
        related = getattr(self.list_view, "related", ())
        records = self.model.objects.published().with_published(*related)
        # What the list page's filters read beyond the fields (an agreement's place).
        for_filters = getattr(self.list_view, "for_filters", None)
        if for_filters is not None:
            records = for_filters(records)
        records = records.select_related(*self.select) if self.select else records
        return records.prefetch_related(*self.prefetch)


SERIALIZERS = {
    "parks": ParkWithFiguresSerializer,
    "opportunities": serializers.OpportunitySerializer,
    "enterprises": serializers.EnterpriseSerializer,
    "agreements": serializers.AgreementSerializer,
    "news": serializers.NewsSerializer,
    "chains": chains.ChainSerializer,
    "policies": serializers.PolicySerializer,
}
LIST_VIEWS = {
    "parks": parks_views.ParkListView,
    "opportunities": parks_views.OpportunityListView,
    "enterprises": parks_views.EnterpriseListView,
    "agreements": parks_views.AgreementListView,
    "news": NewsListView,
    "chains": ChainListView,
    "policies": policies_views.PolicyListView,
}
# A news item's citations with, of each record they cite, only what "cites" reads.
# (A stage's citation supports its agreement: the agreement is among the records cited.)
CITED_FIELDS = [name for name in Citation.RECORD_FIELDS if name != "stage"]
CITED = Citation.objects.select_related(*CITED_FIELDS, "stage__agreement").only(
    "news_item",
    *Citation.RECORD_FIELDS,
    *(f"{name}__{column}" for name in CITED_FIELDS for column in ("slug", "is_published")),
    "stage__agreement__slug",
    "stage__agreement__is_published",
)
# An agreement's stages with their sources: the quoted words of published news.
STAGE_SOURCES = Citation.objects.quoted().public().select_related("news_item", "document")
PREFETCH = {
    "news": (Prefetch("citations", queryset=CITED),),
    "agreements": (
        Prefetch(
            "stages",
            queryset=AgreementStage.objects.prefetch_related(
                Prefetch("citations", queryset=STAGE_SOURCES)
            ),
        ),
    ),
    "parks": ("figures",),
    "chains": chains.PREFETCH,
    # What the policy list page does not show: the parks and opportunities a policy names.
    "policies": tuple(published_related(Policy, name) for name in ("parks", "opportunities")),
}

# Places whose names the open data shows beside their slugs.
SELECT = {"parks": ("district",)}
# Kinds whose records carry much: fewer to a page, so that a page stays under 100 KB (a park
# with every figure group is some 7 KB, an agreement with its timeline some 2 KB).
PAGE_SIZES = {"parks": 12, "agreements": 30}


@cache
def kinds():
    """Every kind served, in the register's order, then sectors."""
    served = [
        ApiKind(
            key=kind.key,
            model=kind.model,
            serializer=SERIALIZERS[kind.key],
            heading=kind.heading,
            list_view=LIST_VIEWS[kind.key],
            prefetch=PREFETCH.get(kind.key, ()),
            select=SELECT.get(kind.key, ()),
            page_size=PAGE_SIZES.get(kind.key, ApiKind.page_size),
        )
        for kind in register.kinds()
        if kind.key in SERIALIZERS
    ]
    served.append(ApiKind("sectors", Sector, serializers.SectorSerializer, _("Sectors")))
    return served


def get(key):
    return next(kind for kind in kinds() if kind.key == key)


def is_year(facet):
    return facet.choices == FOUND


def fixed_choices(facet):
    """A facet's values when they are fixed (kind, status, city), else None."""
    if getattr(facet.choices, "from_records", False):  # places: records, not an enumeration
        return None
    if isinstance(facet.choices, list | tuple):
        return [str(value) for value, _label in facet.choices]
    return None
