"""The read-only API: one list and one record endpoint per kind, the schema and an index."""

from django.urls import reverse
from django.utils import translation
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from common.languages import codes

from . import kinds
from .filters import filter_parameters, filter_records
from .pagination import SlugCursorPagination


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(required=False)


ERRORS = {
    400: OpenApiResponse(
        description="A parameter is wrong: the body names it, e.g. "
        '{"sector": ["Unknown value: x"]} or {"cursor": ["Invalid cursor"]}.'
    ),
    429: OpenApiResponse(ErrorSerializer, description="Over the rate limit: see Retry-After."),
}


class RecordViewSet(viewsets.ReadOnlyModelViewSet):
    kind = None
    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"

    def get_queryset(self):
        if self.action == "list":
            return filter_records(self.kind, self.request._request)
        return self.kind.public()

    def get_serializer_class(self):
        return self.kind.serializer


def viewset(kind):
    """The list and record endpoints of one kind, described for the schema."""
    tag = kind.key
    list_schema = extend_schema(
        tags=[tag],
        summary=f"Published {kind.key}, filtered as on the public list page, by slug",
        parameters=filter_parameters(kind),
        responses={200: kind.serializer(many=True), **ERRORS},
    )
    record_schema = extend_schema(
        tags=[tag],
        summary=f"One published record of {kind.key}",
        responses={
            200: kind.serializer,
            404: OpenApiResponse(ErrorSerializer, description="No published record has it."),
            429: ERRORS[429],
        },
    )
    pagination = type(
        f"{kind.model.__name__}Pagination", (SlugCursorPagination,), {"page_size": kind.page_size}
    )
    cls = type(
        f"{kind.model.__name__}ViewSet",
        (RecordViewSet,),
        {"kind": kind, "__doc__": kind.heading, "pagination_class": pagination},
    )
    return extend_schema_view(list=list_schema, retrieve=record_schema)(cls)


@extend_schema(exclude=True)
@api_view(["GET"])
def index(request):
    """Where everything is: each kind's endpoint and download, the schema, the documentation."""
    documentation = {}
    for code in codes():
        with translation.override(code):
            documentation[code] = request.build_absolute_uri(reverse("opendata:documentation"))
    return Response(
        {
            "kinds": {
                kind.key: {
                    "list": request.build_absolute_uri(reverse(f"api:{kind.key}-list")),
                    "csv": request.build_absolute_uri(
                        reverse("api:download_csv", kwargs={"kind": kind.key})
                    ),
                    "json": request.build_absolute_uri(
                        reverse("api:download_json", kwargs={"kind": kind.key})
                    ),
                }
                for kind in kinds.kinds()
            },
            "schema": request.build_absolute_uri(reverse("api:schema")),
            "documentation": documentation,
        }
    )
