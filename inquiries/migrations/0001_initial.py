"""Inquiries move here from the portal package: the tables stay, only the state moves.

On a database made before the move, the rows, the permissions (their content types are
renamed) and the officers' group stay as they were; 0002 then renames the tables.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ("inquiry", "inquirynote")


def move_content_types(apps, schema_editor):
    """Permissions and admin history follow the models: their content types change app."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MODELS:
        if not types.filter(app_label="inquiries", model=model).exists():
            types.filter(app_label="portal", model=model).update(app_label="inquiries")


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MODELS:
        if not types.filter(app_label="portal", model=model).exists():
            types.filter(app_label="inquiries", model=model).update(app_label="portal")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("parks", "0001_initial"),
        ("portal", "0002_staff_groups"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Inquiry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reference', models.CharField(editable=False, help_text='Given when the inquiry arrives: INQ-<year>-<number>.', max_length=20, null=True, unique=True, verbose_name='reference')),
                        ('name', models.CharField(max_length=120, verbose_name='full name')),
                        ('organisation', models.CharField(max_length=200, verbose_name='organisation')),
                        ('email', models.EmailField(max_length=254, verbose_name='email address')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='telephone')),
                        ('country', models.CharField(max_length=100, verbose_name='country or region')),
                        ('preferred_language', models.CharField(choices=[('en', 'English'), ('zh-hans', 'Simplified Chinese')], help_text="The investor's mail is written in this language.", max_length=10, verbose_name='preferred language')),
                        ('investment_size', models.CharField(choices=[('undecided', 'Not yet decided'), ('under_10m', 'Under CNY 10 million'), ('10m_50m', 'CNY 10 to 50 million'), ('50m_100m', 'CNY 50 to 100 million'), ('100m_500m', 'CNY 100 to 500 million'), ('over_500m', 'CNY 500 million or more')], default='undecided', max_length=12, verbose_name='investment size')),
                        ('timeline', models.CharField(choices=[('undecided', 'Not yet decided'), ('6_months', 'Within 6 months'), ('12_months', '6 to 12 months'), ('24_months', '1 to 2 years'), ('later', 'More than 2 years')], default='undecided', max_length=12, verbose_name='timeline')),
                        ('message', models.TextField(max_length=5000, verbose_name='message')),
                        ('consented_at', models.DateTimeField(help_text='When the investor accepted the privacy notice.', verbose_name='privacy notice accepted')),
                        ('status', models.CharField(choices=[('new', 'New'), ('assigned', 'Assigned'), ('answered', 'Answered'), ('closed', 'Closed'), ('spam', 'Spam')], default='new', max_length=10, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('respond_by', models.DateTimeField(editable=False, help_text='The service target: the first answer is due this many working days after the inquiry arrived (Saturday and Sunday do not count).', verbose_name='answer due')),
                        ('first_response_at', models.DateTimeField(blank=True, editable=False, help_text='Recorded automatically the first time the status becomes answered.', null=True, verbose_name='first answered')),
                        ('acknowledged_at', models.DateTimeField(blank=True, editable=False, help_text="When the investor's acknowledgement was mailed; empty: not sent yet.", null=True, verbose_name='acknowledgement sent')),
                        ('notified_at', models.DateTimeField(blank=True, editable=False, help_text='When the park or the officers were told by mail; empty: not sent yet.', null=True, verbose_name='officers notified')),
                        ('mail_error', models.TextField(blank=True, editable=False, help_text='Why the last mail failed; re-send it with the action in the list.', verbose_name='mail error')),
                        ('assignee', models.ForeignKey(blank=True, help_text='The investment officer who answers it; a new inquiry becomes assigned.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='assigned_inquiries', to=settings.AUTH_USER_MODEL, verbose_name='assignee')),
                        ('opportunity', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiries', to='parks.investmentopportunity', verbose_name='investment opportunity')),
                        ('park', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiries', to='parks.park', verbose_name='park')),
                        ('sector', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiries', to='parks.sector', verbose_name='sector')),
                    ],
                    options={
                        'verbose_name': 'inquiry',
                        'verbose_name_plural': 'inquiries',
                        'ordering': ['-created_at', '-pk'],
                        'db_table': 'portal_inquiry',
                    },
                ),
                migrations.CreateModel(
                    name='InquiryNote',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.TextField(max_length=5000, verbose_name='note')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='written')),
                        ('author', models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiry_notes', to=settings.AUTH_USER_MODEL, verbose_name='author')),
                        ('inquiry', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='inquiries.inquiry', verbose_name='inquiry')),
                    ],
                    options={
                        'verbose_name': 'internal note',
                        'verbose_name_plural': 'internal notes',
                        'ordering': ['created_at', 'pk'],
                        'db_table': 'portal_inquirynote',
                    },
                ),
                migrations.AddIndex(
                    model_name='inquiry',
                    index=models.Index(fields=['status', 'respond_by'], name='portal_inqu_status_674d18_idx'),
                ),
                migrations.AddIndex(
                    model_name='inquiry',
                    index=models.Index(fields=['created_at'], name='portal_inqu_created_32c70a_idx'),
                ),
                migrations.AddIndex(
                    model_name='inquiry',
                    index=models.Index(fields=['email', 'created_at'], name='portal_inqu_email_06f514_idx'),
                ),
                migrations.AddConstraint(
                    model_name='inquiry',
                    constraint=models.CheckConstraint(condition=models.Q(('status__in', ['new', 'assigned', 'answered', 'closed', 'spam'])), name='portal_inquiry_status_valid'),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, restore_content_types),
    ]
