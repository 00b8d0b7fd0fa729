"""Alembic migrations of the book's schema (run by :func:`promissory.book.migrate.upgrade`)."""
