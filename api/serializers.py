"""What the open data says of each record: both languages side by side, published links only.

A translated field appears once per language, named as its column is (``name_en``,
``name_zh_hans``: ``common.languages.column``), and is empty where the record has no text in
that language: nothing is filled in from the other one. A link to another record is its slug,
and is left out (null, or not in the list) while that record is not published.
"""

from django.utils import translation
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from common.languages import codes, columns, suffix
from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park, Sector
from policies.models import PARTS, Policy


def translated(*fields):
    """The columns of translated fields, every language of each: name_en, name_zh_hans, ..."""
    return [name for field in fields for name in columns(field)]


def slugs(**kwargs):
    return serializers.SlugRelatedField(slug_field="slug", read_only=True, **kwargs)


class PageUrlsField(serializers.Field):
    """The record's public page in each language, as an absolute URL."""

    SLUG = "__slug__"

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)
        self.keys = codes()  # one CSV column each
        self.patterns = {}

    def to_representation(self, record):
        # A record's address differs from another's only by its slug: each language's is
        # reversed once per list, not twice per record (a download has a hundred thousand).
        model = type(record)
        if model not in self.patterns:
            request = self.context.get("request")
            patterns = {}
            for code in codes():
                with translation.override(code):
                    path = model(slug=self.SLUG).get_absolute_url()
                patterns[code] = request.build_absolute_uri(path) if request else path
            self.patterns[model] = patterns
        return {
            code: pattern.replace(self.SLUG, record.slug)
            for code, pattern in self.patterns[model].items()
        }


PageUrlsField = extend_schema_field(
    {
        "type": "object",
        "description": "The record's page on the site, in each language.",
        "properties": {code: {"type": "string", "format": "uri"} for code in ("en", "zh-hans")},
        "required": ["en", "zh-hans"],
    }
)(PageUrlsField)


class DateField(serializers.Field):
    """A date as precise as its source: '2021-05-26', '2021-05', '2021', '--06-30' or null."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        return record.date_iso or None


DateField = extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "description": "ISO 8601, as precise as the source: YYYY-MM-DD, YYYY-MM, YYYY, or "
        "--MM-DD when the source names no year; null when it gives no date.",
        "example": "2021-05",
    }
)(DateField)


class BilingualSerializer(serializers.ModelSerializer):
    """A text a record lacks in one language is "" in that language, never null."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        for name in self.texts:
            if data.get(name) is None:
                data[name] = ""
        return data

    @property
    def texts(self):
        translated_fields = getattr(self, "_texts", None)
        if translated_fields is None:
            suffixes = tuple(f"_{suffix(code)}" for code in codes())
            translated_fields = self._texts = [n for n in self.fields if n.endswith(suffixes)]
        return translated_fields


@extend_schema_field({"type": "string", "description": "The slug of a place; empty for none."})
class PlaceField(serializers.Field):
    """A record's province or city as its slug (``dongying``), read from the record's own
    column with no query; empty when it has none."""

    def __init__(self, column, **kwargs):
        super().__init__(source=column, read_only=True, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source) or ""

    def to_representation(self, value):
        return value


@extend_schema_field({"type": "string", "description": "The place's name in that language."})
class PlaceNameField(serializers.Field):
    """The name, in one language, of the place a record points at (``district``): fetched
    with the record; empty when it has none or no name in that language."""

    def __init__(self, place, language, **kwargs):
        self.place, self.language = place, language
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        place = getattr(record, self.place)
        return (getattr(place, f"name_{suffix(self.language)}", "") or "") if place else ""


class PlaceFields(serializers.Serializer):
    province = PlaceField("province_id")
    city = PlaceField("city_id")


class RecordSerializer(BilingualSerializer):
    """Fields every public record shares."""

    urls = PageUrlsField()

    class Meta:
        fields = ["slug", "urls", "updated_at"]


class SectorSerializer(BilingualSerializer):
    class Meta:
        model = Sector
        fields = ["slug", *translated("name", "description"), "position", "updated_at"]


class ParkSerializer(PlaceFields, RecordSerializer):
    district = PlaceField("district_id")
    district_en = PlaceNameField("district", "en")
    district_zh_hans = PlaceNameField("district", "zh-hans")
    sectors = slugs(many=True)
    image = serializers.SerializerMethodField()

    class Meta:
        model = Park
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("name", "summary", "description", "highlights"),
            "kind",
            "status",
            "province",
            "city",
            # The district or county by its slug, and its names (as the text was named before
            # districts were records).
            "district",
            *translated("district"),
            "latitude",
            "longitude",
            "sectors",
            "image",
            # The contact the park's page shows: the park's own public office.
            *translated("contact_name"),
            "contact_email",
            "contact_phone",
        ]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_image(self, park):
        if not park.image:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(park.image.url) if request else park.image.url


class EnterpriseSerializer(PlaceFields, RecordSerializer):
    park = slugs(allow_null=True)
    sectors = slugs(many=True)

    class Meta:
        model = Enterprise
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("name", "description", "highlights"),
            "kind",
            "province",
            "city",
            "park",
            "sectors",
            "website",
        ]


class TimelineField(serializers.Field):
    """An agreement's stages that a source supports, in order, each with its sources:
    the quoted words of published news, or the note of staff."""

    def __init__(self, **kwargs):
        super().__init__(source="stages", read_only=True, **kwargs)

    def to_representation(self, stages):
        timeline = []
        for stage in sorted(stages.all(), key=lambda stage: stage.position):
            sources = [  # prefetched: quoted words, of published news items only
                {
                    "news": citation.news_item.slug if citation.news_item_id else None,
                    "document": citation.document.file_name if citation.document_id else None,
                    "quote": citation.quote,
                }
                for citation in stage.citations.all()
            ]
            notes = {name: getattr(stage, name) or "" for name in translated("source_note")}
            if sources or any(notes.values()):
                timeline.append(
                    {"stage": stage.stage, "date": stage.date_iso or None, "sources": sources}
                    | notes
                )
        return timeline


TimelineField = extend_schema_field(
    {
        "type": "array",
        "description": "The stages a source supports, in order (intent, signed, started, in "
        "production, stopped), each with its date and its sources: the quoted words of "
        "published news items, or a note entered by staff.",
        "items": {
            "type": "object",
            "properties": {
                "stage": {
                    "type": "string",
                    "enum": list(CooperationAgreement.Stage.values),
                },
                "date": {"type": "string", "nullable": True, "example": "2021-05"},
                "sources": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "news": {"type": "string", "nullable": True},
                            "document": {"type": "string", "nullable": True},
                            "quote": {"type": "string"},
                        },
                        "required": ["news", "document", "quote"],
                    },
                },
                **{name: {"type": "string"} for name in translated("source_note")},
            },
            "required": ["stage", "date", "sources", *translated("source_note")],
        },
    }
)(TimelineField)


@extend_schema_field(
    {
        "type": "string",
        "enum": ["", *CooperationAgreement.Stage.values],
        "description": "The latest stage a source supports (see timeline); empty while no "
        "stage has a source.",
    }
)
class StageField(serializers.CharField):
    pass


class AgreementSerializer(RecordSerializer):
    date = DateField()
    stage = StageField(read_only=True)
    timeline = TimelineField()
    park = slugs(allow_null=True)
    parties = slugs(many=True)
    sectors = slugs(many=True)

    class Meta:
        model = CooperationAgreement
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("title", "summary", "highlights", "other_parties"),
            "record_type",
            "kind",
            "stage",
            "timeline",
            "date",
            "year",
            "month",
            "day",
            "amount",
            "currency",
            "amount_basis",
            "park",
            "parties",
            "sectors",
        ]


class OpportunitySerializer(PlaceFields, RecordSerializer):
    park = slugs(allow_null=True)
    sectors = slugs(many=True)

    class Meta:
        model = InvestmentOpportunity
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("title", "summary", "description", "incentives", "source_statement"),
            "kind",
            "status",
            "province",
            "city",
            "park",
            "sectors",
            "investment_min",
            "investment_max",
            "currency",
        ]


class PolicySerializer(RecordSerializer):
    sectors = slugs(many=True)
    parks = slugs(many=True)
    opportunities = slugs(many=True)
    validity = serializers.CharField(read_only=True, help_text="On the day of the request.")

    class Meta:
        model = Policy
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("title", "summary", "text", "authority"),
            "scope",
            "sectors",
            "parks",
            "opportunities",
            *(f"valid_{bound}_{part}" for bound in ("from", "until") for part in PARTS),
            "validity",
        ]


CITED_KINDS = {  # the key in "cites" -> the citation's field
    "parks": "park",
    "enterprises": "enterprise",
    "agreements": "agreement",
    "opportunities": "opportunity",
    "policies": "policy",
}


class CitesField(serializers.Field):
    """The published records a news item names or supports, by kind, as slugs."""

    def __init__(self, **kwargs):
        super().__init__(source="citations", read_only=True, **kwargs)
        self.keys = list(CITED_KINDS)  # one CSV column each

    def to_representation(self, citations):
        cited = {key: [] for key in CITED_KINDS}
        for citation in citations.all():  # prefetched with their records
            for key, field in CITED_KINDS.items():
                record = getattr(citation, field) if getattr(citation, f"{field}_id") else None
                if key == "agreements" and citation.stage_id:  # a stage: of its agreement
                    record = citation.stage.agreement
                if record is not None and record.is_published and record.slug not in cited[key]:
                    cited[key].append(record.slug)
        return cited


CitesField = extend_schema_field(
    {
        "type": "object",
        "description": "The published records the item names or supports, by slug.",
        "properties": {key: {"type": "array", "items": {"type": "string"}} for key in CITED_KINDS},
        "required": list(CITED_KINDS),
    }
)(CitesField)


class NewsSerializer(RecordSerializer):
    date = DateField()
    cites = CitesField()

    class Meta:
        model = NewsItem
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("title", "body"),
            "original_language",
            "date",
            "year",
            "month",
            "day",
            "cites",
        ]
