"""Replay throughput and payoff-quote time on long histories.

Prints, for notes of 10,000 and 100,000 events (advances, payments, expenses and notations on
successive days, on the seed note's terms with a commitment large enough for every draw):

* replay throughput (events/s) of ``promissory.core.engine.replay`` (median of 7 runs at 10k,
  3 at 100k), by the process's CPU time
  (``time.process_time``: one core's work, not disturbed by other processes on the machine) and by
  wall-clock time;
* the time of a payoff quote on the replayed ledger (binary search + one accrual), and of a
  cold quote (replay + quote), both as the median of several runs;
* the throughput of a replay whose every Schedule A row and state is then read ("all rows"): a
  plain note's replay (``core/fast_replay.py``) builds a row and its state only when it is read,
  so this is what a caller that reads the whole Schedule A (the book storing a replay, a
  statement) pays;
* which path replayed the note: ``fast`` (the plain note's loop) or ``general`` (the engine).

Run: ``make bench`` or ``.venv/bin/python bench/replay.py [N ...]``.  Targets (issue 2, one core):
≥ 100,000 events/s; a payoff quote on a 10k-event note under 50 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from promissory.codec.terms_toml import load_terms
from promissory.core.engine import replay
from promissory.core.events import Advance, Event, LenderExpense, Notation, Payment
from promissory.core.fast_replay import Rows
from promissory.core.money import Money
from promissory.core.reports import payoff_quote

ROOT = Path(__file__).resolve().parents[1]


def history(n: int) -> tuple[object, list[Event]]:
    terms = load_terms(ROOT / "examples" / "valence-2001-note.toml")
    start = terms.issue_date
    end = start + timedelta(days=n + 10)
    terms = replace(terms, commitment=Decimal("100000000000.00"), draw_period_end=end,
                    maturity=end + timedelta(days=365))  # fmt: skip
    events: list[Event] = []
    for i in range(n):
        day = start + timedelta(days=i)
        base = {"note_id": terms.id, "effective_date": day, "seq": i + 1}
        k = i % 4
        if k == 0:
            events.append(Advance(amount=Money(Decimal("25000.00"), "USD"), **base))
        elif k == 1:
            events.append(Payment(amount=Money(Decimal("7000.00"), "USD"), **base))
        elif k == 2:
            events.append(
                LenderExpense(amount=Money(Decimal("12.50"), "USD"), description="wire fee", **base)
            )
        else:
            events.append(Notation(text="call logged", **base))
    return terms, events


def median_ms(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(sizes: list[int]) -> None:
    print(
        f"{'events':>8} {'replay cpu s':>12} {'events/s cpu':>13} {'events/s wall':>14} "
        f"{'quote ms (warm)':>16} {'quote ms (cold)':>16} {'all rows ev/s':>14} {'path':>8}"
    )
    for n in sizes:
        terms, events = history(n)
        runs = 7 if n <= 10_000 else 3
        cpu, walls = [], []
        for _ in range(runs):  # the median of several replays: one run is ~0.1 s and noisy
            c0, t0 = time.process_time(), time.perf_counter()
            ledger = replay(terms, events)  # type: ignore[arg-type]
            cpu.append(time.process_time() - c0)
            walls.append(time.perf_counter() - t0)
        seconds, wall = statistics.median(cpu), statistics.median(walls)
        assert not ledger.problems, ledger.problems[:3]
        as_of = events[-1].effective_date + timedelta(days=30)
        warm = median_ms(lambda ledger=ledger, as_of=as_of: payoff_quote(ledger, as_of), 21)
        cold = median_ms(
            lambda t=terms, e=events, d=as_of: payoff_quote(replay(t, e), d),  # type: ignore[misc]
            3,
        )
        read_all = []
        for _ in range(runs):
            c0 = time.process_time()
            for row in replay(terms, events).rows:  # type: ignore[arg-type]
                _ = row.state.principal
            read_all.append(time.process_time() - c0)
        every = statistics.median(read_all)
        path = "fast" if isinstance(ledger.rows, Rows) else "general"
        print(
            f"{n:>8} {seconds:>12.3f} {n / seconds:>13,.0f} {n / wall:>14,.0f} "
            f"{warm:>16.3f} {cold:>16.1f} {n / every:>14,.0f} {path:>8}"
        )
    print(f"python {sys.version.split()[0]}; one process, one core; {date.today()}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
