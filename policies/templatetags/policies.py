"""The policies that apply to a park or an opportunity, for their pages."""

from django import template
from django.db.models import Case, When
from django.utils import timezone

from parks.models import InvestmentOpportunity, Park
from parks.views import LISTED_ON_A_PAGE

from ..models import Policy, Validity

register = template.Library()


@register.simple_tag
def policies_applying(record):
    """``{% policies_applying park as policies %}``: at most LISTED_ON_A_PAGE published
    policies that apply to a park or opportunity, in force first, and whether there are more."""
    found = Policy.objects.published().with_validity(timezone.localdate())
    if isinstance(record, Park):
        found = found.applying_to(park=record.pk)
    elif isinstance(record, InvestmentOpportunity):
        found = found.applying_to(opportunity=record)
    else:
        raise TypeError(f"policies apply to parks and opportunities, not {type(record)}")
    in_force_first = Case(When(validity=Validity.IN_FORCE, then=0), default=1)
    ordering = [in_force_first, *Policy._meta.ordering]
    rows = list(found.order_by(*ordering)[: LISTED_ON_A_PAGE + 1])
    return {"listed": rows[:LISTED_ON_A_PAGE], "more": len(rows) > LISTED_ON_A_PAGE}
