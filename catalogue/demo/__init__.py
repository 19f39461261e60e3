"""Synthetic demo data at scale, for the performance work and the benchmark.

``generate_demo_data`` makes bilingual parks, enterprises, agreements, opportunities and news
items citing them, in realistic proportions (at scale 1: 1,000 parks, 20,000 enterprises,
5,000 agreements, 5,000 opportunities, 100,000 news items). Every row it makes has a seed key
starting with ``demo:`` and a slug starting with ``demo-``: the seed import's keys
(``parks:...``, ``news:...``) never meet them, and ``delete_demo_data`` removes exactly these
rows and what hangs on them. Output is the same for the same scale and seed.
"""

from .deleting import delete_demo_data
from .generator import Generator
from .making import import_seed_sectors
from .scale import (
    AT_SCALE_ONE,
    DEFAULT_SEED,
    KEY_PREFIX,
    MAX_SCALE,
    SLUG_PREFIX,
    DemoError,
    counts_for,
    demo_counts,
    parse_scale,
)

__all__ = [
    "AT_SCALE_ONE",
    "DEFAULT_SEED",
    "KEY_PREFIX",
    "MAX_SCALE",
    "SLUG_PREFIX",
    "DemoError",
    "Generator",
    "counts_for",
    "delete_demo_data",
    "demo_counts",
    "import_seed_sectors",
    "parse_scale",
]
