"""Participations and partial assignments as short ledgers, each figure computed in the test from
the note's words (8% a year, ACT/360, interest for each day up to the as-of day, that day excluded).

The seed note's lender (Berg) advances 1,000,000.00 on 2001-10-05 and assigns 40% of the note to
Acme on 2001-12-31: a 60/40 participation from the end of that day.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events, terms
from promissory.core.engine import replay
from promissory.core.participation import Part, interest_earned, parts_on, parts_report, split
from promissory.core.transfer import Transfer, holder_on
from promissory.errors import InvalidInput

D = Decimal
BERG = "Berg & Berg Enterprises, LLC"
ACME = "Acme Capital LLC"
NOTE = terms()


def transfer(day: date, holder: str, share: str | None, seq: int, assignor: str = "") -> Transfer:
    return Transfer(note_id=NOTE.id, effective_date=day, seq=seq, holder=holder,
                    share=None if share is None else D(share), assignor=assignor)  # fmt: skip


def events(*extra: Transfer) -> list:  # type: ignore[type-arg]
    return [*parse_events(NOTE.id, "2001-10-05 advance 1000000.00"), *extra]


def cents(x: Fraction) -> Decimal:
    """Half-up to the cent (the note's rounding), computed here without the engine."""
    return Decimal(math.floor(x * 100 + Fraction(1, 2))) / 100


def interest(days: int) -> Fraction:
    return Fraction(1_000_000) * Fraction(8, 100) * days / 360


def test_a_sixty_forty_participation_splits_every_figure_and_the_interest_at_the_transfer() -> None:
    evs = events(transfer(date(2001, 12, 31), ACME, "0.40", 2))
    ledger = replay(NOTE, evs)
    report = parts_report(ledger, evs, date(2002, 3, 31))
    # Berg alone to the end of 2001-12-31: 2001-10-05 .. 2001-12-31 is 88 days
    berg_alone = cents(interest(88))
    assert berg_alone == D("19555.56")
    whole = cents(interest(88 + 89))  # 2002-01-01 .. 2002-03-30 is 89 days
    assert whole == D("39333.33")
    stretch = whole - berg_alone  # 19,777.77 split 60/40: 11,866.662 and 7,911.108
    # down to the cent 11,866.66 + 7,911.10; the cent left goes to the larger remainder (Acme's)
    assert stretch == D("19777.77")
    by_holder = {p.holder: p for p in report.parts}
    assert by_holder[BERG].interest_earned == berg_alone + D("11866.66")
    assert by_holder[ACME].interest_earned == D("7911.11")
    assert report.interest_earned == whole
    # the balances as of 2002-03-31: principal 600,000 / 400,000; the unpaid interest 39,333.33
    # is 23,599.998 / 15,733.332 exactly: 23,599.99 + 15,733.33 and the cent to Berg's .008
    assert (by_holder[BERG].principal, by_holder[ACME].principal) == (D("600000.00"),
                                                                      D("400000.00"))  # fmt: skip
    assert (by_holder[BERG].interest, by_holder[ACME].interest) == (D("23600.00"), D("15733.33"))
    assert report.interest == whole
    assert sum(p.total for p in report.parts) == report.total
    assert report.holder_of_record == BERG


def test_a_partial_then_a_full_assignment_moves_the_holder_of_record() -> None:
    evs = events(transfer(date(2002, 1, 15), ACME, "0.40", 2),
                 transfer(date(2002, 2, 1), "Zed Fund LP", None, 3, assignor=BERG))  # fmt: skip
    assert holder_on(NOTE, evs, date(2002, 1, 14)) == BERG
    assert holder_on(NOTE, evs, date(2002, 1, 15)) == BERG  # 60% is the lead
    parts = parts_on(NOTE, evs, date(2002, 2, 1))
    assert [(p.holder, p.share) for p in parts] == [("Zed Fund LP", D("0.60")), (ACME, D("0.40"))]
    earned = interest_earned(replay(NOTE, evs), evs, date(2002, 3, 1))
    assert sum(earned.values()) == cents(interest(147))  # 2001-10-05 .. 2002-02-28
    # Berg: all of 2001-10-05 .. 2002-01-15 (103 days), then 60% of 2002-01-16 .. 2002-02-01
    first = cents(interest(103))
    second = cents(interest(120)) - first
    assert earned[BERG] == first + split(second, parts_on(NOTE, evs, date(2002, 1, 15)),
                                         D("0.01"))[0]  # fmt: skip


def test_an_assignor_cannot_assign_more_than_it_holds() -> None:
    evs = events(transfer(date(2002, 1, 15), ACME, "0.40", 2),
                 transfer(date(2002, 2, 1), "Zed Fund LP", "0.50", 3, assignor=ACME))  # fmt: skip
    with pytest.raises(InvalidInput, match=r"transfer share 0.50 .* more than Acme Capital LLC "
                                           r"holds \(0.40\)"):  # fmt: skip
        parts_on(NOTE, evs, date(2002, 3, 1))
    with pytest.raises(InvalidInput, match="must be a fraction of the whole note"):
        transfer(date(2002, 1, 15), ACME, "1.5", 2)


@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.lists(st.integers(min_value=1, max_value=1000), min_size=1, max_size=6),
)
def test_a_split_adds_up_and_no_part_is_a_unit_off_its_exact_share(
    cents_: int, weights: list[int]
) -> None:
    total = sum(weights)
    parts = [Part(f"h{i}", D(w) / D(total) if total else D(0), date(2001, 1, 1))
             for i, w in enumerate(weights)]  # fmt: skip
    amount = D(cents_) / 100
    out = split(amount, parts, D("0.01"))
    assert sum(out) == amount
    whole = sum((p.share for p in parts), D(0))
    for part, got in zip(parts, out, strict=True):
        exact = Fraction(amount) * Fraction(part.share) / Fraction(whole)
        assert abs(Fraction(got) - exact) < Fraction(1, 100)


def test_the_note_s_journal_notes_a_partial_assignment_without_moving_the_carrying_amount() -> None:
    from promissory.core.accounting.journal import journal

    evs = events(transfer(date(2001, 12, 31), ACME, "0.40", 2))
    j = journal(NOTE, evs, "lender", through=date(2002, 3, 31))
    (notice,) = [e for e in j.entries if e.kind == "assignment"]
    assert "0.40 of the note assigned by" in notice.memo
    assert {p.role for p in notice.postings} <= {"interest_receivable", "interest_income"}


HOLDERS = (BERG, ACME, "Zed Fund LP", "Yew Partners")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(0, 3), st.integers(0, 3),
                          st.integers(1, 100)), max_size=4))  # fmt: skip
def test_money_is_conserved_across_holders(moves: list[tuple[int, int, int, int]]) -> None:
    """Any history of partial assignments: every column of the parts adds up to the note's, and
    the shares to one."""
    evs = events()
    for seq, (offset, frm, to, pct) in enumerate(sorted(moves), 2):
        day = date(2001, 10, 5) + timedelta(days=offset)
        try:
            parts = parts_on(NOTE, evs, day)
        except InvalidInput:  # pragma: no cover - the history is kept valid below
            raise
        by = {p.holder: p.share for p in parts}
        assignor, holder = HOLDERS[frm], HOLDERS[to]
        if assignor not in by or assignor == holder:
            continue
        share = min(by[assignor], D(pct) / 100)
        evs.append(transfer(day, holder, str(share), seq, assignor=assignor))
    as_of = date(2003, 1, 1)
    report = parts_report(replay(NOTE, evs), evs, as_of)
    assert sum(p.share for p in report.parts) == 1
    for column in ("principal", "interest", "total", "interest_earned"):
        assert sum(getattr(p, column) for p in report.parts) == getattr(report, column)
    assert report.interest_earned == cents(interest((as_of - date(2001, 10, 5)).days))
