"""Payoff-quote and posting latency against a note's history length (should stay flat).

For each size (100, 1k, 10k, 100k events) a revolving note gets its history by the book's bulk
append (set-up, not measured); the first payoff quote replays everything once and lays down
checkpoints (``cold``); then the figures are medians over repeated calls through the application
API: a payoff quote as of the last day (``payoff``), and recording one more event in date order
(``post``).

Run: ``.venv/bin/python bench/history.py [--sizes 100,1000,10000,100000] [--postgres]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from contextlib import ExitStack

from _notes import day_of, history, pg_available, pg_schema, terms_text
from promissory.app import Promissory

REPEAT = 20


def measure(url: str, size: int) -> tuple[float, float, float]:
    app = Promissory(url)
    app.init()
    note_id = f"H{size}"
    app.add_note(terms_text(note_id))
    for k in range(0, size, 5000):
        app.book.append(list(history(note_id, min(size, k + 5000), k)), expected_head=k)
    last = day_of(size - 1)
    t = time.perf_counter()
    app.payoff(note_id, last)
    cold = time.perf_counter() - t
    quotes = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        app.payoff(note_id, last)
        quotes.append(time.perf_counter() - t)
    posts = []
    for i in range(REPEAT):
        t = time.perf_counter()
        app.post(note_id, {"kind": "advance", "effective_date": last, "amount": "10.00",
                           "memo": f"bench {i}"})  # fmt: skip
        posts.append(time.perf_counter() - t)
    assert app.verify(note_id) == []
    return cold, statistics.median(quotes), statistics.median(posts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,100000")
    parser.add_argument("--postgres", action="store_true", help="Also on PostgreSQL.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with ExitStack() as stack:
        backends = [("sqlite", f"sqlite:///{stack.enter_context(tempfile.TemporaryDirectory())}"
                     "/history.db")]  # fmt: skip
        if args.postgres and pg_available():
            backends.append(("postgresql", stack.enter_context(pg_schema())))
        print(f"{'backend':<12}{'events':>8}{'cold (s)':>10}{'payoff (ms)':>13}{'post (ms)':>11}")
        for name, url in backends:
            for size in sizes:
                cold, quote, post = measure(url, size)
                print(f"{name:<12}{size:>8}{cold:>10.2f}{quote * 1000:>13.1f}{post * 1000:>11.1f}",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
