"""The register of public record kinds: what visitors can browse, search and follow.

Each content app registers its kinds when it is ready; search, sitemaps, the home page
and feeds walk the register, so adding a kind is one entry and every page agrees on
what is public (a kind's ``public()`` queryset).
"""

from dataclasses import dataclass, field

from django.urls import reverse


@dataclass(frozen=True)
class PublicKind:
    key: str  # "parks": section of the sitemap, group of the search results
    model: type
    heading: str  # translated plural, e.g. "Parks"
    list_url: str  # URL name of the list page
    title_field: str  # the translated field that names a record
    search_fields: tuple  # translated fields searched, the title first
    other_search_fields: tuple = ()  # untranslated fields searched as they are
    mentionable: bool = False  # news items are linked to it by its names and aliases
    home_label: str = ""  # the home page's figure for this kind; empty: none
    home_filter: dict = field(default_factory=dict)  # narrows the figure, e.g. open only
    # What the list page shows of the public records (it filters so itself; not in its URL).
    list_filter: dict = field(default_factory=dict)
    order: int = 0

    def public(self):
        """Published records of this kind: the one answer to "may a visitor see it?"."""
        return self.model.objects.published()

    def home_queryset(self):
        return self.public().filter(**self.list_filter, **self.home_filter)

    def home_url(self):
        query = "&".join(f"{name}={value}" for name, value in self.home_filter.items())
        return reverse(self.list_url) + (f"?{query}" if query else "")


_kinds = {}


def register(kind):
    if kind.key in _kinds and _kinds[kind.key].model is not kind.model:
        raise ValueError(f"the public kind {kind.key!r} is registered twice")
    _kinds[kind.key] = kind
    return kind


def kinds():
    """Every public kind, in the order pages list them."""
    return sorted(_kinds.values(), key=lambda kind: kind.order)


def get(key):
    return _kinds[key]


def kind_of(model):
    """The public kind of a model (or instance), or None."""
    model = model if isinstance(model, type) else type(model)
    return next((kind for kind in _kinds.values() if kind.model is model), None)
