from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

from common import languages
from common.languages import Text, text_of
from parks.models import Park


def test_codes_come_from_settings_in_their_order():
    assert languages.codes() == ["en", "zh-hans"]
    with override_settings(LANGUAGES=[("zh-hans", "Chinese"), ("en", "English"), ("fr", "French")]):
        assert languages.codes() == ["zh-hans", "en", "fr"]
        assert languages.columns("name") == ["name_zh_hans", "name_en", "name_fr"]


@pytest.mark.parametrize(("code", "suffix"), [("en", "en"), ("zh-hans", "zh_hans")])
def test_suffix_and_back(code, suffix):
    assert languages.suffix(code) == suffix
    assert languages.from_suffix(suffix) == code
    assert languages.column("title", code) == f"title_{suffix}"


@pytest.mark.parametrize("value", ["zh-hans", "fr", "", "None"])
def test_from_suffix_knows_only_the_sites_suffixes(value):
    assert languages.from_suffix(value) is None


def test_columns_name_every_language():
    assert languages.columns("summary") == ["summary_en", "summary_zh_hans"]


@pytest.mark.parametrize(
    ("code", "tag"),
    [
        ("en", "en"),
        ("zh-hans", "zh-Hans"),
        ("zh_hans", "zh-Hans"),
        ("ZH-HANS", "zh-Hans"),
        ("en-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("sr-latn", "sr-Latn"),
        ("es-419", "es-419"),
    ],
)
def test_bcp47_cases_script_and_region_subtags(code, tag):
    assert languages.bcp47(code) == tag


def test_every_language_is_named_in_every_table():
    for code in languages.codes():
        assert languages.short_name(code)
        assert languages.open_graph_locale(code)
        assert str(languages.in_language(code))
    with translation.override("zh-hans"):
        assert str(languages.in_language("zh-hans")) == "中文"


@pytest.mark.parametrize(("code", "other"), [("en", "zh-hans"), ("zh-hans", "en")])
def test_other_language(code, other):
    assert languages.other(code) == other


def test_current_is_the_active_language_if_the_site_offers_it():
    assert languages.current() == "en"
    with translation.override("zh-hans"):
        assert languages.current() == "zh-hans"
    with translation.override("fr"):
        assert languages.current() == "en"
    with translation.override(None):
        assert languages.current() == "en"


def test_fallback_order_starts_with_the_visitors_language():
    assert languages.fallback_order() == ["en", "zh-hans"]
    assert languages.fallback_order("zh-hans") == ["zh-hans", "en"]
    with translation.override("zh-hans"):
        assert languages.fallback_order() == ["zh-hans", "en"]


def record(**fields):
    return SimpleNamespace(**{"name_en": "", "name_zh_hans": "", **fields})


def test_text_in_the_visitors_language():
    obj = record(name_en="Dongying", name_zh_hans="东营")
    assert text_of(obj, "name") == Text("Dongying", "en")
    with translation.override("zh-hans"):
        assert text_of(obj, "name") == Text("东营", "zh-hans")


def test_text_falls_back_to_the_other_language_and_says_so():
    text = text_of(record(name_zh_hans="东营", name_en=None), "name")
    assert (text.value, text.language, text.is_fallback) == ("东营", "zh-hans", True)
    assert text.lang == "zh-Hans"
    with translation.override("zh-hans"):
        text = text_of(record(name_en="Dongying"), "name")
    assert (text.value, text.language, text.is_fallback) == ("Dongying", "en", True)


def test_text_in_a_language_asked_for():
    obj = record(name_en="Dongying", name_zh_hans="东营")
    assert text_of(obj, "name", "zh-hans") == Text("东营", "zh-hans")
    assert text_of(record(name_en="Dongying"), "name", "zh-hans").is_fallback


def test_no_text_in_any_language_is_empty_and_not_a_fallback():
    text = text_of(record(), "name")
    assert not text and str(text) == "" and not text.is_fallback and text.language == "en"


def test_an_unreviewed_translation_is_flagged():
    park = Park(name_en="Dongying", name_zh_hans="东营", translation_status_zh_hans="translated")
    assert not text_of(park, "name").is_unreviewed
    assert text_of(park, "name", "zh-hans").is_unreviewed
    park.translation_status_zh_hans = "reviewed"
    assert not text_of(park, "name", "zh-hans").is_unreviewed


@pytest.mark.parametrize(("code", "tag"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_template_filter_writes_the_bcp47_tag(code, tag):
    template = Template("{% load bilingual %}{{ code|bcp47 }} {{ code|open_graph_locale }}")
    assert template.render(Context({"code": code})) == f"{tag} {languages.open_graph_locale(code)}"
