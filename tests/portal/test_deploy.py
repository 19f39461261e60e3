import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # A production process never runs with the browser tests' async-safety override.
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env():
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "invest.example.org",
    }


def test_check_deploy_passes_in_production_mode():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**production_env(), "DJANGO_SECRET_KEY": ""}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
def test_security_headers_on_pages_of_both_languages(client, settings):
    for path in ["/en/", "/zh-hans/"]:
        response = client.get(path)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        csp = response["Content-Security-Policy"]
        for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]:
            assert directive in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


@pytest.mark.parametrize("backend", ["console", "locmem", "dummy", "filebased"])
def test_production_refuses_to_start_with_a_mail_backend_that_delivers_nothing(backend):
    env = {
        **production_env(),
        "DJANGO_EMAIL_BACKEND": f"django.core.mail.backends.{backend}.EmailBackend",
    }
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "delivers nothing" in result.stderr


def test_production_sends_mail_over_smtp_unless_told_otherwise():
    code = "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    result = run_manage("shell", "-c", code, **production_env())
    assert result.stdout.splitlines()[-1] == "django.core.mail.backends.smtp.EmailBackend"
