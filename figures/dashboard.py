"""The parks whose figures need verifying, for the admin dashboard and the daily reminder."""

from django.conf import settings
from django.urls import reverse

from .models import ParkFigure


def figures_to_verify(user, today=None):
    """How many parks have a figure never verified or verified longer ago than the setting
    allows, and the admin list of those figures; None for staff who may not change figures."""
    if not user.has_perm("figures.change_parkfigure"):
        return None
    parks = ParkFigure.objects.overdue(today).values("park").distinct().count()
    return {
        "parks": parks,
        "days": settings.PORTAL_FIGURES_VERIFY_DAYS,
        "url": reverse("admin:figures_parkfigure_changelist") + "?verification=overdue",
    }
