import pytest

from tests.factories import (
    cite,
    make_agreement,
    make_enterprise,
    make_news,
    make_opportunity,
    make_park,
    make_sector,
    make_stage,
)
from tests.policies.factories import make_policy

# Every hidden record's slug and names carry this word; no public answer may contain it.
HIDDEN = "hidden"


@pytest.fixture
def world(db):
    """Published records of every kind, and beside them hidden ones: an unpublished record
    of each kind, and published records whose relations are unpublished."""
    sector = make_sector()
    hidden_sector = make_sector(
        slug="hidden-sector",
        name_en="Hidden sector",
        name_zh_hans="隐藏hidden行业",
        is_published=False,
    )
    park = make_park(slug="park-a", city="dongying")
    park.sectors.add(sector, hidden_sector)  # an unpublished sector on a published park
    hidden_park = make_park(
        slug="hidden-park",
        name_en="Hidden park",
        name_zh_hans="隐藏hidden园区",
        city="jingzhou",
        is_published=False,
    )
    firm = make_enterprise(slug="firm-a", park=park)
    firm.sectors.add(sector)
    orphan = make_enterprise(slug="firm-b", park=hidden_park)  # published, in a hidden park
    orphan.sectors.add(hidden_sector)
    hidden_firm = make_enterprise(slug="hidden-firm", name_en="Hidden firm", is_published=False)
    deal = make_agreement(slug="deal-a", park=park, year=2021)
    deal.parties.add(firm, hidden_firm)  # a hidden party
    deal.sectors.add(sector, hidden_sector)
    make_agreement(slug="deal-b", park=hidden_park, year=2020)
    make_agreement(slug="hidden-deal", title_en="Hidden deal", is_published=False)
    chance = make_opportunity(slug="chance-a", park=park)
    chance.sectors.add(sector)
    make_opportunity(slug="chance-b", park=hidden_park)
    make_opportunity(slug="hidden-chance", title_en="Hidden chance", is_published=False)
    policy = make_policy(slug="policy-a", parks=[park, hidden_park], sectors=[sector])
    policy.sectors.add(hidden_sector)
    policy.opportunities.add(chance)
    make_policy(slug="hidden-policy", title_en="Hidden policy", is_published=False)
    news = make_news(slug="news-a", year=2021)
    cite(news, park, firm, deal, chance, policy)
    cite(news, hidden_park, hidden_firm)  # published news citing hidden records
    hidden_news = make_news(slug="hidden-news", title_en="Hidden news", is_published=False)
    cite(hidden_news, park)  # an unpublished news item citing a park
    return {"park": park, "sector": sector, "firm": firm, "deal": deal, "news": news}


def populate(n):
    """n records of each kind, linked as the seeds link them (as the list pages' tests do)."""
    sector = make_sector()
    for i in range(n):
        park = make_park(slug=f"park-{i:02d}", city="dongying" if i % 2 else "jingzhou")
        park.sectors.add(sector)
        enterprise = make_enterprise(slug=f"enterprise-{i:02d}", park=park)
        enterprise.sectors.add(sector)
        agreement = make_agreement(slug=f"agreement-{i:02d}", park=park, year=2020 + i % 2)
        agreement.parties.add(enterprise)
        agreement.sectors.add(sector)
        opportunity = make_opportunity(slug=f"opportunity-{i:02d}", park=park)
        opportunity.sectors.add(sector)
        news = make_news(slug=f"news-{i:02d}", year=2021, month=1 + i % 12)
        cite(news, park, enterprise, agreement)
        cite(news, opportunity, quote=f"Opportunity {i} is open.")
        make_stage(agreement, "signed", note="Park committee")
        started = make_stage(agreement, "started")
        cite(news, started, quote=f"Agreement {i}: construction started.")
