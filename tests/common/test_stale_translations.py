"""A translation goes out of date when its original changes: the admin, the dashboard, the
public page and the importer all say so, until someone updates or re-approves it."""

import pytest
from django.core.management import call_command

from common.translation import TranslationStatus
from news.models import NewsItem
from parks.models import Park
from tests.portal.test_admin import CASES, PUBLISHING, admin_url

pytestmark = pytest.mark.django_db
STALE = TranslationStatus.STALE


@pytest.fixture
def park(admin_client):
    """A park an editor made in the admin: English original, Chinese reviewed."""
    data = {**CASES[Park][1], **PUBLISHING}
    assert admin_client.post(admin_url(Park, "add"), data).status_code == 302
    return Park.objects.get(slug="hekou-edz")


def edit(admin_client, park, **changes):
    data = {**CASES[Park][1], **PUBLISHING, **changes}
    response = admin_client.post(admin_url(Park, "change", park.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    park.refresh_from_db()
    return park


def test_changing_the_original_leaves_the_translation_marked_out_of_date(admin_client, park):
    edit(admin_client, park, summary_en="Zone in Hekou, by the Yellow River.")
    assert park.translation_status_zh_hans == STALE
    assert park.translation_status_en == TranslationStatus.ORIGINAL
    listed = admin_client.get(admin_url(Park, "changelist") + "?translation=stale")
    assert list(listed.context["cl"].result_list) == [park]
    dashboard = admin_client.get("/admin/").content.decode()
    assert '?translation=stale">1</a>' in dashboard


def test_the_public_page_says_so_discreetly_in_the_translation_only(client, admin_client, park):
    edit(admin_client, park, summary_en="Zone in Hekou, by the Yellow River.")
    chinese = client.get("/zh-hans/parks/hekou-edz/").content.decode()
    assert "河口的开发区。" in chinese and "译文对应原文的旧版本" in chinese
    english = client.get("/en/parks/hekou-edz/").content.decode()
    assert "by the Yellow River" in english and "earlier version" not in english


def test_updating_the_translation_with_the_original_is_no_staleness(admin_client, park):
    edit(
        admin_client,
        park,
        summary_en="Zone in Hekou, by the Yellow River.",
        summary_zh_hans="河口的开发区，位于黄河边。",
        translation_status_zh_hans="translated",
    )
    assert park.translation_status_zh_hans == TranslationStatus.TRANSLATED


def test_re_approving_in_the_same_change_is_the_editors_call(admin_client, park):
    longer = "Zone in Hekou, by the Yellow River."
    park = edit(admin_client, park, summary_en=longer)
    assert park.translation_status_zh_hans == STALE
    edit(admin_client, park, summary_en=longer, translation_status_zh_hans="reviewed")
    assert park.translation_status_zh_hans == TranslationStatus.REVIEWED
    # Another change of the original only: out of date again.
    edit(admin_client, park, summary_en="Zone in Hekou.", translation_status_zh_hans="reviewed")
    assert park.translation_status_zh_hans == STALE


def test_an_untranslated_text_is_never_marked(admin_client, park):
    Park.objects.filter(pk=park.pk).update(translation_status_zh_hans="missing")
    edit(
        admin_client,
        park,
        summary_en="Zone in Hekou, by the Yellow River.",
        translation_status_zh_hans="missing",
    )
    assert park.translation_status_zh_hans == TranslationStatus.MISSING


def test_a_reimported_document_whose_text_changed_leaves_its_reviewed_translation_stale(
    tmp_path,
):
    path = tmp_path / "plant.txt"
    path.write_text("Plant opens\n\nOn May 30 a plant opened.", encoding="utf-8")
    call_command("import_news", str(path), stdout=None)
    item = NewsItem.objects.get()
    item.title_zh_hans, item.body_zh_hans = "工厂开业", "5月30日，一家工厂开业。"
    item.translation_status_zh_hans = TranslationStatus.REVIEWED
    item.save()
    assert NewsItem.objects.get().translation_status_zh_hans == TranslationStatus.REVIEWED
    path.write_text("Plant opens\n\nOn May 31 a plant opened.", encoding="utf-8")
    call_command("import_news", str(path), stdout=None)
    assert NewsItem.objects.get().translation_status_zh_hans == STALE
