"""The amortization table: each installment's date, payment, interest, principal and balance.

**The rule.**  Installment by installment, from the first:

1. the period's interest is the balance owed at the start of the period × the annual rate × the
   period's year fraction under the note's day count (exact, :mod:`promissory.core.daycount`),
   rounded once under the note's :class:`~promissory.core.money.RoundingPolicy`;
2. the installment pays that interest first and the rest goes to principal — for a level or
   stated installment, principal = installment − interest; for fixed principal, the stated or
   computed principal (interest is added to it); for an interest-only installment, none; for a
   custom table, the listed payment less interest, or the listed principal;
3. the **last installment absorbs the difference**: it pays whatever principal remains, plus its
   interest, so the scheduled principal sums *exactly* to the principal and the balance ends at
   exactly zero.  When the amortization term is longer than the schedule (interest-only then
   amortizing, or "amortized over 25 years, due in 10"), that last installment is the balloon.  An
   installment that would pay more than the balance plus interest is cut to it and the table ends.

Periods run between the unadjusted installment dates (the first from ``start``, the date interest
begins: the issue date, or the date a draw period converts to a term loan); only the due date moves
to a business day, unless the schedule says interest runs to the adjusted date.  This is the table
of the *terms*: what is due if every installment is paid in full on its due date.  The ledger
accrues interest exactly and rounds at posting, so a note paid on schedule reproduces the table.

Worked example (issue 10): $500,000.00 at 7.25%, 60 monthly installments of 9,959.68, 30/360.
Row 1: interest 500,000.00 × 0.0725 × 30/360 = 3,020.833… → 3,020.83; principal 9,959.68 −
3,020.83 = 6,938.85; balance 493,061.15.  …  Row 60 pays the balance left after row 59 plus its
interest, so the sixty principal amounts add up to 500,000.00 exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.calendar import get_calendar
from promissory.core.daycount import DayCount, get_day_count
from promissory.core.installments.level import (
    InstallmentExplanation,
    annuity_in_figures,
    explain_installment,
    level_payment_exact,
    periodic_rate,
)
from promissory.core.installments.schedule import (
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
)
from promissory.core.money import EXACT, ZERO, Exact, RoundingPolicy, exact_arithmetic
from promissory.errors import InvalidInput

__all__ = ["AmortizationRow", "AmortizationTable", "amortization_table", "reamortize"]


@dataclass(frozen=True, slots=True)
class AmortizationRow:
    """One installment of the table.

    ``number`` counts from 1; ``scheduled_date`` is the installment's date in the note and
    ``due_date`` that date moved to a business day.  Interest runs from ``accrual_start`` to
    ``accrual_end``.  ``payment`` = ``interest`` + ``principal``; ``balance`` is the principal
    owed after this installment is paid.
    """

    number: int
    scheduled_date: date
    due_date: date
    accrual_start: date
    accrual_end: date
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


@dataclass(frozen=True, slots=True)
class AmortizationTable:
    """The installments of a schedule on ``principal`` at annual ``rate`` under ``day_count``.

    ``opening_balance`` is the principal the table repays (the principal, or the balance a
    re-amortization starts from); ``installment`` is the regular installment (for fixed principal,
    the principal per installment; None for a custom table); ``explanation`` says how it was
    computed.  ``rows`` repay ``opening_balance`` exactly.
    """

    schedule: PaymentSchedule
    opening_balance: Decimal
    rate: Decimal
    day_count: str
    installment: Decimal | None
    explanation: InstallmentExplanation
    rows: tuple[AmortizationRow, ...]

    @property
    def total_interest(self) -> Decimal:
        return sum((row.interest for row in self.rows), ZERO)

    @property
    def total_principal(self) -> Decimal:
        return sum((row.principal for row in self.rows), ZERO)

    @property
    def total_payments(self) -> Decimal:
        return sum((row.payment for row in self.rows), ZERO)

    @property
    def final_payment(self) -> Decimal:
        return self.rows[-1].payment

    @property
    def balloon(self) -> Decimal | None:
        """The final payment when it is a balloon, else None.

        A balloon is a payment more than two times a regular periodic payment (Regulation Z's
        definition for the Loan Estimate, 12 CFR 1026.37(b)(5)).  The regular payment is the
        level or stated installment, or else the first row's payment; a one-row table has none.
        """
        if len(self.rows) < 2:
            return None
        level = self.schedule.kind not in (ScheduleKind.FIXED_PRINCIPAL, ScheduleKind.CUSTOM)
        regular = self.installment if level and self.installment else self.rows[0].payment
        if self.final_payment <= 2 * regular:
            return None
        return self.final_payment


@dataclass(frozen=True, slots=True)
class _Period:
    number: int
    scheduled: date
    due: date
    accrual_start: date
    accrual_end: date
    reference_start: date
    reference_end: date
    line_amount: Decimal | None  # the custom table's amount


def _periods(schedule: PaymentSchedule, start: date) -> tuple[_Period, ...]:
    scheduled = schedule.scheduled_dates()
    if scheduled[0] <= start:
        raise InvalidInput(
            f"first payment {scheduled[0]} is not after {start}, the date interest begins: an "
            "installment cannot fall due before (or on) the day the loan is made"
        )
    calendar = get_calendar(schedule.calendar)
    convention = schedule.business_day_convention
    due = tuple(calendar.adjust(d, convention) for d in scheduled)
    ends = due if schedule.accrue_to_adjusted_dates else scheduled
    if schedule.kind is ScheduleKind.CUSTOM:
        first_reference = start
    else:
        first_reference = schedule.previous_regular_date()
    periods = []
    for k in range(schedule.payments):
        periods.append(
            _Period(
                number=k + 1,
                scheduled=scheduled[k],
                due=due[k],
                accrual_start=start if k == 0 else ends[k - 1],
                accrual_end=ends[k],
                reference_start=first_reference if k == 0 else scheduled[k - 1],
                reference_end=scheduled[k],
                line_amount=schedule.table[k].amount if schedule.table else None,
            )
        )
    return tuple(periods)


def _convention(day_count: str | DayCount) -> DayCount:
    return get_day_count(day_count) if isinstance(day_count, str) else day_count


def _rows(
    schedule: PaymentSchedule,
    periods: tuple[_Period, ...],
    opening: Decimal,
    rate: Decimal,
    convention: DayCount,
    rounding: RoundingPolicy,
    installment: Decimal | None,
) -> Iterator[AmortizationRow]:
    """The rows from ``periods[0]`` on, starting from ``opening`` owed (see the module rule)."""
    kind = schedule.kind
    interest_only = schedule.interest_only_count()
    last_number = schedule.payments
    termination = periods[-1].scheduled
    per_year = schedule.frequency.per_year
    balance = opening
    for period in periods:
        year_fraction = convention.year_fraction(
            period.accrual_start,
            period.accrual_end,
            reference_start=period.reference_start,
            reference_end=period.reference_end,
            frequency=per_year,
            termination_date=termination,
        )
        interest = rounding.round(Exact.interest(balance, rate, year_fraction))
        if period.number <= interest_only:
            principal = ZERO
        elif kind is ScheduleKind.FIXED_PRINCIPAL or (
            kind is ScheduleKind.CUSTOM and schedule.table_amounts is TableAmount.PRINCIPAL
        ):
            step = period.line_amount if kind is ScheduleKind.CUSTOM else installment
            assert step is not None
            principal = min(step, balance)
        else:
            amount = period.line_amount if kind is ScheduleKind.CUSTOM else installment
            assert amount is not None
            principal = EXACT.subtract(amount, interest)
        if period.number == last_number or principal >= balance:
            principal = balance  # the last installment absorbs the difference
        if principal < 0 and not schedule.allow_negative_amortization:
            raise InvalidInput(
                f"installment {period.number} due {period.due}: its payment does not cover the "
                f"period's interest {interest:,} on {balance:,}, so the balance would grow "
                "(negative amortization); the schedule must allow_negative_amortization"
            )
        balance = EXACT.subtract(balance, principal)
        yield AmortizationRow(
            number=period.number,
            scheduled_date=period.scheduled,
            due_date=period.due,
            accrual_start=period.accrual_start,
            accrual_end=period.accrual_end,
            payment=EXACT.add(interest, principal),
            interest=interest,
            principal=principal,
            balance=balance,
        )
        if balance == 0:
            return


def _check_amortizes(
    schedule: PaymentSchedule, balance: Decimal, rate: Decimal, installment: Decimal
) -> None:
    """Refuse a stated installment that does not even pay one regular period's interest.

    A computed installment is not refused here: rounding it may leave it a fraction of a cent
    short of the exact interest, which the table then shows honestly (the rows refuse a payment
    that falls short of a period's *rounded* interest).
    """
    if schedule.allow_negative_amortization:
        return
    interest = Fraction(balance) * periodic_rate(rate, schedule.frequency)
    if Fraction(installment) <= interest:
        raise InvalidInput(
            f"installment {installment:,} does not exceed one period's interest on {balance:,} "
            f"at {rate} ({RoundingPolicy().round(interest):,}), so it would never amortize the "
            "loan (negative amortization); the schedule must allow_negative_amortization"
        )


def _check_inputs(principal: Decimal, rate: Decimal) -> None:
    if principal <= 0:
        raise InvalidInput(f"principal {principal}: an amortization table needs more than zero")
    if rate < 0:
        raise InvalidInput(f"interest rate {rate}: must be zero or more (0.0725 = 7.25%)")


@exact_arithmetic
def amortization_table(
    schedule: PaymentSchedule,
    principal: Decimal,
    rate: Decimal,
    day_count: str | DayCount,
    *,
    start: date,
    rounding: RoundingPolicy | None = None,
) -> AmortizationTable:
    """The installments that repay ``principal``, owed from ``start``, at annual ``rate``.

    ``day_count`` is the note's convention (a name or a convention object); ``rounding`` the
    note's policy for each row's interest (and for the installment, unless the schedule has its own
    ``installment_rounding``).  See the module docstring for the rule.
    """
    _check_inputs(principal, rate)
    convention = _convention(day_count)
    policy = rounding or RoundingPolicy()
    explanation = explain_installment(
        schedule, principal, rate, day_count=convention.name, rounding=policy
    )
    installment = explanation.installment
    if schedule.installment is not None:
        _check_amortizes(schedule, principal, rate, schedule.installment)
    periods = _periods(schedule, start)
    rows = tuple(_rows(schedule, periods, principal, rate, convention, policy, installment))
    return AmortizationTable(
        schedule, principal, rate, convention.name, installment, explanation, rows
    )


@exact_arithmetic
def reamortize(
    schedule: PaymentSchedule,
    balance: Decimal,
    from_period: int,
    rate: Decimal,
    day_count: str | DayCount,
    *,
    start: date,
    installment: Decimal | None = None,
    rounding: RoundingPolicy | None = None,
) -> AmortizationTable:
    """The installments from ``from_period`` on when ``balance`` is owed at that period's start.

    Use it after a partial prepayment (or any change of balance between installments): the
    balance is owed from the previous installment date (``start`` for the first period).  Under
    the schedule's :class:`PrepaymentEffect`:

    * ``shorten-term``: the installment in force stays (``installment``: the one of the original
      table; the note's stated figure when omitted); the table ends as soon as the balance is
      repaid, never later than maturity;
    * ``reamortize``: a new installment repays ``balance`` over what remains of the amortization
      term (a level installment over the remaining installments, or a fixed principal of
      balance / remaining); an interest-only stretch still running stays interest only.

    The rows keep their original numbers and dates and repay ``balance`` exactly.
    """
    _check_inputs(balance, rate)
    if not 1 <= from_period <= schedule.payments:
        raise InvalidInput(
            f"from_period = {from_period}: must be an installment of the schedule, 1 to "
            f"{schedule.payments}"
        )
    convention = _convention(day_count)
    policy = rounding or RoundingPolicy()
    explanation = explain_installment(
        schedule, balance, rate, day_count=convention.name, rounding=policy
    )
    kind = schedule.kind
    if schedule.prepayment_effect is PrepaymentEffect.REAMORTIZE:
        amortized_already = max(0, from_period - 1 - schedule.interest_only_count())
        remaining = schedule.amortization_term() - amortized_already
        r = periodic_rate(rate, schedule.frequency)
        if kind is ScheduleKind.FIXED_PRINCIPAL:
            exact = Fraction(balance) / remaining
            figures = f"{balance:,} / {remaining}"
        else:
            exact = level_payment_exact(balance, r, remaining)
            figures = annuity_in_figures(balance, r, remaining)
        computed = (schedule.installment_rounding or policy).round(exact)
        in_force: Decimal | None = computed
        explanation = replace(
            explanation,
            in_figures=figures,
            periods=remaining,
            unrounded=exact,
            computed=computed,
            stated=None,
            installment=computed,
            remarks=(
                f"re-amortized from installment {from_period}: {balance:,} over the "
                f"{remaining} installments left of the amortization term",
            ),
        )
    elif kind is ScheduleKind.CUSTOM:
        in_force = None
    else:
        in_force = installment if installment is not None else _stated(schedule)
        explanation = replace(
            explanation,
            formula="the installment in force stays; the term shortens instead",
            in_figures=f"{in_force:,} per installment from installment {from_period}",
            periods=None,
            unrounded=None,
            computed=None,
            stated=None,
            installment=in_force,
            remarks=(
                f"term shortened: the installment {in_force:,} stays from installment "
                f"{from_period} until {balance:,} is repaid",
            ),
        )
    periods = _periods(schedule, start)[from_period - 1 :]
    rows = tuple(_rows(schedule, periods, balance, rate, convention, policy, in_force))
    return AmortizationTable(schedule, balance, rate, convention.name, in_force, explanation, rows)


def _stated(schedule: PaymentSchedule) -> Decimal:
    """The note's own installment, which shorten-term keeps when no other is given."""
    stated = (
        schedule.principal_installment
        if schedule.kind is ScheduleKind.FIXED_PRINCIPAL
        else schedule.installment
    )
    if stated is None:
        raise InvalidInput(
            "shorten-term keeps the installment in force: give the original table's installment "
            "(the note states none)"
        )
    return stated
