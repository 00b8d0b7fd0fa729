"""A checkpoint kept in the book carries the pledge and financing-statement registers.

Replay decides the collateral rules (an asset pledged twice, a release of an asset not pledged)
from the registers in the state it resumes from.  A checkpoint written to the book and read back
must therefore keep them: otherwise a replay resumed from it cannot tell "not pledged" from "not
known", and a double pledge written after the checkpoint would pass.
"""

from __future__ import annotations

from datetime import date

from ledger_dsl import parse_events, terms
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.core.collateral import Pledge, Release
from promissory.core.engine import Checkpoint, checkpoint_at, replay, replay_from
from promissory.core.events import Event
from promissory.core.money import Money

T = terms()
NOTE = T.id
THROUGH = date(2001, 12, 31)


def pledge(seq: int, day: date) -> Pledge:
    return Pledge(note_id=NOTE, effective_date=day, seq=seq, asset="warehouse-austin",
                  asset_kind="other", value=Money.of("500000.00", "USD"))  # fmt: skip


def stored_checkpoint(events: list[Event]) -> Checkpoint:
    return checkpoint_from_json(checkpoint_to_json(checkpoint_at(replay(T, events), THROUGH)))


def test_a_double_pledge_after_a_stored_checkpoint_is_found() -> None:
    before = [*parse_events(NOTE, "2001-10-05 advance 1000000.00"), pledge(2, date(2001, 11, 1))]
    checkpoint = stored_checkpoint(before)
    assert checkpoint.state.registers_known
    assert checkpoint.state.pledged == (("warehouse-austin", date(2001, 11, 1)),)
    events = [*before, pledge(3, date(2002, 1, 15))]
    resumed = replay_from(T, checkpoint, events)
    full = replay(T, events)
    assert [(p.seq, p.code) for p in resumed.problems] == [(3, "already-pledged")]
    assert [(p.seq, p.code) for p in full.problems] == [(3, "already-pledged")]


def test_a_release_of_an_unpledged_asset_after_a_stored_checkpoint_is_found() -> None:
    before = parse_events(NOTE, "2001-10-05 advance 1000000.00")
    release = Release(note_id=NOTE, effective_date=date(2002, 1, 15), seq=2,
                      asset="warehouse-austin")  # fmt: skip
    resumed = replay_from(T, stored_checkpoint(before), [*before, release])
    assert [(p.seq, p.code) for p in resumed.problems] == [(2, "not-pledged")]
