"""One relation between news and the records it supports: Citation.

Replaces the news items' mention links (parks, enterprises, agreements), the records'
``citations`` JSON and the agreements' and opportunities' ``source_news``. Every link and
quotation is carried over; ``parks`` 0002 then drops its side.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Prefetch

KINDS = {  # citation field -> (parks model, the news item's old mention field)
    "park": ("Park", "parks"),
    "enterprise": ("Enterprise", "enterprises"),
    "agreement": ("CooperationAgreement", "agreements"),
    "opportunity": ("InvestmentOpportunity", None),
}


def carry_over(apps, schema_editor):
    db = schema_editor.connection.alias
    NewsItem = apps.get_model("news", "NewsItem")
    Citation = apps.get_model("news", "Citation")
    documents = dict(apps.get_model("news", "SourceDocument").objects.using(db).values_list("file_name", "pk"))
    items = dict(NewsItem.objects.using(db).exclude(seed_key=None).values_list("seed_key", "pk"))
    rows, quoted = [], set()
    for field, (model_name, _mentions) in KINDS.items():
        model = apps.get_model("parks", model_name)
        # values(): on these historical models the new reverse relation hides the old field.
        sources = {f.name for f in model._meta.fields} & {"source_news"}
        for record in model.objects.using(db).values("pk", "citations", *sources):
            for position, cited in enumerate(record["citations"] or [], start=1):
                item = items.get(cited.get("news") or "")  # a primary key
                document = documents.get(cited.get("file"))
                if item is None and document is None:
                    continue
                rows.append(Citation(news_item_id=item, document_id=document, quote=cited.get("quote", ""),
                                     position=position, is_imported=True, **{f"{field}_id": record["pk"]}))
                if item is not None:
                    quoted.add((field, record["pk"], item))
            source = record.get("source_news")
            if source and (field, record["pk"], source) not in quoted:
                rows.append(Citation(news_item_id=source, **{f"{field}_id": record["pk"]}))
                quoted.add((field, record["pk"], source))
    pks = {  # what an import remembered (a seed key, else a primary key) -> primary key
        field: dict(apps.get_model("parks", model).objects.using(db).exclude(seed_key=None)
                    .values_list("seed_key", "pk"))
        for field, (model, _mentions) in KINDS.items()
    }
    changed = []
    linked = [  # only() keeps the old "citations" field, hidden on these models, unloaded
        Prefetch(mentions, queryset=apps.get_model("parks", model).objects.only("pk", "seed_key"))
        for model, mentions in KINDS.values()
        if mentions
    ]
    news = NewsItem.objects.using(db).only("pk", "seed_values", "source_document_id")
    for item in news.prefetch_related(*linked):
        last = set()
        for field, (_model, mentions) in KINDS.items():
            if mentions is None:
                continue
            for value in item.seed_values.pop(mentions, None) or []:
                pk = pks[field].get(value, value)
                if (field, pk, item.pk) not in quoted:
                    last.add(f"{field}:{pk}")
            for record in getattr(item, mentions).all():
                if (field, record.pk, item.pk) not in quoted:  # else a quotation links them
                    rows.append(Citation(news_item=item, document_id=item.source_document_id,
                                         **{field: record}))
        item.seed_values.pop("citations", None)
        item.seed_values["mentions"] = sorted(last)
        changed.append(item)
    NewsItem.objects.using(db).bulk_update(changed, ["seed_values"], batch_size=1000)
    Citation.objects.using(db).bulk_create(rows)


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0002_initial"),
        ("parks", "0001_initial"),
    ]
    # parks drops its side of the old links only once they are carried over.
    run_before = [("parks", "0002_news_links_move_to_citations")]

    operations = [
        migrations.CreateModel(
            name='Citation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('quote', models.TextField(blank=True, help_text='The words in the source that support the record; empty: it is mentioned.', verbose_name='quoted words')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                ('is_imported', models.BooleanField(default=False, editable=False, help_text='Written by the seed import, which keeps it in step with the catalogue.', verbose_name='from the seed catalogue')),
                ('agreement', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='parks.cooperationagreement', verbose_name='cooperation agreement')),
                ('document', models.ForeignKey(blank=True, help_text='The document the quoted words are in, when they belong to no one item.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='news.sourcedocument', verbose_name='source document')),
                ('enterprise', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='parks.enterprise', verbose_name='enterprise or organisation')),
                ('news_item', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='news.newsitem', verbose_name='news item')),
                ('opportunity', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='parks.investmentopportunity', verbose_name='investment opportunity')),
                ('park', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='parks.park', verbose_name='park')),
            ],
            options={
                'verbose_name': 'citation',
                'verbose_name_plural': 'citations',
                'ordering': ['position', 'pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('agreement', None), ('enterprise', None), ('opportunity', None), ('park__isnull', False)), models.Q(('agreement', None), ('enterprise__isnull', False), ('opportunity', None), ('park', None)), models.Q(('agreement__isnull', False), ('enterprise', None), ('opportunity', None), ('park', None)), models.Q(('agreement', None), ('enterprise', None), ('opportunity__isnull', False), ('park', None)), _connector='OR'), name='news_citation_one_record', violation_error_message='Choose exactly one park, enterprise, agreement or opportunity.'), models.CheckConstraint(condition=models.Q(('news_item__isnull', False), ('document__isnull', False), _connector='OR'), name='news_citation_has_source', violation_error_message='A citation needs its news item or source document.'), models.UniqueConstraint(condition=models.Q(('park__isnull', False), ('quote', '')), fields=('news_item', 'park'), name='news_citation_one_mention_per_park', violation_error_message='This news item already mentions that record.'), models.UniqueConstraint(condition=models.Q(('enterprise__isnull', False), ('quote', '')), fields=('news_item', 'enterprise'), name='news_citation_one_mention_per_enterprise', violation_error_message='This news item already mentions that record.'), models.UniqueConstraint(condition=models.Q(('agreement__isnull', False), ('quote', '')), fields=('news_item', 'agreement'), name='news_citation_one_mention_per_agreement', violation_error_message='This news item already mentions that record.'), models.UniqueConstraint(condition=models.Q(('opportunity__isnull', False), ('quote', '')), fields=('news_item', 'opportunity'), name='news_citation_one_mention_per_opportunity', violation_error_message='This news item already mentions that record.')],
            },
        ),
        migrations.RunPython(carry_over, migrations.RunPython.noop),
        migrations.RemoveField(model_name="newsitem", name="agreements"),
        migrations.RemoveField(model_name="newsitem", name="citations"),
        migrations.RemoveField(model_name="newsitem", name="enterprises"),
        migrations.RemoveField(model_name="newsitem", name="parks"),
    ]
