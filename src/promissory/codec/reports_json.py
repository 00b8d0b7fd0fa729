"""Reports as JSON-ready mappings: amounts are decimal strings ("17500000.00"), fractions "n/d".

The CLI's ``--json`` output and the HTTP API share these, so both say the same thing.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from promissory.core.borrowing_base import BorrowingBase
from promissory.core.engine import Position
from promissory.core.money import Exact, RoundingPolicy
from promissory.core.reports import (
    Explanation,
    InterestDue,
    PayoffQuote,
    RowInterest,
    schedule_interest,
    stale_fixings_of,
)
from promissory.core.settled import installments_settled
from promissory.core.state import Ledger, ScheduleRow

EXACT_PLACES = 12


def money(value: Decimal, rounding: RoundingPolicy | None = None) -> str:
    """A money amount as a decimal string at the policy's quantum (never fewer places)."""
    if rounding is not None and value == value.quantize(rounding.quantum):
        return str(value.quantize(rounding.quantum))
    return str(value)


def exact(value: Exact) -> dict[str, str]:
    """An exact amount: its fraction and a 12-place decimal rendering."""
    f = value.to_fraction()
    return {"fraction": f"{f.numerator}/{f.denominator}", "decimal": places(value)}


def places(value: Exact) -> str:
    """An exact amount shown to 12 decimal places (display only)."""
    return f"{value.decimal(EXACT_PLACES):f}"


def fraction(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def borrowing_base_to_dict(base: BorrowingBase, r: RoundingPolicy) -> dict[str, Any]:
    """The borrowing base: the rate, the collateral value after haircuts, the base, the principal
    outstanding, what the base leaves to draw, and the rule in words."""
    return {
        "advance_rate": str(base.advance_rate),
        "collateral_value": money(base.collateral_value, r),
        "base": money(base.base, r),
        "outstanding": money(base.outstanding, r),
        "available": money(base.available, r),
        "rule": base.sentence(),
    }


def position_to_dict(note_id: str, pos: Position, due: InterestDue | None = None) -> dict[str, Any]:
    r = pos.state.terms.rounding
    extra: dict[str, Any] = {}
    if due is not None:
        extra = {
            "interest_past_due": money(due.past_due, r),
            "last_interest_date": due.last_due_date.isoformat() if due.last_due_date else None,
            "next_interest_date": due.next_due_date.isoformat() if due.next_due_date else None,
        }
    if pos.state.terms.late_charge is not None:  # written only for a note with late charges
        extra["late_charges"] = money(pos.late_charges, r)
    if pos.borrowing_base is not None:  # written only for a note with a borrowing base
        extra["borrowing_base"] = borrowing_base_to_dict(pos.borrowing_base, r)
    if pos.state.terms.fees:  # written only for a note with fees ([[fees]])
        extra["fees"] = money(pos.fees, r)
        extra["fees_accrued"] = money(pos.fees_accrued, r)
    return extra | {
        "note": note_id,
        "as_of": pos.as_of.isoformat(),
        "currency": pos.state.terms.currency,
        "status": pos.status.value,
        "principal": money(pos.principal, r),
        "accrued_interest": money(pos.interest, r),
        "default_interest": money(pos.default_interest, r),
        "expenses": money(pos.expenses, r),
        "total": money(pos.total, r),
        "available": money(pos.available, r),
        "contract_rate": str(pos.contract_rate) if pos.contract_rate is not None else None,
        "default_rate_extra": str(pos.default_extra),
        "accrued_interest_exact": exact(pos.interest_exact),
        "default_interest_exact": exact(pos.default_interest_exact),
        "maturity": d.isoformat() if (d := pos.state.terms.due_date) else None,
        **({"payable_on_demand": True} if pos.state.terms.payable_on_demand else {}),
        # a note holding unapplied funds (received, not applied: [schedule] excess) says so
        **({"unapplied": money(pos.state.unapplied, r)} if pos.state.unapplied else {}),
        # the escrow balance held for taxes and insurance: beside the debt, not in ``total``
        **(
            {"escrow_balance": money(pos.escrow, r)}
            if pos.escrow or pos.state.terms.escrow is not None
            else {}
        ),
    }


def row_to_dict(
    row: ScheduleRow, rounding: RoundingPolicy, interest: RowInterest | None = None
) -> dict[str, Any]:
    """A Schedule A row; ``interest`` is the row's interest on its date (``schedule_interest``)."""
    accrued = interest.accrued_interest if interest is not None else row.accrued_interest
    default = interest.default_interest if interest is not None else row.default_interest
    return {
        "id": row.seq,
        "date": row.effective_date.isoformat(),
        "kind": row.kind,
        "amount": money(row.amount, rounding) if row.amount is not None else None,
        "to_expenses": money(row.to_expenses, rounding),
        "to_default_interest": money(row.to_default_interest, rounding),
        "to_interest": money(row.to_interest, rounding),
        "to_principal": money(row.to_principal, rounding),
        "to_premium": money(row.to_premium, rounding),
        "principal_balance": money(row.principal, rounding),
        "accrued_interest": money(accrued, rounding),
        "default_interest": money(default, rounding),
        "expenses": money(row.expenses, rounding),
        "rounding_residue": places(row.residue),
        "notation": row.notation,
        "reversed_by": row.reversed_by,
        "restated": row.restated,
        # held as unapplied funds (+) or taken from them (−); only on rows that moved them
        **({"to_unapplied": money(row.unapplied, rounding)} if row.unapplied else {}),
        # put into escrow (+, a payment's escrow part) or paid out of it (−, a disbursement),
        # and the escrow balance after the row; only on a note that has had escrow
        **({"to_escrow": money(row.escrow, rounding)} if row.escrow else {}),
        **(
            {"escrow_balance": money(row.state.escrow, rounding)}
            if row.escrow or row.state.escrow or row.state.terms.escrow is not None
            else {}
        ),
    } | _charged(row, rounding)


def _charged(row: ScheduleRow, rounding: RoundingPolicy) -> dict[str, Any]:
    """A late charge or fee row (made by the terms, not recorded), or a payment that paid late
    charges or fees (an advance an origination fee was withheld from: ``to_fees``)."""
    out: dict[str, Any] = {}
    if row.kind in ("late_charge", "fee"):
        out["made_by"] = "terms"
    if row.to_late_charges:
        out["to_late_charges"] = money(row.to_late_charges, rounding)
    if row.to_fees:
        out["to_fees"] = money(row.to_fees, rounding)
    if row.state.terms.fees and row.kind not in ("late_charge",):
        out["fees"] = money(row.state.fees, rounding)
    return out


def schedule_to_dict(ledger: Ledger) -> dict[str, Any]:
    r = ledger.terms.rounding
    rows = [
        row_to_dict(row, r, i)
        for row, i in zip(ledger.rows, schedule_interest(ledger), strict=True)
    ]
    # a note with installments: each payment row names the installments it settled
    settled = installments_settled(ledger)
    for row, data in zip(ledger.rows, rows, strict=True):
        if row.seq in settled:
            data["installments"] = [
                {"number": x.number, "applied": money(x.applied, r)} for x in settled[row.seq]
            ]
    return {
        "note": ledger.terms.id,
        "currency": ledger.currency,
        "rows": rows,
        "problems": [
            {
                "id": p.seq,
                "date": p.effective_date.isoformat(),
                "code": p.code,
                "message": p.message,
            }
            for p in ledger.problems
        ],
        **_stale_fixings(ledger),
    }


def _stale_fixings(ledger: Ledger) -> dict[str, Any]:
    """``warnings``, for a note whose terms state ``stale_after_days`` (absent otherwise)."""
    floating = ledger.terms.interest.floating
    if floating is None or floating.stale_after_days is None:
        return {}
    warnings = stale_fixings_of(ledger)
    return {"warnings": [{"code": "stale-fixing", "date": w.reset.isoformat(),
                          "index": w.index, "fixing_date": w.fixing_date.isoformat(),
                          "rate": str(w.rate), "age_days": w.age_days, "message": str(w)}
                         for w in warnings]}  # fmt: skip


def quote_to_dict(q: PayoffQuote, rounding: RoundingPolicy) -> dict[str, Any]:
    return {
        "note": q.note_id,
        "currency": q.currency,
        "as_of": q.as_of.isoformat(),
        "good_through": q.good_through.isoformat(),
        "status": q.status.value,
        "principal": money(q.principal, rounding),
        "interest": money(q.interest, rounding),
        "default_interest": money(q.default_interest, rounding),
        "expenses": money(q.expenses, rounding),
        "premium": money(q.premium, rounding),
        "total": money(q.total, rounding),
        "per_diem": money(q.per_diem, rounding),
        "per_diem_exact": exact(q.per_diem_exact),
        "interest_exact": exact(q.interest_exact),
        "default_interest_exact": exact(q.default_interest_exact),
        "rounding_residue": places(q.residue),
        "place_of_payment": q.place_of_payment,
        **({} if q.late_charges is None else {"late_charges": money(q.late_charges, rounding)}),
        **({} if q.fees is None else {"fees": money(q.fees, rounding)}),
        # unapplied funds held, credited against what is owed (``total`` is net of them)
        **({"unapplied_credit": money(q.unapplied, rounding)} if q.unapplied else {}),
        # noted, not added: the escrow is the borrower's, returned after payoff
        **(
            {
                "escrow_balance": money(q.escrow, rounding),
                "escrow_note": "not in the total: held for the borrower and returned after payoff",
            }
            if q.escrow
            else {}
        ),
        "days": [
            {
                "date": d.day.isoformat(),
                "interest": money(d.interest, rounding),
                "default_interest": money(d.default_interest, rounding),
                "total": money(d.total, rounding),
            }
            for d in q.days
        ],
    }


def explanation_to_dict(x: Explanation, rounding: RoundingPolicy) -> dict[str, Any]:
    return {
        "note": x.note_id,
        "as_of": x.as_of.isoformat(),
        "day_count": x.day_count,
        "count_first_and_last_day": x.count_first_and_last_day,
        "segments": [
            {
                "from": s.segment.start.isoformat(),
                "to": s.segment.end.isoformat(),
                "days": s.segment.days,
                "year_fraction": fraction(s.segment.year_fraction),
                "balance": money(s.segment.balance, rounding),
                "rate": str(s.segment.rate),
                "default_rate_extra": str(s.segment.default_extra),
                "exact_interest": exact(s.segment.interest + s.segment.default_interest),
                "rounded_interest": money(s.rounded, rounding),
                "residue": places(s.residue),
                **({"basis": s.segment.basis} if s.segment.basis else {}),
                # [interest.pik]: the part of the rate paid in kind, and the interest it accrued
                **({"pik_rate": str(s.segment.pik_rate),
                    "pik_interest": exact(s.segment.pik_interest)}
                   if s.segment.pik_rate else {}),
            }
            for s in x.segments
        ],
        "accrued_exact": exact(x.accrued_exact),
        "opening_interest": money(x.opening_interest, rounding),
        "interest_paid": money(x.interest_paid, rounding),
        "capitalised": money(x.capitalised, rounding),
        "residue_closed": exact(x.residue_closed),
        "outstanding_exact": exact(x.outstanding_exact),
        "outstanding": money(x.outstanding, rounding),
        "outstanding_residue": places(x.outstanding_exact - x.outstanding),
    } | ({"late_charges": [
        {"installment": c.number, "due_date": c.due_date.isoformat(),
         "charged_on": c.charged_on.isoformat(), "amount": money(c.amount, rounding),
         "how": c.how, "made_by": "terms"} for c in x.late_charges
    ]} if x.position.state.terms.late_charge is not None else {}) | (
        {} if x.fees is None else {"fees": {
            "terms": list(x.fees.terms),
            "segments": [{"from": f.start.isoformat(), "to": f.end.isoformat(), "days": f.days,
                          "year_fraction": fraction(f.year_fraction),
                          "unused": money(f.unused, rounding), "percent": str(f.percent),
                          "exact_fee": exact(f.fee)} for f in x.fees.segments],
            "billed": [{"date": d.isoformat(), "amount": money(a, rounding), "how": how,
                        "made_by": "terms"} for d, a, how in x.fees.billed],
            "accrued_exact": exact(x.fees.accrued_exact),
            "accrued": money(x.fees.accrued, rounding),
            "residue_closed": exact(x.fees.residue_closed),
            "payable": money(x.fees.payable, rounding),
        }})  # fmt: skip
