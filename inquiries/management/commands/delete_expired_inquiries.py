"""Delete the inquiries whose retention period has passed: for cron or a systemd timer, daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from inquiries.models import Inquiry


class Command(BaseCommand):
    help = (
        "Delete the inquiries (with their internal notes) closed longer ago than the retention "
        "period the privacy notice states (PORTAL_INQUIRY_RETENTION_DAYS). Open inquiries are "
        "never deleted. Prints how many, never what."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run, **options):
        expired = Inquiry.objects.past_retention()
        if dry_run:
            count = expired.count()
            self.stdout.write(f"{count} inquiries are past their retention period.")
            return
        with transaction.atomic():
            count = expired.count()
            expired.delete()
        days = settings.PORTAL_INQUIRY_RETENTION_DAYS
        self.stdout.write(f"Deleted {count} inquiries closed more than {days} days ago.")
