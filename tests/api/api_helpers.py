"""Helpers of the API tests: book URLs on each backend, the app and its client, credentials."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from accounts_fake import FakeAccounts
from fastapi.testclient import TestClient
from scenario import PRINCIPALS

from promissory.api import create_app
from promissory.app import Promissory

PG = os.environ.get("PROMISSORY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def pg_admin_engine() -> sa.Engine:
    """The PostgreSQL test server; skips if unreachable, except under CI=true where it fails."""
    engine = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as error:
        message = f"PostgreSQL unreachable at {PG}: {error.orig}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required when CI=true)")
        pytest.skip(message)
    return engine

def new_book_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """An empty book URL on ``backend`` (a PostgreSQL schema is dropped after the test)."""
    if backend == "sqlite":
        return f"sqlite:///{folder / f'book-{uuid.uuid4().hex[:8]}.db'}"
    admin: sa.Engine = request.getfixturevalue("pg_admin")
    schema = f"api_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))

    request.addfinalizer(drop)
    return f"{PG}?options=-csearch_path%3D{schema}"


def open_service(url: str) -> Promissory:
    service = Promissory(url)
    service.init()
    return service


def app_client(service: Promissory, accounts: FakeAccounts | None = None) -> TestClient:
    accounts = accounts or FakeAccounts.with_principals(PRINCIPALS)
    return TestClient(create_app(service, accounts=accounts, secret="test-secret"))




def bearer(role: str | None) -> dict[str, str]:
    """The Authorization header of a role's principal (none for ``None``)."""
    return {} if role is None else {"Authorization": f"Bearer token-{role}"}
