"""A park's key figures in the open data: as staff entered them, with unit, dates and source."""

from rest_framework import serializers

from common.languages import columns
from figures.models import ParkFigure

from .serializers import ParkSerializer


class ParkFigureSerializer(serializers.ModelSerializer):
    group = serializers.SerializerMethodField()

    class Meta:
        model = ParkFigure
        fields = [
            "kind", "group", "qualifier", "value", "value_max", "unit", "currency", "url",
            *columns("note"), "as_of", "last_verified", "source_file", "source_quote",
        ]  # fmt: skip

    def get_group(self, figure) -> str:
        return figure.definition.group


class ParkWithFiguresSerializer(ParkSerializer):
    figures = ParkFigureSerializer(many=True, read_only=True)

    class Meta(ParkSerializer.Meta):
        fields = [*ParkSerializer.Meta.fields, "figures"]
