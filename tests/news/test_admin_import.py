"""News documents imported from the admin: a preview first, then confirm or cancel; the same
guarantees as the import command."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile

from news.models import NewsItem, SourceDocument
from tests.factories import make_park

pytestmark = pytest.mark.django_db
IMPORT = "/admin/news/sourcedocument/import/"
CONFIRM = "/admin/news/sourcedocument/import/confirm/"
PLANT = "Plant opens in Hekou Zone\n\nOn May 30 a plant opened in Hekou Zone."
FORUM = "Forum held\n\nRelease time: 2021-06-30\n\nA forum on offshore equipment was held."


def upload(client, *files, **headers):
    documents = [SimpleUploadedFile(name, text.encode(), "text/plain") for name, text in files]
    return client.post(IMPORT, {"documents": documents}, **headers)


def token_of(response):
    return re.search(r'name="token" value="([^"]+)"', response.content.decode())[1]


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_the_preview_shows_what_the_import_will_do_and_saves_nothing(editor_client):
    make_park(slug="hekou", name_en="Hekou Zone")
    response = upload(editor_client, ("plant.txt", PLANT), ("forum.txt", FORUM))
    html = response.content.decode()
    assert "Plant opens in Hekou Zone" in html and "Forum held" in html
    assert "will be created" in html and "30 June 2021" in html
    assert "Parks: Hekou Zone" in html  # the park its text names
    assert NewsItem.objects.count() == 0 and SourceDocument.objects.count() == 0


def test_confirming_imports_and_a_second_confirm_changes_nothing(editor_client, editor):
    make_park(slug="hekou", name_en="Hekou Zone")
    token = token_of(upload(editor_client, ("plant.txt", PLANT), ("forum.txt", FORUM)))
    response = editor_client.post(CONFIRM, {"token": token, "confirm": "1"}, follow=True)
    # Two documents, two news items and the link to the park the plant's text names.
    assert "Imported: 5 records changed." in response.content.decode()
    assert set(NewsItem.objects.values_list("title_en", flat=True)) == {
        "Plant opens in Hekou Zone",
        "Forum held",
    }
    assert (
        LogEntry.objects.filter(user=editor, change_message="Imported from the admin").count() == 2
    )
    again = editor_client.post(CONFIRM, {"token": token, "confirm": "1"}, follow=True)
    assert "expired or was already done" in again.content.decode()
    assert NewsItem.objects.count() == 2


def test_importing_the_same_documents_again_changes_nothing(editor_client):
    editor_client.post(CONFIRM, {"token": token_of(upload(editor_client, ("plant.txt", PLANT)))})
    response = upload(editor_client, ("plant.txt", PLANT))
    assert "Nothing would change" in response.content.decode()
    done = editor_client.post(CONFIRM, {"token": token_of(response), "confirm": "1"}, follow=True)
    assert "Nothing changed: everything was up to date." in done.content.decode()


def test_what_an_editor_changed_is_kept_when_a_changed_document_is_imported(editor_client):
    editor_client.post(CONFIRM, {"token": token_of(upload(editor_client, ("plant.txt", PLANT)))})
    item = NewsItem.objects.get()
    item.title_en = "A plant opens in Hekou"
    item.save()
    changed = PLANT.replace("May 30", "May 31")
    response = upload(editor_client, ("plant.txt", changed))
    assert "will be updated" in response.content.decode()
    editor_client.post(CONFIRM, {"token": token_of(response), "confirm": "1"})
    item.refresh_from_db()
    assert item.title_en == "A plant opens in Hekou" and "May 31" in item.body_en


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "empty.txt: the file is empty"), ("zh-hans", "empty.txt: 文件是空的")],
)
def test_a_bad_file_among_good_ones_is_refused_and_nothing_changes(
    editor_client, language, expected
):
    response = upload(
        editor_client,
        ("plant.txt", PLANT),
        ("empty.txt", "   "),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    html = response.content.decode()
    assert response.status_code == 200 and expected in html
    assert 'name="token"' not in html
    assert NewsItem.objects.count() == 0 and SourceDocument.objects.count() == 0


def test_a_file_that_is_not_text_is_refused_with_its_name(editor_client):
    response = editor_client.post(
        IMPORT,
        {"documents": [SimpleUploadedFile("photo.txt", b"\x89PNG\x00\x00binary", "image/png")]},
    )
    assert "photo.txt: the file is binary, not a text document" in response.content.decode()


def test_cancelling_changes_nothing_and_forgets_the_upload(editor_client):
    token = token_of(upload(editor_client, ("plant.txt", PLANT)))
    response = editor_client.post(CONFIRM, {"token": token, "cancel": "1"}, follow=True)
    assert "Import cancelled" in response.content.decode()
    editor_client.post(CONFIRM, {"token": token, "confirm": "1"})
    assert NewsItem.objects.count() == 0


def test_only_staff_who_edit_news_may_import_and_only_their_own_upload(
    client, editor, officer, django_user_model
):
    client.force_login(officer)
    assert client.get(IMPORT).status_code == 403
    client.force_login(editor)
    token = token_of(upload(client, ("plant.txt", PLANT)))
    other = django_user_model.objects.create_superuser("boss2", "b@example.org", "pw")
    client.force_login(other)
    client.post(CONFIRM, {"token": token, "confirm": "1"})
    assert NewsItem.objects.count() == 0


def test_the_news_lists_link_to_the_import(editor_client):
    for url in ("/admin/news/newsitem/", "/admin/news/sourcedocument/"):
        assert f'href="{IMPORT}"' in editor_client.get(url).content.decode()
