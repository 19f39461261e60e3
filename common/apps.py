from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    verbose_name = _("Imports")

    def ready(self):
        from django.db.models.signals import (
            m2m_changed,
            post_delete,
            post_migrate,
            post_save,
            pre_migrate,
        )

        from . import pagecache
        from .searching import drop_sqlite_triggers, sync_sqlite_tables
        from .seeding import remember_deleted_seed

        post_delete.connect(remember_deleted_seed, dispatch_uid="remember_deleted_seed")
        # Every saved or deleted record of a content app makes the stored pages stale.
        post_save.connect(pagecache.record_changed, dispatch_uid="pagecache_saved")
        post_delete.connect(pagecache.record_changed, dispatch_uid="pagecache_deleted")
        m2m_changed.connect(pagecache.links_changed, dispatch_uid="pagecache_links")
        # SQLite's search tables: out of the way of migrations, then made to fit again.
        pre_migrate.connect(drop_sqlite_triggers, sender=self, dispatch_uid="search_pre_migrate")
        post_migrate.connect(sync_sqlite_tables, sender=self, dispatch_uid="search_post_migrate")
