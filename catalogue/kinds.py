"""The kinds of record in the seed catalogue, and how each entry becomes model fields.

One table drives both the checks (``loading.CatalogueChecker``) and the import
(``importing.SeedImporter``): adding a kind or a field is one entry here.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from parks.models import (
    AmountBasis,
    CooperationAgreement,
    Enterprise,
    InvestmentOpportunity,
    Park,
    Sector,
)
from places.models import City, Province
from policies.models import PARTS, Policy


class PlaceSlugs:
    """The slugs of the places in the database (the admin's Places), read when checked."""

    def __init__(self, model):
        self.model = model

    def __iter__(self):
        return iter(self.model.objects.values_list("slug", flat=True))

    def __contains__(self, value):
        return self.model.objects.filter(slug=value).exists()


# Choices that name a place: the importer writes the place with that slug.
PLACE_MODELS = {"province": Province, "city": City}
PROVINCES, CITIES = PlaceSlugs(Province), PlaceSlugs(City)


@dataclass(frozen=True)
class Ref:
    kind: str  # the catalogue section it names, e.g. "parks"
    many: bool = False


@dataclass(frozen=True)
class CatalogueKind:
    key: str  # the section name: [[parks]]
    model: type
    required: tuple  # translated texts that must be given in both languages
    texts: tuple = ()  # further translated texts, may be empty
    lists: tuple = ()  # translated texts given as lists, stored one entry per line
    choices: dict = field(default_factory=dict)  # field -> (allowed values, required)
    plain: tuple = ()  # untranslated values copied as given
    refs: dict = field(default_factory=dict)  # model field -> Ref
    aliases: bool = False  # aliases_en / aliases_zh_hans, stored together one per line
    evidence: bool = True  # needs quotations from the seeds
    # The district is named as text (district_en / district_zh_hans), in the entry's city.
    place_texts: bool = False


PLACE = {"province": (PROVINCES, False), "city": (CITIES, False)}

KINDS = (
    CatalogueKind(
        key="sectors",
        model=Sector,
        required=("name",),
        texts=("description",),
        evidence=False,
    ),
    CatalogueKind(
        key="parks",
        model=Park,
        required=("name", "summary"),
        texts=("district",),
        lists=("highlights",),
        choices={
            "kind": (Park.Kind.values, True),
            "status": (Park.Status.values, True),
            "province": (PROVINCES, True),
            "city": (CITIES, False),
        },
        refs={"sectors": Ref("sectors", many=True)},
        aliases=True,
        place_texts=True,
    ),
    CatalogueKind(
        key="enterprises",
        model=Enterprise,
        required=("name", "description"),
        lists=("highlights",),
        choices={"kind": (Enterprise.Kind.values, True), **PLACE},
        refs={"park": Ref("parks"), "sectors": Ref("sectors", many=True)},
        aliases=True,
    ),
    CatalogueKind(
        key="agreements",
        model=CooperationAgreement,
        required=("title", "summary"),
        lists=("highlights", "other_parties"),
        choices={
            "record_type": (CooperationAgreement.RecordType.values, True),
            "kind": (CooperationAgreement.Kind.values, False),  # required of agreements only
            **PLACE,
        },
        plain=("year", "month", "day"),
        refs={
            "park": Ref("parks"),
            "parties": Ref("enterprises", many=True),
            "sectors": Ref("sectors", many=True),
        },
    ),
    CatalogueKind(
        key="opportunities",
        model=InvestmentOpportunity,
        required=("title", "summary", "source_statement"),
        texts=("incentives",),
        choices={
            "kind": (InvestmentOpportunity.Kind.values, True),
            "status": (InvestmentOpportunity.Status.values, True),
            **PLACE,
        },
        refs={"park": Ref("parks"), "sectors": Ref("sectors", many=True)},
    ),
)

KINDS += (
    CatalogueKind(
        key="policies",
        model=Policy,
        required=("title", "summary", "authority"),
        texts=("text",),
        choices={"scope": (Policy.Scope.values, True)},
        plain=tuple(f"valid_{bound}_{part}" for bound in ("from", "until") for part in PARTS),
        refs={
            "parks": Ref("parks", many=True),
            "opportunities": Ref("opportunities", many=True),
            "sectors": Ref("sectors", many=True),
        },
    ),
)

KINDS_BY_KEY = {kind.key: kind for kind in KINDS}

# Words with which a source calls something an agreement, a signing or a contract: an entry
# of the agreement register quotes at least one of them.
AGREEMENT_WORDS = (
    "协议", "签约", "签订", "签署", "合同",
    "agreement", "signing", "signed", "contract",
)  # fmt: skip
# Words with which a source names what kind of thing a park or an enterprise is, under the
# kind (or kinds) each allows. A name the evidence quotes is of the kind of the word that ends
# last in it (the longest there): "东营高新技术产业开发区" is a high-tech zone,
# "胜利油田分公司勘探开发研究院" an institute, "胜利石油管理局有限公司" a company.
PARK_KIND_WORDS = {
    "development_zone": ("开发区", "development zone"),
    "high_tech_zone": (
        "高新区",
        "农高区",
        "高新技术产业开发区",
        "high-tech zone",
        "high tech zone",
    ),
    "industrial_base": ("基地", "industrial base", "base"),
    "industrial_park": ("产业园", "industrial park"),
    "science_park": ("科技园", "science park"),
    "technology_city": ("科技城", "technology city"),
    "tourism_zone": (
        "旅游区",
        "湿地公园",
        "tourist area",
        "tourism zone",
        "scenic area",
        "wetland park",
    ),
}
ENTERPRISE_KIND_WORDS = {
    "company": ("公司", "集团", "co., ltd.", "group"),
    "university": ("大学", "学院", "university", "college"),
    "research_institute": ("研究院", "研究所", "institute"),
    "government": ("政府", "管委会", "管理委员会", "government", "administrative committee"),
    # A committee may be a government's or a party's, association or otherwise.
    ("government", "association"): ("委员会", "committee"),
}
KIND_WORDS = {"parks": PARK_KIND_WORDS, "enterprises": ENTERPRISE_KIND_WORDS}
CURRENCIES = ("CNY", "USD")
STAGES = CooperationAgreement.Stage.values
AMOUNT_BASES = AmountBasis.values


def amount_values(entry):
    """An agreement's amount, currency and basis; all empty when no amount is given."""
    amount = entry.get("amount")
    if amount is None:
        return {"amount": None, "currency": "", "amount_basis": ""}
    return {
        "amount": Decimal(str(amount)),
        "currency": entry.get("currency", ""),
        "amount_basis": entry.get("amount_basis", ""),
    }


# Values an entry gives beyond the table's columns, per kind.
EXTRA_VALUES = {"agreements": amount_values}
