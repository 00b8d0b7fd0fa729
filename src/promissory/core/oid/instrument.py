"""The debt instrument as the OID rules see it: an issue, a price, and a schedule of payments.

A :class:`DebtInstrument` is *terms*, not computation (STYLE.md: what a contract is, apart from
how it is computed).  It holds the issue date and issue price, the maturity date, and every
scheduled payment with whether it is qualified stated interest (QSI) and why.  From it follow:

* the **stated redemption price at maturity** (SRPM) = the sum of all payments that are not QSI
  (26 CFR 1.1273-1(b));
* the **OID** = SRPM − issue price (1.1273-1(a)).

Publication 1212's coupon bond: issued 2001-05-01 at $86,235.17, 30 semiannual coupons of $5,000
(QSI: 10% payable every 6 months) and $100,000 at 2016-05-01 → SRPM $100,000, OID $13,764.83.

Refused here, with the rule named: an issue price above the SRPM (a premium bond has no OID,
1.1273-1(a); bond premium under §171 is not handled), and a term of a year or less (short-term
obligations, §1283, are not handled).  Each advance of a multi-draw note is its own instrument.

:func:`fixed_rate_instrument` builds the payment schedule from simple terms (principal, rate steps,
payment interval, capitalisation): coupon dates are counted back from maturity in whole months; a
short first period pays interest pro rata by actual days over the full period's days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.calendar import add_months
from promissory.core.money import EXACT, ZERO, RoundingPolicy, currency_quantum, to_decimal
from promissory.core.oid.errors import OidRuleError
from promissory.core.oid.issue_price import IssuePrice
from promissory.core.oid.qsi import InterestPayable, InterestTerms, classify_interest


@dataclass(frozen=True, slots=True)
class ScheduledPayment:
    """One payment the instrument promises.

    ``date``    when it is payable.
    ``amount``  how much (currency units; positive).
    ``qsi``     True when the payment is qualified stated interest; else it is part of the SRPM.
    ``reason``  why it is, or is not, QSI (or what it is: "principal", "interest above the lowest
                rate").
    """

    date: date
    amount: Decimal
    qsi: bool
    reason: str


@dataclass(frozen=True, slots=True)
class DebtInstrument:
    """One issue of a debt instrument (one advance of a multi-draw note), as terms.

    ``name``         a label for statements ("Pub 1212 coupon bond", "Advance 2002-01-04").
    ``issue_date``   the date of issue (the advance date).
    ``issue_price``  the issue price and how it was determined.
    ``maturity``     the stated maturity date; the last payment falls on it.
    ``payments``     every scheduled payment, in date order.
    ``currency``     ISO 4217 code of every amount.
    ``qsi_reasons``  the reasons given when the interest was classified (shown on statements).
    """

    name: str
    issue_date: date
    issue_price: IssuePrice
    maturity: date
    payments: tuple[ScheduledPayment, ...]
    currency: str = "USD"
    qsi_reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        currency_quantum(self.currency)
        if not self.payments:
            raise OidRuleError(
                "a debt instrument needs at least one payment", rule="26 CFR 1.1273-1"
            )
        dates = [p.date for p in self.payments]
        if dates != sorted(dates):
            raise OidRuleError(
                f"payments must be in date order, got {dates}", rule="26 CFR 1.1272-1"
            )
        if dates[0] <= self.issue_date:
            raise OidRuleError(
                f"payment on {dates[0]} is not after the issue date {self.issue_date}",
                rule="26 CFR 1.1272-1",
            )
        if dates[-1] != self.maturity:
            raise OidRuleError(
                f"the last payment ({dates[-1]}) must fall on the maturity date {self.maturity}",
                rule="26 CFR 1.1273-1(b)",
            )
        for payment in self.payments:
            if payment.amount <= ZERO:
                raise OidRuleError(
                    f"payment of {payment.amount} on {payment.date} must be positive",
                    rule="26 CFR 1.1273-1",
                )
        term = (self.maturity - self.issue_date).days
        if add_months(self.issue_date, 12) >= self.maturity:
            raise OidRuleError(
                f"term {term} days is under a year: short-term obligation rules (1.1283) not "
                "supported",
                rule="26 CFR 1.1272-1(f); IRC 1283",
            )
        if self.issue_price.amount > self.srpm:
            raise OidRuleError(
                f"issue price {self.issue_price.amount} exceeds SRPM {self.srpm}: a premium bond "
                "has no OID (26 CFR 1.1273-1(a)); bond premium (IRC 171) is not handled",
                rule="26 CFR 1.1273-1(a)",
            )

    @property
    def srpm(self) -> Decimal:
        """Stated redemption price at maturity: every payment that is not QSI (1.1273-1(b))."""
        total = ZERO
        for payment in self.payments:
            if not payment.qsi:
                total = EXACT.add(total, payment.amount)
        return total

    @property
    def qsi_total(self) -> Decimal:
        total = ZERO
        for payment in self.payments:
            if payment.qsi:
                total = EXACT.add(total, payment.amount)
        return total

    @property
    def oid(self) -> Decimal:
        """SRPM − issue price (before the de minimis test of 1.1273-1(d))."""
        return EXACT.subtract(self.srpm, self.issue_price.amount)


def _coupon_dates(issue_date: date, maturity: date, months: int) -> list[date]:
    """Payment dates counted back from maturity every ``months`` months, all after issue."""
    dates: list[date] = []
    k = 0
    while True:
        day = add_months(maturity, -months * k)
        if day <= issue_date:
            break
        dates.append(day)
        k += 1
    dates.reverse()
    return dates


def fixed_rate_instrument(
    *,
    name: str,
    issue_date: date,
    maturity: date,
    principal: object,
    issue_price: IssuePrice,
    interest: InterestTerms | None,
    currency: str = "USD",
    rounding: RoundingPolicy | None = None,
) -> DebtInstrument:
    """A note paying ``principal`` at maturity with stated interest under ``interest``.

    Interest for each period is principal × rate × months / 12 (a short first period: × actual
    days / days of the full period), rounded to the cent by ``rounding``.  When interest is
    capitalised it compounds each period on the growing balance and the whole balance is paid at
    maturity.  With step rates, a periodic payment is split into its QSI part (the lowest rate)
    and the excess.
    """
    policy = rounding or RoundingPolicy(currency_quantum(currency))
    face = to_decimal(principal, what="principal")
    if face <= ZERO:
        raise OidRuleError(f"principal {face} must be positive", rule="26 CFR 1.1273-1(b)")
    if interest is None:
        payments = (ScheduledPayment(maturity, face, False, "principal (no stated interest)"),)
        return DebtInstrument(
            name, issue_date, issue_price, maturity, payments, currency, ("no stated interest",)
        )
    decision = classify_interest(interest)
    months = interest.payment_months
    dates = _coupon_dates(issue_date, maturity, months)
    payments_list: list[ScheduledPayment] = []
    balance = Fraction(face)
    deferred = Fraction(0)  # interest payable at maturity, not capitalised
    start = issue_date
    for end in dates:
        full_start = add_months(end, -months)
        share = Fraction(months, 12)
        if full_start != start:  # short first period, by actual days
            share *= Fraction((end - start).days, (end - full_start).days)
        rate = Fraction(interest.rate_on(start))
        amount = balance * rate * share
        if interest.capitalised:
            balance += amount
        elif interest.payable is InterestPayable.AT_MATURITY or not decision.has_qsi:
            if interest.payable is InterestPayable.AT_MATURITY:
                deferred += amount
            else:
                payments_list.append(
                    ScheduledPayment(end, policy.round(amount), False, decision.reasons[0])
                )
        else:
            qsi_amount = policy.round(Fraction(face) * Fraction(decision.qsi_rate) * share)
            payments_list.append(ScheduledPayment(end, qsi_amount, True, decision.reasons[0]))
            excess = policy.round(amount) - qsi_amount
            if excess > ZERO:
                payments_list.append(
                    ScheduledPayment(end, excess, False, "interest above the lowest (QSI) rate")
                )
        start = end
    final = policy.round(balance + deferred)
    what = "principal"
    if interest.capitalised:
        what = "principal and capitalised interest"
    elif deferred:
        what = "principal and interest payable at maturity"
    payments_list.append(ScheduledPayment(maturity, final, False, what))
    # a 0% period (or a stub too short to earn a cent) pays nothing: no payment is scheduled
    payments_list = [p for p in payments_list if p.amount > ZERO]
    payments_list.sort(key=lambda p: (p.date, not p.qsi))
    return DebtInstrument(
        name,
        issue_date,
        issue_price,
        maturity,
        tuple(payments_list),
        currency,
        decision.reasons,
    )
