"""The API's routers, one per concern; :func:`promissory.api.create_app` includes them all."""

from promissory.api.routes import (
    accounting,
    book,
    documents,
    events,
    notes,
    reports,
    session,
    settlement,
    users,
)

ROUTERS = (
    session.router,
    notes.router,
    reports.router,
    events.router,
    settlement.router,
    documents.router,
    book.router,
    users.router,
    accounting.router,
)

__all__ = ["ROUTERS"]
