"""Invariants of the servicing engine over random notes and histories (hypothesis).

* money is conserved: each payment's split adds up to the payment;
* principal = advances + capitalised interest − principal repaid;
* paying a payoff quote's total on its date leaves every balance at exactly zero;
* (same-day order and resuming from a checkpoint: see test_replay_properties.py);
* on a non-revolving note no event ever increases availability.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import terms
from promissory.core.engine import position, replay
from promissory.core.events import Advance, Event, EventOfDefault, LenderExpense, Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms

ISSUE = date(2001, 10, 5)
NOTE = "VAL-2001-10-05"

note_terms = st.builds(
    lambda rate, dc, inclusive, compounding, revolving: terms(
        interest_rate=rate,
        interest_day_count=dc,
        interest_count_first_and_last_day=inclusive,
        interest_compounding=compounding,
        revolving=revolving,
    ),
    st.sampled_from(["0.08", "0.035", "0.1234", "0"]),
    st.sampled_from(["ACT/360", "ACT/365F", "ACT/ACT ISDA", "30/360 US", "30E/360"]),
    st.booleans(),
    st.sampled_from(["simple", "simple", "annual", "quarterly"]),
    st.booleans(),
)

cents = st.integers(min_value=1, max_value=800_000_000).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    """Advances, payments, expenses and a default on distinct days after the issue date."""
    n = draw(st.integers(min_value=1, max_value=14))
    offsets = sorted(draw(st.sets(st.integers(0, 1400), min_size=n, max_size=n)))
    events: list[Event] = []
    for i, offset in enumerate(offsets, 1):
        day = ISSUE + timedelta(days=offset)
        kind = draw(st.sampled_from(["advance", "advance", "pay", "expense", "default"]))
        base = {"note_id": NOTE, "effective_date": day, "seq": i}
        if kind == "advance":
            events.append(Advance(amount=Money(draw(cents), "USD"), **base))
        elif kind == "pay":
            events.append(Payment(amount=Money(draw(cents), "USD"), **base))
        elif kind == "expense":
            events.append(LenderExpense(amount=Money(draw(cents), "USD"), **base))
        else:
            events.append(EventOfDefault(**base))
    return events


def _applied(t: Terms, events: list[Event]):  # type: ignore[no-untyped-def]
    ledger = replay(t, events)
    rejected = {p.seq for p in ledger.problems}
    return ledger, [r for r in ledger.rows if r.seq not in rejected and r.reversed_by is None]


@settings(max_examples=150, deadline=None)
@given(note_terms, histories())
def test_money_is_conserved_and_principal_reconciles(t: Terms, events: list[Event]) -> None:
    ledger, rows = _applied(t, events)
    for row in rows:
        if row.kind == "payment":
            assert (
                row.to_expenses
                + row.to_default_interest
                + row.to_interest
                + row.to_principal
                + row.to_premium
                == row.amount
            )
    advanced = sum((r.amount for r in rows if r.kind == "advance" and r.amount), Decimal(0))
    capitalised = sum(
        (r.amount for r in rows if r.kind == "capitalisation" and r.amount), Decimal(0)
    )
    repaid = sum((r.to_principal for r in rows), Decimal(0))
    final = ledger.final if rows else ledger.initial
    assert final.principal == advanced + capitalised - repaid


@settings(max_examples=150, deadline=None)
@given(note_terms, histories(), st.integers(min_value=0, max_value=400))
def test_paying_the_payoff_quote_leaves_exactly_zero(
    t: Terms, events: list[Event], later: int
) -> None:
    pay_the_quote_and_check(t, events, later)


def pay_the_quote_and_check(t: Terms, events: list[Event], later: int) -> Ledger | None:
    """Quote ``later`` days after the last event, pay exactly that, and check nothing is owed."""
    ledger = replay(t, events)
    day = max(e.effective_date for e in events) + timedelta(days=later)
    quote = payoff_quote(ledger, day)
    if quote.total == 0 or quote.status.value in ("paid", "terminated"):
        return None
    payment = Payment(note_id=NOTE, effective_date=day, seq=len(events) + 1,
                      amount=Money(quote.total, "USD"))  # fmt: skip
    after = replay(t, [*events, payment])
    assert [p for p in after.problems if p.seq == payment.seq] == []
    pos = position(after, day)
    assert (pos.principal, pos.interest, pos.default_interest, pos.expenses) == (0, 0, 0, 0)
    assert pos.interest_exact.sign() == 0 and pos.default_interest_exact.sign() == 0
    return after


@settings(max_examples=150, deadline=None)
@given(note_terms.map(lambda t: replace(t, revolving=False)), histories())
def test_no_event_increases_availability_on_a_non_revolving_note(
    t: Terms, events: list[Event]
) -> None:
    ledger = replay(t, events)
    days = sorted({e.effective_date for e in events})
    available = [position(ledger, d).available for d in days]
    assert all(a >= b for a, b in pairwise(available))


rich_terms = st.builds(
    lambda rate, dc, inclusive, compounding, payable, premium: terms(
        interest_rate=rate,
        interest_day_count=dc,
        interest_count_first_and_last_day=inclusive,
        interest_compounding=compounding,
        interest_payable=payable,
        prepayment={"premium": [{"until": date(2003, 1, 1), "percent": premium}]},
    ),
    st.sampled_from(["0.08", "0.035", "0.1234"]),
    st.sampled_from(["ACT/360", "ACT/ACT ISDA", "ACT/ACT ICMA", "30/360 US", "30E/360 ISDA"]),
    st.booleans(),
    st.sampled_from(["simple", "quarterly", "monthly"]),
    st.sampled_from(["maturity", "quarterly", "semiannual"]),
    st.sampled_from(["0", "0.02"]),
)


@st.composite
def rich_histories(draw: st.DrawFn) -> list[Event]:
    """Events that may share a day, with cures, accelerations and reversals of earlier events."""
    from promissory.core.events import Acceleration, Cure, Reversal

    n = draw(st.integers(min_value=1, max_value=16))
    offsets = sorted(draw(st.lists(st.integers(0, 900), min_size=n, max_size=n)))
    events: list[Event] = []
    for i, offset in enumerate(offsets, 1):
        base = {"note_id": NOTE, "effective_date": ISSUE + timedelta(days=offset), "seq": i}
        kind = draw(st.sampled_from(
            ["advance", "advance", "pay", "expense", "default", "cure", "accelerate", "reverse"]
        ))  # fmt: skip
        if kind == "advance":
            events.append(Advance(amount=Money(draw(cents), "USD"), **base))
        elif kind == "pay":
            events.append(Payment(amount=Money(draw(cents), "USD"), **base))
        elif kind == "expense":
            events.append(LenderExpense(amount=Money(draw(cents), "USD"), **base))
        elif kind == "default":
            events.append(EventOfDefault(**base))
        elif kind == "cure":
            events.append(Cure(**base))
        elif kind == "accelerate":
            events.append(Acceleration(**base))
        elif i > 1:
            events.append(Reversal(target_seq=draw(st.integers(1, i - 1)), **base))
        else:
            events.append(Advance(amount=Money(draw(cents), "USD"), **base))
    return events


@settings(max_examples=300, deadline=None)
@given(rich_terms, rich_histories(), st.integers(min_value=0, max_value=120))
def test_rich_histories_paying_the_quote_leaves_exactly_zero(
    t: Terms, events: list[Event], later: int
) -> None:
    """Same-day events, defaults, cures, accelerations, reversals, premiums, compounding, ICMA."""
    after = pay_the_quote_and_check(t, events, later)
    if after is None:
        return
    dates = [r.effective_date for r in after.rows]
    assert dates == sorted(dates)
    for row in after.rows:
        if row.kind == "payment" and row.reversed_by is None and row.amount is not None:
            assert row.split.total == row.amount or row.seq in {p.seq for p in after.problems}
            assert min(row.split.interest, row.split.principal, row.split.expenses) >= 0
