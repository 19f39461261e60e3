from django.db.models.signals import post_delete
from django.dispatch import receiver

from common.seeding import SeededModel

from .models import SeedTombstone


@receiver(post_delete)
def remember_deleted_seed(sender, instance, **kwargs):
    if isinstance(instance, SeededModel) and instance.seed_key:
        SeedTombstone.objects.get_or_create(
            model=sender._meta.label_lower, seed_key=instance.seed_key
        )
