"""Benchmarks: seed import, bulk news import and page rendering, on a scratch database.

Run with `make bench-imports` (or `python -m benchmarks.imports [--documents N]`). Prints
wall time and peak memory; nothing here is a test, and nothing asserts a time.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(seeds, directory, count):
    """``count`` documents of seed size: the seeds in turn, each with a title of its own."""
    sources = sorted(seeds.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    paths = []
    for n in range(count):
        text = texts[n % len(texts)]
        if "●" in text:
            text = text.replace("●", f"●[{n}] ")
        else:
            lines = text.split("\n")
            index = next(i for i, line in enumerate(lines) if line.strip() and ">>" not in line
                         and "Welcome" not in line and not line.startswith("Home"))  # fmt: skip
            lines[index] = f"{lines[index]} [{n}]"
            text = "\n".join(lines)
        path = directory / f"generated_{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(label, function, results):
    start = time.perf_counter()
    value = function()
    elapsed = time.perf_counter() - start
    results.append((label, elapsed))
    print(f"{label:<55} {elapsed:8.2f} s   peak RSS {peak_rss_mb():7.1f} MB", flush=True)
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000, help="generated documents to import")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["PORTAL_VAR_DIR"] = str(scratch)
    os.environ["DJANGO_DEBUG"] = "false"  # DEBUG would keep every query in memory
    os.environ.pop("DATABASE_URL", None)  # always a scratch SQLite database
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from news.models import NewsItem

    call_command("migrate", verbosity=0)
    results = []
    devnull = open(os.devnull, "w")  # noqa: SIM115

    def import_seeds():
        call_command("import_seeds", stdout=devnull)

    def import_news():
        call_command("import_news", *map(str, paths), stdout=devnull)

    timed("import_seeds, first run (5 documents + catalogue)", import_seeds, results)
    timed("import_seeds, second run (nothing changes)", import_seeds, results)

    documents = scratch / "documents"
    documents.mkdir()
    paths = generate(ROOT / "seeds", documents, args.documents)
    timed(f"import_news, {len(paths)} generated documents", import_news, results)
    print(f"  news items in the database: {NewsItem.objects.count()}")
    timed(f"import_news again, {len(paths)} documents (nothing changes)", import_news, results)

    client = Client(HTTP_HOST="localhost")
    for url in ["/en/", "/zh-hans/news/", "/en/agreements/", "/zh-hans/search/?q=石油装备"]:
        with CaptureQueriesContext(connection) as queries:
            timed(f"GET {url} x20", lambda url=url: [client.get(url) for _ in range(20)], results)
        print(f"  queries per request: {len(queries) // 20}")
    return results


if __name__ == "__main__":
    main()
