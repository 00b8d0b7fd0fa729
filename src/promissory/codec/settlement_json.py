"""Collateral, transfer and settlement reports as JSON-ready mappings (amounts as decimal strings).

The CLI's ``collateral``, ``transfer`` and ``settle`` commands print these with ``--json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from promissory.codec.events_json import event_to_dict
from promissory.codec.reports_json import money
from promissory.core.collateral import CollateralItem, Coverage, FinancingStatement
from promissory.core.events import Event
from promissory.core.settlement import AssignedNote, Reconciliation
from promissory.core.terms import Party
from promissory.core.transfer import Holding
from promissory.core.waterfall import Split


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dec(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None


def split_to_dict(split: Split) -> dict[str, str]:
    return {
        "expenses": str(split.expenses),
        "default_interest": str(split.default_interest),
        "interest": str(split.interest),
        "principal": str(split.principal),
        "premium": str(split.premium),
    }


def reconciliation_to_dict(r: Reconciliation) -> dict[str, Any]:
    """A settlement proposal: payoff, consideration line by line, difference and waterfall split."""
    q = r.payoff
    notes = []
    for n in r.assigned_notes:
        entry: dict[str, Any] = {"note": n.note_id, "value": str(n.value), "valued": n.valued_how}
        if isinstance(n, AssignedNote) and n.principal is not None:
            entry["principal"] = str(n.principal)
            entry["interest"] = _dec(n.interest)
        if n.basis:
            entry["basis"] = n.basis
        notes.append(entry)
    out: dict[str, Any] = {
        "note": r.note_id,
        "date": r.as_of.isoformat(),
        "currency": r.currency,
        "payoff": {
            "principal": str(q.principal),
            "interest": str(q.interest),
            "default_interest": str(q.default_interest),
            "expenses": str(q.expenses),
            "premium": str(q.premium),
            "total": str(q.total),
        },
        "consideration": [
            {"source": line.source, "description": line.description, "amount": str(line.amount)}
            for line in r.lines
        ],
        "assigned_notes": notes,
        "by_source": {
            "cash": str(r.cash),
            "notes": str(r.notes),
            "shares": str(r.shares_value),
            "forgiven": str(r.forgiven),
        },
        "consideration_total": str(r.consideration_total),
        "difference": str(r.difference),
        "status": r.status,
        "applied": split_to_dict(r.split),
        "unpaid": split_to_dict(r.unpaid),
    }
    if r.shares is not None:
        s = r.shares
        out["shares"] = {
            "count": s.count,
            "price": str(s.price),
            "amount_converted": _dec(s.amount),
            "value": str(s.value),
            "remainder": str(s.remainder),
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
                       warnings: Sequence[str]) -> dict[str, Any]:  # fmt: skip
    return {
        "note": note_id,
        "as_of": as_of.isoformat(),
        "currency": currency,
        "register": [item_to_dict(i) for i in register],
        "coverage": coverage_to_dict(coverage),
        "financing_statements": [filing_to_dict(f) for f in filings],
        "warnings": list(warnings),
    }


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


def party_to_dict(party_id: str, party: Party) -> dict[str, Any]:
    return {
        "id": party_id,
        "name": party.name,
        "entity_type": party.entity_type,
        "jurisdiction": party.jurisdiction,
        "address": party.address,
    }
