"""Invariants of delinquency charged by replay, over random payment histories (hypothesis).

On the example term note with a late charge of 5% capped at 400.00, a 5-day grace period and
default interest on past-due installments:

* each late charge is at most the cap, so all of them are at most cap × the installments whose
  grace period has ended;
* paying the payoff quote on any date leaves exactly zero: principal, interest, default interest
  and late charges;
* past due is never negative, and never more than what has fallen due.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book
from promissory.codec.terms_toml import loads_terms
from promissory.core.billing import installment_status
from promissory.core.delinquency import delinquency_plan, late_charges_charged
from promissory.core.engine import position, rows_through
from promissory.core.reports import payoff_quote

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml").read_text()
CAP = Decimal("400.00")
T = loads_terms(
    EXAMPLE.replace('prepayment_effect = "shorten-term"',
                    'prepayment_effect = "shorten-term"\ngrace_days = 5')
    + f'\n[late_charge]\npercent = "0.05"\nmaximum = "{CAP}"\n'
    + '\n[default]\napplies_to = "past_due"\n'
)  # fmt: skip
ISSUE = date(2024, 3, 1)

payments = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=420),  # days after issue
        st.integers(min_value=100, max_value=2_500_000).map(lambda c: Decimal(c).scaleb(-2)),
    ),
    max_size=8,
)


def history(pays: list[tuple[int, Decimal]]) -> str:
    lines = ["2024-03-01 advance 500000.00"]
    lines += [f"{(ISSUE + timedelta(days=d)).isoformat()} pay {a}" for d, a in sorted(pays)]
    return "\n".join(lines)


@settings(max_examples=30, deadline=None)
@given(payments, st.integers(min_value=1, max_value=480))
def test_late_charges_never_exceed_the_cap_times_the_installments_late(
    pays: list[tuple[int, Decimal]], days: int
) -> None:
    ledger = book(T, history(pays))
    as_of = ISSUE + timedelta(days=days)
    plan = delinquency_plan(T)
    assert plan is not None
    ended = sum(1 for d in plan.charge_days if d <= as_of.toordinal())
    charged = late_charges_charged(T, rows_through(ledger, as_of), as_of)
    assert all(0 < c.amount <= CAP for c in charged)
    assert len({c.number for c in charged}) == len(charged) <= ended  # once per installment
    assert sum((c.amount for c in charged), Decimal(0)) <= CAP * ended
    assert position(ledger, as_of).late_charges <= CAP * ended


@settings(max_examples=30, deadline=None)
@given(payments, st.integers(min_value=1, max_value=480))
def test_paying_the_quote_on_any_date_leaves_exactly_zero(
    pays: list[tuple[int, Decimal]], days: int
) -> None:
    day = ISSUE + timedelta(days=days)
    before = [(d, a) for d, a in pays if ISSUE + timedelta(days=d) < day]
    ledger = book(T, history(before))
    if ledger.problems:  # an overpayment in the random history: not what this property is about
        return
    quote = payoff_quote(ledger, day)
    paid = book(T, history(before) + f"\n{day.isoformat()} pay {quote.total}")
    assert paid.problems == ()
    after = position(paid, day)
    assert (after.principal, after.interest, after.default_interest, after.late_charges) == (
        0, 0, 0, 0)  # fmt: skip
    assert after.status.value == "paid"


@settings(max_examples=30, deadline=None)
@given(payments, st.integers(min_value=1, max_value=480))
def test_past_due_is_never_negative_nor_more_than_fallen_due(
    pays: list[tuple[int, Decimal]], days: int
) -> None:
    ledger = book(T, history(pays))
    status = installment_status(ledger, ISSUE + timedelta(days=days))
    assert status is not None
    assert Decimal(0) <= status.past_due <= status.fallen_due
    assert all(x.remaining >= 0 for x in status.installments)
