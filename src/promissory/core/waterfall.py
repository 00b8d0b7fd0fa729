"""Applying a payment: the waterfall as data, dispatched through one table (STYLE.md rule 5).

The seed note: "Any partial prepayment shall be applied first to unpaid accrued interest and the
balance, if any, shall be applied to principal."  A note's terms list its buckets in order
(``[waterfall] order = ["expenses", "default_interest", "interest", "principal"]``); a payment fills
each bucket up to what is due in it, then moves on.  What is due in an interest bucket is the exact
accrued amount rounded under the note's rounding policy — the moment interest is *posted*.

Principal prepaid before a premium date carries the premium of the terms; the principal bucket takes
principal and its premium together, so x of principal costs x × (1 + premium rate).  A note with
installments pays no premium on what is scheduled (issue 10): ``Dues.scheduled`` is the installment
money still to pay by the next due date, and principal a payment pays within it — after what the
payment put in the buckets before principal — is scheduled principal, free of premium; only principal
beyond it is a voluntary prepayment.

Late charges (``[late_charge]``, issue 10) are a bucket of their own.  A terms file may place
``late_charges`` anywhere in its order; left out, it sits just before ``principal``
(:func:`effective_order`): late charges are paid before any principal is prepaid.  Wherever it sits,
a late charge is never taken out of installment money: the bucket fills only from what a payment
leaves over after the installments due (``Dues.scheduled``: those fallen due and unpaid, or else the
next one coming due), so paying an installment in full, early or late, never
leaves it short by a late charge and makes the next one late in turn (no "pyramiding" of late
charges, as the FTC Credit Practices Rule, 16 CFR 444.4, forbids for consumer credit).

Fees (``[[fees]]``, issue 11, :mod:`promissory.core.fees`) are a bucket of their own too.  A terms file
may place ``fees`` anywhere in its order; left out, it sits just after ``expenses`` (first when the
order has no ``expenses``): like Lender Expenses, fees are charges of the lender and are paid before
interest, as credit agreements apply payments "first to fees, costs and expenses, then to interest,
then to principal".  The bucket holds what is payable now (fees billed and unpaid; once the note is
due in full, also the unused-commitment fee accrued and the exit fee).  What is payable only with a
payment of everything owed (the fee accrued since the last billing date, the exit fee before
maturity) is filled last, from what a payment leaves over after every bucket: only a payment of the
whole payoff reaches it, so paying a quote leaves exactly zero and a part payment never pays a fee
before it is due.

Example: owed interest 1,140,370.41 and principal 17,500,000.00; a payment of 2,000,000.00 goes
1,140,370.41 to interest and 859,629.59 to principal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from functools import lru_cache
from typing import Final

from promissory.core.money import EXACT, EXACT_QUANTIZE, RoundingPolicy
from promissory.core.records import fast_init
from promissory.core.state import Split
from promissory.core.terms import Bucket

ZERO = Decimal(0)


@fast_init
@dataclass(frozen=True, slots=True)
class Dues:
    """What is owed on a day, bucket by bucket, rounded as a borrower would pay it."""

    expenses: Decimal
    default_interest: Decimal
    interest: Decimal
    principal: Decimal
    premium_rate: Decimal
    #: installment money due by the next due date and not yet paid (0 for a note without
    #: installments): principal paid within it is scheduled, not prepaid
    scheduled: Decimal = ZERO
    #: late charges the terms charged and not yet paid (0 for a note without ``[late_charge]``)
    late_charges: Decimal = ZERO
    #: fees billed or charged and unpaid (0 for a note without ``[[fees]]``)
    fees: Decimal = ZERO
    #: the unused-commitment fee accrued since its last billing date, rounded
    fee_accrued: Decimal = ZERO
    #: the exit fee still owed when a payment of everything would pay the note (else 0)
    exit_fee: Decimal = ZERO
    #: the note is due in full (maturity, acceleration): ``fee_accrued`` and ``exit_fee`` are
    #: payable as they stand, in the fees bucket; else only with a payment of everything
    fees_due: bool = False

    @property
    def fees_payable(self) -> Decimal:
        """What the fees bucket takes: fees billed, and the rest once the note is due in full."""
        if self.fees_due:
            return EXACT.add(self.fees, EXACT.add(self.fee_accrued, self.exit_fee))
        return self.fees

    @property
    def fees_on_payoff(self) -> Decimal:
        """What only a payment of everything owed pays (last): the fee accrued, the exit fee."""
        if self.fees_due:
            return ZERO
        return EXACT.add(self.fee_accrued, self.exit_fee)

    def held_for_installments(self, paid: Decimal) -> Decimal:
        """Of a payment that has put ``paid`` into the other buckets, what it must still put
        there for the installments due before any of it may pay a late charge."""
        if self.scheduled <= paid:
            return ZERO
        owed = EXACT.add(EXACT.add(EXACT.add(self.expenses, self.default_interest),
                                   EXACT.add(self.interest, self.principal)), self.fees)  # fmt: skip
        return max(ZERO, min(EXACT.subtract(self.scheduled, paid), EXACT.subtract(owed, paid)))

    def free_principal(self) -> Decimal:
        """The principal a payment may pay free of premium: the installment money due less what
        the other buckets owe (the installments pay those first, whatever the waterfall's order).

        One definition for the payment and for the quote, so paying a quote leaves exactly zero.
        """
        if self.scheduled <= 0:
            return ZERO
        others = EXACT.add(EXACT.add(self.expenses, self.default_interest), self.interest)
        if self.fees:  # fees billed are paid before principal too (wherever they sit)
            others = EXACT.add(others, self.fees)
        return max(ZERO, min(self.principal, EXACT.subtract(self.scheduled, others)))

    def premium(self, rounding: RoundingPolicy) -> Decimal:
        """The prepayment premium on all the principal prepaid (beyond the scheduled), rounded."""
        prepaid = EXACT.subtract(self.principal, self.free_principal())
        return rounding.round(EXACT.multiply(prepaid, self.premium_rate))

    def total(self, rounding: RoundingPolicy) -> Decimal:
        """Everything a payment that day must cover to discharge the note."""
        parts = (self.expenses, self.default_interest, self.interest, self.principal,
                 self.late_charges, self.fees, self.fee_accrued, self.exit_fee)  # fmt: skip
        total = self.premium(rounding)
        for part in parts:
            total = EXACT.add(total, part)
        return total


Filled = tuple[tuple[int, Decimal], ...]  # (position in Split, amount) pairs

#: Where each part sits in a Split: expenses, default interest, interest, principal, premium,
#: late charges, fees.
EXPENSES, DEFAULT_INTEREST, INTEREST, PRINCIPAL, PREMIUM, LATE_CHARGES, FEES = range(7)


def _simple(name: str, index: int) -> Callable[[Dues, Decimal, RoundingPolicy], Filled]:
    def fill(dues: Dues, available: Decimal, rounding: RoundingPolicy) -> Filled:
        due: Decimal = getattr(dues, name)
        if due <= 0:  # nothing owed (never a negative fill that would free money elsewhere)
            return ()
        return ((index, due if due < available else available),)

    return fill


def _fees(dues: Dues, available: Decimal, rounding: RoundingPolicy) -> Filled:
    """Fees payable now (billed; once the note is due in full, all of them)."""
    due = dues.fees_payable
    if due <= 0:
        return ()
    return ((FEES, due if due < available else available),)


def _principal(dues: Dues, available: Decimal, rounding: RoundingPolicy) -> Filled:
    """Principal with its premium: all of it if the money reaches, else as much as it buys.

    Scheduled principal (``dues.free_principal()``) is paid first and carries no premium.
    """
    if dues.principal <= 0:
        return ()
    if dues.premium_rate == 0:
        return ((PRINCIPAL, min(dues.principal, available)),)
    free = dues.free_principal()
    prepaid = EXACT.subtract(dues.principal, free)
    full_premium = rounding.round(EXACT.multiply(prepaid, dues.premium_rate))
    if available >= dues.principal + full_premium:
        return ((PRINCIPAL, dues.principal), (PREMIUM, full_premium))
    if available <= free:
        return ((PRINCIPAL, available),)
    rest = EXACT.subtract(available, free)
    factor = EXACT.add(Decimal(1), dues.premium_rate)
    principal = EXACT_QUANTIZE.divide(rest, factor).quantize(
        rounding.quantum, rounding=ROUND_DOWN, context=EXACT_QUANTIZE
    )
    return ((PRINCIPAL, EXACT.add(free, principal)), (PREMIUM, EXACT.subtract(rest, principal)))


#: How each bucket is filled; a test checks every Bucket has an entry.
FILLERS: Final[dict[Bucket, Callable[[Dues, Decimal, RoundingPolicy], Filled]]] = {
    Bucket.EXPENSES: _simple("expenses", EXPENSES),
    Bucket.DEFAULT_INTEREST: _simple("default_interest", DEFAULT_INTEREST),
    Bucket.INTEREST: _simple("interest", INTEREST),
    Bucket.PRINCIPAL: _principal,
    Bucket.LATE_CHARGES: _simple("late_charges", LATE_CHARGES),
    Bucket.FEES: _fees,
}

ZERO_PARTS: Final = (ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


@lru_cache(maxsize=32)
def effective_order(order: tuple[Bucket, ...]) -> tuple[Bucket, ...]:
    """The terms' order with ``late_charges`` just before ``principal`` and ``fees`` just after
    ``expenses`` (first without it) when the terms leave them out (a note without late charges or
    fees pays nothing into them, so its order is unchanged in effect)."""
    if Bucket.LATE_CHARGES not in order:
        if Bucket.PRINCIPAL not in order:
            order = (*order, Bucket.LATE_CHARGES)
        else:
            at = order.index(Bucket.PRINCIPAL)
            order = (*order[:at], Bucket.LATE_CHARGES, *order[at:])
    if Bucket.FEES not in order:
        at = order.index(Bucket.EXPENSES) + 1 if Bucket.EXPENSES in order else 0
        order = (*order[:at], Bucket.FEES, *order[at:])
    return order


def allocate(
    amount: Decimal, dues: Dues, order: tuple[Bucket, ...], rounding: RoundingPolicy
) -> tuple[Split, Decimal]:
    """Split ``amount`` over ``order``; returns the split and what is left over (0 unless over-paid)."""
    parts = list(ZERO_PARTS)
    remaining = amount
    # nothing in the late-charges or fees buckets (every note without them): the terms' order
    charged = dues.late_charges > 0 or dues.fees > 0 or dues.fees_due
    for bucket in effective_order(order) if charged else order:
        if remaining <= 0:
            break
        usable = remaining
        if bucket is Bucket.LATE_CHARGES:
            if dues.late_charges <= 0:
                continue
            # never out of installment money: only what is left after the installments due
            usable = EXACT.subtract(
                remaining, dues.held_for_installments(EXACT.subtract(amount, remaining))
            )
            if usable <= 0:
                continue
        filled = FILLERS[bucket](dues, usable, rounding)
        for index, value in filled:
            parts[index] = value
            remaining = EXACT.subtract(remaining, value)
    if remaining > 0 and not dues.fees_due:  # a payment of everything owed pays them last
        last = dues.fees_on_payoff
        if last > 0:
            value = last if last < remaining else remaining
            parts[FEES] = EXACT.add(parts[FEES], value)
            remaining = EXACT.subtract(remaining, value)
    return Split(*parts), remaining
