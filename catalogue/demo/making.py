"""The generator's shared state and steps.

What is kept in memory of the records made (for the kinds made after them), saving records
chunk by chunk with their many-to-many links, and the random facts every kind draws.
"""

import calendar
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from itertools import accumulate

from django.db import reset_queries

from parks.models import Sector

from . import words
from .scale import (
    BATCH,
    CHUNK,
    DEFAULT_SEED,
    KEY_PREFIX,
    MODELS,
    SLUG_PREFIX,
    YEAR_WEIGHTS,
    YEARS,
    DemoError,
    counts_for,
)
from .text import FACTS, Slots, first_upper, title_case, with_article


@dataclass(slots=True)
class ParkInfo:
    pk: int
    name: tuple
    city: str  # key in words.CITIES
    district: tuple
    terms: tuple  # (industries, products) of its sectors
    sectors: list  # pks
    contact: tuple
    email: str

    @property
    def place(self):
        return words.CITIES[self.city]


@dataclass(slots=True)
class RecordInfo:
    pk: int
    name: tuple  # as a sentence names it
    park: int | None  # index in Generator.parks
    terms: tuple  # (industries, products)
    short: tuple = ()  # enterprises: the short form agreement titles use
    kind: str = ""  # enterprises: company, university, ...


class Names:
    """Names in use: a clash is drawn again, and numbered as a rare last resort."""

    def __init__(self):
        self.seen = set()

    def free(self, name):
        return name[0] not in self.seen and name[1] not in self.seen

    def claim(self, name):
        base, number = name, 2
        while not self.free(name):
            name = (f"{base[0]} ({number})", f"{base[1]}（{number}）")
            number += 1
        self.seen.update(name)
        return name


def cumulative(weights):
    return list(accumulate(weights))


class Maker:
    """The state and steps the generator's kinds share: what was made, the random facts."""

    def __init__(self, scale, seed=DEFAULT_SEED, *, log=None):
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - made-up data, not secrets
        self.counts = counts_for(scale)
        self.log = log or (lambda message: None)
        self.made = Counter()
        self.parks, self.park_sizes = [], []
        self.records = {"enterprise": [], "agreement": [], "opportunity": []}
        self.by_park = {kind: defaultdict(list) for kind in self.records}
        self.schools = []  # enterprises that sign school-enterprise agreements
        self.park_names, self.enterprise_names = Names(), Names()
        self.cities = list(words.CITIES)
        self.city_weights = cumulative(c["weight"] for c in words.CITIES.values())
        self.park_kinds = list(words.PARK_KINDS)
        self.park_kind_weights = cumulative(k[2] for k in words.PARK_KINDS.values())
        self.enterprise_kinds = list(words.ENTERPRISE_KINDS)
        self.enterprise_kind_weights = cumulative(k[0] for k in words.ENTERPRISE_KINDS.values())

    # Shared steps.

    def load_sectors(self):
        """The seed sectors, each with its words and weight; imported first if missing."""
        sectors = list(Sector.objects.filter(seed_key__startswith="sectors:").order_by("seed_key"))
        if not sectors:
            sectors = import_seed_sectors()
        if not sectors:  # every seed sector deleted, and kept deleted
            raise DemoError("there are no seed sectors to file the demo records under")
        self.sectors = sectors
        self.sector_weights = cumulative(
            words.SECTOR_WEIGHTS.get(s.seed_key.removeprefix("sectors:"), 1) for s in sectors
        )
        self.sector_words = {}
        for sector in sectors:
            own = ((sector.name_en or sector.name).lower(), sector.name_zh_hans or sector.name)
            self.sector_words[sector.pk] = words.SECTOR_WORDS.get(
                sector.seed_key.removeprefix("sectors:"), ([own], [own])
            )

    def make(self, kind, make_one):
        """Build ``kind``'s records with ``make_one(number)`` and save them chunk by chunk.

        ``make_one`` returns the unsaved record, its many-to-many links (field name -> pks)
        and a function that remembers what later kinds need of it, given its pk.
        """
        model, count = MODELS[kind], self.counts[kind]
        started = time.perf_counter()
        for start in range(1, count + 1, CHUNK):
            built = [make_one(number) for number in range(start, min(start + CHUNK, count + 1))]
            self.save(model, [obj for obj, _links, _remember in built], kind)
            self.save_links(model, [(obj, links) for obj, links, _remember in built])
            for obj, _links, remember in built:
                remember(obj.pk)
            reset_queries()  # under DEBUG, the log of these inserts would hold every row
        self.log(f"  {kind}: {count:,} ({time.perf_counter() - started:.1f} s)")

    def save(self, model, objects, kind):
        model.objects.bulk_create(objects, batch_size=BATCH)  # sets pks (PostgreSQL, SQLite)
        self.made[kind] += len(objects)

    def save_links(self, model, rows):
        """Many-to-many rows straight into the through tables."""
        by_field = defaultdict(list)
        for obj, links in rows:
            for name, pks in links.items():
                by_field[name] += [(obj.pk, pk) for pk in pks]
        for name, pairs in by_field.items():
            m2m = model._meta.get_field(name)
            through = m2m.remote_field.through
            source, target = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [through(**{source: a, target: b}) for a, b in pairs], batch_size=BATCH
            )
            self.made["links"] += len(pairs)

    @staticmethod
    def keys(kind, number):
        singular = {"news": "news", "opportunities": "opportunity"}.get(kind, kind[:-1])
        return {
            "seed_key": f"{KEY_PREFIX}{kind}:{number:06d}",
            "slug": f"{SLUG_PREFIX}{singular}-{number:06d}",
        }

    # Random facts.

    def pick_park(self):
        return self.rng.choices(range(len(self.parks)), cum_weights=self.park_weights)[0]

    def pick_sectors(self, low, high):
        wanted = self.rng.randint(low, min(high, len(self.sectors)))
        chosen = []
        while len(chosen) < wanted:
            sector = self.rng.choices(self.sectors, cum_weights=self.sector_weights)[0]
            if sector.pk not in chosen:
                chosen.append(sector.pk)
        return chosen

    def brand(self):
        (zh1, py1), (zh2, py2) = self.rng.sample(words.SYLLABLES, 2)
        joint = "'" if py2[0] in "aeo" else ""  # Xin'an, not Xinan
        return f"{py1.capitalize()}{joint}{py2}", f"{zh1}{zh2}"

    def person(self):
        (en1, zh1), (en2, zh2) = self.rng.choice(words.SURNAMES), self.rng.choice(words.GIVEN_NAMES)
        return f"{en1} {en2}", f"{zh1}{zh2}"

    def amount(self, low, high, unit=10_000_000):
        return Decimal(self.rng.randint(low, high) * unit)

    def partial_date(self, day_share, month_share):
        rng = self.rng
        year = rng.choices(YEARS, weights=YEAR_WEIGHTS)[0]
        month = rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        draw = rng.random()
        if draw < day_share:
            return year, month, day
        if draw < day_share + month_share:
            return year, month, None
        return year, None, None

    def facts(self, word_lists, city_name, **values):
        """The slots of a record's sentences: its own ``values``, the rest drawn as needed."""
        return Slots(partial(self.draw_fact, word_lists), city=city_name, **values)

    def draw_fact(self, word_lists, slots, name):
        """A fact for ``slots``: an industry or product of the record's sectors, or a number."""
        rng = self.rng
        industries, products = word_lists
        if name in FACTS:
            return {name: FACTS[name](rng)}
        if name in ("industry", "product"):
            return {name: rng.choice(industries if name == "industry" else products)}
        if name in ("industry2", "product2"):
            first = slots.get(name[:-1])
            choices = [w for w in (industries if name == "industry2" else products) if w != first]
            return {name: rng.choice(choices) if choices else first}
        if name in ("Industry", "a_industry", "Product"):
            en, zh = slots.get(name.lower().removeprefix("a_"))
            if name == "Industry":
                return {name: (title_case(en), zh)}
            return {name: (with_article(en) if name == "a_industry" else first_upper(en), zh)}
        raise KeyError(name)

    def remember(self, kind, info):
        if info.park is not None:
            self.by_park[kind][info.park].append(len(self.records[kind]))
        self.records[kind].append(info)


def import_seed_sectors():
    """Import the sectors of the seed catalogue, as ``import_seeds`` would: seed rows."""
    from ..importing import SeedImporter
    from ..kinds import KINDS_BY_KEY
    from ..loading import SeedError, load_seeds

    try:
        seeds = load_seeds()
    except SeedError as error:
        raise DemoError(f"{error}; import the seeds first") from error
    SeedImporter(seeds).import_kind(KINDS_BY_KEY["sectors"])
    return list(Sector.objects.filter(seed_key__startswith="sectors:").order_by("seed_key"))
