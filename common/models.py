from django.conf import settings
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


class StaffProfile(models.Model):
    """What the portal knows of a member of staff beyond their account: the language they
    are written to in, and when they were last sent their daily reminder."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="staff_profile",
        on_delete=models.CASCADE,
    )
    language = models.CharField(
        _("language of mail"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("Reminders and notices are written to this member of staff in it."),
    )
    reminded_on = models.DateField(_("last reminded"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("staff preferences")
        verbose_name_plural = _("staff preferences")

    def __str__(self):
        return str(self.user)
