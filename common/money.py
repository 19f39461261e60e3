"""Amounts of money written the way each language writes them."""

from decimal import Decimal

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    CNY = "CNY", _("Chinese yuan (CNY)")
    USD = "USD", _("US dollar (USD)")


_ZH_UNITS = [(Decimal("1e12"), "万亿"), (Decimal("1e8"), "亿"), (Decimal("1e4"), "万")]
_EN_UNITS = [
    (Decimal("1e12"), "trillion"),
    (Decimal("1e9"), "billion"),
    (Decimal("1e6"), "million"),
]
_ZH_CURRENCY = {"CNY": "元", "USD": "美元"}


def _plain(number):
    """A Decimal without exponent or trailing zeros: 3.30 -> '3.3', 2950 -> '2,950'."""
    text = format(number.normalize(), "f")
    whole, _dot, fraction = text.partition(".")
    whole = f"{int(whole):,}"
    return f"{whole}.{fraction}" if fraction else whole


def format_amount(amount, currency, language=None):
    """'3.3亿元' in Chinese and 'CNY 330 million' in English, never recalculated beyond units."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    language = language or get_language() or "en"
    if language.startswith("zh"):
        for size, unit in _ZH_UNITS:
            if abs(amount) >= size:
                number = _plain(amount / size).replace(",", "")
                return f"{number}{unit}{_ZH_CURRENCY.get(currency, currency)}"
        return f"{_plain(amount)}{_ZH_CURRENCY.get(currency, currency)}"
    for size, unit in _EN_UNITS:
        if abs(amount) >= size:
            return f"{currency} {_plain(amount / size)} {unit}"
    return f"{currency} {_plain(amount)}"


class AmountBasis(models.TextChoices):
    """What an amount is: the seeds give intended deals, planned investments and signed values."""

    INTENDED = "intended", _("Intended")
    PLANNED = "planned", _("Planned investment")
    CONTRACTED = "contracted", _("Signed contract value")
