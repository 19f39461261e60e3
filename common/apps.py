from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    verbose_name = _("Imports")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from . import pagecache
        from .seeding import remember_deleted_seed

        post_delete.connect(remember_deleted_seed, dispatch_uid="remember_deleted_seed")
        # Every saved or deleted record of a content app makes the stored pages stale.
        post_save.connect(pagecache.record_changed, dispatch_uid="pagecache_saved")
        post_delete.connect(pagecache.record_changed, dispatch_uid="pagecache_deleted")
        m2m_changed.connect(pagecache.links_changed, dispatch_uid="pagecache_links")
