"""Pages deep in a long list that cost no more than the first ones."""

from django.core.paginator import Page, Paginator


class KeysFirstPaginator(Paginator):
    """Reads a page's keys first, then its rows: an OFFSET walks a narrow index only.

    For lists ordered by indexed columns ending in a unique one (``key``): the database
    skips to the page in the index (an index-only scan) instead of reading every row
    before it, then fetches the rows of the page, with their prefetches, by key.
    """

    key = "slug"

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(self.object_list.values_list(self.key, flat=True)[bottom:top])
        found = self.object_list.filter(**{f"{self.key}__in": keys})
        rows = {getattr(row, self.key): row for row in found}
        return Page([rows[key] for key in keys if key in rows], number, self)
