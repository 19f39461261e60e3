"""Send again the inquiry mail that failed: for cron or a systemd timer, every few minutes."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from inquiries.mail import deliver
from inquiries.models import Inquiry


class Command(BaseCommand):
    help = (
        "Send the acknowledgements and notifications that have not gone out (the mail server "
        "refused or timed out), for inquiries of the last few days. Spam is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            default=settings.PORTAL_SITE_URL,
            help="The public address of the site, for the links in the mail "
            "(default: PORTAL_SITE_URL).",
        )
        parser.add_argument(
            "--days", type=int, default=7, help="Only inquiries that arrived this recently."
        )

    def handle(self, *args, site_url, days, **options):
        if not site_url.startswith(("https://", "http://")):
            raise CommandError(
                "Set PORTAL_SITE_URL (or --site-url) to the site's public address, such as "
                "https://invest.example.org: the mail links to it."
            )
        since = timezone.now() - timedelta(days=days)
        pending = (
            Inquiry.objects.mail_missing()
            .exclude(status=Inquiry.Status.SPAM)
            .filter(created_at__gte=since)
            .select_related("park", "opportunity__park", "sector")
            .order_by("pk")
        )
        sent = failed = 0
        for inquiry in pending:
            if deliver(inquiry, site_url.rstrip("/")):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Mail sent for {sent} inquiries; {failed} failed again.")
        if failed:
            raise CommandError(f"{failed} inquiries still have mail that could not be sent.")
