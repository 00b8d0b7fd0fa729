"""Creating and upgrading a book's schema with Alembic, configured in code (no alembic.ini).

``upgrade(engine)`` brings any book to the head revision in one transaction:

* an empty database gets every migration from the first;
* a book made by promissory 0.1 (tables created without Alembic, so no ``alembic_version``) is
  *adopted*: stamped at revision ``0001``, the schema that version created, then upgraded;
* a book already at some revision is upgraded from there.

A book is never rewritten by hand: every change of schema is a migration in ``migrations/versions``.

Every command checks that its book is at the head revision before it reads or writes; that check
reads the version table and the migrations' file names without importing Alembic (a third of a
second of every command's start), which only ``upgrade`` (``promissory init``) imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from promissory.errors import BookError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST = "0001"
#: Alembic's table of the revision a database is at.
VERSION_TABLE = "alembic_version"


def config(connection: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The last migration's revision: each is ``versions/v<revision>_<name>.py``, one after another
    (``tests/book/test_migrations.py`` checks this against Alembic's own reading of the scripts)."""
    names = sorted(path.name for path in (MIGRATIONS / "versions").glob("v[0-9]*_*.py"))
    return names[-1][1:].split("_", 1)[0]


def current_revision(connection: Connection) -> str | None:
    """The revision the book is at, or None for a database Alembic never stamped."""
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    revisions = list(rows)
    if len(revisions) > 1:  # branches, which no migration of promissory makes
        raise BookError(f"the book's {VERSION_TABLE} table holds {len(revisions)} revisions "
                        f"({', '.join(revisions)}): a book has one")  # fmt: skip
    return revisions[0] if revisions else None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade the book to ``revision``; returns (revision before, revision after)."""
    from alembic import command

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
