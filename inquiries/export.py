"""Inquiries as CSV for the officers, safe to open in a spreadsheet."""

import csv

from django.utils import timezone
from django.utils.text import capfirst

from .models import Inquiry

COLUMNS = [
    "reference",
    "created_at",
    "status",
    "assignee",
    *Inquiry.INVESTOR_FIELDS,
    "respond_by",
    "first_response_at",
]
# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def cell(inquiry, name):
    field = Inquiry._meta.get_field(name)
    if field.choices:
        return getattr(inquiry, f"get_{name}_display")()
    value = getattr(inquiry, name)
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if name == "assignee" and value is not None:
        return value.get_username()
    return value


def write_csv(queryset, stream):
    """Write a header of translated column names, then one row per inquiry."""
    writer = csv.writer(stream)
    writer.writerow([capfirst(Inquiry._meta.get_field(name).verbose_name) for name in COLUMNS])
    related = queryset.select_related(
        "assignee", "park", "opportunity", "chain_link__chain", "sector"
    )
    for inquiry in related.order_by("created_at", "pk"):
        writer.writerow([safe_cell(cell(inquiry, name)) for name in COLUMNS])
