"""A park's district or county becomes a record of the places app (data step).

Each park's district text (English, Chinese or both) is matched, case and spaces aside, to
a district of the park's city by either of its names; a text no district has becomes a new
district of that city, named in the language the text is written in. The park then points
at it. Undone, each park gets its district's names back as text.

The records' column is added here and the text columns are removed by the next migration,
so that no table is altered in the transaction that changes its rows (PostgreSQL refuses
that while constraint checks are pending).
"""

import re

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify

CJK = re.compile(r"[\u3400-\u9fff]")


def key(text):
    return re.sub(r"\s+", "", text or "").casefold()


def names_of(park):
    """The park's district text as {language: name}, each in the language it is written in."""
    names = {}
    for column in ("district_en", "district_zh_hans", "district"):
        text = (getattr(park, column) or "").strip()
        if text:
            names.setdefault("zh_hans" if CJK.search(text) else "en", text)
    return names


def free_slug(District, city, names):
    base = slugify(names.get("en", "")) or "district"
    for candidate in (base, f"{city}-{base}"):
        if not District.objects.filter(slug=candidate).exists():
            return candidate
    number = 2
    while District.objects.filter(slug=f"{city}-{base}-{number}").exists():
        number += 1
    return f"{city}-{base}-{number}"


def district_for(District, city, names):
    wanted = {key(name) for name in names.values()}
    for district in District.objects.filter(city_id=city).order_by("position", "slug"):
        if wanted & {key(district.name_en), key(district.name_zh_hans), key(district.name)}:
            return district
    en, zh = names.get("en", ""), names.get("zh_hans", "")
    return District.objects.create(
        slug=free_slug(District, city, names), city_id=city,
        name=en or zh, name_en=en or None, name_zh_hans=zh or None,
    )  # fmt: skip


def texts_to_records(apps, schema_editor):
    Park = apps.get_model("parks", "Park")
    District = apps.get_model("places", "District")
    homeless = []
    for park in Park.objects.order_by("pk"):
        names = names_of(park)
        if names and not park.city_id:
            homeless.append(park.slug)
            continue
        district = district_for(District, park.city_id, names) if names else None
        seed_values = dict(park.seed_values)
        if "district_en" in seed_values or "district_zh_hans" in seed_values:
            imported = (seed_values.pop("district_en", ""), seed_values.pop("district_zh_hans", ""))
            now = (park.district_en or "", park.district_zh_hans or "")
            # What the import wrote is still there: the import wrote this district; else an
            # editor changed it, and the next import keeps the editor's district.
            if imported == now:
                seed_values["district"] = district.slug if district else None
            else:
                seed_values["district"] = "|".join(imported)
        if district or seed_values != park.seed_values:
            Park.objects.filter(pk=park.pk).update(
                district_record=district, seed_values=seed_values
            )
    if homeless:
        raise RuntimeError(
            "These parks name a district but no city; give them their city first: "
            + ", ".join(homeless)
        )


def records_to_texts(apps, schema_editor):
    Park = apps.get_model("parks", "Park")
    for park in Park.objects.select_related("district_record").order_by("pk"):
        district = park.district_record
        seed_values = dict(park.seed_values)
        if "district" in seed_values:
            imported = district is not None and seed_values.pop("district") == district.slug
            seed_values.pop("district", None)
            seed_values["district_en"] = (district.name_en or "") if imported else ""
            seed_values["district_zh_hans"] = (district.name_zh_hans or "") if imported else ""
        if district is None and seed_values == park.seed_values:
            continue
        Park.objects.filter(pk=park.pk).update(
            district=(district.name_en or district.name_zh_hans or district.name)
            if district
            else "",
            district_en=(district.name_en or "") if district else "",
            district_zh_hans=(district.name_zh_hans or "") if district else "",
            seed_values=seed_values,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("parks", "0011_places_as_records"),
        ("places", "0002_the_portals_places"),
    ]

    operations = [
        migrations.AddField(
            model_name="park",
            name="district_record",
            field=models.ForeignKey(
                blank=True,
                db_column="district_record",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="places.district",
                to_field="slug",
                verbose_name="district or county",
            ),
        ),
        migrations.RunPython(texts_to_records, records_to_texts),
    ]
