"""``to_json(record)``: the one way out to JSON for every record promissory returns.

The CLI's ``--json``, the HTTP API and exports all call this, so they never disagree.  The rules,
everywhere: decimals are strings (``"17500000.00"``; money at its rounding quantum), exact
fractions are ``"n/d"``, dates and moments ISO 8601, enums their value, tuples lists.

Records of the core have their documented shapes (events as :mod:`~.events_json` writes them,
reports as :mod:`~.reports_json`, settlements as :mod:`~.settlement_json`, OID statements as
:mod:`~.oid_json`).  Records of the layers above the codec (the application's and the book's), which
the codec may not import, are recognised by their shape (:class:`NoteSummaryLike`,
:class:`RecordedLike`, :class:`NoteRecordLike`); any other dataclass becomes the mapping of its
fields, converted by the same rules.

Context a record does not carry is passed by keyword: ``rounding`` (the note's
:class:`~promissory.core.money.RoundingPolicy`, default: its currency's minor unit) and
``interest_due`` (for a :class:`~promissory.core.engine.Position`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, Protocol, runtime_checkable

from promissory.codec import oid_json, reports_json, settlement_json
from promissory.codec.events_json import event_to_dict
from promissory.codec.terms_toml import terms_to_dict
from promissory.core.amortization import NoteAmortization
from promissory.core.billing import InstallmentStatus
from promissory.core.delinquency import LateChargeCharged, PastDueNotice
from promissory.core.engine import Position
from promissory.core.events import Event
from promissory.core.installments import InstallmentExplanation
from promissory.core.money import Money, RoundingMode, RoundingPolicy, currency_quantum
from promissory.core.oid import HolderStatement, NoteOidStatement
from promissory.core.problems import Problem
from promissory.core.reports import Explanation, InterestDue, PayoffQuote
from promissory.core.settlement import Reconciliation
from promissory.core.state import Ledger, ScheduleRow, Status
from promissory.core.statement import NoteStatement
from promissory.core.terms import Terms


@runtime_checkable
class NoteSummaryLike(Protocol):
    """A line of the note list (the application's ``NoteSummary``)."""

    terms: Terms
    status: Status
    principal: Decimal
    total: Decimal | None
    events: int


@runtime_checkable
class RecordedLike(Protocol):
    """What recording an event did (the application's ``Recorded``)."""

    event: Event
    repeated: bool


@runtime_checkable
class NoteRecordLike(Protocol):
    """A note in the book (the book's ``NoteRecord``): its terms and how many events it has."""

    terms: Terms
    head: int
    created_at: datetime


def _rounding(context: Mapping[str, Any], currency: str) -> RoundingPolicy:
    given = context.get("rounding")
    return (
        given if isinstance(given, RoundingPolicy) else RoundingPolicy(currency_quantum(currency))
    )


@functools.singledispatch
def to_json(record: object, **context: Any) -> Any:
    """``record`` as JSON-ready data (see the module docstring for the rules and the shapes)."""
    if record is None or isinstance(record, bool | int | str):
        return record
    if isinstance(record, NoteSummaryLike):
        t, r = record.terms, record.terms.rounding
        return {"id": t.id, "borrower": t.borrower.name, "lender": t.lender.name,
                "holder": getattr(record, "holder", "") or t.lender.name, "currency": t.currency, "commitment": str(t.commitment),
                "maturity": t.due_date.isoformat() if t.due_date else None, "status": record.status.value,
                "principal": reports_json.money(record.principal, r),
                "total": None if record.total is None else reports_json.money(record.total, r),
                "events": record.events,
                **({"problem": p} if (p := getattr(record, "problem", "")) else {})}  # fmt: skip
    if isinstance(record, RecordedLike):
        return {"event": to_json(record.event), "repeated": record.repeated}
    if isinstance(record, NoteRecordLike):
        return {"terms": to_json(record.terms), "events": record.head}
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_json(getattr(record, f.name), **context)
                for f in dataclasses.fields(record)}  # fmt: skip
    if isinstance(record, Mapping):
        return {str(k): to_json(v, **context) for k, v in record.items()}
    if isinstance(record, list | tuple | set | frozenset):
        return [to_json(v, **context) for v in record]
    raise TypeError(f"{type(record).__name__} {record!r} has no JSON form")


@to_json.register
def _(value: Decimal, **context: Any) -> str:
    return str(value)


@to_json.register
def _(value: Fraction, **context: Any) -> str:
    return reports_json.fraction(value)


@to_json.register
def _(value: date, **context: Any) -> str:  # datetime too (a subclass)
    return value.isoformat()


@to_json.register
def _(value: Enum, **context: Any) -> Any:
    return value.value


@to_json.register
def _(value: Money, **context: Any) -> str:
    return str(value.amount)


@to_json.register
def _(event: Event, **context: Any) -> dict[str, Any]:
    return event_to_dict(event)


@to_json.register
def _(terms: Terms, **context: Any) -> Any:
    return to_json(terms_to_dict(terms))


@to_json.register
def _(ledger: Ledger, **context: Any) -> dict[str, Any]:
    return reports_json.schedule_to_dict(ledger)


@to_json.register
def _(row: ScheduleRow, **context: Any) -> dict[str, Any]:
    return reports_json.row_to_dict(row, row.state.terms.rounding)


@to_json.register
def _(pos: Position, **context: Any) -> dict[str, Any]:
    due = context.get("interest_due")
    return reports_json.position_to_dict(
        pos.state.terms.id, pos, due if isinstance(due, InterestDue) else None
    )


@to_json.register
def _(quote: PayoffQuote, **context: Any) -> dict[str, Any]:
    return reports_json.quote_to_dict(quote, _rounding(context, quote.currency))


@to_json.register
def _(x: Explanation, **context: Any) -> dict[str, Any]:
    rounding = context.get("rounding") or x.position.state.terms.rounding
    return reports_json.explanation_to_dict(x, rounding)


@to_json.register
def _(r: Reconciliation, **context: Any) -> dict[str, Any]:
    return settlement_json.reconciliation_to_dict(r)


@to_json.register
def _(s: HolderStatement, **context: Any) -> dict[str, Any]:
    return oid_json.statement_to_dict(s)


@to_json.register
def _(s: NoteOidStatement, **context: Any) -> dict[str, Any]:
    return oid_json.note_statement_to_dict(s)


#: Exact fractions too long to read are also shown to 12 places (half-even), as reports_json does.
_TWELVE_PLACES = RoundingPolicy(Decimal("1e-12"), RoundingMode.HALF_EVEN)


@to_json.register
def _(x: InstallmentExplanation, **context: Any) -> dict[str, Any]:
    """How an installment was computed: formula, figures, periodic rate, rounding, and its lines."""
    explanation = {f.name: to_json(getattr(x, f.name)) for f in dataclasses.fields(x)}
    for key, value in (("unrounded", x.unrounded), ("residue", x.residue)):
        explanation[key] = None if value is None else {
            "fraction": reports_json.fraction(value), "decimal": f"{_TWELVE_PLACES.round(value):f}"
        }  # fmt: skip
    explanation["lines"] = list(x.lines())
    return explanation


@to_json.register
def _(a: NoteAmortization, **context: Any) -> dict[str, Any]:
    """The table's rows and totals, and how the installment was computed (with its lines)."""
    t = a.table
    explanation = to_json(a.explanation)
    return {"note_id": a.note_id, "currency": a.currency, "as_of": to_json(a.as_of),
            "principal": str(a.principal), "installment": to_json(a.installment),
            "kind": t.schedule.kind.value, "rate": str(t.rate), "day_count": t.day_count,
            "rows": [to_json(row) for row in t.rows],
            "totals": {"payments": str(t.total_payments), "interest": str(t.total_interest),
                       "principal": str(t.total_principal)},
            "final_payment": str(t.final_payment), "balloon": to_json(t.balloon),
            "explanation": explanation}  # fmt: skip


@to_json.register
def _(s: InstallmentStatus, **context: Any) -> dict[str, Any]:
    """Every installment (amount, paid, remaining, days past due) and the totals."""
    r = _rounding(context, s.currency)

    def m(value: Decimal) -> str:
        return reports_json.money(value, r)

    return {"note_id": s.note_id, "currency": s.currency, "as_of": s.as_of.isoformat(),
            "installments": [{"number": x.number, "due_date": x.due_date.isoformat(),
                              "amount": m(x.amount), "paid": m(x.paid),
                              "remaining": m(x.remaining), "days_past_due": x.days_past_due,
                              "paid_on": to_json(x.paid_on)} for x in s.installments],
            "totals": {"received": m(s.received), "applied": m(s.applied),
                       "beyond_installments": m(s.beyond), "unapplied": m(s.unapplied),
                       "returned": m(s.returned), "fallen_due": m(s.fallen_due),
                       "past_due": m(s.past_due), "days_past_due": s.days_past_due,
                       "aging": s.aging, "next_due_date": to_json(s.next_due_date),
                       "next_amount_due": m(s.next_amount_due), "amount_due": m(s.amount_due)},
            "paid_on": to_json(s.paid_on), "accelerated_on": to_json(s.accelerated_on)}  # fmt: skip


@to_json.register
def _(s: NoteStatement, **context: Any) -> dict[str, Any]:
    """The installment status, the balance and the payoff figure of the day."""
    return {"note_id": s.note_id, "currency": s.currency, "as_of": s.as_of.isoformat(),
            "installments": to_json(s.installments, rounding=s.balance.state.terms.rounding),
            "balance": to_json(s.balance),
            "payoff": to_json(s.payoff, rounding=s.balance.state.terms.rounding),
            "late_charges": [to_json(c, rounding=s.balance.state.terms.rounding)
                             for c in s.late_charges],
            "late_charges_due": reports_json.money(s.late_charges_due,
                                                   s.balance.state.terms.rounding),
            "amount_due": reports_json.money(s.amount_due, s.balance.state.terms.rounding),
            "warnings": [to_json(n, rounding=s.balance.state.terms.rounding)
                         for n in s.notices]} | _escrow(s)  # fmt: skip


def _escrow(s: NoteStatement) -> dict[str, Any]:
    """A note that collects escrow: the deposit with each installment and the balance held
    (beside the amount due and the payoff, never in them)."""
    if s.escrow_deposit is None and not s.escrow_balance:
        return {}
    r = s.balance.state.terms.rounding
    deposit = s.escrow_deposit
    return {"escrow": {"deposit_with_each_installment":
                       reports_json.money(deposit, r) if deposit is not None else None,
                       "balance": reports_json.money(s.escrow_balance, r)}}  # fmt: skip


@to_json.register
def _(c: LateChargeCharged, **context: Any) -> dict[str, Any]:
    """A late charge the terms made (not recorded by anyone)."""
    r = context.get("rounding")
    return {"installment": c.number, "due_date": c.due_date.isoformat(),
            "charged_on": c.charged_on.isoformat(),
            "amount": reports_json.money(c.amount, r if isinstance(r, RoundingPolicy) else None),
            "how": c.how, "made_by": "terms"}  # fmt: skip


@to_json.register
def _(n: PastDueNotice, **context: Any) -> dict[str, Any]:
    """A past-due warning (``schedule.past_due_notice_days``), dated the day it was reached."""
    r = context.get("rounding")
    return {"note_id": n.note_id, "code": n.code, "date": n.reached_on.isoformat(),
            "installment": n.number, "due_date": n.due_date.isoformat(),
            "days_past_due": n.days,
            "remaining": reports_json.money(n.remaining, r if isinstance(r, RoundingPolicy) else None),
            "as_of": n.as_of.isoformat(), "message": str(n)}  # fmt: skip


def problems_to_json(note_id: str, as_of: date, problems: Sequence[Problem],
                     notices: Sequence[object], rounding: RoundingPolicy) -> dict[str, Any]:  # fmt: skip
    """``problems --json`` (and the HTTP API's): the note's broken rules and its warnings of a day."""
    return {"note_id": note_id, "as_of": as_of.isoformat(),
            "problems": [{"id": p.seq, "date": p.effective_date.isoformat(), "code": p.code,
                          "message": p.message} for p in problems],
            "warnings": [to_json(n, rounding=rounding) for n in notices]}  # fmt: skip
