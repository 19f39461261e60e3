"""The OpenAPI schema is valid, and the API answers as it says: fuzzed from the schema."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db


def test_the_schema_is_valid_openapi_3_and_describes_every_kind(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)  # raises on an invalid schema
    assert schema["openapi"].startswith("3.")
    for kind in ("parks", "enterprises", "agreements", "opportunities", "news", "sectors"):
        assert f"/api/v1/{kind}/" in schema["paths"]
        assert f"/api/v1/{kind}/{{slug}}/" in schema["paths"]
    assert "name_zh_hans" in schema["info"]["description"]  # the language choice is said
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/parks/"]["get"]["parameters"]}
    assert {"cursor", "page_size", "sector", "province", "city", "kind", "stage"} <= set(parameters)
    # Cities are records staff add: no enumeration in the schema, which needs no database.
    assert "enum" not in parameters["city"]["schema"]
    assert "dongying" in parameters["city"]["description"]


# The schema is read through the site itself, as a client reads it (no database needed).
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


@pytest.fixture(autouse=True)
def records(world):
    """Published records and hidden ones, for the examples to find or miss."""


@pytest.fixture(autouse=True)
def keep_the_test_transaction():
    """Requests reach the site as a server's would, and a server closes its database
    connection after each; Django's test client keeps it open for the test's transaction,
    as this does."""
    request_finished.disconnect(close_old_connections)
    request_started.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_as_its_schema_says(case):
    response = case.call_and_validate(
        headers={"Accept-Encoding": "identity"},  # the test transport does not decompress
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
    assert HIDDEN not in response.text.lower()  # whatever was asked, nothing hidden answers
