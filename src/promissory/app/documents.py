"""Documents from the book: the application functions the CLI (and later the web pages) call.

Each function reads what it needs through the :class:`~promissory.app.service.Promissory` app,
hands the record to :mod:`promissory.render` and returns the rendered document.  ``templates`` is a
directory of user templates that override the packaged ones by name.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from promissory.app.service import Promissory
from promissory.render import (
    Format,
    OidStatementFigures,
    ReleaseFigures,
    Rendered,
    render_note,
    render_oid_statement,
    render_payoff_letter,
    render_release,
    render_schedule_a,
)

__all__ = [
    "note_document",
    "oid_statement_document",
    "payoff_letter_document",
    "release_document",
    "schedule_a_document",
]


def note_document(
    app: Promissory, note_id: str, fmt: Format | str, *, templates: Path | None = None
) -> Rendered:
    """The promissory note, written from the terms in the book."""
    return render_note(app.note(note_id).terms, fmt, templates=templates)


def schedule_a_document(
    app: Promissory,
    note_id: str,
    fmt: Format | str,
    *,
    known_on: datetime | None = None,
    templates: Path | None = None,
) -> Rendered:
    """Schedule A to the note as an exhibit, from the replayed ledger (as known on a moment)."""
    return render_schedule_a(
        app.schedule(note_id, known_on=known_on).ledger, fmt, templates=templates
    )


def payoff_letter_document(
    app: Promissory,
    note_id: str,
    fmt: Format | str,
    *,
    as_of: date,
    good_through: date | None = None,
    days: int = 0,
    letter_date: date | None = None,
    known_on: datetime | None = None,
    templates: Path | None = None,
) -> Rendered:
    """A payoff letter: the payoff quote on ``as_of``, good through ``good_through``."""
    quote = app.payoff(note_id, as_of, good_through=good_through, days=days, known_on=known_on)
    # the terms in force on the quote date (an amendment may have moved maturity)
    terms = app.balance(note_id, as_of, known_on=known_on).state.terms
    return render_payoff_letter(quote, terms, fmt, letter_date=letter_date, templates=templates)


def release_document(
    figures: ReleaseFigures, fmt: Format | str, *, templates: Path | None = None
) -> Rendered:
    """A letter agreement and release from settlement figures (fed from the settlement record)."""
    return render_release(figures, fmt, templates=templates)


def oid_statement_document(
    figures: OidStatementFigures, fmt: Format | str, *, templates: Path | None = None
) -> Rendered:
    """The OID holder statement (fed from the OID module's holder statement)."""
    return render_oid_statement(figures, fmt, templates=templates)
