"""Re-running an onboarding file posts nothing twice, and finishes a run that crashed half-way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from storage_helpers import Clock

from promissory.app import Promissory, onboarding
from promissory.book.bundle import export_lines
from promissory.codec.events_json import event_to_dict

NOTES_CSV = """id,borrower,lender,issue_date,maturity,commitment,rate
A-1,Alpha Inc.,Bank,2024-01-01,2026-01-01,10000000.00,0.08
B-2,Beta LLC,Bank,2024-01-01,2026-01-01,10000000.00,0.07
C-3,Gamma Co.,Bank,2024-01-01,2026-01-01,10000000.00,0.06
"""

# two identical payments on one day (A-1, lines 4 and 5) are two payments, on every run
EVENTS_CSV = """note_id,kind,effective_date,amount,memo
A-1,advance,2024-01-15,600000.00,first
A-1,advance,2024-02-15,100000.00,second
A-1,payment,2024-06-30,1000.00,
A-1,payment,2024-06-30,1000.00,
B-2,advance,2024-03-01,500000.00,all of it
B-2,payment,2024-09-30,2500.00,
C-3,advance,2024-04-01,250000.00,
C-3,payment,2024-12-31,10000.00,
C-3,payment,2025-01-02,5.00,late
"""


class Crash(Exception):
    """Stands for the process dying between two notes."""


def _book(tmp_path: Path, name: str = "book.db") -> tuple[Promissory, Path, Path]:
    app = Promissory(f"sqlite:///{tmp_path / name}", clock=Clock())
    app.init()
    notes, events = tmp_path / "notes.csv", tmp_path / "events.csv"
    notes.write_text(NOTES_CSV)
    events.write_text(EVENTS_CSV)
    return app, notes, events


def _ledgers(app: Promissory) -> dict[str, list[dict[str, Any]]]:
    """Every note's events as asked for (recording time left out)."""
    return {n: [{k: v for k, v in event_to_dict(e).items() if k != "recorded_at"}
                for e in app.book.events(n)] for n in app.book.note_ids()}  # fmt: skip


def test_running_the_files_twice_leaves_the_book_as_the_first_run_did(tmp_path: Path) -> None:
    app, notes, events = _book(tmp_path)
    first_notes, first_events = app.onboard(notes), app.onboard(events)
    assert (first_notes.applied_rows, first_events.applied_rows) == (3, 9)
    book = list(export_lines(app.book))
    again_notes, again_events = app.onboard(notes), app.onboard(events)
    assert (again_notes.applied_rows, again_notes.present_rows, again_notes.rejected) == (0, 3, [])
    assert (again_events.applied_rows, again_events.present_rows) == (0, 9)
    assert again_events.rejected == [] and again_events.applied_notes == []
    assert list(export_lines(app.book)) == book  # byte for byte: nothing posted twice
    payments = [e for e in app.book.events("A-1") if e.kind == "payment"]
    assert len(payments) == 2  # the two equal rows are two payments
    assert app.verify() == []


def test_a_run_that_crashed_after_some_notes_is_finished_by_running_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 1)  # a chunk (a transaction) per note
    whole, notes, events = _book(tmp_path, "whole.db")
    whole.onboard(notes)
    whole.onboard(events)
    app, _, _ = _book(tmp_path, "crashed.db")
    app.onboard(notes)
    done: list[int] = []

    def die_after_two_notes(rows: int) -> None:
        done.append(rows)
        if len(done) == 2:
            raise Crash

    with pytest.raises(Crash):
        app.onboard(events, progress=die_after_two_notes)
    assert [app.note(n).head for n in ("A-1", "B-2", "C-3")] == [4, 2, 0]
    report = app.onboard(events)
    assert (report.applied_rows, report.present_rows, report.applied_notes) == (3, 6, ["C-3"])
    assert _ledgers(app) == _ledgers(whole)


def test_a_notes_file_stopped_half_way_completes_and_other_terms_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 1)  # a chunk (a transaction) per note
    app, notes, _ = _book(tmp_path)
    calls: list[int] = []

    def die_after_one(rows: int) -> None:
        calls.append(rows)
        raise Crash

    with pytest.raises(Crash):
        app.onboard(notes, progress=die_after_one)
    assert app.book.note_ids() == ["A-1"]
    report = app.onboard(notes)
    assert (report.applied_notes, report.present_rows) == (["B-2", "C-3"], 1)
    changed = tmp_path / "changed.csv"
    changed.write_text(NOTES_CSV.replace("10000000.00,0.06", "10000000.00,0.16"))
    refused = app.onboard(changed)
    assert [(r.line, r.note_id) for r in refused.rejected] == [(4, "C-3")]
    assert "note 'C-3' is already in the book with other terms (interest.rate differ)" in (
        refused.rejected[0].reason
    )
    assert refused.present_rows == 2


def test_a_key_column_names_each_row_and_a_reused_key_is_refused(tmp_path: Path) -> None:
    app, notes, _ = _book(tmp_path)
    app.onboard(notes)
    keyed = tmp_path / "keyed.csv"
    keyed.write_text("note_id,kind,effective_date,amount,key\n"
                     "A-1,advance,2024-01-15,1000.00,wire-1\n"
                     "A-1,advance,2024-01-15,1000.00,wire-2\n")  # fmt: skip
    assert app.onboard(keyed).applied_rows == 2
    assert app.onboard(keyed).present_rows == 2
    assert app.book.by_idempotency_key("A-1", "wire-2") is not None
    keyed.write_text("note_id,kind,effective_date,amount,key\n"
                     "A-1,advance,2024-01-15,1000.00,wire-1\n"
                     "A-1,advance,2024-01-16,5.00,wire-2\n")  # fmt: skip
    report = app.onboard(keyed)
    assert [r.line for r in report.rejected] == [2, 3]
    assert "idempotency key 'wire-2'" in report.rejected[1].reason
    assert app.note("A-1").head == 2
    twice = tmp_path / "twice.csv"
    twice.write_text("note_id,kind,effective_date,amount,key\n"
                     "A-1,advance,2024-01-17,1.00,k\nA-1,advance,2024-01-18,1.00,k\n")  # fmt: skip
    assert "key 'k' is also on line 2" in app.onboard(twice).rejected[1].reason


def test_an_identical_row_in_another_file_is_a_new_event(tmp_path: Path) -> None:
    """January's file and March's both carry a 250.00 wire fee on the same day: March's is a new
    charge, not January's run again (a content key scoped to the row alone skipped it silently)."""
    app, notes, _ = _book(tmp_path)
    app.onboard(notes)
    row = "A-1,expense,2024-03-01,250.00,wire fee\n"
    header = "note_id,kind,effective_date,amount,description\n"
    advance = "A-1,advance,2024-01-15,600000.00,\n"
    (tmp_path / "jan.csv").write_text(header + advance + row)
    (tmp_path / "mar.csv").write_text(header + row)
    assert app.onboard(tmp_path / "jan.csv").applied_rows == 2
    march = app.onboard(tmp_path / "mar.csv")
    assert (march.applied_rows, march.present_rows, march.rejected) == (1, 0, [])
    assert [e.kind for e in app.book.events("A-1")] == ["advance", "expense", "expense"]
    again = app.onboard(tmp_path / "mar.csv")  # March's file run again posts nothing
    assert (again.applied_rows, again.present_rows) == (0, 1)


# A-1's rows are scattered: two identical payments in the first chunk, two more in a later one;
# B-2's payment is dated before the note's issue date, which rejects B-2's rows and no others
SCATTERED_CSV = """note_id,kind,effective_date,amount,memo
A-1,advance,2024-01-15,600000.00,
A-1,payment,2024-06-30,1000.00,
A-1,payment,2024-06-30,1000.00,
B-2,advance,2024-03-01,500000.00,
B-2,payment,2023-09-30,2500.00,
C-3,advance,2024-04-01,250000.00,
A-1,payment,2024-06-30,1000.00,
A-1,payment,2024-06-30,1000.00,
"""


def test_chunks_write_notes_together_fall_back_note_by_note_and_rerun_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 3)  # chunks: A-1 ×3 | B-2, B-2, C-3 | A-1 ×2
    app, notes, _ = _book(tmp_path)
    app.onboard(notes)
    scattered = tmp_path / "scattered.csv"
    scattered.write_text(SCATTERED_CSV)
    first = app.onboard(scattered)
    assert [(r.line, r.note_id) for r in first.rejected] == [(5, "B-2"), (6, "B-2")]
    assert (first.rows, first.applied_rows, first.present_rows) == (8, 6, 0)
    assert [e.kind for e in app.book.events("A-1")] == ["advance"] + ["payment"] * 4
    assert app.note("B-2").head == 0 and app.note("C-3").head == 1
    again = app.onboard(scattered)  # the four equal payments are four, found again by their keys
    assert (again.applied_rows, again.present_rows) == (0, 6)
    assert app.note("A-1").head == 5
    assert app.verify() == []
