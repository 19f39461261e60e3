"""The places as facet choices: a list read from the database, kept until the content changes."""

from django.utils.translation import get_language

from common import pagecache


class PlaceChoices(list):
    """(slug, name) of every province or city: a list, so a facet counts it with the other
    fixed facets in one query. Read once per content generation and language (saving a place
    starts a new generation, see ``places.apps``), so a list page does not read it each time."""

    from_records = True  # not a fixed enumeration: the open data's schema lists no values

    def __init__(self, model):
        super().__init__()
        self.model = model
        self.loaded = {}  # (generation, language) -> choices

    def _load(self):
        try:
            key = (pagecache.current_generation(), get_language())
        except Exception:  # the shared cache is down: read them, the pages must keep working
            return [(p.slug, str(p)) for p in self.model.objects.all()]
        if key not in self.loaded:
            self.loaded = {key: [(p.slug, str(p)) for p in self.model.objects.all()]}
        return self.loaded[key]

    def __iter__(self):
        return iter(self._load())

    def __len__(self):
        return len(self._load())

    def __getitem__(self, index):
        return self._load()[index]

    def __bool__(self):
        return True
