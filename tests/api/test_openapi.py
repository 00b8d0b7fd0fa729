"""The OpenAPI schema is generated from the app and committed (docs/openapi.json); every
operation in it is in the one table of routes the role matrix runs."""

from __future__ import annotations

import json
from pathlib import Path

from routes_table import READS, USER_WRITES, USERS, WRITES

from promissory.api.app import openapi_document

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_the_committed_schema_is_the_apps() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == openapi_document(), (
        "docs/openapi.json is stale: run PYTHONPATH=src python scripts/openapi.py"
    )


def test_every_operation_is_in_the_role_matrix() -> None:
    paths = json.loads(COMMITTED.read_text(encoding="utf-8"))["paths"]
    operations = {(method.upper(), path) for path, ops in paths.items() for method in ops}
    tested = {(r.method, "/api" + r.path) for r in [*READS, *WRITES, *USERS, *USER_WRITES]}
    normal = {(m, p.replace("{note_id}", "{loan}").replace("{settlement_id}", "{settlement}")
               .replace("{filing_number}", "UCC-1")) for m, p in operations}  # fmt: skip
    normal = {(m, p.replace("/settlements/{loan}", "/settlements/{settlement}")
               .replace("/users/{user}/role", "/users/hold/role").replace("{user}", "svc")
               .replace("{token_id}", "{token}")) for m, p in normal}  # fmt: skip
    tested = {(m, p.replace("{victim}", "svc")) for m, p in tested}
    assert normal - tested <= {("POST", "/api/session"), ("DELETE", "/api/session")}
