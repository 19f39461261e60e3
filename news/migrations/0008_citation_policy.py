"""News items cite policies too: a citation names exactly one record, now of five kinds."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0007_translation_may_be_stale'),
        ('parks', '0007_agreement_place'),
        ('policies', '0001_initial'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='citation',
            name='news_citation_one_record',
        ),
        migrations.AddField(
            model_name='citation',
            name='policy',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='policies.policy', verbose_name='policy or incentive'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('agreement', None), ('enterprise', None), ('opportunity', None), ('park__isnull', False), ('policy', None)), models.Q(('agreement', None), ('enterprise__isnull', False), ('opportunity', None), ('park', None), ('policy', None)), models.Q(('agreement__isnull', False), ('enterprise', None), ('opportunity', None), ('park', None), ('policy', None)), models.Q(('agreement', None), ('enterprise', None), ('opportunity__isnull', False), ('park', None), ('policy', None)), models.Q(('agreement', None), ('enterprise', None), ('opportunity', None), ('park', None), ('policy__isnull', False)), _connector='OR'), name='news_citation_one_record', violation_error_message='Choose exactly one park, enterprise, agreement, opportunity or policy.'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.UniqueConstraint(condition=models.Q(('policy__isnull', False), ('quote', '')), fields=('news_item', 'policy'), name='news_citation_one_mention_per_policy', violation_error_message='This news item already mentions that record.'),
        ),
    ]
