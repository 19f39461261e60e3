"""Editors keep the policies (investment officers may read them); policies are searchable."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from common.searching import AddEnglishSearch, AddIndexOn, search_indexes

EDITORS = "Editors"
OFFICERS = "Investment officers"
SEARCHED = ["title", "summary", "text", "authority"]


def grant(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are normally created after all migrations; the groups need them now.
    apps.get_model("contenttypes", "ContentType").objects.clear_cache()  # may be stale
    app_config = apps.get_app_config("policies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    policies = Permission.objects.using(using).filter(content_type__app_label="policies")
    editors, _created = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.add(*policies)
    officers, _created = Group.objects.using(using).get_or_create(name=OFFICERS)
    officers.permissions.add(*policies.filter(codename__startswith="view_"))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    using = schema_editor.connection.alias
    policies = Permission.objects.using(using).filter(content_type__app_label="policies")
    for group in Group.objects.using(using).filter(name__in=[EDITORS, OFFICERS]):
        group.permissions.remove(*policies)


def search_operations():
    columns = [f"{f}_{lang}" for f in SEARCHED for lang in ("en", "zh_hans")]
    yield AddEnglishSearch(
        "policies_policy", [f"{f}_en" for f in SEARCHED], "search_policies_english"
    )
    for index in search_indexes("policies", columns):
        yield AddIndexOn("postgresql", "policy", index)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("common", "0002_search"),
        ("portal", "0002_staff_groups"),
        ("policies", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke), *search_operations()]
