"""What a note says about its installments: the payment-schedule terms, as immutable data.

A note that amortizes says how much is paid, when, and what happens to an odd cent or a prepayment:

* **the kind of schedule** (:class:`ScheduleKind`): level payments (an annuity: "equal monthly
  installments of principal and interest"); fixed principal plus the interest accrued on the unpaid
  balance; interest only for a number of installments or until a date, then level payments computed
  over a stated amortization term, with the rest (a balloon) due at maturity; the note's own stated
  installment ("$7,274.53 per month"), which wins over any figure promissory would compute; or a
  table of dates and amounts written out in the note;
* **when** (:class:`PaymentSchedule` ``first_payment``, ``frequency``, ``payments``): the first
  installment date and every ``frequency`` after it, ``payments`` installments in all, the last on
  maturity.  Each date is counted from the first one (never from the previous date), so a 31st
  does not drift to the 30th; ``day_of_month`` pins the day ("on the 1st of each month"), and
  under the ``end_of_month`` rule a first payment on a month's last day keeps to last days
  (Feb 28 → Mar 31 → Apr 30).  A date that is not a business day moves by the
  ``business_day_convention`` on ``calendar`` (:mod:`promissory.core.calendar`); interest still
  runs between the unadjusted dates unless ``accrue_to_adjusted_dates``;
* **rounding**: the installment is rounded once, under ``installment_rounding`` (the note's own
  :class:`~promissory.core.money.RoundingPolicy` when None), and the **last installment absorbs
  the difference**: it is whatever principal remains plus that period's interest, so scheduled
  principal sums exactly to the principal;
* **prepayment** (:class:`PrepaymentEffect`): a partial prepayment either shortens the term (the
  installment stays, the last installments fall away — the usual US note clause "no change in the
  due date or in the amount of the monthly installments") or re-amortizes the installment over the
  installments that remain.

The records here are terms only; :mod:`promissory.core.installments.table` computes with them.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from promissory.core.calendar import (
    Frequency,
    add_months,
    business_day_convention,
    get_calendar,
)
from promissory.core.money import RoundingPolicy
from promissory.errors import InvalidInput

__all__ = [
    "AmortizeFrom",
    "CustomInstallment",
    "Excess",
    "PaymentSchedule",
    "PrepaymentEffect",
    "RateChangeEffect",
    "ScheduleKind",
    "TableAmount",
]


class ScheduleKind(Enum):
    """How each installment's amount is fixed; the value is the name a terms file would use."""

    LEVEL = "level"  # equal installments of principal and interest (an annuity)
    FIXED_PRINCIPAL = "fixed_principal"  # equal principal plus the interest accrued on the balance
    INTEREST_ONLY_THEN_AMORTIZING = "interest_only_then_amortizing"  # IO, then level, balloon
    STATED_INSTALLMENT = "stated_installment"  # the note's own figure, balance due at maturity
    CUSTOM = "custom"  # a table of dates and amounts written in the note


class PrepaymentEffect(Enum):
    """What a partial prepayment of principal does to the installments that remain."""

    SHORTEN_TERM = "shorten-term"  # same installment; the last ones fall away
    REAMORTIZE = "reamortize"  # a new, lower installment over the installments that remain


class Excess(Enum):
    """What of a payment goes beyond the installments due and the next one coming due."""

    PREPAY = "prepay"  # a voluntary prepayment of principal (when the terms allow one)
    UNAPPLIED = "unapplied"  # held as unapplied funds until an installment falls due


class AmortizeFrom(Enum):
    """When the installments begin to amortize the note."""

    ISSUE = "issue"  # the table repays the commitment from the issue date
    CONVERSION = "conversion"  # a multi-draw note: the principal owed when its draw period ends


class RateChangeEffect(Enum):
    """What an amendment of the rate does to the installments due after it."""

    REAMORTIZE = "reamortize"  # a new installment at the new rate over the installments left
    KEEP_INSTALLMENT = "keep-installment"  # the installment stays; the last one absorbs it


class TableAmount(Enum):
    """What the amounts of a custom table are."""

    PAYMENT = "payment"  # the whole installment, interest included
    PRINCIPAL = "principal"  # principal only; the interest accrued to that date is due with it


@dataclass(frozen=True, slots=True)
class CustomInstallment:
    """One line of a note's own payment table: on ``due_date``, ``amount`` (see TableAmount)."""

    due_date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PaymentSchedule:
    """The installments a note calls for.

    ``kind``: how each amount is fixed (:class:`ScheduleKind`).  ``first_payment``: the first
    installment's date (unadjusted); ``frequency``: the period between installments; ``payments``:
    how many installments in all, the last at maturity (the balance then owed is due with it).
    ``amortization_payments``: the stated amortization term, in installments, over which a level
    installment is computed ("amortized over 25 years, due in 10"); None means it amortizes fully
    over the schedule (over the installments after the interest-only ones).
    ``interest_only_payments`` / ``interest_only_until``: the interest-only stretch of an
    ``interest_only_then_amortizing`` schedule, as a count of installments or as the last date on
    which only interest is due (give one).  ``installment``: the note's stated installment of
    principal and interest; it wins over the computed one (required for ``stated_installment``).
    ``principal_installment``: a fixed-principal note's stated principal per installment (None:
    the principal divided evenly, rounded).  ``table`` / ``table_amounts``: a custom schedule
    (build it with :meth:`custom`).  ``day_of_month``: the day each installment falls on (None: the
    first payment's day); ``end_of_month``: a month-end first payment keeps to month ends.
    ``business_day_convention`` and ``calendar`` move an installment off a non-business day;
    ``accrue_to_adjusted_dates``: interest runs to the moved date instead of the scheduled one.
    ``installment_rounding``: how the computed installment is rounded (None: the note's rounding).
    ``prepayment_effect``: see :class:`PrepaymentEffect`.  ``allow_negative_amortization``: accept
    an installment smaller than a period's interest (the balance then grows).
    ``grace_days``: an installment unpaid within this many days after its due date is not yet
    past due (:mod:`promissory.core.billing`).  ``past_due_notice_days``: when an installment
    reaches this many days past due a warning is raised (:mod:`promissory.core.delinquency`);
    None: no warning.  ``excess``: what of a payment goes beyond the
    installments (:class:`Excess`; unapplied funds are :mod:`promissory.core.plan`'s and the
    payment rule's).  ``amortize_from``: :class:`AmortizeFrom`.  ``rate_change``: what a rate
    amendment does to the installments (:class:`RateChangeEffect`; None: re-amortize where the
    note computes its installment, keep it where the note states it or lists a table).
    """

    kind: ScheduleKind
    first_payment: date
    payments: int
    frequency: Frequency = Frequency.MONTHLY
    amortization_payments: int | None = None
    interest_only_payments: int | None = None
    interest_only_until: date | None = None
    installment: Decimal | None = None
    principal_installment: Decimal | None = None
    table: tuple[CustomInstallment, ...] = ()
    table_amounts: TableAmount = TableAmount.PAYMENT
    day_of_month: int | None = None
    end_of_month: bool = True
    business_day_convention: str = "unadjusted"
    calendar: str = "weekends"
    accrue_to_adjusted_dates: bool = False
    installment_rounding: RoundingPolicy | None = None
    prepayment_effect: PrepaymentEffect = PrepaymentEffect.SHORTEN_TERM
    allow_negative_amortization: bool = False
    grace_days: int = 0
    past_due_notice_days: int | None = None
    excess: Excess = Excess.PREPAY
    amortize_from: AmortizeFrom = AmortizeFrom.ISSUE
    rate_change: RateChangeEffect | None = None

    @classmethod
    def custom(
        cls,
        table: tuple[CustomInstallment, ...],
        *,
        amounts: TableAmount = TableAmount.PAYMENT,
        business_day_convention: str = "unadjusted",
        calendar: str = "weekends",
        frequency: Frequency = Frequency.MONTHLY,
    ) -> PaymentSchedule:
        """A schedule that is the note's own table (``frequency`` only serves ACT/ACT ICMA)."""
        if not table:
            raise InvalidInput("a custom payment schedule needs at least one installment")
        return cls(
            kind=ScheduleKind.CUSTOM,
            first_payment=table[0].due_date,
            payments=len(table),
            frequency=frequency,
            table=tuple(table),
            table_amounts=amounts,
            business_day_convention=business_day_convention,
            calendar=calendar,
        )

    def __post_init__(self) -> None:
        if self.payments < 1:
            raise InvalidInput(
                f"payments = {self.payments}: a payment schedule needs at least one installment"
            )
        business_day_convention(self.business_day_convention)  # refuses an unknown name
        if self.grace_days < 0:
            raise InvalidInput(f"grace_days = {self.grace_days}: must be 0 or more days")
        if self.past_due_notice_days is not None and self.past_due_notice_days < 1:
            raise InvalidInput(
                f"past_due_notice_days = {self.past_due_notice_days}: must be 1 or more days"
            )
        get_calendar(self.calendar)  # likewise
        for name, value in (
            ("installment", self.installment),
            ("principal_installment", self.principal_installment),
        ):
            if value is not None and value <= 0:
                raise InvalidInput(f"{name} = {value}: an installment must be more than zero")
        self._check_day_of_month()
        self._check_kind()
        self._check_amortization_term()

    def _check_kind(self) -> None:
        kind = self.kind
        if kind is ScheduleKind.STATED_INSTALLMENT and self.installment is None:
            raise InvalidInput("a stated_installment schedule needs the note's installment amount")
        if kind is not ScheduleKind.FIXED_PRINCIPAL and self.principal_installment is not None:
            raise InvalidInput(
                f"principal_installment = {self.principal_installment}: only a fixed_principal "
                f"schedule states a principal installment, not {kind.value}"
            )
        if kind is ScheduleKind.FIXED_PRINCIPAL and self.installment is not None:
            raise InvalidInput(
                f"installment = {self.installment}: a fixed_principal schedule states its "
                "principal per installment (principal_installment); interest is added to it"
            )
        io_given = (self.interest_only_payments is not None) + (
            self.interest_only_until is not None
        )
        if kind is ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING:
            if io_given != 1:
                raise InvalidInput(
                    "an interest_only_then_amortizing schedule needs exactly one of "
                    "interest_only_payments and interest_only_until"
                )
            io = self.interest_only_count()
            if not 0 <= io < self.payments:
                raise InvalidInput(
                    f"{io} interest-only installments: must be at least 0 and fewer than the "
                    f"{self.payments} installments of the schedule"
                )
        elif io_given:
            raise InvalidInput(f"a {kind.value} schedule has no interest-only installments")
        if kind is ScheduleKind.CUSTOM:
            if len(self.table) != self.payments or self.table[0].due_date != self.first_payment:
                raise InvalidInput("build a custom payment schedule with PaymentSchedule.custom")
            for before, after in zip(self.table, self.table[1:], strict=False):
                if after.due_date <= before.due_date:
                    raise InvalidInput(
                        f"custom schedule: {after.due_date} follows {before.due_date}; the "
                        "table's dates must increase"
                    )
            for line in self.table:
                if line.amount < 0:
                    raise InvalidInput(
                        f"custom schedule: {line.amount} due {line.due_date} is negative"
                    )
        elif self.table:
            raise InvalidInput(f"a {kind.value} schedule has no custom table")
        fixed = kind in (ScheduleKind.STATED_INSTALLMENT, ScheduleKind.CUSTOM)
        if fixed and self.rate_change is RateChangeEffect.REAMORTIZE:
            raise InvalidInput(
                f"rate_change = reamortize: a {kind.value} schedule fixes its amounts and states "
                "no amortization term; use keep-installment"
            )
        if self.amortize_from is AmortizeFrom.CONVERSION and kind is ScheduleKind.CUSTOM:
            raise InvalidInput(
                "amortize_from = conversion: a custom schedule lists its own amounts; the "
                "installments computed at conversion need a level, fixed-principal or "
                "interest-only-then-amortizing schedule"
            )
        if self.prepayment_effect is PrepaymentEffect.REAMORTIZE and kind in (
            ScheduleKind.STATED_INSTALLMENT,
            ScheduleKind.CUSTOM,
        ):
            raise InvalidInput(
                f"a {kind.value} schedule cannot be re-amortized: the note fixes its amounts "
                "and states no amortization term; use shorten-term"
            )

    def _check_day_of_month(self) -> None:
        day = self.day_of_month
        if day is None:
            return
        if not 1 <= day <= 31:
            raise InvalidInput(f"day_of_month = {day}: must be 1 to 31")
        first = self.first_payment
        expected = min(day, _stdlib_calendar.monthrange(first.year, first.month)[1])
        if first.day != expected:
            raise InvalidInput(
                f"first_payment {first} does not fall on day_of_month {day} (expected day "
                f"{expected} of that month)"
            )

    def _check_amortization_term(self) -> None:
        term = self.amortization_payments
        if term is None:
            return
        if self.kind in (ScheduleKind.STATED_INSTALLMENT, ScheduleKind.CUSTOM):
            raise InvalidInput(f"a {self.kind.value} schedule has no amortization term")
        amortizing = self.payments - self.interest_only_count()
        if term < amortizing:
            raise InvalidInput(
                f"amortization_payments = {term}: the amortization term must cover the "
                f"{amortizing} amortizing installments at least (a longer term leaves a balloon)"
            )

    # --- derived --------------------------------------------------------------------------------

    def rate_change_effect(self) -> RateChangeEffect:
        """What a rate amendment does: the stated choice, else re-amortize a computed installment
        and keep a stated one (or a custom table)."""
        if self.rate_change is not None:
            return self.rate_change
        if self.kind in (ScheduleKind.STATED_INSTALLMENT, ScheduleKind.CUSTOM):
            return RateChangeEffect.KEEP_INSTALLMENT
        return RateChangeEffect.REAMORTIZE

    def scheduled_dates(self) -> tuple[date, ...]:
        """Every installment's unadjusted date, each counted from the first payment."""
        if self.kind is ScheduleKind.CUSTOM:
            return tuple(line.due_date for line in self.table)
        return tuple(self._regular_date(k) for k in range(self.payments))

    def _regular_date(self, k: int) -> date:
        """The k-th installment date (k = 0 is the first payment; negative goes back)."""
        first = self.first_payment
        moved = add_months(first, k * self.frequency.months, end_of_month=self.end_of_month)
        if self.day_of_month is None:
            return moved
        last = _stdlib_calendar.monthrange(moved.year, moved.month)[1]
        return moved.replace(day=min(self.day_of_month, last))

    def previous_regular_date(self) -> date:
        """The date one period before the first payment (the first period's regular start)."""
        if self.kind is ScheduleKind.CUSTOM:
            raise InvalidInput("a custom schedule has no regular periods")
        return self._regular_date(-1)

    def interest_only_count(self) -> int:
        """How many installments are interest only (0 unless interest_only_then_amortizing)."""
        if self.interest_only_payments is not None:
            return self.interest_only_payments
        if self.interest_only_until is not None:
            until = self.interest_only_until
            return sum(1 for k in range(self.payments) if self._regular_date(k) <= until)
        return 0

    def amortization_term(self) -> int:
        """Installments the level installment is computed over (the stated term, or the rest)."""
        if self.amortization_payments is not None:
            return self.amortization_payments
        return self.payments - self.interest_only_count()
