"""The park's district text columns go; its district record takes the name ``district``."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("parks", "0012_park_district_as_record")]

    operations = [
        migrations.RemoveField(model_name="park", name="district_en"),
        migrations.RemoveField(model_name="park", name="district_zh_hans"),
        migrations.RemoveField(model_name="park", name="district"),
        migrations.RenameField(model_name="park", old_name="district_record", new_name="district"),
        migrations.AlterField(
            model_name="park",
            name="district",
            field=models.ForeignKey(
                blank=True,
                db_column="district",
                help_text="One of the districts and counties of its city.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.district",
                to_field="slug",
                verbose_name="district or county",
            ),
        ),
    ]
