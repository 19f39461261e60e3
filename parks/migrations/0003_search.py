from django.db import migrations
from django.db.models import F, Index, Q

from common.dates import newest_first
from common.searching import AddEnglishSearch, AddIndexOn, search_indexes

# The columns that pages.search searches for each kind (common.searching.searched_columns):
# kind: (model, translated fields, untranslated fields).
SEARCHED = {
    "parks": ("park", ["name", "summary", "description", "highlights"], ["aliases"]),
    "opportunities": (
        "investmentopportunity",
        ["title", "summary", "description", "incentives", "source_statement"],
        [],
    ),
    "enterprises": ("enterprise", ["name", "description", "highlights"], ["aliases"]),
    "agreements": ("cooperationagreement", ["title", "summary", "other_parties", "highlights"], []),
}


# Published agreements in the order of the list (see news 0004).
NEWEST = dict(condition=Q(is_published=True), name="parks_agreement_newest")
DESCENDING = [F("year").desc(), F("month").desc(), F("day").desc()]


def search_operations():
    for key, (model_name, translated, untranslated) in SEARCHED.items():
        columns = [f"{f}_{lang}" for f in translated for lang in ("en", "zh_hans")] + untranslated
        english = [f"{f}_en" for f in translated]
        # First the column its trigger fills in every row, while few indexes must follow.
        yield AddEnglishSearch(f"parks_{model_name}", english, f"search_{key}_english")
        for index in search_indexes(key, columns):
            yield AddIndexOn("postgresql", model_name, index)


class Migration(migrations.Migration):

    dependencies = [
        ("common", "0002_search"),
        ("parks", "0002_news_links_move_to_citations"),
    ]

    operations = [
        AddIndexOn(
            "postgresql", "cooperationagreement", Index(*newest_first(), F("slug"), **NEWEST)
        ),
        AddIndexOn("sqlite", "cooperationagreement", Index(*DESCENDING, F("slug"), **NEWEST)),
        *search_operations(),
    ]
