"""Editors keep the places; investment officers may read them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
OFFICERS = "Investment officers"


def grant(apps, schema_editor):
    using = schema_editor.connection.alias
    config = apps.get_app_config("places")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0, using=using)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.using(using).filter(content_type__app_label="places")
    editors, _created = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.add(*ours)
    officers, _created = Group.objects.using(using).get_or_create(name=OFFICERS)
    officers.permissions.add(*ours.filter(codename__startswith="view_"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.using(schema_editor.connection.alias).filter(
        content_type__app_label="places"
    )
    for group in Group.objects.using(schema_editor.connection.alias).filter(
        name__in=[EDITORS, OFFICERS]
    ):
        group.permissions.remove(*ours)


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0002_the_portals_places"),
        ("portal", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
