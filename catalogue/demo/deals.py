"""Making cooperation agreements, between enterprises, and investment opportunities."""

from news.models import Language
from parks.models import AgreementStage, CooperationAgreement, InvestmentOpportunity
from parks.stages import current_stage

from . import templates, words
from .making import Maker, RecordInfo
from .text import bilingual, dated, first_lower, joined, listed, money, sentences, statuses


class MakesDeals(Maker):
    """Cooperation agreements and investment opportunities, most of them in a park."""

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
        Kind, Stage = CooperationAgreement.Kind, CooperationAgreement.Stage
        kinds = [
            Kind.STRATEGIC_FRAMEWORK,
            Kind.INVESTMENT_PROJECT,
            Kind.SCHOOL_ENTERPRISE,
            Kind.INTENT,
        ]
        kind = rng.choices(kinds, weights=[3, 4, 1, 2])[0]
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
        title = slots.fill(templates.AGREEMENT_TITLES[kind])
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
            slots.set(amount=money(amount, currency), basis=templates.AMOUNT_BASIS_WORDS[basis])
        summary = [templates.AGREEMENT_SIGNED, *([templates.AGREEMENT_AMOUNT] if amount else [])]
        summary += rng.sample(templates.AGREEMENT_MORE, rng.randint(1, 2))
        other_parties = ("", "")
        if rng.random() < 0.3:
            others = rng.sample(templates.OTHER_PARTIES, rng.randint(1, 2))
            other_parties = joined((slots.fill(t) for t in others), "\n")
        if kind == Kind.INTENT:
            reached = [Stage.INTENT]
        else:
            last = rng.choices(
                [Stage.SIGNED, Stage.STARTED, Stage.IN_PRODUCTION, Stage.STOPPED],
                weights=[5, 4, 1, 1] if year >= 2023 else [1, 4, 5, 1],
            )[0]
            reached = {
                Stage.SIGNED: [Stage.SIGNED],
                Stage.STARTED: [Stage.SIGNED, Stage.STARTED],
                Stage.IN_PRODUCTION: [Stage.SIGNED, Stage.STARTED, Stage.IN_PRODUCTION],
                Stage.STOPPED: [Stage.SIGNED, Stage.STOPPED],
            }[last]
        original = Language.ZH_HANS if rng.random() < 0.7 else Language.EN
        obj = CooperationAgreement(
            **self.keys("agreements", number),
            **bilingual("title", title),
            **bilingual("summary", sentences(slots.fill(t) for t in summary)),
            **bilingual(
                "highlights",
                joined(
                    (slots.fill(t) for t in rng.sample(templates.AGREEMENT_HIGHLIGHTS, 2)), "\n"
                ),
            ),
            **bilingual("other_parties", other_parties),
            **statuses(rng, original),
            kind=kind,
            stage=current_stage(reached),
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
            self.stages += demo_stages(obj, reached)

        return obj, links, remember

    def save_stages(self):
        """The stages of the agreements made so far, each marked as demo data."""
        AgreementStage.objects.bulk_create(self.stages, batch_size=1000)
        self.made["stages"] += len(self.stages)
        self.stages = []

    # Investment opportunities.

    def opportunity(self, number):
        rng = self.rng
        Kind, Status = InvestmentOpportunity.Kind, InvestmentOpportunity.Status
        park_index = self.pick_park()
        park = self.parks[park_index]
        kind = rng.choices(list(Kind), weights=[4, 5, 2, 1, 1])[0]
        slots = self.facts(park.terms, park.place["name"], park=park.name)
        title = slots.fill(templates.OPPORTUNITY_TITLES[kind])
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
            **bilingual("summary", slots.fill(templates.OPPORTUNITY_SUMMARY)),
            **bilingual(
                "description",
                sentences(slots.fill(t) for t in rng.sample(templates.OPPORTUNITY_DESCRIPTION, 2)),
            ),
            **bilingual(
                "incentives",
                sentences(
                    slots.fill(t) for t in rng.sample(templates.INCENTIVES, rng.randint(1, 3))
                ),
            ),
            **bilingual("source_statement", slots.fill(templates.SOURCE_STATEMENT)),
            **bilingual("contact_name", park.contact),
            **statuses(rng, original),
            kind=kind,
            status=rng.choices(list(Status), weights=[12, 5, 3])[0],
            park_id=park.pk,
            province_id=park.place["province"],
            city_id=park.city,
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


DEMO_NOTE = ("Demo data, made up by the demo generator", "演示数据，由演示数据生成器编造")


def demo_stages(agreement, reached):
    """The stages ``reached`` by a demo agreement: the first on its date, each later one a
    year after, with the demo note as their source."""
    stages = []
    for step, stage in enumerate(reached):
        year = agreement.year + step if agreement.year else None
        first = step == 0
        stages.append(
            AgreementStage(
                seed_key=f"{agreement.seed_key}:{stage}",
                agreement_id=agreement.pk,
                stage=stage,
                year=year if year and year <= 2100 else None,
                month=agreement.month if first and year else None,
                day=agreement.day if first and year else None,
                source_note=DEMO_NOTE[0],
                source_note_en=DEMO_NOTE[0],
                source_note_zh_hans=DEMO_NOTE[1],
            )
        )
    return stages
