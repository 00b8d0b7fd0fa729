"""Rules that used to run only when an event was written now run on replay too: a bundle that
breaks them, replayed with ``replay(terms, events)``, shows the problem (so ``verify`` and
``import`` find it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ledger_dsl import parse_events, terms
from promissory.core.collateral import Pledge, Release, Valuation
from promissory.core.engine import replay
from promissory.core.events import Event, LenderExpense, Reversal
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.settlement import Cash, reconcile, settlement_event

T = terms()
NOTE = T.id


def usd(x: str) -> Money:
    return Money.of(x, "USD")


def pledge(seq: int, day: date, asset: str = "warehouse-austin") -> Pledge:
    return Pledge(note_id=NOTE, effective_date=day, seq=seq, asset=asset, asset_kind="other",
                  value=usd("500000.00"))  # fmt: skip


def codes(events: list[Event]) -> list[tuple[int, str]]:
    return [(p.seq, p.code) for p in replay(T, events).problems]


# -- collateral ----------------------------------------------------------------------------------


def test_a_double_pledge_of_the_same_asset_is_a_problem_on_replay() -> None:
    events = [*parse_events(NOTE, "2001-10-05 advance 1000000.00"),
              pledge(2, date(2001, 11, 1)), pledge(3, date(2002, 1, 1))]  # fmt: skip
    ledger = replay(T, events)
    assert [(p.seq, p.code) for p in ledger.problems] == [(3, "already-pledged")]
    assert ledger.problems[0].message == (
        "warehouse-austin is already pledged to VAL-2001-10-05 since 2001-11-01"
    )


def test_a_back_dated_pledge_overlapping_an_open_one_is_a_problem_on_replay() -> None:
    events = [pledge(1, date(2002, 1, 1)), pledge(2, date(2001, 11, 1))]
    assert [code for _, code in codes(events)] == ["already-pledged"]


def test_pledging_again_after_a_release_is_fine() -> None:
    events = [pledge(1, date(2001, 11, 1)),
              Release(note_id=NOTE, effective_date=date(2001, 12, 1), seq=2,
                      asset="warehouse-austin"),
              pledge(3, date(2002, 1, 1))]  # fmt: skip
    assert codes(events) == []


def test_releasing_or_valuing_an_asset_not_pledged_is_a_problem_on_replay() -> None:
    events: list[Event] = [
        Release(note_id=NOTE, effective_date=date(2001, 12, 1), seq=1, asset="boat"),
        Valuation(note_id=NOTE, effective_date=date(2001, 12, 2), seq=2, asset="boat",
                  value=usd("10.00")),
    ]  # fmt: skip
    assert codes(events) == [(1, "not-pledged"), (2, "not-pledged")]


def test_a_note_pledged_to_itself_is_a_problem_on_replay() -> None:
    event = Pledge(note_id=NOTE, effective_date=date(2001, 11, 1), seq=1, asset=NOTE)
    assert codes([event]) == [(1, "self-pledge")]


# -- settlement ----------------------------------------------------------------------------------


def settled() -> list[Event]:
    events: list[Event] = [*parse_events(NOTE, "2001-10-05 advance 1000000.00"),
                           pledge(2, date(2001, 11, 1))]  # fmt: skip
    day = date(2002, 3, 31)
    ledger = replay(T, events)
    r = reconcile(ledger, day, [Cash(payoff_quote(ledger, day, kind="settlement").total)])
    assert r.status == "exact"
    settlement = replace(settlement_event(r, "S-1"), seq=3)
    release = Release(note_id=NOTE, effective_date=day, seq=4, asset="warehouse-austin",
                      settlement_id="S-1")  # fmt: skip
    return [*events, settlement, release]


def reverse(seq: int, target: int) -> Reversal:
    return Reversal(note_id=NOTE, effective_date=date(2002, 4, 2), seq=seq, target_seq=target)


def test_a_settlement_replays_clean_and_reversing_all_of_it_is_fine() -> None:
    assert codes(settled()) == []
    assert codes([*settled(), reverse(5, 4), reverse(6, 3)]) == []


def test_reversing_part_of_a_settlement_is_a_problem_on_replay() -> None:
    ledger = replay(T, [*settled(), reverse(5, 4)])
    assert [(p.seq, p.code) for p in ledger.problems] == [(5, "settlement-part")]
    assert ledger.problems[0].message == (
        "event #4 (release) is part of settlement S-1; reverse settlement S-1 as a whole, so "
        "every note it touched is restored"
    )
    assert ledger.final.terminated_on == date(2002, 3, 31)  # the partial reversal is left out


# -- reopening a paid note -----------------------------------------------------------------------

# drawn once (the draw period ends on the day of the advance), so paying everything pays it off
ONCE = terms(draw_period_end=date(2001, 10, 5))
PAID = "2001-10-05 advance 1000000.00\n2001-11-04 pay 1006666.67"


def closing(events: list[Event]) -> list[tuple[int, str]]:
    return [(p.seq, p.code) for p in replay(ONCE, events).problems]


def expense(seq: int, day: date) -> LenderExpense:
    return LenderExpense(note_id=NOTE, effective_date=day, seq=seq, amount=usd("1250.00"))


def test_an_event_recorded_after_payoff_but_dated_before_it_is_a_problem_on_replay() -> None:
    events = [*parse_events(NOTE, PAID), expense(3, date(2001, 11, 1))]
    assert replay(ONCE, events[:2]).final.paid_on == date(2001, 11, 4)
    ledger = replay(ONCE, events)
    assert [(p.seq, p.code) for p in ledger.problems] == [(3, "reopens-closed-note")]
    assert ledger.problems[0].message == (
        "expense dated 2001-11-01 would reopen the note, paid on 2001-11-04: only a reversal can "
        "change a closed note's history (reverse the payoff first, then record the missing event)"
    )
    assert ledger.final.paid_on == date(2001, 11, 4)  # the event is left out


def test_the_missing_event_may_be_recorded_once_the_payoff_is_reversed() -> None:
    events = [
        *parse_events(NOTE, PAID),
        Reversal(note_id=NOTE, effective_date=date(2001, 11, 5), seq=3, target_seq=2),
        expense(4, date(2001, 11, 1)),
    ]
    assert closing(events) == []


def test_a_back_dated_event_that_leaves_the_payoff_standing_is_fine() -> None:
    """A notation moves no money; a back-dated event before a payment that never paid the note
    off changes nothing closed."""
    events = [*parse_events(NOTE, "2001-10-05 advance 1000000.00\n2001-11-04 pay 1000.00"),
              expense(3, date(2001, 11, 1))]  # fmt: skip
    assert closing(events) == []
    noted = [*parse_events(NOTE, PAID + "\n2001-11-01 note called the borrower")]
    assert closing(noted) == []


# -- financing statements ------------------------------------------------------------------------


def test_financing_statement_rules_are_problems_on_replay() -> None:
    from promissory.core.filings import (
        FinancingStatementContinued,
        FinancingStatementFiled,
        FinancingStatementTerminated,
    )

    def filed(seq: int, day: date) -> FinancingStatementFiled:
        return FinancingStatementFiled(note_id=NOTE, effective_date=day, seq=seq,
                                       filing_number="CA-1", jurisdiction="California")  # fmt: skip

    def continued(seq: int, day: date, number: str = "CA-1") -> FinancingStatementContinued:
        return FinancingStatementContinued(note_id=NOTE, effective_date=day, seq=seq,
                                           filing_number=number)  # fmt: skip

    first = filed(1, date(2002, 3, 5))  # lapses 2007-03-05; window 2006-09-05 to 2007-03-04
    assert codes([first, continued(2, date(2006, 10, 1))]) == []
    assert codes([first, filed(2, date(2003, 1, 1))]) == [(2, "duplicate-filing")]
    assert codes([first, continued(2, date(2005, 1, 1))]) == [(2, "continuation-window")]
    assert codes([first, continued(2, date(2007, 3, 5))]) == [(2, "lapsed-filing")]
    assert codes([first, continued(2, date(2006, 10, 1), "NV-9")]) == [(2, "unknown-filing")]
    ended = FinancingStatementTerminated(note_id=NOTE, effective_date=date(2004, 1, 1), seq=2,
                                         filing_number="CA-1", filed=True)  # fmt: skip
    assert codes([first, ended, continued(3, date(2006, 10, 1))]) == [(3, "terminated-filing")]
    ledger = replay(T, [first, continued(2, date(2005, 1, 1))])
    assert ledger.problems[0].message == (
        "a continuation of CA-1 may be filed only in the six months before lapse, from "
        "2006-09-05 to 2007-03-04 (UCC 9-515(d)); 2005-01-01 is outside"
    )


# -- resumed from a checkpoint -------------------------------------------------------------------


def test_a_replay_resumed_from_a_checkpoint_knows_the_pledges_made_before_it() -> None:
    from promissory.core.engine import checkpoint_at, replay_from

    base = [*parse_events(NOTE, "2001-10-05 advance 1000000.00"), pledge(2, date(2001, 11, 1))]
    checkpoint = checkpoint_at(replay(T, base), date(2001, 12, 31))
    again = pledge(3, date(2002, 1, 1))
    release = Release(note_id=NOTE, effective_date=date(2002, 2, 1), seq=3,
                      asset="warehouse-austin")  # fmt: skip
    assert [p.code for p in replay_from(T, checkpoint, [again]).problems] == ["already-pledged"]
    assert replay_from(T, checkpoint, [release]).problems == ()
    # a checkpoint written without the register (an older cache) decides no "not pledged"
    blind = replace(checkpoint, state=replace(checkpoint.state, pledged=(), registers_known=False))
    assert replay_from(T, blind, [release]).problems == ()


def test_a_part_settlement_reversal_is_found_the_same_from_a_checkpoint() -> None:
    """The settlement's events are before the checkpoint, so a replay from it cannot find the
    problem again: the checkpoint keeps it (and a checkpoint before them does not)."""
    from promissory.core.engine import checkpoint_at, replay_from

    events = [*settled(), reverse(5, 4)]
    full = replay(T, events)
    for through in (date(2002, 3, 30), date(2002, 3, 31), date(2002, 4, 1), date(2002, 6, 1)):
        tail = [e for e in events if e.effective_date > through or isinstance(e, Reversal)]
        resumed = replay_from(T, checkpoint_at(full, through), tail)
        assert sorted(resumed.problems, key=str) == sorted(full.problems, key=str), through


def test_an_asset_valued_on_the_day_it_is_pledged() -> None:
    """Pledge and valuation on one day: the valuation applies to the pledged asset (it used to
    replay first and be refused as 'not pledged', so an older book failed verify and import)."""
    events = [*parse_events(NOTE, "2001-10-05 advance 1000000.00"), pledge(2, date(2002, 1, 10)),
              Valuation(note_id=NOTE, effective_date=date(2002, 1, 10), seq=3,
                        asset="warehouse-austin", value=usd("650000.00"))]  # fmt: skip
    assert codes(events) == []
