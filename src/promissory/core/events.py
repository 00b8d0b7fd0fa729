"""The events of a note's ledger — its Schedule A — one immutable record per kind.

"All Loans and all prepayments and repayments of principal and interest with respect to this Note
shall be evidenced by notations made by Lender on Schedule A" (seed note, ¶2).  Each record below is
one such notation, or one of the other things that happen to a note over its life.  Every event has:

``seq``
    its place in the note's append-only sequence (1, 2, 3, … with no gaps), given by the book; it is
    the event's id (``promissory reverse NOTE SEQ``).  ``0`` means "not yet recorded".
``effective_date``
    the day it takes effect for interest and balances (may be earlier than when it was recorded).
``recorded_at`` / ``recorded_by``
    when and by whom it was written into the book, so the book can answer "what did we believe on
    day K about date D".
``memo``
    free text in the lender's words.

Amounts are validated when the record is built (positive, in the note's currency, no finer than the
currency allows), and so is the effective date (within :mod:`promissory.core.dates`' range); rules
that depend on the note's history (commitment, draw period, payoff) are the validators and handlers
of each kind (:mod:`promissory.core.kinds`), which the engine reports as
:class:`~promissory.core.problems.Problem` records.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import ClassVar, TypeVar

from promissory.core.dates import check_date
from promissory.core.money import Money, check_quantum, currency_quantum
from promissory.core.state import Split
from promissory.errors import InvalidInput

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _positive(money: Money, what: str) -> None:
    if money.amount <= 0:
        raise InvalidInput(f"{what} {money.amount} must be positive")
    check_quantum(money.amount, currency_quantum(money.currency), what=what)


def _not_negative(money: Money, what: str) -> None:
    if money.amount < 0:
        raise InvalidInput(f"{what} {money.amount} must not be negative")
    check_quantum(money.amount, currency_quantum(money.currency), what=what)


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Fields every event has (see the module docstring)."""

    kind: ClassVar[str] = "event"
    #: Whether the event moves money or changes how interest accrues (a notation does neither).
    financial: ClassVar[bool] = True
    #: Whether the event may follow the note's payoff although it moves money: it moves none of
    #: the debt (an escrow disbursement pays a tax bill, or returns the escrow, after payoff).
    after_payoff: ClassVar[bool] = False

    note_id: str
    effective_date: date
    seq: int = 0
    recorded_at: datetime = EPOCH
    recorded_by: str = ""
    memo: str = ""

    def __post_init__(self) -> None:
        check_date(self.effective_date, f"{self.kind} date")


@dataclass(frozen=True, slots=True, kw_only=True)
class Advance(Event):
    """A Loan made under the note on ``effective_date`` ("a draw"); adds ``amount`` to principal.

    Allowed only within the draw period, within the available commitment, before maturity, and
    never after acceleration or payoff or while an Event of Default continues.
    """

    kind: ClassVar[str] = "advance"
    amount: Money

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        _positive(self.amount, "advance amount")


@dataclass(frozen=True, slots=True, kw_only=True)
class Payment(Event):
    """A payment or prepayment received from the borrower in immediately available funds.

    It is applied through the note's waterfall on ``effective_date``.  ``allocation`` is the split
    the book computed when the payment was recorded (stored, so a later back-dated event that changes
    the split shows as a restatement instead of silently rewriting what the borrower was told).

    ``escrow`` is the part of ``amount`` that is an escrow deposit for the borrower's taxes and
    insurance (a mortgage payment of 9,959.68 principal and interest plus 450.00 escrow is one
    payment of 10,409.68 with ``escrow`` 450.00).  It goes to the note's escrow balance, held by
    the servicer and paid out by ``escrow_disbursement`` events; it never reaches the waterfall,
    so it pays no interest or principal.  Only ``amount`` − ``escrow`` is applied to the note.
    """

    kind: ClassVar[str] = "payment"
    amount: Money
    allocation: Split | None = None
    escrow: Money | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        _positive(self.amount, "payment amount")
        if self.escrow is not None:
            _not_negative(self.escrow, "escrow part")
            if self.escrow.currency != self.amount.currency:
                raise InvalidInput(f"escrow part is in {self.escrow.currency} but the payment "
                                   f"is in {self.amount.currency}")  # fmt: skip
            if self.escrow.amount > self.amount.amount:
                raise InvalidInput(f"escrow part {self.escrow.amount} is more than the payment "
                                   f"{self.amount.amount}: the escrow deposit is part of the "
                                   "money received")  # fmt: skip

    @property
    def escrow_part(self) -> Decimal:
        """The escrow deposit in this payment (0 when none)."""
        return self.escrow.amount if self.escrow is not None else Decimal(0)


@dataclass(frozen=True, slots=True, kw_only=True)
class EscrowDisbursement(Event):
    """Money paid out of the note's escrow balance: a tax bill or an insurance premium paid by the
    servicer for the borrower (``payee``, e.g. "Travis County Tax Office"), or, with
    ``to_borrower``, the escrow balance returned to the borrower (after payoff, or a surplus).

    It moves no debt: the note's principal, interest and payoff are as they were.  Refused for
    more than the escrow balance of that day (promissory makes no escrow advance for the
    borrower: a shortage is the borrower's to fund, with a payment's escrow part).
    """

    kind: ClassVar[str] = "escrow_disbursement"
    after_payoff: ClassVar[bool] = True
    amount: Money
    payee: str = ""
    description: str = ""
    to_borrower: bool = False

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        _positive(self.amount, "escrow disbursement amount")
        if not self.to_borrower and not self.payee.strip():
            raise InvalidInput("an escrow disbursement names its payee (the tax office or the "
                               "insurer paid), or is a return to the borrower")  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Refund(Event):
    """Unapplied funds returned to the borrower: ``amount`` of the money the note holds as
    unapplied funds (received but not applied, as the terms say: ``[schedule] excess``, or a note
    that may not be prepaid), paid back.  Refused for more than is held that day.
    """

    kind: ClassVar[str] = "refund"
    amount: Money

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        _positive(self.amount, "refund amount")


@dataclass(frozen=True, slots=True, kw_only=True)
class RateFixing(Event):
    """The value of a floating-rate index published for ``effective_date`` (e.g. SOFR 0.0431)."""

    kind: ClassVar[str] = "rate_fixing"
    index: str
    rate: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Amendment(Event):
    """A written amendment changing terms from ``effective_date`` on; ``None`` leaves a term as is.

    The seed note's maturity was extended twice this way (to 2006-09-30, then to 2012-09-30).
    ``rate`` makes the note fixed at that rate; ``margin`` changes a floating note's margin over
    its index and leaves it floating (a repricing).
    """

    kind: ClassVar[str] = "amendment"
    maturity: date | None = None
    commitment: Decimal | None = None
    rate: Decimal | None = None
    draw_period_end: date | None = None
    default_margin: Decimal | None = None
    max_rate: Decimal | None = None
    description: str = ""
    margin: Decimal | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        changes = (
            self.maturity,
            self.commitment,
            self.rate,
            self.draw_period_end,
            self.default_margin,
            self.max_rate,
            self.margin,
        )
        if all(c is None for c in changes):
            raise InvalidInput("an amendment must change at least one term")
        for name in ("maturity", "draw_period_end"):
            day = getattr(self, name)
            if day is not None:
                check_date(day, f"amended {name.replace('_', ' ')}")
        if self.commitment is not None and self.commitment < 0:
            raise InvalidInput(f"amendment commitment {self.commitment} must not be negative")
        # the rules a terms file's rates keep (codec/terms_toml.py), so that an amendment cannot
        # make the note what its terms file could not say
        for name in ("rate", "default_margin", "max_rate"):
            value = getattr(self, name)
            if value is not None and not Decimal(0) <= value < 1:
                raise InvalidInput(f'amendment {name} {value} must be a fraction per annum between '
                                   '0 and 1 ("0.08" is 8%)')  # fmt: skip
        if self.max_rate is not None and self.max_rate == 0:
            raise InvalidInput("amendment max_rate 0: a maximum lawful rate must be above zero")
        if self.margin is not None and not Decimal(-1) < self.margin < 1:
            raise InvalidInput(f'amendment margin {self.margin} must be a fraction per annum '
                               'between -1 and 1 ("0.0125" is 1.25% over the index)')  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class LenderExpense(Event):
    """Lender Expenses "relating to this Note or the enforcement by Lender of its rights" (¶6).

    ``description`` and ``invoice_ref`` are the evidence of the charge.
    """

    kind: ClassVar[str] = "expense"
    amount: Money
    description: str = ""
    invoice_ref: str | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        _positive(self.amount, "expense amount")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventOfDefault(Event):
    """An Event of Default occurs; from ``effective_date`` the default margin accrues as well.

    ``cure_period_days``: days the borrower has to cure, if the agreement gives any (zero or more).
    The note may not be accelerated before the period runs out: with 30 days from 2002-04-01 the
    borrower has until 2002-05-01 to cure, and an acceleration is accepted from that day on.
    """

    kind: ClassVar[str] = "default"
    description: str = ""
    cure_period_days: int | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        if self.cure_period_days is not None and self.cure_period_days < 0:
            raise InvalidInput(
                f"cure period {self.cure_period_days} days must not be negative: it is the number "
                "of days the borrower has to cure (0 or more)"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Cure(Event):
    """The Event of Default is cured (or waived by the lender, ``waiver=True``); default rate ends."""

    kind: ClassVar[str] = "cure"
    waiver: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Acceleration(Event):
    """The lender declares the unpaid principal and accrued interest due and payable now (¶5)."""

    kind: ClassVar[str] = "acceleration"


@dataclass(frozen=True, slots=True, kw_only=True)
class Demand(Event):
    """The holder of a note payable on demand demands payment on ``effective_date``.

    The whole note falls due on ``due`` (None: the day of the demand; a demand "payable within
    ten days" gives a later day).  Before a demand nothing on such a note is past due; from the
    due date on it is, as a matured note is.  No advance may be made once demand is made.
    """

    kind: ClassVar[str] = "demand"
    due: date | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        if self.due is not None:
            check_date(self.due, "due date")
            if self.due < self.effective_date:
                raise InvalidInput(
                    f"demand on {self.effective_date}: the due date {self.due} is before the demand"
                )


#: The elections a borrower can make on a PIK toggle note (``PikElection.election``).
PIK_ELECTIONS = ("cash", "pik")


@dataclass(frozen=True, slots=True, kw_only=True)
class PikElection(Event):
    """The borrower of a PIK toggle note elects how one interest period's interest is paid.

    ``period_start`` is the first day of the interest period (the issue date or a
    capitalisation date); ``election`` is ``"cash"`` (interest at the cash rate, payable in cash)
    or ``"pik"`` (interest at the PIK rate, capitalised on the date that ends the period).
    ``effective_date`` is the day the election is made: at the latest
    ``interest.pik.election_notice_days`` days before the period starts.  A later election for
    the same period, still in time, replaces an earlier one.
    """

    kind: ClassVar[str] = "pik_election"
    period_start: date
    election: str

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        check_date(self.period_start, "interest period start")
        if self.election not in PIK_ELECTIONS:
            raise InvalidInput(f"PIK election {self.election!r} must be one of "
                               f"{', '.join(PIK_ELECTIONS)}")  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class OpeningBalance(Event):
    """A loan taken on from another system, known only by its balances on ``effective_date``.

    The 2002 letter knows its loan this way: principal 17,500,000.00 and accrued unpaid interest
    1,140,370.41 on March 31, 2002.  ``advanced`` is the total drawn to date, when it differs from
    the principal (it sets the commitment already used); by default it equals ``principal``.
    """

    kind: ClassVar[str] = "opening_balance"
    principal: Money
    interest: Money
    default_interest: Money
    expenses: Money
    advanced: Money | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        for name in ("principal", "interest", "default_interest", "expenses"):
            _not_negative(getattr(self, name), f"opening {name.replace('_', ' ')}")
        if self.advanced is not None:
            _not_negative(self.advanced, "opening advanced")


@dataclass(frozen=True, slots=True, kw_only=True)
class Reversal(Event):
    """Corrects a mistake: event ``target_seq`` is treated as never having happened.

    The original stays in the record; Schedule A shows it struck through with this reversal's id.
    """

    kind: ClassVar[str] = "reversal"
    target_seq: int
    reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Notation(Event):
    """A note on Schedule A that moves no money (a letter received, a call made)."""

    kind: ClassVar[str] = "notation"
    financial: ClassVar[bool] = False
    text: str


E = TypeVar("E", bound=Event)

#: The fields the book stamps on an event as it records it: its note, its place in the sequence,
#: when and by whom, and a payment's split.  No record's validation reads them.
STAMPS = frozenset({"note_id", "seq", "recorded_at", "recorded_by", "allocation"})

_STAMPABLE: dict[type, tuple[str, ...]] = {}


def stamped(event: E, **stamps: object) -> E:
    """``dataclasses.replace(event, **stamps)`` for the :data:`STAMPS` only: a copy with them set,
    without building and validating the record again (nothing validated changes).  Every write
    stamps every event it records, so this is on the write path's every row."""
    cls = type(event)
    names = _STAMPABLE.get(cls)
    if names is None:
        names = _STAMPABLE[cls] = tuple(f.name for f in fields(cls))
    unknown = [k for k in stamps if k not in STAMPS or k not in names]
    if unknown:
        raise TypeError(f"stamped() sets only the stamps of a {cls.kind} event, not {unknown}")
    copy = object.__new__(cls)
    for name in names:
        object.__setattr__(copy, name, stamps[name] if name in stamps else getattr(event, name))
    return copy


#: The record class of each recorded kind, by name (what the event codec reads).  The built-ins
#: are listed here; :func:`promissory.core.kinds.declare` adds the kinds of the collateral,
#: filings, transfer and settlement modules.  The full declaration of every kind (handler,
#: same-day rank and reason, validators) is :data:`promissory.core.kinds.KINDS`.
EVENT_KINDS: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (
        Advance,
        Payment,
        RateFixing,
        Amendment,
        LenderExpense,
        EventOfDefault,
        Cure,
        Acceleration,
        OpeningBalance,
        Reversal,
        Notation,
        Refund,
        EscrowDisbursement,
    )
}
