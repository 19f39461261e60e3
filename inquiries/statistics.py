"""How quickly investors are answered, per quarter: computed from the inquiries, naming none.

An inquiry counts in the quarter it arrived (the site's time zone). Spam is not an inquiry.
Its first answer is on time when it came by the due date it was given on arrival; an inquiry
not yet answered whose due date has not come is neither on time nor late, and is left out of
the share until it is one or the other.
"""

from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Inquiry, InquiryStatus

QUARTERS_SHOWN = 8


@dataclass
class Quarter:
    year: int
    number: int  # 1 to 4
    received: int = 0
    decided: int = 0  # answered, or past the due date unanswered
    on_time: int = 0
    answered: int = 0
    median_response: timedelta | None = None

    @property
    def label(self):
        return _("Q%(number)s %(year)s") % {"number": self.number, "year": self.year}

    @property
    def median_label(self):
        return duration_label(self.median_response)

    @property
    def on_time_percent(self):
        return round(100 * self.on_time / self.decided) if self.decided else None


def duration_label(duration):
    """A wait in words: hours up to two days, then days to one decimal."""
    if duration is None:
        return ""
    hours = duration.total_seconds() / 3600
    if hours < 1:
        return _("under an hour")
    if hours < 48:
        whole = round(hours)
        return ngettext("%(hours)s hour", "%(hours)s hours", whole) % {"hours": whole}
    days = round(hours / 24, 1)
    return _("%(days)s days") % {"days": f"{days:g}"}


def quarter_of(moment):
    local = timezone.localtime(moment)
    return local.year, (local.month - 1) // 3 + 1


def previous(year, number):
    return (year, number - 1) if number > 1 else (year - 1, 4)


def service_quarters(now=None, shown=QUARTERS_SHOWN):
    """The last ``shown`` quarters up to the current one, newest first; none before the
    first inquiry."""
    now = now or timezone.now()
    current = quarter_of(now)
    keys = [current]
    while len(keys) < shown:
        keys.append(previous(*keys[-1]))
    oldest_year, oldest_number = keys[-1]
    start = timezone.make_aware(timezone.datetime(oldest_year, 3 * oldest_number - 2, 1))
    rows = (
        Inquiry.objects.exclude(status=InquiryStatus.SPAM)
        .filter(created_at__gte=start, created_at__lte=now)
        .values_list("created_at", "respond_by", "first_response_at")
        .order_by()
    )
    quarters = {key: Quarter(*key) for key in keys}
    waits = {key: [] for key in keys}
    for created_at, respond_by, first_response_at in rows.iterator():
        key = quarter_of(created_at)
        quarter = quarters[key]
        quarter.received += 1
        if first_response_at is not None:
            quarter.answered += 1
            quarter.decided += 1
            quarter.on_time += first_response_at <= respond_by
            waits[key].append(first_response_at - created_at)
        elif respond_by < now:
            quarter.decided += 1
    for key, quarter in quarters.items():
        if waits[key]:
            quarter.median_response = median(waits[key])
    first = Inquiry.objects.exclude(status=InquiryStatus.SPAM).order_by("created_at").first()
    if first is None:
        return []
    since = quarter_of(first.created_at)
    return [quarters[key] for key in keys if key >= since]
