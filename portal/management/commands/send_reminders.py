"""The daily reminder: for cron or a systemd timer, once a day."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from common.models import StaffProfile
from figures.dashboard import figures_to_verify
from inquiries.models import Inquiry
from portal.dashboard import content_panel

logger = logging.getLogger("portal")


def overdue_for(user, now):
    """The overdue inquiries an officer should act on: theirs, and those nobody has taken."""
    if not user.has_perm("inquiries.change_inquiry"):
        return []
    inquiries = Inquiry.objects.overdue(now).filter(Q(assignee=user) | Q(assignee=None))
    return list(inquiries.select_related("assignee").order_by("respond_by", "pk"))


def subject(overdue, content, figures=None):
    parts = []
    if overdue:
        parts.append(
            ngettext("%(n)s overdue inquiry", "%(n)s overdue inquiries", len(overdue))
            % {"n": len(overdue)}
        )
    records = sum(row["awaiting"] + row["stale"] + row["missing"] for row in content)
    if records:
        parts.append(
            ngettext(
                "%(n)s record to translate or review", "%(n)s records to translate or review",
                records,
            )
            % {"n": records}
        )  # fmt: skip
    if figures:
        parts.append(
            ngettext(
                "%(n)s park's figures to verify", "%(n)s parks' figures to verify", figures["parks"]
            )
            % {"n": figures["parks"]}
        )
    return _("Investment portal: %(what)s") % {"what": ", ".join(parts)}


class Command(BaseCommand):
    help = (
        "Mail each member of staff what needs doing, in their language: officers their "
        "overdue inquiries (and overdue ones nobody has taken), editors the records awaiting "
        "a translation or its review. Nobody is mailed when there is nothing to do, or twice "
        "on one day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            default=settings.PORTAL_SITE_URL,
            help="The public address of the site, for the links (default: PORTAL_SITE_URL).",
        )

    def handle(self, *args, site_url, **options):
        if not site_url.startswith(("https://", "http://")):
            raise CommandError(
                "Set PORTAL_SITE_URL (or --site-url) to the site's public address, such as "
                "https://invest.example.org: the mail links to it."
            )
        site_url = site_url.rstrip("/")
        now = timezone.now()
        today = timezone.localdate(now)
        staff = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
        sent = failed = 0
        for user in staff.select_related("staff_profile").order_by("pk"):
            profile = getattr(user, "staff_profile", None)
            if profile is not None and profile.reminded_on == today:
                continue
            language = profile.language if profile else settings.PORTAL_STAFF_LANGUAGE
            with translation.override(language):
                message = self.reminder(user, now, site_url)
            if message is None:
                continue
            try:
                message.send()
            except Exception:  # one failure stops no one else's reminder
                logger.exception("Reminder to user %s not sent", user.pk)
                failed += 1
                continue
            StaffProfile.objects.update_or_create(
                user=user, defaults={"reminded_on": today}, create_defaults={
                    "reminded_on": today, "language": language
                },
            )  # fmt: skip
            sent += 1
        self.stdout.write(f"Reminders sent: {sent}; not sent: {failed}.")
        if failed:
            raise CommandError(f"{failed} reminder(s) could not be sent; run again to retry.")

    def reminder(self, user, now, site_url):
        overdue = overdue_for(user, now)
        content = [
            row for row in content_panel(user) if row["awaiting"] or row["stale"] or row["missing"]
        ]
        figures = figures_to_verify(user, timezone.localdate(now))
        figures = (
            {**figures, "url": site_url + figures["url"]} if figures and figures["parks"] else None
        )
        if not overdue and not content and not figures:
            return None
        admin = site_url + reverse("admin:index")
        body = render_to_string(
            "portal/email/reminder.txt",
            {
                "user": user,
                "overdue": [
                    {
                        "inquiry": inquiry,
                        "due": formats.date_format(
                            timezone.localtime(inquiry.respond_by), "DATETIME_FORMAT"
                        ),
                        "url": site_url
                        + reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]),
                    }
                    for inquiry in overdue
                ],
                "content": [
                    {
                        **row,
                        "awaiting_url": site_url + row["awaiting_url"],
                        "stale_url": site_url + row["stale_url"],
                        "missing_url": site_url + row["missing_url"],
                    }
                    for row in content
                ],
                "admin_url": admin,
                "figures": figures,
            },
        )
        return EmailMessage(subject(overdue, content, figures), body, to=[user.email])
