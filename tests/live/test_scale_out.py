"""Two stateless app servers behind nginx, sharing PostgreSQL, Redis and an S3 bucket (moto),
behave as one site: sessions, rate limits, the page cache and its invalidation, the admin
lockout, and uploaded media."""

import http.cookies
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import ExitStack, contextmanager

import pytest
from PIL import Image

from .servers import (
    POSTGRES,
    ROOT,
    free_port,
    gunicorn,
    manage,
    production_env,
    scratch_database,
)

pytestmark = pytest.mark.live

sys.path.insert(0, str(ROOT / "deploy"))
from render import render  # noqa: E402

PASSWORD = "a-long-admin-password-4711"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::portal-media/*",
        }
    ],
}


class Browser:
    """Cookies kept by hand: the production cookies are Secure, and this is loopback HTTP."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, path, data=None, base=None, files=None):
        url = (base or self.base) + path
        # Requests sent to one app server directly carry the site's name, as nginx's do.
        headers = {"Host": urllib.parse.urlsplit(self.base).netloc}
        body = None
        if files:
            boundary = uuid.uuid4().hex
            body = multipart(data or {}, files, boundary)
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
        try:
            response = self.opener.open(request, timeout=15)
            status, headers_in, content = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers_in, content = error.code, error.headers, error.read()
        for header in headers_in.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(header)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
        return status, headers_in, content

    def get(self, path, base=None):
        status, headers, content = self.request(path, base=base)
        return status, headers, content.decode(errors="replace")

    def csrf_post(self, form_path, post_path=None, data=None, base=None, files=None):
        _status, _headers, html = self.get(form_path, base=base)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request(
            post_path or form_path,
            {"csrfmiddlewaretoken": token, **(data or {})},
            base=base,
            files=files,
        )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def multipart(fields, files, boundary):
    out = io.BytesIO()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            out.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            )
            out.write(f"{item}\r\n".encode())
    for name, (filename, content) in files.items():
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        )
        out.write(content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue()


def wait_for(url, process):
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} exited") from None
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers at {url}")


@contextmanager
def process(command, ready_url, **kwargs):
    proc = subprocess.Popen(command, start_new_session=True, **kwargs)  # noqa: S603
    try:
        wait_for(ready_url, proc)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def redis_or_skip():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("Redis is not running at 127.0.0.1:6379")


@pytest.fixture
def site(tmp_path):
    """nginx on a loopback port in front of two gunicorn instances: (nginx, a, b, env)."""
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    redis_or_skip()
    boto3 = pytest.importorskip("boto3")
    with ExitStack() as stack:
        database = stack.enter_context(scratch_database())
        moto_port, nginx_port = free_port(), free_port()
        stack.enter_context(
            process(
                [sys.executable, "-m", "moto.server", "-p", str(moto_port)],
                f"http://127.0.0.1:{moto_port}/",
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        endpoint = f"http://127.0.0.1:{moto_port}"
        credentials = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
        s3 = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        s3.create_bucket(Bucket="portal-media")
        # Media are public (park photographs), read through nginx: the README's bucket policy.
        s3.put_bucket_policy(Bucket="portal-media", Policy=json.dumps(PUBLIC_READ))
        env = production_env(
            tmp_path,
            DATABASE_URL=f"{POSTGRES}/{database}",
            REDIS_URL="redis://127.0.0.1:6379/14",
            DJANGO_CACHE_PREFIX=f"scale-{uuid.uuid4().hex[:8]}",
            PORTAL_TRUSTED_PROXY_COUNT="1",
            PORTAL_INQUIRY_RATE_LIMIT="2",
            PORTAL_MEDIA_S3_BUCKET="portal-media",
            PORTAL_MEDIA_S3_ENDPOINT_URL=endpoint,
            PORTAL_MEDIA_S3_REGION="us-east-1",
            PORTAL_MEDIA_PUBLIC_URL=f"http://127.0.0.1:{nginx_port}/media",
            DJANGO_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_PORT=str(free_port()),  # no mail server: inquiries are kept, mail retried
            **credentials,
        )
        manage(env, "migrate", "--no-input")
        manage(env, "collectstatic", "--no-input")
        manage(
            env, "shell", "-c",
            "from django.contrib.auth.models import User\n"
            f"User.objects.create_superuser('root', 'root@example.org', '{PASSWORD}')\n"
            f"User.objects.create_user('editor', 'e@example.org', '{PASSWORD}', is_staff=True)\n"
            "from parks.models import Park\n"
            "Park.objects.create(name_en='Shared Park', name_zh_hans='共享园区', slug='shared',"
            " kind='development_zone', province_id='shandong', city_id='dongying',"
            " summary_en='A park.', summary_zh_hans='一个园区。', is_published=True)\n",
        )  # fmt: skip
        a = stack.enter_context(gunicorn(env, workers=1))
        b = stack.enter_context(gunicorn(env, workers=1))
        prefix = tempfile.mkdtemp(prefix="portal-nginx-")
        stack.callback(shutil.rmtree, prefix, ignore_errors=True)
        os.chmod(prefix, 0o755)  # noqa: S103 - nginx workers run as another user
        config = os.path.join(prefix, "nginx.conf")
        with open(config, "w") as out:
            out.write(
                render(
                    PREFIX=prefix,
                    UPSTREAM_SERVERS=f"server {a[7:]};\n        server {b[7:]};",
                    LISTEN=f"127.0.0.1:{nginx_port}",
                    SERVER_NAME="127.0.0.1 localhost",
                    MEDIA_UPSTREAM=f"{endpoint}/portal-media/",
                    MEDIA_HOST=f"127.0.0.1:{moto_port}",
                )
            )
        stack.enter_context(
            process(
                ["nginx", "-c", config, "-p", prefix, "-g", "daemon off;"],
                f"http://127.0.0.1:{nginx_port}/healthz",
            )
        )
        yield f"http://127.0.0.1:{nginx_port}", a, b


def test_two_app_servers_behind_nginx_behave_as_one_site(site):
    nginx, a, b = site

    # A session made through one server is known to the other.
    admin = Browser(nginx)
    status, headers, _ = admin.csrf_post(
        "/admin/login/", data={"username": "root", "password": PASSWORD, "next": "/admin/"}
    )
    assert status == 302 and headers["Location"] == "/admin/"
    for base in (a, b):
        status, _headers, html = admin.get("/admin/", base=base)
        assert status == 200 and "logout" in html.lower(), base

    # The page cache is shared, and an edit through either server reaches both.
    visitor = Browser(nginx)
    assert "Shared Park" in visitor.get("/en/parks/", base=a)[2]
    status, headers, html = visitor.get("/en/parks/", base=b)
    assert headers["X-Page-Cache"] == "hit"
    _status, _headers, changelist = admin.get("/admin/parks/park/", base=a)
    park_id = re.search(r'name="_selected_action" value="(\d+)"', changelist).group(1)
    status, _headers, _body = admin.csrf_post(
        "/admin/parks/park/",
        data={"action": "unpublish", "_selected_action": park_id},
        base=a,
    )
    assert status == 302
    for base in (a, b):
        assert "Shared Park" not in visitor.get("/en/parks/", base=base)[2], base

    # The inquiry rate limit counts across servers: nginx alternates them.
    investor = Browser(nginx)
    answers = []
    for n in range(3):
        status, _headers, _body = investor.csrf_post(
            "/en/inquiry/",
            data={
                "name": "Li Wei", "organisation": "Example Valves", "email": "li@example.com",
                "country": "Germany", "preferred_language": "en", "investment_size": "undecided",
                "timeline": "undecided", "message": f"Question number {n}.", "consent": "on",
            },
        )  # fmt: skip
        answers.append(status)
    assert answers == [302, 302, 429]

    # The admin lockout is one: five failures through either server lock the pair.
    intruder = Browser(nginx)
    for _ in range(5):
        intruder.csrf_post(
            "/admin/login/", data={"username": "editor", "password": "wrong", "next": "/admin/"}
        )
    for base in (a, b):
        status, _headers, _body = intruder.csrf_post(
            "/admin/login/",
            data={"username": "editor", "password": PASSWORD, "next": "/admin/"},
            base=base,
        )
        assert status == 429, base

    # An image uploaded through one server is served through the other, from the bucket.
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture, "PNG")
    data = {
        "name_en": "Shared Park", "name_zh_hans": "共享园区", "slug": "shared",
        "kind": "development_zone", "status": "operating", "province": "shandong",
        "city": "dongying", "summary_en": "A park.", "summary_zh_hans": "一个园区。",
        "translation_status_en": "original", "translation_status_zh_hans": "translated",
        "is_published": "on", "figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0",
        "images-TOTAL_FORMS": "0", "images-INITIAL_FORMS": "0",
    }  # fmt: skip
    status, headers, body = admin.csrf_post(
        f"/admin/parks/park/{park_id}/change/",
        data=data,
        base=a,
        files={"image": ("photo.png", picture.getvalue())},
    )
    assert status == 302, body.decode()[:3000]
    html = visitor.get("/en/parks/shared/", base=b)[2]
    image_url = re.search(r'<img src="([^"]+)"', html).group(1)
    assert image_url.startswith(f"{nginx}/media/parks/")
    status, headers, content = visitor.request(image_url[len(nginx) :], base=nginx)
    assert status == 200
    with Image.open(io.BytesIO(content)) as served:
        assert served.size == (64, 48)
