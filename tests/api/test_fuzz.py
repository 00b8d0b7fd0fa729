"""Schemathesis fuzzes every operation of the OpenAPI schema: no input makes the API answer 5xx.

A bounded number of examples per operation (derandomized under CI=true: the ``ci`` Hypothesis
profile).  Requests are made as an administrator, with the scenario's ids in the paths, so the
fuzzed bodies and parameters reach the facade instead of stopping at a 404.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from api_helpers import TOKENS, enrol, open_service
from hypothesis import HealthCheck, given, settings
from scenario import seed

from promissory.api import create_app

EXAMPLES = 3
SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
OPERATIONS = [(method.upper(), path) for path, ops in json.loads(SCHEMA.read_text())["paths"].items()
              for method in ops]  # fmt: skip


@schemathesis.serializer("application/toml", "application/x-ndjson", "text/csv")
def _raw_text(ctx: Any, value: Any) -> bytes:
    """The raw (non-JSON) bodies the schema declares as strings: sent as UTF-8 text."""
    return str(value).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    service = open_service(f"sqlite:///{folder / 'book.db'}")
    enrol(service)
    s = seed(service, "f")
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(service, secret="x"))
    token = TOKENS[service.book.url]["admin"]
    ids = {"note_id": s.loan, "settlement_id": s.settlement, "filing_number": "UCC-1"}
    return schema, {"Authorization": f"Bearer {token}"}, ids


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_request_makes_a_server_error(api_schema: Any, method: str, path: str) -> None:
    schema, headers, ids = api_schema
    operation = schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck), deadline=None)
    def fuzz(case: Any) -> None:
        if case.path_parameters:
            case.path_parameters = {k: ids.get(k, v) for k, v in case.path_parameters.items()}
        response = case.call(headers=headers)
        assert response.status_code < 500, f"{case.as_curl_command()}\n{response.text[:500]}"

    fuzz()
