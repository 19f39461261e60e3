import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def untranslated(catalogue):
    return [e.msgid for e in catalogue if not e.translated() or "fuzzy" in e.flags]


def test_every_interface_string_has_a_chinese_translation():
    catalogue = polib.pofile(str(CATALOGUE))
    assert len(catalogue) > 150
    assert untranslated(catalogue) == []


@pytest.mark.skipif(
    not shutil.which("xgettext") and not os.environ.get("CI"),
    reason="needs GNU gettext's xgettext (installed by .ci/run)",
)
def test_catalogue_holds_every_string_the_code_marks(tmp_path):
    """Extract the strings again from a copy of the code: none may be missing a translation."""
    copy = tmp_path / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "tests", "__pycache__", "*.mo"),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--ignore=seeds"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    assert untranslated(fresh) == []
