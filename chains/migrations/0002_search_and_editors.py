from django.contrib.auth.management import create_permissions
from django.db import migrations

from common.searching import AddEnglishSearch, AddIndexOn, search_indexes

EDITORS = "Editors"
OFFICERS = "Investment officers"
TRANSLATED = ["name", "summary", "description"]


def search_operations():
    columns = [f"{f}_{lang}" for f in TRANSLATED for lang in ("en", "zh_hans")]
    yield AddEnglishSearch("chains_chain", [f"{f}_en" for f in TRANSLATED], "search_chains_english")
    for index in search_indexes("chains", columns):
        yield AddIndexOn("postgresql", "chain", index)


def grant(apps, schema_editor):
    """Editors keep the chains; investment officers may look at them."""
    using = schema_editor.connection.alias
    app_config = apps.get_app_config("chains")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using).filter(content_type__app_label="chains")
    for group in Group.objects.using(using).filter(name=EDITORS):
        group.permissions.add(*permissions)
    for group in Group.objects.using(using).filter(name=OFFICERS):
        group.permissions.add(*permissions.filter(codename__startswith="view_"))


def revoke(apps, schema_editor):
    using = schema_editor.connection.alias
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.using(using).filter(content_type__app_label="chains")
    for group in Group.objects.using(using).filter(name__in=[EDITORS, OFFICERS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("chains", "0001_initial"),
        ("common", "0004_staff_profile"),
        ("portal", "0002_staff_groups"),
    ]

    operations = [*search_operations(), migrations.RunPython(grant, revoke)]
