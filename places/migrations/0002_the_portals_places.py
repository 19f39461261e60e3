"""The places the portal had as code: Shandong and Hubei, Dongying and Jingzhou, with the
names the site gave them and the cities' positions its home-page map used."""

from decimal import Decimal

from django.db import migrations

PROVINCES = [("shandong", "Shandong", "山东", 1), ("hubei", "Hubei", "湖北", 2)]
# slug, province, English, Chinese, latitude, longitude (the map's), position
CITIES = [
    ("dongying", "shandong", "Dongying", "东营", "37.43", "118.67", 1),
    ("jingzhou", "hubei", "Jingzhou", "荆州", "30.33", "112.24", 2),
]


def create(apps, schema_editor):
    Province = apps.get_model("places", "Province")
    City = apps.get_model("places", "City")
    for slug, en, zh, position in PROVINCES:
        Province.objects.get_or_create(
            slug=slug,
            defaults={"name": en, "name_en": en, "name_zh_hans": zh, "position": position},
        )
    for slug, province, en, zh, lat, lon, position in CITIES:
        City.objects.get_or_create(
            slug=slug,
            defaults={
                "province_id": province, "name": en, "name_en": en, "name_zh_hans": zh,
                "latitude": Decimal(lat), "longitude": Decimal(lon), "position": position,
            },
        )  # fmt: skip


def remove(apps, schema_editor):
    apps.get_model("places", "City").objects.filter(slug__in=[c[0] for c in CITIES]).delete()
    apps.get_model("places", "Province").objects.filter(
        slug__in=[p[0] for p in PROVINCES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("places", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
