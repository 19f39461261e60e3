from pathlib import Path

import pytest

from news.parsing import MAX_BYTES, DocumentError, parse_document, read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def parse(name):
    return parse_document(*read_document(SEEDS / name))


def test_english_article_with_release_time():
    document = parse("000_bbcca0092f6792dc.txt")
    (item,) = document.items
    assert document.language == "en"
    assert item.title.startswith("Improve target positioning, accelerate transformation")
    assert (item.year, item.month, item.day) == (2021, 8, 25)
    assert "Release time" not in item.body
    assert item.body.startswith("Chen Bichang stressed when investigating")


def test_web_page_chrome_and_footer_are_dropped():
    document = parse("001_757cef5a41283e9c.txt")
    (item,) = document.items
    assert item.title.startswith("Key Proposal Tracking: Take Multiple Measures")
    assert (item.year, item.month, item.day) == (2019, 12, 2)
    for chrome in ["中文版", "Welcome to", "Home > News", "Copyright", "Presented by", "Tel 0716"]:
        assert chrome not in item.body
    assert item.body.endswith("is under way.")


def test_a_date_without_year_keeps_its_precision():
    (item,) = parse("002_10d470ac4034e5d3.txt").items
    assert (item.year, item.month, item.day) == (None, 6, 30)


def test_bare_date_line():
    (item,) = parse("003_3cadd0bcd4784dec.txt").items
    assert (item.year, item.month, item.day) == (2022, 4, 27)
    assert not item.body.startswith("2022-04-27")


def test_chinese_roundup_becomes_one_item_per_bullet():
    document = parse("004_b3b23b7acd5cf2ab.txt")
    assert document.language == "zh-hans"
    assert len(document.items) == 52
    third = document.items[2]
    assert third.title == "2021年山东石油装备品牌海外推广行动——俄罗斯线上专场活动举行"
    assert (third.year, third.month, third.day) == (2021, 5, 19)
    # "近日" gives no day: the roundup's month is the precision the text gives.
    fourth = document.items[3]
    assert (fourth.year, fourth.month, fourth.day) == (2021, 5, None)
    # The reporters' credit closes the roundup and belongs to no item.
    assert "记者" not in document.items[-1].body


def test_gb18030_is_detected(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("河口区举行签约仪式\n\n5月26日上午,河口区成功举行签约仪式。".encode("gb18030"))
    text, encoding = read_document(path)
    assert encoding == "gb18030"
    (item,) = parse_document(text, encoding).items
    assert item.title == "河口区举行签约仪式"
    assert (item.month, item.day) == (5, 26)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\xfa\xff" * 50, "neither UTF-8 nor GB18030"),
        (b"A title alone\n\n", "no body"),
        ("2021年5月份,东营各县区发展有哪些亮点?小编带您来梳理~\n".encode(), "no items"),
        ("2021年5月份亮点梳理\n●\n正文\n".encode(), "no title"),
        (
            "2021年5月份亮点梳理\n●第一条\n●第二条\n正文\n".encode(),
            "item 1 has a title but no body",
        ),
    ],
)
def test_bad_documents_are_refused_with_a_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        parse_document(*read_document(path))
    assert message in error.value.message


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(DocumentError, match="limit"):
        read_document(path)
