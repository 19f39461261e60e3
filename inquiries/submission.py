"""Storing an inquiry once.

Each form the site serves carries a one-time token. The same form sent twice (a double click,
a retry after a timeout) is the same inquiry, and its sender, who holds the form, gets its
reference again; a unique constraint on the token's digest makes that hold across server
processes without any lock. The same email and message from another form within a few minutes
is not stored again either, but its reference is not shown: whoever sends it may not be the
investor (the reference is in the acknowledgement the investor was mailed).
"""

import secrets
from datetime import timedelta
from enum import Enum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import Inquiry


class Outcome(Enum):
    CREATED = "created"
    REPEATED = "repeated"  # the same form again: the sender's own inquiry
    ALREADY_RECEIVED = "already_received"  # same text from another form: not revealed


def new_token():
    return secrets.token_urlsafe(24)


def token_digest(token):
    if not token:
        return ""
    return salted_hmac("portal.inquiries.form", token).hexdigest()


def submit(form):
    """Save the inquiry of a valid form unless it is already in: (inquiry or None, outcome)."""
    data = form.cleaned_data
    digest = token_digest(data.get("submission"))
    if digest:
        earlier = Inquiry.objects.filter(submission_digest=digest).first()
        if earlier is not None:
            return earlier, Outcome.REPEATED
    since = timezone.now() - timedelta(minutes=settings.PORTAL_INQUIRY_DUPLICATE_MINUTES)
    if Inquiry.objects.filter(
        email__iexact=data["email"], message=data["message"], created_at__gte=since
    ).exists():
        return None, Outcome.ALREADY_RECEIVED
    inquiry = form.save(commit=False)
    inquiry.consented_at = timezone.now()
    inquiry.submission_digest = digest
    try:
        with transaction.atomic():
            inquiry.save()
    except IntegrityError:
        if not digest:
            raise
        # The same form, sent at the same moment, was stored by another server process.
        return Inquiry.objects.get(submission_digest=digest), Outcome.REPEATED
    return inquiry, Outcome.CREATED


def decoy_reference():
    """A reference that looks like the next real one, for robots caught by the honeypot."""
    last = Inquiry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return f"INQ-{timezone.localtime().year}-{last + 1 + secrets.randbelow(3):05d}"
