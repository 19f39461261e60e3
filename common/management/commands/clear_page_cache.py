from django.core.management.base import BaseCommand

from common import pagecache


class Command(BaseCommand):
    help = (
        "Make every page in the page cache stale, e.g. after a deploy that changed templates "
        "or code. Edits to content need no command: they do this themselves."
    )

    def handle(self, *args, **options):
        pagecache.bump()
        self.stdout.write(self.style.SUCCESS("Every cached page will be rendered afresh."))
