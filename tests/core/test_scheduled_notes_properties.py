"""Invariants of a note with installments, whatever its kind (issue 10): paying every installment
on its due date leaves exactly zero at maturity; paying the payoff quote on any day leaves exactly
zero; past due is never negative and never more than what has fallen due.

The notes: 120,000.00 at 9% from 2024-01-01, 24 monthly installments from 2024-02-01 (maturity
2026-01-01), as level payments (30/360 and ACT/360), fixed principal, six months interest only
then amortizing over 60 with a balloon, and a stated installment of 4,000.00 with a balloon.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book
from promissory.codec.terms_toml import loads_terms
from promissory.core.billing import installment_status, note_plan
from promissory.core.reports import payoff_quote
from promissory.core.terms import Terms

BASE = """
id = "PROP-1"
borrower = "B"
lender = "L"
issue_date = 2024-01-01
currency = "USD"
commitment = "120000.00"
maturity = 2026-01-01

[interest]
rate = "0.09"
day_count = "{day_count}"

[schedule]
first_payment = 2024-02-01
payments = 24
{schedule}
"""
KINDS = {
    "level": ("30/360 US", 'kind = "level"'),
    "level-act360": ("ACT/360", 'kind = "level"'),
    "fixed_principal": ("30/360 US", 'kind = "fixed_principal"'),
    "io-then-balloon": ("30/360 US", 'kind = "interest_only_then_amortizing"\n'
                        "interest_only_payments = 6\namortization_payments = 60"),
    "stated": ("30/360 US", 'kind = "stated_installment"\ninstallment = "4000.00"'),
}  # fmt: skip
NOTES: dict[str, Terms] = {
    name: loads_terms(BASE.format(day_count=dc, schedule=sched))
    for name, (dc, sched) in KINDS.items()
}
ADVANCE = "2024-01-01 advance 120000.00"
START = date(2024, 1, 2).toordinal()
END = date(2026, 1, 1).toordinal()


@pytest.mark.parametrize("name", sorted(NOTES))
def test_paying_every_installment_on_its_due_date_leaves_exactly_zero(name: str) -> None:
    terms = NOTES[name]
    plan = note_plan(book(terms, ADVANCE), date(2024, 1, 1))
    assert plan is not None
    lines = [ADVANCE] + [f"{r.due_date} pay {r.payment}" for r in plan.rows]
    led = book(terms, "\n".join(lines))
    assert led.problems == ()
    assert (led.final.principal, led.final.paid_on) == (0, date(2026, 1, 1))
    # no premium, nothing held, nothing past due at any due date
    assert all(r.split.premium == 0 and r.unapplied == 0 for r in led.rows)
    for row in plan.rows[::5]:
        status = installment_status(led, row.due_date)
        assert status is not None and status.past_due == 0


payments = st.lists(st.tuples(st.integers(0, END - START - 1), st.integers(1, 1_500_000)),
                    max_size=5)  # fmt: skip


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(sorted(NOTES)), payments, st.integers(0, END - START - 1))
def test_the_payoff_on_any_day_leaves_zero_and_past_due_stays_within_what_fell_due(
    name: str, paid: list[tuple[int, int]], payoff_offset: int
) -> None:
    terms = NOTES[name]
    payoff_day = date.fromordinal(START + payoff_offset)
    lines = [ADVANCE] + [
        f"{date.fromordinal(START + d)} pay {Decimal(c) / 100:.2f}"
        for d, c in sorted(paid)
        if START + d < payoff_day.toordinal()
    ]
    led = book(terms, "\n".join(lines))
    for offset in (payoff_offset // 3, payoff_offset):
        as_of = date.fromordinal(START + offset)
        status = installment_status(led, as_of)
        assert status is not None
        assert 0 <= status.past_due <= status.fallen_due
        assert all(0 <= x.remaining <= x.amount for x in status.installments)
    if led.final.paid_on is not None:
        return  # paid already by the random payments
    quote = payoff_quote(led, payoff_day)
    done = book(terms, "\n".join([*lines, f"{payoff_day} pay {quote.total}"]))
    assert [p.code for p in done.problems] == [p.code for p in led.problems]
    assert (done.final.principal, done.final.paid_on) == (0, payoff_day)
