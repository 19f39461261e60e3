"""The page benchmark: demo data on PostgreSQL, gunicorn with production settings, wrk.

Run with `make bench` (or `python -m benchmarks.run --scale 1`). It makes a database of its
own, fills it with the seeds and `generate_demo_data --scale N`, starts gunicorn on
loopback and measures every anonymous page kind in both languages against `/healthz`:
warm (from the page cache) and uncached (the cache cleared before every request, as on
the first visit after an edit). It prints a table and writes it to docs/PERFORMANCE.md.
Nothing here is a test, and nothing asserts a time.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "PERFORMANCE.md"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/portal_bench"
SEARCH_WORDS = {
    "en": ["offshore", "equipment", "drilling", "valve", "pipeline", "agreement", "energy"],
    "zh-hans": ["石油装备", "海洋", "钻井", "智能制造", "新能源", "阀门", "油田"],
}


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="generate_demo_data scale")
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    )
    parser.add_argument(
        "--duration", type=int, default=3, help="seconds of wrk per URL, 8 connections"
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--visitor-duration", type=int, default=4, help="seconds per URL for one visitor"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--reuse", action="store_true", help="keep the database if it exists")
    parser.add_argument("--report", type=Path, default=REPORT)
    return parser.parse_args(argv)


def environment(args, scratch):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.prod",
        DJANGO_SECRET_KEY="benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",  # plain HTTP on loopback
        DATABASE_URL=args.database_url,
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        DJANGO_CACHE_PREFIX=f"bench-{os.getpid()}",
        PORTAL_VAR_DIR=str(scratch),
        PYTHONPATH=str(ROOT),
        # wrk is one client asking thousands of questions: what a search costs is measured,
        # not the per-client throttle, which would answer most of them with a 429.
        PORTAL_SEARCH_RATE_LIMIT="100000000",
        PORTAL_API_RATE_LIMIT="100000000",  # the same for the open data
    )
    return env


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, text=True, **kwargs
    )


def prepare_database(args, env):
    import psycopg

    name = args.database_url.rsplit("/", 1)[1]
    admin_url = args.database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and args.reuse:
            print(f"Reusing database {name}", flush=True)
            manage(env, "migrate", "--no-input", "-v0")
            vacuum(args)
            return False
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    started = time.perf_counter()
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "import_seeds", stdout=subprocess.DEVNULL)
    manage(env, "generate_demo_data", "--scale", str(args.scale))
    vacuum(args)
    print(f"Database ready in {time.perf_counter() - started:.0f} s", flush=True)
    return True


def vacuum(args):
    """What autovacuum does after a bulk load: fresh statistics and visibility map."""
    import psycopg

    with psycopg.connect(args.database_url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(args, env, port):
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "portal.wsgi",
            "--workers", str(args.workers), "--bind", f"127.0.0.1:{port}",
            "--access-logfile", "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
            "--log-level", "warning",
        ],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz")


def stop_server(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=20)


def sample_urls(env):
    """One URL per anonymous page kind and language: the pages a visitor meets."""
    code = "import json\nfrom benchmarks.sample import sample\nprint(json.dumps(sample()))\n"
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


# wrk prints p50, p75, p90 and p99; the targets speak of p95.
PERCENTILES = (
    "done = function(summary, latency, requests)\n"
    '  io.write(string.format("p95 %.2fms\\n", latency:percentile(95) / 1000))\n'
    "end\n"
)


def percentile_script(directory):
    path = directory / "percentiles.lua"
    path.write_text(PERCENTILES, encoding="utf-8")
    return path


def search_script(directory, language):
    """A wrk script that asks for a different search on every request: nothing is cached."""
    words = [urllib.parse.quote(word) for word in SEARCH_WORDS[language]]
    path = directory / f"search-{language}.lua"
    quoted = ", ".join(f'"{w}"' for w in words)
    path.write_text(
        f"local words = {{{quoted}}}\n"
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        "  local second = math.floor(n / #words) % #words\n"
        f'  local q = words[(n % #words) + 1] .. "%20" .. words[second + 1]\n'
        f'  return wrk.format("GET", "/{language}/search/?q=" .. q .. "&n=" .. n)\n'
        "end\n" + PERCENTILES,
        encoding="utf-8",
    )
    return path


def wrk(args, port, path, script, *, connections=None, duration=None):
    # As browsers and crawlers ask: compressed.
    connections = connections or args.connections
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}",
               f"-d{duration or args.duration}s", "--latency", "-H", "Accept-Encoding: gzip",
               "-s", str(script)]  # fmt: skip
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rate": rate,
        "p50": latency.get("50", "?"),
        "p90": latency.get("90", "?"),
        "p95": (re.search(r"^p95 ([\d.]+ms)", output, re.M) or [None, "?"])[1],
        "p99": latency.get("99", "?"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def measure_uncached(env, paths):
    """SQL queries and HTML bytes of each page, rendered with an empty cache."""
    code = (
        "import json, sys\n"
        "from benchmarks.sample import uncached\n"
        "print(json.dumps(uncached(json.loads(sys.argv[1]))))\n"
    )
    import json

    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}", json.dumps(paths)],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    scratch = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    env = environment(args, scratch)
    manage(env, "collectstatic", "--no-input", "-v0")
    prepare_database(args, env)
    urls = sample_urls(env)
    shapes = measure_uncached(env, [u["path"] for u in urls])
    warm = run_pass(args, env, urls, cached=True)
    cold = run_pass(args, env, urls, cached=False)
    alone = run_pass(args, env, urls, cached=False, alone=True)
    report = table(args, urls, warm, cold, alone, shapes)
    print(report)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(report, encoding="utf-8")
    print(f"Written to {args.report}")


def run_pass(args, env, urls, *, cached, alone=False):
    """wrk against /healthz, every page and distinct searches, with the page cache on or off;
    ``alone``: one visitor at a time, as the first visitor of a page after an edit."""
    port = free_port()
    env = {**env, "PORTAL_PAGE_CACHE_SECONDS": "600" if cached else "0"}
    server = start_server(args, env, port)
    results = {}
    label = "warm" if cached else "alone" if alone else "uncached"
    shape = {"connections": 1, "duration": args.visitor_duration} if alone else {}
    percentiles = percentile_script(Path(env["PORTAL_VAR_DIR"]))
    try:
        wrk(args, port, "/healthz", percentiles)  # warm-up: workers, connections, caches
        results["/healthz"] = wrk(args, port, "/healthz", percentiles, **shape)
        for url in urls:
            # The one visit before: as wrk asks (compressed), so that a warm page is one
            # kept in the form that is then asked for.
            visit = urllib.request.Request(
                f"http://127.0.0.1:{port}{url['path']}", headers={"Accept-Encoding": "gzip"}
            )
            urllib.request.urlopen(visit, timeout=60)  # noqa: S310
            results[url["path"]] = result = wrk(args, port, url["path"], percentiles, **shape)
            print(
                f"{label:<8} {url['kind']:<40} {result['rate']:7.0f} req/s  p95 {result['p95']}",
                flush=True,
            )
        if not cached:
            for language in SEARCH_WORDS:
                script = search_script(Path(env["PORTAL_VAR_DIR"]), language)
                results[f"search {language}"] = wrk(
                    args, port, f"/{language}/search/", script, **shape
                )
    finally:
        stop_server(server)
    return results


def worker_ms(args, result):
    """What one request costs a worker: the workers' time over the requests they served."""
    return f"{args.workers * 1000 / result['rate']:.0f}" if result["rate"] else "?"


def table(args, urls, warm, cold, alone, shapes):
    base = warm["/healthz"]["rate"]
    lines = [
        "# Performance",
        "",
        f"`make bench` at scale {args.scale:g} (`generate_demo_data`), PostgreSQL, gunicorn with "
        f"{args.workers} workers and production settings, wrk on loopback asking for gzip as "
        "browsers and crawlers do, on this 2-core machine (wrk and PostgreSQL share the cores).",
        "",
        f"- *Warm*: the page cache on, after one visit; {args.connections} connections for "
        f"{args.duration} s per URL. Target: at least 0.5 × `/healthz`.",
        "- *First visitor*: the page cache off, every request rendered, one connection for "
        f"{args.visitor_duration} s per URL: what the first visitor of a page waits after an "
        "edit has cleared the cache. Targets: p95 under 150 ms for pages, under 100 ms for "
        "search.",
        f"- *Under load, uncached*: the page cache off, {args.connections} connections for "
        f"{args.duration} s per URL, every request rendered: the capacity left if every "
        "visitor asked for a page nobody had seen. With more connections than workers a "
        "request waits for others, so latency here is mostly queueing; *ms of a worker* is "
        "what one request costs (workers ÷ req/s).",
        "- Search asks a different question on every request. Queries and size: one request, "
        "rendered (size uncompressed).",
        "",
        f"`/healthz`: {base:.0f} req/s warm, {cold['/healthz']['rate']:.0f} req/s under load "
        f"uncached, p95 {alone['/healthz']['p95']} for one visitor.",
        "",
        "| page | warm req/s | × /healthz | first visitor p50 | first visitor p95 | "
        "uncached req/s | uncached p95 | ms of a worker | errors | SQL queries | HTML KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for url in urls:
        path = url["path"]
        hot, first, cool, shape = warm[path], alone[path], cold[path], shapes[path]
        errors = hot["errors"] + first["errors"] + cool["errors"]
        lines.append(
            f"| {url['kind']} `{path}` | {hot['rate']:.0f} | {hot['rate'] / base:.2f} | "
            f"{first['p50']} | {first['p95']} | {cool['rate']:.0f} | {cool['p95']} | "
            f"{worker_ms(args, cool)} | {errors} | {shape['queries']} | "
            f"{shape['bytes'] / 1024:.1f} |"
        )
    for language in SEARCH_WORDS:
        first, cool = alone[f"search {language}"], cold[f"search {language}"]
        lines.append(
            f"| search ({language}), a new question each time | | | {first['p50']} | "
            f"{first['p95']} | {cool['rate']:.0f} | {cool['p95']} | {worker_ms(args, cool)} | "
            f"{first['errors'] + cool['errors']} | | |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
