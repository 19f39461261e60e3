from django.views.generic import TemplateView

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            park_count=Park.objects.published().count(),
            enterprise_count=Enterprise.objects.published().count(),
            agreement_count=CooperationAgreement.objects.published().count(),
            opportunity_count=InvestmentOpportunity.objects.published()
            .filter(status=InvestmentOpportunity.Status.OPEN)
            .count(),
            parks=Park.objects.published()[:6],
            latest_news=NewsItem.objects.published()[:5],
        )
        return context
