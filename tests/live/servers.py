"""Real server processes for the tests that need them: PostgreSQL databases, gunicorn, a proxy
that can cut the line to the database."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgresql://postgres@127.0.0.1:5432"


def postgres_or_skip():
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    return psycopg


@contextmanager
def scratch_database(prefix="portal_live"):
    """A new, empty PostgreSQL database, dropped afterwards: its name."""
    psycopg = postgres_or_skip()
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(var_dir, **changes):
    """Production settings on loopback: plain HTTP, a throwaway secret, this run's files."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.prod",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        PORTAL_VAR_DIR=str(var_dir),
        PYTHONPATH=str(ROOT),
    )
    env.pop("REDIS_URL", None)
    env.update(changes)
    return env


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )


def get(url, timeout=10, headers=None):
    """(status, headers, body) of a GET, whatever the status."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@contextmanager
def gunicorn(env, workers=2, port=None):
    """gunicorn serving the portal on a free loopback port: its base URL."""
    port = port or free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "portal.wsgi", "--workers", str(workers),
            "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
            "--access-logfile", "/dev/null",
        ],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                get(f"{base}/healthz", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("gunicorn exited") from None
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


class CuttableProxy:
    """A TCP relay to ``upstream`` on a fixed local port that can be cut and restored, as a
    database server that stops and starts again would be seen by the site."""

    def __init__(self, upstream_port, upstream_host="127.0.0.1"):
        self.upstream = (upstream_host, upstream_port)
        self.port = free_port()
        self.listener = None
        self.sockets = set()
        self.lock = threading.Lock()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self):
        """Refuse new connections and break the open ones."""
        # shutdown() wakes the thread blocked in accept(); close() alone would leave it there.
        with suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update({client, server})
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @staticmethod
    def _pump(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
