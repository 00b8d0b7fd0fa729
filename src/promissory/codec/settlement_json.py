"""Collateral, transfer and settlement reports as JSON-ready mappings (amounts as decimal strings).

The CLI's ``collateral``, ``transfer`` and ``settle`` commands print these with ``--json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from promissory.codec.events_json import event_to_dict
from promissory.codec.reports_json import borrowing_base_to_dict, money
from promissory.core.borrowing_base import BorrowingBase, ReleasePrice
from promissory.core.collateral import CollateralItem, Coverage
from promissory.core.events import Event
from promissory.core.filings import FinancingStatement
from promissory.core.money import RoundingPolicy, currency_quantum
from promissory.core.settlement import AssignedNote, Reconciliation
from promissory.core.state import Split
from promissory.core.terms import Party
from promissory.core.transfer import Holding


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dec(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None


def amount(value: Decimal, currency: str) -> str:
    """An amount as a decimal string with the currency's places (0 → "0.00" in USD)."""
    return money(value, RoundingPolicy(currency_quantum(currency)))


def split_to_dict(split: Split, currency: str = "USD") -> dict[str, str]:
    names = ("expenses", "default_interest", "interest", "principal", "premium")
    out = {name: amount(getattr(split, name), currency) for name in names}
    if split.late_charges:  # a note with late charges (issue 10); the others' text unchanged
        out["late_charges"] = amount(split.late_charges, currency)
    if split.fees:  # a note with fees ([[fees]], issue 11); likewise
        out["fees"] = amount(split.fees, currency)
    return out


def reconciliation_to_dict(r: Reconciliation) -> dict[str, Any]:
    """A settlement proposal: payoff, consideration line by line, difference and waterfall split."""
    q, c = r.payoff, r.currency
    notes = []
    for n in r.assigned_notes:
        entry: dict[str, Any] = {
            "note": n.note_id,
            "value": amount(n.value, c),
            "valued": n.valued_how,
        }
        if isinstance(n, AssignedNote) and n.principal is not None:
            entry["principal"] = amount(n.principal, c)
            entry["interest"] = _dec(n.interest)
        if n.basis:
            entry["basis"] = n.basis
        notes.append(entry)
    out: dict[str, Any] = {
        "note": r.note_id,
        "date": r.as_of.isoformat(),
        "currency": r.currency,
        "payoff": {
            "principal": amount(q.principal, c),
            "interest": amount(q.interest, c),
            "default_interest": amount(q.default_interest, c),
            "expenses": amount(q.expenses, c),
            "premium": amount(q.premium, c),
            "total": amount(q.total, c),
        },
        "consideration": [
            {
                "source": line.source,
                "description": line.description,
                "amount": amount(line.amount, c),
            }
            for line in r.lines
        ],
        "assigned_notes": notes,
        "by_source": {
            "cash": amount(r.cash, c),
            "notes": amount(r.notes, c),
            "shares": amount(r.shares_value, c),
            "forgiven": amount(r.forgiven, c),
        },
        "consideration_total": amount(r.consideration_total, c),
        "difference": amount(r.difference, c),
        "status": r.status,
        "applied": split_to_dict(r.split, c),
        "unpaid": split_to_dict(r.unpaid, c),
    }
    if r.shares is not None:
        s = r.shares
        out["shares"] = {
            "count": s.count,
            "price": str(s.price),
            "amount_converted": _dec(s.amount),
            "value": amount(s.value, c),
            "remainder": amount(s.remainder, c),
            "remainder_rule": s.remainder_rule,
            "rounding": s.rounding,
        }
    return out


def item_to_dict(item: CollateralItem) -> dict[str, Any]:
    return {
        "asset": item.asset,
        "asset_kind": item.asset_kind,
        "description": item.description,
        "pledged_on": item.pledged_on.isoformat(),
        "haircut": str(item.haircut),
        "released_on": _day(item.released_on),
        "valued_on": _day(item.valued_on),
        "value": _dec(item.value),
    }


def coverage_to_dict(c: Coverage) -> dict[str, Any]:
    return {
        "as_of": c.as_of.isoformat(),
        "collateral": [
            {
                "asset": v.item.asset,
                "gross": str(v.gross),
                "haircut": str(v.haircut_amount),
                "net": str(v.net),
                "valued": v.valued_how,
            }
            for v in c.collateral
        ],
        "collateral_value": money(c.collateral_value),
        "payoff": money(c.payoff),
        "ratio": _dec(c.ratio),
        "minimum": _dec(c.minimum),
        "warning": c.warning,
        **({"withheld": list(c.withheld)} if c.withheld else {}),
    }


def filing_to_dict(f: FinancingStatement) -> dict[str, Any]:
    return {
        "filing_number": f.filing_number,
        "jurisdiction": f.jurisdiction,
        "filed_on": f.filed_on.isoformat(),
        "lapse_date": f.lapse_date.isoformat(),
        "continuation_window": [f.continuation_window[0].isoformat(),
                                f.continuation_window[1].isoformat()],
        "continuations": [d.isoformat() for d in f.continuations],
        "termination_marked_on": _day(f.termination_marked_on),
        "terminated_on": _day(f.terminated_on),
        "status": f.status,
        "warning": f.warning,
    }  # fmt: skip


def collateral_to_dict(note_id: str, as_of: date, currency: str, register: Sequence[CollateralItem],
                       coverage: Coverage, filings: Sequence[FinancingStatement],
                       warnings: Sequence[str], borrowing_base: BorrowingBase | None = None,
                       release_prices: Sequence[ReleasePrice] = ()) -> dict[str, Any]:  # fmt: skip
    """The collateral report; ``borrowing_base`` and ``release_prices`` only for a note with a
    borrowing base (``[collateral] advance_rate``)."""
    out: dict[str, Any] = {
        "note": note_id,
        "as_of": as_of.isoformat(),
        "currency": currency,
        "register": [item_to_dict(i) for i in register],
        "coverage": coverage_to_dict(coverage),
        "financing_statements": [filing_to_dict(f) for f in filings],
        "warnings": list(warnings),
    }
    if borrowing_base is not None:
        rounding = RoundingPolicy(currency_quantum(currency))
        out["borrowing_base"] = borrowing_base_to_dict(borrowing_base, rounding)
        out["release_prices"] = [{"asset": p.asset, "price": money(p.price, rounding),
                                  "how": p.how} for p in release_prices]  # fmt: skip
    return out


def holdings_to_dict(note_id: str, holdings: Sequence[Holding]) -> dict[str, Any]:
    return {
        "note": note_id,
        "holders": [
            {
                "holder": h.holder,
                "since": h.since.isoformat(),
                "basis": h.basis,
                "assumes_obligations": h.assumes_obligations,
                "event": h.seq or None,
                "settlement": h.settlement_id or None,
                "share": None if h.share is None else str(h.share),
                "assignor": h.assignor or None,
            }
            for h in holdings
        ],
    }


def written_to_dict(settlement_id: str, written: Sequence[tuple[str, Sequence[Event]]],
                    reconciliation: Reconciliation | None = None) -> dict[str, Any]:  # fmt: skip
    out: dict[str, Any] = {
        "settlement": settlement_id,
        "written": {note_id: [event_to_dict(e) for e in events] for note_id, events in written},
    }
    if reconciliation is not None:
        out["reconciliation"] = reconciliation_to_dict(reconciliation)
    return out


def settlement_to_dict(settlement_id: str, note_id: str,
                       linked: Sequence[tuple[str, Event]], reversed_: bool) -> dict[str, Any]:  # fmt: skip
    """A settlement as ``settle show`` has it: every event linked to it, and whether reversed."""
    return written_to_dict(settlement_id, [(n, [e]) for n, e in linked]) | {
        "reversed": reversed_, "note": note_id,
    }  # fmt: skip


def party_to_dict(party_id: str, party: Party) -> dict[str, Any]:
    return {
        "id": party_id,
        "name": party.name,
        "entity_type": party.entity_type,
        "jurisdiction": party.jurisdiction,
        "address": party.address,
    }
