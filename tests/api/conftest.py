"""Fixtures of the API tests (helpers in api_helpers.py): the PostgreSQL server, a SQLite book,
and ``backend`` (each test that takes it runs on SQLite and on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from api_helpers import BACKENDS, new_book_url, open_service

from pg_test_server import pg_admin_engine
from promissory.app import Promissory


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[sa.Engine]:
    engine = pg_admin_engine()
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def book(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Promissory]:
    """A fresh SQLite book."""
    service = open_service(new_book_url(request, "sqlite", tmp_path))
    yield service
    service.book.engine.dispose()
