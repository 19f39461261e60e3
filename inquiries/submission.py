"""Storing an inquiry once: a double submit (same email, same message) gives the first back."""

import secrets
import time
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import Inquiry


@contextmanager
def submission_lock(email, message, wait=5.0):
    """Serialise submissions of the same text across server processes (shared cache)."""
    digest = salted_hmac("portal.inquiries.submit", f"{email.lower()}\n{message}").hexdigest()
    key = f"inquiry-submit:{digest}"
    deadline = time.monotonic() + wait
    acquired = cache.add(key, 1, timeout=30)
    while not acquired and time.monotonic() < deadline:
        time.sleep(0.1)
        acquired = cache.add(key, 1, timeout=30)
    try:
        yield
    finally:
        if acquired:
            cache.delete(key)


def submit(form):
    """Save the inquiry of a valid form, unless the same one just came in: (inquiry, created)."""
    data = form.cleaned_data
    with submission_lock(data["email"], data["message"]):
        since = timezone.now() - timedelta(minutes=settings.PORTAL_INQUIRY_DUPLICATE_MINUTES)
        earlier = (
            Inquiry.objects.filter(
                email__iexact=data["email"], message=data["message"], created_at__gte=since
            )
            .order_by("pk")
            .first()
        )
        if earlier is not None:
            return earlier, False
        inquiry = form.save(commit=False)
        inquiry.consented_at = timezone.now()
        inquiry.save()
        return inquiry, True


def decoy_reference():
    """A reference that looks like the next real one, for robots caught by the honeypot."""
    last = Inquiry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return f"INQ-{timezone.localtime().year}-{last + 1 + secrets.randbelow(3):05d}"
