"""make backup / make restore: a backup restored into a fresh database holds the same records."""

import json
import subprocess
import sys

import pytest

from .servers import POSTGRES, ROOT, production_env, scratch_database

pytestmark = pytest.mark.live

SETUP = """
from datetime import timedelta
from django.core.files.base import ContentFile
from django.utils import timezone
from inquiries.models import Inquiry, InquiryNote
from parks.models import Park
park = Park.objects.create(name_en="Backup park", name_zh_hans="备份园区", slug="backup-park")
park.image.save("photo.png", ContentFile(b"not really a png"), save=True)
inquiry = Inquiry.objects.create(
    name="Li Wei", organisation="Example Valves", email="li@example.com", country="Germany",
    preferred_language="zh-hans", message="Land for a valve plant?", park=park,
    consented_at=timezone.now(),
)
InquiryNote.objects.create(inquiry=inquiry, text="Called back on Monday.")
"""

SHOW = """
import json
from pathlib import Path
from inquiries.models import Inquiry
from parks.models import Park
inquiry = Inquiry.objects.get()
park = Park.objects.get()
print(json.dumps({
    "reference": inquiry.reference, "email": inquiry.email, "park": inquiry.park.slug,
    "notes": [n.text for n in inquiry.notes.all()],
    "image": Path(park.image.path).read_bytes().decode(),
    "parks": Park.objects.count(),
}))
"""


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def databases(tmp_path, engine):
    if engine == "sqlite":
        yield tuple(f"sqlite:///{tmp_path / name}.sqlite3" for name in ("old", "new"))
        return
    with scratch_database() as old, scratch_database() as new:
        yield f"{POSTGRES}/{old}", f"{POSTGRES}/{new}"


@pytest.mark.parametrize("engine", ["postgresql", "sqlite"])
def test_a_backup_restored_into_a_fresh_database_holds_the_same_records(tmp_path, engine):
    for old_url, new_url in databases(tmp_path, engine):
        old = production_env(tmp_path / "old", DATABASE_URL=old_url)
        new = production_env(tmp_path / "new", DATABASE_URL=new_url)
        manage(old, "migrate", "--no-input")
        manage(old, "shell", "-c", SETUP)
        before = json.loads(manage(old, "shell", "-c", SHOW).stdout.splitlines()[-1])

        backup = tmp_path / "backup"
        manage(old, "backup", str(backup))
        manifest = json.loads((backup / "manifest.json").read_text())
        assert manifest["rows"]["inquiries.Inquiry"] == 1
        assert manifest["rows"]["inquiries.InquiryNote"] == 1

        restored = manage(new, "restore", str(backup))
        assert "row counts match" in restored.stdout
        after = json.loads(manage(new, "shell", "-c", SHOW).stdout.splitlines()[-1])
        assert after == before
        assert after["reference"].startswith("INQ-")

        # A database that holds records is not overwritten unless asked to.
        refused = manage(new, "restore", str(backup), check=False)
        assert refused.returncode != 0
        assert "nothing was restored" in refused.stderr
        replaced = manage(new, "restore", str(backup), "--replace")
        assert "backed up in" in replaced.stdout
        assert list((tmp_path / "new" / "backups").glob("before-restore-*"))
