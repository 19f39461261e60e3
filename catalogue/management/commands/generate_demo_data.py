import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalogue.demo import (
    AT_SCALE_ONE,
    DEFAULT_SEED,
    MAX_SCALE,
    DemoError,
    Generator,
    delete_demo_data,
    demo_counts,
    parse_scale,
)
from common import pagecache


class Command(BaseCommand):
    help = (
        "Make a large, realistic, bilingual demo data set for performance work: at --scale 1, "
        f"{', '.join(f'{count:,} {kind}' for kind, count in AT_SCALE_ONE.items())}, with "
        "sectors, parties and news items citing them. Demo rows have seed keys starting with "
        "'demo:' and slugs starting with 'demo-'; --delete removes exactly them. One "
        "transaction: on any error nothing changes."
    )

    def add_arguments(self, parser):
        # Checked in handle(), which call_command reaches with unconverted values too.
        parser.add_argument(
            "--scale",
            help=f"How much to make: 1 (the default) or 0.01, say; more than 0, at most "
            f"{MAX_SCALE}. With --delete, make a new set after deleting the old one.",
        )
        parser.add_argument(
            "--seed",
            default=DEFAULT_SEED,
            help=f"Seed of the random numbers; the same seed makes the same data "
            f"(default {DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Delete the demo data (and only it), with their citations and links.",
        )

    def handle(self, *args, scale, seed, delete, **options):
        if scale is None and not delete:
            scale = 1
        try:
            scale = None if scale is None else parse_scale(scale)
            seed = parse_seed(seed)
        except DemoError as error:
            raise CommandError(f"{error}; nothing was changed") from error
        try:
            with transaction.atomic():
                self.write(scale, seed, delete)
                pagecache.bump_on_commit()
        except DemoError as error:
            raise CommandError(f"{error}; nothing was changed") from error

    def write(self, scale, seed, delete):
        if delete:
            started = time.perf_counter()
            self.report("Deleted demo data", delete_demo_data(), started)
        elif any((existing := demo_counts()).values()):
            raise CommandError(
                f"There is demo data already ({describe(existing)}); nothing was made. "
                "Delete it with --delete, or replace it with --delete --scale N."
            )
        if scale is not None:
            started = time.perf_counter()
            made = Generator(scale, seed, log=self.stdout.write).run()
            self.report(f"Made demo data (scale {scale:g}, seed {seed})", made, started)

    def report(self, what, counts, started):
        elapsed = time.perf_counter() - started
        if not any(counts.values()):
            self.stdout.write("There was no demo data.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{what} in {elapsed:.1f} s: {describe(counts)}."))


def parse_seed(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DemoError(f"--seed must be a whole number, not {value!r}") from None


def describe(counts):
    names = {
        "news": "news items",
        "links": "many-to-many links",
        "tombstones": "tombstones of demo records deleted in the admin",
    }
    order = [*AT_SCALE_ONE, "citations", "links"]
    ordered = sorted(counts, key=lambda name: order.index(name) if name in order else len(order))
    return ", ".join(
        f"{counts[name]:,} {names.get(name, name)}" for name in ordered if counts[name]
    )
