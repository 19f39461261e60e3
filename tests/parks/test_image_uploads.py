import errno
import io
import os
import struct
import zlib
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from parks.models import Park
from tests.factories import make_park

pytestmark = pytest.mark.django_db
NOT_AN_IMAGE = "Upload a JPEG, PNG or WebP"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def image_bytes(fmt="PNG", size=(40, 30), exif=None):
    out = io.BytesIO()
    image = Image.new("RGB", size, (10, 80, 160))
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(out, format=fmt, **kwargs)
    return out.getvalue()


def bomb_png(width=20_000, height=20_000):
    """A tiny PNG file that claims 400 million pixels."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def post_image(client, park, content, name="photo.png"):
    data = {
        "name_en": park.name_en, "name_zh_hans": park.name_zh_hans, "slug": park.slug,
        "kind": park.kind, "status": park.status,
        "province": park.province_id, "city": park.city_id,
        "summary_en": park.summary_en, "summary_zh_hans": park.summary_zh_hans,
        "translation_status_en": "original", "translation_status_zh_hans": "translated",
        "is_published": "on", "image": SimpleUploadedFile(name, content),
        "images-TOTAL_FORMS": "0", "images-INITIAL_FORMS": "0",  # its pictures, none here
        "figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0",
    }  # fmt: skip
    return client.post(reverse("admin:parks_park_change", args=[park.pk]), data)


def stored_files(media):
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def test_a_good_image_is_stored_re_encoded_under_a_generated_name(admin_client, media):
    park = make_park()
    payload = image_bytes() + b"<script>alert(1)</script>"
    response = post_image(admin_client, park, payload, name="../../etc/evil.png")
    assert response.status_code == 302
    park.refresh_from_db()
    (stored,) = stored_files(media)
    assert stored.resolve().is_relative_to(media.resolve())
    assert stored.parent.name == "parks" and stored.suffix == ".png"
    assert "evil" not in stored.name
    assert b"<script>" not in stored.read_bytes()
    with Image.open(stored) as image:
        assert image.size == (40, 30)


def test_exif_location_is_stripped(admin_client, media):
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {2: (37.0, 26.0, 0.0)}  # GPS latitude
    park = make_park()
    assert (
        post_image(admin_client, park, image_bytes("JPEG", exif=exif), "p.jpg").status_code == 302
    )
    (stored,) = stored_files(media)
    with Image.open(stored) as image:
        assert not image.getexif()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (bomb_png(), "bomb.png", "more than 40 million pixels"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "x.eps", NOT_AN_IMAGE),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "x.svg",
         NOT_AN_IMAGE),
        (image_bytes("GIF"), "x.gif", NOT_AN_IMAGE),
        (b"not an image at all", "x.png", NOT_AN_IMAGE),
        (image_bytes()[:40], "truncated.png", NOT_AN_IMAGE),
        (b"\x00" * (5 * 1024 * 1024 + 1), "huge.png", "larger than 5 MB"),
    ],
)  # fmt: skip
def test_bad_uploads_are_refused_and_nothing_is_stored(admin_client, media, content, name, message):
    park = make_park()
    response = post_image(admin_client, park, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert stored_files(media) == []
    assert not Park.objects.get(pk=park.pk).image


def test_a_multi_picture_jpeg_is_stored_as_its_first_picture(admin_client, media):
    park = make_park()
    first = Image.new("RGB", (40, 30), (200, 10, 10))
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True, append_images=[Image.new("RGB", (40, 30), "blue")])
    response = post_image(admin_client, park, out.getvalue(), name="stereo.jpg")
    assert response.status_code == 302
    park.refresh_from_db()
    assert park.image.name.endswith(".jpg")
    with Image.open(park.image.path) as stored:
        assert stored.format == "JPEG"
        assert getattr(stored, "n_frames", 1) == 1
        red, _green, _blue = stored.getpixel((20, 15))
        assert red > 150


def test_a_jpeg_comment_does_not_survive_the_re_encoding(admin_client, media):
    park = make_park()
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 80, 160)).save(out, "JPEG", comment=b"secret note 4711")
    assert b"secret note 4711" in out.getvalue()
    response = post_image(admin_client, park, out.getvalue(), name="photo.jpg")
    assert response.status_code == 302
    park.refresh_from_db()
    stored = (media / park.image.name).read_bytes()
    assert b"secret note 4711" not in stored


def test_a_full_disk_gives_a_clear_error_and_leaves_no_partial_file(admin_client, media):
    park = make_park()
    real_fdopen = os.fdopen

    def disk_fills_up(fd, mode):
        stream = real_fdopen(fd, mode)

        def write(chunk):
            stream.raw.write(chunk[: len(chunk) // 2])  # half of it reaches the disk
            raise OSError(errno.ENOSPC, "No space left on device")

        stream.write = write
        return stream

    with mock.patch("django.core.files.storage.filesystem.os.fdopen", disk_fills_up):
        response = post_image(admin_client, park, image_bytes("PNG"))
    assert response.status_code == 200
    assert "the server&#x27;s disk is full" in response.content.decode()
    assert stored_files(media) == []
    park.refresh_from_db()
    assert not park.image


def test_the_park_page_shows_its_image_in_both_languages(admin_client, client, media):
    park = make_park()
    assert post_image(admin_client, park, image_bytes("PNG")).status_code == 302
    park.refresh_from_db()
    for language, alt in [("en", "Photograph of"), ("zh-hans", "照片")]:
        html = client.get(f"/{language}/parks/{park.slug}/").content.decode()
        assert f'<img src="/media/{park.image.name}"' in html
        assert alt in html
