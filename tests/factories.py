"""Small factories for test records and form data: valid, published, bilingual, overridable."""

from django.utils import timezone

from inquiries.models import Inquiry, InquiryRecipient
from news.models import Citation, NewsItem
from parks.models import (
    AgreementStage,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)

# The places the migration creates; a live server's flushed database no longer has them.
PLACES = {
    "dongying": ("shandong", "Dongying", "东营", "37.43", "118.67"),
    "jingzhou": ("hubei", "Jingzhou", "荆州", "30.33", "112.24"),
}
PROVINCES = {"shandong": ("Shandong", "山东"), "hubei": ("Hubei", "湖北")}
DISTRICTS = {
    "hekou-district": ("dongying", "Hekou District", "河口区"),
    "kenli-district": ("dongying", "Kenli District", "垦利区"),
    "shashi-district": ("jingzhou", "Shashi District", "沙市区"),
}


def ensure_place(kind, slug):
    from places.models import City, District, Province

    if kind == "province" and slug in PROVINCES:
        en, zh = PROVINCES[slug]
        Province.objects.get_or_create(slug=slug, defaults={"name_en": en, "name_zh_hans": zh})
    elif kind == "city" and slug in PLACES:
        province, en, zh, latitude, longitude = PLACES[slug]
        ensure_place("province", province)
        City.objects.get_or_create(
            slug=slug,
            defaults={
                "province_id": province, "name_en": en, "name_zh_hans": zh,
                "latitude": latitude, "longitude": longitude,
            },
        )  # fmt: skip
    elif kind == "district" and slug in DISTRICTS:
        city, en, zh = DISTRICTS[slug]
        ensure_place("city", city)
        District.objects.get_or_create(
            slug=slug, defaults={"city_id": city, "name_en": en, "name_zh_hans": zh}
        )


def placed(fields):
    """Places given by slug (``city="dongying"``, ``district="hekou-district"``), as the
    records' columns hold them."""
    result = {}
    for name, value in fields.items():
        if name in ("province", "city", "district") and isinstance(value, str):
            if value:
                ensure_place(name, value)
            result[f"{name}_id"] = value or None
        else:
            result[name] = value
    return result


def make_sector(slug="petroleum-equipment", **fields):
    defaults = {"name_en": "Petroleum equipment", "name_zh_hans": "石油装备", "is_published": True}
    return Sector.objects.create(slug=slug, **{**defaults, **fields})


def make_park(slug="dongying-edz", **fields):
    defaults = {
        "name_en": "Dongying Economic and Technological Development Zone",
        "name_zh_hans": "东营经济技术开发区",
        "kind": Park.Kind.DEVELOPMENT_ZONE,
        "province": "shandong",
        "city": "dongying",
        "summary_en": "A development zone in Dongying.",
        "summary_zh_hans": "位于东营的开发区。",
        "is_published": True,
    }
    return Park.objects.create(slug=slug, **placed({**defaults, **fields}))


def make_enterprise(slug="weifei", **fields):
    defaults = {
        "name_en": "Weifei Offshore Equipment Manufacturing Co., Ltd.",
        "name_zh_hans": "威飞海洋装备制造有限公司",
        "description_en": "Offshore equipment maker.",
        "description_zh_hans": "海洋装备制造企业。",
        "is_published": True,
    }
    return Enterprise.objects.create(slug=slug, **placed({**defaults, **fields}))


def make_agreement(slug="wind-base", **fields):
    defaults = {
        "title_en": "Bozhong offshore wind power industrial base",
        "title_zh_hans": "渤中海上风电产业基地项目",
        "kind": CooperationAgreement.Kind.INVESTMENT_PROJECT,
        "summary_en": "A signing in Hekou District.",
        "summary_zh_hans": "河口区签约项目。",
        "year": 2021,
        "month": 5,
        "day": 26,
        "is_published": True,
    }
    return CooperationAgreement.objects.create(slug=slug, **placed({**defaults, **fields}))


def make_stage(agreement, stage="signed", note="", **fields):
    """A stage of ``agreement``; ``note`` is the staff's source, in both languages."""
    if note:
        fields.setdefault("source_note_en", note)
        fields.setdefault("source_note_zh_hans", f"{note}（中文）")
    return AgreementStage.objects.create(agreement=agreement, stage=stage, **fields)


def make_opportunity(slug="supporting-enterprises", **fields):
    defaults = {
        "title_en": "Supporting enterprises for the petroleum equipment park",
        "title_zh_hans": "石油装备产业园配套企业",
        "kind": InvestmentOpportunity.Kind.SUPPORTING_ENTERPRISES,
        "summary_en": "Upstream and downstream supporting enterprises.",
        "summary_zh_hans": "上下游配套企业。",
        "source_statement_en": "introduce and layout a number of upstream and downstream "
        "supporting enterprises",
        "is_published": True,
    }
    return InvestmentOpportunity.objects.create(slug=slug, **placed({**defaults, **fields}))


def make_news(slug="forum", **fields):
    defaults = {
        "title_en": "Oilfield services forum held in Hekou",
        "body_en": "On the morning of June 30 a forum was held.\n\nExperts attended.",
        "month": 6,
        "day": 30,
        "is_published": True,
    }
    return NewsItem.objects.create(slug=slug, **{**defaults, **fields})


def cite(news_item, *records, quote=""):
    """Link a news item to records: a mention, or with ``quote`` the words that support them."""
    return [
        Citation.objects.create(news_item=news_item, quote=quote, **{Citation.field_for(r): r})
        for r in records
    ]


def inquiry_data(**changes):
    """A complete, valid inquiry form submission; a change to ``None`` leaves that field out."""
    data = {
        "name": "Li Wei",
        "organisation": "Example Valve Manufacturing GmbH",
        "email": "li.wei@example.com",
        "phone": "+49 30 1234 5678",
        "country": "Germany",
        "preferred_language": "en",
        "park": "",
        "opportunity": "",
        "sector": "",
        "investment_size": "10m_50m",
        "timeline": "12_months",
        "message": "We would like to learn about land and incentives for a valve factory.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def route_inquiries(record, email):
    """Mail new inquiries about a park or an opportunity to ``email``, as an officer would."""
    field = "park" if isinstance(record, Park) else "opportunity"
    InquiryRecipient.objects.create(**{field: record}, email=email)
    return record


def make_inquiry(**fields):
    """An inquiry as the form stores it, without going through the form or its mail."""
    defaults = {
        "name": "Li Wei",
        "organisation": "Example Valve Manufacturing GmbH",
        "email": "li.wei@example.com",
        "country": "Germany",
        "preferred_language": "en",
        "message": "Land and incentives for a valve factory?",
        "consented_at": timezone.now(),
    }
    return Inquiry.objects.create(**{**defaults, **fields})


def make_figures(park, kinds=None, **fields):
    """A figure of every kind (or of ``kinds``) on ``park``, in each kind's first unit: some
    ranges, qualified, dated, with notes, one quoted from a seed document."""
    from datetime import date
    from decimal import Decimal

    from figures.kinds import FIGURE_KINDS
    from figures.models import ParkFigure

    figures = []
    for number, kind in enumerate(FIGURE_KINDS, start=1):
        if kinds is not None and kind.key not in kinds:
            continue
        values = {
            "park": park, "kind": kind.key, "unit": kind.dimension.units[0].key,
            "currency": "CNY" if kind.money else "",
        }  # fmt: skip
        if kind.dimension.key == "link":
            values["url"] = "https://www.example.com/"
        elif kind.dimension.key == "year":
            values["value"] = Decimal(2008)
        else:
            values["value"] = Decimal(10 * number)
            if number % 4 == 0:
                values["value_max"] = Decimal(15 * number)
            if number % 5 == 0:
                values["qualifier"] = "about"
        if number % 3 == 0:
            values.update(note_en="Phase one", note_zh_hans="一期", as_of=date(2025, 6, 30))
        if number == 1:
            values.update(source_file="002_10d470ac4034e5d3.txt", source_quote="Hekou District")
        figures.append(ParkFigure(**{**values, **fields}))
    return ParkFigure.objects.bulk_create(figures)
