"""The PostgreSQL test server every backend-parametrised test uses (``PROMISSORY_TEST_PG``)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

PG_ADMIN = os.environ.get("PROMISSORY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_admin_engine() -> sa.Engine:
    """An AUTOCOMMIT engine on the PostgreSQL test server; the test skips if it is unreachable,
    except under CI=true, where it fails."""
    engine = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as error:
        message = f"PostgreSQL unreachable at {PG_ADMIN}: {error.orig}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required when CI=true)")
        pytest.skip(message)
    return engine
