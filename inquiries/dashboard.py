"""What an investment officer sees first in the admin: what is late, what is theirs."""

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from parks.models import Park

from .models import Inquiry, InquiryStatus

OVERDUE_LISTED = 10
PARKS_LISTED = 8


def changelist(**query):
    url = reverse("admin:inquiries_inquiry_changelist")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def inquiry_panel(user, now=None):
    """The inquiries panel for ``user``, or None if they may not see inquiries."""
    if not user.has_perm("inquiries.view_inquiry"):
        return None
    now = now or timezone.now()
    inquiries = Inquiry.objects.all()
    overdue = inquiries.overdue(now).select_related("assignee", "park").order_by("respond_by", "pk")
    by_status = dict(
        inquiries.order_by().values_list("status").annotate(n=Count("*")).values_list("status", "n")
    )
    open_by_park = list(
        inquiries.open()
        .exclude(park=None)
        .order_by()
        .values("park")
        .annotate(n=Count("*"))
        .order_by("-n", "park")[:PARKS_LISTED]
    )
    parks = Park.objects.in_bulk([row["park"] for row in open_by_park])
    mine = inquiries.open().filter(assignee=user)
    return {
        "overdue_count": overdue.count(),
        "overdue": list(overdue[:OVERDUE_LISTED]),
        "overdue_url": changelist(overdue="yes"),
        "mine_count": mine.count(),
        "mine_url": changelist(assignee__id__exact=user.pk, overdue="open"),
        "statuses": [
            {
                "label": status.label,
                "count": by_status.get(status.value, 0),
                "url": changelist(status__exact=status.value),
            }
            for status in InquiryStatus
        ],
        "parks": [
            {
                "name": parks[row["park"]].name,
                "count": row["n"],
                "url": changelist(park__id__exact=row["park"], overdue="open"),
            }
            for row in open_by_park
        ],
        "mail_missing_count": inquiries.mail_missing().count(),
        "mail_missing_url": changelist(mail="missing"),
    }
