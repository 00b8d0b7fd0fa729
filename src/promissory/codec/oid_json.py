"""OID statements as JSON-ready mappings: dates ISO, amounts decimal strings (never floats).

The shape is the one ``promissory oid --json`` has always printed (``docs/oid.md``); it lives here,
in the codec, so the CLI and the HTTP API serialise a statement the same way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from promissory.core.money import RoundingPolicy
from promissory.core.oid import HolderStatement, NoteOidStatement

_CENT = RoundingPolicy()
_TEN_PLACES = RoundingPolicy(Decimal("0.0000000001"))


def statement_to_dict(statement: HolderStatement) -> dict[str, Any]:
    """One issue's holder statement: issue price, yield, accrual periods, years, acquisition."""
    s = statement
    acquisition: dict[str, Any] | None = None
    if s.acquisition is not None:
        a = s.acquisition
        acquisition = {
            "date": a.acquisition.date.isoformat(),
            "price": str(a.acquisition.price),
            "kind": a.kind.value,
            "adjusted_issue_price": str(_CENT.round(a.adjusted_issue_price)),
            "remaining_oid": str(_CENT.round(a.remaining_oid)),
            "premium_fraction": str(_TEN_PLACES.round(a.premium_fraction)),
            "market_discount": str(_CENT.round(a.market_discount)),
            "market_discount_de_minimis": a.market_discount_de_minimis,
            "reason": a.reason,
        }
    return {
        "name": s.name,
        "currency": s.currency,
        "issue_date": s.issue_date.isoformat(),
        "maturity": s.maturity.isoformat(),
        "issue_price": str(s.issue_price),
        "issue_price_basis": s.issue_price_basis,
        "stated_redemption_price_at_maturity": str(s.srpm),
        "qualified_stated_interest_total": str(s.qsi_total),
        "qsi_reasons": list(s.qsi_reasons),
        "de_minimis": s.de_minimis,
        "de_minimis_reason": s.de_minimis_reason,
        "total_oid": str(s.total_oid),
        "yield_to_maturity": {
            "percent": str(s.yield_percent),
            "compounded": s.yield_compounding,
            "full_precision_percent": str(s.yield_full),
            "precision_significant_digits": s.yield_precision_digits,
            "used_for_accruals": s.yield_used,
        },
        "accrual_months": s.accrual_months,
        "accrual_rule": s.accrual_rule,
        "short_period": s.short_period,
        "rounding": s.rounding,
        "accrual_periods": [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "days": p.days,
                "adjusted_issue_price": str(p.adjusted_issue_price),
                "qualified_stated_interest": str(p.qsi),
                "oid": str(p.oid),
                "daily_portion": str(p.daily_portion),
                "adjusted_issue_price_end": str(p.adjusted_issue_price_end),
            }
            for p in s.periods
        ],
        "years": [
            {
                "year": y.year,
                "holder_oid": str(y.holder_oid),
                "issuer_deduction": str(y.issuer_deduction),
            }
            for y in s.years
        ],
        "acquisition": acquisition,
    }


def note_statement_to_dict(s: NoteOidStatement) -> dict[str, Any]:
    """A note's statement: each advance its own issue, and the total over them."""
    acquisition = None
    if s.acquisition is not None:
        acquisition = {"date": s.acquisition.date.isoformat(), "price": str(s.acquisition.price)}
    return {
        "note": s.note_id,
        "currency": s.currency,
        "holder": s.holder,
        "acquisition": acquisition,
        "year": s.year,
        "treatment": list(s.treatment),
        "advances": [
            {
                "advance": line.number,
                "schedule_a_id": line.seq,
                "date": line.advance_date.isoformat(),
                "amount": str(line.amount),
                "purchase_price_share": (
                    str(line.acquisition.price) if line.acquisition is not None else None
                ),
                "statement": statement_to_dict(line.statement) if line.statement else None,
                "not_computed": line.refused,
            }
            for line in s.advances
        ],
        "total": {
            "advances": len(s.total.statements),
            "issue_price": str(s.total.issue_price),
            "stated_redemption_price_at_maturity": str(s.srpm),
            "total_oid": str(s.total.total_oid),
            "years": [
                {
                    "year": y.year,
                    "holder_oid": str(y.holder_oid),
                    "issuer_deduction": str(y.issuer_deduction),
                }
                for y in s.total.years
            ],
        },
    }
