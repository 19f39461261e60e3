"""Write the checked seeds: news documents, their translations and the cited catalogue.

The caller runs it in one transaction; everything was checked by ``loading`` first.
"""

from collections import Counter

from common import languages
from common.languages import column
from common.models import SeedTombstone
from common.seeding import edited_since_import, retire_seeded, upsert_seeded, upsert_seeded_many
from common.translation import TranslationStatus
from news.importing import import_document, news_key
from news.mentions import MentionFinder, link_mentions, mention_key
from news.models import Citation, NewsItem, SourceDocument
from parks.models import AgreementStage
from places.districts import find_or_make_district

from .chains import import_chains
from .figures import import_figures
from .kinds import EXTRA_VALUES, KINDS, PLACE_MODELS


def texts(entry, name, join=None):
    """The ``name_en`` / ``name_zh_hans`` pair of an entry as model field values."""
    values = {}
    for key in languages.columns(name):
        value = entry.get(key, [] if join else "")
        values[key] = join.join(value) if join else value.strip()
    return values


def translation_statuses(entry):
    """The seeds' own language is the original; the other is a translation awaiting review."""
    original = languages.from_suffix(entry.get("original_language", "en"))
    return {
        column("translation_status", code): TranslationStatus.ORIGINAL
        if code == original
        else TranslationStatus.TRANSLATED
        for code in languages.codes()
    }


class SeedImporter:
    def __init__(self, seeds, *, restore_deleted=False):
        self.seeds = seeds
        self.restore_deleted = restore_deleted
        self.stats = Counter()
        self.objects = {}  # (kind, key) -> object
        self.retired = set()  # mention keys of the records retired by this import

    def run(self):
        self.import_documents()
        self.import_translations()
        self.item_ids = dict(NewsItem.objects.exclude(seed_key=None).values_list("seed_key", "pk"))
        self.document_ids = dict(SourceDocument.objects.values_list("file_name", "pk"))
        for kind in KINDS:
            self.import_kind(kind)
        self.import_stages()
        import_chains(self)
        parks = {key: obj for (kind, key), obj in self.objects.items() if kind == "parks"}
        import_figures(self.seeds, parks, self.stats)
        for kind in reversed(KINDS):  # references are already moved to what is kept
            self.retire(kind)
        self.link_news()
        return self.stats

    # News documents and their translations.

    def import_documents(self):
        for file_name in self.seeds.documents:
            language, items = self.seeds.translations.get(file_name, (None, {}))
            english = {i: entry["title"] for i, entry in items.items()} if language == "en" else {}
            import_document(
                self.seeds.directory / file_name,
                file_name=file_name,
                stats=self.stats,
                restore_deleted=self.restore_deleted,
                english_titles=english,
            )

    def import_translations(self):
        for file_name, (language, items) in self.seeds.translations.items():
            for index, entry in items.items():
                values = {
                    column("title", language): entry["title"].strip(),
                    column("body", language): entry["body"].strip(),
                    column("translation_status", language): TranslationStatus.TRANSLATED,
                }
                outcome, _obj = upsert_seeded(
                    NewsItem,
                    news_key(file_name, index),
                    values,
                    restore_deleted=self.restore_deleted,
                )
                self.stats[f"translations {outcome}"] += 1

    # The catalogue, one kind at a time.

    def import_kind(self, kind):
        rows = []
        entries = self.seeds.catalogue.get(kind.key, [])
        for position, entry in enumerate(entries, start=1):
            values = {**self.values(kind, entry), **translation_statuses(entry)}
            if kind.key == "sectors":
                values["position"] = position
            defaults = {"slug": entry["key"], "is_published": True}
            rows.append((f"{kind.key}:{entry['key']}", values, defaults))
        results = upsert_seeded_many(kind.model, rows, restore_deleted=self.restore_deleted)
        for entry, (outcome, obj) in zip(entries, results, strict=True):
            self.stats[f"{kind.key} {outcome}"] += 1
            if obj is not None:
                self.objects[(kind.key, entry["key"])] = obj
        if kind.evidence:
            self.cite(kind, entries)

    # The tracker: the stages agreements and projects reached, each cited.

    def import_stages(self):
        """Write the catalogue's stages of each agreement (keyed ``stages:<agreement>:<stage>``),
        their citations, and retire the stages it no longer gives; then each agreement's stage
        follows its sources. A stage an editor made for the same agreement is kept as it is."""
        rows, entries = [], []
        agreements = {}
        for entry in self.seeds.catalogue.get("agreements", []):
            agreement = self.objects.get(("agreements", entry["key"]))
            if agreement is None:
                continue
            agreements[agreement.pk] = agreement
            for stage in entry.get("stages", []):
                key = f"stages:{entry['key']}:{stage['stage']}"
                values = {
                    "agreement": agreement,
                    "stage": stage["stage"],
                    **{part: stage.get(part) for part in ("year", "month", "day")},
                }
                rows.append((key, values, None))
                entries.append({**stage, "key": key})
        made_here = set(
            AgreementStage.objects.filter(agreement__in=agreements)
            .exclude(seed_key__startswith="stages:")
            .values_list("agreement", "stage")
        )
        wanted = [
            (row, entry)
            for row, entry in zip(rows, entries, strict=True)
            if (row[1]["agreement"].pk, row[1]["stage"]) not in made_here
        ]
        results = upsert_seeded_many(
            AgreementStage, [row for row, _entry in wanted], restore_deleted=self.restore_deleted
        )
        stages = {}
        for (_row, entry), (outcome, obj) in zip(wanted, results, strict=True):
            self.stats[f"stages {outcome}"] += 1
            if obj is not None:
                stages[obj.pk] = entry
        self.cite_records("stage", stages)
        self.retire_stages([entry["key"] for entry in entries])
        for agreement in agreements.values():
            agreement.refresh_stage()

    def retire_stages(self, keep):
        """Stages the catalogue no longer gives: deleted unless an editor changed them or
        cited them, else left to the editor."""
        stale = AgreementStage.objects.filter(seed_key__startswith="stages:")
        stale = list(stale.exclude(seed_key__in=keep).exclude(seed_values={}))
        cited = set(
            Citation.objects.filter(stage__in=stale, is_imported=False).values_list(
                "stage", flat=True
            )
        )
        kept = [s for s in stale if s.pk in cited or edited_since_import(s)]
        for stage in kept:
            stage.seed_values = {}
            stage.save(update_fields=["seed_values"])
        gone = [s for s in stale if s not in kept]
        AgreementStage.objects.filter(pk__in=[s.pk for s in gone]).delete()
        # Retired by the import, not deleted by an editor: no tombstone keeps them out.
        SeedTombstone.objects.filter(
            model=AgreementStage._meta.label_lower, seed_key__in=[s.seed_key for s in gone]
        ).delete()
        if gone:
            self.stats["stages retired"] += len(gone)

    def retire(self, kind):
        """Records of entries the catalogue no longer has (merged into another, or dropped)."""
        keep = [f"{kind.key}:{entry['key']}" for entry in self.seeds.catalogue.get(kind.key, [])]
        cited = []  # records an editor added quotations to
        if kind.evidence:
            field = Citation.field_for(kind.model)
            editors = Citation.objects.filter(is_imported=False).exclude(quote="")
            editors = editors.filter(**{f"{field}__seed_key__startswith": f"{kind.key}:"})
            cited = editors.values_list(f"{field}_id", flat=True)
        deleted, kept = retire_seeded(kind.model, f"{kind.key}:", keep, edited_elsewhere=cited)
        if deleted:
            self.stats[f"{kind.key} retired"] += len(deleted)
            if kind.evidence:
                field = Citation.field_for(kind.model)
                self.retired |= {mention_key(field, pk) for pk in deleted}
        if kept:
            self.stats[f"{kind.key} retired, kept for an editor and unpublished"] += kept

    def values(self, kind, entry):
        values = {}
        for name in (*kind.required, *kind.texts):
            values.update(texts(entry, name))
        for name in kind.lists:
            values.update(texts(entry, name, join="\n"))
        for name in kind.choices:
            values[name] = entry.get(name, "")
            if name in PLACE_MODELS:
                values[name] = self.place(name, values[name])
        for name in kind.plain:
            values[name] = entry.get(name)
        for name, ref in kind.refs.items():
            if ref.many:
                keys = entry.get(name, [])
                values[name] = [o for k in keys if (o := self.objects.get((ref.kind, k)))]
            else:
                values[name] = (
                    self.objects.get((ref.kind, entry.get(name))) if entry.get(name) else None
                )
        if kind.aliases:
            values["aliases"] = "\n".join(
                alias for key in languages.columns("aliases") for alias in entry.get(key, [])
            )
        if kind.key in EXTRA_VALUES:
            values.update(EXTRA_VALUES[kind.key](entry))
        if kind.place_texts:
            # The district the entry names, as text, becomes its city's district record.
            found = [values.pop(name) for name in languages.columns("district")]
            values["district"] = find_or_make_district(values.get("city"), *found)
        return values

    def place(self, name, slug):
        """The province or city a catalogue entry names by its slug (None for none)."""
        if not hasattr(self, "places"):
            self.places = {
                key: {p.slug: p for p in model.objects.all()} for key, model in PLACE_MODELS.items()
            }
        return self.places[name].get(slug) if slug else None

    # Citations: the words of the seeds that support each record.

    def cite(self, kind, entries):
        """Keep each record's imported citations equal to its catalogue evidence."""
        records = {
            obj.pk: entry
            for entry in entries
            if (obj := self.objects.get((kind.key, entry["key"]))) is not None
        }
        self.cite_records(Citation.field_for(kind.model), records)

    def cite_records(self, field, records):
        """Keep the imported citations of ``records`` (pk -> catalogue entry) through
        ``field`` equal to the entries' evidence."""
        existing = {}
        imported = Citation.objects.filter(is_imported=True, **{f"{field}_id__in": records})
        for citation in imported.order_by("position", "pk"):
            existing.setdefault(getattr(citation, f"{field}_id"), []).append(citation)
        stale, fresh = [], []
        for pk, entry in records.items():
            wanted = [(*self.source_of(c), c["quote"]) for c in entry.get("evidence", [])]
            now = [(c.news_item_id, c.document_id, c.quote) for c in existing.get(pk, [])]
            if now == wanted:
                self.stats["citations unchanged"] += 1
                continue
            stale += existing.get(pk, [])
            fresh += [
                Citation(
                    **{f"{field}_id": pk},
                    news_item_id=item,
                    document_id=document,
                    quote=quote,
                    position=position,
                    is_imported=True,
                )
                for position, (item, document, quote) in enumerate(wanted, start=1)
            ]
            self.stats[f"citations {'updated' if pk in existing else 'created'}"] += 1
        Citation.objects.filter(pk__in=[c.pk for c in stale]).delete()
        Citation.objects.bulk_create(fresh)

    def source_of(self, citation):
        """The ids of the news item that holds a quotation (or None) and of its document."""
        file_name, quote = citation["file"], citation["quote"]
        position = next(
            (
                i.position
                for i in self.seeds.documents[file_name].items
                if quote in i.title or quote in i.body
            ),
            None,
        )
        item = self.item_ids.get(news_key(file_name, position)) if position else None
        return item, self.document_ids[file_name]

    # Mentions: news items name parks and enterprises.

    def link_news(self):
        keys = [
            news_key(file_name, item.position)
            for file_name, document in self.seeds.documents.items()
            for item in document.items
        ]
        finder = MentionFinder()
        items = NewsItem.objects.filter(seed_key__in=keys)
        found = {item: finder.mentions(item) for item in items}
        for outcome in link_mentions(found, retired=self.retired):
            self.stats[f"mention links {outcome}"] += 1
