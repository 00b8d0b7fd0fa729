"""Qualified stated interest (QSI): which of a note's stated interest is ordinary interest, not OID.

Rule (26 CFR 1.1273-1(c)(1)): QSI is stated interest that is *unconditionally payable* in cash or
property (other than debt of the issuer) *at least annually* at a *single fixed rate*.  What is not
QSI is part of the stated redemption price at maturity (SRPM, 1.1273-1(b)) and so produces OID.
Hence, for a note of more than one year:

* interest paid every 6 or 12 months at one fixed rate, unconditionally → QSI;
* interest payable only at maturity, or less often than annually (every 2 years) → not QSI;
* interest that is capitalised (added to principal) rather than paid → not QSI;
* interest whose payment depends on a condition the holder cannot enforce (late-payment or default
  contingencies within the issuer's control aside) → not QSI (1.1273-1(c)(1)(ii));
* step rates (8% for two years, then 10%) → only the *lowest* rate is a single fixed rate paid
  throughout, so interest at that rate is QSI and the excess is part of the SRPM (1.1273-1(c)(1),
  and the step-rate examples of 1.1273-1(f)).

Worked example: 10% payable every 6 months on $100,000 (IRS Publication 1212's coupon bond) →
QSI rate 10%, reason "10% payable every 6 months, unconditionally: qualified stated interest".
A $1,000,000 note at 8% compounded and paid at maturity → no QSI; all interest is OID.

The decision is returned as a :class:`QsiDecision` with its reasons as text, printed on statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from promissory.core.money import ZERO, to_decimal
from promissory.core.oid.errors import OidRuleError
from promissory.core.terms import RateStep  # one model of a rate step: the note's own

__all__ = ["InterestPayable", "InterestTerms", "QsiDecision", "RateStep", "classify_interest"]

RULE = "26 CFR 1.1273-1(c)(1)"


class InterestPayable(Enum):
    """When stated interest is payable; the value is the name used in terms files."""

    PERIODIC = "periodic"
    AT_MATURITY = "at-maturity"


@dataclass(frozen=True, slots=True)
class InterestTerms:
    """The stated interest of a fixed-rate note, as its terms describe it.

    ``steps``           the rate schedule; one step is a single fixed rate for the whole term.
    ``payable``         paid periodically, or only at maturity.
    ``payment_months``  months between interest payments (6 = semiannual; 24 = every two years);
                        also the compounding step when interest is capitalised.
    ``capitalised``     interest is added to principal (compounds) instead of being paid.
    ``unconditional``   payment cannot be skipped or deferred by the issuer.
    """

    steps: tuple[RateStep, ...]
    payable: InterestPayable = InterestPayable.PERIODIC
    payment_months: int = 6
    capitalised: bool = False
    unconditional: bool = True

    def __post_init__(self) -> None:
        if not self.steps:
            raise OidRuleError("interest terms need at least one rate", rule=RULE)
        starts = [s.start for s in self.steps]
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            raise OidRuleError(
                f"rate steps must start on increasing dates, got {starts}", rule=RULE
            )
        for step in self.steps:
            if to_decimal(step.rate, what="interest rate") < ZERO:
                raise OidRuleError(f"interest rate {step.rate} cannot be negative", rule=RULE)
        if self.payment_months <= 0:
            raise OidRuleError(f"payment_months {self.payment_months} must be positive", rule=RULE)

    def rate_on(self, day: date) -> Decimal:
        """The stated rate for interest accruing on ``day`` (the first step covers earlier days)."""
        rate = self.steps[0].rate
        for step in self.steps:
            if step.start <= day:
                rate = step.rate
        return rate


@dataclass(frozen=True, slots=True)
class QsiDecision:
    """Which rate of stated interest is QSI (``qsi_rate``, zero when none) and why, as text."""

    qsi_rate: Decimal
    reasons: tuple[str, ...]

    @property
    def has_qsi(self) -> bool:
        return self.qsi_rate > ZERO


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}%"


def classify_interest(terms: InterestTerms) -> QsiDecision:
    """Decide from the note's terms which stated interest is qualified stated interest."""
    rates = [step.rate for step in terms.steps]
    lowest = min(rates)
    if lowest == ZERO and len(set(rates)) == 1:
        return QsiDecision(ZERO, ("no stated interest: every payment is part of the SRPM",))
    if not terms.unconditional:
        return QsiDecision(
            ZERO,
            (
                "interest is not unconditionally payable, so none of it is qualified stated "
                f"interest; it is part of the SRPM ({RULE}(ii))",
            ),
        )
    if terms.capitalised:
        return QsiDecision(
            ZERO,
            (
                "interest is capitalised (added to principal) rather than paid, so none of it is "
                f"qualified stated interest; it is part of the SRPM ({RULE})",
            ),
        )
    if terms.payable is InterestPayable.AT_MATURITY:
        return QsiDecision(
            ZERO,
            (
                "interest is payable only at maturity, not at least annually, so none of it is "
                f"qualified stated interest; all of it is OID ({RULE})",
            ),
        )
    if terms.payment_months > 12:
        return QsiDecision(
            ZERO,
            (
                f"interest is payable every {terms.payment_months} months, less often than "
                f"annually, so none of it is qualified stated interest ({RULE})",
            ),
        )
    if len(set(rates)) == 1:
        return QsiDecision(
            lowest,
            (
                f"{_percent(lowest)} payable every {terms.payment_months} months, "
                f"unconditionally, at a single fixed rate: qualified stated interest ({RULE})",
            ),
        )
    steps = " → ".join(_percent(r) for r in rates)
    reasons = [
        f"rates step {steps}: only the lowest rate, {_percent(lowest)}, is paid at a single fixed "
        f"rate over the whole term, so interest at {_percent(lowest)} is qualified stated interest "
        f"({RULE})",
        "interest above the lowest rate is not qualified stated interest; it is part of the SRPM",
    ]
    if lowest == ZERO:
        reasons[0] = f"rates step {steps}: the lowest rate is 0%, so there is no QSI ({RULE})"
    return QsiDecision(lowest, tuple(reasons))
