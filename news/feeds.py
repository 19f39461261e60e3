from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common import register
from common.languages import text_of


class LatestNewsFeed(Feed):
    """RSS of the latest news in the language of the URL, with fallback to the other."""

    title = _("Dongying & Jingzhou Investment Portal: news")
    description = _("News of the petroleum-equipment and high-end-equipment parks.")

    def link(self):
        return reverse("news:list")

    def items(self):
        return register.get("news").public()[:30]

    def item_title(self, item):
        return text_of(item, "title").value

    def item_description(self, item):
        body = text_of(item, "body").value
        return body[:600] + ("…" if len(body) > 600 else "")

    def item_pubdate(self, item):
        from datetime import datetime
        from zoneinfo import ZoneInfo

        if item.year and item.month:
            return datetime(item.year, item.month, item.day or 1, tzinfo=ZoneInfo("Asia/Shanghai"))
        return None
