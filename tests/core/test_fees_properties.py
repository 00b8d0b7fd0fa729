"""Invariants with fees (``[[fees]]``, issue 11) over random notes and histories (hypothesis).

* money is conserved across the buckets: each payment's split (fees included) adds up to what it
  applied; the fees owed are the fees charged (billed, origination charged) less the fees paid;
* paying a payoff quote's total on its date leaves every balance, fees included, at exactly zero;
* rows stay in date order whatever the fee rows the terms write between events.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.codec.terms_toml import loads_terms
from promissory.core.engine import Ledger, position, replay
from promissory.core.events import (
    Acceleration,
    Advance,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    Payment,
)
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.schedule_dates import capitalisation_dates
from promissory.core.terms import Frequency, PikTerms, Terms

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml").read_text()
ISSUE = date(2025, 1, 1)
NOTE = "RCF-2025-1"


def fee_note(
    revolving: bool, withheld: bool, order: bool, day_count: str, inclusive: bool
) -> Terms:
    text = EXAMPLE.replace("revolving = true", f"revolving = {str(revolving).lower()}")
    text = text.replace("withheld = true", f"withheld = {str(withheld).lower()}")
    text = text.replace('day_count = "ACT/360"\n\n[[fees]]', f'day_count = "{day_count}"\n'
                        f"count_first_and_last_day = {str(inclusive).lower()}\n\n[[fees]]")  # fmt: skip
    if not order:  # the default place: just after expenses
        text = text.replace('"expenses", "fees", ', '"expenses", ')
    return loads_terms(text)


fee_terms = st.builds(
    fee_note, st.booleans(), st.booleans(), st.booleans(),
    st.sampled_from(["ACT/360", "ACT/365F", "30/360 US"]), st.booleans(),
)  # fmt: skip
cents = st.integers(min_value=1, max_value=600_000_000).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    """Advances, payments, expenses, notations, a default and an acceleration, over 3 years."""
    n = draw(st.integers(min_value=1, max_value=12))
    offsets = sorted(draw(st.lists(st.integers(0, 1200), min_size=n, max_size=n)))
    events: list[Event] = []
    for i, offset in enumerate(offsets, 1):
        base = {"note_id": NOTE, "effective_date": ISSUE + timedelta(days=offset), "seq": i}
        kind = draw(st.sampled_from(
            ["advance", "advance", "pay", "pay", "expense", "note", "default", "accelerate"]
        ))  # fmt: skip
        if kind == "advance" or i == 1:
            events.append(Advance(amount=Money(draw(cents), "USD"), **base))
        elif kind == "pay":
            events.append(Payment(amount=Money(draw(cents), "USD"), **base))
        elif kind == "expense":
            events.append(LenderExpense(amount=Money(draw(cents), "USD"), **base))
        elif kind == "note":
            events.append(Notation(text="a call", **base))
        elif kind == "default":
            events.append(EventOfDefault(**base))
        else:
            events.append(Acceleration(**base))
    return events


@settings(max_examples=120, deadline=None)
@given(fee_terms, histories(), st.integers(min_value=0, max_value=500))
def test_money_is_conserved_and_paying_the_quote_leaves_zero(
    t: Terms, events: list[Event], later: int
) -> None:
    _conserved_and_paid(t, events, later)


def in_kind(t: Terms, split: bool) -> Terms:
    """The fee note with its interest capitalised quarterly: all of it, or 3% of it (a split)."""
    pik = PikTerms(Decimal("0.03")) if split else None
    return replace(t, interest=replace(t.interest, compounding=Frequency.QUARTERLY, pik=pik))


@settings(max_examples=60, deadline=None)
@given(st.builds(in_kind, fee_terms, st.booleans()), histories(), st.integers(0, 500))
def test_fees_and_interest_paid_in_kind_together(t: Terms, events: list[Event], later: int) -> None:
    """A fee billed at the start of a quarter date and interest capitalised after that day's
    payments: rows in date order, the fees bucket conserved, the quote paid leaves zero."""
    _conserved_and_paid(t, events, later)


def _conserved_and_paid(t: Terms, events: list[Event], later: int) -> None:
    ledger = replay(t, events)
    refused = {p.seq for p in ledger.problems}
    live = [
        r for r in ledger.rows if r.reversed_by is None and (r.seq == 0 or r.seq not in refused)
    ]
    dates = [r.effective_date for r in ledger.rows]
    assert dates == sorted(dates)
    for row in live:
        if row.kind == "payment":
            assert row.split.total == row.amount
            assert min(row.split.fees, row.split.interest, row.split.principal) >= 0
        if row.kind == "advance":
            assert 0 <= row.split.fees < (row.amount or 0)
    # the fees bucket, row by row: a fee row adds its amount, the first advance its origination
    # fee when charged (not withheld), a payment takes from it what it paid of fees billed; what
    # else it paid of fees went to the exit fee or to the fee accrued (never below zero)
    prev = ledger.initial
    origination = Decimal(100_000) if not t.fees[1].withheld else Decimal(0)
    first_advance = True
    for row in ledger.rows:
        s = row.state
        moved = s.fees - prev.fees
        if row.kind == "fee":
            assert moved == row.amount
        elif row.kind == "advance" and row.reversed_by is None and first_advance:
            assert moved == origination
            assert row.split.fees == (Decimal(100_000) if t.fees[1].withheld else 0)
            first_advance = False
        elif row.kind == "payment" and row.reversed_by is None:
            exit_paid = s.exit_fee_paid - prev.exit_fee_paid
            accrued_paid = row.split.fees + moved - exit_paid
            assert exit_paid >= 0 and accrued_paid >= 0
        else:
            assert moved == 0
        prev = s
    day = max(e.effective_date for e in events) + timedelta(days=later)
    quote = payoff_quote(ledger, day)
    if quote.total == 0 or quote.status.value in ("paid", "terminated"):
        return
    payment = Payment(note_id=NOTE, effective_date=day, seq=len(events) + 1,
                      amount=Money(quote.total, "USD"))  # fmt: skip
    after = replay(t, [*events, payment])
    assert [p for p in after.problems if p.seq == payment.seq] == []
    paid = next(r for r in after.rows if r.seq == payment.seq)  # a notation may follow it
    assert paid.split.fees == quote.fees
    pos = position(after, day)
    assert (pos.principal, pos.interest, pos.default_interest, pos.expenses) == (0, 0, 0, 0)
    # under count_first_and_last_day a capitalisation date is the first day of the next period:
    # a payment that day meets the period ending the day before (docs/terms-format.md, PIK), so
    # the end of the day holds that one day's commitment fee, billed with the next period
    first_day = Decimal(0)
    if t.interest.count_first_and_last_day and day in capitalisation_dates(t):
        first_day = _one_day_of_fee(t, after, day)
    assert (pos.fees, pos.fees_accrued, pos.total) == (0, first_day, first_day)
    if not first_day:
        assert pos.state.fee_accrued.sign() == 0


def _one_day_of_fee(t: Terms, after: Ledger, day: date) -> Decimal:
    """The commitment fee of one day, ``day``, on what the payment leaves of the commitment,
    worked from the terms (0.50% a year on the unused amount, the fee's own day count)."""
    state = position(after, day).state
    if state.paid_on is not None or state.accelerated or day > t.draw_period_end:
        return Decimal(0)
    used = sum((r.amount or Decimal(0)) for r in after.rows
               if r.kind == "advance" and r.reversed_by is None and r.seq not in
               {p.seq for p in after.problems})  # fmt: skip
    unused = t.commitment - (Decimal(0) if t.revolving else used)
    fee = t.fees[0]
    assert fee.percent is not None and fee.day_count == "ACT/360"  # the example's fee basis
    exact = Fraction(unused) * Fraction(fee.percent) / 360
    return Decimal(round(exact * 100)) / 100  # half-even is fine: never a half cent here


CONSTRUCTION = loads_terms(
    (Path(__file__).resolve().parents[2] / "examples" / "construction-line-2024.toml").read_text()
    + '\n[late_charge]\npercent = "0.05"\n\n[[fees]]\nkind = "unused_commitment"\n'
    'percent = "0.005"\nbilled = "monthly"\n\n[[fees]]\nkind = "exit"\npercent = "0.01"\n'
)


@st.composite
def construction_histories(draw: st.DrawFn) -> list[Event]:
    """Advances in 2024, then payments of installments (some late, some short) into 2025."""
    events: list[Event] = []
    start = date(2024, 1, 2)
    for i, offset in enumerate(sorted(draw(st.lists(st.integers(0, 360), min_size=1,
                                                     max_size=3))), 1):  # fmt: skip
        amount = Money(Decimal(draw(st.integers(50_000, 300_000))), "USD")
        events.append(Advance(note_id=CONSTRUCTION.id, seq=i, amount=amount,
                              effective_date=start + timedelta(days=offset)))  # fmt: skip
    for offset in sorted(draw(st.lists(st.integers(380, 560), max_size=5))):
        amount = Money(Decimal(draw(st.integers(1_000, 30_000))), "USD")
        events.append(Payment(note_id=CONSTRUCTION.id, seq=len(events) + 1, amount=amount,
                              effective_date=start + timedelta(days=offset)))  # fmt: skip
    return events


@settings(max_examples=40, deadline=None)
@given(construction_histories(), st.integers(min_value=0, max_value=90))
def test_with_installments_and_late_charges_rows_stay_in_order_and_the_quote_pays_all(
    events: list[Event], later: int
) -> None:
    """Fee rows, late charges, held funds and installments on one timeline: rows in same-day
    order, and paying the quote leaves zero."""
    from promissory.core.engine import rows_through
    from promissory.core.kinds import RANK

    day = max(e.effective_date for e in events) + timedelta(days=later)
    ledger = replay(CONSTRUCTION, events)
    keys = [(r.effective_date, RANK[r.kind]) for r in rows_through(ledger, day)]
    assert keys == sorted(keys)
    quote = payoff_quote(ledger, day)
    if quote.total == 0 or quote.status.value in ("paid", "terminated"):
        return
    payment = Payment(note_id=CONSTRUCTION.id, effective_date=day, seq=len(events) + 1,
                      amount=Money(quote.total, "USD"))  # fmt: skip
    after = replay(CONSTRUCTION, [*events, payment])
    assert [p for p in after.problems if p.seq == payment.seq] == []
    assert position(after, day).total == 0
