"""A note with a ``[schedule]`` whose maturity is amended still checkpoints.

The terms file's rule "the last installment falls on maturity" is a rule of the note as written.
An amendment may move maturity (the schedule's dates stay as they were), and a checkpoint stores
the amended terms as TOML: decoding it must not refuse them, or every checkpoint of such a note
would be thrown away and its balances replayed from the start.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import dumps_terms, load_terms, loads_terms
from promissory.core.engine import checkpoint_at, replay
from promissory.core.events import Advance, Amendment
from promissory.core.money import Money
from promissory.errors import TermsError

TERMS = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"


def test_a_checkpoint_of_amended_terms_with_a_schedule_decodes() -> None:
    terms = load_terms(TERMS)
    events = [
        Advance(note_id=terms.id, seq=1, effective_date=date(2024, 3, 1),
                amount=Money.of("500000.00", "USD")),
        Amendment(note_id=terms.id, seq=2, effective_date=date(2024, 3, 15),
                  maturity=date(2030, 3, 1)),
    ]  # fmt: skip
    ledger = replay(terms, events)
    checkpoint = checkpoint_at(ledger, date(2024, 3, 20))
    assert checkpoint.state.terms.maturity == date(2030, 3, 1)
    assert checkpoint_from_json(checkpoint_to_json(checkpoint)) == checkpoint


def test_a_terms_file_is_still_held_to_the_rule() -> None:
    moved = replace(load_terms(TERMS), maturity=date(2030, 3, 1))
    with pytest.raises(TermsError, match="not on maturity 2030-03-01"):
        loads_terms(dumps_terms(moved))
