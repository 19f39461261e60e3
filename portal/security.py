"""The admin sign-in's defences beside django-axes.

django-axes locks a username *from one address* after a few failures, so that neither a
staff member guessing a colleague's password (a good sign-in of their own resets only their
own failures) nor a stranger locking a known username out works. This module adds a wider
cap: one client network may fail this many sign-ins per hour, whatever the usernames.
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.urls import reverse

from common.ratelimit import is_limited, too_many_requests

SCOPE = "admin-sign-in-failures"
WINDOW = 3600


@receiver(user_login_failed)
def count_failed_sign_in(sender, credentials, request=None, **kwargs):
    if request is not None:
        is_limited(request, SCOPE, settings.PORTAL_ADMIN_SIGN_IN_FAILURES_PER_HOUR, WINDOW)


class AdminSignInThrottleMiddleware:
    """Turns away sign-in attempts from a network over its hourly failures, before any check."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path == reverse("admin:login")
            and is_limited(
                request, SCOPE, settings.PORTAL_ADMIN_SIGN_IN_FAILURES_PER_HOUR, WINDOW, peek=True
            )
        ):
            return too_many_requests(request, WINDOW)
        return self.get_response(request)
