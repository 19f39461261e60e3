"""An index for long lists: a park's news and the news list's park filter."""

from django.db import migrations, models

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
    ]
