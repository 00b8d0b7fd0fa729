"""Alembic's entry point, configured by :mod:`promissory.book.migrate` (no alembic.ini).

The caller hands over an open connection in ``config.attributes["connection"]``; migrations run
in its transaction, so a book is upgraded all the way or not at all.
"""

from __future__ import annotations

from alembic import context

from promissory.book.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
