"""Industry chains in the open data: each chain with its links in order, and on each link the
published enterprises (leaders marked), parks and open or closed opportunities, by slug."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from chains.models import Chain, ChainLink, EnterprisePlacement, OpportunityPlacement, ParkPlacement

from .serializers import BilingualSerializer, RecordSerializer, translated


def placed(model, via):
    queryset = model.objects.filter(**{f"{via}__is_published": True}).select_related(via)
    return Prefetch(f"links__{model._meta.default_related_name}", queryset=queryset)


PREFETCH = (
    Prefetch("links", queryset=ChainLink.objects.order_by("position", "pk")),
    placed(EnterprisePlacement, "enterprise"),
    placed(ParkPlacement, "park"),
    placed(OpportunityPlacement, "opportunity"),
)


def slugs_of(placements, via):
    return [getattr(placement, via).slug for placement in placements.all()]


class ChainLinkSerializer(BilingualSerializer):
    enterprises = serializers.SerializerMethodField()
    parks = serializers.SerializerMethodField()
    opportunities = serializers.SerializerMethodField()

    class Meta:
        model = ChainLink
        fields = [
            "slug",
            "position",
            *translated("name", "description"),
            "enterprises",
            "parks",
            "opportunities",
        ]

    @extend_schema_field(
        {
            "type": "array",
            "description": "Published enterprises on the link; leader: a chain leader.",
            "items": {
                "type": "object",
                "properties": {"slug": {"type": "string"}, "leader": {"type": "boolean"}},
                "required": ["slug", "leader"],
            },
        }
    )
    def get_enterprises(self, link):
        return [
            {"slug": placement.enterprise.slug, "leader": placement.is_leader}
            for placement in link.enterprise_placements.all()
        ]

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_parks(self, link):
        return slugs_of(link.park_placements, "park")

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_opportunities(self, link):
        return slugs_of(link.opportunity_placements, "opportunity")


class ChainSerializer(RecordSerializer):
    links = ChainLinkSerializer(many=True, read_only=True)

    class Meta:
        model = Chain
        fields = [
            *RecordSerializer.Meta.fields,
            *translated("name", "summary", "description"),
            "position",
            "links",
        ]
