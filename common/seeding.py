"""Records an import made, and what it last wrote, so that an editor's change is never overwritten.

An import writes a field only while its value is still the one the import wrote
last time: a value an editor changed (or a translation an editor added to an
empty field) differs from that record and is kept.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

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


def merge_seed_values(instance, values, current):
    """Decide which seed values to write on ``instance``.

    ``values`` maps field names to the values the seeds give now; ``current`` maps the
    same names to what the record holds now, in the same JSON form. Returns the names to
    write and the names an editor changed (kept as they are). A new record takes all.
    """
    if instance.pk is None:
        return list(values), []
    to_write, kept = [], []
    for name, new in values.items():
        last = instance.seed_values.get(name, _MISSING)
        now = current.get(name)
        if now == new:
            if last != new:
                instance.seed_values[name] = new
            continue
        if last is _MISSING and now in ("", None, []) or now == last:
            to_write.append(name)
        else:
            kept.append(name)
    return to_write, kept
