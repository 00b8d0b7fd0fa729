"""Settlement: paying a note in full with cash, assigned notes, shares and forgiveness.

The rule (the 2002 Letter Agreement and Release): the borrower assigns "all of [its] right, title,
and interest in and to the Notes (including all amounts of unpaid interest thereon)" and pays the rest
in immediately available funds; in exchange the lender "acknowledges and agrees that the Loan is fully
paid and discharged.  The Loan Agreement is hereby terminated."

A proposal on a date lists the **consideration**:

* :class:`Cash` — money paid that day;
* :class:`AssignedNote` — a note receivable assigned to the lender, at its value from its own ledger
  that day (principal plus accrued interest) or at an agreed value;
* :class:`Shares` — ``count`` shares at ``price``, or as many whole shares as an ``amount`` buys
  (the whole balance left when no amount is given), rounded ``down``, ``up`` or to the ``nearest``
  share; the remainder of a conversion is paid in ``cash`` or ``forgiven``;
* :class:`Forgiveness` — an amount the lender forgives.

:func:`reconcile` computes the payoff, runs the consideration through the note's waterfall and
reports the difference to the cent: consideration − payoff = difference, ``shortfall`` below zero,
``exact`` at zero, ``excess`` above (owed back to the borrower).

Worked example (the letter): payoff 17,500,000.00 + 1,140,370.41 = 18,640,370.41; the mortgage notes
are worth 17,533,226.80 + 951,754.93 = 18,484,981.73; with 155,388.68 in cash the settlement is exact,
and the waterfall sends 1,140,370.41 to interest and 17,500,000.00 to principal.  Shares: a balance
of 1,000,000.00 at 0.97 a share buys 1,030,927.835… shares → 1,030,927 whole shares (down) worth
999,999.19, and 0.81 is left over, in cash or forgiven.

Accepted, a settlement is one :class:`Settlement` event on the note: the engine pays the
consideration through the waterfall and the note is paid and its agreement terminated
(``terminated_on``).  Only a reversal can follow it; a settlement is reversed as a whole, with every
event it wrote on other notes (``promissory settle reverse``), never piecemeal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar, Final

from promissory.core.engine import Run, dues_on
from promissory.core.events import Event
from promissory.core.kinds import declare
from promissory.core.money import (
    EXACT,
    ZERO_EXACT,
    Money,
    RoundingMode,
    RoundingPolicy,
    check_quantum,
    currency_quantum,
    exact_arithmetic,
)
from promissory.core.problems import Reject
from promissory.core.replay_rules import reversal_refusal as reversal_refusal
from promissory.core.replay_rules import settlement_of as settlement_of
from promissory.core.reports import PayoffQuote, payoff_quote
from promissory.core.state import Ledger, Split, Status
from promissory.core.waterfall import allocate
from promissory.errors import InvalidInput

ZERO = Decimal(0)

#: Whole-share rounding rules, by the name a settlement states.
SHARE_ROUNDING: Final[dict[str, RoundingMode]] = {
    "down": RoundingMode.DOWN,
    "up": RoundingMode.UP,
    "nearest": RoundingMode.HALF_UP,
}
#: What becomes of the part of a converted amount that buys no whole share.
SHARE_REMAINDER: Final = ("cash", "forgiven")


# -- consideration ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cash:
    """Money paid on the settlement date in immediately available funds."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class AssignedNote:
    """A note assigned to the lender; ``value`` counts toward the payoff.

    ``valued_how``: ``"ledger"`` (principal + accrued interest from the note's own ledger on the
    settlement date, given in ``principal`` and ``interest``) or ``"agreed"``.  ``basis``: why a
    restricted note may be transferred (see :mod:`promissory.core.transfer`).
    """

    note_id: str
    value: Decimal
    valued_how: str = "ledger"
    principal: Decimal | None = None
    interest: Decimal | None = None
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class Shares:
    """Shares issued to the lender: ``count`` at ``price``, or whole shares for ``amount``.

    With neither ``count`` nor ``amount``, the shares pay whatever the other consideration leaves
    of the payoff.  ``rounding`` (``down``/``up``/``nearest``) makes whole shares; ``remainder``
    (``cash``/``forgiven``) says what becomes of the amount no whole share buys.
    """

    price: Decimal
    count: int | None = None
    amount: Decimal | None = None
    rounding: str = "down"
    remainder: str = "cash"

    def __post_init__(self) -> None:
        if self.price <= 0:
            raise InvalidInput(f"share price {self.price} must be positive")
        if self.count is not None and self.amount is not None:
            raise InvalidInput("give shares as a count or as an amount to convert, not both")
        if self.count is not None and self.count <= 0:
            raise InvalidInput(f"share count {self.count} must be positive")
        if self.rounding not in SHARE_ROUNDING:
            raise InvalidInput(
                f"share rounding {self.rounding!r} must be one of {', '.join(SHARE_ROUNDING)}"
            )
        if self.remainder not in SHARE_REMAINDER:
            raise InvalidInput(
                f"share remainder {self.remainder!r} must be one of {', '.join(SHARE_REMAINDER)}"
            )


@dataclass(frozen=True, slots=True)
class Forgiveness:
    """An amount of the payoff the lender forgives."""

    amount: Decimal


Consideration = Cash | AssignedNote | Shares | Forgiveness


@dataclass(frozen=True, slots=True)
class ShareConversion:
    """Shares for an amount: ``count`` whole shares worth ``value``; ``remainder`` = amount − value."""

    price: Decimal
    count: int
    amount: Decimal | None  # None when a count was given
    value: Decimal
    remainder: Decimal
    remainder_rule: str
    rounding: str


def convert_to_shares(
    amount: Decimal, price: Decimal, rounding: str, remainder: str, money: RoundingPolicy
) -> ShareConversion:
    """Whole shares for ``amount`` at ``price`` under ``rounding``; the value is rounded to money.

    >>> convert_to_shares(Decimal("1000000.00"), Decimal("0.97"), "down", "cash", RoundingPolicy())
    ShareConversion(price=Decimal('0.97'), count=1030927, amount=Decimal('1000000.00'), value=Decimal('999999.19'), remainder=Decimal('0.81'), remainder_rule='cash', rounding='down')
    """
    whole = RoundingPolicy(Decimal(1), SHARE_ROUNDING[rounding]).round(
        Fraction(amount) / Fraction(price)
    )
    count = int(whole)
    value = money.round(Fraction(count) * Fraction(price))
    return ShareConversion(price, count, amount, value, EXACT.subtract(amount, value), remainder,
                           rounding)  # fmt: skip


# -- reconciliation ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsiderationLine:
    """One line of the reconciliation: ``source`` is cash, note, shares or forgiveness."""

    source: str
    description: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """A settlement proposal checked against the payoff, to the cent.

    ``difference`` = ``consideration_total`` − ``payoff.total`` exactly; ``status`` is ``shortfall``,
    ``exact`` or ``excess``.  ``split`` is what the consideration pays, bucket by bucket, through the
    note's waterfall; ``unpaid`` what a shortfall leaves in each bucket.
    """

    note_id: str
    as_of: date
    currency: str
    payoff: PayoffQuote
    items: tuple[Consideration, ...]
    lines: tuple[ConsiderationLine, ...]
    shares: ShareConversion | None
    cash: Decimal
    notes: Decimal
    shares_value: Decimal
    forgiven: Decimal
    consideration_total: Decimal
    difference: Decimal
    status: str
    split: Split
    unpaid: Split

    @property
    def assigned_notes(self) -> tuple[AssignedNote, ...]:
        return tuple(i for i in self.items if isinstance(i, AssignedNote))


def _check_amount(amount: Decimal, currency: str, what: str) -> None:
    if amount <= 0:
        raise InvalidInput(f"{what} {amount} must be positive")
    check_quantum(amount, currency_quantum(currency), what=what)


@exact_arithmetic
def reconcile(ledger: Ledger, day: date, items: Sequence[Consideration]) -> Reconciliation:
    """Check ``items`` against the note's payoff on ``day`` (see the module docstring)."""
    terms, currency, money = ledger.terms, ledger.currency, ledger.terms.rounding
    quote = payoff_quote(ledger, day, kind="settlement")
    if quote.status in (Status.TERMINATED, Status.PAID):
        raise InvalidInput(
            f"note {terms.id} is already {quote.status.value} on {day}: nothing to settle"
        )
    _, dues = dues_on(ledger, day, kind="settlement")
    shares = [i for i in items if isinstance(i, Shares)]
    if len(shares) > 1:
        raise InvalidInput("a settlement may issue shares once (one price, one rounding rule)")
    seen: set[str] = set()
    for item in items:
        if isinstance(item, AssignedNote):
            if item.note_id == terms.id:
                raise InvalidInput(f"note {terms.id} cannot be assigned in its own settlement")
            if item.note_id in seen:
                raise InvalidInput(f"note {item.note_id} is assigned twice")
            seen.add(item.note_id)
            _check_amount(item.value, currency, f"value of note {item.note_id}")
        elif isinstance(item, Cash | Forgiveness):
            _check_amount(item.amount, currency, type(item).__name__.lower())
        elif item.amount is not None:
            _check_amount(item.amount, currency, "amount converted to shares")
    lines: list[ConsiderationLine] = []
    totals = {"cash": ZERO, "note": ZERO, "shares": ZERO, "forgiveness": ZERO}

    def add(source: str, description: str, amount: Decimal) -> None:
        lines.append(ConsiderationLine(source, description, amount))
        totals[source] = EXACT.add(totals[source], amount)

    for item in items:
        if isinstance(item, Cash):
            add("cash", "cash in immediately available funds", item.amount)
        elif isinstance(item, AssignedNote):
            how = (
                f"principal {item.principal:,} + accrued interest {item.interest:,} from its ledger"
                if item.valued_how == "ledger" and item.principal is not None
                else f"valued {item.valued_how}"
            )
            add("note", f"note {item.note_id} assigned ({how})", item.value)
        elif isinstance(item, Forgiveness):
            add("forgiveness", "forgiven by the lender", item.amount)
    conversion = None
    if shares:
        s = shares[0]
        if s.count is not None:
            value = money.round(Fraction(s.count) * Fraction(s.price))
            conversion = ShareConversion(
                s.price, s.count, None, value, ZERO, s.remainder, s.rounding
            )
        else:
            amount = s.amount
            if amount is None:
                amount = EXACT.subtract(quote.total, sum(totals.values(), ZERO))
                if amount <= 0:
                    raise InvalidInput(
                        f"nothing is left of the payoff {quote.total:,} to convert into shares"
                    )
            conversion = convert_to_shares(amount, s.price, s.rounding, s.remainder, money)
        add("shares", f"{conversion.count:,} shares at {conversion.price} ({conversion.rounding})",
            conversion.value)  # fmt: skip
        if conversion.remainder > 0:
            if conversion.remainder_rule == "cash":
                add("cash", "remainder of the share conversion, in cash", conversion.remainder)
            else:
                add("forgiveness", "remainder of the share conversion, forgiven",
                    conversion.remainder)  # fmt: skip
    total = sum(totals.values(), ZERO)
    difference = EXACT.subtract(total, quote.total)
    status = "shortfall" if difference < 0 else "exact" if difference == 0 else "excess"
    # unapplied funds held go with the consideration (the quote's total already nets them)
    split, _left = allocate(EXACT.add(total, quote.unapplied), dues, terms.waterfall, money)
    unpaid = Split(
        expenses=EXACT.subtract(dues.expenses, split.expenses),
        default_interest=EXACT.subtract(dues.default_interest, split.default_interest),
        interest=EXACT.subtract(dues.interest, split.interest),
        principal=EXACT.subtract(dues.principal, split.principal),
        premium=EXACT.subtract(quote.premium, split.premium),
        late_charges=EXACT.subtract(dues.late_charges, split.late_charges),
        fees=EXACT.subtract(EXACT.add(dues.fees_payable, dues.fees_on_payoff), split.fees),
    )
    return Reconciliation(
        note_id=terms.id, as_of=day, currency=currency, payoff=quote, items=tuple(items),
        lines=tuple(lines), shares=conversion, cash=totals["cash"], notes=totals["note"],
        shares_value=totals["shares"], forgiven=totals["forgiveness"], consideration_total=total,
        difference=difference, status=status, split=split, unpaid=unpaid,
    )  # fmt: skip


# -- the settlement event ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Settlement(Event):
    """The note is paid in full by settlement on ``effective_date`` and its agreement terminated.

    The consideration by source: ``cash``, ``notes_value`` (the notes in ``assigned_notes``),
    ``shares_value`` (``shares_count`` at ``share_price``) and ``forgiven``; their sum is applied
    through the waterfall and must cover the payoff; ``excess`` is what it exceeds the payoff by
    (owed back to the borrower).  ``settlement_id`` links every event the settlement wrote, on this
    note and on others (transfers of the assigned notes, releases, financing-statement marks).
    """

    kind: ClassVar[str] = "settlement"
    settlement_id: str
    cash: Money
    notes_value: Money
    shares_value: Money
    forgiven: Money
    excess: Money
    assigned_notes: tuple[str, ...] = ()
    shares_count: int = 0
    share_price: Decimal | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        if not self.settlement_id.strip():
            raise InvalidInput("a settlement needs an id")
        for name in ("cash", "notes_value", "shares_value", "forgiven", "excess"):
            money: Money = getattr(self, name)
            if money.amount < 0:
                raise InvalidInput(f"settlement {name} {money.amount} must not be negative")
            check_quantum(money.amount, currency_quantum(money.currency), what=f"settlement {name}")
        if self.total.amount <= 0:
            raise InvalidInput("a settlement must bring some consideration")

    @property
    def total(self) -> Money:
        return self.cash + self.notes_value + self.shares_value + self.forgiven


def settlement_event(r: Reconciliation, settlement_id: str, *, recorded_by: str = "",
                     memo: str = "") -> Settlement:  # fmt: skip
    """The :class:`Settlement` event that applies an exact or excess reconciliation."""
    if r.status == "shortfall":
        raise InvalidInput(
            f"settlement of {r.note_id} on {r.as_of} is short of the payoff {r.payoff.total:,} by "
            f"{-r.difference:,}: add cash or forgiveness of {-r.difference:,}"
        )
    c = r.currency
    return Settlement(
        note_id=r.note_id, effective_date=r.as_of, recorded_by=recorded_by, memo=memo,
        settlement_id=settlement_id, cash=Money(r.cash, c), notes_value=Money(r.notes, c),
        shares_value=Money(r.shares_value, c), forgiven=Money(r.forgiven, c),
        excess=Money(r.difference, c), assigned_notes=tuple(n.note_id for n in r.assigned_notes),
        shares_count=r.shares.count if r.shares else 0,
        share_price=r.shares.price if r.shares else None,
    )  # fmt: skip


def _settle(run: Run, e: Settlement) -> None:
    day = e.effective_date
    run._currency(e.cash.currency, "the settlement")
    run.accrue(run.accrual_end(day), day)
    dues = run.dues(day)
    payoff = dues.total(run.rounding)
    # unapplied funds held (a note with installments) go with the consideration, as with a
    # payment of everything owed: the payoff quote and ``reconcile`` net them already
    held = run.unapplied if run.installments is not None else ZERO
    total = EXACT.add(e.total.amount, held)
    if total < payoff:
        short = EXACT.subtract(payoff, total)
        raise Reject(
            "settlement-shortfall",
            f"settlement {e.settlement_id} on {day}: consideration {total:,} is short of the payoff "
            f"{payoff:,} by {short:,}",
            ("consideration", total), ("payoff", payoff),
        )  # fmt: skip
    split, left = allocate(total, dues, run.terms.waterfall, run.rounding)
    if left != e.excess.amount:
        raise Reject(
            "settlement-excess",
            f"settlement {e.settlement_id} on {day}: consideration {total:,} exceeds the payoff "
            f"{payoff:,} by {left:,}, but the settlement records an excess of {e.excess.amount:,}",
            ("consideration", total), ("payoff", payoff),
        )  # fmt: skip
    run.expenses = EXACT.subtract(run.expenses, split.expenses)
    run.default_interest = run.default_interest - split.default_interest
    run.interest = run.interest - split.interest
    run.interest_paid = EXACT.add(run.interest_paid, split.interest + split.default_interest)
    run.principal = EXACT.subtract(run.principal, split.principal)
    run.late_charges = EXACT.subtract(run.late_charges, split.late_charges)
    if split.fees:
        run._take_fees(split.fees, dues)
    if run.fee_accrued:  # the fee accrued is paid in full with the note: its residue closes
        run.fee_residue_closed = run.fee_residue_closed + run.fee_accrued
        run.fee_accrued = ZERO_EXACT
    run.unapplied = EXACT.subtract(run.unapplied, held)
    residue = run.interest + run.default_interest
    run.residue_closed = run.residue_closed + residue
    run.interest = ZERO_EXACT
    run.default_interest = ZERO_EXACT
    run.pik_interest = ZERO_EXACT
    run.paid_on = day
    run.terminated_on = day
    notation = f"settlement {e.settlement_id}: paid in full, agreement terminated"
    if e.memo:
        notation += f"; {e.memo}"
    run._row(e.seq, day, e.kind, e.total.amount, split, residue, notation, unapplied=-held)


# its rules (short of the payoff, an excess other than recorded) need the interest accrued first
declare(Settlement, _settle, validators=())


# Reversing a settlement: ``settlement_of`` and ``reversal_refusal`` are defined with the replay's
# reversal rules (:mod:`promissory.core.replay_rules`) and re-exported here for the app.
