from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.backups import BackupError, backup, is_empty, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by 'backup' into this site's database and media, and check the "
        "row counts against the backup's manifest. The database must hold no records unless "
        "--replace is given; then what it holds is backed up first, under var/backups/."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A directory made by the backup command.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Replace the records this database holds now.",
        )

    def handle(self, *args, source, replace, **options):
        if not replace and not is_empty():
            raise CommandError(
                "This database holds records: nothing was restored. To replace them, run "
                "restore again with --replace (they are backed up first)."
            )
        try:
            if replace and not is_empty():
                kept = (
                    Path(settings.VAR_DIR)
                    / "backups"
                    / f"before-restore-{timezone.now():%Y%m%d-%H%M%S}"
                )
                backup(kept)
                self.stdout.write(f"What this database held is backed up in {kept}")
            manifest = restore(source)
        except (BackupError, OSError, KeyError, ValueError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        self.stdout.write(f"Restored the backup of {manifest['created']}; row counts match.")
