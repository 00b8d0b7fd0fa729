"""The discount on a note issued below its face: booked at each advance, accreted from the OID
schedule.

The rule.  An advance under a note with ``[oid]`` terms is its own issue (26 CFR 1.1273-2(a)(1);
:mod:`promissory.core.oid.from_note`) with an issue price below the cash advanced when the borrower
paid points or the lender received a warrant with it (the price is allocated by relative fair
market value, 1.1273-2(h)).  The difference is a **discount**: the lender holds the note at the
issue price (face less the discount, in a contra account) and what the rest bought (the warrant,
or the points); the borrower carries the debt net of the same discount.  The discount accretes by
the constant-yield method of the OID schedule: the note's carrying amount on a day is the schedule's
adjusted issue price (AIP), so

    discount accreted through D = AIP(D) − issue price − stated interest accrued through D

where the stated interest is the interest the advance alone earns by the note's own engine (zero
when the stated interest is qualified stated interest, which the AIP leaves out).  Interest income
(expense) of a period is then the stated interest plus the accretion: the OID schedule's constant
yield.  The accreted figure is rounded by the note's rounding policy and kept within
[0, discount]; once the note is paid or terminated the whole discount has accreted.

Worked example (``examples/valence-2001-note-with-warrant.toml``, illustrative values): an advance
of 5,000,000.00 is 86 % note — issue price 4,300,000.00, discount 700,000.00 booked against the
warrant — and the discount accretes until the AIP reaches the stated redemption price at maturity
(face plus all stated interest), when the accreted discount is exactly 700,000.00.

Not handled (the journal posts no discount for them): an advance whose OID the rules refuse
(floating rate), a de minimis discount (treated as zero, 1.1273-1(d)), and stated interest that is
partly QSI (step rates paid periodically).  Prepayments do not re-price the schedule (the schedule
is the one the terms provide, as ``promissory oid`` says).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.engine import position, replay
from promissory.core.events import Advance
from promissory.core.money import EXACT, Money
from promissory.core.oid import note_issues
from promissory.core.oid.accrual import OidSchedule
from promissory.core.oid.errors import OidRuleError
from promissory.core.state import Ledger
from promissory.core.terms import Terms

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class AdvanceDiscount:
    """One advance's discount: ``discount`` = cash advanced − ``issue_price``; its OID
    ``schedule``; ``stated``, the advance alone replayed (None when its interest is QSI)."""

    seq: int
    day: date
    terms: Terms
    issue_price: Decimal
    discount: Decimal
    schedule: OidSchedule
    stated: Ledger | None

    def accreted(self, day: date) -> Decimal:
        """The discount accreted through ``day`` (the days before it), rounded, in [0, discount];
        all of it from the maturity the schedule runs to (whose payment retires the AIP)."""
        if day >= self.schedule.instrument.maturity:
            return self.discount
        aip = self.schedule.adjusted_issue_price_on(day)
        stated = Fraction(0)
        if self.stated is not None and day > self.day:
            stated = position(self.stated, day).interest_exact.to_fraction()
        value = self.terms.rounding.round(aip - Fraction(self.issue_price) - stated)
        return min(self.discount, max(ZERO, value))


def discounts(ledger: Ledger) -> dict[int, AdvanceDiscount]:
    """Each live advance's discount, by its seq (empty without ``[oid]`` terms)."""
    if ledger.terms.oid is None:
        return {}
    out: dict[int, AdvanceDiscount] = {}
    for issue in note_issues(ledger).issues:
        instrument = issue.instrument
        if instrument is None:
            continue
        price = instrument.issue_price.amount
        discount = EXACT.subtract(issue.amount, price)
        qsi = any(p.qsi for p in instrument.payments)
        partly = qsi and any(not p.qsi and p.date != instrument.maturity
                             for p in instrument.payments)  # fmt: skip
        if discount <= 0 or partly:
            continue
        try:
            schedule = issue.schedule()
        except OidRuleError:
            continue
        if schedule.de_minimis.is_de_minimis:
            continue
        stated = None
        if not qsi:
            money = Money(issue.amount, ledger.currency)
            stated = replay(issue.terms, [Advance(note_id=issue.terms.id, seq=1,
                                                  effective_date=issue.advance_date, amount=money)])  # fmt: skip
        out[issue.seq] = AdvanceDiscount(issue.seq, issue.advance_date, issue.terms, price,
                                         discount, schedule, stated)  # fmt: skip
    return out
