"""``verify`` and ``import`` replay each note and report the rules it breaks (what a write refuses).

An advance beyond the commitment cannot be recorded (the app refuses it), but one written straight
into the events table with a correctly re-hashed chain, or into a re-hashed bundle, used to pass
``verify`` and import silently.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from storage_helpers import NOTE, SEED_TERMS, Clock
from tamper_helpers import read_bundle, rehash_bundle, write_bundle

from promissory.app import Promissory
from promissory.app.onboarding import export_book, import_book
from promissory.core.events import Advance
from promissory.core.money import Money
from promissory.errors import RuleViolation


@pytest.fixture
def app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock())
    p.init()
    p.add_note(SEED_TERMS)
    p.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    return p


def _over_commitment(app: Promissory) -> None:
    """Append beyond the 20,000,000.00 commitment past the rules (the book itself checks none)."""
    big = Advance(note_id=NOTE, effective_date=date(2002, 1, 15),
                  amount=Money.of("25000000.00", "USD"))  # fmt: skip
    app.book.append([big], expected_head=1)


def test_verify_reports_a_rule_broken_by_an_event_written_outside_the_app(
    app: Promissory,
) -> None:
    _over_commitment(app)
    problems = app.verify()
    assert [(p.seq, p.what) for p in problems] == [(2, "rule")]
    assert problems[0].message.startswith("commitment on 2002-01-15: advance of 25000000.00")
    assert str(problems[0]).startswith(f"{NOTE} event #2: commitment")


def test_import_refuses_a_bundle_whose_notes_break_a_rule(app: Promissory, tmp_path: Path) -> None:
    path = tmp_path / "book.jsonl"
    export_book(app, path)
    records = read_bundle(path)
    event = next(r for r in records if r["record"] == "event")
    event["payload"]["amount"] = "25000000.00"  # a forged advance, its chain re-hashed
    write_bundle(path, rehash_bundle(records))
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    with pytest.raises(RuleViolation, match=f"bundle note {NOTE} event #1 \\[commitment\\]"):
        import_book(target, path)
    assert target.book.note_ids() == []
