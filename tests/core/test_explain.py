"""``explain``: the accrual segments behind a balance reconcile to it (from the first review)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger_dsl import parse_events, terms
from promissory.core.engine import replay
from promissory.core.money import Exact, RoundingPolicy
from promissory.core.reports import explain

D = Decimal


def test_explain_keeps_a_later_dated_reversal() -> None:
    t = terms()
    events = parse_events(t.id, "2001-10-05 advance 1000000.00\n2001-10-05 advance 500000.00\n"
                                "2002-01-10 reverse 2")  # fmt: skip
    x = explain(replay(t, events), events, date(2001, 12, 4))
    assert {s.segment.balance for s in x.segments} == {D("1000000.00")}
    assert RoundingPolicy().round(x.accrued_exact) == x.outstanding


def test_explain_reconciles_capitalisation_after_the_last_event() -> None:
    t = terms(interest_compounding="quarterly")
    events = parse_events(t.id, "2001-10-05 advance 1000000.00")
    x = explain(replay(t, events), events, date(2002, 6, 1))
    assert x.capitalised == x.position.principal - D("1000000.00")
    left = (x.accrued_exact + Exact.of(x.opening_interest) - Exact.of(x.interest_paid)
            - Exact.of(x.capitalised) - x.residue_closed)  # fmt: skip
    assert left == x.outstanding_exact
