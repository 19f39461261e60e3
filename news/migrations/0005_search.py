from django.db import migrations
from django.db.models import F, Index, Q

from common.dates import newest_first
from common.searching import AddEnglishSearch, AddIndexOn, search_indexes

# The columns that pages.search searches for news items (common.searching.searched_columns).
COLUMNS = ["title_en", "title_zh_hans", "body_en", "body_zh_hans"]
ENGLISH = ["title_en", "body_en"]

# Published items in the order of the list, for a page of a list or of search results to read
# in order rather than sort every match. SQLite sorts NULLs last in a descending index anyway,
# and refuses the words NULLS LAST there.
NEWEST = dict(condition=Q(is_published=True), name="news_item_published_newest")
DESCENDING = [F("year").desc(), F("month").desc(), F("day").desc()]


class Migration(migrations.Migration):

    dependencies = [
        ("common", "0002_search"),
        ("news", "0004_listing_indexes"),
    ]

    operations = [
        AddIndexOn(
            "postgresql",
            "newsitem",
            Index(*newest_first(), F("position").desc(), F("slug"), **NEWEST),
        ),
        AddIndexOn(
            "sqlite", "newsitem", Index(*DESCENDING, F("position").desc(), F("slug"), **NEWEST)
        ),
        # First the column its trigger fills in every row, while few indexes must follow.
        AddEnglishSearch("news_newsitem", ENGLISH, "search_news_english"),
        *[AddIndexOn("postgresql", "newsitem", index) for index in search_indexes("news", COLUMNS)],
    ]
