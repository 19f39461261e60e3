"""The house's floors: no app imports one above it, and parks and news not each other."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "common",
    "places",
    "parks",
    "figures",
    "news",
    "chains",
    "policies",
    "pages",
    "inquiries",
    "catalogue",
    "api",
    "portal",
]
# What each app may import of the project's own packages.
ALLOWED = {
    "common": set(),
    "places": {"common"},
    "parks": {"common", "places"},
    "figures": {"common", "places", "parks"},
    "news": {"common"},
    "chains": {"common", "parks"},
    "policies": {"common", "parks"},
    "pages": {"common", "places", "parks", "news", "chains", "policies"},
    "inquiries": {"common", "parks", "news", "chains"},
    "catalogue": {"common", "places", "parks", "figures", "news", "chains", "policies"},
    "api": {"common", "places", "parks", "figures", "news", "chains", "policies"},
    "portal": {
        "common",
        "places",
        "parks",
        "figures",
        "news",
        "chains",
        "policies",
        "pages",
        "inquiries",
        "catalogue",
        "api",
    },
}


def imported_apps(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        yield from (name.split(".")[0] for name in names if name.split(".")[0] in APPS)


def modules(app):
    return [p for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]


@pytest.mark.parametrize("app", APPS)
def test_an_app_imports_only_the_apps_below_it(app):
    wrong = {
        (str(path.relative_to(ROOT)), name)
        for path in modules(app)
        for name in imported_apps(path)
        if name != app and name not in ALLOWED[app]
    }
    assert wrong == set()


@pytest.mark.parametrize("app", ["common", "places", "parks", "news"])
def test_the_lower_apps_do_not_reach_others_by_name_at_run_time(app):
    for path in modules(app):
        # A migration operation may read the models of its own migration state.
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<!state\.apps\.)get_model\(", text), path


@pytest.mark.parametrize("app", APPS)
def test_no_application_module_is_longer_than_about_400_lines(app):
    long = [p for p in modules(app) if len(p.read_text(encoding="utf-8").splitlines()) > 420]
    assert long == []
