"""The cure period of an Event of Default: never negative, and no acceleration inside it.

Seed note, default 2002-04-01 with 30 days to cure: the cure period runs through 2002-04-30; the
lender may accelerate from 2002-05-01 on, not before.
"""

from __future__ import annotations

from datetime import date

import pytest

from ledger_dsl import parse_events, terms
from promissory.core.engine import replay
from promissory.core.events import Acceleration, EventOfDefault
from promissory.errors import InvalidInput

T = terms()


def default(cure_days: int | None) -> EventOfDefault:
    return EventOfDefault(note_id=T.id, effective_date=date(2002, 4, 1), seq=2,
                          cure_period_days=cure_days)  # fmt: skip


def test_a_negative_cure_period_is_refused_naming_the_value_and_the_rule() -> None:
    with pytest.raises(InvalidInput, match=r"cure period -5 days must not be negative"):
        default(-5)


def test_a_cure_period_of_zero_days_is_accepted() -> None:
    assert default(0).cure_period_days == 0


def accelerated_on(day: date, cure_days: int | None = 30):  # type: ignore[no-untyped-def]
    events = [
        *parse_events(T.id, "2001-10-05 advance 1000000.00"),
        default(cure_days),
        Acceleration(note_id=T.id, effective_date=day, seq=3),
    ]
    return replay(T, events)


def test_acceleration_inside_the_cure_period_is_refused_with_the_rule() -> None:
    ledger = accelerated_on(date(2002, 4, 15))
    assert [(p.seq, p.code) for p in ledger.problems] == [(3, "cure-period")]
    assert "a cure period through 2002-04-30; the note may be accelerated from 2002-05-01" in (
        ledger.problems[0].message
    )
    assert not ledger.final.accelerated


def test_acceleration_on_the_last_day_of_the_cure_period_is_refused() -> None:
    assert [p.code for p in accelerated_on(date(2002, 4, 30)).problems] == ["cure-period"]


def test_acceleration_once_the_cure_period_has_run_is_accepted() -> None:
    ledger = accelerated_on(date(2002, 5, 1))
    assert ledger.problems == () and ledger.final.accelerated


def test_acceleration_without_a_cure_period_is_accepted_at_once() -> None:
    ledger = accelerated_on(date(2002, 4, 1), cure_days=None)
    assert ledger.problems == () and ledger.final.accelerated
