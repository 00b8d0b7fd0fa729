"""What the holders' journals are compared by: role → day → amount over a set of entries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from promissory.core.accounting.entries import JournalEntry


def totals(entries: Iterable[JournalEntry]) -> dict[tuple[str, str], dict[date, Decimal]]:
    """Role → day → amount, over ``entries`` (accounts with nothing on a day are left out)."""
    out: dict[tuple[str, str], dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for e in entries:
        for p in e.postings:
            out[p.role, p.about][e.day] += p.amount
    kept = {k: {d: v for d, v in days.items() if v} for k, days in out.items()}
    return {k: days for k, days in kept.items() if days}
