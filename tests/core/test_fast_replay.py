"""The plain note's fast path (core/fast_replay.py) gives exactly what the general engine gives.

A plain note (a fixed rate on a fixed-basis day count, no installments, fees, PIK, escrow,
premium, borrowing base or steps) whose history is advances, payments, Lender Expenses and
notations replays through one loop and keeps its rows compact until they are read.  Here random
plain histories — with overpayments, advances beyond the commitment or after the draw period,
payoffs followed by more events, events recorded out of date order, both ways of counting the
payment's day, revolving notes, other waterfalls and rounding modes — are replayed twice: as
``replay`` does it (the fast path when it applies) and by the general engine alone (the fast
path switched off).  Every row, every state (to the representation of each exact figure), every
problem and the position on random days must be the same.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book, parse_events, terms
from promissory.core import engine
from promissory.core.engine import checkpoint_at, position, replay, replay_from
from promissory.core.events import (
    Advance,
    Amendment,
    Cure,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    OpeningBalance,
    Payment,
)
from promissory.core.fast_replay import Rows, effective_dates, rows_of_seqs, splits_of_seqs
from promissory.core.kinds import KINDS
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms

ISSUE = date(2001, 10, 5)
ZERO = Decimal(0)
NOTE = "VAL-2001-10-05"
ORDERS = (
    ["expenses", "default_interest", "interest", "principal"],
    ["interest", "principal", "expenses", "default_interest"],
    ["principal", "late_charges", "interest", "fees", "expenses", "default_interest"],
)


def _terms(
    day_count: str,
    inclusive: bool,
    revolving: bool,
    order: int,
    mode: str,
    quantum: str,
    rate: str,
    payable: str,
) -> Terms:
    return terms(
        interest_payable=payable,
        interest_day_count=day_count,
        interest_count_first_and_last_day=inclusive,
        interest_rate=rate,
        revolving=revolving,
        commitment="3000000.00",
        waterfall={"order": ORDERS[order]},
        rounding={"quantum": quantum, "mode": mode},
    )


plain_terms = st.builds(
    _terms,
    st.sampled_from(["ACT/360", "ACT/365F", "30/360 US", "ACT/ACT ISDA"]),
    st.booleans(),
    st.booleans(),
    st.integers(0, len(ORDERS) - 1),
    st.sampled_from(["half-up", "half-even", "down", "up"]),
    st.sampled_from(["0.01", "0.01", "1"]),  # a unit coarser than a cent: part payments of cents
    st.sampled_from(["0.0815", "0.0815", "0.125", "0"]),
    st.sampled_from(["maturity", "maturity", "monthly", "quarterly"]),  # interest due dates
)
advances = st.integers(min_value=1, max_value=150_000_000).map(lambda c: Decimal(c).scaleb(-2))
payments = st.one_of(
    st.integers(min_value=1, max_value=2_000_000),  # interest-sized
    st.integers(min_value=1, max_value=2_000_000),
    st.integers(min_value=1, max_value=40_000_000),  # some principal, now and then too much
).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def histories(draw: st.DrawFn) -> tuple[Terms, list[Event]]:
    note = draw(plain_terms)
    n = draw(st.integers(2, 25))
    events: list[Event] = []
    day = ISSUE - timedelta(days=draw(st.sampled_from([0, 0, 0, 0, 0, 0, 0, 1])))
    paid = False
    for seq in range(1, n + 1):
        day += timedelta(days=draw(st.sampled_from([0, 1, 1, 17, 17, 45, 45, 90, 400])))
        base: dict[str, Any] = {"note_id": NOTE, "effective_date": day, "seq": seq}
        kind = draw(st.sampled_from(["advance", "advance", "pay", "pay", "expense", "note",
                                     "payoff", "amend", "default"]))  # fmt: skip
        if seq == 1:
            kind = draw(st.sampled_from(["advance", "advance", "advance", "opening"]))
        if paid and draw(st.integers(0, 3)):
            kind = "note"  # mostly nothing more than notations after a payoff
        if kind == "advance":
            events.append(Advance(amount=Money(draw(advances), "USD"), **base))
        elif (
            kind == "opening"
        ):  # not plain: a loan taken on; its figures as stored data writes them
            interest, default = draw(st.sampled_from([("1234.56", "0"), ("0E+2", "0E+2"),
                                                      ("1E+2", "0"), ("0", "25.00")]))  # fmt: skip
            events.append(OpeningBalance(
                principal=Money(draw(advances), "USD"), interest=Money(Decimal(interest), "USD"),
                default_interest=Money(Decimal(default), "USD"),
                expenses=Money(Decimal("0"), "USD"), **base))  # fmt: skip
        elif kind == "default":  # not plain: an Event of Default, cured some days later
            events.append(EventOfDefault(**base))
            cured = {**base, "effective_date": day + timedelta(days=draw(st.sampled_from([0, 9]))),
                     "seq": seq + 1000}  # fmt: skip
            events.append(Cure(**cured))
        elif kind == "pay":
            events.append(Payment(amount=Money(draw(payments), "USD"), **base))
        elif kind == "payoff":  # everything owed that day, as quoted
            owed = payoff_quote(_general(note, events), day).total if day >= ISSUE else ZERO
            if owed > 0:
                events.append(Payment(amount=Money(owed, "USD"), **base))
                paid = True
        elif kind == "expense":
            events.append(LenderExpense(amount=Money(Decimal("125.50"), "USD"),
                                        description=draw(st.sampled_from(["", "counsel"])),
                                        invoice_ref=draw(st.sampled_from([None, "INV-7"])),
                                        **base))  # fmt: skip
        elif kind == "amend":  # not plain: a checkpoint after it resumes on the amended terms
            rate, more = draw(
                st.sampled_from(
                    [
                        (Decimal("0.06"), None),
                        (None, Decimal("4000000.00")),
                        (Decimal("0.0725"), Decimal("2500000.00")),
                    ]
                )
            )
            events.append(Amendment(rate=rate, commitment=more, description="amended",
                                    **base))  # fmt: skip
        else:
            events.append(Notation(text="call logged", **base))
    if len(events) > 2 and not draw(st.integers(0, 3)):  # recorded out of date order: back-dated
        i, j = draw(st.integers(0, len(events) - 1)), draw(st.integers(0, len(events) - 1))
        a, b = events[i], events[j]
        events[i], events[j] = replace(a, seq=b.seq), replace(b, seq=a.seq)
    return note, events


def _general(note: Terms, events: list[Event]) -> Ledger:
    with mock.patch.object(engine, "fast_rows", return_value=None):
        return replay(note, events)


def _same(fast: Ledger, general: Ledger) -> None:
    assert isinstance(general.rows, tuple)
    assert len(fast.rows) == len(general.rows)
    for a, b in zip(fast.rows, general.rows, strict=True):
        assert repr(a) == repr(b)  # every field, every exact figure's numerator and denominator
    assert fast.rows == general.rows and general.rows == fast.rows
    assert fast.problems == general.problems
    assert fast.final == general.final and repr(fast.final) == repr(general.final)
    assert fast == general


@settings(max_examples=300, deadline=None)
@given(histories(), st.lists(st.integers(0, 2000), min_size=1, max_size=4))
def test_the_fast_path_equals_the_general_engine(
    history: tuple[Terms, list[Event]], offsets: list[int]
) -> None:
    note, events = history
    fast, general = replay(note, events), _general(note, events)
    _same(fast, general)
    for offset in offsets:
        day = ISSUE + timedelta(days=offset)
        assert repr(position(fast, day)) == repr(position(general, day))


@settings(max_examples=150, deadline=None)
@given(histories(), st.integers(0, 2000))
def test_resuming_from_a_checkpoint_equals_the_general_engine(
    history: tuple[Terms, list[Event]], offset: int
) -> None:
    note, events = history
    through = ISSUE + timedelta(days=offset)
    full = _general(note, events)
    point = checkpoint_at(full, through)
    fast = replay_from(note, point, events)
    with mock.patch.object(engine, "fast_rows", return_value=None):
        general = replay_from(note, point, events)
    _same(fast, general)


PLAIN = """
    2001-10-05 advance 1000000.00
    2001-10-06 note call logged
    2001-11-04 pay 6666.67
    2001-12-01 expense 125.00 counsel
    2002-01-01 pay 20000.00
"""


def test_a_plain_history_takes_the_fast_path_and_reads_like_a_tuple() -> None:
    ledger = book(terms(), PLAIN)
    rows = ledger.rows
    assert isinstance(rows, Rows)
    general = tuple(_general(terms(), list(ledger_events())).rows)
    assert len(rows) == 5
    assert rows[-1] == general[-1] and rows[0] == general[0]
    assert rows[1:3] == general[1:3] and isinstance(rows[1:3], tuple)
    assert rows[1].state is rows[0].state  # a notation shares the state before it
    assert [r.kind for r in reversed(rows)] == [r.kind for r in reversed(general)]
    assert rows == general and hash(rows) == hash(general)
    assert pickle.loads(pickle.dumps(rows)) == general  # pickles as a plain tuple
    assert rows[2].to_interest == Decimal("6666.67") and rows[2].accrued_interest == 0
    try:
        rows[5]
    except IndexError:
        pass
    else:
        raise AssertionError("a row past the end was read")


def ledger_events() -> list[Event]:
    return parse_events(NOTE, PLAIN)


def test_a_rule_sends_the_history_to_the_general_engine() -> None:
    """An overpayment is refused by the general engine, with the same problem either way."""
    over = PLAIN + "    2002-02-01 pay 5000000.00\n"
    ledger = book(terms(), over)
    assert not isinstance(ledger.rows, Rows)
    assert [p.code for p in ledger.problems] == ["overpayment"]


def test_a_payoff_after_the_draw_period_pays_the_note_on_both_paths() -> None:
    """Paid off after the draw period ended: the note is paid that day, a notation may follow
    (a payment may not: that goes to the general engine, which refuses it)."""
    history = """
        2001-10-05 advance 1000000.00
        2002-01-02 expense 250.00 counsel
        2003-10-15 pay 1000.00
    """
    note = terms()
    before = book(note, history)
    owed = payoff_quote(before, date(2003, 11, 3)).total
    paid = history + f"2003-11-03 pay {owed}\n2003-11-04 note call logged\n"
    ledger = book(note, paid)
    assert isinstance(ledger.rows, Rows)
    events = parse_events(NOTE, paid)
    _same(ledger, _general(note, events))
    assert ledger.final.paid_on == date(2003, 11, 3) and ledger.final.principal == 0
    assert ledger.rows[-1].state is ledger.rows[-2].state
    after = book(note, paid + "2003-11-05 pay 10.00\n")
    assert not isinstance(after.rows, Rows)
    assert [p.code for p in after.problems] == ["after-payoff"]


def test_an_escrow_part_or_another_handler_goes_to_the_general_engine() -> None:
    """A payment stating an escrow part (even 0.00) and a kind whose handler was declared anew
    are not the fast path's: it leaves them to the engine."""
    stated = book(terms(), PLAIN.replace("pay 20000.00", "pay 20000.00 escrow=0.00"))
    assert not isinstance(stated.rows, Rows)
    assert stated.rows[-1].escrow == Decimal("0.00") and not stated.problems
    spec = KINDS["expense"]
    with mock.patch.dict(KINDS, {"expense": replace(spec, handler=lambda run, e: None)}):
        assert not isinstance(book(terms(), PLAIN).rows, Rows)
    assert isinstance(book(terms(), PLAIN).rows, Rows)


def test_effective_dates_reads_no_row() -> None:
    ledger = book(terms(), PLAIN)
    rows = ledger.rows
    assert isinstance(rows, Rows)
    general = _general(terms(), ledger_events()).rows
    assert effective_dates(rows) == effective_dates(general) == [r.effective_date for r in general]
    assert rows._rows == [None] * len(rows)  # nothing was built to answer


@settings(max_examples=100, deadline=None)
@given(histories(), st.sets(st.integers(0, 40), max_size=6))
def test_the_rows_of_a_writes_new_events_are_the_schedules_rows_of_them(
    history: tuple[Terms, list[Event]], seqs: set[int]
) -> None:
    """What a write keeps of its replay (the rows of its new events, by seq) is what the whole
    schedule says of them, on either path."""
    note, events = history
    fast, general = replay(note, events), _general(note, events)
    whole = {r.seq: r for r in general.rows}
    wanted = {seq: row for seq, row in whole.items() if seq in seqs}
    assert rows_of_seqs(general.rows, seqs) == wanted
    assert rows_of_seqs(fast.rows, seqs) == wanted
    splits = {seq: row.split for seq, row in wanted.items()}
    assert splits_of_seqs(fast.rows, seqs) == splits == splits_of_seqs(general.rows, seqs)


def _from_opening(note: Terms, events: list[Event]) -> tuple[Ledger, Ledger]:
    """Both paths resumed from a checkpoint after an opening balance (the general ledger's)."""
    point = checkpoint_at(_general(note, events), note.issue_date)
    with mock.patch.object(engine, "fast_rows", return_value=None):
        general = replay_from(note, point, events)
    return replay_from(note, point, events), general


def _opening(note: Terms, **amounts: str) -> OpeningBalance:
    fields = {"principal": "0", "interest": "0", "default_interest": "0", "expenses": "0"}
    fields.update(amounts)
    return OpeningBalance(note_id=NOTE, effective_date=ISSUE, seq=1,
                          **{k: Money(Decimal(v), "USD") for k, v in fields.items()})  # fmt: skip


def test_zeros_written_with_a_positive_exponent_read_alike_on_both_paths() -> None:
    """Found by a hostile review: stored data may write a zero as "0E+2"; the general engine's
    payment rewrites the default interest and the residue it closes as "0", so the fast path must
    too (or leave the note to the engine)."""
    note = terms()
    pay = Payment(note_id=NOTE, effective_date=ISSUE + timedelta(days=30), seq=2,
                  amount=Money(Decimal("10.00"), "USD"))  # fmt: skip
    events: list[Event] = [_opening(note, principal="1000.00", default_interest="0E+2"), pay]
    fast, general = _from_opening(note, events)
    _same(fast, general)
    coarse = terms(waterfall={"order": ORDERS[1]}, rounding={"quantum": "1E+2", "mode": "half-up"})
    events = [
        _opening(coarse, interest="1E+2", expenses="100.00"),
        replace(
            pay, effective_date=ISSUE + timedelta(days=1), amount=Money(Decimal("150.00"), "USD")
        ),
    ]
    fast, general = _from_opening(coarse, events)
    assert isinstance(fast.rows, Rows)
    _same(fast, general)


TAKEN_ON = """
    2002-03-31 note loan taken on from the previous servicer
    2002-03-31 opening 17500000.00 1140370.41
    2002-04-30 pay 116666.67
    2002-05-15 expense 2500.00 counsel
    2002-06-30 pay 250000.00
    2002-07-01 note statement sent
"""


def test_a_loan_taken_on_by_an_opening_balance_takes_the_fast_path() -> None:
    """The 2002 letter's loan as a servicer takes it on (principal 17,500,000.00 and accrued
    interest 1,140,370.41 on March 31, 2002), then serviced: the same rows both ways."""
    note = terms(commitment="20000000.00")
    ledger = book(note, TAKEN_ON)
    assert isinstance(ledger.rows, Rows)
    _same(ledger, _general(note, parse_events(NOTE, TAKEN_ON)))
    assert ledger.rows[1].state.interest == Decimal("1140370.41")
    # April: 17,500,000.00 x 8% x 30/360 = 116,666.666...; the payment goes to interest, leaving
    # 1,140,370.41 + 116,666.666... - 116,666.67 = 1,140,370.4066... (shown 1,140,370.41)
    april = ledger.rows[2]
    assert april.to_interest == Decimal("116666.67") and april.to_principal == 0
    assert april.accrued_interest == Decimal("1140370.41")
    second = TAKEN_ON + "    2002-08-01 opening 1.00 0\n"  # not the first financial event
    refused = book(note, second)
    assert not isinstance(refused.rows, Rows)
    assert [p.code for p in refused.problems] == ["opening-not-first"]


def test_a_position_builds_only_the_row_it_stands_on() -> None:
    ledger = book(terms(), PLAIN)
    rows = ledger.rows
    assert isinstance(rows, Rows)
    general = _general(terms(), ledger_events())
    day = date(2001, 12, 15)
    assert repr(position(ledger, day)) == repr(position(general, day))
    assert [i for i, row in enumerate(rows._rows) if row is not None] == [3]  # the expense's
