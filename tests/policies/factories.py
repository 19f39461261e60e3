"""A valid, published, bilingual policy, overridable."""

from policies.models import Policy


def make_policy(slug="talent-measures", parks=(), opportunities=(), sectors=(), **fields):
    defaults = {
        "title_en": "Measures for attracting talent",
        "title_zh_hans": "人才引进若干措施",
        "summary_en": "Fourteen talent policies with 41 points of support.",
        "summary_zh_hans": "14条人才政策，共41个政策支持点。",
        "authority_en": "Lijin County",
        "authority_zh_hans": "利津县",
        "scope": Policy.Scope.COUNTY,
        "is_published": True,
    }
    policy = Policy.objects.create(slug=slug, **{**defaults, **fields})
    policy.parks.add(*parks)
    policy.opportunities.add(*opportunities)
    policy.sectors.add(*sectors)
    return policy
