"""Link news items to the records they name, keeping the links an editor changed.

Which kinds of record can be named, and by which names, comes from the register of public
kinds: news knows nothing of the apps whose records it mentions.
"""

import hashlib
import re
from functools import cached_property

from django.db.models import Q

from common import register
from common.languages import codes, column
from common.seeding import CREATED, UNCHANGED, UPDATED

from .models import Citation

# Where an import remembers the mentions it wrote last, in the item's ``seed_values``.
MENTIONS = "mentions"


def mention_key(name, pk):
    return f"{name}:{pk}"


class MentionFinder:
    """Finds the records a text names, by their names and aliases in both languages."""

    def __init__(self):
        self.names = {}
        for kind in register.kinds():
            if not kind.mentionable:
                continue
            field = Citation.field_for(kind.model)
            for obj in kind.model.objects.all():
                for name in self._names_of(obj, kind.title_field):
                    self.names.setdefault(name.lower(), set()).add((field, obj.pk))
        alternatives = sorted(self.names, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<![A-Za-z])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![A-Za-z])",
                re.IGNORECASE,
            )
            if alternatives
            else None
        )

    @cached_property
    def fingerprint(self):
        """A digest of every name searched for and the records it stands for."""
        digest = hashlib.sha256()
        for name in sorted(self.names):
            refs = ",".join(mention_key(*ref) for ref in sorted(self.names[name]))
            digest.update(f"{name}\t{refs}\n".encode())
        return digest.hexdigest()

    @staticmethod
    def _names_of(obj, title_field):
        names = [getattr(obj, column(title_field, code)) or "" for code in codes()]
        names += obj.aliases.splitlines()
        return {n.strip() for n in names if len(n.strip()) >= 2}

    def find(self, *texts):
        """The records the texts name, as ``"field:pk"`` keys."""
        found = set()
        if self.pattern is None:
            return found
        for text in texts:
            for match in self.pattern.finditer(text or ""):
                found |= {mention_key(*ref) for ref in self.names[match.group(1).lower()]}
        return found

    def mentions(self, item):
        texts = [getattr(item, column(f, code)) for f in ("title", "body") for code in codes()]
        return self.find(*texts)


def link_mentions(found, retired=frozenset()):
    """Write the mentions ``found`` (item -> set of ``"field:pk"``) for each news item.

    An item's mentions are rewritten only while they are still those the last import
    wrote: an editor who added or removed one keeps the item's mentions as they are.
    ``retired`` records (``"field:pk"``) were deleted by this import, not by an editor.
    Returns the outcome per item, with a fixed number of queries for the batch.
    """
    items = list(found)
    current = {item.pk: set() for item in items}
    rows = Citation.objects.mentions().filter(news_item__in=items)
    for row in rows.values("pk", "news_item", *[f"{name}_id" for name in Citation.RECORD_FIELDS]):
        name = next(n for n in Citation.RECORD_FIELDS if row[f"{n}_id"])
        current[row["news_item"]].add(mention_key(name, row[f"{name}_id"]))
    to_add, to_remove, changed, outcomes = [], [], [], []
    for item in items:
        new, now = found[item], current[item.pk]
        last = item.seed_values.get(MENTIONS)
        if last is not None and retired:
            last = sorted(set(last) - retired)
        if now == new:
            outcome = UNCHANGED
        elif now == set(last or ()) or (last is None and not now):
            to_add += [(item, key) for key in new - now]
            to_remove += [(item, key) for key in now - new]
            outcome = UPDATED if now else CREATED
        else:
            outcomes.append(UNCHANGED)  # an editor's choice: kept
            continue
        if last != sorted(new):
            item.seed_values[MENTIONS] = sorted(new)
            changed.append(item)
        outcomes.append(outcome)
    _write(to_add, to_remove, changed)
    return outcomes


def _write(to_add, to_remove, changed):
    from .models import NewsItem

    if to_remove:
        stale = Q.create(
            [Q(news_item=item, **_record(key)) for item, key in to_remove], connector=Q.OR
        )
        Citation.objects.mentions().filter(stale).delete()
    Citation.objects.bulk_create(
        Citation(news_item=item, document_id=item.source_document_id, **_record(key))
        for item, key in to_add
    )
    NewsItem.objects.bulk_update(changed, ["seed_values"])


def _record(key):
    name, pk = key.split(":")
    return {f"{name}_id": int(pk)}
