"""The documents promissory writes, each a template fed from a record of the book.

========================  =====================================  ============================
document (template stem)  rendered from                          formats
========================  =====================================  ============================
``note``                  :class:`~promissory.core.terms.Terms`  txt, md, html, pdf
``schedule-a``            :class:`~promissory.core.state.Ledger` txt (= md), md, html, pdf
``payoff-letter``         a ``PayoffQuote`` and the ``Terms``     txt, md, html, pdf
``release``               :class:`ReleaseFigures`                 txt, md, html, pdf
``oid-statement``         :class:`OidStatementFigures`            txt (= md), md, html, pdf
``statement``             a ``NoteStatement``                    txt (= md), md, html, pdf
========================  =====================================  ============================

A document in format F is the template ``<stem>.<F>.j2``; plain text falls back to the Markdown
template when a document has no ``.txt.j2`` of its own; PDF is the HTML page laid out by WeasyPrint.
The variables each template receives are listed in ``docs/documents.md``.  Rendering is a pure
function of its inputs and the templates (no clock: the letter date is an argument).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2

from promissory.core.reports import PayoffQuote, schedule_interest
from promissory.core.settled import installments_settled, settled_label
from promissory.core.state import Ledger
from promissory.core.statement import NoteStatement
from promissory.core.terms import Party, Terms
from promissory.errors import InvalidInput
from promissory.render import clauses
from promissory.render.environment import environment
from promissory.render.pdf import html_to_pdf
from promissory.render.records import Format, OidStatementFigures, ReleaseFigures, Rendered
from promissory.render.words import date_words

__all__ = [
    "DOCUMENTS",
    "note_context",
    "payoff_letter_context",
    "render",
    "render_note",
    "render_oid_statement",
    "render_payoff_letter",
    "render_release",
    "render_schedule_a",
    "render_statement",
    "schedule_a_context",
    "statement_context",
]

#: The documents and their template stems.
DOCUMENTS = ("note", "schedule-a", "payoff-letter", "release", "oid-statement", "statement")

Templates = Path | str | None


def render(
    document: str,
    fmt: Format | str,
    context: Mapping[str, Any],
    *,
    templates: Templates = None,
) -> Rendered:
    """Render ``document`` in ``fmt`` from ``context``, user templates first."""
    if document not in DOCUMENTS:
        raise InvalidInput(f"document {document!r} is not one of {', '.join(DOCUMENTS)}")
    form = Format.parse(fmt)
    env = environment(templates)
    source = Format.HTML if form is Format.PDF else form
    template = _template(env, document, source)
    try:
        text = template.render(**context, format=form.value)
    except jinja2.TemplateError as error:  # a user's template: say which and why, no traceback
        raise InvalidInput(f"template {template.name} cannot be rendered: {error}") from None
    if form is Format.PDF:
        return Rendered(document, form, html_to_pdf(text))
    return Rendered(document, form, text.encode("utf-8"))


def _template(env: jinja2.Environment, document: str, form: Format) -> jinja2.Template:
    names = [f"{document}.{form.value}.j2"]
    if form is Format.TXT:
        names.append(f"{document}.md.j2")
    try:
        return env.select_template(names)
    except jinja2.TemplatesNotFound:
        raise InvalidInput(
            f"no template for {document} as {form.value} (looked for {', '.join(names)})"
        ) from None
    except jinja2.TemplateSyntaxError as error:
        raise InvalidInput(
            f"template {error.name or error.filename} line {error.lineno}: {error.message}"
        ) from None


# -- the note ---------------------------------------------------------------------------------------


def note_context(terms: Terms) -> dict[str, Any]:
    """The variables of the ``note`` templates: the terms and every clause written out."""
    return {
        "terms": terms,
        "title": terms.title or "Promissory Note",
        "currency": terms.currency,
        "borrower": terms.borrower,
        "lender": terms.lender,
        "borrower_description": clauses.party_description(terms.borrower),
        "borrower_entity_line": clauses.entity_line(terms.borrower),
        "place_lines": clauses.address_lines(terms.borrower.address),
        "lawful_money": clauses.lawful_money(terms.currency),
        "securities_legend": clauses.securities_legend(terms),
        "oid_legend": clauses.oid_legend(terms),
        "interest_sentence": clauses.interest_sentence(terms),
        "rounding_sentence": clauses.rounding_sentence(terms),
        "prepayment_sentence": clauses.prepayment_sentence(terms),
        "application_sentence": clauses.application_sentence(terms),
        "fees_sentence": clauses.fees_sentence(terms),
        "reborrowing_sentence": clauses.reborrowing_sentence(terms),
        "draw_period_sentence": clauses.draw_period_sentence(terms),
        "governing_law": clauses.governing_law(terms.governing_law),
        "place_of_payment": terms.place_of_payment,
        "loan_agreement": terms.loan_agreement,
        "security_agreement": terms.security_agreement,
    }


def render_note(
    terms: Terms, fmt: Format | str = Format.TXT, *, templates: Templates = None
) -> Rendered:
    """The promissory note, written from its terms in the style of the seed note."""
    return render("note", fmt, note_context(terms), templates=templates)


# -- Schedule A -------------------------------------------------------------------------------------

#: How Schedule A names each kind of row.
ROW_KINDS = {
    "advance": "Loan",
    "payment": "Payment",
    "opening_balance": "Opening balance",
    "expense": "Lender Expense",
    "capitalisation": "Interest capitalised",
    "late_charge": "Late charge (charged by the terms of the Note)",
    "fee": "Fee (billed by the terms of the Note)",
    "amendment": "Amendment",
    "default": "Event of Default",
    "cure": "Cure",
    "acceleration": "Acceleration",
    "notation": "Notation",
    "rate_fixing": "Rate fixing",
    "reversal": "Reversal",
    "settlement": "Settlement",
    "refund": "Unapplied funds returned",
    "escrow_disbursement": "Escrow disbursement",
    "unapplied_applied": "Unapplied funds applied",
}


def schedule_a_context(ledger: Ledger) -> dict[str, Any]:
    """The variables of the ``schedule-a`` templates: the note's terms and its rows.

    On a note with installments a payment row's ``installments`` are those it settled
    (:func:`~promissory.core.settled.installments_settled`) and ``settled`` says so in short
    ("inst. 3, 4; part of inst. 5"); elsewhere they are empty.
    Each row's ``accrued_interest`` and ``default_interest`` are the note's on the row's date,
    after its event (:func:`~promissory.core.reports.schedule_interest`), so a notation or a
    reversed event's struck row does not repeat an earlier day's figure.
    """
    interest = schedule_interest(ledger)
    settled = installments_settled(ledger)
    rows = [
        {
            "row": r,
            "seq": r.seq,
            "date": r.effective_date,
            "kind": ROW_KINDS.get(r.kind, r.kind.replace("_", " ").capitalize()),
            "amount": r.amount,
            "to_expenses": r.to_expenses,
            "to_interest": r.to_interest + r.to_default_interest,
            "to_principal": r.to_principal,
            "to_premium": r.to_premium,
            "principal": r.principal,
            "accrued_interest": i.accrued_interest,
            "default_interest": i.default_interest,
            "expenses": r.expenses,
            "notation": r.notation
            + (f"; {r.to_late_charges} to late charges" if r.to_late_charges else "")
            + (f"; {r.to_fees} to fees" if r.to_fees and r.kind == "payment" else ""),
            "reversed_by": r.reversed_by,
            "restated": r.restated,
            "installments": settled.get(r.seq or 0, ()),
            "settled": settled_label(settled.get(r.seq or 0, ())),
            "unapplied": r.unapplied,  # held (+) or taken from unapplied funds (−)
            "escrow": r.escrow,  # put into (+) or paid out of (−) the escrow balance
            "escrow_balance": r.state.escrow,
        }
        for r, i in zip(ledger.rows, interest, strict=True)
    ]
    live = [row for row in rows if row["reversed_by"] is None]
    return {
        "terms": ledger.terms,
        "ledger": ledger,
        "currency": ledger.currency,
        "borrower": ledger.terms.borrower,
        "lender": ledger.terms.lender,
        "rows": rows,
        "final": live[-1] if live else None,
    }


def render_schedule_a(
    ledger: Ledger, fmt: Format | str = Format.MD, *, templates: Templates = None
) -> Rendered:
    """Schedule A as an exhibit to the note: every Loan, payment and notation, with balances."""
    return render("schedule-a", fmt, schedule_a_context(ledger), templates=templates)


# -- the payoff letter ------------------------------------------------------------------------------


def payoff_letter_context(
    quote: PayoffQuote,
    terms: Terms,
    *,
    letter_date: date | None = None,
    payee: Party | None = None,
) -> dict[str, Any]:
    """The variables of the ``payoff-letter`` templates.

    ``payee`` is the holder of record who writes the letter and is paid (``lender`` in the
    templates); the note's original lender (``terms.lender``) when it was never assigned.
    """
    holder = payee or terms.lender
    # an assignee designates its own place of payment: its address, when the book knows it
    place = quote.place_of_payment or terms.place_of_payment
    if holder != terms.lender:
        place = holder.address
    return {
        "quote": quote,
        "terms": terms,
        "currency": quote.currency,
        "borrower": terms.borrower,
        "lender": holder,
        "original_lender": terms.lender,
        "assigned": holder != terms.lender,
        "letter_date": letter_date or quote.as_of,
        "status": quote.status.value,
        "place_of_payment": place,
        "secured": terms.security_agreement is not None,
        "interest_basis": clauses.day_count_words(terms.interest),
        "lender_address_lines": clauses.address_lines(holder.address),
        "borrower_address_lines": clauses.address_lines(terms.borrower.address),
    }


def render_payoff_letter(
    quote: PayoffQuote,
    terms: Terms,
    fmt: Format | str = Format.TXT,
    *,
    letter_date: date | None = None,
    templates: Templates = None,
    payee: Party | None = None,
) -> Rendered:
    """A payoff letter: the figures, the per diem, good-through date, place and manner of payment.

    ``payee``: the holder of record, when the note was assigned (default: the note's lender).
    """
    context = payoff_letter_context(quote, terms, letter_date=letter_date, payee=payee)
    return render("payoff-letter", fmt, context, templates=templates)


# -- the letter agreement and release ---------------------------------------------------------------


def release_context(figures: ReleaseFigures) -> dict[str, Any]:
    """The variables of the ``release`` templates."""
    return {
        "f": figures,
        "currency": figures.currency,
        "lender": figures.lender,
        "borrower": figures.borrower,
        "lender_description": _release_party(figures.lender),
        "borrower_description": _release_party(figures.borrower),
        "governing_law": figures.governing_law,
        "civil_code_1542": figures.governing_law == "California",
    }


def _release_party(party: Party) -> str:
    kind = " ".join(p for p in (party.jurisdiction, party.entity_type) if p)
    return f"{clauses.article(kind)} {kind}" if kind else ""


def render_release(
    figures: ReleaseFigures, fmt: Format | str = Format.TXT, *, templates: Templates = None
) -> Rendered:
    """A letter agreement and release, in the style of the seed letter, from settlement figures."""
    return render("release", fmt, release_context(figures), templates=templates)


# -- the OID holder statement -----------------------------------------------------------------------


def render_oid_statement(
    figures: OidStatementFigures, fmt: Format | str = Format.MD, *, templates: Templates = None
) -> Rendered:
    """The statement the OID legend promises: issue price, yield to maturity, amount of OID."""
    context = {
        "s": figures,
        "currency": figures.currency,
        "issuer": figures.issuer,
        "holder": figures.holder,
        "issue_date_words": date_words(figures.issue_date),
        "holder_oid_total": sum((y.holder_oid for y in figures.years), Decimal(0)),
    }
    return render("oid-statement", fmt, context, templates=templates)


# -- the statement of a note with installments ------------------------------------------------------


def statement_context(statement: NoteStatement) -> dict[str, Any]:
    """The variables of the ``statement`` templates: what is due on ``as_of`` and the payoff figure.

    ``installments`` are those fallen due through the statement date and the next one coming due;
    the terms are those in force on the statement date (an amendment may have moved them).
    """
    status = statement.installments
    terms = statement.balance.state.terms
    shown = [
        x
        for x in status.installments
        if x.due_date <= status.as_of or x.due_date == status.next_due_date
    ]
    return {
        "statement": statement,
        "status": status,
        "balance": statement.balance,
        "payoff": statement.payoff,
        "terms": terms,
        "currency": statement.currency,
        "as_of": statement.as_of,
        "borrower": terms.borrower,
        "lender": terms.lender,
        "installments": shown,
        "place_of_payment": statement.payoff.place_of_payment or terms.place_of_payment,
        "borrower_address_lines": clauses.address_lines(terms.borrower.address),
    }


def render_statement(
    statement: NoteStatement, fmt: Format | str = Format.MD, *, templates: Templates = None
) -> Rendered:
    """A billing statement: what is due now, past due with its aging, each installment due so
    far with what was paid and what remains, the payoff figure of the day, where to pay."""
    return render("statement", fmt, statement_context(statement), templates=templates)
