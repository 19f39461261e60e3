"""A database from before citations keeps every link between news and records."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("news", "0002_initial"), ("parks", "0001_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_mentions_quotations_and_sources_become_citations():
    old = migrate(BEFORE)
    Document = old.get_model("news", "SourceDocument")
    Item = old.get_model("news", "NewsItem")
    Park = old.get_model("parks", "Park")
    Agreement = old.get_model("parks", "CooperationAgreement")
    document = Document.objects.create(file_name="a.txt", sha256="0", encoding="utf-8", text="")
    first = Item.objects.create(
        slug="first",
        title_en="First",
        body_en="Quoted words.",
        source_document=document,
        position=1,
        seed_key="news:a.txt#1",
        is_published=True,
    )
    second = Item.objects.create(
        slug="second",
        title_en="Second",
        body_en="Park B.",
        source_document=document,
        position=2,
        seed_key="news:a.txt#2",
        is_published=True,
    )
    cited = Park.objects.create(
        slug="a",
        name_en="Park A",
        kind="industrial_park",
        province="shandong",
        summary_en=".",
        seed_key="parks:a",
        citations=[
            {"file": "a.txt", "quote": "Quoted words.", "language": "en", "news": "news:a.txt#1"},
            {"file": "a.txt", "quote": "Release time", "language": "en", "news": None},
        ],
    )
    named = Park.objects.create(
        slug="b",
        name_en="Park B",
        kind="industrial_park",
        province="shandong",
        summary_en=".",
        seed_key="parks:b",
    )
    agreement = Agreement.objects.create(
        slug="deal", title_en="Deal", kind="intent", summary_en=".", source_news=second
    )
    first.parks.add(cited)  # the import linked the park it cites
    second.parks.add(named)  # found by its name
    second.agreements.add(agreement)  # added by an editor
    second.seed_values = {"parks": ["parks:b"]}
    second.save()

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from news.models import Citation, NewsItem
    from parks.models import CooperationAgreement, Park

    park_a, park_b = Park.objects.get(slug="a"), Park.objects.get(slug="b")
    quoted = list(park_a.citations.quoted())
    assert [(c.quote, c.news_item_id, c.document.file_name) for c in quoted] == [
        ("Quoted words.", first.pk, "a.txt"),
        ("Release time", None, "a.txt"),
    ]
    assert all(c.is_imported for c in quoted)
    assert not park_a.citations.mentions().exists()  # the quotation links them already
    assert list(park_b.citations.news_items()) == [NewsItem.objects.get(pk=second.pk)]
    deal = CooperationAgreement.objects.get(slug="deal")
    assert [c.news_item_id for c in deal.citations.all()] == [second.pk]
    assert Citation.objects.count() == 4
    # What the import wrote last is remembered, so an editor's change is still recognised.
    assert NewsItem.objects.get(pk=second.pk).seed_values == {"mentions": [f"park:{park_b.pk}"]}
