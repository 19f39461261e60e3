"""The two staff groups: editors keep the content, investment officers handle inquiries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
OFFICERS = "Investment officers"


def create_missing_permissions(apps, using):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    using = schema_editor.connection.alias
    create_missing_permissions(apps, using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using)

    editors, _created = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.set(permissions.filter(content_type__app_label__in=["parks", "news"]))

    officers, _created = Group.objects.using(using).get_or_create(name=OFFICERS)
    officers.permissions.set(
        permissions.filter(
            content_type__app_label="portal", content_type__model__in=["inquiry", "inquirynote"]
        )
        | permissions.filter(content_type__app_label="parks", codename__startswith="view_")
    )


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=[EDITORS, OFFICERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("parks", "0001_initial"),
        ("news", "0002_initial"),
        ("portal", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
