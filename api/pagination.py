"""Cursor pagination in slug order: a page is the records after the last one seen, so paging
through a list while it changes neither skips nor repeats a record, and a deep page costs
what the first one does (the slug's unique index)."""

import re

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

SLUG = re.compile(r"^[-\w]{1,100}$")


class SlugCursorPagination(CursorPagination):
    ordering = "slug"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def decode_cursor(self, request):
        """A cursor the API did not give is a 400 that says so, not a 404 or a 500."""
        try:
            cursor = super().decode_cursor(request)
        except NotFound as error:
            raise ValidationError({"cursor": [str(self.invalid_cursor_message)]}) from error
        if cursor is not None and cursor.position is not None and not SLUG.match(cursor.position):
            raise ValidationError({"cursor": [str(self.invalid_cursor_message)]})
        return cursor
