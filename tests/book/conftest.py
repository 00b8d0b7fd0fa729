"""Backends for the storage contract: a SQLite file and the real PostgreSQL.

Each PostgreSQL test gets a fresh schema in the ``test`` database (its URL sets ``search_path``, so
subprocesses see the same book).  If PostgreSQL is unreachable the tests skip — except under
``CI=true``, where they fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from pg_test_server import PG_ADMIN, pg_admin_engine


def _pg_engine() -> sa.Engine:
    return pg_admin_engine()


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[sa.Engine]:
    engine = _pg_engine()
    yield engine
    engine.dispose()


def pg_schema_url(admin: sa.Engine) -> tuple[str, str]:
    schema = f"pt_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    return schema, f"{PG_ADMIN}?options=-csearch_path%3D{schema}"


def drop_schema(admin: sa.Engine, schema: str) -> None:
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def book_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL on each backend (no tables yet)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'book.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    schema, url = pg_schema_url(admin)
    yield url
    drop_schema(admin, schema)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_book_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty database URLs on one backend (to compare two ways of writing the same book)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'second.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    (first, first_url), (second, second_url) = pg_schema_url(admin), pg_schema_url(admin)
    yield first_url, second_url
    drop_schema(admin, first)
    drop_schema(admin, second)
