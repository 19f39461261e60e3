"""A park's figures as a visitor reads them: grouped, in the units and currency they chose,
each group stamped with its dates and sources."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from common.money import format_amount

from .kinds import CHOOSABLE, GROUPS, KINDS
from .models import ExchangeRate, Qualifier

CURRENCIES = ("CNY", "USD")
_ZH_CURRENCY = {"CNY": "元", "USD": "美元"}


@dataclass
class Choices:
    """What the visitor chose in the query string: ``?area=ha&currency=USD``."""

    units: dict = field(default_factory=dict)  # dimension key -> unit key
    currency: str = ""
    rate: object = None  # the ExchangeRate used, if a conversion needs one

    @classmethod
    def from_query(cls, query):
        units = {}
        for name, dimension in CHOOSABLE.items():
            value = query.get(name, "")
            if dimension.unit(value):
                units[dimension.key] = value
        currency = query.get("currency", "")
        choices = cls(units=units, currency=currency if currency in CURRENCIES else "")
        if choices.currency:
            choices.rate = ExchangeRate.objects.first()
        return choices

    @property
    def rate_text(self):
        return format(self.rate.cny_per_usd.normalize(), "f") if self.rate else ""

    def query_items(self):
        names = {d.key: name for name, d in CHOOSABLE.items()}
        items = [(names[key], unit) for key, unit in self.units.items()]
        return items + ([("currency", self.currency)] if self.currency else [])


def chinese():
    return (get_language() or "en").startswith("zh")


def number(value):
    """A figure as people write it: 1,200 · 0.65 · 12.5 (at most two decimals)."""
    value = Decimal(value)
    places = Decimal(1) if abs(value) >= 100 else Decimal("0.01")
    text = format(value.quantize(places, rounding=ROUND_HALF_UP).normalize(), "f")
    whole, _dot, fraction = text.partition(".")
    whole = f"{int(whole):,}"
    return f"{whole}.{fraction}" if fraction else whole


def qualifier_text(qualifier):
    return {
        Qualifier.OVER: pgettext("figure", "over"),
        Qualifier.ABOUT: pgettext("figure", "about"),
        Qualifier.UP_TO: pgettext("figure", "up to"),
    }.get(qualifier, "")


def converted(figure, choices):
    """(value, value_max, unit key, currency) in the visitor's units and currency."""
    dimension = figure.definition.dimension
    unit = choices.units.get(dimension.key, figure.unit)
    if not dimension.unit(unit):
        unit = figure.unit
    values = [dimension.convert(v, figure.unit, unit) for v in (figure.value, figure.value_max)]
    currency = figure.currency
    if figure.definition.money and choices.currency and choices.currency != currency:
        rate = choices.rate and choices.rate.cny_per_usd
        if rate:
            if currency == "CNY" and choices.currency == "USD":
                values = [v / rate if v is not None else None for v in values]
            else:
                values = [v * rate if v is not None else None for v in values]
            currency = choices.currency
    return values[0], values[1], unit, currency


def display(figure, choices):
    """The figure's text: 'over CNY 30 billion', '120–150 元/平方米·月', '1,200 mu'."""
    kind = figure.definition
    if kind.dimension.key == "link":
        return figure.url
    value, value_max, unit_key, currency = converted(figure, choices)
    zh = chinese()
    if kind.dimension.key == "year":
        text = str(int(value))
    elif kind.dimension.key == "money":
        text = format_amount(value, currency)
        if value_max is not None:
            text = f"{text} – {format_amount(value_max, currency)}"
    else:
        amount = number(value) + (f"–{number(value_max)}" if value_max is not None else "")
        label = str(kind.dimension.unit(unit_key).label)
        if kind.money:
            text = (
                f"{amount}{_ZH_CURRENCY.get(currency, currency)}{label}"
                if zh
                else f"{currency} {amount} {label}"
            )
        else:
            text = f"{amount}{label}" if zh else f"{amount} {label}".strip()
    qualifier = qualifier_text(figure.qualifier)
    if qualifier:
        text = f"{qualifier}{text}" if zh else f"{qualifier} {text}"
    return text


@dataclass
class Stamp:
    as_of: object
    last_verified: object
    source_file: str
    source_quote: str
    labels: list = field(default_factory=list)


def grouped(figures, choices):
    """[{group, rows, stamps}] for the groups that have figures, in the page's order."""
    by_group = {}
    for figure in sorted(figures, key=lambda f: list(KINDS).index(f.kind)):
        by_group.setdefault(figure.definition.group, []).append(figure)
    result = []
    for group in GROUPS:
        rows = by_group.get(group.key)
        if not rows:
            continue
        stamps = {}
        for f in rows:
            key = (f.as_of, f.last_verified, f.source_file, f.source_quote)
            stamps.setdefault(key, Stamp(*key)).labels.append(str(f.definition.label))
        result.append(
            {
                "group": group,
                "rows": [
                    {"figure": f, "label": f.definition.label, "text": display(f, choices)}
                    for f in rows
                ],
                "stamps": list(stamps.values()),
                "many_stamps": len(stamps) > 1,
            }
        )
    return result


def unit_options(choices):
    """The unit and currency pickers: (query name, label, [(value, label, selected)])."""
    pickers = []
    for name, dimension in CHOOSABLE.items():
        chosen = choices.units.get(dimension.key, "")
        options = [("", _("as entered"), not chosen)]
        options += [(u.key, str(u.label), u.key == chosen) for u in dimension.units]
        pickers.append((name, PICKER_LABELS[name](), options))
    options = [("", _("as entered"), not choices.currency)]
    options += [(c, c, c == choices.currency) for c in CURRENCIES]
    pickers.append(("currency", _("Currency"), options))
    return pickers


PICKER_LABELS = {
    "area": lambda: _("Land and floor area"),
    "price_area": lambda: _("Land sale price"),
    "rent": lambda: _("Factory rent"),
    "lease": lambda: _("Land lease price"),
}
