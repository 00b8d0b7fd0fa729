"""The working copy of one note while it replays: balances, flags, accrual and the rules every
event meets before its own validators and handler run.

:class:`Run` is mutable and private to a replay; after each event it is frozen into a
:class:`~promissory.core.state.State` snapshot on a Schedule A row.  An event that breaks a rule
raises :class:`Reject`, which the replay turns into a :class:`~promissory.core.problems.Problem`.
Each kind's validators and handler are found in the one table of kinds,
:data:`promissory.core.kinds.KINDS`; the capitalisation row this module writes itself is declared
there too, as a derived row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from promissory.core import premiums, rates
from promissory.core.borrowing_base import BorrowingBase, borrowing_base
from promissory.core.compounded import Compounding
from promissory.core.daycount import DayCount, get_day_count
from promissory.core.delinquency import (
    DelinquencyPlan,
    delinquency_plan,
    late_charge,
    margin_extra,
)
from promissory.core.events import (
    Event,
)
from promissory.core.fees import billing_days, exit_fee, fee_cuts
from promissory.core.installments.schedule import Excess
from promissory.core.kinds import KINDS, RANK, declare_applied, kind
from promissory.core.money import EXACT, ZERO_EXACT, Exact, exact_ratio
from promissory.core.plan import (
    InstallmentPlan,
    PlanRevision,
    conversion_due,
    conversion_revision,
    installment_plan,
    plan_rows,
    prepayment_revision,
    rate_revision,
)
from promissory.core.problems import Problem, Reject
from promissory.core.schedule_dates import terms_boundaries
from promissory.core.state import (
    NO_SPLIT,
    FeeSegment,
    ScheduleRow,
    Segment,
    Split,
    State,
    Status,
)
from promissory.core.terms import DefaultInterestBasis, FeeKind, PikElection, Terms
from promissory.core.waterfall import Dues, allocate
from promissory.errors import InvalidInput

ZERO = Decimal(0)
ONE_DAY = timedelta(days=1)
#: derived rows written before the event that caused them is written
DERIVED_FIRST = frozenset({"capitalisation", "fee", "late_charge", "unapplied_applied"})


def after_capitalisation(kind: str | None) -> bool:
    """Whether an event of ``kind`` comes after its day's capitalisation (``None``: the end of
    the day, as a position sees it).  The day's payments come before it: they pay the interest
    of the period ending that day in cash, and only what they leave unpaid is capitalised."""
    return kind is None or RANK[kind] > RANK["capitalisation"]


__all__ = ["ONE_DAY", "ZERO", "Reject", "Run", "after_capitalisation", "amount_of"]


class Run:
    """The mutable working copy of one note during replay (private to this module)."""

    def __init__(
        self,
        terms: Terms,
        state: State,
        fixing_dates: list[int],
        fixing_values: list[Decimal],
        trace: bool,
    ) -> None:
        self.fixing_dates = fixing_dates
        self.fixing_values = fixing_values
        self.trace = trace
        self.segments: list[Segment] = []
        self.fee_segments: list[FeeSegment] = []  # with tracing: the unused-commitment fee's
        self.rows: list[ScheduleRow] = []
        self.problems: list[Problem] = []
        self.premium_missing: str | None = None  # set by dues(): see there
        self.start = state  # the state before the first event this run applies
        # the installments: the note's own terms (as issued) revised as the state records
        # (core/plan.py); billing reads the same revisions from the rows' states
        self.original_terms = terms
        self.installments: InstallmentPlan | None = None
        self.plan_revisions: tuple[PlanRevision, ...] = ()
        self._applying_held = False
        # late charges and default interest on past-due installments (core/delinquency.py), on
        # the installments in force (set with them in _load)
        self.delinquency: DelinquencyPlan | None = None
        #: the days installments are looked at for a late charge (empty: the note charges none)
        self.late_days: tuple[int, ...] = ()
        #: the events being applied come after their day's capitalisation (True: the end of the
        #: day, as a position sees it; False for a payment, which the capitalisation follows)
        self.after_capitalisation = True
        self._load(state)

    # -- state in and out ---------------------------------------------------------------------
    def _load(self, s: State) -> None:
        self.terms = s.terms
        self.principal = s.principal
        self.interest = s.interest
        self.default_interest = s.default_interest
        self.expenses = s.expenses
        self.advanced = s.advanced
        self.accrued_through = s.accrued_through
        self.in_default = s.in_default
        self.default_since = s.default_since
        self.cure_deadline = s.cure_deadline
        self.accelerated = s.accelerated
        self.paid_on = s.paid_on
        self.terminated_on = s.terminated_on
        self.drawn = s.drawn
        self.interest_paid = s.interest_paid
        self.residue_closed = s.residue_closed
        self.capitalise_on = s.capitalise_on
        self.pledged = s.pledged
        self.filed = s.filed
        self.registers_known = s.registers_known
        self.installments_paid = s.installments_paid
        self.late_charges = s.late_charges
        self.late_checked = s.late_checked
        self.unapplied = s.unapplied
        self.eligible = s.eligible
        self.pik_interest = s.pik_interest
        self.pik_elections = s.pik_elections
        self.fees = s.fees
        self.fee_accrued = s.fee_accrued
        self.fees_billed_on = s.fees_billed_on
        self.exit_fee_paid = s.exit_fee_paid
        self.fee_residue_closed = s.fee_residue_closed
        self.escrow = s.escrow
        if s.plan_revisions != self.plan_revisions or self.installments is None:
            self._set_plan(s.plan_revisions)
        self._set_terms(s.terms)

    def _set_terms(self, terms: Terms) -> None:
        self.terms = terms
        self.day_count: DayCount = get_day_count(terms.interest.day_count)
        # conventions whose year fraction is always days / basis (ACT/360, ACT/365F, 30/360 …)
        self.basis: int | None = getattr(self.day_count, "basis", None)
        self.inclusive = terms.interest.count_first_and_last_day
        self.rounding = terms.rounding
        self.boundaries, self.capitalisation_dates, self.reference = terms_boundaries(terms)
        self.capitalisation_days = tuple(sorted(self.capitalisation_dates))
        self.pik = terms.interest.pik  # [interest.pik]: a cash + PIK split or a PIK toggle
        self.resets = rates.reset_dates(terms)  # () unless a floating rate resets on a schedule
        floating = terms.interest.floating  # SOFR compounded in arrears (core/compounded.py)
        self.in_arrears = (
            Compounding(terms) if floating is not None and floating.in_arrears is not None else None
        )
        self.fixed_rate: Decimal | None = (
            rates.contract_rate(terms.interest, terms.issue_date)
            if terms.interest.floating is None and not terms.interest.steps
            else None
        )
        # [default]: default margin on past-due installments; a post-maturity margin from
        # maturity on (a cut there, so explain shows it as its own segments)
        self.past_due_mode = terms.default.applies_to is DefaultInterestBasis.PAST_DUE
        self.post_margin = terms.default.post_maturity_margin
        if self.post_margin is not None and terms.maturity not in self.boundaries:
            self.boundaries = tuple(sorted((*self.boundaries, terms.maturity)))
        # [[fees]] (core/fees.py): the unused-commitment fee accrues between cuts at its
        # billing dates, and is billed on them
        unused = terms.fee(FeeKind.UNUSED_COMMITMENT)
        self.unused_fee = unused
        self.fee_days: tuple[int, ...] = ()
        if unused is not None:
            self.fee_day_count = get_day_count(unused.day_count or terms.interest.day_count)
            self.fee_days = billing_days(terms)
            self.boundaries = tuple(sorted({*self.boundaries, *fee_cuts(terms)}))
        self.exit_terms = terms.fee(FeeKind.EXIT)
        self.has_fees = bool(terms.fees)
        self.simple_path = (
            self.fixed_rate is not None and self.basis is not None and not self.reference
            and not self.past_due_mode and self.post_margin is None
        )  # fmt: skip

    def snapshot(self) -> State:
        return State(
            self.terms, self.principal, self.interest, self.default_interest, self.expenses,
            self.advanced, self.accrued_through, self.in_default, self.default_since,
            self.cure_deadline, self.accelerated, self.paid_on, self.terminated_on, self.drawn,
            self.interest_paid, self.residue_closed, self.capitalise_on, self.pledged, self.filed,
            self.registers_known, self.installments_paid, self.late_charges, self.late_checked,
            self.unapplied, self.plan_revisions, self.eligible, self.pik_interest,
            self.pik_elections, self.fees, self.fee_accrued, self.fees_billed_on,
            self.exit_fee_paid, self.fee_residue_closed, self.escrow,
        )  # fmt: skip

    # -- interest -----------------------------------------------------------------------------
    def rate_on(self, day: date) -> Decimal:
        """The contract rate on ``day``: with ``[interest.pik]``, cash and PIK interest together."""
        if self.pik is None:
            return self.cash_rate_on(day)
        return self.pik_rates(day, self.cash_rate_on(day))[0]

    def pik_rates(self, day: date, cash: Decimal) -> tuple[Decimal, Decimal]:
        """(the whole rate, the part of it paid in kind) on ``day``, the cash rate being ``cash``.

        A split adds the PIK rate to the cash rate; a toggle's period elected in kind bears the
        PIK rate instead of the cash rate, all of it in kind.  Within ``interest.max_rate`` the
        PIK part is cut first."""
        pik = self.pik
        if pik is None:
            return cash, ZERO
        cap = self.terms.interest.max_rate
        if pik.toggle:
            if self.election_on(day) is PikElection.CASH:
                return cash, ZERO
            whole = pik.rate if cap is None else min(pik.rate, cap)
            return whole, whole
        part = pik.rate if cap is None else max(ZERO, min(pik.rate, cap - cash))
        return cash + part, part

    def period_start(self, day: date) -> date:
        """The first day of the interest period ``day`` is in: the last capitalisation date on or
        before it, or the issue date."""
        days = self.capitalisation_days
        i = bisect_right(days, day)
        return days[i - 1] if i else self.terms.issue_date

    def election_on(self, day: date) -> PikElection:
        """How the interest period running on ``day`` is paid on a PIK toggle note: the
        borrower's election for it, or the terms' default."""
        start = self.period_start(day)
        for first, election in reversed(self.pik_elections):
            if first == start:
                return election
        assert self.pik is not None
        return self.pik.default_election

    def cash_rate_on(self, day: date) -> Decimal:
        """The rate of cash interest on ``day`` (fixed, stepped, floating, in arrears)."""
        if self.fixed_rate is not None:
            return self.fixed_rate
        if self.in_arrears is not None:
            return self.in_arrears.rate_on(day, self.fixing_dates, self.fixing_values)
        return rates.contract_rate(
            self.terms.interest, day, self.fixing_dates, self.fixing_values, self.resets
        )

    def accrue(self, to: date, day: date | None = None) -> None:
        """Accrue interest for every day in [accrued_through, to), for an event on ``day``.

        ``day`` defaults to ``to``; it is ``to`` − 1 when both the first and the last day count
        (interest through a payment's own day).  A capitalisation date ``c`` is applied once
        accrual reaches it and its day's payments are done: when ``c < day``, or ``c == day`` and
        the event comes after the day's capitalisation (:attr:`after_capitalisation`; a position
        sees the end of the day).  Until then it waits as ``capitalise_on`` and accrual stops at
        ``c``: a payment on ``c`` meets the interest of the period ending that day, pays it in
        cash, and only what it leaves unpaid is capitalised.  Interest from ``c`` on accrues on
        the principal after the capitalisation (under ``count_first_and_last_day`` a payment on
        ``c`` so reckons interest through the period's last day, ``c`` − 1: day ``c`` is the first
        day of the next period).
        """
        limit = to if day is None else day
        if self.installments is not None and self.unapplied and not self._applying_held:
            for due in self.installments.due_dates_in(self.accrued_through, min(limit, to)):
                self._apply_held(due)
        pending = self.capitalise_on
        if pending is not None:
            if self._may_capitalise(pending, limit):
                self.capitalise_on = None
                self._charge_late(pending)  # that day's late charge ranks before it
                self._capitalise(pending)
            else:
                to = min(to, pending)  # nothing accrues past a capitalisation still to come
        if self.fee_days:  # a billing date accrual reached before its day came
            self._bill_fees(limit)
        start = self.accrued_through
        if to <= start:
            if self.late_days:
                self._charge_late(limit)
            return
        if (self.principal == 0 and not self.trace and not self.capitalisation_dates
                and not self.fee_days):  # fmt: skip
            self.accrued_through = to
            if self.late_days:
                self._charge_late(limit)
            return
        cuts = self.boundaries
        if self.simple_path and not cuts and not self.in_default and not self.trace:
            # the common case in one step: a fixed rate on a fixed basis, one segment, no default
            # (the same arithmetic as _accrue_segment, without its general machinery)
            days = self.day_count.days(start, to, termination_date=self.terms.maturity)
            basis = self.basis
            rate = self.fixed_rate
            assert basis is not None and rate is not None
            self._add_interest(
                EXACT.multiply(EXACT.multiply(self.principal, rate), Decimal(days)), basis
            )
            self.accrued_through = to
            if self.late_days:
                self._charge_late(limit)
            return
        lo = bisect_right(cuts, start)
        hi = bisect_left(cuts, to)
        for cut in cuts[lo:hi]:
            self._accrue_segment(start, cut)
            self.accrued_through = cut  # before capitalising: its row's snapshot must show it
            capitalises = cut in self.capitalisation_dates
            if capitalises:  # pending in the snapshots of the rows that rank before it
                self.capitalise_on = cut
            if self.fee_days and cut <= limit:  # a fee is billed at the start of its day
                self._charge_late(cut - ONE_DAY)
                self._bill_fees(cut)
            if capitalises:
                if not self._may_capitalise(cut, limit):
                    if self.late_days:  # the day's payments first; accrual stops here
                        self._charge_late(limit)
                    return
                self._charge_late(cut)  # rows stay in (date, same-day rank) order
                self.capitalise_on = None
                self._capitalise(cut)
            start = cut
        self._accrue_segment(start, to)
        self.accrued_through = to
        capitalises = to in self.capitalisation_dates
        if capitalises:
            self.capitalise_on = to
        if self.fee_days:  # before the day's capitalisation: a fee ranks first on its day
            self._charge_late(min(to, limit) - ONE_DAY)
            self._bill_fees(limit)
        if capitalises and self._may_capitalise(to, limit):
            self._charge_late(to)
            self.capitalise_on = None
            self._capitalise(to)
        if self.late_days:
            self._charge_late(limit)

    def _may_capitalise(self, on: date, day: date) -> bool:
        """Whether the capitalisation dated ``on`` is applied for an event on ``day``: after its
        day's payments (and never while held funds pay that day's installment, which ranks
        before it)."""
        if on < day:
            return True
        return on == day and self.after_capitalisation and not self._applying_held

    # -- fees ([[fees]], core/fees.py) ----------------------------------------------------------
    def _accrue_fee(self, start: date, end: date) -> None:
        """The unused-commitment fee over [start, end): unused amount × percent × year fraction
        (the cuts keep the unused amount the same over the stretch)."""
        fee = self.unused_fee
        assert fee is not None and fee.percent is not None
        unused = self.commitment_left(
            start
        )  # the commitment unused, whatever a borrowing base allows
        if unused <= 0 or end <= start:
            return
        yf = self.fee_day_count.year_fraction(start, end, termination_date=self.terms.maturity)
        accrued = Exact.interest(unused, fee.percent, yf)
        self.fee_accrued = self.fee_accrued + accrued
        if self.trace:
            days = self.fee_day_count.days(start, end, termination_date=self.terms.maturity)
            self.fee_segments.append(FeeSegment(start, end, days, yf, unused, fee.percent, accrued))

    def _bill_fees(self, through: date) -> None:
        """Bill the unused-commitment fee on every billing date up to ``through`` that accrual has
        reached and that was not billed yet: the fee accrued, rounded, into the fees bucket (a
        ``fee`` row the terms make, its residue closed on it)."""
        days = self.fee_days
        last = min(through, self.accrued_through).toordinal()
        since = self.fees_billed_on or self.terms.issue_date
        i = bisect_right(days, since.toordinal())
        while i < len(days) and days[i] <= last:
            day = date.fromordinal(days[i])
            self.fees_billed_on = day
            billed = self.rounding.round(self.fee_accrued)
            if billed > 0:
                residue = self.fee_accrued - billed
                self.fee_accrued = ZERO_EXACT
                self.fee_residue_closed = self.fee_residue_closed + residue
                self.fees = EXACT.add(self.fees, billed)
                fee = self.unused_fee
                assert fee is not None
                self._row(0, day, "fee", billed, NO_SPLIT, residue,
                          f"unused-commitment fee {fee.percent} a year on the unused commitment, "
                          f"{since} to {day}: billed by the terms, not recorded")  # fmt: skip
            since = day
            i += 1

    def _catch_up_fees(self, day: date) -> bool:
        """Bill the fee on billing dates up to ``day`` for an event that accrues nothing (a
        notation), so rows stay in date order; True if a row was written."""
        days = self.fee_days
        since = (self.fees_billed_on or self.terms.issue_date).toordinal()
        i = bisect_right(days, since)
        if i >= len(days) or days[i] > day.toordinal():
            return False
        rows = len(self.rows)
        target = date.fromordinal(days[bisect_right(days, day.toordinal()) - 1])
        if target > self.accrued_through:
            self.accrue(target)
        else:
            self._bill_fees(day)
        return len(self.rows) != rows

    def exit_fee_owed(self) -> Decimal:
        """The exit fee on the principal advanced so far, less what of it was paid."""
        fee = self.exit_terms
        if fee is None:
            return ZERO
        return max(ZERO, EXACT.subtract(exit_fee(fee, self.advanced, self.rounding),
                                        self.exit_fee_paid))  # fmt: skip

    def due_in_full(self, day: date) -> bool:
        """The whole note is due on ``day``: at or after maturity (a demand's due date), or
        accelerated."""
        return self.accelerated or day >= self.terms.maturity

    def closes(self, day: date) -> bool:
        """A payment of everything owed on ``day`` pays the note (nothing more can be drawn):
        the rule of :meth:`take`."""
        t = self.terms
        if day >= t.last_draw_date or self.in_default or self.accelerated or day >= t.maturity:
            return True
        if t.demanded_on is not None and day >= t.demanded_on:
            return True
        return EXACT.subtract(t.commitment, ZERO if t.revolving else self.advanced) <= 0

    def _take_fees(self, paid: Decimal, dues: Dues) -> None:
        """``paid`` of fees: those billed first, then the fee accrued (its residue closed when
        paid in full), then the exit fee."""
        billed = min(paid, self.fees)
        self.fees = EXACT.subtract(self.fees, billed)
        rest = EXACT.subtract(paid, billed)
        if rest > 0 and dues.fee_accrued > 0:
            part = min(rest, dues.fee_accrued)
            self.fee_accrued, residue = _after_paying(self.fee_accrued, part, dues.fee_accrued)
            if residue:
                self.fee_residue_closed = self.fee_residue_closed + residue
            rest = EXACT.subtract(rest, part)
        if rest > 0:
            self.exit_fee_paid = EXACT.add(self.exit_fee_paid, rest)

    def _charge_late(self, through: date) -> bool:
        """Look at every installment whose grace period ended before ``through`` + 1 and not yet
        looked at; charge its late charge when unpaid (core/delinquency.py).  True if any row."""
        plan = self.delinquency
        if plan is None or plan.late_charge is None:
            return False
        days, k, last = self.late_days, self.late_checked, through.toordinal()
        wrote = False
        while k < len(days) and days[k] <= last:
            self.late_checked = k + 1
            closed = self.paid_on or self.terminated_on or self.accelerated or not self.drawn
            unpaid = plan.unpaid(k, self.installments_paid)
            if not closed and unpaid > 0:
                charge = late_charge(plan.late_charge, plan.amounts[k], unpaid, self.rounding)
                if charge > 0:
                    self.late_charges = EXACT.add(self.late_charges, charge)
                    self._row(0, date.fromordinal(days[k]), "late_charge", charge, NO_SPLIT,
                              ZERO_EXACT, f"late charge on installment {k + 1} due {plan.due[k]} "
                              f"({unpaid} unpaid after the grace period): charged by the terms, "
                              "not recorded")  # fmt: skip
                    wrote = True
            k += 1
        return wrote

    def _add_interest(self, numerator: Decimal, basis: int) -> None:
        """Add numerator / basis to accrued interest; a plain Decimal sum on the same basis."""
        accrued = self.interest
        if accrued.denominator == basis:
            self.interest = exact_ratio(EXACT.add(accrued.numerator, numerator), basis)
        else:
            self.interest = accrued + exact_ratio(numerator, basis)

    def _accrue_segment(self, start: date, end: date) -> None:
        if self.unused_fee is not None:
            self._accrue_fee(start, end)
        if self.principal == 0 and not self.trace:
            return
        factor: Fraction | None = None  # compounded in arrears: the stretch's interest factor
        try:
            if self.in_arrears is None:
                rate = self.cash_rate_on(start)
            else:
                rate, factor = self.in_arrears.stretch(start, end, self.fixing_dates,
                                                       self.fixing_values, self.year_fraction)  # fmt: skip
        except rates.MissingFixing as missing:
            after = f" for {missing.day} (compounded in arrears)" if self.in_arrears else ""
            raise Reject(
                "missing-fixing", f"interest from {start} needs a {missing.index} fixing{after}"
            ) from None
        in_kind, pik_interest = ZERO, ZERO_EXACT
        if self.pik is not None:
            rate, in_kind = self.pik_rates(start, rate)
            if factor is not None and rate == in_kind:
                factor = None  # a toggle's period in kind: the PIK rate instead of the index
        ref = self.reference
        basis = self.basis
        yf: Fraction | None
        if factor is not None:
            yf = self.year_fraction(start, end)
            interest = Exact.interest(self.principal, factor, Fraction(1))
            if in_kind:  # the compounded cash rate, plus the PIK rate
                pik_interest = Exact.interest(self.principal, in_kind, yf)
                interest = interest + pik_interest
            self.interest = self.interest + interest
        elif basis is not None and not ref:
            # fixed-basis conventions: principal × rate × days / basis, added to the accrued
            # numerator directly when it already sits over the same basis (the common case)
            days = self.day_count.days(start, end, termination_date=self.terms.maturity)
            yf = Fraction(days, basis) if self.trace else None
            numerator = EXACT.multiply(EXACT.multiply(self.principal, rate), Decimal(days))
            interest = exact_ratio(numerator, basis)
            self._add_interest(numerator, basis)
            if in_kind:
                pik_numerator = EXACT.multiply(EXACT.multiply(self.principal, in_kind),
                                               Decimal(days))  # fmt: skip
                pik_interest = exact_ratio(pik_numerator, basis)
        else:
            yf = self.year_fraction(start, end)
            interest = Exact.interest(self.principal, rate, yf)
            self.interest = self.interest + interest
            if in_kind:
                pik_interest = Exact.interest(self.principal, in_kind, yf)
        if in_kind:
            self.pik_interest = self.pik_interest + pik_interest
        extra, basis_name = self.balance_extra(start, rate)
        default_interest = ZERO_EXACT
        if extra:
            if yf is None:
                yf = self.year_fraction(start, end)
            default_interest = Exact.interest(self.principal, extra, yf)
            self.default_interest = self.default_interest + default_interest
        if self.trace:
            if yf is None:
                yf = self.year_fraction(start, end)
            days = self.day_count.days(start, end, termination_date=self.terms.maturity)
            self.segments.append(
                Segment(
                    start,
                    end,
                    days,
                    yf,
                    self.principal,
                    rate,
                    extra,
                    interest,
                    default_interest,
                    basis_name,
                    in_kind,
                    pik_interest,
                )
            )
        if self.past_due_mode and not self.accelerated and self.delinquency is not None:
            self._accrue_past_due(start, end, rate)

    def balance_extra(self, day: date, rate: Decimal) -> tuple[Decimal, str]:
        """The extra rate the whole principal bears on ``day`` and what it is: the default margin
        while an Event of Default continues (under ``past_due`` only once accelerated), the
        post-maturity margin from maturity on (the larger of the two)."""
        extra, name = ZERO, ""
        interest = self.terms.interest
        if self.in_default and (not self.past_due_mode or self.accelerated):
            extra = rates.default_extra(interest, rate)
        post = self.post_margin
        if post is not None and day >= self.terms.maturity:
            after = margin_extra(interest, rate, post)
            if after > extra:
                extra, name = after, "post-maturity"
        return extra, name

    def past_due_stop(self, end: date) -> date:
        """Where default interest on past-due installments stops: at maturity when a
        post-maturity margin then takes over the whole principal."""
        if self.post_margin is not None and self.terms.maturity < end:
            return self.terms.maturity
        return end

    def _accrue_past_due(self, start: date, end: date, rate: Decimal) -> None:
        """The default margin on each installment's unpaid amount over [max(start, due), end)."""
        plan = self.delinquency
        assert plan is not None
        stop = self.past_due_stop(end)
        if stop <= start:
            return
        extra = rates.default_extra(self.terms.interest, rate)
        if not extra:
            return
        pieces = plan.past_due_pieces(self.installments_paid, start, stop, inclusive=self.inclusive)
        for k, since, unpaid in pieces:
            yf = self.year_fraction(since, stop)
            amount = Exact.interest(unpaid, extra, yf)
            self.default_interest = self.default_interest + amount
            if self.trace:
                days = self.day_count.days(since, stop, termination_date=self.terms.maturity)
                self.segments.append(Segment(since, stop, days, yf, unpaid, ZERO, extra,
                                             ZERO_EXACT, amount, f"past due installment {k + 1}"))  # fmt: skip

    def past_due_per_diem(self, day: date, rate: Decimal) -> Exact:
        """One day's default interest after ``day`` on the installments then past due."""
        if not self.past_due_mode or self.accelerated or self.delinquency is None:
            return ZERO_EXACT
        end = day + ONE_DAY
        if self.past_due_stop(end) < end:
            return ZERO_EXACT
        extra = rates.default_extra(self.terms.interest, rate)
        total = ZERO_EXACT
        pieces = self.delinquency.past_due_pieces(
            self.installments_paid, day, end, inclusive=self.inclusive
        )
        for _k, _since, unpaid in pieces:
            total = total + Exact.interest(unpaid, extra, self.year_fraction(day, end))
        return total

    def year_fraction(self, start: date, end: date) -> Fraction:
        """The note's year fraction for [start, end) (ACT/ACT ICMA within its reference period)."""
        ref = self.reference
        if ref:
            i = bisect_right(ref, start)
            payable = self.terms.interest.payable
            return self.day_count.year_fraction(
                start,
                end,
                reference_start=ref[i - 1] if i else None,
                reference_end=ref[i] if i < len(ref) else None,
                frequency=payable.per_year if payable else 1,
            )
        return self.day_count.year_fraction(start, end, termination_date=self.terms.maturity)

    def _capitalise(self, day: date) -> None:
        """Capitalise the interest paid in kind on ``day`` (after the day's payments): all the
        interest left unpaid on a full-PIK note; with ``[interest.pik]``, the PIK interest of the
        period not paid in cash (cash interest stays owed)."""
        if self.pik is not None:
            self._capitalise_pik(day)
            return
        posted = self.rounding.round(self.interest)
        if posted == 0:
            return
        residue = self.interest - posted  # capitalising posts the interest: its residue closes
        self.residue_closed = self.residue_closed + residue
        self.interest = ZERO_EXACT
        self.principal = EXACT.add(self.principal, posted)
        self._row(0, day, "capitalisation", posted, NO_SPLIT, residue, "interest capitalised")

    def _capitalise_pik(self, day: date) -> None:
        in_kind = self.pik_interest
        self.pik_interest = ZERO_EXACT
        posted = self.rounding.round(in_kind)
        if posted == 0:
            return  # less than a rounding unit: it stays owed with the cash interest
        residue = in_kind - posted  # posting the PIK interest closes its residue
        self.residue_closed = self.residue_closed + residue
        self.interest = self.interest - in_kind
        self.principal = EXACT.add(self.principal, posted)
        cash = self.rounding.round(self.interest)
        owed = f"; cash interest {cash:,} stays owed" if cash else ""
        self._row(0, day, "capitalisation", posted, NO_SPLIT, residue,
                  f"PIK interest capitalised{owed}")  # fmt: skip

    def clamp_pik(self) -> None:
        """After interest is paid: cash interest is paid first, so the PIK interest still to be
        capitalised is at most the interest left unpaid."""
        if self.pik_interest and (self.interest - self.pik_interest).sign() < 0:
            self.pik_interest = self.interest if self.interest.sign() > 0 else ZERO_EXACT

    def _catch_up(self, day: date, kind: str) -> bool:
        """Apply the capitalisations a row of ``kind`` on ``day`` comes after and not yet applied
        (those dated before ``day``, and on ``day`` when ``kind`` ranks after the day's
        capitalisation); True if any was.

        Capitalisation dates are segment cuts in any case, so accruing up to one adds no split.
        """
        pending = self.capitalise_on
        caps = self.capitalisation_dates
        if not caps and pending is None:
            return False
        rows = len(self.rows)
        days = self.capitalisation_days
        same_day = after_capitalisation(kind)
        i = bisect_right(days, day) if same_day else bisect_left(days, day)
        last = days[i - 1] if i else None  # the last capitalisation this row comes after
        if pending is not None and (last is None or pending > last):
            last = pending if pending < day or (pending == day and same_day) else last
        if last is None:
            return False
        was = self.after_capitalisation
        self.after_capitalisation = last < day or same_day
        try:
            if last > self.accrued_through or last == pending:
                self.accrue(last)
        finally:
            self.after_capitalisation = was
        return len(self.rows) != rows

    def accrual_end(self, day: date) -> date:
        """The first day not accrued when interest is reckoned *through* ``day``."""
        return day + ONE_DAY if self.inclusive else day

    # -- what is owed -------------------------------------------------------------------------
    def premium_rate(self, day: date) -> Decimal:
        """The premium per unit of principal prepaid on ``day`` (:mod:`promissory.core.premiums`);
        a yield maintenance premium reads its treasury fixings from the fixings the run keeps (a
        note with one has a fixed rate, so they are the only fixings it has).  A demand for payment
        counts as an acceleration here: what is demanded is not prepaid of the borrower's choice."""
        t = self.terms
        called = self.accelerated or (t.demanded_on is not None and day >= t.demanded_on)
        if day >= t.maturity or (called and not t.prepayment.premium_on_acceleration):
            return ZERO  # the common case, without computing a rate
        return premiums.premium_rate(t.prepayment, day, t.maturity, called,
                                     self.rate_on(day), self.fixing_dates, self.fixing_values)  # fmt: skip

    def scheduled(self, day: date) -> Decimal:
        """The installment money a payment on ``day`` may still pay as scheduled (0 without
        installments): the installments fallen due and unpaid, or else the next one."""
        if self.installments is None:
            return ZERO
        self.convert(day)
        plan = self.installments
        if plan is None:
            return ZERO
        return plan.scheduled(day, self.installments_paid)

    def dues(self, day: date) -> Dues:
        """What is owed on ``day``.  A yield maintenance premium whose treasury fixing is missing
        counts as 0 here and is named in ``premium_missing``: a payment that prepays principal is
        refused for it, one that pays only interest is not."""
        try:
            rate = self.premium_rate(day)
            self.premium_missing = None
        except premiums.MissingTreasuryFixing as missing:
            rate, self.premium_missing = ZERO, str(missing)
        dues = Dues(
            expenses=self.expenses,
            default_interest=self.rounding.round(self.default_interest),
            interest=self.rounding.round(self.interest),
            principal=self.principal,
            premium_rate=rate,
            scheduled=self.scheduled(day),
            late_charges=self.late_charges,
        )
        if not self.has_fees:
            return dues
        return replace(
            dues,
            fees=self.fees,
            fee_accrued=self.rounding.round(self.fee_accrued),
            exit_fee=self.exit_fee_owed() if self.closes(day) else ZERO,
            fees_due=self.due_in_full(day),
        )

    # -- the installments: their revisions and unapplied funds (core/plan.py) ------------------
    def _set_plan(self, revisions: tuple[PlanRevision, ...]) -> None:
        """The installments in force under ``revisions``, and the delinquency plan on them."""
        terms = self.original_terms
        self.plan_revisions = revisions
        if terms.schedule is None:
            self.installments = self.delinquency = None
            self.late_days = ()
            return
        self.installments = installment_plan(terms, revisions)
        self.delinquency = delinquency_plan(terms, revisions)
        late = self.delinquency is not None and self.delinquency.late_charge is not None
        self.late_days = self.delinquency.charge_days if late and self.delinquency else ()

    def revise(self, revision: PlanRevision | None) -> None:
        """Add a revision of the installments (refused, naming it, when no table results)."""
        if revision is None:
            return
        revisions = (*self.plan_revisions, revision)
        try:
            plan_rows(self.original_terms, revisions)
        except InvalidInput as error:
            raise Reject("installments", f"the installments cannot be revised on {revision.on} "
                         f"({revision.why.value}): {error}") from None  # fmt: skip
        self._set_plan(revisions)

    def convert(self, day: date) -> None:
        """A note converting to a term loan at the end of its draw period: on the first day
        after it, its installments are computed on the principal then owed."""
        if conversion_due(self.terms, day, self.plan_revisions):
            self.revise(conversion_revision(self.terms, self.principal))

    def revise_rate(self, day: date, old_rate: Decimal | None) -> None:
        """An amendment of the rate on ``day`` from ``old_rate`` (the terms in force are the
        amended ones)."""
        if self.installments is not None:
            self.convert(day)
            plan = self.installments
            self.revise(rate_revision(plan, self.terms, day, self.installments_paid, old_rate))

    def revise_after_prepayment(self, day: date, prepaid: Decimal) -> None:
        """A voluntary prepayment of ``prepaid`` principal (``prepayment_effect``)."""
        plan = self.installments
        if plan is not None and prepaid > 0 and self.paid_on is None:
            self.revise(prepayment_revision(plan, self.terms, day, prepaid, self.installments_paid))

    def held_for(self, day: date, amount: Decimal, dues: Dues) -> Decimal:
        """The unapplied funds a payment of ``amount`` on ``day`` takes with it: all of them once
        everything is due (accelerated, or at maturity), or when with them it pays everything."""
        held = self.unapplied
        if not held:
            return ZERO
        everything_due = self.accelerated or day >= self.terms.maturity
        if everything_due or EXACT.add(amount, held) >= dues.total(self.rounding):
            return held
        return ZERO

    def to_hold(self, day: date, received: Decimal, split: Split, dues: Dues) -> Decimal:
        """What of a payment's ``split`` (of ``received``) the terms do not let apply: principal
        prepaid beyond the installments (and its premium) on a note with installments whose
        ``[schedule] excess`` holds it, or whose ``[prepayment]`` refuses it (not allowed, before
        the lockout ends, a partial prepayment below the minimum).  A payment of everything
        owed that the terms let prepay pays it; once everything is due nothing is held."""
        plan, schedule = self.installments, self.terms.schedule
        if plan is None or schedule is None or not plan.rows:
            return ZERO
        if self.accelerated or day >= self.terms.maturity:
            return ZERO
        prepaid = EXACT.subtract(split.principal, min(split.principal, dues.free_principal()))
        if prepaid <= 0:
            return ZERO
        in_full = split.principal >= dues.principal
        refused = self.terms.prepayment.refusal(day, prepaid, in_full)
        if refused is None and in_full:
            return ZERO  # a payment of everything owed pays the note
        if schedule.excess is Excess.UNAPPLIED or refused is not None:
            return EXACT.add(prepaid, split.premium)
        return ZERO

    def _apply_held(self, due: date) -> None:
        """Apply unapplied funds to the installments due on ``due``, at the start of that day
        (a derived Schedule A row; the oldest unpaid installments first, by the waterfall)."""
        self._applying_held = True
        try:
            self.accrue(due)
        finally:
            self._applying_held = False
        plan = self.installments
        if plan is None or self.accelerated or self.paid_on or self.terminated_on:
            return
        owed = max(ZERO, EXACT.subtract(plan.due_through(due), self.installments_paid))
        amount = min(self.unapplied, owed)
        if amount <= 0:
            return
        dues = self.dues(due)
        split, _left = allocate(amount, dues, self.terms.waterfall, self.rounding)
        self.installments_paid = EXACT.add(self.installments_paid, amount)
        self.unapplied = EXACT.subtract(self.unapplied, amount)
        residue = self.take(split, dues, due)
        self._row(0, due, "unapplied_applied", amount, split, residue,
                  "unapplied funds applied to the installment due", unapplied=-amount)  # fmt: skip

    def take(self, split: Split, dues: Dues, day: date) -> Exact:
        """Apply ``split`` (met against ``dues``) to the balances; returns the rounding residue
        it closes.  The note is paid when nothing is left and nothing more can be drawn."""
        if split.late_charges:
            self.late_charges = EXACT.subtract(self.late_charges, split.late_charges)
        if split.fees:
            self._take_fees(split.fees, dues)
        self.expenses = EXACT.subtract(self.expenses, split.expenses)
        self.interest_paid = EXACT.add(self.interest_paid, split.interest + split.default_interest)
        self.principal = EXACT.subtract(self.principal, split.principal)
        # Interest paid in full is posted: what was accrued exactly and what was paid differ by
        # less than a rounding unit, and that residue is closed here, on this row, so no negative
        # crumbs linger.  A part payment never leaves the exact accrual below zero either: under a
        # rounding unit coarser than the currency's (quantum 1 on a USD note) a few cents can pay
        # more than the exact interest, and what they paid beyond it is closed as residue.
        self.interest, residue = _after_paying(self.interest, split.interest, dues.interest)
        self.default_interest, more = _after_paying(
            self.default_interest, split.default_interest, dues.default_interest
        )
        residue = residue + more
        self.clamp_pik()
        cleared = (
            self.principal == 0
            and self.expenses == 0
            and self.rounding.round(self.interest) == 0
            and self.rounding.round(self.default_interest) == 0
            and self.late_charges == 0
            and self.fees == 0
            and self.rounding.round(self.fee_accrued) == 0
        )
        if cleared:
            residue = residue + self.interest + self.default_interest
            self.interest = ZERO_EXACT
            self.default_interest = ZERO_EXACT
            self.pik_interest = ZERO_EXACT
            if self.fee_accrued:
                self.fee_residue_closed = self.fee_residue_closed + self.fee_accrued
                self.fee_accrued = ZERO_EXACT
            # the commitment alone: a note whose borrowing base is spent is not paid for that
            if (
                self.commitment_left(day) == 0
                or day >= self.terms.last_draw_date
                or self.in_default
            ) and self.exit_fee_owed() == 0:
                self.paid_on = day
        if residue:
            self.residue_closed = self.residue_closed + residue
        return residue

    def available(self, day: date) -> Decimal:
        """What may be advanced on ``day``: what is left of the commitment, and with a borrowing
        base no more than the base less the principal outstanding."""
        left = self.commitment_left(day)
        base = self.borrowing_base()
        return left if base is None else min(left, base.available)

    def borrowing_base(self) -> BorrowingBase | None:
        """The borrowing base now (``[collateral] advance_rate``), or None without one."""
        rate = self.terms.collateral.advance_rate
        if rate is None:
            return None
        return borrowing_base(self.terms.currency, rate, self.eligible, self.principal,
                              self.rounding)  # fmt: skip

    def commitment_left(self, day: date) -> Decimal:
        """What is left of the commitment on ``day`` (zero once no advance can be made)."""
        t = self.terms
        if (
            self.paid_on is not None
            or self.terminated_on is not None
            or self.accelerated
            or day > t.last_draw_date
            or day >= t.maturity
            or (t.demanded_on is not None and day >= t.demanded_on)  # payment demanded
        ):
            return ZERO
        used = self.principal if t.revolving else self.advanced
        return max(ZERO, t.commitment - used)

    def status(self, day: date) -> Status:
        if self.terminated_on is not None:
            return Status.TERMINATED
        if self.paid_on is not None:
            return Status.PAID
        if self.accelerated:
            return Status.ACCELERATED
        if self.in_default:
            return Status.IN_DEFAULT
        owed = (self.principal or self.expenses or self.interest or self.default_interest
                or self.late_charges or self.fees
                or (self.has_fees and (self.fee_accrued or self.exit_fee_owed())))  # fmt: skip
        if day >= self.terms.maturity and owed:
            return Status.MATURED
        if not self.drawn:
            return Status.UNDRAWN
        return Status.ACTIVE

    # -- rows ---------------------------------------------------------------------------------
    def _row(
        self,
        seq: int,
        day: date,
        kind: str,
        amount: Decimal | None,
        split: Split,
        residue: Exact,
        notation: str,
        restated: bool = False,
        unchanged: bool = False,
        unapplied: Decimal = ZERO,
        escrow: Decimal = ZERO,
    ) -> None:
        """Write the event's Schedule A row with a snapshot of the note after it.

        A capitalisation due on or before ``day`` is applied first, so rows stay in date order even
        for events that accrue nothing (a notation, a pledge, a reversed event's struck row).
        ``unchanged``: the event moved nothing (a notation), so the previous snapshot is shared.
        ``escrow``: what the event puts into (+) or pays out of (−) the escrow balance; applied
        here, after those rows.
        """
        if kind != "capitalisation" and self._catch_up(day, kind):
            unchanged = False
        if self.fee_days and kind not in DERIVED_FIRST and self._catch_up_fees(day):
            unchanged = False
        if self.installments is not None and self.unapplied and kind not in DERIVED_FIRST:
            rows = len(self.rows)  # held funds pay the installments due by then (a notation too)
            for due in self.installments.due_dates_in(self.accrued_through, day):
                self._apply_held(due)
            unchanged = unchanged and len(self.rows) == rows
        if (
            self.late_days
            and kind not in ("capitalisation", "late_charge", "fee")  # those of its day: after it
            and (self._charge_late(day))
        ):
            unchanged = False
        if escrow:  # after the rows the terms make first (their snapshots precede the event)
            self.escrow = EXACT.add(self.escrow, escrow)
        state = (self.rows[-1].state if self.rows else self.start) if unchanged else self.snapshot()
        row = ScheduleRow(seq, day, kind, amount, split, residue, notation, state, None, restated,
                          unapplied, escrow)  # fmt: skip
        self.rows.append(row)

    def reversed_row(self, event: Event, by: int) -> None:
        self._row(event.seq, event.effective_date, event.kind, amount_of(event), NO_SPLIT,
                  ZERO_EXACT, event.memo)  # fmt: skip
        self.rows[-1] = replace(self.rows[-1], reversed_by=by)

    # -- applying events ----------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        """Apply one event; a refused event becomes a Problem and leaves no trace at all.

        The event meets the rules common to every kind (:meth:`check_open`), then its kind's
        validators, then its handler (:data:`promissory.core.kinds.KINDS`).  A handler may have
        accrued interest (even capitalised it) before finding the event breaks a rule; that work is
        undone, because accrual segments end at events and some day counts (30/360) are not
        additive: a refused event must not change where a segment ends.
        """
        day = event.effective_date
        rows, segments = len(self.rows), len(self.segments)
        self.after_capitalisation = after_capitalisation(event.kind)
        fee_segments = len(self.fee_segments)
        try:
            self.check_open(event)
            spec = KINDS.get(event.kind) or kind(event.kind)
            for validate in spec.validators:
                validate(self, event)
            handler = spec.handler
            if handler is None:
                raise Reject("not-applied", f"{event.kind} is applied by {spec.applied_by}")
            handler(self, event)
        except Reject as reject:
            del self.rows[rows:]
            del self.segments[segments:]
            del self.fee_segments[fee_segments:]
            self._load(self.rows[-1].state if self.rows else self.start)
            self.problems.append(
                Problem(self.terms.id, event.seq, day, reject.code, reject.message, reject.amounts)
            )
        finally:
            self.after_capitalisation = True

    def check_open(self, event: Event) -> None:
        """The rules every kind meets: not before the issue date; once the note is paid or
        terminated, nothing that moves money (only a reversal, a notation, a release or an escrow
        disbursement, which moves none of the debt)."""
        if event.effective_date < self.terms.issue_date:
            raise Reject(
                "before-issue",
                f"{event.kind} dated {event.effective_date} is before the note's issue date "
                f"{self.terms.issue_date}",
            )
        if not event.financial or event.after_payoff:
            return
        closed = self.paid_on or self.terminated_on
        if closed is not None and event.effective_date >= closed:
            if self.moot_acceleration(event):
                return  # declared the day a payment paid the note: recorded, changes nothing
            what = "terminated" if self.terminated_on else "paid"
            raise Reject(
                "after-payoff",
                f"the note was {what} on {closed}; only a reversal or a notation can follow "
                f"(got {event.kind} dated {event.effective_date})",
            )

    def moot_acceleration(self, event: Event) -> bool:
        """An acceleration declared on the day a payment paid the note in full.

        The day's payments count first (same-day order), so the borrower who pays the quote on the
        day of the declaration leaves nothing to accelerate: the declaration is kept on Schedule A
        and changes nothing, rather than making that payment a broken rule.
        """
        return (
            event.kind == "acceleration"
            and self.terminated_on is None
            and self.paid_on == event.effective_date
        )

    def _currency(self, money_currency: str, what: str) -> None:
        if money_currency != self.terms.currency:
            raise Reject(
                "currency",
                f"{what} is in {money_currency} but the note is in {self.terms.currency}",
            )


def _after_paying(accrued: Exact, paid: Decimal, due: Decimal) -> tuple[Exact, Exact]:
    """The exact accrual left after ``paid`` of the rounded ``due``, and the residue closed."""
    if paid and paid == due:
        return ZERO_EXACT, accrued - paid
    left = accrued - paid
    if left.sign() < 0:
        return ZERO_EXACT, left
    return left, ZERO_EXACT


def amount_of(event: Event) -> Decimal | None:
    amount = getattr(event, "amount", None)
    return amount.amount if amount is not None else None


declare_applied(
    "capitalisation",
    "derived: written by Run._capitalise on each capitalisation date the terms set",
)
declare_applied(
    "fee",
    "derived: written by Run._bill_fees on each billing date of the unused-commitment fee "
    "([[fees]], core/fees.py)",
)
declare_applied(
    "late_charge",
    "derived: written by Run._charge_late on the first day after an installment's grace period "
    "when it is unpaid ([late_charge], core/delinquency.py)",
)
declare_applied(
    "unapplied_applied",
    "derived: written by Run._apply_held on an installment's due date while funds are held",
)
