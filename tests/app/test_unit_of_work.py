"""Every write takes one path: lock the note, validate under the lock, append with its key."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from settlement_books import DAY, LOAN, NOTES, golden_book
from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import NoteToAssign, Promissory
from promissory.book.store import Book
from promissory.core.events import Reversal
from promissory.core.settlement import Cash
from promissory.errors import RuleViolation


def test_two_concurrent_pledges_of_one_asset_one_wins(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Both writers reach the note's lock together; the rule is checked under it, so one is refused.

    Before the unit of work the pledge rule ran before the lock was taken: both writers checked an
    empty register, then both appended, and the asset was pledged twice.
    """
    url = f"sqlite:///{tmp_path / 'book.db'}"
    setup = Promissory(url, clock=Clock())
    setup.init()
    setup.add_note(SEED_TERMS)
    gate = threading.Barrier(2, timeout=10)
    original = Book.locked

    def locked_after_both_arrive(self: Book, *note_ids: str) -> AbstractContextManager[None]:
        if threading.current_thread() is not threading.main_thread():
            gate.wait()
        return original(self, *note_ids)

    monkeypatch.setattr(Book, "locked", locked_after_both_arrive)
    outcomes: list[str] = []

    def pledge(n: int) -> None:
        app = Promissory(url, clock=Clock())
        try:
            app.pledge(NOTE, "warehouse", date(2001, 10, 5), value=Decimal(100 + n))
            outcomes.append("pledged")
        except RuleViolation as error:
            outcomes.append(error.problems[0].code)

    threads = [threading.Thread(target=pledge, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["already-pledged", "pledged"]
    events = setup.book.events(NOTE)
    assert [e.kind for e in events] == ["pledge"]
    assert setup.verify() == []


def test_a_lone_reversal_of_part_of_a_settlement_is_refused_but_the_whole_reversal_goes_in() -> (
    None
):
    with golden_book() as p:
        done = p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(Decimal("155388.68"))])
        transfer = dict(done.written)[NOTES][0]
        with pytest.raises(RuleViolation, match="part of settlement"):
            p.record(Reversal(note_id=NOTES, effective_date=DAY, target_seq=transfer.seq))
        undone = p.reverse_settlement(done.settlement_id, DAY)
        assert {n for n, _ in undone.written} == {LOAN, NOTES}
        assert p.find_settlement(done.settlement_id).reversed


def test_a_settlement_is_written_whole_or_not_at_all_when_a_rule_refuses_it() -> None:
    with golden_book() as p:
        heads = {n: p.note(n).head for n in (LOAN, NOTES)}
        p.transfer(NOTES, "Someone Else", DAY)  # the borrower no longer holds the notes
        with pytest.raises(Exception, match="only its holder can assign it"):
            p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(Decimal("155388.68"))])
        assert p.note(LOAN).head == heads[LOAN]
        assert p.note(NOTES).head == heads[NOTES] + 1


def test_several_notes_are_locked_in_one_block(tmp_path: Path) -> None:
    p = Promissory(f"sqlite:///{tmp_path / 'b.db'}", clock=Clock())
    p.init()
    p.add_note(SEED_TERMS)
    with p.book.locked(NOTE, NOTE):
        assert p.note(NOTE).head == 0


def test_a_refusal_caused_on_another_event_says_which_new_event_caused_it(tmp_path: Path) -> None:
    """A cure dated the day of the acceleration replays before it (same-day order), leaving the
    acceleration without a default: the cure is refused, and the message says it was the cure."""
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    app.add_note(SEED_TERMS)
    for fields in (
        {"kind": "advance", "amount": "1000000.00", "effective_date": date(2001, 10, 5)},
        {"kind": "default", "effective_date": date(2002, 2, 1), "cure_period_days": 10},
        {"kind": "acceleration", "effective_date": date(2002, 2, 11)},
    ):
        app.post(NOTE, fields)
    with pytest.raises(RuleViolation) as refused:
        app.post(NOTE, {"kind": "cure", "effective_date": date(2002, 2, 11)})
    message = refused.value.problems[0].message
    assert message.startswith("recording cure dated 2002-02-11 would make event #3 break a rule: ")
    assert "only while an Event of Default continues" in message


def test_a_write_without_rows_stores_what_a_write_with_rows_stores(tmp_path: Path) -> None:
    """``rows=False`` (onboarding's) leaves the Schedule A rows off what the write returns, and
    nothing else: the same events, payments with the same split, byte for byte, as with rows."""
    from promissory.app.unit_of_work import Entry
    from promissory.codec.events_json import event_from_dict

    def written(name: str, rows: bool) -> tuple[list[tuple[object, ...]], list[object]]:
        app = Promissory(f"sqlite:///{tmp_path / name}.db", clock=Clock())
        app.init()
        app.add_note(SEED_TERMS)
        events = [event_from_dict({"kind": kind, "note_id": NOTE, "effective_date": day,
                                   "amount": amount, "currency": "USD"})
                  for kind, day, amount in (("advance", "2001-10-05", "1000000.00"),
                                            ("payment", "2001-11-05", "9000.00"),
                                            ("expense", "2001-11-20", "125.00"),
                                            ("payment", "2001-12-05", "12000.00"))]  # fmt: skip
        entries = [Entry(e, f"k{i}") for i, e in enumerate(events)]
        recorded = app.write([NOTE], lambda: {NOTE: entries}, rows=rows)[NOTE]
        with app.book.engine.connect() as conn:
            stored = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM events ORDER BY seq")]
        return stored, [r.row for r in recorded]

    with_rows, rows = written("with", True)
    without_rows, none = written("without", False)
    assert with_rows == without_rows and len(with_rows) == 4
    assert b'"allocation"' in with_rows[1][6].encode()  # the payment keeps its split
    assert none == [None] * 4 and all(row is not None for row in rows)
    assert [row.seq for row in rows if row is not None] == [1, 2, 3, 4]
