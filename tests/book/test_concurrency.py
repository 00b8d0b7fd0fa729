"""Several processes post to one note at once; nothing is lost, duplicated or interleaved."""

from __future__ import annotations

import multiprocessing
from datetime import date, timedelta
from decimal import Decimal

from storage_helpers import NOTE, SEED_TERMS

from promissory.app import Promissory
from promissory.core.engine import position, replay

WORKERS = 4
POSTS = 20
REVOLVER = SEED_TERMS.read_text().replace("revolving = false", "revolving = true")


def _worker(url: str, worker: int) -> None:
    app = Promissory(url)
    day = date(2001, 10, 5)
    for i in range(POSTS):
        kind = "advance" if i % 4 != 3 else "payment"
        app.post(NOTE, {"kind": kind, "effective_date": day + timedelta(days=i),
                        "amount": f"{worker + 1}00.00" if kind == "advance" else "10.00",
                        "memo": f"w{worker}-{i}"})  # fmt: skip
    # every worker tries the same idempotent write: it must land once
    app.post(NOTE, {"kind": "notation", "effective_date": day, "text": "shared"},
             idempotency_key="shared")  # fmt: skip


def test_concurrent_writers_lose_and_duplicate_nothing(book_url: str) -> None:
    app = Promissory(book_url)
    app.init()
    app.add_note(REVOLVER)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_worker, args=(book_url, w)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    events = app.book.events(NOTE)
    assert [e.seq for e in events] == list(range(1, WORKERS * POSTS + 2))
    memos = sorted(e.memo for e in events if e.memo)
    assert memos == sorted(f"w{w}-{i}" for w in range(WORKERS) for i in range(POSTS))
    assert sum(1 for e in events if e.kind == "notation") == 1
    assert app.verify() == []
    serial = replay(app.note(NOTE).terms, events)
    assert serial.problems == ()
    for day in (date(2001, 10, 10), date(2001, 11, 30), date(2003, 1, 1)):
        assert app.balance(NOTE, day) == position(serial, day)
    assert app.balance(NOTE, date(2003, 1, 1)).principal > Decimal(0)
