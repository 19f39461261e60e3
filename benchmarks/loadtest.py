"""The load test: a realistic mix of visitors against gunicorn on PostgreSQL and Redis.

Run with `make loadtest` (or `python -m benchmarks.loadtest --scale 1`). It uses the page
benchmark's database (made if missing, reused if it is there), starts gunicorn with production
settings on loopback and drives it for 60 s with locust (benchmarks/locustfile.py): home pages,
lists with filters, records, older news pages, searches and inquiries, in both languages,
every visitor from an address of its own. It prints requests per second, the 95th percentile
and the error count, and writes them to docs/LOADTEST.md. Nothing here is a test.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.run import (
    DEFAULT_DATABASE,
    ROOT,
    environment,
    free_port,
    manage,
    prepare_database,
    sample_urls,
    start_server,
    stop_server,
)

REPORT = ROOT / "docs" / "LOADTEST.md"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="generate_demo_data scale")
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    )
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--users", type=int, default=12, help="visitors at once, no pauses")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--fresh", action="store_true", help="make the database anew")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    args.reuse = not args.fresh
    return args


def run_locust(args, port, urls_file, scratch):
    prefix = scratch / "locust"
    subprocess.run(
        [
            sys.executable, "-m", "locust", "-f", str(ROOT / "benchmarks" / "locustfile.py"),
            "--headless", "--users", str(args.users), "--spawn-rate", str(args.users),
            "--run-time", f"{args.duration}s", "--host", f"http://127.0.0.1:{port}",
            "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING",
            "--exit-code-on-error", "0",
        ],
        cwd=ROOT, env={**os.environ, "LOADTEST_URLS": str(urls_file)}, check=True,
    )  # fmt: skip
    with open(f"{prefix}_stats.csv", encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    return rows


def report(args, rows):
    lines = [
        "# Load test",
        "",
        f"`make loadtest` at scale {args.scale:g}: gunicorn with {args.workers} workers and "
        f"production settings on PostgreSQL and Redis, {args.users} locust visitors without "
        f"pauses for {args.duration} s on loopback, on this 2-core machine (locust shares the "
        "cores). The mix: home pages, lists with filters, records, older news pages, searches "
        "and inquiries, in both languages, each visitor from an address of its own.",
        "",
        "| requests | req/s | p50 | p95 | p99 | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['Name']} | {float(row['Requests/s']):.1f} | {row['50%']} ms | "
            f"{row['95%']} ms | {row['99%']} ms | {row['Failure Count']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="portal-load-"))
    env = environment(args, scratch)
    env.pop("PORTAL_SEARCH_RATE_LIMIT")  # visitors meet the production limits
    env.update(
        PORTAL_TRUSTED_PROXY_COUNT="1",  # locust's visitors name their own addresses
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_PORT=str(free_port()),  # no mail server: inquiries are kept, their mail retried
    )
    manage(env, "collectstatic", "--no-input", "-v0")
    prepare_database(args, env)
    urls_file = scratch / "urls.json"
    urls_file.write_text(json.dumps(sample_urls(env)), encoding="utf-8")
    port = free_port()
    server = start_server(args, env, port)
    try:
        rows = run_locust(args, port, urls_file, scratch)
    finally:
        stop_server(server)
        manage(env, "shell", "-c", DELETE_LOAD_INQUIRIES, stdout=subprocess.DEVNULL)
    text = report(args, rows)
    print(text)
    args.report.write_text(text, encoding="utf-8")
    print(f"Written to {args.report}")


DELETE_LOAD_INQUIRIES = (
    "from inquiries.models import Inquiry\n"
    "Inquiry.objects.filter(name='Load Test', organisation='Example Valves Ltd').delete()\n"
)

if __name__ == "__main__":
    main()
