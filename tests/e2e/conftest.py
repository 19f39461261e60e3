"""Browser tests: Playwright drives Debian's Chromium against a live server.

Skipped on a machine without /usr/bin/chromium, except in CI, where a missing browser fails.
"""

import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SERIOUS = {"serious", "critical"}

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# to set up data are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs the Debian package chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """``new_page(width=1280, locale="en-US")``: a fresh page; relative URLs hit the live server."""
    contexts = []

    def make(width=1280, height=900, locale="en-US"):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": height}, locale=locale
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def check_page(page, name, accessibility=True, within=None):
    """Save a screenshot of the page and fail on any serious or critical axe-core violation.

    ``accessibility=False`` only for the admin, whose markup Django and modeltranslation own;
    ``within`` (a CSS selector) checks only the part of a page whose markup is the project's.
    """
    from axe_playwright_python.sync_playwright import Axe

    ARTIFACTS.mkdir(exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name)
    page.screenshot(path=str(ARTIFACTS / f"{safe}.png"), full_page=True)
    if not accessibility:
        return
    results = Axe().run(page, context=within)
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in SERIOUS
    ]
    assert not problems, f"{name}: accessibility violations:\n" + "\n".join(problems)


@pytest.fixture
def seeded(transactional_db):
    """The seeds imported, as `make run` does."""
    from django.core.management import call_command

    from tests.factories import ensure_place

    # The places come from a migration, which a live server's flushed database no longer has.
    for city in ("dongying", "jingzhou"):
        ensure_place("city", city)

    call_command("import_seeds", stdout=open(os.devnull, "w"))  # noqa: SIM115
