"""Making the demo parks' key figures: plausible values of every group, as park staff would
enter them (no seed document), each row marked as demo by its seed key."""

import random
import time
from datetime import date
from decimal import Decimal

from figures.kinds import FIGURE_KINDS, GROUPS
from figures.models import ParkFigure

from .scale import BATCH, KEY_PREFIX

# kind -> (unit, low, high, decimals): the range a value is drawn from, in that unit.
RANGES = {
    "land_total": ("mu", 2_000, 60_000, 0),
    "land_available": ("mu", 200, 8_000, 0),
    "land_sale_price": ("per_mu", 150_000, 600_000, -3),
    "land_lease_price": ("per_mu_year", 300, 1_500, -1),
    "factory_space": ("m2", 20_000, 300_000, -2),
    "factory_rent": ("per_m2_month", 8, 25, 0),
    "power_capacity": ("mw", 50, 1_000, 0),
    "power_price": ("per_kwh", Decimal("0.55"), Decimal("0.75"), 2),
    "water_capacity": ("m3_day", 20_000, 300_000, -3),
    "water_price": ("per_m3", Decimal("3"), Decimal("6"), 2),
    "gas_capacity": ("k10_m3_day", 1, 50, 0),
    "gas_price": ("per_m3", Decimal("2.5"), Decimal("4.5"), 2),
    "steam_capacity": ("t_hour", 50, 800, 0),
    "steam_price": ("per_tonne", 180, 300, 0),
    "wastewater_capacity": ("m3_day", 10_000, 150_000, -3),
    "wastewater_price": ("per_m3", Decimal("1.5"), Decimal("4"), 2),
    "distance_port": ("km", 5, 150, 0),
    "distance_airport": ("km", 10, 120, 0),
    "distance_rail": ("km", 2, 40, 0),
    "distance_highway": ("km", 1, 20, 0),
    "workforce": ("people", 5_000, 200_000, -2),
    "typical_wage": ("per_month", 3_500, 7_500, -2),
    "output_value": ("amount", 1_000_000_000, 100_000_000_000, -8),
    "enterprises": ("count", 50, 1_500, 0),
    "employees": ("people", 3_000, 120_000, -2),
    "year_established": ("year", 1988, 2020, 0),
}
# Ranges (low and high end) staff give for prices and rents now and then.
RANGED = {"land_sale_price", "land_lease_price", "factory_rent", "typical_wage"}
AS_OF = [date(2024, 12, 31), date(2025, 6, 30), date(2025, 12, 31)]
VERIFIED = [None, date(2025, 3, 1), date(2025, 9, 1), date(2026, 1, 15)]


def draw(rng, low, high, decimals):
    value = Decimal(str(rng.uniform(float(low), float(high))))
    if decimals > 0:
        return value.quantize(Decimal(1).scaleb(-decimals))
    return Decimal(int(round(value, decimals)))


class MakesFigures:
    """A demo park's figures: some of each group's kinds, at least one of every group."""

    def make_figures(self):
        started = time.perf_counter()
        rng = random.Random(f"{self.seed}-figures")  # noqa: S311 - made-up data, not secrets
        by_group = {g.key: [k for k in FIGURE_KINDS if k.group == g.key] for g in GROUPS}
        figures = []
        for number, park in enumerate(self.parks, start=1):
            as_of, verified = rng.choice(AS_OF), rng.choice(VERIFIED)
            for kinds in by_group.values():
                chosen = [k for k in kinds if rng.random() < 0.75] or [rng.choice(kinds)]
                for kind in chosen:
                    figures.append(self.figure(rng, number, park.pk, kind, as_of, verified))
        ParkFigure.objects.bulk_create(figures, batch_size=BATCH)
        self.made["park figures"] += len(figures)
        self.log(f"  park figures: {len(figures):,} ({time.perf_counter() - started:.1f} s)")

    @staticmethod
    def figure(rng, number, park_pk, kind, as_of, verified):
        values = {
            "seed_key": f"{KEY_PREFIX}figures:{number:06d}:{kind.key}",
            "park_id": park_pk,
            "kind": kind.key,
            "currency": "CNY" if kind.money else "",
            "as_of": None if kind.key == "year_established" else as_of,
            "last_verified": verified,
        }
        if kind.key == "website":
            values.update(unit="url", url=f"https://park-{number:06d}.example.com/")
            return ParkFigure(**values)
        unit, low, high, decimals = RANGES[kind.key]
        value = draw(rng, low, high, decimals)
        values.update(unit=unit, value=value)
        if kind.key in RANGED and rng.random() < 0.3:
            values["value_max"] = draw(rng, value, Decimal(str(high)) * Decimal("1.3"), decimals)
        elif kind.key != "year_established" and rng.random() < 0.15:
            values["qualifier"] = rng.choice(["about", "over"])
        return ParkFigure(**values)
