"""Recording order and the closed-note rule (core/replay_rules.py), over random histories.

Replay depends only on the set of events and their dates, except for one rule that is about the
order they were recorded in: a financial event recorded after a payment paid the note off, and
dated before that payment's day, reopens the note and is refused (``reopens-closed-note``).  So in
any recording order the ledger is the date-ordered one without the events it reports that way.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import terms
from promissory.core.engine import replay
from promissory.core.events import Advance, Event, LenderExpense, Payment
from promissory.core.money import Money
from promissory.core.state import Ledger

ISSUE = date(2001, 10, 5)
# drawn only in the first year, so a payment of everything owed after it pays the note off
T = terms(draw_period_end=date(2002, 10, 5))


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    """Advances, expenses and payments (some of them a payoff) on days after the issue date."""
    n = draw(st.integers(min_value=2, max_value=10))
    events: list[Event] = []
    for seq in range(1, n + 1):
        day = ISSUE + timedelta(days=draw(st.integers(0, 700)))
        kind = draw(st.sampled_from(["advance", "advance", "expense", "pay", "payoff"]))
        base = {"note_id": T.id, "effective_date": day, "seq": seq}
        cents = Money.of(str(draw(st.integers(1, 10_000_000)) / 100), "USD")
        if kind == "advance":
            events.append(Advance(amount=cents, **base))
        elif kind == "expense":
            events.append(LenderExpense(amount=cents, **base))
        elif kind == "pay":
            events.append(Payment(amount=cents, **base))
        else:  # whatever the events so far (in date order) leave owed that day
            owed = _owed(replay(T, events), day)
            if owed > 0:
                events.append(Payment(amount=Money(owed, "USD"), **base))
    return events


def _owed(ledger: Ledger, day: date):  # type: ignore[no-untyped-def]
    from promissory.core.reports import payoff_quote

    return payoff_quote(ledger, day).total


def figures(ledger: Ledger) -> list[tuple[object, ...]]:
    rows = [(r.effective_date, r.kind, r.amount, r.split, r.principal, r.accrued_interest)
            for r in ledger.rows]  # fmt: skip
    return rows + sorted(
        ("problem", p.effective_date, p.code)
        for p in ledger.problems
        if p.code != "reopens-closed-note"
    )


@settings(max_examples=120, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_any_recording_order_is_the_date_order_without_the_events_that_reopen(
    events: list[Event], rnd: random.Random
) -> None:
    shuffled = events[:]
    rnd.shuffle(shuffled)
    recorded = [replace(e, seq=i) for i, e in enumerate(shuffled, 1)]
    ledger = replay(T, recorded)
    reopening = {p.seq for p in ledger.problems if p.code == "reopens-closed-note"}
    kept = sorted((e for e in recorded if e.seq not in reopening),
                  key=lambda e: (e.effective_date, e.seq))  # fmt: skip
    in_date_order = [replace(e, seq=i) for i, e in enumerate(kept, 1)]
    dated = replay(T, in_date_order)
    assert not any(p.code == "reopens-closed-note" for p in dated.problems)
    assert figures(ledger) == figures(dated)
