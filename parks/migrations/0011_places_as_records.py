"""Provinces and cities become records (the places app): each record keeps its place.

The columns keep their names and values (the places' slugs); the empty text that meant "no
place" becomes NULL first, then the columns become foreign keys to the places by slug, which
``places`` 0002 created with the names and map positions the site had.
"""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["park", "enterprise", "cooperationagreement", "investmentopportunity"]


# The places the code knew (places 0002 made them); made again here should they be missing.
PROVINCES = {"shandong": ("Shandong", "山东"), "hubei": ("Hubei", "湖北")}
CITIES = {
    "dongying": ("shandong", "Dongying", "东营", "37.43", "118.67"),
    "jingzhou": ("hubei", "Jingzhou", "荆州", "30.33", "112.24"),
}


def no_place_is_null(apps, schema_editor):
    Province = apps.get_model("places", "Province")
    City = apps.get_model("places", "City")
    for slug, (en, zh) in PROVINCES.items():
        Province.objects.get_or_create(
            slug=slug, defaults={"name": en, "name_en": en, "name_zh_hans": zh}
        )
    for slug, (province, en, zh, latitude, longitude) in CITIES.items():
        City.objects.get_or_create(
            slug=slug,
            defaults={
                "province_id": province, "name": en, "name_en": en, "name_zh_hans": zh,
                "latitude": latitude, "longitude": longitude,
            },
        )  # fmt: skip
    for name in MODELS:
        model = apps.get_model("parks", name)
        for field in ("province", "city"):
            model.objects.filter(**{field: ""}).update(**{field: None})


def null_is_no_place(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("parks", name)
        for field in ("province", "city"):
            model.objects.filter(**{f"{field}__isnull": True}).update(**{field: ""})


def nullable_text(model, field):
    return migrations.AlterField(
        model_name=model,
        name=field,
        field=models.CharField(max_length=20, null=True, blank=True, verbose_name=field),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("parks", "0010_park_pictures"),
        ("places", "0002_the_portals_places"),
    ]

    operations = [
        *(nullable_text(model, field) for model in MODELS for field in ("province", "city")),
        migrations.RunPython(no_place_is_null, null_is_no_place),
        migrations.AlterModelOptions(
            name="park",
            options={
                "ordering": ["province_id", "city_id", "slug"],
                "verbose_name": "park",
                "verbose_name_plural": "parks",
            },
        ),
        migrations.AlterField(
            model_name="cooperationagreement",
            name="city",
            field=models.ForeignKey(
                blank=True,
                db_column="city",
                help_text="The city it concerns; lists filter by it, else by the park's city.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.city",
                to_field="slug",
                verbose_name="city",
            ),
        ),
        migrations.AlterField(
            model_name="cooperationagreement",
            name="province",
            field=models.ForeignKey(
                blank=True,
                db_column="province",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.province",
                to_field="slug",
                verbose_name="province",
            ),
        ),
        migrations.AlterField(
            model_name="enterprise",
            name="city",
            field=models.ForeignKey(
                blank=True,
                db_column="city",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.city",
                to_field="slug",
                verbose_name="city",
            ),
        ),
        migrations.AlterField(
            model_name="enterprise",
            name="province",
            field=models.ForeignKey(
                blank=True,
                db_column="province",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.province",
                to_field="slug",
                verbose_name="province",
            ),
        ),
        migrations.AlterField(
            model_name="investmentopportunity",
            name="city",
            field=models.ForeignKey(
                blank=True,
                db_column="city",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.city",
                to_field="slug",
                verbose_name="city",
            ),
        ),
        migrations.AlterField(
            model_name="investmentopportunity",
            name="province",
            field=models.ForeignKey(
                blank=True,
                db_column="province",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.province",
                to_field="slug",
                verbose_name="province",
            ),
        ),
        migrations.AlterField(
            model_name="park",
            name="city",
            field=models.ForeignKey(
                blank=True,
                db_column="city",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.city",
                to_field="slug",
                verbose_name="city",
            ),
        ),
        migrations.AlterField(
            model_name="park",
            name="province",
            field=models.ForeignKey(
                db_column="province",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.province",
                to_field="slug",
                verbose_name="province",
            ),
        ),
    ]
