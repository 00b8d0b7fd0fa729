"""Onboarding a file stores exactly what posting its rows one by one stores (issue 15).

The bulk path validates a chunk's notes together, chains their hashes in memory and writes every
note's events in one insert; none of that may change what the book holds.  Two books get the same
notes; one onboards an events file, the other is posted the same rows one at a time through
``post``.  Every stored event (its hashed payload, its link to the one before, its hash), every
head, the figures and ``verify`` must agree.  Both books read one fixed clock, so the recorded-at
times (which the hashes cover) are the same.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

from promissory.app import Promissory

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
NOTES = ["id,borrower,lender,issue_date,maturity,commitment,rate,day_count,default_margin,"
         "revolving,draw_period_end,governing_law",
         "A-1,Alpha LLC,First Lender LLC,2024-01-15,2027-01-15,500000.00,0.08,ACT/360,0.02,true,"
         "2026-01-15,New York",
         "B-2,Beta Inc.,First Lender LLC,2024-02-01,2026-02-01,90000.00,0.06,ACT/365F,0.02,false,"
         "2025-02-01,New York",
         "C-3,Gamma Corp.,First Lender LLC,2024-03-01,2029-03-01,1000000.00,0.05,ACT/360,0.02,true,"
         "2028-03-01,New York"]  # fmt: skip
#: (note, kind, day, amount, text): draws and payments on A-1 past the checkpoint spacing,
#: an expense and a note on B-2, two identical payments on one day on C-3 (two payments).
ROWS = [
    *[("A-1", "advance" if k % 3 == 0 else "payment", f"2024-{2 + k // 2:02d}-{1 + 14 * (k % 2):02d}",
       "40000.00" if k % 3 == 0 else "1500.00", "") for k in range(18)],
    ("B-2", "advance", "2024-02-01", "90000.00", ""),
    ("B-2", "expense", "2024-03-10", "350.00", ""),
    ("B-2", "notation", "2024-03-11", "", "borrower asked for a statement"),
    ("B-2", "payment", "2024-04-01", "5000.00", ""),
    ("C-3", "advance", "2024-03-01", "250000.00", ""),
    ("C-3", "payment", "2024-05-01", "2000.00", ""),
    ("C-3", "payment", "2024-05-01", "2000.00", ""),
]  # fmt: skip


def _app(url: str, notes: Path) -> Promissory:
    app = Promissory(url, clock=lambda: AT, checkpoint_every=4)
    app.init()
    assert len(app.onboard(notes, recorded_by="ops").applied_notes) == 3
    return app


def test_onboarding_a_file_stores_what_posting_its_rows_one_by_one_stores(
    two_book_urls: tuple[str, str], tmp_path: Path
) -> None:
    notes, events = tmp_path / "notes.csv", tmp_path / "events.csv"
    notes.write_text("\n".join(NOTES) + "\n")
    with open(events, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["note_id", "kind", "effective_date", "amount", "text"])
        out.writerows(ROWS)
    bulk, one = _app(two_book_urls[0], notes), _app(two_book_urls[1], notes)
    report = bulk.onboard(events, recorded_by="ops")
    assert (report.applied_rows, report.rejected) == (len(ROWS), [])
    for note_id, kind, day, amount, text in ROWS:
        fields = {"kind": kind, "effective_date": date.fromisoformat(day)}
        fields |= {"amount": amount} if amount else {"text": text}
        one.post(note_id, fields, recorded_by="ops")
    for note_id in ("A-1", "B-2", "C-3"):
        ours, theirs = bulk.book.stored_events(note_id), one.book.stored_events(note_id)
        assert len(ours) == sum(1 for r in ROWS if r[0] == note_id)
        assert [(s.event, s.prev_hash, s.hash) for s in ours] == [
            (s.event, s.prev_hash, s.hash) for s in theirs
        ]
        assert bulk.book.head(note_id) == one.book.head(note_id)
        day = date(2024, 12, 31)
        assert bulk.payoff(note_id, day) == one.payoff(note_id, day)
    assert bulk.book.stored_checkpoints("A-1")  # the long ledger was checkpointed
    assert bulk.verify() == [] and one.verify() == []
    # the checkpoints (caches) hold the same states for the same days; each is bound to the head
    # it was taken at: the chunk's last event on the bulk path, the event of that post one by one
    for note_id in ("A-1", "B-2", "C-3"):
        ours = [(c.through, c.state) for c in bulk.book.stored_checkpoints(note_id)]
        assert ours == [(c.through, c.state) for c in one.book.stored_checkpoints(note_id)]
