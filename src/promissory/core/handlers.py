"""The built-in kinds: the rules each event must meet (validators) and how it changes a note
(handlers).

A validator receives the working copy (:class:`~promissory.core.run.Run`) and the event and raises
:class:`~promissory.core.problems.Reject` with the values and the rule when the event breaks it;
it changes nothing.  A handler accrues interest up to the event's date, checks the rules that need
that accrual (a payment beyond the payoff), applies the event and writes its Schedule A row.  Both
are declared, with the record, in the one table of kinds (:mod:`promissory.core.kinds`) when this
module is imported (the engine imports it).

The cure period (Loan Agreement ¶5 and the default's ``cure_period_days``): an Event of Default on
2002-04-01 with 30 days to cure gives the borrower until 2002-05-01; the note may be accelerated
from that day on, not before.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from promissory.core.borrowing_base import percent
from promissory.core.events import (
    EVENT_KINDS,
    Acceleration,
    Advance,
    Amendment,
    Cure,
    Demand,
    EscrowDisbursement,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    OpeningBalance,
    Payment,
    PikElection,
    RateFixing,
    Refund,
)
from promissory.core.fees import origination_fee
from promissory.core.kinds import Handler, Validator, declare
from promissory.core.money import EXACT, ZERO_EXACT, Exact, money_text
from promissory.core.problems import Reject
from promissory.core.run import ONE_DAY, ZERO, Run
from promissory.core.state import NO_SPLIT, Split
from promissory.core.terms import FeeKind
from promissory.core.terms import PikElection as PikElectionKind
from promissory.core.waterfall import allocate

# -- handlers, one per event kind -------------------------------------------------------------


def _advance(run: Run, e: Advance) -> None:
    t, day, amount = run.terms, e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the advance")
    if day > t.last_draw_date:
        raise Reject("draw-period", f"advance of {amount} on {day} is after the draw period "
                      f"ended on {t.last_draw_date}", ("amount", amount))  # fmt: skip
    if day >= t.maturity:
        raise Reject("after-maturity", f"advance of {amount} on {day} is on or after maturity "
                      f"{t.maturity}", ("amount", amount))  # fmt: skip
    if run.accelerated:
        raise Reject("accelerated", f"advance of {amount} on {day}: the note was accelerated")
    if t.demanded_on is not None and day >= t.demanded_on:
        raise Reject("demanded", f"advance of {amount} on {day}: payment of the note was "
                     f"demanded on {t.demanded_on}")  # fmt: skip
    if run.in_default:
        raise Reject("in-default", f"advance of {amount} on {day}: an Event of Default "
                      f"continues since {run.default_since}")  # fmt: skip
    base = run.borrowing_base()
    if base is not None and amount > base.available and base.available < run.commitment_left(day):
        raise Reject(
            "borrowing-base",
            f"advance of {money_text(amount, t.currency)} on {day} exceeds availability under the "
            f"borrowing base: {base.sentence()} (the terms lend {percent(base.advance_rate)} of "
            "the pledged value after haircuts, less the principal outstanding)",
            ("amount", amount), ("available", base.available), ("borrowing_base", base.base),
        )  # fmt: skip
    available = run.available(day)
    if amount > available:
        used = run.principal if t.revolving else run.advanced
        raise Reject(
            "commitment",
            f"advance of {amount} on {day} exceeds the available commitment {available} "
            f"(commitment {t.commitment}, {'outstanding' if t.revolving else 'advanced'} {used})",
            ("amount", amount), ("available", available),
        )  # fmt: skip
    origination = t.fee(FeeKind.ORIGINATION) if not run.drawn else None
    fee = origination_fee(origination, t.commitment, run.rounding) if origination else ZERO
    if origination is not None and origination.withheld and fee >= amount:
        raise Reject("origination-fee", f"advance of {amount} on {day}: the origination fee "
                     f"{fee} withheld from it leaves no proceeds ([[fees]] origination)",
                     ("amount", amount), ("fee", fee))  # fmt: skip
    run.accrue(day)
    run.principal = EXACT.add(run.principal, amount)
    run.advanced = EXACT.add(run.advanced, amount)
    run.drawn = True
    split, text = NO_SPLIT, e.memo
    if fee > 0 and origination is not None:  # earned by the first advance (core/fees.py)
        if origination.withheld:  # paid out of the proceeds at once
            split = Split(fees=fee)
            said = f"origination fee {fee} withheld: proceeds {EXACT.subtract(amount, fee)}"
        else:
            run.fees = EXACT.add(run.fees, fee)
            said = f"origination fee {fee} charged"
        text = f"{text}; {said}" if text else said
    run._row(e.seq, day, e.kind, amount, split, ZERO_EXACT, text)


def _payment(run: Run, e: Payment) -> None:
    """The payment less its escrow part is applied to the note; the escrow part goes to the
    escrow balance (outside the debt: it pays no interest and no principal)."""
    t, day, received = run.terms, e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the payment")
    escrow = e.escrow_part
    amount = EXACT.subtract(received, escrow)  # what of it goes to the note
    run.accrue(run.accrual_end(day), day)
    if not amount:  # an escrow deposit only (the row adds it to the escrow balance)
        run._row(e.seq, day, e.kind, received, NO_SPLIT, ZERO_EXACT, e.memo, escrow=escrow)
        return
    dues = run.dues(day)
    split, left = allocate(amount, dues, t.waterfall, run.rounding)
    taken = held = ZERO
    applied = amount
    if run.installments is not None:  # unapplied funds: taken with it, or held (core/plan.py)
        taken = run.held_for(day, amount, dues)
        if taken:
            applied = EXACT.add(amount, taken)
            split, left = allocate(applied, dues, t.waterfall, run.rounding)
        held = run.to_hold(day, applied, split, dues)
        if held:  # what the terms do not let apply waits as unapplied funds
            applied = EXACT.subtract(applied, held)
            split, left = allocate(applied, dues, t.waterfall, run.rounding)
    prepaid = EXACT.subtract(split.principal, min(split.principal, dues.free_principal()))
    refused = (
        t.prepayment.refusal(day, prepaid, split.principal >= dues.principal)
        if prepaid and day < t.maturity and not run.accelerated
        else None
    )
    if refused is not None:
        beyond = " beyond the installments due" if dues.scheduled else ""
        rule = f"{refused} {t.maturity}" if not t.prepayment.allowed else refused
        raise Reject("no-prepayment", f"payment of {_paid(received, escrow)} on {day} would "
                     f"prepay {prepaid} of "
                      f"principal{beyond}: {rule} (interest and expenses may be paid)")  # fmt: skip
    if prepaid and run.premium_missing is not None:
        raise Reject("missing-fixing", f"payment of {_paid(received, escrow)} on {day} would "
                     f"prepay {prepaid} of "
                     f"principal: {run.premium_missing}")  # fmt: skip
    if left > 0:
        payoff = EXACT.subtract(dues.total(run.rounding), run.unapplied)
        raise Reject(
            "overpayment",
            f"payment of {_paid(received, escrow)} on {day} exceeds everything owed that day: "
            f"payoff {payoff}", ("amount", amount), ("payoff", payoff),
        )  # fmt: skip
    if dues.scheduled:  # what of it paid the installments (the rest is a voluntary prepayment)
        run.installments_paid = EXACT.add(run.installments_paid, min(applied, dues.scheduled))
    moved = EXACT.subtract(held, taken)  # into (+) or out of (−) the unapplied funds
    if moved:
        run.unapplied = EXACT.add(run.unapplied, moved)
    # never out of installment money (waterfall.held_for_installments); the residue closed
    residue = run.take(split, dues, day)
    if prepaid and run.installments is not None:
        run.revise_after_prepayment(day, prepaid)
    restated = e.allocation is not None and e.allocation != split
    run._row(e.seq, day, e.kind, received, split, residue, e.memo, restated, unapplied=moved,
             escrow=escrow)  # fmt: skip


def _paid(received: Decimal, escrow: Decimal) -> str:
    """How a refusal names a payment: with its escrow part, what of it went to the note."""
    if not escrow:
        return str(received)
    return f"{received} ({escrow} of it to escrow, {EXACT.subtract(received, escrow)} to the note)"


def _rate_fixing(run: Run, e: RateFixing) -> None:
    if run.terms.interest.floating is not None:  # a treasury fixing sets no rate of interest
        run.accrue(e.effective_date)
    # accepted: from its date the index has this value (a later same-day fixing wins)
    at = bisect_right(run.fixing_dates, e.effective_date.toordinal())
    run.fixing_dates.insert(at, e.effective_date.toordinal())
    run.fixing_values.insert(at, e.rate)
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or f"{e.index} {e.rate}")  # fmt: skip


def _amendment(run: Run, e: Amendment) -> None:
    run.accrue(e.effective_date)
    t = run.terms
    interest = t.interest
    if e.rate is not None:
        interest = replace(interest, rate=e.rate, steps=(), floating=None)
    if e.margin is not None and interest.floating is not None:  # a repricing: still floating
        interest = replace(interest, floating=replace(interest.floating, margin=e.margin))
    if e.default_margin is not None:
        interest = replace(interest, default_margin=e.default_margin)
    if e.max_rate is not None:
        interest = replace(interest, max_rate=e.max_rate)
    amended = replace(
        t,
        maturity=e.maturity or t.maturity,
        commitment=e.commitment if e.commitment is not None else t.commitment,
        draw_period_end=e.draw_period_end or t.draw_period_end,
        interest=interest,
    )
    run._set_terms(amended)
    if e.rate is not None and e.rate != t.interest.rate:
        run.revise_rate(e.effective_date, t.interest.rate)  # the installments at the new rate
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.description or e.memo)  # fmt: skip


def _expense(run: Run, e: LenderExpense) -> None:
    run._currency(e.amount.currency, "the expense")
    run.accrue(e.effective_date)
    run.expenses = EXACT.add(run.expenses, e.amount.amount)
    text = "; ".join(x for x in (e.description, e.invoice_ref or "", e.memo) if x)
    run._row(e.seq, e.effective_date, e.kind, e.amount.amount, NO_SPLIT, ZERO_EXACT, text)


def _default(run: Run, e: EventOfDefault) -> None:
    run.accrue(e.effective_date)
    run.in_default = True
    run.default_since = e.effective_date
    run.cure_deadline = (
        e.effective_date + timedelta(days=e.cure_period_days)
        if e.cure_period_days is not None
        else None
    )
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.description or e.memo)  # fmt: skip


def _cure(run: Run, e: Cure) -> None:
    run.accrue(e.effective_date)
    run.in_default = False
    run.default_since = None
    run.cure_deadline = None
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or ("waived" if e.waiver else "cured"))  # fmt: skip


def _acceleration(run: Run, e: Acceleration) -> None:
    if run.moot_acceleration(e):
        run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
                 e.memo or "declared after the note was paid that day: nothing to accelerate",
                 unchanged=True)  # fmt: skip
        return
    run.accrue(e.effective_date)
    run.accelerated = True
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT, e.memo)


def _demand(run: Run, e: Demand) -> None:
    """The note falls due on the demand's due date: it becomes the note's maturity (so interest
    falls due, the note is past due after it and a premium ends, as at maturity)."""
    run.accrue(e.effective_date)
    due = e.due or e.effective_date
    run._set_terms(replace(run.terms, maturity=due, demanded_on=e.effective_date))
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or f"payment demanded, due {due}")  # fmt: skip


def _refund(run: Run, e: Refund) -> None:
    day, amount = e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the refund")
    run.accrue(day)  # held funds apply on each due date up to this day first
    if amount > run.unapplied:
        raise Reject("refund-exceeds-unapplied", f"refund of {amount} on {day} is more than the "
                     f"unapplied funds held that day ({run.unapplied})",
                     ("amount", amount), ("unapplied", run.unapplied))  # fmt: skip
    run.unapplied = EXACT.subtract(run.unapplied, amount)
    run._row(e.seq, day, e.kind, amount, NO_SPLIT, ZERO_EXACT,
             e.memo or "unapplied funds returned to the borrower", unapplied=-amount)  # fmt: skip


def _pik_election(run: Run, e: PikElection) -> None:
    """The period's election, replacing any earlier one for it; interest from the period's first
    day accrues as it says (cash rate in cash, or PIK rate capitalised)."""
    if run.accrued_through > e.period_start:  # a back-dated election, after the period began
        raise Reject("pik-election-late", f"PIK election made on {e.effective_date} for the "
                     f"interest period from {e.period_start}: interest of that period has "
                     f"accrued through {run.accrued_through - ONE_DAY}")  # fmt: skip
    chosen = PikElectionKind(e.election)
    kept = [(d, c) for d, c in run.pik_elections if d != e.period_start]
    run.pik_elections = tuple(sorted((*kept, (e.period_start, chosen)), key=lambda dc: dc[0]))
    end = _period_end(run, e.period_start)
    how = ("in kind at the PIK rate, capitalised on " + str(end) if chosen is PikElectionKind.PIK
           else "in cash at the cash rate")  # fmt: skip
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or f"PIK election: interest for the period {e.period_start} to {end} paid "
             f"{how}")  # fmt: skip


def _period_end(run: Run, start: date) -> date:
    """The last bound of the interest period starting on ``start``: the next capitalisation
    date, or maturity."""
    days = run.capitalisation_days
    i = bisect_right(days, start)
    return days[i] if i < len(days) else run.terms.maturity


def _may_elect(run: Run, e: PikElection) -> None:
    """A PIK toggle note only; the period must be one of the note's interest periods (from the
    issue date or a capitalisation date, before maturity); the election is made at least
    ``interest.pik.election_notice_days`` days before the period starts (the first period's by
    the issue date)."""
    pik, start, made = run.terms.interest.pik, e.period_start, e.effective_date
    if pik is None or not pik.toggle:
        raise Reject("not-pik-toggle", f"PIK election on {made}: the note has no PIK toggle "
                     "(interest.pik.toggle); its interest is paid as the terms fix it")  # fmt: skip
    starts = (run.terms.issue_date, *run.capitalisation_days)
    if start not in starts:
        i = bisect_right(starts, start)
        around = ", ".join(str(d) for d in starts[max(0, i - 1) : i + 1])
        raise Reject("pik-period", f"PIK election on {made} for a period from {start}: an "
                     "interest period starts on the issue date or a capitalisation date "
                     f"(nearest: {around})")  # fmt: skip
    # the first period's election is made at the latest on the issue date (nothing is recorded
    # before it): the borrower elects at closing
    deadline = max(start - timedelta(days=pik.notice_days), run.terms.issue_date)
    if made > deadline:
        rule = (f"{pik.notice_days} days before the period starts "
                "(interest.pik.election_notice_days)" if pik.notice_days
                else "by the day the period starts")  # fmt: skip
        raise Reject("pik-election-late", f"PIK election made on {made} for the interest period "
                     f"from {start} is late: it must be made by {deadline}, {rule}")  # fmt: skip


def _escrow_disbursement(run: Run, e: EscrowDisbursement) -> None:
    """Pay ``amount`` out of the escrow balance; the debt is untouched and interest is not
    accrued (an escrow movement ends no accrual segment)."""
    day, amount = e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the escrow disbursement")
    if amount > run.escrow:
        raise Reject(
            "escrow-exceeds-balance",
            f"escrow disbursement of {amount} on {day} is more than the escrow balance held that "
            f"day ({run.escrow}); promissory makes no escrow advance: fund the shortage with a "
            "payment's escrow part first",
            ("amount", amount), ("escrow", run.escrow),
        )  # fmt: skip
    to = "escrow returned to the borrower" if e.to_borrower else f"paid to {e.payee}"
    text = "; ".join(x for x in (to, e.description, e.memo) if x)
    run._row(e.seq, day, e.kind, amount, NO_SPLIT, ZERO_EXACT, text, escrow=EXACT.minus(amount))


def _opening_balance(run: Run, e: OpeningBalance) -> None:
    for money in (e.principal, e.interest, e.default_interest, e.expenses):
        run._currency(money.currency, "the opening balance")
    advanced = e.advanced.amount if e.advanced is not None else e.principal.amount
    run.principal = e.principal.amount
    run.interest = Exact.of(e.interest.amount)
    run.pik_interest = ZERO_EXACT  # interest taken on is owed in cash
    run.default_interest = Exact.of(e.default_interest.amount)
    run.expenses = e.expenses.amount
    run.advanced = advanced
    run.drawn = True
    run.accrued_through = e.effective_date
    if run.installments is not None:  # a loan taken on is current: what fell due before was paid
        run.installments_paid = run.installments.due_before(e.effective_date)
    run._row(e.seq, e.effective_date, e.kind, e.principal.amount, NO_SPLIT, ZERO_EXACT, e.memo)


def _notation(run: Run, e: Notation) -> None:
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT, e.text, unchanged=True)


# -- validators: rules checked before anything changes ---------------------------------------


def _floating_index(run: Run, e: RateFixing) -> None:
    floating = run.terms.interest.floating
    ym = run.terms.prepayment.yield_maintenance
    if ym is not None:  # the codec keeps yield maintenance to fixed-rate notes
        if e.index != ym.index:
            raise Reject("wrong-index", f"fixing of {e.index} on {e.effective_date}: the note's "
                         f"yield maintenance premium uses {ym.index}")  # fmt: skip
        return
    if floating is None:
        raise Reject("not-floating", f"fixing of {e.index} on {e.effective_date}: the note's "
                      "rate is not floating")  # fmt: skip
    if e.index != floating.index:
        raise Reject("wrong-index", f"fixing of {e.index} on {e.effective_date}: the note "
                      f"floats on {floating.index}")  # fmt: skip


def _amended_dates(run: Run, e: Amendment) -> None:
    """The terms file's rule, kept by every amendment: issue date < maturity, and the draw period
    ends between the issue date and maturity.  Only a date the amendment changes is checked
    (against the other date left in force)."""
    t = run.terms
    maturity = e.maturity or t.maturity
    draw_end = e.draw_period_end or t.draw_period_end
    if e.maturity is not None:
        if e.maturity <= t.issue_date:
            raise Reject("amended-maturity", f"amendment on {e.effective_date}: maturity "
                         f"{e.maturity} must be after the note's issue date {t.issue_date}")  # fmt: skip
        if draw_end is not None and draw_end > e.maturity:
            raise Reject("amended-maturity", f"amendment on {e.effective_date}: maturity "
                         f"{e.maturity} is before the end of the draw period {draw_end}; a note "
                         "cannot mature while advances may still be drawn")  # fmt: skip
    if e.draw_period_end is not None and not t.issue_date <= e.draw_period_end <= maturity:
        raise Reject("amended-draw-period", f"amendment on {e.effective_date}: draw period end "
                     f"{e.draw_period_end} must fall between the issue date {t.issue_date} and "
                     f"maturity {maturity}")  # fmt: skip


def _amended_margin(run: Run, e: Amendment) -> None:
    """A margin is amended only on a floating note, and not together with a fixed rate."""
    if e.margin is None:
        return
    if e.rate is not None:
        raise Reject("amended-margin", f"amendment on {e.effective_date}: a margin of {e.margin} "
                     f"and a fixed rate of {e.rate} cannot both apply; amend one")  # fmt: skip
    if run.terms.interest.floating is None:
        raise Reject("not-floating", f"amendment on {e.effective_date}: a margin of {e.margin} "
                     "needs a floating rate, and the note's rate is fixed")  # fmt: skip


def _may_demand(run: Run, e: Demand) -> None:
    """Only on a note payable on demand, once, and not after a stated maturity has passed."""
    t = run.terms
    if not t.payable_on_demand:
        raise Reject("not-on-demand", f"demand on {e.effective_date}: the note is not payable on "
                     f"demand; it is due at maturity {t.maturity}")  # fmt: skip
    if t.demanded_on is not None:
        raise Reject("already-demanded", f"demand on {e.effective_date}: payment was already "
                     f"demanded on {t.demanded_on}")  # fmt: skip
    due = e.due or e.effective_date
    if due > t.maturity:
        raise Reject("demand-after-maturity", f"demand on {e.effective_date}: the due date {due} "
                     f"is after the note's maturity {t.maturity}")  # fmt: skip


def _escrow_part_stated(run: Run, e: Payment) -> None:
    """On a note that collects escrow, each payment states its escrow part (0 for none): the
    scheduled payment carries the deposit, a payoff none, and promissory does not guess which."""
    escrow = run.terms.escrow
    if escrow is not None and e.escrow is None:
        raise Reject("escrow-part", f"payment of {e.amount.amount} on {e.effective_date}: the note "
                     f"collects escrow ({escrow.deposit} with each scheduled payment, [escrow] "
                     "deposit), so the payment must state its escrow part (0 for none)",
                     ("amount", e.amount.amount), ("deposit", escrow.deposit))  # fmt: skip


def _not_in_default(run: Run, e: EventOfDefault) -> None:
    if run.in_default:
        raise Reject("already-in-default", f"Event of Default on {e.effective_date}: one "
                      f"continues since {run.default_since}")  # fmt: skip


def _in_default(run: Run, e: Cure) -> None:
    if not run.in_default:
        raise Reject("not-in-default", f"{'waiver' if e.waiver else 'cure'} on "
                      f"{e.effective_date}: no Event of Default continues")  # fmt: skip


def _may_accelerate(run: Run, e: Acceleration) -> None:
    """Once only, only while an Event of Default continues, and not inside its cure period."""
    if run.accelerated:
        raise Reject("already-accelerated", f"acceleration on {e.effective_date}: the note "
                      "was already accelerated")  # fmt: skip
    if not run.in_default:
        raise Reject("no-default", f"acceleration on {e.effective_date}: the note may be "
                      "declared due only while an Event of Default continues (¶5)")  # fmt: skip
    deadline = run.cure_deadline
    if deadline is not None and e.effective_date < deadline:
        raise Reject("cure-period", f"acceleration on {e.effective_date}: the Event of Default of "
                      f"{run.default_since} has a cure period through {deadline - ONE_DAY}; the "
                      f"note may be accelerated from {deadline} on")  # fmt: skip


def _first_financial(run: Run, e: OpeningBalance) -> None:
    moved = any(
        r.reversed_by is None and (r.kind not in EVENT_KINDS or EVENT_KINDS[r.kind].financial)
        for r in run.rows
    )
    if run.drawn or moved:  # a notation, pledge or filing before it is no obstacle
        raise Reject("opening-not-first", f"opening balance on {e.effective_date} must be the "
                      "note's first financial event")  # fmt: skip


NO_RULES: tuple[Validator, ...] = ()  # the kind's rules need interest accrued: see its handler

_DECLARED: tuple[tuple[type[Event], Handler, tuple[Validator, ...]], ...] = (
    (OpeningBalance, _opening_balance, (_first_financial,)),
    (Amendment, _amendment, (_amended_dates, _amended_margin)),
    (RateFixing, _rate_fixing, (_floating_index,)),
    (Cure, _cure, (_in_default,)),
    (EventOfDefault, _default, (_not_in_default,)),
    (Advance, _advance, NO_RULES),
    (LenderExpense, _expense, NO_RULES),
    (Payment, _payment, (_escrow_part_stated,)),  # the payoff rules: see its handler
    (Demand, _demand, (_may_demand,)),
    (PikElection, _pik_election, (_may_elect,)),
    (Refund, _refund, NO_RULES),
    (EscrowDisbursement, _escrow_disbursement, NO_RULES),  # the balance: see its handler
    (Acceleration, _acceleration, (_may_accelerate,)),
    (Notation, _notation, ()),  # a notation may be written on any day, even after payoff
)
for _record, _handler, _validators in _DECLARED:
    declare(_record, _handler, validators=_validators)
