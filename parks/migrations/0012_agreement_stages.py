"""The agreement tracker: an agreement's stages, each with its date and its source.

The one status an agreement had becomes a stage entered by staff, with a note that says it
is the status recorded before the tracker: intent and signed keep their names, "under way"
becomes started, "completed" in production; the signing stages take the agreement's date.
Events are not tracked. An agreement from the seed catalogue whose status is still the one
the catalogue gave gets its stages, each with the quoted words that support it, from the
catalogue at the next import of the seeds.
"""

import django.db.models.deletion
from django.db import migrations, models

STAGES = {
    "intent": "intent",
    "signed": "signed",
    "in_progress": "started",
    "completed": "in_production",
}
NOTE_EN = "Status recorded by staff before the stage tracker"
NOTE_ZH = "启用阶段跟踪前工作人员记录的状态"


def statuses_become_stages(apps, schema_editor):
    Agreement = apps.get_model("parks", "CooperationAgreement")
    AgreementStage = apps.get_model("parks", "AgreementStage")
    for agreement in Agreement.objects.exclude(record_type="event").iterator():
        stage = STAGES.get(agreement.status)
        seeded = agreement.seed_key and agreement.seed_values.get("status") == agreement.status
        if stage and not seeded:
            dated = stage in ("intent", "signed")
            AgreementStage.objects.create(
                agreement=agreement,
                stage=stage,
                year=agreement.year if dated else None,
                month=agreement.month if dated else None,
                day=agreement.day if dated else None,
                source_note=NOTE_EN,
                source_note_en=NOTE_EN,
                source_note_zh_hans=NOTE_ZH,
            )
            agreement.stage = stage
        if "status" in agreement.seed_values:  # the catalogue gives stages now
            del agreement.seed_values["status"]
        agreement.save(update_fields=["stage", "seed_values"])


def stages_become_statuses(apps, schema_editor):
    Agreement = apps.get_model("parks", "CooperationAgreement")
    back = {stage: status for status, stage in STAGES.items()}
    for agreement in Agreement.objects.all().iterator():
        agreement.status = back.get(agreement.stage, "signed")
        agreement.save(update_fields=["status"])



class Migration(migrations.Migration):

    dependencies = [
        ('parks', '0011_places_as_records'),
    ]

    operations = [
        migrations.AddField(
            model_name='cooperationagreement',
            name='stage',
            field=models.CharField(blank=True, choices=[('intent', 'Intent'), ('signed', 'Signed'), ('started', 'Started'), ('in_production', 'In production'), ('stopped', 'Stopped')], db_index=True, editable=False, help_text='The latest stage a source supports, kept in step with the stages below; empty while no stage has a source.', max_length=16, verbose_name='stage'),
        ),
        migrations.CreateModel(
            name='AgreementStage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('year', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty when the source gives no year.', null=True, verbose_name='year')),
                ('month', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='month')),
                ('day', models.PositiveSmallIntegerField(blank=True, help_text='Only when the source names the day.', null=True, verbose_name='day')),
                ('seed_key', models.CharField(blank=True, editable=False, help_text='Natural key of the record in the seed catalogue; empty for records made here.', max_length=120, null=True, unique=True, verbose_name='seed key')),
                ('seed_values', models.JSONField(blank=True, default=dict, editable=False, verbose_name='values last imported')),
                ('stage', models.CharField(choices=[('intent', 'Intent'), ('signed', 'Signed'), ('started', 'Started'), ('in_production', 'In production'), ('stopped', 'Stopped')], max_length=16, verbose_name='stage')),
                ('source_note', models.TextField(blank=True, help_text='Who says the agreement reached this stage, when no news item does: e.g. “Park committee, annual report 2024”. A stage is shown only with this note or with the quoted words of a published news item (added on the news item).', verbose_name='source entered by staff')),
                ('source_note_en', models.TextField(blank=True, help_text='Who says the agreement reached this stage, when no news item does: e.g. “Park committee, annual report 2024”. A stage is shown only with this note or with the quoted words of a published news item (added on the news item).', null=True, verbose_name='source entered by staff')),
                ('source_note_zh_hans', models.TextField(blank=True, help_text='Who says the agreement reached this stage, when no news item does: e.g. “Park committee, annual report 2024”. A stage is shown only with this note or with the quoted words of a published news item (added on the news item).', null=True, verbose_name='source entered by staff')),
                ('agreement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='stages', to='parks.cooperationagreement', verbose_name='agreement or project')),
            ],
            options={
                'verbose_name': 'stage',
                'verbose_name_plural': 'stages',
                'ordering': ['agreement', 'pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(('month__isnull', True), models.Q(('month__gte', 1), ('month__lte', 12)), _connector='OR'), name='parks_agreementstage_month_range'), models.CheckConstraint(condition=models.Q(('day__isnull', True), models.Q(('day__gte', 1), ('day__lte', 31), ('month__isnull', False)), _connector='OR'), name='parks_agreementstage_day_needs_month'), models.CheckConstraint(condition=models.Q(('year__isnull', True), models.Q(('year__gte', 1900), ('year__lte', 2100)), _connector='OR'), name='parks_agreementstage_year_range'), models.UniqueConstraint(fields=('agreement', 'stage'), name='parks_agreementstage_once_per_agreement', violation_error_message='This agreement already has that stage.')],
            },
        ),
        migrations.RunPython(statuses_become_stages, stages_become_statuses),
        migrations.RemoveField(
            model_name="cooperationagreement",
            name="status",
        ),
    ]
