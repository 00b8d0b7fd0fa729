"""Documents from the book: the facade's document desk, which the CLI (and the web pages) call.

Each method reads what it needs through the facade, hands the record to :mod:`promissory.render`
and returns the rendered document.  ``templates`` is a directory of user templates that override
the packaged ones by name.  Rendering a record that needs no book (a release from given figures,
an OID statement) is a plain function.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from promissory.app.installments import InstallmentDesk
from promissory.app.settlement import SettlementDesk
from promissory.book.parties import list_parties
from promissory.core.terms import Party
from promissory.core.transfer import holder_on
from promissory.errors import InvalidInput
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
    render_statement,
)

__all__ = ["DocumentDesk", "oid_statement_document", "release_document"]

ZERO = Decimal(0)


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


def _short_name(legal_name: str) -> str:
    """What a letter calls a party: the first word of its legal name ("Berg", "Valence")."""
    return legal_name.split()[0].strip(",.&") or legal_name


class DocumentDesk(SettlementDesk, InstallmentDesk):
    """The facade's documents: the note, Schedule A, payoff letters and settlement releases."""

    def note_document(
        self, note_id: str, fmt: Format | str, *, templates: Path | None = None
    ) -> Rendered:
        """The promissory note, written from the terms in the book."""
        return render_note(self.note(note_id).terms, fmt, templates=templates)

    def schedule_a_document(
        self,
        note_id: str,
        fmt: Format | str,
        *,
        known_on: datetime | None = None,
        templates: Path | None = None,
    ) -> Rendered:
        """Schedule A to the note as an exhibit, from the replayed ledger (as known on a moment)."""
        return render_schedule_a(
            self.schedule(note_id, known_on=known_on).ledger, fmt, templates=templates
        )

    def payoff_letter_document(
        self,
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
        quote = self.payoff(note_id, as_of, good_through=good_through, days=days, known_on=known_on)
        # the terms in force on the quote date (an amendment may have moved maturity)
        terms = self.balance(note_id, as_of, known_on=known_on).state.terms
        payee = self.holder_of_record(note_id, quote.good_through, known_on=known_on)
        return render_payoff_letter(
            quote, terms, fmt, letter_date=letter_date, templates=templates, payee=payee
        )

    def statement_document(
        self, note_id: str, fmt: Format | str, *, as_of: date, templates: Path | None = None
    ) -> Rendered:
        """The statement of ``as_of`` as a document: what is due, past due, the installments due
        so far, the payoff figure and where to pay.  Refused for a note without ``[schedule]``."""
        return render_statement(self.statement(note_id, as_of), fmt, templates=templates)

    def holder_of_record(
        self, note_id: str, day: date, *, known_on: datetime | None = None
    ) -> Party:
        """Who is paid on ``day``: the holder of record after the assignments recorded in the book.

        The note's lender until the first assignment; an assignee named in the parties register
        brings its entity type and address, any other is named only.
        """
        view = self.view(note_id, known_on=known_on)
        terms = view.record.terms
        name = holder_on(terms, view.events, day)
        if name == terms.lender.name:
            return terms.lender
        registered = (r.party for r in list_parties(self.book) if r.party.name == name)
        return next(registered, Party(name))

    def release_figures(self, settlement_id: str) -> ReleaseFigures:
        """The figures of a letter agreement and release, from the settlement record in the book.

        The loan's principal and interest are what the settlement paid (its Schedule A split); the
        assigned notes are valued from their own ledgers on the settlement date when that is what
        the settlement used, else at the agreed value (as principal); cash is the cash paid.
        """
        record = self.find_settlement(settlement_id)
        event = record.event
        if record.reversed:
            raise InvalidInput(
                f"settlement {settlement_id} was reversed; there is nothing to release"
            )
        if event.shares_value.amount:
            raise InvalidInput(
                f"settlement {settlement_id} paid {event.shares_value.amount} in shares; the "
                "release template covers assigned notes and cash only — override "
                "release-words.j2 to add them"
            )
        loan = self.view(event.note_id)
        row = next(r for r in loan.ledger.rows if r.seq == event.seq)
        terms = loan.record.terms
        principal = sum(
            (self.note_value(n, event.effective_date).principal for n in event.assigned_notes), ZERO
        )
        interest = sum(
            (self.note_value(n, event.effective_date).interest for n in event.assigned_notes), ZERO
        )
        if principal + interest != event.notes_value.amount:  # valued at an agreed figure
            principal, interest = event.notes_value.amount, ZERO
        titles = [self.note(n).terms.title for n in event.assigned_notes]
        names = [t.split(" (")[0] for t in titles if t]  # "Mortgage notes receivable (Exhibit A…)"
        described = ", ".join(n[:1].lower() + n[1:] for n in names) or "notes receivable"
        agreement = terms.loan_agreement or "the Loan Agreement"
        if " dated " in agreement:  # the letter reads "... between Berg and Valence, dated ..."
            agreement = agreement[agreement.index(" dated ") + 1 :]
        return ReleaseFigures(
            effective=event.effective_date,
            lender=terms.lender,
            borrower=terms.borrower,
            lender_short=_short_name(terms.lender.name),
            borrower_short=_short_name(terms.borrower.name),
            currency=terms.currency,
            loan_principal=row.to_principal,
            loan_interest=row.to_interest + row.to_default_interest + row.to_expenses,
            loan_agreement=agreement,
            cash=event.cash.amount,
            assigned_principal=principal,
            assigned_interest=interest,
            assigned_description=described,
            governing_law=terms.governing_law,
        )

    def settlement_release_document(
        self, settlement_id: str, fmt: Format | str, *, templates: Path | None = None
    ) -> Rendered:
        """The letter agreement and release for a settlement recorded in the book."""
        return render_release(self.release_figures(settlement_id), fmt, templates=templates)
