from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from common import pagecache
from news.importing import changed, import_document
from news.mentions import MentionFinder
from news.parsing import DocumentError


class Command(BaseCommand):
    help = (
        "Import plain-text news documents (English or Chinese, UTF-8 or GB18030/GBK) as news "
        "items: one per article, one per '●' item of a roundup. All files or none: on any "
        "error nothing changes. Re-importing keeps what editors changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, help="News documents to import.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, then roll everything back."
        )
        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help="Re-create news items that an editor deleted.",
        )

    def handle(self, *args, files, dry_run, restore_deleted, **options):
        stats = Counter()
        try:
            with transaction.atomic():
                finder = MentionFinder()
                for path in files:
                    if not path.is_file():
                        raise CommandError(f"{path}: no such file")
                    try:
                        import_document(
                            path, stats=stats, restore_deleted=restore_deleted, finder=finder
                        )
                    except DocumentError as error:
                        where = f"{path}:{error.line}" if error.line else str(path)
                        raise CommandError(
                            f"{where}: {error.message}; nothing was imported"
                        ) from error
                if changed(stats):
                    # Citations and mentions are written in bulk, without signals.
                    pagecache.bump_on_commit()
                if dry_run:
                    transaction.set_rollback(True)
        except UnicodeError as error:  # pragma: no cover - read_document reports these
            raise CommandError(str(error)) from error
        report_counts(self, stats, dry_run)


def report_counts(command, stats, dry_run=False):
    for name in sorted(stats):
        command.stdout.write(f"  {name}: {stats[name]}")
    if dry_run:
        command.stdout.write(command.style.WARNING("Dry run: nothing was saved."))
    elif changed(stats):
        command.stdout.write(command.style.SUCCESS(f"Imported: {changed(stats)} records changed."))
    else:
        command.stdout.write(command.style.SUCCESS("Nothing changed: everything was up to date."))
