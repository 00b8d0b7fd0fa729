"""From the book to the OID rules: each advance of a note is its own issue.

Rule (26 CFR 1.1273-2(a)(1); docs/oid.md): money lent on a day is a debt instrument issued that day
for that money.  A multi-draw note is therefore a separate issue for every advance recorded on its
Schedule A, each with its own issue date (the advance date), stated principal (the amount advanced)
and issue price.  For each advance this module builds a :class:`DebtInstrument` from the note's
:class:`~promissory.core.terms.Terms` *as in force on the advance date* and the replayed
:class:`~promissory.core.state.Ledger`:

* **Payments.**  The interest each advance earns is computed by the note's own engine
  (:func:`promissory.core.engine.replay` of that single advance under those terms, then
  :func:`~promissory.core.engine.position`), so the note's day count, rate steps, maximum lawful
  rate, compounding and first-and-last-day rule are honoured exactly, with no second accrual
  formula.  Interest payable at maturity (or capitalised) is one payment at maturity of principal
  plus interest; interest payable periodically is paid on dates counted back from maturity at the
  payable frequency, each payment being the difference of the cumulative interest rounded by the
  note's :class:`~promissory.core.money.RoundingPolicy` (so the payments add up to the rounded
  total exactly).
* **QSI** (1.1273-1(c)(1)) is decided by :func:`~promissory.core.oid.qsi.classify_interest` from the
  note's terms; with step rates and periodic payment, interest at the lowest rate (again computed by
  the engine) is QSI and the excess is part of the SRPM.
* **Issue price**: the cash advanced less ``[oid] points`` × advance (1.1273-2(g)(2)); with
  ``[oid.unit]`` fair values the remainder is allocated between note and warrant by relative fair
  market value (1.1273-2(h)), pro rata for each advance, and the values are recorded.
* **Fees** (``[[fees]]``, :mod:`promissory.core.fees`): an origination fee is a payment from the
  borrower to the lender, so it lowers the issue price of the advance it is charged on (the first),
  as points do (1.1273-2(g)(2)) — withheld from the proceeds or charged that day alike; an exit fee
  is a payment the instrument provides at maturity, percent × the advance, so it is part of the
  advance's stated redemption price at maturity (1.1273-1(b)), never QSI.  The unused-commitment
  fee is paid for the lender's commitment to lend, not for the use of money lent: it is not part
  of any advance's payments (the output says so).

Not part of the payment schedule: default interest and Lender Expenses (contingencies), and the
prepayments actually recorded (the schedule is the one the terms provide).  A floating rate
(variable-rate debt, 1.1275-5) is refused.  **Amendments**: each advance is priced on the terms in
force when it was made; a later amendment (say, an extended maturity) is *not* re-evaluated — whether
it is a significant modification creating a new issue (26 CFR 1.1001-3) is not decided, and the
output says so.

Worked example (the seed note's terms): an advance of 5,000,000.00 on 2001-10-05, due 2005-09-30,
8% simple interest, ACT/360, payable at maturity.  2001-10-05 → 2005-09-30 is 1,456 days, so
interest = 5,000,000 × 0.08 × 1456/360 = 1,617,777.777… → 1,617,777.78; no interest is payable at
least annually, so none is QSI; SRPM = 6,617,777.78; issue price 5,000,000.00; OID 1,617,777.78.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from promissory.core import rates
from promissory.core.calendar import regular_schedule
from promissory.core.engine import position, replay
from promissory.core.events import Advance
from promissory.core.fees import exit_fee
from promissory.core.money import EXACT, ZERO, Money
from promissory.core.oid.accrual import AccrualRule, OidSchedule, ShortPeriod, oid_schedule
from promissory.core.oid.errors import OidRuleError
from promissory.core.oid.instrument import DebtInstrument, ScheduledPayment
from promissory.core.oid.issue_price import IssuePrice, issue_price_from_cash, issue_price_from_unit
from promissory.core.oid.qsi import (
    RULE as RULE_QSI,
)
from promissory.core.oid.qsi import (
    InterestPayable,
    InterestTerms,
    QsiDecision,
    RateStep,
    classify_interest,
)
from promissory.core.state import Ledger
from promissory.core.terms import FeeKind, PikElection, Terms

__all__ = [
    "AdvanceIssue",
    "NoteIssues",
    "advance_instrument",
    "advance_issue_price",
    "note_issues",
]

_RULE = AccrualRule.BACK_FROM_MATURITY
_SHORT = ShortPeriod.SIMPLE


@dataclass(frozen=True, slots=True)
class AdvanceIssue:
    """One advance of the note, seen as an issue of its own.

    ``number``      1, 2, 3 … in date order among the note's advances.
    ``seq``         the advance's id on Schedule A.
    ``advance_date``, ``amount``  when and how much was advanced.
    ``terms``       the note's terms in force on the advance date (after earlier amendments).
    ``instrument``  the debt instrument, or None when the OID rules could not be applied.
    ``refused``     why not (the rule is named), when ``instrument`` is None.
    """

    number: int
    seq: int
    advance_date: date
    amount: Decimal
    terms: Terms
    instrument: DebtInstrument | None
    refused: str | None = None

    def schedule(self) -> OidSchedule:
        """The constant-yield schedule, with the accrual options of the ``[oid]`` table."""
        if self.instrument is None:
            raise OidRuleError(f"advance {self.number}: {self.refused}", rule="26 CFR 1.1272-1")
        oid = self.terms.oid
        return oid_schedule(
            self.instrument,
            accrual_months=oid.accrual_months if oid else None,
            yield_places=oid.yield_places if oid else None,
            rounding=self.terms.rounding,
            accrual_rule=AccrualRule(oid.accrual_rule) if oid and oid.accrual_rule else _RULE,
            short_period=ShortPeriod(oid.short_period) if oid and oid.short_period else _SHORT,
        )


@dataclass(frozen=True, slots=True)
class NoteIssues:
    """The advances of one note as issues, and how the book was read (``treatment``, as text)."""

    note_id: str
    currency: str
    issues: tuple[AdvanceIssue, ...]
    treatment: tuple[str, ...]


def advance_issue_price(terms: Terms, amount: Decimal, fee: Decimal = ZERO) -> IssuePrice:
    """The issue price of an advance of ``amount``: cash less points and ``fee`` (an origination
    fee the borrower paid the lender on it, ``[[fees]]``), or its unit allocation."""
    pricing = terms.oid
    if pricing is None and not fee:
        return issue_price_from_cash(amount)
    points = ZERO
    if pricing is not None:
        points = terms.rounding.round(EXACT.multiply(amount, pricing.points))
    paid = EXACT.add(points, fee)
    said = [f"points are {pricing.points} of the advance"] if points and pricing else []
    if fee:
        said.append(f"the origination fee {fee} paid by the borrower on it ([[fees]])")
    if pricing is None or pricing.note_fair_value is None or pricing.warrant_fair_value is None:
        price = issue_price_from_cash(amount, points=paid)
        if said:
            price = replace(price, basis=f"{price.basis}; {'; '.join(said)}")
        return price
    points = paid
    unit_price = EXACT.subtract(amount, points)
    price = issue_price_from_unit(
        unit_price,
        note_fair_value=pricing.note_fair_value,
        warrant_fair_value=pricing.warrant_fair_value,
        rounding=terms.rounding,
    )
    lent = f"cash advanced {amount}" + (
        f" less points and fees {points} ({'; '.join(said)})" if points else ""
    )
    warrant = f" (warrant: {pricing.warrant})" if pricing.warrant else ""
    basis = (
        f"{lent} is the price of a note-and-warrant unit{warrant}; {price.basis}; the fair market "
        "values of the [oid.unit] table are applied to each advance pro rata"
    )
    return replace(price, basis=basis, cash_lent=amount, points=points)


def _interest_terms(terms: Terms, start: date) -> InterestTerms:
    """The note's interest terms as the QSI rule reads them, for an issue made on ``start``."""
    interest = terms.interest
    if interest.floating is not None:
        raise OidRuleError(
            f"interest floats on {interest.floating.index}: variable-rate debt instruments are "
            "not handled",
            rule="26 CFR 1.1275-5",
        )
    days = [start, *(s.start for s in interest.steps if start < s.start < terms.maturity)]
    steps = tuple(RateStep(day, rates.contract_rate(interest, day)) for day in days)
    payable = interest.payable
    pik = interest.pik
    return InterestTerms(
        steps,
        payable=InterestPayable.AT_MATURITY if payable is None else InterestPayable.PERIODIC,
        payment_months=payable.months if payable is not None else 12,
        # a cash + PIK split: the cash interest is paid, only the PIK part is capitalised; a
        # toggle (as deemed, _deemed_toggle) capitalises all its interest when in kind
        capitalised=interest.compounding is not None
        and (pik is None or (pik.toggle and pik.default_election is PikElection.PIK)),
        # a PIK toggle: the issuer may pay any period in kind instead of in cash
        unconditional=pik is None or not pik.toggle,
    )


#: Why a PIK toggle's interest is not QSI, and the payment schedule assumed for it.
TOGGLE_REASON = (
    "the borrower may elect to pay each period's interest in kind (a PIK toggle), so no interest "
    "is unconditionally payable in cash and none of it is qualified stated interest (26 CFR "
    "1.1273-1(c)(1)(ii)); the payment schedule assumes the election that minimizes the yield, "
    "{deemed} (26 CFR 1.1272-1(c)(5))"
)
#: Why the PIK part of a cash + PIK split is not QSI.
SPLIT_REASON = (
    "interest at the PIK rate {rate} is capitalised (paid in kind) rather than paid, so it is not "
    "qualified stated interest; it is paid with principal at maturity, part of the SRPM "
    "(26 CFR 1.1273-1(c)(1))"
)


def _deemed_toggle(terms: Terms, start: date) -> tuple[Terms, str]:
    """A PIK toggle's terms with the election that minimizes the yield in every period: cash
    when the cash rate is at most the PIK rate throughout, else in kind."""
    interest = terms.interest
    pik = interest.pik
    assert pik is not None
    days = [start, *(s.start for s in interest.steps if start < s.start < terms.maturity)]
    cash = max(rates.contract_rate(interest, day) for day in days)
    election = PikElection.CASH if cash <= pik.rate else PikElection.PIK
    deemed = replace(pik, default_election=election)
    words = ("interest in cash at the cash rate every period" if election is PikElection.CASH
             else "interest in kind at the PIK rate every period")  # fmt: skip
    return replace(terms, interest=replace(interest, pik=deemed)), words


def _split_instrument(terms: Terms, day: date, amount: Decimal, *, name: str) -> DebtInstrument:
    """A cash + PIK split: the cash interest paid on the payment dates (QSI when payable at least
    annually), principal with the interest paid in kind at maturity."""
    interest = _interest_terms(terms, day)
    if len({s.rate for s in interest.steps}) > 1:
        raise OidRuleError(
            f"note {terms.id}: a cash + PIK split with rate steps is not handled (the QSI rate "
            "would be the lowest cash rate on a principal that grows in kind)", rule=RULE_QSI,
        )  # fmt: skip
    decision = classify_interest(interest)
    assert terms.interest.pik is not None
    reasons = (*decision.reasons, SPLIT_REASON.format(rate=terms.interest.pik.rate))
    maturity = terms.maturity
    periodic = interest.payable is InterestPayable.PERIODIC
    dates = (
        regular_schedule(day, maturity, interest.payment_months)[1:] if periodic else (maturity,)
    )
    ledger = _advance_ledger(terms, day, amount)
    rounding = terms.rounding
    payments: list[ScheduledPayment] = []
    paid = ZERO
    pos = None
    for when in dates:
        pos = position(ledger, when)
        cash = rounding.round(pos.interest_exact - pos.state.pik_interest)
        owed = EXACT.subtract(cash, paid)
        if owed > ZERO:
            payments.append(ScheduledPayment(when, owed, decision.has_qsi, reasons[0]))
        paid = cash
    assert pos is not None
    in_kind = EXACT.subtract(EXACT.add(pos.principal, rounding.round(pos.state.pik_interest)),
                             amount)  # fmt: skip
    if in_kind > ZERO:
        payments.append(ScheduledPayment(maturity, in_kind, False, reasons[-1]))
    payments.append(ScheduledPayment(maturity, amount, False, "principal"))
    payments.sort(key=lambda p: (p.date, not p.qsi))
    price = advance_issue_price(terms, amount)
    return DebtInstrument(name, day, price, maturity, tuple(payments), terms.currency, reasons)


def _accrued(terms: Terms, day: date, amount: Decimal, days: tuple[date, ...]) -> list[Decimal]:
    """Principal + interest owed on each of ``days`` for one advance, by the note's own engine.

    Each value is rounded by the note's policy; the advance alone is replayed, so what the book did
    later (payments, defaults) does not enter the schedule the terms provide.
    """
    ledger = _advance_ledger(terms, day, amount)
    owed = []
    for when in days:
        pos = position(ledger, when)
        owed.append(EXACT.add(pos.principal, pos.interest))
    return owed


def _advance_ledger(terms: Terms, day: date, amount: Decimal) -> Ledger:
    """The advance alone, replayed under ``terms``."""
    money = Money.of(amount, terms.currency)
    ledger = replay(terms, [Advance(note_id=terms.id, effective_date=day, amount=money, seq=1)])
    if ledger.problems:
        problem = ledger.problems[0]
        raise OidRuleError(f"the advance cannot be replayed: {problem.message}", rule=problem.code)
    return ledger


#: Why a note payable on demand gets no OID statement (docs/oid.md, "Notes payable on demand").
DEMAND_REFUSAL = (
    "note {note} is payable on demand: promissory does not compute an OID statement for it. "
    "Yield is the rate that discounts the payments to maturity to the issue price (26 CFR "
    "1.1272-1(b)(1)(i)), and a demand note has no payment schedule until demand is made; the "
    "holder's option to demand payment falls under the rule for options (the holder is deemed to "
    "exercise it so as to maximize the yield), and choosing that deemed demand date is not "
    "implemented"
)  # the rule named last by OidRuleError


def advance_instrument(
    terms: Terms, day: date, amount: Decimal, *, name: str, fee: Decimal = ZERO
) -> DebtInstrument:
    """The debt instrument an advance of ``amount`` on ``day`` under ``terms`` is (module doc);
    ``fee``: the origination fee the borrower paid the lender on it."""
    if terms.payable_on_demand:
        raise OidRuleError(DEMAND_REFUSAL.format(note=terms.id), rule="26 CFR 1.1272-1(c)(5)")
    pik = terms.interest.pik
    if pik is not None and not pik.toggle:
        return _split_instrument(terms, day, amount, name=name)
    toggle = ""
    if pik is not None:  # a PIK toggle: priced on the yield-minimizing election, none is QSI
        terms, deemed = _deemed_toggle(terms, day)
        toggle = TOGGLE_REASON.format(deemed=deemed)
    interest = _interest_terms(terms, day)
    decision = classify_interest(interest)
    if toggle:
        decision = QsiDecision(ZERO, (toggle,))
    maturity = terms.maturity
    price = advance_issue_price(terms, amount, fee)
    exit_terms = terms.fee(FeeKind.EXIT)
    exit_payment: tuple[ScheduledPayment, ...] = ()
    if exit_terms is not None:  # percent of the advance, payable at maturity: part of the SRPM
        exit_payment = (ScheduledPayment(
            maturity, exit_fee(exit_terms, amount, terms.rounding), False,
            f"exit fee: {exit_terms.percent} of the principal advanced, payable at maturity "
            "([[fees]])"),)  # fmt: skip
    periodic = interest.payable is InterestPayable.PERIODIC and not interest.capitalised
    dates = (
        regular_schedule(day, maturity, interest.payment_months)[1:] if periodic else (maturity,)
    )
    owed = _accrued(terms, day, amount, dates)
    if not periodic:
        what = "principal and interest payable at maturity"
        if interest.capitalised:
            what = "principal and capitalised interest payable at maturity"
        single = (ScheduledPayment(maturity, owed[-1], False, what), *exit_payment)
        return DebtInstrument(name, day, price, maturity, single, terms.currency, decision.reasons)
    qsi_owed = owed
    if decision.has_qsi and len({s.rate for s in interest.steps}) > 1:
        at_lowest = replace(terms.interest, rate=decision.qsi_rate, steps=(), max_rate=None)
        qsi_owed = _accrued(replace(terms, interest=at_lowest), day, amount, dates)
    payments: list[ScheduledPayment] = []
    before, qsi_before = amount, amount
    for when, total, qsi_total in zip(dates, owed, qsi_owed, strict=True):
        paid = EXACT.subtract(total, before)
        qsi_paid = EXACT.subtract(qsi_total, qsi_before) if decision.has_qsi else ZERO
        excess = EXACT.subtract(paid, qsi_paid)
        if qsi_paid > ZERO:
            payments.append(ScheduledPayment(when, qsi_paid, True, decision.reasons[0]))
        if excess > ZERO:
            reason = decision.reasons[-1] if decision.has_qsi else decision.reasons[0]
            payments.append(ScheduledPayment(when, excess, False, reason))
        before, qsi_before = total, qsi_total
    payments.append(ScheduledPayment(maturity, amount, False, "principal"))
    payments.extend(exit_payment)
    payments.sort(key=lambda p: (p.date, not p.qsi))
    return DebtInstrument(
        name, day, price, maturity, tuple(payments), terms.currency, decision.reasons
    )


def _changes(before: Terms, after: Terms) -> list[str]:
    out = []
    if before.maturity != after.maturity:
        out.append(f"maturity {before.maturity} → {after.maturity}")
    if before.interest != after.interest:
        out.append("interest terms")
    if before.commitment != after.commitment:
        out.append(f"commitment {before.commitment} → {after.commitment}")
    return out


def note_issues(ledger: Ledger) -> NoteIssues:
    """Every advance on the ledger (reversed ones left out) as an issue, with the treatment notes."""
    terms = ledger.terms
    issues: list[AdvanceIssue] = []
    treatment = [
        "each advance is a separate issue with its own issue date and issue price "
        "(26 CFR 1.1273-2(a)(1))",
        "each advance is priced on the terms in force on its advance date, to the maturity then "
        "stated",
    ]
    previous = terms
    before = ledger.initial  # the state before each row: what an advance charged of fees
    for row in ledger.rows:
        state_before, before = before, row.state
        if row.reversed_by is not None:
            continue
        in_force = row.state.terms
        if row.kind == "amendment" and issues:
            changed = ", ".join(_changes(previous, in_force)) or "terms"
            treatment.append(
                f"amendment of {row.effective_date} (Schedule A #{row.seq}: {changed}) came after "
                f"advance(s) {', '.join(str(i.number) for i in issues)}: their OID is computed on "
                "the terms in force when each was made and is not re-evaluated; whether it is a "
                "significant modification creating a new issue (26 CFR 1.1001-3) is not decided"
            )
        elif row.kind == "opening_balance":
            treatment.append(
                f"opening balance of {row.effective_date} (Schedule A #{row.seq}): the advances "
                "behind it are not on this Schedule A, so no OID is computed for them"
            )
        elif row.kind == "payment" and issues:
            treatment.append(
                f"payment of {row.amount} on {row.effective_date} (Schedule A #{row.seq}) is not "
                "reflected: the OID schedule is the one the terms provide"
            )
        previous = in_force
        if row.kind != "advance" or row.amount is None:
            continue
        number = len(issues) + 1
        name = f"{terms.id} advance {number} ({row.effective_date}, Schedule A #{row.seq})"
        # an origination fee on it: withheld (the row's split), or charged to the fees bucket
        fee = row.split.fees or max(ZERO, EXACT.subtract(row.state.fees, state_before.fees))
        try:
            instrument: DebtInstrument | None = advance_instrument(
                in_force, row.effective_date, row.amount, name=name, fee=fee
            )
            refused = None
        except OidRuleError as error:
            instrument, refused = None, str(error)
        issues.append(
            AdvanceIssue(
                number, row.seq, row.effective_date, row.amount, in_force, instrument, refused
            )
        )
    treatment.append(
        "default interest and Lender Expenses are contingent and are not part of the payment "
        "schedule"
    )
    if terms.fee(FeeKind.UNUSED_COMMITMENT) is not None:
        treatment.append(
            "the unused-commitment fee is paid for the commitment to lend, not for money lent: it "
            "is not part of any advance's payments"
        )
    if terms.fee(FeeKind.ORIGINATION) is not None:
        treatment.append(
            "the origination fee lowers the issue price of the advance it was charged on "
            "(26 CFR 1.1273-2(g)(2))"
        )
    return NoteIssues(terms.id, terms.currency, tuple(issues), tuple(treatment))
