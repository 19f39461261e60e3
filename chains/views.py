from django.db.models import Count, Prefetch
from django.views.generic import DetailView, ListView

from common.facets import FacetedListMixin
from parks.models import InvestmentOpportunity
from parks.views import LISTED_ON_A_PAGE

from .diagram import layout
from .models import Chain, EnterprisePlacement, OpportunityPlacement, ParkPlacement


def placed(model, via, limit, **conditions):
    """A Prefetch of a link's placements of published records, at most ``limit`` of them."""
    queryset = (
        model.objects.filter(**{f"{via}__is_published": True}, **conditions)
        .select_related(via)
        .order_by(*model._meta.ordering[1:], "pk")
    )
    name = model._meta.default_related_name
    return Prefetch(name, queryset=queryset[:limit], to_attr=f"listed_{via}s")


class PublishedChains:
    def get_queryset(self):
        return Chain.objects.published().annotate(link_count=Count("links"))


class ChainListView(FacetedListMixin, PublishedChains, ListView):
    """The published chains; no filter yet (the open data reads its facets from here)."""

    model = Chain
    template_name = "chains/chain_list.html"
    context_object_name = "chains"
    paginate_by = 30


class ChainDetailView(DetailView):
    model = Chain
    template_name = "chains/chain_detail.html"

    def get_queryset(self):
        return Chain.objects.published()

    def get_context_data(self, **kwargs):
        limit = LISTED_ON_A_PAGE + 1  # one more tells there are more
        links = list(
            self.object.links.with_counts()
            .order_by("position", "pk")
            .prefetch_related(
                placed(EnterprisePlacement, "enterprise", limit),
                placed(ParkPlacement, "park", limit),
                placed(
                    OpportunityPlacement,
                    "opportunity",
                    limit,
                    opportunity__status=InvestmentOpportunity.Status.OPEN,
                ),
            )
        )
        return super().get_context_data(
            links=links,
            sources=sources_of(self.object, links),
            diagram=layout(links),
            gaps=[link for link in links if link.is_gap],
            listed_on_a_page=LISTED_ON_A_PAGE,
            **kwargs,
        )


def sources_of(chain, links):
    """The seeds' words behind the chain and the placements shown, each once, in order."""
    seen, sources = set(), []
    placements = [
        placement
        for link in links
        for name in ("listed_enterprises", "listed_parks", "listed_opportunitys")
        for placement in getattr(link, name)[:LISTED_ON_A_PAGE]
    ]
    for evidence in [chain.evidence, *(p.evidence for p in placements)]:
        for citation in evidence or []:
            key = (citation.get("file", ""), citation.get("quote", ""))
            if all(key) and key not in seen:
                seen.add(key)
                chinese = any("\u4e00" <= c <= "\u9fff" for c in key[1])
                sources.append(
                    {"file": key[0], "quote": key[1], "lang": "zh-Hans" if chinese else "en"}
                )
    return sources


def places_of(record):
    """Where a park, enterprise or opportunity sits in the published chains: its placements
    with their link and chain, one query."""
    return list(
        record.chain_placements.filter(link__chain__is_published=True)
        .select_related("link__chain")
        .order_by("link__chain__position", "link__chain__slug", "link__position")[:LISTED_ON_A_PAGE]
    )
