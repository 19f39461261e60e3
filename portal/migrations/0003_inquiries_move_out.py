"""Inquiries now belong to the inquiries app; their tables are handed over unchanged."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_staff_groups"),
        ("inquiries", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="InquiryNote"),
                migrations.DeleteModel(name="Inquiry"),
            ],
        ),
    ]
