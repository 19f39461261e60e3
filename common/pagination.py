"""Pages deep in a long list that cost no more than the first ones."""

from django.core.paginator import Paginator


class KeysFirstPaginator(Paginator):
    """Finds a page's keys first, then its rows, in one query: an OFFSET walks a narrow index.

    For lists ordered by indexed columns ending in a unique one (``key``), with an index on
    those columns and the key for the published records: the database skips to the page in
    that index alone (an index-only scan) instead of reading every row before it, then reads
    the rows of the page by key. Prefetches run for the page's rows only, as usual.
    """

    key = "slug"

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = self.object_list.values(self.key)[bottom:top]
        rows = self.object_list.filter(**{f"{self.key}__in": keys})
        return self._get_page(rows, number, self)
