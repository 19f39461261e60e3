"""The two mails of an inquiry: the investor's acknowledgement and the officers' notification.

An inquiry is saved before any mail goes out; a mail that fails is recorded on the inquiry
(``mail_error``) and logged without personal data, and it is sent again from the admin or by
``manage.py retry_inquiry_mail``.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .models import InquiryRecipient

logger = logging.getLogger("inquiries")

INVESTOR_FIELDS = ["name", "organisation", "email", "phone", "country", "preferred_language"]
INTEREST_FIELDS = ["park", "opportunity", "chain_link", "sector", "investment_size", "timeline"]


def notification_recipient(inquiry):
    """The recipient the officers set for the chosen park, else for the opportunity or its
    park, else the officers' own address. A park's public contact email is not used: editors
    change that, and investors' personal data must not follow it."""
    lookups = []
    if inquiry.park_id:
        lookups.append({"park_id": inquiry.park_id})
    if inquiry.opportunity_id:
        lookups.append({"opportunity_id": inquiry.opportunity_id})
        if inquiry.opportunity.park_id:
            lookups.append({"park_id": inquiry.opportunity.park_id})
    for lookup in lookups:
        email = InquiryRecipient.objects.filter(**lookup).values_list("email", flat=True).first()
        if email:
            return email
    return settings.PORTAL_OFFICERS_EMAIL


def when(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def rows(inquiry, names):
    """(label, value) pairs in the active language; empty values are left out."""
    result = []
    for name in names:
        field = inquiry._meta.get_field(name)
        if field.choices:
            value = getattr(inquiry, f"get_{name}_display")()
        else:
            value = getattr(inquiry, name)
        if value:
            result.append((capfirst(field.verbose_name), str(value)))
    return result


def site_url_of(request):
    """The site's own address as the investor reached it: ``https://invest.example.org``."""
    return request.build_absolute_uri("/").rstrip("/")


def send_acknowledgement(inquiry, site_url):
    with translation.override(inquiry.preferred_language):
        context = {
            "reference": inquiry.reference,
            "target_days": settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS,
            "interest": rows(inquiry, ["park", "opportunity", "chain_link", "sector"]),
            "status_url": site_url + reverse("inquiries:status"),
        }
        subject = _("Your inquiry %(reference)s has been received") % {
            "reference": inquiry.reference
        }
        body = render_to_string("inquiries/email/acknowledgement.txt", context)
    EmailMessage(subject, body, to=[inquiry.email]).send()


def send_notification(inquiry, site_url):
    with translation.override(settings.PORTAL_INQUIRY_NOTIFICATION_LANGUAGE):
        context = {
            "inquiry": inquiry,
            "received": when(inquiry.created_at),
            "due": when(inquiry.respond_by),
            "investor": rows(inquiry, INVESTOR_FIELDS),
            "interest": rows(inquiry, INTEREST_FIELDS),
            "admin_url": site_url + reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]),
        }
        subject = _("New inquiry %(reference)s from %(organisation)s") % {
            "reference": inquiry.reference,
            "organisation": inquiry.organisation,
        }
        body = render_to_string("inquiries/email/notification.txt", context)
    EmailMessage(
        subject, body, to=[notification_recipient(inquiry)], reply_to=[inquiry.email]
    ).send()


def deliver(inquiry, site_url):
    """Send whichever mail has not gone yet and record the outcome; True when none failed."""
    steps = [
        ("acknowledged_at", "acknowledgement", send_acknowledgement),
        ("notified_at", "notification", send_notification),
    ]
    errors = []
    for field, kind, send in steps:
        if getattr(inquiry, field) is not None:
            continue
        try:
            send(inquiry, site_url)
        except Exception as error:  # any backend failure: the inquiry is kept, the error noted
            # The reference and the error class only: the log gets no personal data.
            logger.warning(
                "Inquiry %s: the %s mail failed (%s)",
                inquiry.reference,
                kind,
                type(error).__name__,
            )
            detail = " ".join(str(error).split())[:300]
            errors.append(
                f"{timezone.localtime():%Y-%m-%d %H:%M} {kind}: {type(error).__name__} {detail}"
            )
        else:
            setattr(inquiry, field, timezone.now())
    inquiry.mail_error = "\n".join(errors)
    inquiry.save(update_fields=["acknowledged_at", "notified_at", "mail_error"])
    return not errors
