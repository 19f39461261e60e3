"""Records an import made, and what it last wrote, so that an editor's change is never overwritten.

An import writes a field only while its value is still the one the import wrote last
time: a value an editor changed (or a translation an editor added to an empty field)
differs from that record and is kept. A seeded record an editor deleted leaves a
tombstone, and imports skip it unless asked to restore it.
"""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
_MISSING = object()


class SeededModel(models.Model):
    seed_key = models.CharField(
        _("seed key"),
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Natural key of the record in the seed catalogue; empty for records made here."
        ),
    )
    seed_values = models.JSONField(
        _("values last imported"), default=dict, blank=True, editable=False
    )
    citations = models.JSONField(
        _("citations"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("The seed documents and the words in them that support this record."),
    )

    class Meta:
        abstract = True


def remember_deleted_seed(sender, instance, **kwargs):
    if isinstance(instance, SeededModel) and instance.seed_key:
        from .models import SeedTombstone

        SeedTombstone.objects.get_or_create(
            model=sender._meta.label_lower, seed_key=instance.seed_key
        )


def as_json(value):
    """The form in which a value is remembered in ``seed_values``."""
    if isinstance(value, models.Model):
        return getattr(value, "seed_key", None) or value.pk
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list | tuple | set):
        return sorted(as_json(v) for v in value)
    return value


def _current(obj, name):
    field = obj._meta.get_field(name)
    if field.many_to_many:
        return as_json(list(getattr(obj, name).all()))
    value = getattr(obj, name)
    if value is None and isinstance(field, models.CharField | models.TextField):
        return ""  # translation columns are nullable: an empty one may hold None
    return as_json(value)


def merge_seed_values(obj, values, current):
    """Names of the seed ``values`` to write on ``obj``, and those an editor changed.

    ``values`` and ``current`` hold JSON forms. A field is written while it still holds
    what the last import wrote, or when it is empty and was never imported.
    """
    to_write, kept = [], []
    for name, new in values.items():
        last = obj.seed_values.get(name, _MISSING)
        now = current[name]
        if now == new:
            obj.seed_values[name] = new
        elif now == last or (last is _MISSING and now in ("", None, [])):
            to_write.append(name)
        else:
            kept.append(name)
    return to_write, kept


def upsert_seeded(model, key, values, *, defaults=None, citations=None, restore_deleted=False):
    """Create or update the record of ``model`` with seed key ``key``; return what happened.

    ``values`` are the fields the seeds give (many-to-many fields as lists of objects);
    ``defaults`` are set only when the record is created.
    """
    from .models import SeedTombstone

    json_values = {name: as_json(value) for name, value in values.items()}
    m2m = {name for name in values if model._meta.get_field(name).many_to_many}
    obj = model.objects.filter(seed_key=key).first()
    if obj is None:
        tombstone = SeedTombstone.objects.filter(model=model._meta.label_lower, seed_key=key)
        if tombstone.exists():
            if not restore_deleted:
                return SKIPPED, None
            tombstone.delete()
        simple = {name: value for name, value in values.items() if name not in m2m}
        obj = model(seed_key=key, **(defaults or {}), **simple)
        # Defaults count as written by the import too, so a later import may still change them.
        obj.seed_values = {**{n: as_json(v) for n, v in (defaults or {}).items()}, **json_values}
        obj.citations = citations or []
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save()
        for name in m2m:
            getattr(obj, name).set(values[name])
        return CREATED, obj
    before = dict(obj.seed_values)
    current = {name: _current(obj, name) for name in values}
    to_write, _kept = merge_seed_values(obj, json_values, current)
    for name in to_write:
        if name in m2m:
            getattr(obj, name).set(values[name])
        else:
            setattr(obj, name, values[name])
        obj.seed_values[name] = json_values[name]
    changed_citations = citations is not None and obj.citations != citations
    if changed_citations:
        obj.citations = citations
    if [n for n in to_write if n not in m2m] or obj.seed_values != before or changed_citations:
        obj.save()
    return (UPDATED if to_write or changed_citations else UNCHANGED), obj
