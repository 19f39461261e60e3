"""Making parks, and the enterprises and other organisations in them."""

from decimal import Decimal

from django.utils.text import slugify

from news.models import Language
from parks.models import Enterprise, Park
from places.models import District

from . import templates, words
from .making import Maker, ParkInfo, RecordInfo
from .scale import SLUG_PREFIX
from .text import (
    Slots,
    bilingual,
    first_upper,
    joined,
    sentences,
    statuses,
    title_case,
    with_article,
)


class MakesParks(Maker):
    """Parks, then enterprises: most in a park, the larger parks drawing more of them."""

    def make_districts(self):
        """The districts and counties the demo parks are in, as demo records (their slugs
        start with ``demo-``); those an earlier run left (an editor's park points at one)
        are used again."""
        wanted = {}
        for city_key, city in words.CITIES.items():
            for position, ((en, zh), _short) in enumerate(city["districts"], start=1):
                slug = f"{SLUG_PREFIX}{city_key}-{slugify(en)}"
                wanted[slug] = District(
                    slug=slug, city_id=city_key, name=en, name_en=en, name_zh_hans=zh,
                    position=position,
                )  # fmt: skip
        existing = set(District.objects.filter(slug__in=wanted).values_list("slug", flat=True))
        District.objects.bulk_create([d for slug, d in wanted.items() if slug not in existing])
        self.made["districts"] += len(wanted) - len(existing)
        self.district_slugs = {(d.city_id, d.name_en): slug for slug, d in wanted.items()}

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
            **bilingual("summary", slots.fill(rng.choice(templates.PARK_SUMMARY))),
            **bilingual(
                "description",
                sentences(
                    slots.fill(t)
                    for t in [
                        templates.PARK_DESCRIPTION[0],
                        *rng.sample(templates.PARK_DESCRIPTION[1:], 3),
                    ]
                ),
            ),
            **bilingual(
                "highlights",
                joined((slots.fill(t) for t in rng.sample(templates.PARK_HIGHLIGHTS, 3)), "\n"),
            ),
            **bilingual("contact_name", contact),
            **statuses(rng, original),
            kind=kind,
            status=rng.choices(list(Park.Status), weights=[16, 3, 1])[0],
            province_id=city["province"],
            city_id=city_key,
            district_id=self.district_slugs[(city_key, district[0])],
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
            lead = templates.ENTERPRISE_LEAD[0 if park else 1]
            more = rng.sample(templates.COMPANY_DESCRIPTION, rng.randint(2, 3))
            highlights = rng.sample(templates.ENTERPRISE_HIGHLIGHTS, rng.randint(1, 3))
        else:
            short, lead = name, templates.ORGANISATION_DESCRIPTION[kind]
            more = [templates.ORGANISATION_MORE]
            highlights = [templates.ORGANISATION_HIGHLIGHTS[kind]]
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
            province_id=park.place["province"] if park else None,
            city_id=park.city if park else None,
            is_published=rng.random() < 0.97,
        )

        def remember(pk):
            if kind in ("university", "research_institute"):
                self.schools.append(len(self.records["enterprise"]))
            info = RecordInfo(pk, name, park_index, word_lists, short, kind)
            self.remember("enterprise", info)

        return obj, {"sectors": sectors}, remember
