"""Creating and upgrading a book's schema with Alembic, configured in code (no alembic.ini).

``upgrade(engine)`` brings any book to the head revision in one transaction:

* an empty database gets every migration from the first;
* a book made by promissory 0.1 (tables created without Alembic, so no ``alembic_version``) is
  *adopted*: stamped at revision ``0001``, the schema that version created, then upgraded;
* a book already at some revision is upgraded from there.

A book is never rewritten by hand: every change of schema is a migration in ``migrations/versions``.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST = "0001"


def config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade the book to ``revision``; returns (revision before, revision after)."""
    with engine.begin() as conn:
        before = current_revision(conn)
        cfg = config(conn)
        if before is None and sa.inspect(conn).has_table("events"):
            command.stamp(cfg, FIRST)
            before = FIRST
        command.upgrade(cfg, revision)
        after = current_revision(conn)
    assert after is not None
    return before, after
