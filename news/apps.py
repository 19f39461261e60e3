from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from common.register import PublicKind, register

        from .models import Citation, NewsItem, citation_changed, news_item_changed

        post_save.connect(citation_changed, sender=Citation, dispatch_uid="citation_saved")
        post_delete.connect(citation_changed, sender=Citation, dispatch_uid="citation_deleted")
        post_save.connect(news_item_changed, sender=NewsItem, dispatch_uid="news_item_saved")
        post_delete.connect(news_item_changed, sender=NewsItem, dispatch_uid="news_item_deleted")

        register(
            PublicKind(
                key="news",
                model=NewsItem,
                heading=_("News"),
                list_url="news:list",
                title_field="title",
                search_fields=("title", "body"),
                order=50,
            )
        )
