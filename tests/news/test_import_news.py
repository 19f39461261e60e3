from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command

from news.models import NewsItem, SourceDocument
from tests.factories import make_enterprise, make_park

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_news", *map(str, args), stdout=out)
    return out.getvalue()


def test_import_news_makes_one_item_per_article_and_per_roundup_item():
    run(*sorted(SEEDS.glob("*.txt")))
    assert SourceDocument.objects.count() == 5
    assert NewsItem.objects.count() == 56
    item = NewsItem.objects.get(title_zh_hans="国内首台自主研发的海洋水下生产系统海试成功")
    assert item.original_language == "zh-hans"
    assert not item.title_en  # the other language stays empty for editors
    assert item.translation_status_en == "missing"
    assert item.is_published


def test_a_second_import_changes_nothing_and_says_so():
    run(*sorted(SEEDS.glob("*.txt")))
    output = run(*sorted(SEEDS.glob("*.txt")))
    assert "Nothing changed" in output
    assert "news items unchanged: 56" in output


def test_an_editors_change_survives_a_reimport():
    path = SEEDS / "002_10d470ac4034e5d3.txt"
    run(path)
    item = NewsItem.objects.get()
    item.title_en = "Hekou forum on oilfield services (edited)"
    item.title_zh_hans = "河口油服论坛"
    item.save()
    run(path)
    item.refresh_from_db()
    assert item.title_en == "Hekou forum on oilfield services (edited)"
    assert item.title_zh_hans == "河口油服论坛"


def test_a_deleted_item_is_not_recreated_unless_asked():
    path = SEEDS / "002_10d470ac4034e5d3.txt"
    run(path)
    NewsItem.objects.get().delete()
    assert "news items skipped: 1" in run(path)
    assert not NewsItem.objects.exists()
    call_command("import_news", str(path), "--restore-deleted", stdout=None)
    assert NewsItem.objects.count() == 1


def test_news_is_linked_to_the_enterprises_it_names():
    weifei = make_enterprise(aliases="威飞\nWeifei")
    run(SEEDS / "000_bbcca0092f6792dc.txt", SEEDS / "004_b3b23b7acd5cf2ab.txt")
    titles = set(weifei.citations.news_items().values_list("position", flat=True))
    assert len(titles) >= 3  # the English article and two roundup items name it


def test_a_bad_file_among_good_ones_imports_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Just a title\n")
    with pytest.raises(CommandError) as error:
        run(SEEDS / "000_bbcca0092f6792dc.txt", bad)
    assert f"{bad}:1: the title has no body; nothing was imported" in str(error.value)
    assert not NewsItem.objects.exists()
    assert not SourceDocument.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\n   \n", "the file is empty"),
        (b"GIF89a\x00\x01\x00\x01", "binary"),
        (b"\xff\xfe\xfa\xff" * 10, "neither UTF-8 nor GB18030/GBK"),
        ("2021年5月份东营亮点梳理\n".encode(), "no items"),
    ],
)
def test_bad_documents_are_refused_by_the_command(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(bad)
    assert not NewsItem.objects.exists()


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(tmp_path / "nowhere.txt")


def test_dry_run_saves_nothing():
    call_command("import_news", str(SEEDS / "000_bbcca0092f6792dc.txt"), "--dry-run", stdout=None)
    assert not NewsItem.objects.exists()


def test_an_unchanged_document_is_skipped_by_its_content_hash():
    paths = sorted(SEEDS.glob("*.txt"))
    run(*paths)
    # Nothing is compared item by item, nor written.
    with mock.patch("news.importing.upsert_seeded_many", side_effect=AssertionError):
        output = run(*paths)
    assert "documents unchanged: 5" in output
    assert "news items unchanged: 56" in output


def test_a_changed_document_is_imported_again(tmp_path):
    path = tmp_path / "forum.txt"
    text = (SEEDS / "002_10d470ac4034e5d3.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    run(path)
    path.write_text(text.replace("Forum", "Symposium", 1), encoding="utf-8")
    output = run(path)
    assert "documents updated: 1" in output
    assert "news items updated: 1" in output


def test_an_unchanged_document_is_linked_to_a_park_added_since(tmp_path):
    path = tmp_path / "plant.txt"
    path.write_text("Plant opens in Hekou Zone\n\nOn May 30 a plant opened.", encoding="utf-8")
    run(path)
    park = make_park(slug="hekou", name_en="Hekou Zone")
    assert "mention links created: 1" in run(path)
    assert list(park.citations.news_items()) == [NewsItem.objects.get()]


def test_an_unchanged_document_whose_names_did_not_change_is_not_scanned_again():
    paths = sorted(SEEDS.glob("*.txt"))
    run(*paths)
    with mock.patch("news.mentions.MentionFinder.mentions", side_effect=AssertionError):
        output = run(*paths)
    assert "documents with mentions unchanged: 5" in output


def test_an_item_an_editor_rewrote_is_linked_again_on_reimport(tmp_path):
    path = tmp_path / "plant.txt"
    path.write_text("Plant opens\n\nOn May 30 a plant opened.", encoding="utf-8")
    park = make_park(slug="hekou", name_en="Hekou Zone")
    run(path)
    assert not park.citations.exists()
    item = NewsItem.objects.get()
    item.body_en = "On May 30 a plant opened in Hekou Zone."
    item.save()
    assert "mention links created: 1" in run(path)
    assert list(park.citations.news_items()) == [item]
