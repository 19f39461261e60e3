"""Requests no visitor sends by accident: each gets a clear, translated answer, never a 500."""

import re
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.utils import translation

from inquiries.models import Inquiry
from tests.factories import inquiry_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=offshore%00",
        "/en/news/sources/seed%00.txt/",
        "/en/parks/?sector=a%00b",
        "/en/news/?year=20%0026",
        "/en/news/?page=%00",
    ],
)
def test_a_nul_character_in_a_url_gets_a_translated_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()
    chinese = client.get(url.replace("/en/", "/zh-hans/", 1))
    assert chinese.status_code == 400
    with translation.override("zh-hans"):
        assert translation.gettext("Bad request") in chinese.content.decode()


def test_a_source_document_with_a_nul_in_its_name_is_not_looked_up(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        assert client.get("/en/news/sources/x%00y/").status_code == 400


@pytest.mark.parametrize("path", ["//evil.test/x", "/\\evil.test/x", "//evil.test/en/parks/"])
def test_the_language_switcher_of_a_404_page_never_links_off_the_site(client, path):
    response = client.get("/en/", PATH_INFO=path)
    assert response.status_code == 404
    links = re.findall(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S)
    hrefs = re.findall(r'href="([^"]*)"', links[0])
    assert hrefs == ["/zh-hans/"]


def test_the_switcher_of_a_real_page_still_keeps_the_page(client):
    html = client.get("/en/parks/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/zh-hans/parks/"' in switcher


def test_a_large_body_to_the_inquiry_form_is_refused_unread(client, settings):
    data = inquiry_data()
    data["attachment"] = SimpleUploadedFile(
        "big.bin", b"\0" * (settings.PORTAL_PUBLIC_BODY_MAX_BYTES)
    )
    response = client.post("/en/inquiry/", data)
    assert response.status_code == 413
    assert "Request too large" in response.content.decode()
    assert Inquiry.objects.count() == 0


def test_a_small_file_part_in_a_public_form_is_dropped_and_never_stored(client, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # a stored file part would go to a temporary file
    data = inquiry_data()
    data["attachment"] = SimpleUploadedFile("note.txt", b"hello" * 100)
    original = TemporaryFileUploadHandler.new_file
    with mock.patch.object(
        TemporaryFileUploadHandler, "new_file", autospec=True, side_effect=original
    ) as new_file:
        response = client.post("/en/inquiry/", data)
    assert response.status_code == 302
    assert Inquiry.objects.count() == 1
    assert new_file.call_count == 0


def test_the_admin_still_takes_uploads_larger_than_a_public_form(admin_client, settings):
    settings.PORTAL_PUBLIC_BODY_MAX_BYTES = 1024
    response = admin_client.post(
        "/admin/parks/park/add/", {"image": SimpleUploadedFile("a.png", b"x" * 4096)}
    )
    assert response.status_code == 200  # the form, with its errors: not a 413
