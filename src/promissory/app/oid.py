"""OID statements: what ``promissory oid`` and ``promissory render oid`` call.

From the book, the facade's :meth:`OidDesk.note_oid` replays the note (as known on a moment, if
asked) and hands its ledger to the pure core (:func:`promissory.core.oid.note_issues`,
:func:`note_oid_statement`): one statement per advance, their total, and the treatment notes.  Without a book,
:func:`terms_file_oid` reads a standalone OID terms file (a bond from a prospectus).  A later holder
is given as an :class:`~promissory.core.oid.Acquisition` (date bought, price paid); ``holder`` only
labels the statement.  :func:`oid_figures` maps one holder statement onto the render record.
"""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

from promissory.app.desk import Desk
from promissory.codec.oid_terms_toml import load_oid_terms
from promissory.core.oid import (
    Acquisition,
    HolderStatement,
    NoteOidStatement,
    holder_statement,
    note_issues,
    note_oid_statement,
)
from promissory.core.oid.tax_year import Holding
from promissory.core.participation import holdings_of
from promissory.core.terms import Party
from promissory.core.transfer import holder_on
from promissory.errors import ChoiceNeeded, InvalidInput
from promissory.render import (
    Format,
    OidStatementFigures,
    OidYearFigures,
    Rendered,
    render_oid_statement,
)

__all__ = [
    "OidDesk",
    "advance_statement",
    "oid_figures",
    "terms_file_oid",
    "terms_file_oid_document",
]


def terms_file_oid(
    path: str | Path, *, year: int | None = None, acquisition: Acquisition | None = None
) -> HolderStatement:
    """The holder statement of a standalone OID terms file (no book needed)."""
    schedule = load_oid_terms(path).schedule()
    return holder_statement(schedule, year=year, acquisition=acquisition)


def advance_statement(statement: NoteOidStatement, advance: int | None) -> HolderStatement:
    """The one advance's statement a document shows (``advance`` may be omitted if only one)."""
    made = [line for line in statement.advances if line.statement is not None]
    if advance is None:
        if len(made) != 1:
            listed = ", ".join(f"{line.number} ({line.advance_date})" for line in made) or "none"
            raise ChoiceNeeded(
                f"note {statement.note_id} has {len(made)} advances with an OID statement; "
                f"choose one of them (advances: {listed})",
                what="advance",
                choices=[str(line.number) for line in made],
            )
        line = made[0]
    else:
        found = [line for line in made if line.number == advance]
        if not found:
            raise InvalidInput(f"advance {advance} of note {statement.note_id} has no statement")
        line = found[0]
    assert line.statement is not None
    return line.statement


def oid_figures(
    statement: HolderStatement,
    *,
    issuer: Party,
    statement_date: date,
    holder: str | None = None,
    contact: str | None = None,
) -> OidStatementFigures:
    """The render record of one holder statement (field names match one to one)."""
    return OidStatementFigures(
        name=statement.name,
        issuer=issuer,
        currency=statement.currency,
        issue_date=statement.issue_date,
        maturity=statement.maturity,
        issue_price=statement.issue_price,
        srpm=statement.srpm,
        total_oid=statement.total_oid,
        yield_percent=statement.yield_percent,
        yield_compounding=statement.yield_compounding,
        years=tuple(
            OidYearFigures(y.year, y.holder_oid, y.issuer_deduction) for y in statement.years
        ),
        statement_date=statement_date,
        issue_price_basis=statement.issue_price_basis,
        qsi_total=statement.qsi_total,
        de_minimis=statement.de_minimis,
        de_minimis_reason=statement.de_minimis_reason,
        holder=Party(holder) if holder else None,
        contact=contact,
        accrual=(
            f"periods of {statement.accrual_months} months, {statement.accrual_rule_words}; "
            f"a short period at {statement.short_period_words}"
        ),
    )


def terms_file_oid_document(
    path: str | Path,
    fmt: Format | str,
    *,
    issuer: str,
    statement_date: date,
    year: int | None = None,
    holder: str | None = None,
    acquisition: Acquisition | None = None,
    templates: Path | None = None,
) -> Rendered:
    """The OID statement document of a standalone terms file (no book needed)."""
    statement = terms_file_oid(path, year=year, acquisition=acquisition)
    figures = oid_figures(
        statement, issuer=Party(issuer), statement_date=statement_date, holder=holder
    )
    return render_oid_statement(figures, fmt, templates=templates)


class OidDesk(Desk):
    """The facade's OID statements for notes in the book."""

    def note_oid(
        self,
        note_id: str,
        *,
        year: int | None = None,
        holder: str | None = None,
        acquisition: Acquisition | None = None,
        advance: int | None = None,
        known_on: datetime | None = None,
    ) -> NoteOidStatement:
        """The OID statement of a note in the book: per advance, in total, issuer deduction per year.

        ``holder`` defaults to the holder of record today; a holder in the note's holder history
        gets its holdings only (the days it held, the share it held: participations, partial
        assignments); any other name labels the statement of a holder of the whole note."""
        view = self.view(note_id, known_on=known_on)
        terms = view.record.terms
        name = holder or holder_on(terms, view.events, self.clock().date())
        held: tuple[Holding, ...] | None = holdings_of(terms, view.events, name)
        whole = ((terms.issue_date, None, Fraction(1)),)
        if held == whole or not held:  # the original lender throughout, or a name not on record
            held = None
        return note_oid_statement(
            note_issues(view.ledger), year=year, acquisition=acquisition, holder=name,
            advance=advance, held=held,
        )  # fmt: skip

    def note_oid_document(
        self,
        note_id: str,
        fmt: Format | str,
        *,
        advance: int | None = None,
        year: int | None = None,
        holder: str | None = None,
        acquisition: Acquisition | None = None,
        statement_date: date | None = None,
        known_on: datetime | None = None,
        templates: Path | None = None,
    ) -> Rendered:
        """The OID statement document of one advance of a note, from its borrower (the issuer)."""
        statement = self.note_oid(
            note_id, year=year, holder=holder, acquisition=acquisition, known_on=known_on
        )
        figures = oid_figures(
            advance_statement(statement, advance),
            issuer=self.note(note_id).terms.borrower,
            statement_date=statement_date or self.clock().date(),
            holder=statement.holder,
        )
        return render_oid_statement(figures, fmt, templates=templates)
