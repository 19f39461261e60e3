from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from modeltranslation.translator import translator

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park, Sector

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MODELS = [Sector, Park, Enterprise, CooperationAgreement, InvestmentOpportunity, NewsItem]


@pytest.fixture
def seeded():
    call_command("import_seeds", stdout=None)


def test_every_published_seed_record_reads_completely_in_both_languages(seeded):
    gaps = []
    for model in MODELS:
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.published():
            for field in fields:
                en, zh = getattr(obj, f"{field}_en") or "", getattr(obj, f"{field}_zh_hans") or ""
                if bool(en.strip()) != bool(zh.strip()):
                    gaps.append(f"{model.__name__} {obj.slug}: {field}")
    assert gaps == []
    assert NewsItem.objects.published().count() >= 56


def test_seed_translations_are_marked_as_awaiting_review(seeded):
    item = NewsItem.objects.get(seed_key="news:000_bbcca0092f6792dc.txt#1")
    assert item.translation_status_en == "original"
    assert item.translation_status_zh_hans == "translated"


def test_admin_filters_records_awaiting_review_and_needing_translation(
    admin_client, seeded, tmp_path
):
    later = tmp_path / "later.txt"
    later.write_text(
        "Hekou signs a new project\n\nOn May 30 a project was signed.", encoding="utf-8"
    )
    call_command("import_news", str(later), stdout=None)
    url = reverse("admin:news_newsitem_changelist")
    awaiting = admin_client.get(url, {"translation": "awaiting_review"}).context["cl"]
    assert awaiting.result_count == 56
    missing = admin_client.get(url, {"translation": "missing"}).context["cl"]
    assert [o.title_en for o in missing.result_list] == ["Hekou signs a new project"]
    html = admin_client.get(url, {"translation": "missing"}).content.decode()
    assert "Not yet translated" in html


def test_an_unreviewed_translation_is_marked_for_visitors_until_reviewed(
    client, seeded, django_capture_on_commit_callbacks
):
    item = NewsItem.objects.get(seed_key="news:000_bbcca0092f6792dc.txt#1")
    url = f"/zh-hans/news/{item.slug}/"
    assert "本文为译文，尚未审校。" in client.get(url).content.decode()
    assert (
        "translation that has not yet been reviewed"
        not in client.get(f"/en/news/{item.slug}/").content.decode()
    )
    item.translation_status_zh_hans = "reviewed"
    with django_capture_on_commit_callbacks(execute=True):  # the page cache forgets on commit
        item.save()
    assert "本文为译文，尚未审校。" not in client.get(url).content.decode()


def test_translated_catalogue_text_carries_a_discreet_note(client, seeded):
    park = Park.objects.get(slug="dongying-economic-technological-development-zone")
    assert park.translation_status_zh_hans == "translated"
    html = client.get(f"/zh-hans/parks/{park.slug}/").content.decode()
    assert "（译文）" in html
    assert "(translated)" not in client.get(f"/en/parks/{park.slug}/").content.decode()
