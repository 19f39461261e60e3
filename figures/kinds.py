"""The figures a park profile holds: their groups, units and how one unit converts to another.

A figure's kind decides its group on the page, the units staff may enter it in and whether
it is an amount of money. Adding a figure is one line here; no migration is needed.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

MU = Decimal(2000) / Decimal(3)  # one mu is 2000/3 m²


@dataclass(frozen=True)
class Unit:
    key: str
    label: object  # a lazy translation
    factor: Decimal  # how many base units one of it is


@dataclass(frozen=True)
class Dimension:
    """Units of one quantity. ``per`` units divide: a price per mu is a price per 666.7 m²."""

    key: str
    units: tuple
    per: bool = False

    def unit(self, key):
        return next((u for u in self.units if u.key == key), None)

    def convert(self, value, source, target):
        if value is None or source == target:
            return value
        a, b = self.unit(source), self.unit(target)
        if a is None or b is None:
            return value
        return value * b.factor / a.factor if self.per else value * a.factor / b.factor


def unit(key, label, factor=1):
    return Unit(key, label, Decimal(factor))


AREA = Dimension(
    "area",
    (
        unit("mu", _("mu"), MU),
        unit("ha", _("hectares"), 10_000),
        unit("m2", _("m²"), 1),
        unit("km2", _("km²"), 1_000_000),
    ),
)
PER_AREA = Dimension(
    "per_area",
    (
        unit("per_mu", _("per mu"), MU),
        unit("per_ha", _("per hectare"), 10_000),
        unit("per_m2", _("per m²"), 1),
    ),
    per=True,
)
RENT = Dimension(
    "rent",
    (unit("per_m2_month", _("per m² a month"), 1), unit("per_m2_year", _("per m² a year"), 12)),
    per=True,
)
LEASE = Dimension(
    "lease",
    (
        unit("per_mu_year", _("per mu a year"), MU),
        unit("per_m2_year", _("per m² a year"), 1),
    ),
    per=True,
)
POWER = Dimension("power", (unit("mw", _("MW"), 1000), unit("kw", _("kW"), 1)))
FLOW = Dimension(
    "flow",
    (unit("m3_day", _("m³ a day"), 1), unit("k10_m3_day", _("10,000 m³ a day"), 10_000)),
)
STEAM = Dimension("steam", (unit("t_hour", _("tonnes an hour"), 1),))
PER_KWH = Dimension("per_kwh", (unit("per_kwh", _("per kWh"), 1),), per=True)
PER_M3 = Dimension("per_m3", (unit("per_m3", _("per m³"), 1),), per=True)
PER_TONNE = Dimension("per_tonne", (unit("per_tonne", _("per tonne"), 1),), per=True)
PER_MONTH = Dimension("per_month", (unit("per_month", _("a month"), 1),), per=True)
DISTANCE = Dimension("distance", (unit("km", _("km"), 1),))
PEOPLE = Dimension("people", (unit("people", _("people"), 1),))
COUNT = Dimension("count", (unit("count", "", 1),))
MONEY = Dimension("money", (unit("amount", "", 1),))
YEAR = Dimension("year", (unit("year", "", 1),))
LINK = Dimension("link", (unit("url", "", 1),))

DIMENSIONS = {
    d.key: d
    for d in (AREA, PER_AREA, RENT, LEASE, POWER, FLOW, STEAM, PER_KWH, PER_M3, PER_TONNE)
    + (PER_MONTH, DISTANCE, PEOPLE, COUNT, MONEY, YEAR, LINK)
}
# Dimensions whose unit a visitor may choose (query string key -> dimension).
CHOOSABLE = {"area": AREA, "price_area": PER_AREA, "rent": RENT, "lease": LEASE}


@dataclass(frozen=True)
class Group:
    key: str
    label: object


@dataclass(frozen=True)
class FigureKind:
    key: str
    label: object
    group: str
    dimension: Dimension
    money: bool = False  # an amount or price in a currency


GROUPS = (
    Group("land", _("Land")),
    Group("land_prices", _("Land prices")),
    Group("factory", _("Standard factory space for rent")),
    Group("utilities", _("Utilities")),
    Group("distances", _("Distances")),
    Group("workforce", _("Workforce and wages")),
    Group("economy", _("Economic figures")),
    Group("general", _("Park")),
)

FIGURE_KINDS = (
    FigureKind("land_total", _("Total land"), "land", AREA),
    FigureKind("land_available", _("Land available"), "land", AREA),
    FigureKind("land_sale_price", _("Land sale price"), "land_prices", PER_AREA, money=True),
    FigureKind("land_lease_price", _("Land lease price"), "land_prices", LEASE, money=True),
    FigureKind("factory_space", _("Factory space available"), "factory", AREA),
    FigureKind("factory_rent", _("Factory rent"), "factory", RENT, money=True),
    FigureKind("power_capacity", _("Power capacity"), "utilities", POWER),
    FigureKind("power_price", _("Power price"), "utilities", PER_KWH, money=True),
    FigureKind("water_capacity", _("Water supply capacity"), "utilities", FLOW),
    FigureKind("water_price", _("Water price"), "utilities", PER_M3, money=True),
    FigureKind("gas_capacity", _("Gas supply capacity"), "utilities", FLOW),
    FigureKind("gas_price", _("Gas price"), "utilities", PER_M3, money=True),
    FigureKind("steam_capacity", _("Steam supply capacity"), "utilities", STEAM),
    FigureKind("steam_price", _("Steam price"), "utilities", PER_TONNE, money=True),
    FigureKind("wastewater_capacity", _("Waste-water treatment capacity"), "utilities", FLOW),
    FigureKind("wastewater_price", _("Waste-water treatment price"), "utilities", PER_M3, True),
    FigureKind("distance_port", _("Distance to the port"), "distances", DISTANCE),
    FigureKind("distance_airport", _("Distance to the airport"), "distances", DISTANCE),
    FigureKind("distance_rail", _("Distance to the railway"), "distances", DISTANCE),
    FigureKind("distance_highway", _("Distance to the highway"), "distances", DISTANCE),
    FigureKind("workforce", _("Workforce"), "workforce", PEOPLE),
    FigureKind("typical_wage", _("Typical wage"), "workforce", PER_MONTH, money=True),
    FigureKind("output_value", _("Output value"), "economy", MONEY, money=True),
    FigureKind("enterprises", _("Enterprises"), "economy", COUNT),
    FigureKind("employees", _("Employees"), "economy", PEOPLE),
    FigureKind("year_established", _("Year established"), "general", YEAR),
    FigureKind("website", _("Website"), "general", LINK),
)
KINDS = {kind.key: kind for kind in FIGURE_KINDS}
ALL_UNITS = {u.key: u for d in DIMENSIONS.values() for u in d.units}


def default_unit(kind_key):
    return KINDS[kind_key].dimension.units[0].key
