"""Two to four parks side by side on every figure any of them has."""

from django.db.models import Q

from parks.models import Park

from .kinds import FIGURE_KINDS, GROUPS
from .presenting import display

MAX_PARKS = 4


def chosen_slugs(query):
    """The parks a URL names, in its order, without repeats: ``?parks=a&parks=b`` or
    ``?parks=a,b``; at most four."""
    slugs = []
    for value in query.getlist("parks"):
        for slug in value.split(","):
            slug = slug.strip()
            if slug and slug not in slugs:
                slugs.append(slug)
    return slugs[:MAX_PARKS]


def chosen_parks(slugs):
    """The published parks among ``slugs``, in the URL's order, with their figures."""
    parks = Park.objects.published().filter(slug__in=slugs).prefetch_related("figures")
    parks = parks.select_related("province", "city", "district")
    order = {slug: i for i, slug in enumerate(slugs)}
    return sorted(parks, key=lambda park: order[park.slug])


def find_park(name):
    """The first published park whose name (either language) or slug contains ``name``."""
    name = name.strip()[:100]
    if not name:
        return None
    match = Q(name_en__icontains=name) | Q(name_zh_hans__icontains=name) | Q(slug=name)
    return Park.objects.published().filter(match).order_by("name_en", "pk").first()


def comparison(parks, choices):
    """[{group, rows: [{label, cells: [figure text or '']}]}] for the figures any park has."""
    by_park = [{f.kind: f for f in park.figures.all()} for park in parks]
    groups = []
    for group in GROUPS:
        rows = []
        for kind in FIGURE_KINDS:
            if kind.group != group.key or not any(kind.key in figures for figures in by_park):
                continue
            cells = [
                {"figure": figures[kind.key], "text": display(figures[kind.key], choices)}
                if kind.key in figures
                else None
                for figures in by_park
            ]
            rows.append({"label": kind.label, "cells": cells})
        if rows:
            groups.append({"group": group, "rows": rows})
    return groups
