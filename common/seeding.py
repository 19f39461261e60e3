"""Records an import made, and what it last wrote, so that an editor's change is never overwritten.

An import writes a field only while its value is still the one the import wrote last
time: a value an editor changed (or a translation an editor added to an empty field)
differs from that record and is kept. A seeded record an editor deleted leaves a
tombstone, and imports skip it unless asked to restore it.
"""

from datetime import date
from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import pagecache

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
        # A record referred to by a natural key (a place's slug) is remembered by it.
        return getattr(value, "seed_identity", None) or getattr(value, "seed_key", None) or value.pk
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
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


def upsert_seeded(model, key, values, *, defaults=None, restore_deleted=False):
    """Create or update the record of ``model`` with seed key ``key``; return what happened.

    ``values`` are the fields the seeds give (many-to-many fields as lists of objects);
    ``defaults`` are set only when the record is created.
    """
    return upsert_seeded_many(model, [(key, values, defaults)], restore_deleted=restore_deleted)[0]


def upsert_seeded_many(model, rows, *, restore_deleted=False):
    """Create or update many seeded records, with a fixed number of queries per call.

    ``rows`` is a list of ``(key, values, defaults)``. Returns ``(outcome, obj)`` per row,
    in order; ``obj`` is None for a skipped row. Records are not ``full_clean``-ed: the
    callers give parsed, checked values, and the database holds the constraints.
    """
    if not rows:
        return []
    batch = _Batch(model, rows)
    existing = batch.fetch_existing()
    tombstones = batch.tombstones([key for key, _v, _d in rows if key not in existing])
    if restore_deleted and tombstones:
        batch.forget_tombstones(tombstones)
    results = []
    for key, values, defaults in rows:
        obj = existing.get(key)
        if obj is not None:
            results.append((batch.merge(obj, values), obj))
        elif key in tombstones and not restore_deleted:
            results.append((SKIPPED, None))
        else:
            results.append((CREATED, batch.build(key, values, defaults)))
    batch.save()
    return results


class _Batch:
    """The records of one ``upsert_seeded_many`` call, and the writes they need."""

    def __init__(self, model, rows):
        self.model = model
        fields = {name for _key, values, _defaults in rows for name in values}
        self.m2m = {name for name in fields if model._meta.get_field(name).many_to_many}
        self.foreign = {name for name in fields if model._meta.get_field(name).many_to_one}
        self.keys = [key for key, _values, _defaults in rows]
        self.to_create, self.creations = [], []
        self.to_update, self.update_fields, self.m2m_sets = [], set(), []

    def fetch_existing(self):
        queryset = self.model.objects.filter(seed_key__in=self.keys)
        queryset = queryset.select_related(*self.foreign).prefetch_related(*self.m2m)
        return {obj.seed_key: obj for obj in queryset}

    def tombstones(self, missing):
        from .models import SeedTombstone

        if not missing:
            return set()
        found = SeedTombstone.objects.filter(
            model=self.model._meta.label_lower, seed_key__in=missing
        )
        return set(found.values_list("seed_key", flat=True))

    def forget_tombstones(self, keys):
        from .models import SeedTombstone

        label = self.model._meta.label_lower
        SeedTombstone.objects.filter(model=label, seed_key__in=keys).delete()

    def build(self, key, values, defaults):
        defaults = defaults or {}
        simple = {name: value for name, value in values.items() if name not in self.m2m}
        obj = self.model(seed_key=key, **defaults, **simple)
        obj.seed_values = {name: as_json(value) for name, value in {**defaults, **values}.items()}
        self.to_create.append(obj)
        self.creations.append((obj, {name: values[name] for name in values if name in self.m2m}))
        return obj

    def merge(self, obj, values):
        """Write the seed values an editor has not changed; say whether anything changed."""
        before = dict(obj.seed_values)
        json_values = {name: as_json(value) for name, value in values.items()}
        current = {name: _current(obj, name) for name in values}
        to_write, _kept = merge_seed_values(obj, json_values, current)
        stored = {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
        for name in to_write:
            if name in self.m2m:
                self.m2m_sets.append((obj, name, values[name]))
            else:
                setattr(obj, name, values[name])
                self.update_fields.add(name)
            obj.seed_values[name] = json_values[name]
        mark_stale = getattr(obj, "mark_stale_translations", None)
        if to_write and mark_stale:  # bulk writes call no save(): translations are told here
            self.update_fields.update(mark_stale(before=stored))
        if to_write or obj.seed_values != before:
            self.to_update.append(obj)
            self.update_fields.add("seed_values")
        return UPDATED if to_write else UNCHANGED

    def save(self):
        if self.to_create or self.to_update or self.m2m_sets:
            # Bulk writes send no signals: the page cache is told here.
            pagecache.bump_on_commit(self.model.objects.db)
        if self.to_create:
            self.model.objects.bulk_create(self.to_create)
            for name in self.m2m:
                self._create_links(name)
        if self.to_update:
            if any(f.name == "updated_at" for f in self.model._meta.concrete_fields):
                now = timezone.now()
                for obj in self.to_update:
                    obj.updated_at = now
                self.update_fields.add("updated_at")
            self.model.objects.bulk_update(self.to_update, sorted(self.update_fields))
        for obj, name, related in self.m2m_sets:
            getattr(obj, name).set(related)

    def _create_links(self, name):
        field = self.model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            through(**{f"{source}_id": obj.pk, f"{target}_id": related.pk})
            for obj, relations in self.creations
            for related in relations.get(name, [])
        )


# Kept as the import wrote them, or bookkeeping: not an editor's change of a retired record.
_BOOKKEEPING = {"id", "seed_key", "seed_values", "created_at", "updated_at"}


def _translated_originals(model):
    """The fields modeltranslation mirrors into per-language columns (``name``)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def edited_since_import(obj):
    """Whether an editor changed ``obj``: a value the import wrote, or a field it never writes."""
    if any(_current(obj, name) != last for name, last in obj.seed_values.items()):
        return True
    skipped = _BOOKKEEPING | set(obj.seed_values) | _translated_originals(type(obj))
    for field in obj._meta.concrete_fields:
        if field.name in skipped or field.attname in skipped:
            continue
        value = getattr(obj, field.attname)
        if value not in (None, "") and value != field.get_default():
            return True
    return False


def retire_seeded(model, prefix, keep, *, edited_elsewhere=()):
    """Records of ``model`` an import made (seed keys starting with ``prefix``) whose key is
    no longer in ``keep``: the seeds merged them into another record, or dropped them.

    A record no editor changed is deleted, leaving no tombstone (the seeds may bring the key
    back). One an editor changed, or whose pk is in ``edited_elsewhere`` (it has the editor's
    own citations), is unpublished once and left to the editor: its ``seed_values`` are
    emptied, so that later imports neither unpublish it again nor overwrite it should the key
    come back. Returns the pks of the records deleted, and how many were unpublished.
    """
    from .models import SeedTombstone

    stale = model.objects.filter(seed_key__startswith=prefix).exclude(seed_key__in=keep)
    stale = list(stale.exclude(seed_values={}))  # emptied: already left to an editor
    if not stale:
        return [], 0
    edited_elsewhere = set(edited_elsewhere)
    kept = [o for o in stale if o.pk in edited_elsewhere or edited_since_import(o)]
    gone = [o for o in stale if o not in kept]
    for obj in kept:
        obj.is_published, obj.seed_values = False, {}
        obj.save(update_fields=["is_published", "seed_values", "updated_at"])
    keys = [obj.seed_key for obj in gone]
    model.objects.filter(pk__in=[obj.pk for obj in gone]).delete()
    # Deletion signals leave tombstones; these records were retired, not deleted by staff.
    SeedTombstone.objects.filter(model=model._meta.label_lower, seed_key__in=keys).delete()
    return [obj.pk for obj in gone], len(kept)
