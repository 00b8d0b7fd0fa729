"""Posting throughput (events/s) on SQLite and PostgreSQL.

Three figures per backend:

* ``post``: one writer recording events one at a time through the application API
  (``Promissory.post``: validate by replay from the latest checkpoint, append, hash-chain);
* ``concurrent``: four processes posting to the same note at once (locks, conflicts, retries);
* ``batch``: the book's bulk append (``Book.append``, 1,000 events per transaction), as
  onboarding and import use it.

Run: ``.venv/bin/python bench/posting.py [--events N]``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from contextlib import ExitStack

from _notes import day_of, history, pg_available, pg_schema, terms_text
from promissory.app import Promissory


def _post(url: str, note_id: str, start: int, count: int) -> None:
    app = Promissory(url)
    for event in history(note_id, start + count, start):
        fields = {"kind": event.kind, "effective_date": event.effective_date,
                  "amount": str(event.amount.amount)}  # type: ignore[attr-defined]  # fmt: skip
        app.post(note_id, fields)


def measure(url: str, events: int) -> dict[str, float]:
    app = Promissory(url)
    app.init()
    out: dict[str, float] = {}
    app.add_note(terms_text("SERIAL"))
    t = time.perf_counter()
    _post(url, "SERIAL", 0, events)
    out["post"] = events / (time.perf_counter() - t)

    app.add_note(terms_text("SHARED"))
    ctx = multiprocessing.get_context("fork")
    per = events // 4
    procs = [ctx.Process(target=_post, args=(url, "SHARED", w * per, per)) for w in range(4)]
    t = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    out["concurrent"] = per * 4 / (time.perf_counter() - t)
    assert app.verify("SHARED") == []

    app.add_note(terms_text("BATCH"))
    total = events * 20
    batch = list(history("BATCH", total))
    t = time.perf_counter()
    for k in range(0, total, 1000):
        app.book.append(batch[k : k + 1000], expected_head=k)
    out["batch"] = total / (time.perf_counter() - t)
    assert app.book.head("BATCH")[0] == total
    assert day_of(total - 1) >= day_of(0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    print(f"posting throughput, {args.events} events per run (events/s)")
    print(f"{'backend':<12}{'post':>10}{'concurrent':>12}{'batch':>10}")
    with ExitStack() as stack:
        backends = [("sqlite", f"sqlite:///{stack.enter_context(tempfile.TemporaryDirectory())}"
                     "/bench.db")]  # fmt: skip
        if pg_available():
            backends.append(("postgresql", stack.enter_context(pg_schema())))
        else:
            print("(PostgreSQL unreachable: skipped)")
        for name, url in backends:
            r = measure(url, args.events)
            print(f"{name:<12}{r['post']:>10.0f}{r['concurrent']:>12.0f}{r['batch']:>10.0f}")


if __name__ == "__main__":
    main()
