"""CSV and JSON downloads of a list, with the filters of its page, streamed row by row.

Rows are read in chunks (``iterator(chunk_size=...)``, with their published related records
fetched per chunk) and written as they come, so a hundred thousand rows cost the memory of
one chunk. CSV is UTF-8 with a byte order mark, so that spreadsheet programs read Chinese
right, and a cell that a spreadsheet would run as a formula is written as text.
"""

import csv
import json

from django.http import Http404, JsonResponse, StreamingHttpResponse
from rest_framework.exceptions import ValidationError

from . import kinds
from .filters import filter_records

CHUNK_SIZE = 1000
BOM = "\ufeff"
# A cell starting with one of these is a formula (or becomes one) in spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guarded(value):
    """A cell's text, prefixed with an apostrophe where a spreadsheet would run it."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def columns(serializer):
    """The CSV columns of a kind: each field, an object field as one column per key."""
    return [
        (name, key)
        for name, field in serializer.fields.items()
        for key in getattr(field, "keys", None) or [None]
    ]


def cell(record, name, key):
    value = record[name] if key is None else (record[name] or {}).get(key)
    if isinstance(value, list):
        if any(isinstance(v, dict) for v in value):  # a park's figures: one JSON cell
            return json.dumps(value, ensure_ascii=False, default=str)
        return "; ".join(str(v) for v in value)
    return value


def heading(name, key):
    return name if key is None else f"{name}_{key.replace('-', '_')}"


class Echo:
    """A file that hands back what is written to it, for csv.writer."""

    def write(self, value):
        return value


def rows(serializer, queryset):
    for record in queryset.order_by("slug").iterator(chunk_size=CHUNK_SIZE):
        yield serializer.to_representation(record)


def csv_lines(serializer, records):
    writer = csv.writer(Echo())
    header = columns(serializer)
    yield BOM + writer.writerow([heading(name, key) for name, key in header])
    for record in records:
        yield writer.writerow([guarded(cell(record, name, key)) for name, key in header])


def json_chunks(records):
    yield "["
    for i, record in enumerate(records):
        yield ("," if i else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]\n"


def download(request, kind, format):
    try:
        served = kinds.get(kind)
    except StopIteration:
        raise Http404(kind) from None
    try:
        queryset = filter_records(served, request)
    except ValidationError as error:
        return JsonResponse(error.detail, status=400, json_dumps_params={"ensure_ascii": False})
    serializer = served.serializer(context={"request": request})
    records = rows(serializer, queryset)
    if format == "csv":
        response = StreamingHttpResponse(
            csv_lines(serializer, records), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            json_chunks(records), content_type="application/json; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{served.key}.{format}"'
    return response
