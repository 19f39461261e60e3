from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

from parks.models import CooperationAgreement, InvestmentOpportunity, Park, Sector
from tests.factories import make_agreement, make_opportunity, make_park, make_sector

pytestmark = pytest.mark.django_db


def columns(model):
    with connection.cursor() as cursor:
        return {
            c.name
            for c in connection.introspection.get_table_description(cursor, model._meta.db_table)
        }


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Sector, "name"),
        (Park, "summary"),
        (Park, "highlights"),
        (CooperationAgreement, "title"),
        (CooperationAgreement, "other_parties"),
        (InvestmentOpportunity, "source_statement"),
    ],
)
def test_every_translated_field_has_a_column_per_language(model, field):
    assert {f"{field}_en", f"{field}_zh_hans"} <= columns(model)


def test_chinese_falls_back_to_english_and_english_to_chinese():
    park = make_park(summary_zh_hans="", name_en="")
    with translation.override("zh-hans"):
        assert park.summary == "A development zone in Dongying."
        assert park.name == "东营经济技术开发区"
    with translation.override("en"):
        assert park.name == "东营经济技术开发区"


def test_published_queryset_hides_drafts():
    make_park(slug="public")
    make_park(slug="draft", is_published=False)
    assert [p.slug for p in Park.objects.published()] == ["public"]


def test_slug_is_unique():
    make_sector()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_sector()


@pytest.mark.parametrize(
    "fields",
    [
        {"amount": Decimal("330000000")},  # no currency nor basis
        {"amount": Decimal("-1"), "currency": "CNY", "amount_basis": "planned"},
        {"month": 13},
        {"month": None, "day": 5},
        {"year": 1066},
    ],
)
def test_agreement_constraints_hold_in_the_database(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_agreement(**fields)


def test_agreement_clean_explains_a_missing_currency():
    agreement = CooperationAgreement(amount=Decimal("1"), year=2021)
    with pytest.raises(ValidationError) as error:
        agreement.clean()
    assert "currency" in str(error.value)


def test_february_29_is_allowed_when_the_year_is_unknown():
    CooperationAgreement(kind="intent", month=2, day=29).clean()
    with pytest.raises(ValidationError):
        CooperationAgreement(year=2021, month=2, day=29).clean()


@pytest.mark.parametrize(
    "fields",
    [
        {"investment_min": Decimal("10"), "investment_max": Decimal("5"), "currency": "CNY"},
        {"investment_min": Decimal("-5"), "currency": "CNY"},
        {"investment_max": Decimal("5")},
    ],
)
def test_opportunity_range_constraints(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_opportunity(**fields)


def test_park_location_needs_both_coordinates():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_park(latitude=Decimal("37.4"))


def test_amounts_are_written_the_way_each_language_writes_them():
    agreement = make_agreement(amount=Decimal("330000000"), currency="CNY", amount_basis="planned")
    assert agreement.amount_display == "CNY 330 million"
    with translation.override("zh-hans"):
        assert agreement.amount_display == "3.3亿元"
    usd = make_agreement(
        slug="usd", amount=Decimal("29500000"), currency="USD", amount_basis="intended"
    )
    with translation.override("zh-hans"):
        assert usd.amount_display == "2950万美元"
    assert usd.amount_display == "USD 29.5 million"


def test_partial_dates_show_only_the_precision_given():
    assert make_agreement().date_display == "26 May 2021"
    no_year = make_agreement(slug="june", year=None, month=6, day=30)
    assert no_year.date_display == "30 June"
    assert no_year.date_iso == "--06-30"
    with translation.override("zh-hans"):
        assert no_year.date_display == "6月30日"
        assert make_agreement(slug="may", day=None).date_display == "2021年5月"
