"""Replay invariants that can break (hypothesis): same-day order and resuming from a checkpoint.

* **Same-day order is the rank table's, not the recording order.**  Events on one day replay in
  ``ordering.SAME_DAY_ORDER`` (events of one kind in the order they were recorded).  So recording a
  day's advances, payments, expenses, fixings, amendments, defaults, cures, accelerations and
  notations in any interleaving — their ``seq`` numbers permuted — gives the same Schedule A
  figures, the same problems and the same position on every day.
* **Resuming from any checkpoint equals a full replay** (the invariant stated in
  ``core/engine.py``): for any ledger and any day D, ``replay_from(terms, checkpoint_at(ledger, D),
  events)`` gives the same position as ``replay(terms, events)`` on D and every day after, the same
  payoff quote on every day after D, and the same problems after D.  A quote *on* D is left out: a
  payment made on D meets the state part-way through D (before that day's acceleration, transfer or
  release, per the same-day order), and a checkpoint holds only the end of D.  (Found by this
  property: the application resumed a quote on D from a checkpoint through D, and on an
  acceleration day left out the prepayment premium a payment that day owes;
  tests/book/test_checkpoint_day_quotes.py.)
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import terms
from promissory.core.engine import Checkpoint, checkpoint_at, position, replay, replay_from
from promissory.core.events import (
    Acceleration,
    Advance,
    Amendment,
    Cure,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    Payment,
    RateFixing,
    Reversal,
)
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

ISSUE = date(2001, 10, 5)
NOTE = "VAL-2001-10-05"

fixed_terms = st.builds(
    lambda rate, dc, compounding: terms(
        interest_rate=rate, interest_day_count=dc, interest_compounding=compounding
    ),
    st.sampled_from(["0.08", "0.1234"]),
    st.sampled_from(["ACT/360", "ACT/ACT ISDA", "30/360 US"]),
    st.sampled_from(["simple", "quarterly", "monthly"]),
)
floating_terms = st.builds(
    lambda margin, compounding: terms(
        interest_floating={
            "index": "SOFR",
            "margin": margin,
            "fixings": [{"date": ISSUE, "rate": "0.0531"}],
        },
        interest_compounding=compounding,
    ),
    st.sampled_from(["0.03", "0.015"]),
    st.sampled_from(["simple", "quarterly"]),
)
note_terms = st.one_of(fixed_terms, floating_terms)

KINDS = ("advance", "advance", "pay", "pay", "expense", "fixing", "amend", "default", "cure",
         "accelerate", "notation")  # fmt: skip
cents = st.integers(min_value=1, max_value=400_000_000).map(lambda c: Decimal(c).scaleb(-2))
payments = st.integers(min_value=1, max_value=20_000_000).map(lambda c: Decimal(c).scaleb(-2))


def _event(draw: st.DrawFn, kind: str, base: dict[str, Any]) -> Event:
    if kind == "advance":
        return Advance(amount=Money(draw(cents), "USD"), **base)
    if kind == "pay":
        return Payment(amount=Money(draw(payments), "USD"), **base)
    if kind == "expense":
        return LenderExpense(amount=Money(draw(cents), "USD"), **base)
    if kind == "fixing":
        rate = Decimal(draw(st.integers(1, 900))).scaleb(-4)
        return RateFixing(index="SOFR", rate=rate, **base)
    if kind == "amend":
        return Amendment(rate=Decimal(draw(st.integers(1, 150))).scaleb(-3), **base)
    if kind == "default":
        return EventOfDefault(**base)
    if kind == "cure":
        return Cure(**base)
    if kind == "accelerate":
        return Acceleration(**base)
    return Notation(text="noted", **base)


@st.composite
def crowded_days(draw: st.DrawFn, *, reversals: bool = False) -> list[Event]:
    """Several events on each of a few days (1–4 days, 1–7 events a day, an advance first),
    recorded day by day; with ``reversals``, some events reverse an earlier-recorded one (the
    reversal dated on its target's day or an earlier one: a reversal removes its target from
    every day)."""
    first = draw(st.integers(0, 700))  # an advance inside the draw period, so there is a balance
    days = sorted({first, *draw(st.sets(st.integers(first, 1200), max_size=3))})
    events: list[Event] = []
    for offset in days:
        kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=7))
        for kind in ["advance", *kinds] if offset == first else kinds:
            base = {"note_id": NOTE, "effective_date": ISSUE + timedelta(days=offset),
                    "seq": len(events) + 1}  # fmt: skip
            reversed_ = {e.target_seq for e in events if isinstance(e, Reversal)}
            targets = [e.seq for e in events if e.kind != "reversal" and e.seq not in reversed_]
            by_seq = {e.seq: e for e in events}
            if reversals and targets and draw(st.integers(0, 3)) == 0:
                # recorded after its target, and dated on its target's day or any earlier one
                target = by_seq[draw(st.sampled_from(targets))]
                earlier = [d for d in days if ISSUE + timedelta(days=d) <= target.effective_date]
                base["effective_date"] = ISSUE + timedelta(days=draw(st.sampled_from(earlier)))
                events.append(Reversal(target_seq=target.seq, **base))
            else:
                events.append(_event(draw, kind, base))
    return events


def recorded_in_another_order(
    events: list[Event], rnd: random.Random
) -> tuple[list[Event], dict[int, int]]:
    """The same events with each day's ``seq`` numbers handed out in a random interleaving of the
    day's kinds (events of one kind keep their order: that order is meaningful).  Also returns
    the map from each new seq to the original."""
    by_day: dict[date, list[Event]] = {}
    for e in events:
        by_day.setdefault(e.effective_date, []).append(e)
    renumbered: list[Event] = []
    original: dict[int, int] = {}
    for day_events in by_day.values():
        kinds = [e.kind for e in day_events]
        rnd.shuffle(kinds)
        queues = {k: [e for e in day_events if e.kind == k] for k in set(kinds)}
        seqs = sorted(e.seq for e in day_events)
        for seq, kind in zip(seqs, kinds, strict=True):
            e = queues[kind].pop(0)
            original[seq] = e.seq
            renumbered.append(replace(e, seq=seq))
    return renumbered, original


def _figures(ledger: Ledger, original: dict[int, int]) -> list[tuple[object, ...]]:
    rows = [
        (original.get(r.seq, r.seq), r.effective_date, r.kind, r.amount, r.to_expenses,
         r.to_default_interest, r.to_interest, r.to_principal, r.to_premium, r.principal,
         r.accrued_interest, r.default_interest, original.get(r.reversed_by or 0, r.reversed_by))
        for r in ledger.rows
    ]  # fmt: skip
    problems = sorted((original.get(p.seq, p.seq), str(p.effective_date), p.code)
                      for p in ledger.problems)  # fmt: skip
    return [*rows, *problems]


def _position(ledger: Ledger, day: date) -> tuple[object, ...]:
    """The position's figures at the end of ``day`` (or the error a missing fixing gives)."""
    try:
        pos = position(ledger, day)
    except InvalidInput as error:
        return ("invalid", str(error))
    return (pos.status, pos.principal, pos.interest, pos.default_interest, pos.expenses,
            pos.interest_exact, pos.default_interest_exact, pos.available, pos.contract_rate,
            pos.default_extra)  # fmt: skip


def _standing(ledger: Ledger, day: date) -> tuple[object, ...]:
    """The position at the end of ``day`` and the payoff quote for a payment made that day."""
    try:
        quote = payoff_quote(ledger, day)
    except InvalidInput as error:
        return (*_position(ledger, day), "invalid", str(error))
    return (*_position(ledger, day), quote.total, quote.status, quote.per_diem)


def _days(events: list[Event], first: date | None = None) -> list[date]:
    days = sorted({e.effective_date for e in events} | {max(e.effective_date for e in events)
                                                          + timedelta(days=45)})  # fmt: skip
    if first is not None:
        days = sorted({first, *(d for d in days if d >= first)})
    return days


@settings(max_examples=200)
@given(note_terms, crowded_days(), st.randoms(use_true_random=False))
def test_recording_a_days_events_in_any_order_gives_the_same_figures(
    t: Terms, events: list[Event], rnd: random.Random
) -> None:
    permuted, original = recorded_in_another_order(events, rnd)
    identity = {e.seq: e.seq for e in events}
    before, after = replay(t, events), replay(t, permuted)
    assert _figures(after, original) == _figures(before, identity)
    for day in _days(events):
        assert _standing(after, day) == _standing(before, day), day


@settings(max_examples=200)
@given(note_terms, crowded_days(reversals=True), st.data())
def test_resuming_from_any_checkpoint_equals_a_full_replay(
    t: Terms, events: list[Event], data: st.DataObject
) -> None:
    # D near the events (a day with events, or a few days either side), where mistakes would show
    day = data.draw(st.sampled_from(sorted({e.effective_date for e in events})), label="near")
    through = day + timedelta(days=data.draw(st.integers(-3, 60), label="days after"))
    full = replay(t, events)
    checkpoint: Checkpoint = checkpoint_at(full, through)
    resumed = replay_from(t, checkpoint, events)
    for day in _days(events, first=through):
        if day == through:  # the checkpoint holds the end of the day; see the module docstring
            assert _position(resumed, day) == _position(full, day)
        else:
            assert _standing(resumed, day) == _standing(full, day), day
    assert sorted(map(repr, (p for p in resumed.problems if p.effective_date > through))) == sorted(
        map(repr, (p for p in full.problems if p.effective_date > through))
    )


def test_an_expense_recorded_after_the_days_payment_is_charged_before_it_all_the_same() -> None:
    """The minimal example the first property found (a random, non-derandomized run).

    0.01 is advanced on the issue date, 5 Oct 2001, and an Event of Default is declared on 6 Oct.
    On 7 Oct the lender charges an expense of 0.01 and the borrower pays 0.01.  Same-day order:
    the expense is charged first, so the payment pays it (Lender Expenses come first in the
    waterfall) and the 0.01 of principal stays owed (two days' interest on 0.01 rounds to 0.00):
    the note is not paid off, the default continues, and an advance of 5.00 on 10 Oct is refused
    as ``in-default``.  Whichever of the two was recorded first.  (Recorded payment first, the
    payment used to pay off the note by itself, the expense was refused as reopening it, and the
    advance as ``after-payoff``.)
    """

    def at(day: int, seq: int) -> dict[str, Any]:
        return {"note_id": NOTE, "effective_date": ISSUE + timedelta(days=day), "seq": seq}

    usd = lambda text: Money(Decimal(text), "USD")  # noqa: E731
    opening = [Advance(amount=usd("0.01"), **at(0, 1)), EventOfDefault(**at(1, 2))]
    later = [Advance(amount=usd("5.00"), **at(5, 5))]
    payment_first = [Payment(amount=usd("0.01"), **at(2, 3)),
                     LenderExpense(amount=usd("0.01"), **at(2, 4))]  # fmt: skip
    expense_first = [LenderExpense(amount=usd("0.01"), **at(2, 3)),
                     Payment(amount=usd("0.01"), **at(2, 4))]  # fmt: skip
    for day_events in (payment_first, expense_first):
        ledger = replay(terms(), opening + day_events + later)
        seen = [(r.kind, r.amount, r.to_expenses, r.to_principal, r.principal, r.state.paid_on)
                for r in ledger.rows]  # fmt: skip
        assert seen == [
            ("advance", Decimal("0.01"), 0, 0, Decimal("0.01"), None),
            ("default", None, 0, 0, Decimal("0.01"), None),
            ("expense", Decimal("0.01"), 0, 0, Decimal("0.01"), None),
            ("payment", Decimal("0.01"), Decimal("0.01"), 0, Decimal("0.01"), None),
        ]
        assert [(p.seq, p.code) for p in ledger.problems] == [(5, "in-default")]
