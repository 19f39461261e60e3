"""What demo data is: its kinds, how many of each a scale makes, and how its rows are known.

Every row the generator makes has a seed key starting with ``demo:`` and a slug starting
with ``demo-``: the seed import's keys (``parks:...``, ``news:...``) never meet them.
"""

import math

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park

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
