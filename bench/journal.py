"""Journal time: the seed note's journal over a long history, for each party.

Prints, for histories of N events (an advance, then payments, expenses and advances on successive
days, on the seed note's terms with a large commitment and a maturity after the last event), the
CPU time (``time.process_time``, median of 3 runs) of
``promissory.core.accounting.journal`` through the last event with monthly accruals, and with 10
reversals spread over the history (each reversal cuts the timeline: one more replay).

Run: ``.venv/bin/python bench/journal.py [N ...]`` (default 1000 10000).
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from promissory.codec.terms_toml import load_terms
from promissory.core.accounting import journal
from promissory.core.events import Advance, Event, LenderExpense, Payment, Reversal
from promissory.core.money import Money
from promissory.core.terms import Terms

ROOT = Path(__file__).resolve().parents[1]


def history(n: int) -> tuple[Terms, list[Event]]:
    terms = load_terms(ROOT / "examples" / "valence-2001-note.toml")
    start = terms.issue_date
    end = start + timedelta(days=n + 30)
    terms = replace(terms, commitment=Decimal("100000000000.00"), draw_period_end=end,
                    maturity=end + timedelta(days=1))  # fmt: skip
    events: list[Event] = []
    for i in range(n):
        day = start + timedelta(days=i)
        base = {"note_id": terms.id, "effective_date": day, "seq": i + 1}
        if i % 3 == 0:
            events.append(Advance(amount=Money.of("10000.00", "USD"), **base))
        elif i % 3 == 1:
            events.append(Payment(amount=Money.of("2500.00", "USD"), **base))
        else:
            events.append(LenderExpense(amount=Money.of("10.00", "USD"), **base))
    return terms, events


def timed(terms: Terms, events: list[Event], party: str) -> float:
    through = max(e.effective_date for e in events)
    runs = []
    for _ in range(3):
        t0 = time.process_time()
        journal(terms, events, party, through=through)  # type: ignore[arg-type]
        runs.append(time.process_time() - t0)
    return statistics.median(runs)


def main(sizes: list[int]) -> None:
    for n in sizes:
        terms, events = history(n)
        step = max(1, n // 10)
        reversed_ = events + [
            Reversal(note_id=terms.id, effective_date=events[i].effective_date + timedelta(days=5),
                     seq=n + k + 1, target_seq=events[i].seq)
            for k, i in enumerate(range(2, n, step)) if k < 10
        ]  # fmt: skip
        for party in ("lender", "borrower"):
            plain = timed(terms, events, party)
            with_rev = timed(terms, reversed_, party)
            print(f"{n:>6} events  {party:<8}  journal {plain * 1000:8.1f} ms   "
                  f"with 10 reversals {with_rev * 1000:8.1f} ms (CPU)")  # fmt: skip


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
