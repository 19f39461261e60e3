"""Chains for tests: published, bilingual, with links in order."""

from chains.models import Chain, ChainLink, EnterprisePlacement, OpportunityPlacement, ParkPlacement

LINKS = [
    ("materials", "Materials and castings", "材料与铸锻件"),
    ("parts", "Parts and components", "零部件"),
    ("equipment", "Complete equipment", "整机装备"),
    ("services", "Digital and technical services", "数字化与技术服务"),
]


def make_chain(slug="petroleum-equipment", links=LINKS, **fields):
    defaults = {
        "name_en": "Petroleum equipment",
        "name_zh_hans": "石油装备",
        "summary_en": "From castings to oilfield services.",
        "summary_zh_hans": "从铸锻件到油田服务。",
        "is_published": True,
    }
    chain = Chain.objects.create(slug=slug, **{**defaults, **fields})
    for position, (link_slug, en, zh) in enumerate(links):
        ChainLink.objects.create(
            chain=chain, position=position, slug=link_slug, name_en=en, name_zh_hans=zh
        )
    return chain


def link_of(chain, slug):
    return chain.links.get(slug=slug)


def place(link, record, **fields):
    """Place a park, enterprise or opportunity on a link."""
    model = {
        "park": ParkPlacement,
        "enterprise": EnterprisePlacement,
        "investmentopportunity": OpportunityPlacement,
    }[record._meta.model_name]
    field = "opportunity" if model is OpportunityPlacement else record._meta.model_name
    return model.objects.create(link=link, **{field: record}, **fields)
