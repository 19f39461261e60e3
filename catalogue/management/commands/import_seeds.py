from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalogue.importing import SeedImporter
from catalogue.loading import SeedError, load_seeds
from common import pagecache
from news.importing import changed
from news.management.commands.import_news import report_counts


class Command(BaseCommand):
    help = (
        "Import everything under seeds/: the news documents, their curated translations and "
        "the cited catalogue of sectors, parks, enterprises, agreements and opportunities. "
        "Idempotent, atomic, and never overwrites what an editor changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, then roll everything back."
        )
        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help="Re-create seeded records that an editor deleted.",
        )

    def handle(self, *args, dry_run, restore_deleted, **options):
        try:
            seeds = load_seeds()
        except SeedError as error:
            raise CommandError(f"{error}; nothing was imported") from error
        with transaction.atomic():
            stats = SeedImporter(seeds, restore_deleted=restore_deleted).run()
            if changed(stats):
                # Citations and mentions are written in bulk, without signals.
                pagecache.bump_on_commit()
            if dry_run:
                transaction.set_rollback(True)
        report_counts(self, stats, dry_run)
