from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedTombstone(models.Model):
    """A seeded record an editor deleted: imports do not bring it back unless asked to."""

    model = models.CharField(_("model"), max_length=100)
    seed_key = models.CharField(_("seed key"), max_length=120)
    deleted_at = models.DateTimeField(_("deleted"), auto_now_add=True)

    class Meta:
        verbose_name = _("deleted seed record")
        verbose_name_plural = _("deleted seed records")
        constraints = [
            models.UniqueConstraint(fields=["model", "seed_key"], name="common_tombstone_unique")
        ]

    def __str__(self):
        return f"{self.model} {self.seed_key}"
