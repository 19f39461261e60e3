from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from common.register import PublicKind, register

        from .models import NewsItem

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
