"""A park's pictures: uploaded in the park's admin page with their description in both
languages, checked and re-encoded, thumbnails made once, shown on the park's page."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from parks.models import ParkImage
from tests.factories import make_park

from .test_image_uploads import image_bytes, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def post_pictures(client, park, *pictures):
    data = {
        "name_en": park.name_en, "name_zh_hans": park.name_zh_hans, "slug": park.slug,
        "kind": park.kind, "status": park.status,
        "province": park.province_id, "city": park.city_id or "",
        "summary_en": park.summary_en, "summary_zh_hans": park.summary_zh_hans,
        "translation_status_en": "original", "translation_status_zh_hans": "translated",
        "is_published": "on",
        "images-TOTAL_FORMS": str(len(pictures)), "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0", "images-MAX_NUM_FORMS": "1000",
        "figures-TOTAL_FORMS": "0", "figures-INITIAL_FORMS": "0",  # its key figures, none here
    }  # fmt: skip
    for i, picture in enumerate(pictures):
        data.update({f"images-{i}-{name}": value for name, value in picture.items()})
    return client.post(reverse("admin:parks_park_change", args=[park.pk]), data)


def test_an_editor_uploads_pictures_and_their_thumbnails_are_made_once(editor_client, media):
    park = make_park()
    response = post_pictures(
        editor_client,
        park,
        {
            "image": SimpleUploadedFile("gate.jpg", image_bytes("JPEG", size=(2000, 1500))),
            "alt_en": "The park's main gate",
            "alt_zh_hans": "园区正门",
            "position": "1",
        },
        {
            "image": SimpleUploadedFile("small.png", image_bytes("PNG", size=(300, 200))),
            "alt_en": "A workshop",
            "position": "2",
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    gate, small = ParkImage.objects.order_by("position")
    assert "gate" not in gate.image.name  # a generated name
    sizes = {}
    for name in ("image", "thumbnail_small", "thumbnail_large"):
        with Image.open(getattr(gate, name).path) as picture:
            sizes[name] = picture.size
    assert sizes == {"image": (2000, 1500), "thumbnail_small": (480, 360),
                     "thumbnail_large": (1200, 900)}  # fmt: skip
    assert small.thumbnail_small.name == small.image.name  # no wider than a thumbnail
    assert len(stored_files(media)) == 4  # two pictures, two thumbnails of the large one


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_park_page_shows_the_pictures_described_in_the_visitors_language(
    editor_client, client, language
):
    park = make_park()
    post_pictures(
        editor_client,
        park,
        {
            "image": SimpleUploadedFile("gate.jpg", image_bytes("JPEG", size=(2000, 1500))),
            "alt_en": "The park's main gate",
            "alt_zh_hans": "园区正门",
            "position": "1",
        },
        {
            "image": SimpleUploadedFile("w.png", image_bytes("PNG", size=(300, 200))),
            "alt_en": "A workshop",
            "position": "2",
        },
    )
    editor_client.logout()
    html = client.get(f"/{language}/parks/{park.slug}/").content.decode()
    images = re.findall(r"<img [^>]*>", html[html.index('id="pictures-heading"') :])
    assert len(images) == 2
    gate, workshop = images
    assert re.search(r'srcset="[^"]+ 480w, [^"]+ 1200w"', gate)
    zh = language == "zh-hans"
    assert ('alt="园区正门"' if zh else 'alt="The park&#x27;s main gate"') in gate
    assert 'alt="A workshop"' in workshop
    assert ('lang="en"' in workshop) is zh  # shown in the other language, and marked so


def test_a_picture_without_a_description_or_not_an_image_is_refused(editor_client, media):
    park = make_park()
    response = post_pictures(
        editor_client,
        park,
        {"image": SimpleUploadedFile("gate.png", image_bytes()), "position": "1"},
    )
    assert response.status_code == 200
    assert "Describe the picture in at least one language." in response.content.decode()
    response = post_pictures(
        editor_client,
        park,
        {"image": SimpleUploadedFile("x.png", b"<svg/>"), "alt_en": "X", "position": "1"},
    )
    assert "Upload a JPEG, PNG or WebP" in response.content.decode()
    assert not ParkImage.objects.exists()
    assert stored_files(media) == []


def test_a_park_without_pictures_shows_no_gallery(client):
    park = make_park()
    assert "pictures-heading" not in client.get(park.get_absolute_url()).content.decode()


def test_a_park_without_its_own_image_previews_with_its_first_picture(editor_client, client):
    park = make_park()
    post_pictures(
        editor_client,
        park,
        {
            "image": SimpleUploadedFile("gate.jpg", image_bytes("JPEG", size=(2000, 1500))),
            "alt_en": "The park's main gate",
            "position": "1",
        },
    )
    editor_client.logout()
    html = client.get(park.get_absolute_url()).content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    picture = ParkImage.objects.get()
    assert image == f"http://testserver{picture.thumbnail_large.url}"
