"""Helpers of the API tests: book URLs on each backend, the app and its client, credentials."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from scenario import PRINCIPALS

from pg_test_server import PG_ADMIN
from promissory.api import create_app
from promissory.app import Accounts, Promissory

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

PG = PG_ADMIN
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


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
    """The book at ``url``, created; its passwords hashed with argon2's cheapest parameters (the
    tests' books live for seconds; production keeps the library's defaults)."""
    service = Promissory(url)
    service.init()
    service.accounts = Accounts(service.book, service.clock, hasher=CHEAP)  # type: ignore[misc]
    return service


#: Each role's API token, by book URL (issued by :func:`enrol`).
TOKENS: dict[str, dict[str, str]] = {}


def password(role: str) -> str:
    return f"correct horse {role}"


def enrol(service: Promissory) -> dict[str, str]:
    """Add a user for each of :data:`PRINCIPALS` to the book and issue each an API token."""
    tokens = {}
    for role, p in PRINCIPALS.items():
        service.accounts.add_user(p.user, password(role), p.role, p.parties, by="test")
        tokens[role] = service.accounts.issue_token(p.user, label="tests", by="test").token
    TOKENS[service.book.url] = tokens
    return tokens


def app_client(service: Promissory) -> TestClient:
    """A client of the API over ``service``, whose users are enrolled (see :func:`bearer`)."""
    if service.book.url not in TOKENS:
        enrol(service)
    client = TestClient(create_app(service, secret="test-secret"))
    client.tokens = TOKENS[service.book.url]  # type: ignore[attr-defined]
    return client


def bearer(client: TestClient, role: str | None) -> dict[str, str]:
    """The Authorization header of a role's principal (none for ``None``)."""
    tokens: dict[str, str] = client.tokens  # type: ignore[attr-defined]
    return {} if role is None else {"Authorization": f"Bearer {tokens[role]}"}
