"""Invariants for the issue 11 terms: paying the payoff quote leaves exactly zero, whatever the
day, the treasury or index fixing and whether the note was accelerated first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book, terms
from promissory.core.reports import payoff_quote

START = date(2001, 10, 5)
days = st.integers(min_value=30, max_value=1400)
rates = st.decimals(min_value=Decimal("0"), max_value=Decimal("0.12"), places=4)

YM = terms(prepayment={"yield_maintenance": {"index": "UST-1Y", "frequency": "quarterly",
           "spread": "0.0025"}, "premium_on_acceleration": True})  # fmt: skip
RESET = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03",
              "reset": "monthly", "lookback_days": 5, "index_floor": "0.01",
              "fixings": [{"date": date(2001, 9, 1), "rate": "0.05"}]})  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(day=days, treasury=rates, accelerate=st.booleans())
def test_paying_a_yield_maintenance_quote_leaves_zero(
    day: int, treasury: Decimal, accelerate: bool
) -> None:
    when = START + timedelta(days=day)
    text = f"2001-10-05 advance 1000000.00\n2001-10-06 fixing UST-1Y {treasury}\n"
    if accelerate:
        text += "2001-11-01 default\n2001-11-02 accelerate\n"
    quote = payoff_quote(book(YM, text), when)
    paid = book(YM, text + f"{when} pay {quote.total}")
    after = paid.rows[-1].state
    assert not paid.problems
    assert (after.principal, after.interest, after.default_interest) == (0, 0, 0)
    assert paid.rows[-1].split.premium == quote.premium


@settings(max_examples=25, deadline=None)
@given(day=days, fixing_day=st.integers(min_value=1, max_value=400), sofr=rates)
def test_paying_a_reset_rate_quote_leaves_zero(day: int, fixing_day: int, sofr: Decimal) -> None:
    when = START + timedelta(days=day)
    fixed = START + timedelta(days=fixing_day)
    text = f"2001-10-05 advance 1000000.00\n{fixed} fixing SOFR {sofr}\n"
    quote = payoff_quote(book(RESET, text), when)
    paid = book(RESET, text + f"{when} pay {quote.total}")
    assert not paid.problems
    assert paid.rows[-1].state.principal == 0
    assert paid.rows[-1].state.interest == 0
