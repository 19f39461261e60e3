"""Service targets counted in working days: Saturday and Sunday do not count."""

from datetime import timedelta

SATURDAY = 5


def add_working_days(start, days):
    """The same time of day ``days`` working days after ``start`` (public holidays not known)."""
    moment = start
    added = 0
    while added < days:
        moment += timedelta(days=1)
        if moment.weekday() < SATURDAY:
            added += 1
    return moment
