"""Deleting the demo data: exactly its rows, and what hangs on them."""

from collections import Counter

from django.db import models

from common.models import SeedTombstone
from parks.models import Park
from places.models import District

from .scale import AT_SCALE_ONE, KEY_PREFIX, MODELS, SLUG_PREFIX, DemoError, demo_rows


def delete_demo_data():
    """Delete every demo record, the citations and links that hang on them; return counts.

    Rows are deleted with one statement per table, following the foreign keys by hand:
    Django's ``delete()`` would load every row, and its post-delete signal would leave a
    tombstone for each seeded key. What others made is kept: an editor's record that points
    at a demo park loses that link as its foreign key says (``SET_NULL``), and an editor's
    citation of a demo record goes with the record, as it would in the admin.
    """
    deleted = Counter()
    for kind in reversed(AT_SCALE_ONE):  # news first: most citations go with them
        deleted[kind] = _delete(demo_rows(MODELS[kind]), deleted)
    # The demo districts, but for those an editor's park is in.
    districts = District.objects.filter(slug__startswith=SLUG_PREFIX).exclude(
        slug__in=Park.objects.exclude(district=None).values("district")
    )
    deleted["districts"] = districts._raw_delete(districts.db)
    tombstones = SeedTombstone.objects.filter(seed_key__startswith=KEY_PREFIX)
    deleted["tombstones"] = tombstones._raw_delete(tombstones.db)
    return deleted


def _delete(queryset, deleted):
    """Delete ``queryset``'s rows after what depends on them; count the dependants' rows."""
    model = queryset.model
    pks = queryset.values("pk")
    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete) or relation.many_to_many:
            continue
        related = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": pks})
        label = _label(relation.related_model)
        if relation.on_delete is models.CASCADE:
            deleted[label] += _delete(related, deleted)
        elif relation.on_delete is models.SET_NULL:
            related.update(**{relation.field.name: None})
        elif relation.on_delete is not models.DO_NOTHING and related.exists():
            raise DemoError(
                f"{label} refer to demo {model._meta.verbose_name_plural} and may not lose "
                "them; nothing was deleted"
            )
    return queryset._raw_delete(queryset.db)  # no signals: see delete_demo_data


def _label(model):
    if model._meta.auto_created:  # a many-to-many table
        return "links"
    return str(model._meta.verbose_name_plural)
