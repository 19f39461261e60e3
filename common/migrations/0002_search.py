from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from common.searching import PostgresSQL

# Pairs of adjacent Chinese characters, each once: double every character inside a run of
# them, then cut the run into pairs ("石油装备" -> "石油油装装备" -> 石油, 油装, 装备).
# Its cost (a millisecond for a long record) tells the planner to read its index rather than
# call it for every row.
CJK_BIGRAMS = r"""
CREATE OR REPLACE FUNCTION search_cjk_bigrams(text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT coalesce(array_agg(DISTINCT pair[1]), '{}')
  FROM regexp_matches(
    regexp_replace($1, '(?<=[\u3400-\u9fff])([\u3400-\u9fff])(?=[\u3400-\u9fff])', '\1\1', 'g'),
    '[\u3400-\u9fff]{2}', 'g'
  ) AS pair
$$
"""


class Migration(migrations.Migration):
    """What the content apps' search indexes need on PostgreSQL (pg_trgm and the function
    that lists a text's pairs of Chinese characters); nothing on other databases."""

    dependencies = [
        ("common", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        PostgresSQL(CJK_BIGRAMS, "DROP FUNCTION IF EXISTS search_cjk_bigrams(text)"),
    ]
