"""The level installment of an annuity, computed exactly, and how an installment was computed.

**The rule.**  A principal ``P`` repaid by ``n`` equal installments at a periodic rate ``r``, each
installment paying the period's interest and the rest going to principal, needs the installment

    A = P · r / (1 − (1 + r)^−n)            (A = P / n when r = 0)

the present value of an annuity-immediate solved for its payment (any text on the theory of
interest, e.g. Kellison, *The Theory of Interest*, §3.2 and ch. 5; the same formula is
numpy-financial's ``pmt`` and a spreadsheet's ``PMT``).  promissory evaluates it in exact rational
arithmetic (``(1 + r)^n`` is a Fraction, never a float) and rounds once, at the end, under the
schedule's :class:`~promissory.core.money.RoundingPolicy`; the residue of that rounding is kept and
shown by :class:`InstallmentExplanation`, and the last installment of the table absorbs it.

**The periodic rate.**  ``r`` is the annual rate over the number of installments a year:
``rate / 12`` for monthly installments, ``rate / 4`` quarterly, and so on, as an exact Fraction.
Under a 30/360 day count that is exactly the interest of a regular period (30 days / 360 × 12 =
1), so the table's interest agrees with the formula to the cent.  Under an ACT day count
(ACT/360, ACT/365F, ACT/ACT) there is no single periodic rate: months differ in length.  promissory
then follows the common US practice for term and commercial mortgage notes: the installment is
computed with the *nominal* periodic rate ``rate / 12`` (as if 30/360), while each period's interest
accrues by the note's day count on the actual days.  On an ACT/360 note the borrower so pays a
little more interest than the installment assumed (365/360 of it over a year) and the last
installment (the balloon, if any) absorbs the difference — which is why the last installment of an
ACT/360 table is larger than the others.  A note that states its own installment settles the
question: its figure wins (:class:`~promissory.core.installments.schedule.ScheduleKind`).

Worked example (issue 10): $500,000.00 at 7.25%, 60 monthly installments, 30/360.
``r = 0.0725 / 12 = 29/4800`` exactly; ``(1 + r)^60 = (4829/4800)^60``;
``A = 500,000 × 29/4800 / (1 − (4800/4829)^60) = 9,959.680676…``, rounded half-up to the cent:
**9,959.68**, a residue of −0.000676… per installment that the 60th absorbs.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from promissory.core.calendar import Frequency
from promissory.core.installments.schedule import PaymentSchedule, ScheduleKind
from promissory.core.money import RoundingMode, RoundingPolicy, exact_arithmetic
from promissory.errors import InvalidInput

__all__ = [
    "ANNUITY",
    "InstallmentExplanation",
    "annuity_in_figures",
    "explain_installment",
    "level_payment",
    "level_payment_exact",
    "periodic_rate",
]

_DISPLAY = RoundingPolicy(Decimal("1e-12"), RoundingMode.HALF_EVEN)


def _periods_vary(day_count: str) -> bool:
    """True for an ACT convention whose regular periods are not all 1/frequency of a year."""
    name = day_count.strip().upper()
    return not (name.startswith("30") or "ICMA" in name)


def _check_rate(rate: Decimal) -> None:
    if not rate.is_finite() or rate < 0:
        raise InvalidInput(f"interest rate {rate}: must be zero or more (0.0725 = 7.25%)")


def periodic_rate(rate: Decimal, frequency: Frequency = Frequency.MONTHLY) -> Fraction:
    """The nominal rate per installment period, exactly: ``rate / installments a year``."""
    _check_rate(rate)
    return Fraction(rate) / frequency.per_year


def level_payment_exact(principal: Decimal, rate_per_period: Fraction, periods: int) -> Fraction:
    """``P · r / (1 − (1 + r)^−n)`` as an exact Fraction (``P / n`` when ``r`` is zero)."""
    if periods < 1:
        raise InvalidInput(f"periods = {periods}: a level payment needs at least one installment")
    if rate_per_period < 0:
        raise InvalidInput(f"periodic rate {rate_per_period}: must be zero or more")
    if principal <= 0:
        raise InvalidInput(f"principal {principal}: must be more than zero")
    p = Fraction(principal)
    if rate_per_period == 0:
        return p / periods
    growth = (1 + rate_per_period) ** periods
    return p * rate_per_period * growth / (growth - 1)


@exact_arithmetic
def level_payment(
    principal: Decimal,
    rate: Decimal,
    periods: int,
    *,
    frequency: Frequency = Frequency.MONTHLY,
    rounding: RoundingPolicy | None = None,
) -> Decimal:
    """The level installment that repays ``principal`` at annual ``rate`` over ``periods``.

    The periodic rate is ``rate / installments a year`` (see the module docstring for the day
    count); the exact annuity payment is rounded once under ``rounding`` (half-up to the cent by
    default).  ``level_payment(Decimal("500000"), Decimal("0.0725"), 60)`` is ``9959.68``.
    """
    exact = level_payment_exact(principal, periodic_rate(rate, frequency), periods)
    return (rounding or RoundingPolicy()).round(exact)


def _money(value: Decimal) -> str:
    return f"{value:,}"


def _fraction(value: Fraction) -> str:
    return (
        str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    )


@dataclass(frozen=True, slots=True)
class InstallmentExplanation:
    """How a schedule's installment was computed, for ``explain``: formula, figures, rounding.

    ``formula`` is the rule in words; ``in_figures`` the same rule with the note's numbers.
    ``periodic_rate`` is ``r`` as an exact fraction (``29/4800`` for 7.25% monthly) and ``periods``
    the ``n`` the installment is computed over.  ``unrounded`` is the exact computed installment
    and ``computed`` that figure rounded under ``rounding``; ``stated`` is the note's own figure,
    if it states one, and ``installment`` the figure the schedule uses (the stated one wins).
    ``remarks`` say, in words, what else a reader needs: which figure won, the day-count
    practice, the interest-only stretch, the balloon.  For a custom table nothing is computed.
    """

    kind: ScheduleKind
    formula: str
    in_figures: str
    principal: Decimal
    annual_rate: Decimal
    periods_per_year: int
    periodic_rate: Fraction
    periods: int | None
    unrounded: Fraction | None
    rounding: RoundingPolicy
    computed: Decimal | None
    stated: Decimal | None
    installment: Decimal | None
    remarks: tuple[str, ...] = ()

    @property
    def residue(self) -> Fraction | None:
        """computed − unrounded: what rounding added to (or took from) each installment."""
        if self.computed is None or self.unrounded is None:
            return None
        return Fraction(self.computed) - self.unrounded

    @property
    def unrounded_display(self) -> Decimal | None:
        """The unrounded installment to 12 decimals (half-even), for display."""
        return None if self.unrounded is None else _DISPLAY.round(self.unrounded)

    def lines(self) -> tuple[str, ...]:
        """The explanation as lines of text, the way ``explain`` prints it."""
        out = [
            f"installment: {self.kind.value}",
            f"rule: {self.formula}",
            f"in figures: {self.in_figures}",
            f"r = {self.annual_rate} / {self.periods_per_year} = {_fraction(self.periodic_rate)}"
            " per period",
        ]
        if self.periods is not None:
            out.append(f"n = {self.periods}")
        if self.unrounded is not None and self.computed is not None:
            shown = self.unrounded_display
            exactly = shown is not None and Fraction(shown) == self.unrounded
            out.append(
                f"unrounded {shown:,}{'' if exactly else '…'}, rounded "
                f"{self.rounding.mode.value} to {self.rounding.quantum}: {_money(self.computed)}"
            )
        if self.stated is not None:
            out.append(f"stated by the note: {_money(self.stated)}")
        out.extend(self.remarks)
        return tuple(out)


def annuity_in_figures(principal: Decimal, rate_per_period: Fraction, periods: int) -> str:
    """The annuity formula with the note's numbers in it."""
    if rate_per_period == 0:
        return f"{_money(principal)} / {periods} (no interest: A = P / n)"
    r = _fraction(rate_per_period)
    return f"{_money(principal)} × {r} / (1 − (1 + {r})^−{periods})"


ANNUITY = "A = P·r / (1 − (1 + r)^−n): the level installment that repays P over n periods at r"


@exact_arithmetic
def explain_installment(
    schedule: PaymentSchedule,
    principal: Decimal,
    rate: Decimal,
    *,
    day_count: str | None = None,
    rounding: RoundingPolicy | None = None,
) -> InstallmentExplanation:
    """How ``schedule``'s installment on ``principal`` at annual ``rate`` is computed.

    ``rounding`` is the note's rounding policy (the schedule's ``installment_rounding`` wins);
    ``day_count`` (the note's convention name) only adds the remark about ACT conventions.
    """
    if principal <= 0:
        raise InvalidInput(f"principal {principal}: must be more than zero")
    policy = schedule.installment_rounding or rounding or RoundingPolicy()
    per_year = schedule.frequency.per_year
    r = periodic_rate(rate, schedule.frequency)
    kind = schedule.kind
    remarks: list[str] = []
    if day_count is not None and r and _periods_vary(day_count):
        remarks.append(
            f"r is the nominal rate per period; interest accrues by {day_count} on the actual "
            "days of each period, so the last installment absorbs the difference"
        )

    def explained(
        formula: str,
        in_figures: str,
        periods: int | None,
        unrounded: Fraction | None,
        computed: Decimal | None,
        installment: Decimal | None,
        stated: Decimal | None = schedule.installment,
    ) -> InstallmentExplanation:
        return InstallmentExplanation(
            kind=kind,
            formula=formula,
            in_figures=in_figures,
            principal=principal,
            annual_rate=rate,
            periods_per_year=per_year,
            periodic_rate=r,
            periods=periods,
            unrounded=unrounded,
            rounding=policy,
            computed=computed,
            stated=stated,
            installment=installment,
            remarks=tuple(remarks),
        )

    if kind is ScheduleKind.CUSTOM:
        return explained(
            "the note's own table of dates and amounts; nothing is computed",
            f"{schedule.payments} installments as listed",
            None,
            None,
            None,
            None,
        )
    if kind is ScheduleKind.STATED_INSTALLMENT:
        assert schedule.installment is not None
        remarks.append("the balance owed after the last installment's principal is due at maturity")
        return explained(
            "the installment the note states, each paying the period's interest first",
            f"{_money(schedule.installment)} per installment",
            schedule.payments,
            None,
            None,
            schedule.installment,
        )
    n = schedule.amortization_term()
    if kind is ScheduleKind.FIXED_PRINCIPAL:
        exact = Fraction(principal) / n
        computed = policy.round(exact)
        chosen = schedule.principal_installment or computed
        if schedule.principal_installment is not None:
            remarks.append(
                f"the note states {_money(schedule.principal_installment)} of principal per "
                f"installment; it wins over the computed {_money(computed)}"
            )
        remarks.append(
            "each installment is that principal plus the interest accrued on the balance"
        )
        return explained(
            "principal per installment = P / n, plus the period's interest on the balance",
            f"{_money(principal)} / {n}",
            n,
            exact,
            computed,
            chosen,
            stated=schedule.principal_installment,
        )
    exact = level_payment_exact(principal, r, n)
    computed = policy.round(exact)
    chosen = schedule.installment or computed
    if kind is ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING:
        remarks.insert(
            0,
            f"the first {schedule.interest_only_count()} installments are interest only "
            "(balance × r)",
        )
    if n > schedule.payments - schedule.interest_only_count():
        remarks.append(
            f"amortized over {n} installments but due after {schedule.payments}: the balance "
            "then owed is due at maturity (a balloon)"
        )
    if schedule.installment is not None:
        remarks.append(
            f"the note states {_money(schedule.installment)}; it wins over the computed "
            f"{_money(computed)}"
        )
    figures = annuity_in_figures(principal, r, n)
    return explained(ANNUITY, figures, n, exact, computed, chosen)
