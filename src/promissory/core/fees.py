"""Fees the terms charge (``[[fees]]``, issue 11): an unused-commitment fee, an origination fee
and an exit fee, each with the rule a credit agreement states for it.

Nothing here is recorded by anyone: every figure is derived from the terms and the ledger on every
replay (:class:`~promissory.core.run.Run` calls these functions), so a back-dated advance or a
reversal changes the fees as it changes the interest.  Fees go to a bucket of their own, ``fees``
(:mod:`promissory.core.waterfall`).

**Unused-commitment fee** ("a commitment fee of 0.50% per annum on the daily unused amount of the
Commitment, payable quarterly in arrears and on the date the Commitment terminates").  The unused
amount on a day is what could still be drawn on it: the commitment less the principal outstanding
on a revolving note, less the amount advanced on a non-revolving one; nothing after the draw period,
at or after maturity, once the note is accelerated, paid or terminated.  The fee accrues exactly,
day by day like interest (unused amount × percent × year fraction under the fee's day count, the
note's when it states none), from the issue date.  On each billing date — every ``billed`` period
from the issue date, the first day after the draw period (the commitment has terminated) and
maturity — the fee accrued since the last billing date is billed: rounded under the note's policy,
it goes to the ``fees`` bucket as a Schedule A row of kind ``fee`` (no id: the terms made it), with
the residue of rounding closed on that row.  A fee that rounds to nothing waits for the next date.

Accrued and not yet billed, the fee is *not* taken by an ordinary payment (it is not yet payable),
but it is in a payoff quote and a payment of everything owed pays it (credit agreements make the
commitment fee payable on the day the loans are repaid in full and the commitment terminates): it
is the last thing such a payment pays, so paying the quote leaves exactly zero.  Once the note is
due in full (maturity, acceleration, a demand's due date) it is payable as it stands.

**Origination fee** ("an origination fee of 1.00% of the Commitment, earned and payable on the
date of the first Advance", or a fixed ``amount``).  Charged on the first advance's own row:
``withheld = true`` deducts it from that advance's proceeds (the borrower receives the advance
less the fee; the row's split shows the fee paid), else it is charged to the ``fees`` bucket and
paid as any fee is.  For OID it is a payment from the borrower to the lender, so it lowers the
issue price of the advance it is charged on (26 CFR 1.1273-2(g)(2)), as ``[oid] points`` do.

**Exit fee** ("an exit fee equal to 1.00% of the aggregate principal amount advanced, payable when
the Note is paid in full, at maturity or on acceleration").  Percent × the principal advanced so
far, rounded.  Before maturity or acceleration it is payable only with a payment that pays the note
(so it is in the payoff quote, and paid last); from maturity or acceleration on it is payable as it
stands.  A revolving note whose balance is repaid within its draw period is not paid (it may be
drawn again), so its quote carries no exit fee.

Worked example (``examples/revolver-fees-2025.toml``): commitment 10,000,000.00, revolving, fee
0.50% ACT/360 billed quarterly from 2025-01-01.  Advance 4,000,000.00 on 2025-01-01, repaid
1,000,000.00 on 2025-02-15 (45 days): the first quarter's fee (90 days to 2025-04-01) is
0.005 × (6,000,000 × 45 + 7,000,000 × 45) / 360 = 8,125.00, billed on 2025-04-01.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from promissory.core.calendar import regular_schedule
from promissory.core.money import EXACT, RoundingPolicy
from promissory.core.terms import FeeKind, FeeTerms, Terms

__all__ = ["billing_days", "describe_fee", "exit_fee", "fee_cuts", "origination_fee"]

ZERO = Decimal(0)


@cache
def billing_days(terms: Terms) -> tuple[int, ...]:
    """The ordinals of the unused-commitment fee's billing dates: each ``billed`` period from the
    issue date up to maturity, the first day after the draw period, and maturity (empty when the
    note has no unused-commitment fee)."""
    fee = terms.fee(FeeKind.UNUSED_COMMITMENT)
    if fee is None:
        return ()
    bounds = regular_schedule(terms.issue_date, terms.maturity, fee.billed.months,
                              stub="short-last")  # fmt: skip
    days = {d for d in bounds if d > terms.issue_date}
    if terms.draw_period_end is not None and terms.draw_period_end < terms.maturity:
        days.add(terms.draw_period_end + timedelta(days=1))
    return tuple(sorted(d.toordinal() for d in days))


@cache
def fee_cuts(terms: Terms) -> tuple[date, ...]:
    """The days accrual must be cut at for the unused-commitment fee: its billing dates (the
    unused amount ends with the draw period and at maturity, both billing dates)."""
    return tuple(date.fromordinal(d) for d in billing_days(terms))


def origination_fee(fee: FeeTerms, commitment: Decimal, rounding: RoundingPolicy) -> Decimal:
    """The origination fee: ``amount``, or ``percent`` of the commitment rounded."""
    if fee.amount is not None:
        return fee.amount
    assert fee.percent is not None
    return rounding.round(EXACT.multiply(commitment, fee.percent))


def exit_fee(fee: FeeTerms, advanced: Decimal, rounding: RoundingPolicy) -> Decimal:
    """The exit fee on ``advanced`` of principal advanced: ``percent`` of it, rounded."""
    assert fee.percent is not None
    return rounding.round(EXACT.multiply(advanced, fee.percent))


def describe_fee(fee: FeeTerms, note_day_count: str) -> str:
    """The fee in the note's words (for explain and the documents)."""
    if fee.kind is FeeKind.UNUSED_COMMITMENT:
        return (f"unused-commitment fee of {fee.percent} a year on the unused commitment "
                f"({fee.day_count or note_day_count}), billed {fee.billed.value} in arrears")  # fmt: skip
    if fee.kind is FeeKind.ORIGINATION:
        how = f"{fee.amount}" if fee.amount is not None else f"{fee.percent} of the commitment"
        at = "withheld from" if fee.withheld else "charged on"
        return f"origination fee of {how}, {at} the first advance"
    return (f"exit fee of {fee.percent} of the principal advanced, payable when the note is paid "
            "in full, at maturity or on acceleration")  # fmt: skip
