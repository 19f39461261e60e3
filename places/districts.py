"""A district or county named by text: the city's district of that name, or a new one.

Names match case and spaces aside, in either language: "Hekou District", "hekou  district"
and "河口区" all name the district whose English or Chinese name that is.
"""

import re

from django.utils.text import slugify

from common.searching import CJK

from .models import District

CHINESE = re.compile(f"[{CJK}]")


def name_key(text):
    return re.sub(r"\s+", "", text or "").casefold()


def names_by_language(*texts):
    """{"en": ..., "zh_hans": ...}: each text under the language it is written in."""
    names = {}
    for text in texts:
        text = (text or "").strip()
        if text:
            names.setdefault("zh_hans" if CHINESE.search(text) else "en", text)
    return names


def free_slug(city, name, prefix=""):
    base = prefix + (slugify(name) or "district")
    for candidate in (base, f"{prefix}{city}-{base.removeprefix(prefix)}"):
        if not District.objects.filter(slug=candidate).exists():
            return candidate
    number = 2
    while District.objects.filter(slug=f"{base}-{number}").exists():
        number += 1
    return f"{base}-{number}"


def find_or_make_district(city, *texts, slug_prefix=""):
    """The district of ``city`` (a City or its slug) that ``texts`` name, made if it has none;
    None when the texts are empty."""
    city = getattr(city, "slug", city)
    names = names_by_language(*texts)
    if not names or not city:
        return None
    wanted = {name_key(name) for name in names.values()}
    for district in District.objects.filter(city_id=city):
        if wanted & {name_key(district.name_en), name_key(district.name_zh_hans)}:
            return district
    en, zh = names.get("en", ""), names.get("zh_hans", "")
    return District.objects.create(
        slug=free_slug(city, en, slug_prefix), city_id=city, name_en=en or None,
        name_zh_hans=zh or None,
    )  # fmt: skip
