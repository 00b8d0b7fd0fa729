"""The collateral register: what secures a note, what it is worth, and its financing statements.

The seed note "is secured by a security interest granted pursuant to that certain Security
Agreement"; the 2002 letter's recitals say the mortgage notes receivable "have been pledged as
collateral to Berg to secure borrowings under the Loan Agreement", and its ¶4 extinguishes that
security interest and has the parties file "any and all financing statements ... necessary or
desirable to extinguish" it.  This module keeps that chain as events on the *secured* note:

* :class:`Pledge` links an asset to the note from a date; :class:`Release` ends the link.  An asset
  is either a note in the same book (``asset_kind = "note"``, valued on any date from its own ledger
  at principal plus accrued interest) or another asset (``"other"``) valued by dated
  :class:`Valuation` events.  A ``haircut`` (0.25 = 25%) is taken off the value before it counts.
* **Coverage** on a date = collateral value after haircuts ÷ payoff.  Below the terms'
  ``collateral.minimum_coverage`` the register warns.
* **Financing statements** (UCC-1): :class:`FinancingStatementFiled` on a date lapses five years
  later (UCC 9-515(a)); a :class:`FinancingStatementContinued` filed within the six months before
  lapse (9-515(d)) keeps it effective for another five years from the lapse date (9-515(e)); a
  :class:`FinancingStatementTerminated` marks it for termination (``filed=False``: the UCC-3 is
  still to be filed) or records the filed UCC-3.  The register warns ``lapse_warning_days`` before a
  lapse.  A filing dated February 29 lapses on February 28 five years on (no February 29 then).

Worked example (the 2002 letter): mortgage notes of principal 17,533,226.80 with 951,754.93 interest
pledged to a loan whose payoff is 18,640,370.41 → coverage 18,484,981.73 ÷ 18,640,370.41 = 0.9917.

These functions are pure: the events, the dates and the values of notes are arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Final

from promissory.core.engine import Reject, Run, register_handler
from promissory.core.events import Event, register_event_kind
from promissory.core.history import live_events
from promissory.core.money import EXACT, Money, RoundingPolicy, check_quantum, currency_quantum
from promissory.core.money import ZERO_EXACT as _ZERO
from promissory.core.problems import Problem
from promissory.core.waterfall import Split
from promissory.errors import InvalidInput

ASSET_KINDS: Final = ("note", "other")
LAPSE_YEARS: Final = 5
CONTINUATION_WINDOW_MONTHS: Final = 6
RATIO: Final = RoundingPolicy(Decimal("0.0001"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Pledge(Event):
    """An asset pledged as collateral to secure this note from ``effective_date``.

    ``asset`` names it: a note id in the book when ``asset_kind`` is ``"note"``, otherwise a short
    name of your choosing ("warehouse-austin").  ``value`` is an ``"other"`` asset's value on the
    pledge date (later values come by :class:`Valuation`); ``haircut`` is the fraction of value that
    does not count toward coverage.
    """

    kind: ClassVar[str] = "pledge"
    financial: ClassVar[bool] = False
    asset: str
    asset_kind: str = "note"
    description: str = ""
    value: Money | None = None
    haircut: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        if not self.asset.strip():
            raise InvalidInput("a pledge must name its asset")
        if self.asset_kind not in ASSET_KINDS:
            raise InvalidInput(
                f"asset kind {self.asset_kind!r} must be one of {', '.join(ASSET_KINDS)}"
            )
        if not Decimal(0) <= self.haircut < Decimal(1):
            raise InvalidInput(f"haircut {self.haircut} must be a fraction from 0 up to 1")
        if self.value is not None:
            _amount(self.value, "pledged asset value")


@dataclass(frozen=True, slots=True, kw_only=True)
class Valuation(Event):
    """The value of a pledged ``"other"`` asset on ``effective_date`` (an appraisal, a quote)."""

    kind: ClassVar[str] = "valuation"
    financial: ClassVar[bool] = False
    asset: str
    value: Money
    source: str = ""

    def __post_init__(self) -> None:
        _amount(self.value, "valuation")


@dataclass(frozen=True, slots=True, kw_only=True)
class Release(Event):
    """The pledge of ``asset`` ends on ``effective_date``: the security interest in it is released.

    ``settlement_id`` names the settlement that released it, when one did.
    """

    kind: ClassVar[str] = "release"
    financial: ClassVar[bool] = False
    asset: str
    settlement_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementFiled(Event):
    """A financing statement (UCC-1) filed on ``effective_date`` to perfect the security interest."""

    kind: ClassVar[str] = "ucc_filing"
    financial: ClassVar[bool] = False
    filing_number: str
    jurisdiction: str
    collateral_description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementContinued(Event):
    """A continuation statement filed on ``effective_date`` (within six months before lapse)."""

    kind: ClassVar[str] = "ucc_continuation"
    financial: ClassVar[bool] = False
    filing_number: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementTerminated(Event):
    """The financing statement is to end: marked for termination, or its UCC-3 filed (``filed``)."""

    kind: ClassVar[str] = "ucc_termination"
    financial: ClassVar[bool] = False
    filing_number: str
    filed: bool = False
    settlement_id: str = ""


def _amount(money: Money, what: str) -> None:
    if money.amount < 0:
        raise InvalidInput(f"{what} {money.amount} must not be negative")
    check_quantum(money.amount, currency_quantum(money.currency), what=what)


# -- the register -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CollateralItem:
    """One asset pledged to the note: when, how it is valued, and when it was released."""

    asset: str
    asset_kind: str
    description: str
    pledged_on: date
    haircut: Decimal
    released_on: date | None
    pledge_seq: int
    valued_on: date | None = None  # the latest valuation of an "other" asset on or before as_of
    value: Decimal | None = None


def register(events: Iterable[Event], as_of: date) -> tuple[CollateralItem, ...]:
    """Every pledge made on or before ``as_of``, with its release if it came by then."""
    items: dict[str, CollateralItem] = {}
    history: list[CollateralItem] = []
    valuations: dict[str, tuple[date, Decimal]] = {}
    for e in live_events(events):
        if e.effective_date > as_of:
            break
        if isinstance(e, Pledge):
            item = CollateralItem(e.asset, e.asset_kind, e.description, e.effective_date,
                                  e.haircut, None, e.seq)  # fmt: skip
            items[e.asset] = item
            history.append(item)
            if e.value is not None:
                valuations[e.asset] = (e.effective_date, e.value.amount)
        elif isinstance(e, Valuation):
            valuations[e.asset] = (e.effective_date, e.value.amount)
        elif isinstance(e, Release) and e.asset in items:
            old = items.pop(e.asset)
            history[history.index(old)] = _with(old, released_on=e.effective_date)
    out = []
    for item in history:
        known = valuations.get(item.asset) if item.asset_kind == "other" else None
        out.append(_with(item, valued_on=known[0], value=known[1]) if known else item)
    return tuple(out)


def _with(item: CollateralItem, **changes: Any) -> CollateralItem:
    fields = {name: getattr(item, name) for name in CollateralItem.__slots__}
    fields.update(changes)
    return CollateralItem(**fields)


def active(events: Iterable[Event], as_of: date) -> tuple[CollateralItem, ...]:
    """The pledges in force at the end of ``as_of``."""
    return tuple(i for i in register(events, as_of) if i.released_on is None)


def pledge_problems(note_id: str, events: Iterable[Event], candidate: Event) -> list[Problem]:
    """Why a pledge, valuation or release cannot be recorded (empty when it can)."""
    day = candidate.effective_date
    pledged = {i.asset: i for i in active(events, day)}
    message, code = None, ""
    if isinstance(candidate, Pledge):
        if candidate.asset_kind == "note" and candidate.asset == note_id:
            message, code = f"note {note_id} cannot secure itself", "self-pledge"
        elif candidate.asset in pledged:
            message, code = (
                f"{candidate.asset} is already pledged to {note_id} since "
                f"{pledged[candidate.asset].pledged_on}",
                "already-pledged",
            )
        elif candidate.asset_kind == "other" and candidate.value is None:
            message, code = (
                f"{candidate.asset} is not a note in the book: give its value on {day}",
                "no-value",
            )
    elif isinstance(candidate, Release | Valuation) and candidate.asset not in pledged:
        known = ", ".join(sorted(pledged)) or "none"
        message, code = (
            f"{candidate.asset} is not pledged to {note_id} on {day} (pledged then: {known})",
            "not-pledged",
        )
    if message is None:
        return []
    return [Problem(note_id, 0, day, code, message)]


# -- coverage -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ValuedCollateral:
    """A pledged asset's value on a day: gross, less the haircut, = what counts toward coverage."""

    item: CollateralItem
    gross: Decimal
    haircut_amount: Decimal
    net: Decimal
    valued_how: str  # "ledger: principal + accrued interest" or "valuation of <date>"


@dataclass(frozen=True, slots=True)
class Coverage:
    """Collateral value ÷ payoff on ``as_of`` and whether it meets the terms' minimum."""

    note_id: str
    as_of: date
    currency: str
    collateral: tuple[ValuedCollateral, ...]
    collateral_value: Decimal
    payoff: Decimal
    ratio: Decimal | None  # four places; None when nothing is owed
    minimum: Decimal | None
    warning: str | None


def coverage(
    note_id: str,
    as_of: date,
    currency: str,
    items: Iterable[CollateralItem],
    note_values: Mapping[str, Decimal],
    payoff: Decimal,
    minimum: Decimal | None,
    rounding: RoundingPolicy,
) -> Coverage:
    """Value each pledged asset and compare the total to the payoff.

    ``note_values`` gives each pledged note's principal plus accrued interest on ``as_of`` (from its
    own ledger).  A haircut is rounded under the secured note's rounding policy.
    """
    valued = []
    for item in items:
        if item.released_on is not None:
            continue
        if item.asset_kind == "note":
            gross = note_values[item.asset]
            how = "ledger: principal + accrued interest"
        else:
            gross = item.value if item.value is not None else Decimal(0)
            how = f"valuation of {item.valued_on}"
        cut = rounding.round(Fraction(gross) * Fraction(item.haircut))
        valued.append(ValuedCollateral(item, gross, cut, EXACT.subtract(gross, cut), how))
    total = sum((v.net for v in valued), Decimal(0))
    ratio = RATIO.round(Fraction(total) / Fraction(payoff)) if payoff > 0 else None
    warning = None
    if minimum is not None and ratio is not None and ratio < minimum:
        warning = (
            f"coverage {ratio} on {as_of} is below the minimum {minimum} of the terms: "
            f"collateral {total:,} against a payoff of {payoff:,}"
        )
    return Coverage(note_id, as_of, currency, tuple(valued), total, payoff, ratio, minimum, warning)


# -- financing statements -------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")


@dataclass(frozen=True, slots=True)
class FinancingStatement:
    """One financing statement as it stands on ``as_of``.

    ``status``: ``effective``, ``lapsed``, ``termination to be filed`` (marked, e.g. by a
    settlement) or ``terminated`` (the UCC-3 is filed).
    """

    filing_number: str
    jurisdiction: str
    filed_on: date
    lapse_date: date
    continuations: tuple[date, ...]
    termination_marked_on: date | None
    terminated_on: date | None
    status: str
    warning: str | None
    continuation_window: tuple[date, date]


def financing_statements(
    events: Iterable[Event], as_of: date, warning_days: int = 180
) -> tuple[FinancingStatement, ...]:
    """Every financing statement filed on or before ``as_of``, with lapse dates and warnings."""
    filings: dict[str, dict[str, Any]] = {}
    for e in live_events(events):
        if e.effective_date > as_of:
            break
        if isinstance(e, FinancingStatementFiled):
            filings[e.filing_number] = {
                "jurisdiction": e.jurisdiction, "filed_on": e.effective_date,
                "lapse": add_months(e.effective_date, 12 * LAPSE_YEARS), "continuations": [],
                "marked": None, "terminated": None,
            }  # fmt: skip
        elif isinstance(e, FinancingStatementContinued) and e.filing_number in filings:
            f = filings[e.filing_number]
            f["continuations"].append(e.effective_date)
            f["lapse"] = add_months(f["lapse"], 12 * LAPSE_YEARS)
        elif isinstance(e, FinancingStatementTerminated) and e.filing_number in filings:
            f = filings[e.filing_number]
            f["marked"] = f["marked"] or e.effective_date
            if e.filed:
                f["terminated"] = e.effective_date
    out = []
    for number, f in filings.items():
        lapse: date = f["lapse"]
        window = (add_months(lapse, -CONTINUATION_WINDOW_MONTHS), lapse - timedelta(days=1))
        warning = None
        if f["terminated"] is not None:
            status = "terminated"
        elif f["marked"] is not None:
            status = "termination to be filed"
            warning = f"financing statement {number}: file the termination statement (UCC-3)"
        elif as_of >= lapse:
            status = "lapsed"
            warning = f"financing statement {number} ({f['jurisdiction']}) lapsed on {lapse}"
        else:
            status = "effective"
            left = (lapse - as_of).days
            if left <= warning_days:
                warning = (
                    f"financing statement {number} ({f['jurisdiction']}) lapses on {lapse}, in "
                    f"{left} days: file a continuation from {window[0]} to {window[1]} "
                    "(UCC 9-515(d))"
                )
        out.append(
            FinancingStatement(
                number,
                f["jurisdiction"],
                f["filed_on"],
                lapse,
                tuple(f["continuations"]),
                f["marked"],
                f["terminated"],
                status,
                warning,
                window,
            )
        )
    return tuple(out)


def filing_problems(note_id: str, events: Iterable[Event], candidate: Event) -> list[Problem]:
    """Why a financing-statement event cannot be recorded (empty when it can)."""
    day = candidate.effective_date
    known = {f.filing_number: f for f in financing_statements(events, day)}
    message, code = None, ""
    if isinstance(candidate, FinancingStatementFiled):
        if candidate.filing_number in known:
            message, code = (
                f"financing statement {candidate.filing_number} is already on file",
                "duplicate-filing",
            )
    elif isinstance(candidate, FinancingStatementContinued | FinancingStatementTerminated):
        f = known.get(candidate.filing_number)
        if f is None:
            message, code = (
                f"no financing statement {candidate.filing_number} on file for {note_id} by {day}",
                "unknown-filing",
            )
        elif f.status == "terminated":
            message, code = (
                f"financing statement {f.filing_number} was terminated on {f.terminated_on}",
                "terminated-filing",
            )
        elif isinstance(candidate, FinancingStatementContinued):
            start, end = f.continuation_window
            if f.status == "lapsed":
                message, code = (
                    f"financing statement {f.filing_number} lapsed on {f.lapse_date}; file a new one",
                    "lapsed-filing",
                )
            elif not start <= day <= end:
                message, code = (
                    f"a continuation of {f.filing_number} may be filed only in the six months "
                    f"before lapse, from {start} to {end} (UCC 9-515(d)); {day} is outside",
                    "continuation-window",
                )
    if message is None:
        return []
    return [Problem(note_id, 0, day, code, message)]


# -- the engine: these events move no money; the secured note's Schedule A shows them -------------


def _open(run: Run, e: Event) -> None:
    closed = run.terminated_on or run.paid_on
    if closed is not None and e.effective_date >= closed:
        raise Reject(
            "after-payoff",
            f"the note was {'terminated' if run.terminated_on else 'paid'} on {closed}; only a "
            f"reversal can follow (got {e.kind} dated {e.effective_date})",
        )


def _pledge(run: Run, e: Pledge) -> None:
    _open(run, e)
    text = f"pledged: {e.asset}" + (f" ({e.description})" if e.description else "")
    run._row(e.seq, e.effective_date, e.kind, e.value.amount if e.value else None, Split(),
             _ZERO, text)  # fmt: skip


def _valuation(run: Run, e: Valuation) -> None:
    _open(run, e)
    run._row(e.seq, e.effective_date, e.kind, e.value.amount, Split(), _ZERO,
             f"valued: {e.asset}" + (f" ({e.source})" if e.source else ""))  # fmt: skip


def _release(run: Run, e: Release) -> None:
    text = f"released: {e.asset}" + (f" (settlement {e.settlement_id})" if e.settlement_id else "")
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO, text)


def _filing(run: Run, e: FinancingStatementFiled) -> None:
    _open(run, e)
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO,
             f"UCC-1 {e.filing_number} filed in {e.jurisdiction}")  # fmt: skip


def _continuation(run: Run, e: FinancingStatementContinued) -> None:
    _open(run, e)
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO,
             f"continuation of {e.filing_number} filed")  # fmt: skip


def _termination(run: Run, e: FinancingStatementTerminated) -> None:
    what = "UCC-3 termination filed" if e.filed else "marked for termination"
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO, f"{e.filing_number}: {what}")


for _cls, _handler in (
    (Pledge, _pledge),
    (Valuation, _valuation),
    (Release, _release),
    (FinancingStatementFiled, _filing),
    (FinancingStatementContinued, _continuation),
    (FinancingStatementTerminated, _termination),
):
    register_event_kind(_cls)
    register_handler(_cls, _handler)
