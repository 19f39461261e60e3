from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from common.facets import Facet, FacetedListMixin
from parks.views import PARK, SECTOR, CitedDetailMixin, PublishedMixin

from .models import Policy, Validity


def with_validity_today(queryset):
    """``validity``: whether each policy is in force today (the site's local date)."""
    return queryset.with_validity(timezone.localdate())


class ValidityMixin:
    for_filters = staticmethod(with_validity_today)  # the open data filters as the list does

    def get_queryset(self):
        return with_validity_today(super().get_queryset())


class PolicyListView(FacetedListMixin, ValidityMixin, PublishedMixin, ListView):
    model = Policy
    related = ("sectors",)
    facets = (
        Facet("validity", _("Validity"), "validity", Validity.choices),
        Facet("scope", _("Scope"), "scope", Policy.Scope.choices),
        SECTOR,
        Facet(
            "park",
            _("Park"),
            "parks__slug",
            PARK.choices,
            limit=PARK.limit,
            label_field="parks__name",
        ),
    )
    paginate_by = 24


class PolicyDetailView(CitedDetailMixin, ValidityMixin, PublishedMixin, DetailView):
    model = Policy
    related = ("sectors",)
    listed = ("parks", "opportunities")
