"""Records an import made, and what it last wrote, so that an editor's change is never overwritten.

An import writes a field only while its value is still the one the import wrote last
time: a value an editor changed (or a translation an editor added to an empty field)
differs from that record and is kept. A seeded record an editor deleted leaves a
tombstone, and imports skip it unless asked to restore it.
"""

from decimal import Decimal

from django.db import models
from django.utils import timezone
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
    return upsert_seeded_many(
        model,
        [(key, values, defaults)],
        restore_deleted=restore_deleted,
        citations=None if citations is None else {key: citations},
    )[0]


def upsert_seeded_many(model, rows, *, restore_deleted=False, citations=None):
    """Create or update many seeded records, with a fixed number of queries per call.

    ``rows`` is a list of ``(key, values, defaults)``; ``citations`` optionally maps keys to
    the record's citations. Returns ``(outcome, obj)`` per row, in order; ``obj`` is None for
    a skipped row. Records are not ``full_clean``-ed: the callers
    give parsed, checked values, and the database holds the constraints.
    """
    from .models import SeedTombstone

    if not rows:
        return []
    label = model._meta.label_lower
    m2m = {
        name
        for _key, values, _defaults in rows
        for name in values
        if model._meta.get_field(name).many_to_many
    }
    foreign = {
        name
        for _key, values, _defaults in rows
        for name in values
        if model._meta.get_field(name).many_to_one
    }
    keys = [key for key, _values, _defaults in rows]
    existing = {
        obj.seed_key: obj
        for obj in model.objects.filter(seed_key__in=keys)
        .select_related(*foreign)
        .prefetch_related(*m2m)
    }
    citations = citations or {}
    missing = [key for key in keys if key not in existing]
    tombstones = set(
        SeedTombstone.objects.filter(model=label, seed_key__in=missing).values_list(
            "seed_key", flat=True
        )
        if missing
        else []
    )
    if restore_deleted and tombstones:
        SeedTombstone.objects.filter(model=label, seed_key__in=tombstones).delete()

    results, to_create, creations, to_update, update_fields, m2m_sets = [], [], [], [], set(), []
    for key, values, defaults in rows:
        json_values = {name: as_json(value) for name, value in values.items()}
        obj = existing.get(key)
        if obj is None:
            if key in tombstones and not restore_deleted:
                results.append((SKIPPED, None))
                continue
            simple = {n: v for n, v in values.items() if n not in m2m}
            obj = model(seed_key=key, **(defaults or {}), **simple)
            obj.seed_values = {
                **{n: as_json(v) for n, v in (defaults or {}).items()},
                **json_values,
            }
            obj.citations = citations.get(key, [])
            to_create.append(obj)
            creations.append((obj, {n: values[n] for n in values if n in m2m}))
            results.append((CREATED, obj))
            continue
        before = dict(obj.seed_values)
        current = {}
        for name in values:
            if name in m2m:
                current[name] = as_json(list(getattr(obj, name).all()))
            else:
                current[name] = _current(obj, name)
        to_write, _kept = merge_seed_values(obj, json_values, current)
        for name in to_write:
            if name in m2m:
                m2m_sets.append((obj, name, values[name]))
            else:
                setattr(obj, name, values[name])
                update_fields.add(name)
            obj.seed_values[name] = json_values[name]
        cited = key in citations and obj.citations != citations[key]
        if cited:
            obj.citations = citations[key]
            update_fields.add("citations")
        if to_write or cited or obj.seed_values != before:
            to_update.append(obj)
            update_fields.add("seed_values")
        results.append((UPDATED if to_write or cited else UNCHANGED, obj))

    if to_create:
        model.objects.bulk_create(to_create)
        for name in m2m:
            through = model._meta.get_field(name).remote_field.through
            source = model._meta.get_field(name).m2m_field_name()
            target = model._meta.get_field(name).m2m_reverse_field_name()
            links = [
                through(**{f"{source}_id": obj.pk, f"{target}_id": related.pk})
                for obj, relations in creations
                for related in relations.get(name, [])
            ]
            through.objects.bulk_create(links)
    if to_update:
        if any(f.name == "updated_at" for f in model._meta.concrete_fields):
            now = timezone.now()
            for obj in to_update:
                obj.updated_at = now
            update_fields.add("updated_at")
        model.objects.bulk_update(to_update, sorted(update_fields))
    for obj, name, related in m2m_sets:
        getattr(obj, name).set(related)
    return results
