"""Backups of the database and the uploaded media, and their restore.

A backup is a directory: ``database.dump`` (PostgreSQL's custom format, made by ``pg_dump``)
or ``database.sqlite3`` (SQLite's online backup), ``media.tar.gz`` (the uploaded files), and
``manifest.json`` (when, from which engine, and the row count of every model), which the
restore checks its result against.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"


class BackupError(Exception):
    pass


def engine():
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def postgres_env():
    """libpq's environment for the default database: no password on a command line."""
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    values = {
        "PGDATABASE": db["NAME"],
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGHOST": db.get("HOST"),
        "PGPORT": str(db.get("PORT") or ""),
    }
    env.update({key: value for key, value in values.items() if value})
    return env


def row_counts():
    """Rows per model of every installed app, for the manifest and the restore's check."""
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.label] = model._default_manager.using("default").count()
    return counts


def backup(target):
    target = Path(target)
    target.mkdir(parents=True, exist_ok=False)
    vendor = engine()
    if vendor == "postgresql":
        run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
             f"--file={target / 'database.dump'}"], env=postgres_env())  # fmt: skip
    else:
        connection.ensure_connection()
        with sqlite3.connect(target / "database.sqlite3") as copy:
            connection.connection.backup(copy)
        copy.close()
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / MEDIA, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname="media")
    manifest = {
        "created": timezone.now().isoformat(),
        "engine": vendor,
        "rows": row_counts(),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return manifest


def is_empty():
    """Whether the default database holds none of the site's records (a new installation)."""
    tables = set(connection.introspection.table_names())
    if "django_migrations" not in tables:
        return True
    content = list(apps.get_app_config("parks").get_models()) + [
        apps.get_model("inquiries", "Inquiry"),
        apps.get_model("news", "NewsItem"),
    ]
    return all(m._meta.db_table not in tables or not m._default_manager.exists() for m in content)


def restore(source):
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text())
    vendor = engine()
    if manifest["engine"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['engine']} database; this site uses {vendor}."
        )
    if vendor == "postgresql":
        connection.close()
        run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
             "--single-transaction", "--exit-on-error", f"--dbname={postgres_env()['PGDATABASE']}",
             str(source / "database.dump")], env=postgres_env())  # fmt: skip
    else:
        connection.ensure_connection()
        with sqlite3.connect(source / "database.sqlite3") as backup_copy:
            backup_copy.backup(connection.connection)
        backup_copy.close()
        connection.close()
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(source / MEDIA, "r:gz") as archive:
        staging = media_root.with_name(media_root.name + ".restoring")
        shutil.rmtree(staging, ignore_errors=True)
        archive.extractall(staging, filter="data")
    restored = staging / "media"
    if restored.exists():
        if media_root.exists():
            shutil.rmtree(media_root)
        restored.rename(media_root)
    shutil.rmtree(staging, ignore_errors=True)
    counts = row_counts()
    different = {
        label: (rows, counts.get(label))
        for label, rows in manifest["rows"].items()
        if counts.get(label) != rows
    }
    if different:
        raise BackupError(f"The restored database differs from the backup: {different}")
    return manifest


def run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")
