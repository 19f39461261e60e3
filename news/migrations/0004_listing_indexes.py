"""Indexes for long lists: a park's news and the news list's park filter, and on
PostgreSQL the news lists' own order (newest first, undated last) over published items."""

from django.db import migrations, models

NEWEST_FIRST = (
    'CREATE INDEX IF NOT EXISTS "news_published_newest_first" ON "news_newsitem" '
    '("year" DESC NULLS LAST, "month" DESC NULLS LAST, "day" DESC NULLS LAST, '
    '"position" DESC, "slug") WHERE "is_published"'
)


def create_newest_first(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(NEWEST_FIRST)


def drop_newest_first(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('DROP INDEX IF EXISTS "news_published_newest_first"')


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_citations"),
        ("parks", "0002_news_links_move_to_citations"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="citation",
            index=models.Index(
                condition=models.Q(("park__isnull", False)),
                fields=["park", "news_item"],
                name="news_citation_park_item",
            ),
        ),
        migrations.RunPython(create_newest_first, drop_newest_first),
    ]
