"""Remittances: each payment on a note held in parts, distributed among its holders.

A participation agreement (a note held 60/40) says how the money the borrower pays is shared.
The rule here, bucket by bucket of the payment's split on Schedule A:

* **interest** and **default interest** go to the holders in proportion to what each has *earned
  and not yet received*: the interest accrued while it held (cut at every transfer date, as
  :func:`promissory.core.participation.interest_earned` cuts it — the seller keeps the interest
  accrued before the transfer date) less what earlier payments remitted to it.  A payment of all
  the interest due pays each holder exactly what it is owed; a part payment pays each the same
  fraction of what it is owed;
* **principal**, **expenses**, **late charges**, **fees** ([[fees]]) and any **premium** go pro rata to the parts held
  on the payment date (a transfer takes effect at the end of its day, after the day's payments);
* money the terms hold as **unapplied funds** is not remitted until it is applied (then the row
  that applies it is distributed like a payment).

**The cent.**  Every bucket is split with :func:`promissory.core.participation.split`: each
holder's exact amount is rounded *down* to the note's rounding unit and the units left over go one
each to the largest remainders, ties to the holder listed first (the holder of record).  So the
holders' parts of every bucket add up to the bucket exactly, and their totals to the amount
applied.

Worked example (``tests/core/test_remittance.py``): 1,000,000.00 at 8% ACT/360 from 2001-10-05,
40% assigned to Acme at the end of 2001-12-31, all interest paid on 2002-03-31 (39,333.33): Berg
earned 19,555.56 alone (88 days) plus 60% of the next 89 days' 19,777.77 (11,866.66), Acme
7,911.11; the payment remits exactly those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from promissory.core.engine import position, rows_through
from promissory.core.events import Event
from promissory.core.money import EXACT
from promissory.core.participation import Part, change_dates, parts_on, split
from promissory.core.state import Ledger, ScheduleRow, Split
from promissory.errors import InvalidInput

ZERO = Decimal(0)
ONE_DAY = timedelta(days=1)
#: Rows that apply money to the note's buckets (a settlement's consideration too).
DISTRIBUTED = ("payment", "unapplied_applied", "settlement")
BUCKETS = (
    "late_charges",
    "expenses",
    "default_interest",
    "interest",
    "principal",
    "premium",
    "fees",
)
RULE = (
    "interest and default interest in proportion to what each holder earned (split at transfer "
    "dates) and has not yet received; principal, expenses, late charges, fees and premium pro "
    "rata to "
    "the parts held on the payment date; each part rounded down to the unit, the units left over "
    "to the largest remainders, ties to the holder of record"
)


@dataclass(frozen=True, slots=True)
class Remittance:
    """One holder's part of one payment (or of all payments, in a total), bucket by bucket."""

    holder: str
    share: Decimal  # the part held on the payment date (0 for a former holder)
    late_charges: Decimal
    expenses: Decimal
    default_interest: Decimal
    interest: Decimal
    principal: Decimal
    premium: Decimal
    total: Decimal
    fees: Decimal = ZERO  # fees of the terms ([[fees]]), pro rata to the parts held


@dataclass(frozen=True, slots=True)
class PaymentRemittance:
    """A payment (``seq`` on Schedule A; 0 for a row the terms make) and its holders' parts.
    ``applied``: what was applied to the buckets (= the sum of ``parts``' totals); ``held``: what
    the row put into unapplied funds (not remitted) or, negative, took out of them."""

    seq: int
    effective_date: date
    kind: str
    amount: Decimal
    applied: Decimal
    held: Decimal
    parts: tuple[Remittance, ...]


@dataclass(frozen=True, slots=True)
class RemittanceReport:
    """Every payment of a note through ``through``, distributed among its holders, and each
    holder's totals.  ``holder``: the holder the report was asked for ('' for all)."""

    note_id: str
    currency: str
    through: date
    holder_of_record: str
    holder: str
    payments: tuple[PaymentRemittance, ...]
    totals: tuple[Remittance, ...]
    rule: str = RULE


def _paid_through(ledger: Ledger, day: date, bucket: str) -> Decimal:
    """What rows on or before ``day`` paid of ``bucket`` (rows the terms make by then included:
    held funds applied on a due date after the last event)."""
    return sum((getattr(r.split, bucket) for r in rows_through(ledger, day)
                if r.reversed_by is None), ZERO)  # fmt: skip


def _accrued_to(ledger: Ledger, day: date, bucket: str) -> Decimal:
    """The ``bucket`` (interest or default interest) accrued from issue as of ``day``: what rows
    on or before it paid, plus what is unpaid (rounded)."""
    return EXACT.add(_paid_through(ledger, day, bucket), getattr(position(ledger, day), bucket))


def earned_by_holder(ledger: Ledger, events: Sequence[Event], as_of: date,
                     bucket: str) -> dict[str, Decimal]:  # fmt: skip
    """Each holder's ``bucket`` earned from issue as of ``as_of``, cut at the transfer dates (the
    stretch before a transfer on D, through D − 1, is the assignor's) and each stretch split with
    :func:`split`; the holders' figures add up to the note's."""
    terms = ledger.terms
    out: dict[str, Decimal] = {}
    start = terms.issue_date - ONE_DAY
    before = ZERO
    for end in (*change_dates(terms, events, as_of - ONE_DAY), as_of):
        if end <= start:
            continue
        upto = _accrued_to(ledger, end if end == as_of else end + ONE_DAY, bucket)
        parts = parts_on(terms, events, start)
        for p, amount in zip(parts, split(upto - before, parts, terms.rounding.quantum),
                             strict=True):  # fmt: skip
            out[p.holder] = out.get(p.holder, ZERO) + amount
        before, start = upto, end
    return out


def _by_owed(amount: Decimal, owed: dict[str, Decimal], parts: Sequence[Part],
             unit: Decimal) -> dict[str, Decimal]:  # fmt: skip
    """``amount`` split in proportion to what each holder is owed (the holders on the day first,
    the holder of record leading; then former holders); by ``parts`` when nothing is owed."""
    names = [p.holder for p in parts] + sorted(
        h for h in owed if h not in {p.holder for p in parts}
    )
    weights = [Part(h, max(owed.get(h, ZERO), ZERO), parts[0].since) for h in names]
    if not amount:
        return dict.fromkeys(names, ZERO)
    if sum((w.share for w in weights), ZERO) <= 0:
        weights = list(parts)
    return {w.holder: v for w, v in zip(weights, split(amount, weights, unit), strict=True)}


def remittances(ledger: Ledger, events: Sequence[Event], through: date,
                holder: str = "") -> RemittanceReport:  # fmt: skip
    """Every payment of the note through ``through`` distributed among its holders (module
    docstring); with ``holder``, only that holder's parts (it must have held the note)."""
    terms = ledger.terms
    out = [pay for _, pay in distributions(ledger, events, rows_through(ledger, through), through)]
    totals: dict[str, dict[str, Decimal]] = {}
    for pay in out:
        for r in pay.parts:
            t = totals.setdefault(r.holder, dict.fromkeys((*BUCKETS, "total"), ZERO))
            for name in (*BUCKETS, "total"):
                t[name] = EXACT.add(t[name], getattr(r, name))
    now = {p.holder: p.share for p in parts_on(terms, events, through)}
    if holder and holder not in totals and holder not in now:
        raise InvalidInput(f"{holder!r} has held no part of note {terms.id} through {through} "
                           f"(holders: {', '.join(now)})")  # fmt: skip
    total_lines = tuple(Remittance(h, now.get(h, ZERO), **t) for h, t in totals.items())
    if holder:
        out = [PaymentRemittance(p.seq, p.effective_date, p.kind, p.amount, p.applied, p.held,
                                 tuple(r for r in p.parts if r.holder == holder)) for p in out]  # fmt: skip
        total_lines = tuple(r for r in total_lines if r.holder == holder)
    return RemittanceReport(terms.id, terms.currency, through, next(iter(now)), holder,
                            tuple(out), total_lines)  # fmt: skip


def distributions(ledger: Ledger, events: Sequence[Event], rows: Sequence[ScheduleRow],
                  through: date) -> list[tuple[ScheduleRow, PaymentRemittance]]:  # fmt: skip
    """Each live row of ``rows`` (in order, through ``through``) that applies money, with its
    distribution among the holders (module docstring)."""
    unit = ledger.terms.rounding.quantum
    received: dict[str, dict[str, Decimal]] = {"interest": {}, "default_interest": {}}
    return [(row, _distribute(ledger, events, row, received, unit)) for row in rows
            if row.reversed_by is None and row.kind in DISTRIBUTED
            and row.effective_date <= through]  # fmt: skip


def _distribute(ledger: Ledger, events: Sequence[Event], row: ScheduleRow,
                received: dict[str, dict[str, Decimal]], unit: Decimal) -> PaymentRemittance:  # fmt: skip
    day = row.effective_date
    parts = parts_on(ledger.terms, events, day - ONE_DAY)  # transfers on ``day`` come after it
    s: Split = row.split
    cut: dict[str, dict[str, Decimal]] = {}
    for bucket in BUCKETS:
        amount: Decimal = getattr(s, bucket)
        if bucket in received:
            got = received[bucket]
            earned = earned_by_holder(ledger, events, day, bucket) if amount else {}
            owed = {h: EXACT.subtract(v, got.get(h, ZERO)) for h, v in earned.items()}
            share = _by_owed(amount, owed, parts, unit)
            for h, v in share.items():
                got[h] = EXACT.add(got.get(h, ZERO), v)
        else:
            share = dict(zip((p.holder for p in parts), split(amount, parts, unit) if amount
                             else (ZERO,) * len(parts), strict=True))  # fmt: skip
        for h, v in share.items():
            cut.setdefault(h, {})[bucket] = v
    held = {p.holder: p.share for p in parts}
    lines = []
    for h, figures in cut.items():
        zero = EXACT.multiply(ZERO, unit)  # 0.00: every figure to the note's unit
        values = {b: figures.get(b) or zero for b in BUCKETS}
        if h not in held and not any(values.values()):
            continue
        lines.append(Remittance(h, held.get(h, ZERO), **values,
                                total=sum(values.values(), ZERO)))  # fmt: skip
    # a payment's escrow part is the servicer's to hold for the borrower: not remitted
    return PaymentRemittance(row.seq, day, row.kind, row.to_debt or ZERO, s.total, row.unapplied,
                             tuple(lines))  # fmt: skip
