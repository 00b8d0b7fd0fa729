"""A process killed with SIGKILL mid-import or mid-settlement leaves whole notes only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

from storage_helpers import SEED_TERMS

from promissory.app import Promissory
from promissory.book.store import Book
from promissory.codec.terms_toml import loads_terms
from promissory.core.events import Advance, Event, Notation
from promissory.core.money import Money

NOTES = 300
EVENTS = 40


def _terms_text(i: int) -> str:
    return SEED_TERMS.read_text().replace('id = "VAL-2001-10-05"', f'id = "N{i:04d}"')


def _events(note_id: str, count: int) -> tuple[Event, ...]:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    first = Advance(note_id=note_id, effective_date=date(2001, 10, 5), recorded_at=at,
                    amount=Money.of("1000.00", "USD"))  # fmt: skip
    rest = [Notation(note_id=note_id, effective_date=date(2001, 10, 6), recorded_at=at,
                     text=f"n{k}") for k in range(count - 1)]  # fmt: skip
    return (first, *rest)


def _fill(url: str, notes: int) -> None:
    book = Book(url)
    book.create()
    for i in range(notes):
        terms = loads_terms(_terms_text(i))
        book.add_note(terms, created_at=datetime(2026, 1, 1, tzinfo=UTC))
        book.append(list(_events(terms.id, EVENTS)), expected_head=0)


def _run_and_kill(code: str, ready: object) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not ready():  # type: ignore[operator]
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    return proc.wait()


def test_an_import_killed_midway_leaves_whole_notes_only(book_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    _fill(source, NOTES)
    bundle = tmp_path / "book.jsonl"
    Promissory(source).export_book(bundle)
    target = Promissory(book_url)
    target.init()
    code = f"""
        from promissory.app import Promissory
        Promissory({book_url!r}).import_book({str(bundle)!r})
    """
    status = _run_and_kill(code, lambda: len(target.book.note_ids()) >= 5)
    assert status == -signal.SIGKILL
    ids = target.book.note_ids()
    assert 0 < len(ids) < NOTES
    for note_id in ids:
        assert target.book.head(note_id)[0] == EVENTS
        assert len(target.book.events(note_id)) == EVENTS
    assert target.verify() == []


def test_a_settlement_killed_midway_leaves_the_book_as_it_was(book_url: str) -> None:
    notes = 60
    app = Promissory(book_url)
    app.init()
    for i in range(notes):
        app.add_note(_terms_text(i))
    started = Path(f"/tmp/promissory-settle-{os.getpid()}")
    started.unlink(missing_ok=True)
    code = f"""
        import pathlib
        from promissory.book.store import Append, Book
        from test_crash import _events
        book = Book({book_url!r})
        batch = [Append(f"N{{i:04d}}", _events(f"N{{i:04d}}", 2000), 0) for i in range({notes})]
        pathlib.Path({str(started)!r}).touch()
        book.append_batch(batch)
    """
    status = _run_and_kill(code, lambda: started.exists() and time.sleep(0.5) is None)
    started.unlink(missing_ok=True)
    assert status == -signal.SIGKILL
    heads = {app.book.head(f"N{i:04d}")[0] for i in range(notes)}
    assert heads in ({0}, {2000})  # all of the settlement or none of it
    assert app.verify() == []
