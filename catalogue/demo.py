"""Synthetic demo data at scale, for the performance work and the benchmark.

``generate_demo_data`` makes bilingual parks, enterprises, agreements, opportunities and news
items citing them, in realistic proportions (at scale 1: 1,000 parks, 20,000 enterprises,
5,000 agreements, 5,000 opportunities, 100,000 news items). Every row it makes has a seed key
starting with ``demo:`` and a slug starting with ``demo-``: the seed import's keys
(``parks:...``, ``news:...``) never meet them, and ``delete_demo_data`` removes exactly these
rows and what hangs on them. Output is the same for the same scale and seed.
"""

import calendar
import math
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from itertools import accumulate

from django.db import models, reset_queries

from common.dates import format_partial_date
from common.models import SeedTombstone
from common.money import format_amount
from common.translation import TranslationStatus
from news.models import Citation, Language, NewsItem
from parks.models import (
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)

from . import demo_words as words

KEY_PREFIX = "demo:"
SLUG_PREFIX = "demo-"
# What scale 1 makes, in the order it is made; the kind names are also the keys' middle part.
AT_SCALE_ONE = {
    "parks": 1_000,
    "enterprises": 20_000,
    "agreements": 5_000,
    "opportunities": 5_000,
    "news": 100_000,
}
MODELS = {
    "parks": Park,
    "enterprises": Enterprise,
    "agreements": CooperationAgreement,
    "opportunities": InvestmentOpportunity,
    "news": NewsItem,
}
MAX_SCALE = 10  # 1,000,000 news items; beyond that a typo, not a benchmark
DEFAULT_SEED = 2021
CHUNK = 5_000  # records built and saved at a time, so memory stays flat
BATCH = 1_000  # rows per INSERT (SQLite lowers it to its parameter limit)
YEARS = range(2016, 2026)
YEAR_WEIGHTS = list(range(1, len(YEARS) + 1))  # more news in recent years


class DemoError(ValueError):
    pass


def parse_scale(value):
    """The scale as a float above 0 and at most ``MAX_SCALE``, from an option's value."""
    if isinstance(value, bool):
        raise DemoError(f"--scale must be a number, not {value!r}")
    try:
        scale = float(value)
    except (TypeError, ValueError):
        raise DemoError(f"--scale must be a number such as 1 or 0.01, not {value!r}") from None
    if not math.isfinite(scale) or scale <= 0:
        raise DemoError(f"--scale must be above 0 (1 or 0.01, say), not {value}")
    if scale > MAX_SCALE:
        largest = counts_for(MAX_SCALE)["news"]
        raise DemoError(
            f"--scale {value} is too large: at most {MAX_SCALE} ({largest:,} news items)"
        )
    return scale


def counts_for(scale):
    """How many records of each kind ``scale`` makes: at least one of each."""
    return {kind: max(1, round(count * scale)) for kind, count in AT_SCALE_ONE.items()}


def demo_rows(model):
    return model._base_manager.filter(seed_key__startswith=KEY_PREFIX)


def demo_counts():
    """The demo records in the database, per kind; all zero when there are none."""
    return {kind: demo_rows(model).count() for kind, model in MODELS.items()}


# ---------------------------------------------------------------- deleting


def delete_demo_data():
    """Delete every demo record, the citations and links that hang on them; return counts.

    Rows are deleted with one statement per table, following the foreign keys by hand:
    Django's ``delete()`` would load every row, and its post-delete signal would leave a
    tombstone for each seeded key. What others made is kept: an editor's record that points
    at a demo park loses that link as its foreign key says (``SET_NULL``), and an editor's
    citation of a demo record goes with the record, as it would in the admin.
    """
    deleted = Counter()
    for kind in reversed(AT_SCALE_ONE):  # news first: most citations go with them
        deleted[kind] = _delete(demo_rows(MODELS[kind]), deleted)
    tombstones = SeedTombstone.objects.filter(seed_key__startswith=KEY_PREFIX)
    deleted["tombstones"] = tombstones._raw_delete(tombstones.db)
    return deleted


def _delete(queryset, deleted):
    """Delete ``queryset``'s rows after what depends on them; count the dependants' rows."""
    model = queryset.model
    pks = queryset.values("pk")
    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete) or relation.many_to_many:
            continue
        related = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": pks})
        label = _label(relation.related_model)
        if relation.on_delete is models.CASCADE:
            deleted[label] += _delete(related, deleted)
        elif relation.on_delete is models.SET_NULL:
            related.update(**{relation.field.name: None})
        elif relation.on_delete is not models.DO_NOTHING and related.exists():
            raise DemoError(
                f"{label} refer to demo {model._meta.verbose_name_plural} and may not lose "
                "them; nothing was deleted"
            )
    return queryset._raw_delete(queryset.db)  # no signals: see delete_demo_data


def _label(model):
    if model._meta.auto_created:  # a many-to-many table
        return "links"
    return str(model._meta.verbose_name_plural)


# ---------------------------------------------------------------- text in both languages


class Slots:
    """The facts a record's sentences use, in English and Chinese, to fill template pairs.

    A fact nobody set is drawn by ``draw(slots, name)`` when a template first needs it, and
    kept: the two languages, and later sentences, say the same.
    """

    __slots__ = ("values", "draw", "en", "zh")

    def __init__(self, draw=None, **values):
        self.values, self.draw = {}, draw
        self.en, self.zh = _Side(self, 0), _Side(self, 1)
        self.set(**values)

    def set(self, **values):
        for name, value in values.items():
            pair = value if isinstance(value, tuple) else (value, value)
            self.values[name] = self.en[name], self.zh[name] = pair

    def get(self, name):
        if name not in self.values:
            if self.draw is None:
                raise KeyError(name)
            self.set(**self.draw(self, name))
        return self.values[name]

    def fill(self, template):
        return template[0].format_map(self.en), template[1].format_map(self.zh)


class _Side(dict):
    """One language's view of the slots, for ``str.format_map``."""

    __slots__ = ("slots", "index")

    def __init__(self, slots, index):
        super().__init__()
        self.slots, self.index = slots, index

    def __missing__(self, name):
        return self.slots.get(name)[self.index]


def thousands(number):
    return f"{number:,}", str(number)


def phase(rng):
    """Most projects have no phase; some are the second, third or fourth."""
    if rng.random() >= 0.3:
        return ""
    number = rng.randint(2, 4)
    return f" (phase {'I' * number if number < 4 else 'IV'})", f"（{'一二三四'[number - 1]}期）"


# Facts drawn from nothing but the random numbers.
FACTS = {
    "country": lambda rng: rng.choice(words.COUNTRIES),
    "visitor": lambda rng: rng.choice(words.OTHER_CITIES),
    "n": lambda rng: rng.randint(2, 12),
    "m": lambda rng: rng.randint(10, 300),
    "pct": lambda rng: rng.randint(3, 45),
    "staff": lambda rng: thousands(rng.randint(50, 3000)),
    "patents": lambda rng: rng.randint(5, 300),
    "area": lambda rng: f"{rng.randint(15, 600) / 10:g}",
    "year": lambda rng: rng.randint(2001, 2015),
    "year2": lambda rng: rng.randint(2018, 2025),
    "amount": lambda rng: money(Decimal(rng.randint(5, 2000) * 10_000_000)),
    "amount2": lambda rng: money(Decimal(rng.randint(1, 500) * 10_000_000)),
    "phase": phase,
}


def sentences(pairs):
    pairs = list(pairs)
    return " ".join(en for en, _zh in pairs), "".join(zh for _en, zh in pairs)


def joined(pairs, separator):
    pairs = list(pairs)
    return separator.join(en for en, _zh in pairs), separator.join(zh for _en, zh in pairs)


def listed(names):
    """'A, B and C' / 'A、B和C'."""
    en = [n[0] for n in names]
    zh = [n[1] for n in names]
    if len(names) == 1:
        return names[0]
    return f"{', '.join(en[:-1])} and {en[-1]}", f"{'、'.join(zh[:-1])}和{zh[-1]}"


def money(amount, currency="CNY"):
    return format_amount(amount, currency, "en"), format_amount(amount, currency, "zh-hans")


def dated(year, month, day):
    """A date as sentences give it: 'On 19 May 2021' / 'In May 2021' / 'In 2021', and lower."""
    en = format_partial_date(year, month, day, "en")
    zh = format_partial_date(year, month, day, "zh-hans")
    preposition = "on" if day else "in"
    return {
        "On_date": (f"{preposition.capitalize()} {en}", zh),
        "on_date": (f"{preposition} {en}", zh),
    }


def title_case(text):
    """'Refining and Chemical': capitals as names have them."""
    return " ".join(
        word if word in ("and", "of", "for") else word[:1].upper() + word[1:]
        for word in text.split(" ")
    )


def first_upper(text):
    return text[:1].upper() + text[1:]


def first_lower(text):
    return text[:1].lower() + text[1:]


def with_article(text):
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


def statuses(rng, original):
    """Translation statuses: the original language, and the other translated or reviewed."""
    other = TranslationStatus.REVIEWED if rng.random() < 0.4 else TranslationStatus.TRANSLATED
    zh_original = original == Language.ZH_HANS
    return {
        "translation_status_en": other if zh_original else TranslationStatus.ORIGINAL,
        "translation_status_zh_hans": TranslationStatus.ORIGINAL if zh_original else other,
    }


def bilingual(name, pair):
    """Model field values for a translated field: ``{name}_en`` and ``{name}_zh_hans``."""
    return {f"{name}_en": pair[0], f"{name}_zh_hans": pair[1]}


# ---------------------------------------------------------------- what is kept in memory


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


# ---------------------------------------------------------------- making


class Generator:
    """Makes the demo records of one scale, kind after kind, in chunks."""

    def __init__(self, scale, seed=DEFAULT_SEED, *, log=None):
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

    def run(self):
        self.load_sectors()
        self.make("parks", self.park)
        self.park_weights = cumulative(self.park_sizes)
        self.make("enterprises", self.enterprise)
        self.make("agreements", self.agreement)
        self.make("opportunities", self.opportunity)
        self.make_news()
        return self.made

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

    # Parks.

    def park(self, number):
        rng = self.rng
        city_key = rng.choices(self.cities, cum_weights=self.city_weights)[0]
        city = words.CITIES[city_key]
        district, place = rng.choice(city["districts"])
        kind = rng.choices(self.park_kinds, cum_weights=self.park_kind_weights)[0]
        kind_name, kind_noun, _weight = words.PARK_KINDS[kind]
        sectors = self.pick_sectors(1, 3)
        park_words = (
            [w for pk in sectors for w in self.sector_words[pk][0]],
            [w for pk in sectors for w in self.sector_words[pk][1]],
        )
        industry = rng.choice(self.sector_words[sectors[0]][0])
        for _attempt in range(20):
            brand = self.brand()
            if kind in ("development_zone", "high_tech_zone"):
                name = (
                    f"{place[0]} {brand[0]} {kind_name[0]}",
                    f"{place[1]}{brand[1]}{kind_name[1]}",
                )
            else:
                name = (
                    f"{place[0]} {brand[0]} {title_case(industry[0])} {kind_name[0]}",
                    f"{place[1]}{brand[1]}{industry[1]}{kind_name[1]}",
                )
            if self.park_names.free(name):
                break
        name = self.park_names.claim(name)
        slots = self.facts(
            park_words,
            city["name"],
            name=name,
            district=district,
            industry=industry,
            kind=kind_noun,
            A_kind=(first_upper(with_article(kind_noun[0])), kind_noun[1]),
        )
        latitude, longitude = (c + rng.uniform(-0.25, 0.25) for c in city["centre"])
        contact, email = self.person(), f"investment.{number}@example.com"
        original = Language.ZH_HANS if rng.random() < 0.7 else Language.EN
        obj = Park(
            **self.keys("parks", number),
            **bilingual("name", name),
            **bilingual("district", district),
            **bilingual("summary", slots.fill(rng.choice(words.PARK_SUMMARY))),
            **bilingual(
                "description",
                sentences(
                    slots.fill(t)
                    for t in [words.PARK_DESCRIPTION[0], *rng.sample(words.PARK_DESCRIPTION[1:], 3)]
                ),
            ),
            **bilingual(
                "highlights",
                joined((slots.fill(t) for t in rng.sample(words.PARK_HIGHLIGHTS, 3)), "\n"),
            ),
            **bilingual("contact_name", contact),
            **statuses(rng, original),
            kind=kind,
            status=rng.choices(list(Park.Status), weights=[16, 3, 1])[0],
            province=city["province"],
            city=city_key,
            contact_email=email,
            contact_phone=f"{city['area_code']}-{rng.randint(6_000_000, 8_999_999)}",
            latitude=Decimal(f"{latitude:.5f}"),
            longitude=Decimal(f"{longitude:.5f}"),
            is_published=rng.random() < 0.98,
        )
        # Parks differ in size: a few large ones gather many enterprises and much news.
        size = rng.lognormvariate(0, 0.8)

        def remember(pk):
            info = ParkInfo(pk, name, city_key, district, park_words, sectors, contact, email)
            self.parks.append(info)
            self.park_sizes.append(size)

        return obj, {"sectors": sectors}, remember

    # Enterprises and other organisations.

    def enterprise(self, number):
        rng = self.rng
        kind = rng.choices(self.enterprise_kinds, cum_weights=self.enterprise_kind_weights)[0]
        park_index = self.pick_park() if rng.random() < 0.92 else None
        if park_index is not None:
            park = self.parks[park_index]
            sectors = [rng.choice(park.sectors)]
            if rng.random() < 0.3:
                sectors += [pk for pk in self.pick_sectors(1, 1) if pk not in sectors]
            city_name, district, where = park.place["name"], park.district, park.name
        else:
            park = None
            sectors = self.pick_sectors(1, 2)
            city_name = district = where = rng.choice(words.OTHER_CITIES)
        word_lists = self.sector_words[sectors[0]]
        for _attempt in range(20):
            brand, industry = self.brand(), rng.choice(word_lists[0])
            form = rng.choice(words.COMPANY_FORMS)
            if form[0].split()[0].lower() in industry[0]:  # not "Engineering Engineering"
                form = words.COMPANY_FORMS[0]
            template = rng.choice(words.ENTERPRISE_KINDS[kind][1])
            if kind == "government" and park and rng.random() < 0.8:
                template = ("Administrative Committee of {park}", "{park}管理委员会")
            name = Slots(
                city=city_name,
                brand=brand,
                industry=industry[1],
                Industry=title_case(industry[0]),
                form=form,
                district=district,
                park=where,
            ).fill(template)
            if self.enterprise_names.free(name):
                break
        name = self.enterprise_names.claim(name)
        if kind == "company":
            short = f"{brand[0]} {title_case(industry[0])}", f"{brand[1]}{industry[1]}"
            lead = words.ENTERPRISE_LEAD[0 if park else 1]
            more = rng.sample(words.COMPANY_DESCRIPTION, rng.randint(2, 3))
            highlights = rng.sample(words.ENTERPRISE_HIGHLIGHTS, rng.randint(1, 3))
        else:
            short, lead = name, words.ORGANISATION_DESCRIPTION[kind]
            more = [words.ORGANISATION_MORE]
            highlights = [words.ORGANISATION_HIGHLIGHTS[kind]]
        slots = self.facts(
            word_lists,
            city_name,
            name=name,
            park=where,
            industry=industry,
        )
        original = Language.ZH_HANS if rng.random() < 0.75 else Language.EN
        obj = Enterprise(
            **self.keys("enterprises", number),
            **bilingual("name", name),
            **bilingual("description", sentences(slots.fill(t) for t in [lead, *more])),
            **bilingual("highlights", joined((slots.fill(t) for t in highlights), "\n")),
            **statuses(rng, original),
            kind=kind,
            park_id=park.pk if park else None,
            province=park.place["province"] if park else "",
            city=park.city if park else "",
            is_published=rng.random() < 0.97,
        )

        def remember(pk):
            if kind in ("university", "research_institute"):
                self.schools.append(len(self.records["enterprise"]))
            info = RecordInfo(pk, name, park_index, word_lists, short, kind)
            self.remember("enterprise", info)

        return obj, {"sectors": sectors}, remember

    def remember(self, kind, info):
        if info.park is not None:
            self.by_park[kind][info.park].append(len(self.records[kind]))
        self.records[kind].append(info)

    # Cooperation agreements.

    def parties(self, park_index, count, school=False):
        """``count`` distinct enterprises, most from the park, a school first if asked."""
        rng = self.rng
        everyone = self.records["enterprise"]
        local = self.by_park["enterprise"].get(park_index, [])
        count = min(count, len(everyone))
        chosen = [rng.choice(self.schools)] if school and self.schools else []
        while len(chosen) < count:
            pool = local if local and rng.random() < 0.6 else range(len(everyone))
            index = rng.choice(pool)
            if index not in chosen:
                chosen.append(index)
        return [everyone[i] for i in chosen]

    def agreement(self, number):
        rng = self.rng
        Kind, Status = CooperationAgreement.Kind, CooperationAgreement.Status
        kind = rng.choices(list(Kind), weights=[3, 4, 1, 2])[0]
        park_index = self.pick_park() if rng.random() < 0.92 else None
        park = self.parks[park_index] if park_index is not None else None
        parties = self.parties(park_index, rng.randint(2, 3), kind == Kind.SCHOOL_ENTERPRISE)
        year, month, day = self.partial_date(day_share=0.7, month_share=0.2)
        city_name = park.place["name"] if park else rng.choice(words.OTHER_CITIES)
        where = park.name if park else city_name
        slots = self.facts(
            park.terms if park else parties[0].terms,
            city_name,
            a=parties[0].short,
            b=parties[-1].short,
            parties=listed([p.name for p in parties]),
            park=where,
            place=where,
            district=park.district if park else city_name,
            **dated(year, month, day),
        )
        title = slots.fill(words.AGREEMENT_TITLES[kind])
        amount, currency, basis = None, "", ""
        if rng.random() < (0.5 if kind in (Kind.SCHOOL_ENTERPRISE, Kind.INTENT) else 0.85):
            currency = "USD" if rng.random() < 0.15 else "CNY"
            if currency == "USD":
                amount = self.amount(1, 500, unit=1_000_000)
            else:
                amount = self.amount(2, 3000)
            basis = {
                Kind.INTENT: "intended",
                Kind.STRATEGIC_FRAMEWORK: rng.choice(["intended", "planned"]),
                Kind.INVESTMENT_PROJECT: rng.choice(["planned", "contracted"]),
                Kind.SCHOOL_ENTERPRISE: "contracted",
            }[kind]
            slots.set(amount=money(amount, currency), basis=words.AMOUNT_BASIS_WORDS[basis])
        summary = [words.AGREEMENT_SIGNED, *([words.AGREEMENT_AMOUNT] if amount else [])]
        summary += rng.sample(words.AGREEMENT_MORE, rng.randint(1, 2))
        other_parties = ("", "")
        if rng.random() < 0.3:
            others = rng.sample(words.OTHER_PARTIES, rng.randint(1, 2))
            other_parties = joined((slots.fill(t) for t in others), "\n")
        if kind == Kind.INTENT:
            status = Status.INTENT
        else:
            status = rng.choices(
                [Status.SIGNED, Status.IN_PROGRESS, Status.COMPLETED],
                weights=[5, 4, 1] if year >= 2023 else [1, 4, 5],
            )[0]
        original = Language.ZH_HANS if rng.random() < 0.7 else Language.EN
        obj = CooperationAgreement(
            **self.keys("agreements", number),
            **bilingual("title", title),
            **bilingual("summary", sentences(slots.fill(t) for t in summary)),
            **bilingual(
                "highlights",
                joined((slots.fill(t) for t in rng.sample(words.AGREEMENT_HIGHLIGHTS, 2)), "\n"),
            ),
            **bilingual("other_parties", other_parties),
            **statuses(rng, original),
            kind=kind,
            status=status,
            year=year,
            month=month,
            day=day,
            amount=amount,
            currency=currency,
            amount_basis=basis,
            park_id=park.pk if park else None,
            is_published=rng.random() < 0.97,
        )
        sectors = park.sectors[: rng.randint(1, 2)] if park else self.pick_sectors(1, 2)
        links = {"parties": [p.pk for p in parties], "sectors": sectors}
        named = (first_lower(title[0]), title[1])
        word_lists = park.terms if park else parties[0].terms

        def remember(pk):
            self.remember("agreement", RecordInfo(pk, named, park_index, word_lists))

        return obj, links, remember

    # Investment opportunities.

    def opportunity(self, number):
        rng = self.rng
        Kind, Status = InvestmentOpportunity.Kind, InvestmentOpportunity.Status
        park_index = self.pick_park()
        park = self.parks[park_index]
        kind = rng.choices(list(Kind), weights=[4, 5, 2, 1, 1])[0]
        slots = self.facts(park.terms, park.place["name"], park=park.name)
        title = slots.fill(words.OPPORTUNITY_TITLES[kind])
        low = high = None
        currency = ""
        if rng.random() < 0.75:
            currency = "USD" if rng.random() < 0.15 else "CNY"
            low = self.amount(1, 50, unit=1_000_000 if currency == "USD" else 10_000_000)
            high = low * rng.choice([2, 3, 5, 10]) if rng.random() < 0.9 else None
        original = Language.ZH_HANS if rng.random() < 0.7 else Language.EN
        obj = InvestmentOpportunity(
            **self.keys("opportunities", number),
            **bilingual("title", title),
            **bilingual("summary", slots.fill(words.OPPORTUNITY_SUMMARY)),
            **bilingual(
                "description",
                sentences(slots.fill(t) for t in rng.sample(words.OPPORTUNITY_DESCRIPTION, 2)),
            ),
            **bilingual(
                "incentives",
                sentences(slots.fill(t) for t in rng.sample(words.INCENTIVES, rng.randint(1, 3))),
            ),
            **bilingual("source_statement", slots.fill(words.SOURCE_STATEMENT)),
            **bilingual("contact_name", park.contact),
            **statuses(rng, original),
            kind=kind,
            status=rng.choices(list(Status), weights=[12, 5, 3])[0],
            park_id=park.pk,
            province=park.place["province"],
            city=park.city,
            investment_min=low,
            investment_max=high,
            currency=currency,
            contact_email=park.email,
            is_published=rng.random() < 0.97,
        )
        sectors = park.sectors[: rng.randint(1, 2)]
        named = (first_lower(title[0]), title[1])

        def remember(pk):
            self.remember("opportunity", RecordInfo(pk, named, park_index, park.terms))

        return obj, {"sectors": sectors}, remember

    # News items and their citations.

    def make_news(self):
        count, started = self.counts["news"], time.perf_counter()
        for start in range(1, count + 1, CHUNK):
            built = [self.news_item(n) for n in range(start, min(start + CHUNK, count + 1))]
            self.save(NewsItem, [item for item, _cited in built], "news")
            citations = [
                Citation(news_item_id=item.pk, quote=quote, position=position, **{f"{f}_id": pk})
                for item, cited in built
                for position, (f, pk, quote) in enumerate(cited, start=1)
            ]
            Citation.objects.bulk_create(citations, batch_size=BATCH)
            self.made["citations"] += len(citations)
            reset_queries()
        elapsed = time.perf_counter() - started
        self.log(f"  news: {count:,}, citing {self.made['citations']:,} times ({elapsed:.1f} s)")

    def cited_records(self, park_index):
        """What a news item cites: its park, and 1-3 more records, most of them in that park."""
        rng = self.rng
        cited = [("park", self.parks[park_index])]
        wanted = rng.randint(2, 4)
        for _attempt in range(20):  # a record drawn twice is drawn again
            if len(cited) >= wanted:
                break
            kind = rng.choices(["enterprise", "agreement", "opportunity", "park"], [12, 4, 4, 1])[0]
            if kind == "park":
                record = self.parks[self.pick_park()]
            else:
                local = self.by_park[kind].get(park_index)
                pool = local if local and rng.random() < 0.85 else range(len(self.records[kind]))
                record = self.records[kind][rng.choice(pool)]
            if all(record is not other for _kind, other in cited):
                cited.append((kind, record))
        return cited

    def news_item(self, number):
        rng = self.rng
        park_index = self.pick_park()
        park = self.parks[park_index]
        cited = self.cited_records(park_index)
        year, month, day = self.partial_date(day_share=0.95, month_share=0.05)
        slots = self.facts(
            park.terms, park.place["name"], park=park.name, **dated(year, month, day)
        )
        story, about = rng.choice(cited)  # what the title is about; a park story: its own park
        if story != "park":
            slots.set(**{story: about.name})
        title = slots.fill(rng.choice(words.NEWS_TITLES[story]))
        said = [slots.fill(rng.choice(words.NEWS_LEADS))]  # names the item's park
        used = set()
        for kind, record in cited[1:]:
            at = park if kind == "park" or record.park is None else self.parks[record.park]
            slots.set(record=record.name, park=at.name)
            if kind == "enterprise" and record.kind != "company":
                kind = "organisation"
            templates = [t for t in words.NEWS_MENTIONS[kind] if t not in used]
            used.add(template := rng.choice(templates or words.NEWS_MENTIONS[kind]))
            said.append(slots.fill(template))
        paragraphs = [sentences(said)]
        for size in [rng.randint(2, 3)] + ([rng.randint(1, 2)] if rng.random() < 0.5 else []):
            fillers = rng.sample(words.NEWS_FILLERS, size)
            paragraphs.append(sentences(slots.fill(t) for t in fillers))
        original = Language.ZH_HANS if rng.random() < 0.65 else Language.EN
        side = 1 if original == Language.ZH_HANS else 0
        item = NewsItem(
            **self.keys("news", number),
            **bilingual("title", (first_upper(title[0]), title[1])),
            **bilingual("body", joined(paragraphs, "\n\n")),
            **statuses(rng, original),
            original_language=original,
            year=year,
            month=month,
            day=day,
            is_published=rng.random() < 0.97,
        )
        # A quarter of the citations quote the sentence that names the record.
        citations = [
            (kind, record.pk, sentence[side] if rng.random() < 0.25 else "")
            for (kind, record), sentence in zip(cited, said, strict=True)
        ]
        return item, citations


def import_seed_sectors():
    """Import the sectors of the seed catalogue, as ``import_seeds`` would: seed rows."""
    from .importing import SeedImporter
    from .kinds import KINDS_BY_KEY
    from .loading import SeedError, load_seeds

    try:
        seeds = load_seeds()
    except SeedError as error:
        raise DemoError(f"{error}; import the seeds first") from error
    SeedImporter(seeds).import_kind(KINDS_BY_KEY["sectors"])
    return list(Sector.objects.filter(seed_key__startswith="sectors:").order_by("seed_key"))
