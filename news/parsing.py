"""Turn a plain-text news document (English or Chinese, with or without web-page chrome)
into news items. Pure functions: nothing here touches the database."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "gb18030")

_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
]  # fmt: skip
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_RELEASE = re.compile(
    r"^(?:release time|updated|published|date|发布时间|更新时间|日期)\s*[:：]?\s*"
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
_BARE_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_EN_DATE = re.compile(
    r"\b(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)
_ZH_DAY = re.compile(r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_ZH_MONTH = re.compile(r"(?P<month>\d{1,2})月")
_ROUNDUP_PERIOD = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月份?")
_ROUNDUP_HINT = re.compile(r"(梳理|盘点|亮点|回顾|汇总|一览)")
_CREDIT = re.compile(r"^[（(]\s*(记者|通讯员|来源|编辑)")
BULLET = "●"

# Web-page chrome: site banners, breadcrumbs, footers. Matched against a whole line.
_CHROME = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^中文版\s*>>",
        r"^english\s*(version)?\s*>>",
        r"welcome to .* website\s*!?\s*$",
        r"^home\s*>(\s*[^>]{1,40}>?)*$",
        r"^首页\s*>",
        r"^copyright\b",
        r"all rights reserved\.?$",
        r"^presented by\b",
        r"^(tel|telephone|phone|fax)\b[\s.:：]",
        r"\bICP\b",
        r"^版权所有",
        r"^(主办|承办)(单位)?[:：]",
        r"^(联系)?电话[:：]",
        r"备案号",
    )
]


class DocumentError(ValueError):
    """A document that cannot be imported; ``line`` is 1-based, or None for the whole file."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class ParsedItem:
    position: int
    title: str
    body: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    line: int = 1


@dataclass
class ParsedDocument:
    language: str
    encoding: str
    text: str
    items: list[ParsedItem] = field(default_factory=list)
    intro: str = ""


def read_document(path):
    """Read a file as text, detecting UTF-8 or GB18030/GBK; refuse what is not a text document."""
    path = Path(path)
    check_size(path.stat().st_size)
    return decode_document(path.read_bytes())


def check_size(size):
    if size > MAX_BYTES:
        raise DocumentError(
            _("the file is %(size)s bytes; the limit is %(limit)s bytes")
            % {"size": f"{size:,}", "limit": f"{MAX_BYTES:,}"}
        )


def decode_document(raw):
    """A document's bytes as text and the encoding they were in; refuse what is not text."""
    check_size(len(raw))
    if not raw.strip():
        raise DocumentError(_("the file is empty"))
    if b"\x00" in raw:
        raise DocumentError(_("the file is binary, not a text document"))
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > max(2, len(text) // 200):
            raise DocumentError(_("the file is binary, not a text document"))
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding.replace("-sig", "")
    raise DocumentError(_("the file is neither UTF-8 nor GB18030/GBK text"))


def detect_language(text):
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh-hans" if cjk > latin / 4 else "en"


def is_chrome(line):
    return any(pattern.search(line) for pattern in _CHROME)


def _date_in_text(text, language):
    if language == "zh-hans":
        if match := _ZH_DAY.search(text):
            return None, int(match["month"]), int(match["day"])
        if match := _ZH_MONTH.search(text):
            return None, int(match["month"]), None
        return None, None, None
    if match := _EN_DATE.search(text):
        year = int(match["year"]) if match["year"] else None
        return year, _MONTHS[match["month"].lower()], int(match["day"])
    return None, None, None


def _valid_date(year, month, day, line):
    if month is not None and not 1 <= month <= 12:
        raise DocumentError(_("the date has no month %(month)s") % {"month": month}, line)
    if day is not None and not 1 <= day <= 31:
        raise DocumentError(_("the date has no day %(day)s") % {"day": day}, line)
    return year, month, day


def parse_document(text, encoding="utf-8"):
    """Split a document into news items: one per article, or one per "●" item of a roundup."""
    if not text.strip():
        raise DocumentError(_("the file is empty"))
    language = detect_language(text)
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), start=1)]
    content = [(n, line) for n, line in lines if line and not is_chrome(line)]
    if not content:
        raise DocumentError(_("the file holds nothing but page navigation and footers"))
    document = ParsedDocument(language=language, encoding=encoding, text=text)
    if any(line.startswith(BULLET) for _n, line in content):
        document.items = _parse_roundup(content, language, document)
    else:
        if _ROUNDUP_HINT.search(content[0][1]) and _ROUNDUP_PERIOD.search(content[0][1]):
            raise DocumentError(
                _("the roundup heading is followed by no items (lines starting with %(bullet)s)")
                % {"bullet": BULLET},
                content[0][0],
            )
        document.items = [_parse_article(content, language)]
    return document


def _parse_article(content, language):
    title_line, title = content[0]
    year = month = day = None
    body = []
    for number, line in content[1:]:
        match = _RELEASE.match(line) or _BARE_DATE.match(line)
        if match:
            if year is None:
                year, month, day = _valid_date(
                    int(match["y"]), int(match["m"]), int(match["d"]), number
                )
            continue
        body.append(line)
    if not body:
        raise DocumentError(_("the title has no body"), title_line)
    if year is None and month is None:
        year, month, day = _valid_date(*_date_in_text(" ".join(body), language), title_line)
    return ParsedItem(1, title, "\n\n".join(body), year, month, day, title_line)


def _parse_roundup(content, language, document):
    first = next(i for i, (_n, line) in enumerate(content) if line.startswith(BULLET))
    intro = " ".join(line for _n, line in content[:first])
    document.intro = intro
    period = _ROUNDUP_PERIOD.search(intro)
    year = int(period["year"]) if period else None
    month = int(period["month"]) if period else None
    items, current = [], None
    for number, line in content[first:]:
        if line.startswith(BULLET):
            title = line[len(BULLET) :].strip()
            if not title:
                raise DocumentError(_("a roundup item has no title"), number)
            current = {"line": number, "title": title, "body": []}
            items.append(current)
        elif _CREDIT.match(line) and current is items[-1] and current["body"]:
            continue  # the reporters' credit closes the roundup; it belongs to no item
        else:
            current["body"].append(line)
    parsed = []
    for position, item in enumerate(items, start=1):
        if not item["body"]:
            raise DocumentError(
                _("roundup item %(position)s has a title but no body") % {"position": position},
                item["line"],
            )
        body = "\n\n".join(item["body"])
        _y, item_month, item_day = _date_in_text(body, language)
        if item_month is None or (month and item_month > month):
            # No date of its own (or a later month, so a forecast): the roundup's month.
            item_month, item_day = month, None
        parsed.append(
            ParsedItem(
                position,
                item["title"],
                body,
                *_valid_date(year if item_month else None, item_month, item_day, item["line"]),
                line=item["line"],
            )
        )
    return parsed
