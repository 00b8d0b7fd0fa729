"""Accepting and finding a settlement in a book of many notes (issue 15: by index, not by replay).

Builds a SQLite book of ``N`` notes (each the revolving bench note with ``E`` events, written
straight through the book's append) plus the 2002 settlement's loan and mortgage notes, then times
``accept_settlement`` (its id generated, so the book is asked which ids are used),
``find_settlement`` and ``reverse_settlement``, each once on a fresh facade (no replay cached).

Run: ``PYTHONPATH=src .venv/bin/python bench/settlement.py [N] [E]`` (default 10,000 notes × 10
events).  Run it with ``PYTHONPATH`` on an older tree for the "before" figure.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from _notes import ROOT, history, terms_text
from promissory.app import NoteToAssign, Promissory
from promissory.book.store import Append
from promissory.codec.terms_toml import loads_terms
from promissory.core.events import OpeningBalance
from promissory.core.money import Money
from promissory.core.settlement import Cash

LOAN, NOTES = "VAL-2002-LOAN", "VAL-MORTGAGE-NOTES"
DAY = date(2002, 3, 31)
AT = datetime(2026, 1, 2, tzinfo=UTC)


def opening(note_id: str, principal: str, interest: str) -> OpeningBalance:
    z = Money.zero("USD")
    return OpeningBalance(note_id=note_id, effective_date=DAY, principal=Money.of(principal, "USD"),
                          interest=Money.of(interest, "USD"), default_interest=z, expenses=z)  # fmt: skip


def build(url: str, notes: int, events: int) -> None:
    p = Promissory(url, clock=lambda: AT)
    p.init()
    base = terms_text("BENCH-0")
    for first in range(0, notes, 500):  # one transaction per 500 notes
        with p.book.locked():
            for i in range(first, min(first + 500, notes)):
                note_id = f"BENCH-{i:07d}"
                terms = loads_terms(base.replace('"BENCH-0"', f'"{note_id}"'))
                p.book.add_note(terms, created_at=AT)
                p.book.append_batch([Append(note_id, tuple(history(note_id, events)), 0)])
    p.add_note(ROOT / "examples/valence-2002-loan.toml")
    p.add_note(ROOT / "examples/valence-2002-mortgage-notes.toml")
    p.record(opening(LOAN, "17500000.00", "1140370.41"))
    p.record(opening(NOTES, "17533226.80", "951754.93"))
    p.pledge(LOAN, NOTES, DAY)
    p.book.engine.dispose()


def timed(label: str, work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"  {label:<22} {took * 1000:10.1f} ms")
    return took


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'book.db'}"
        start = time.perf_counter()
        build(url, notes, events)
        print(f"book: {notes:,} notes x {events} events + the settlement's 2 notes "
              f"(built in {time.perf_counter() - start:.1f} s)")  # fmt: skip
        offer = [NoteToAssign(NOTES), Cash(Decimal("155388.68"))]
        applied: list[str] = []
        p = Promissory(url, clock=lambda: AT)
        timed("settle accept", lambda: applied.append(p.accept_settlement(LOAN, DAY, offer)
                                                      .settlement_id))  # fmt: skip
        p = Promissory(url, clock=lambda: AT)
        timed("settle show (find)", lambda: p.find_settlement(applied[0]))
        p = Promissory(url, clock=lambda: AT)
        timed("settle reverse", lambda: p.reverse_settlement(applied[0], DAY))
        p.book.engine.dispose()


if __name__ == "__main__":
    main()
