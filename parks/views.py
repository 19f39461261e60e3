from django.views.generic import DetailView, ListView

from .models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park


class PublishedMixin:
    """Visitors see published records only; related rows are fetched up front."""

    select_related = ()
    prefetch_related = ()

    def get_queryset(self):
        return (
            self.model.objects.published()
            .select_related(*self.select_related)
            .prefetch_related(*self.prefetch_related)
        )


class ParkListView(PublishedMixin, ListView):
    model = Park
    prefetch_related = ("sectors",)
    paginate_by = 24


class ParkDetailView(PublishedMixin, DetailView):
    model = Park
    prefetch_related = ("sectors",)


class EnterpriseListView(PublishedMixin, ListView):
    model = Enterprise
    select_related = ("park",)
    prefetch_related = ("sectors",)
    paginate_by = 48


class EnterpriseDetailView(PublishedMixin, DetailView):
    model = Enterprise
    select_related = ("park",)
    prefetch_related = ("sectors",)


class AgreementListView(PublishedMixin, ListView):
    model = CooperationAgreement
    select_related = ("park",)
    prefetch_related = ("parties",)
    paginate_by = 24


class AgreementDetailView(PublishedMixin, DetailView):
    model = CooperationAgreement
    select_related = ("park", "source_news")
    prefetch_related = ("parties", "sectors")


class OpportunityListView(PublishedMixin, ListView):
    model = InvestmentOpportunity
    select_related = ("park",)
    prefetch_related = ("sectors",)
    paginate_by = 24


class OpportunityDetailView(PublishedMixin, DetailView):
    model = InvestmentOpportunity
    select_related = ("park", "source_news")
    prefetch_related = ("sectors",)
