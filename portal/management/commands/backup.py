from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded media into a new directory (default: "
        "var/backups/<date-time>): a database dump, a media archive and a manifest of row counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", nargs="?", help="The directory to create.")

    def handle(self, *args, target=None, **options):
        target = Path(
            target or Path(settings.VAR_DIR) / "backups" / f"{timezone.now():%Y%m%d-%H%M%S}"
        )
        if target.exists():
            raise CommandError(f"{target} exists: a backup goes into a new directory.")
        try:
            manifest = backup(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Backed up {rows} rows and the media to {target}")
