"""The collateral register: what secures a note and what it is worth (coverage).

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
* **A borrowing base** (``collateral.advance_rate``) does more than warn: the handlers here keep
  each pledged asset's latest *recorded* value in the state (``State.eligible``), an advance beyond
  the base is refused, and a release waits for its release price
  (:mod:`promissory.core.borrowing_base`).
* **Financing statements** are kept in :mod:`promissory.core.filings`.

An asset is pledged to a note once at a time: replay refuses a pledge of an asset already pledged
and not released (``already-pledged``), a note pledged to itself, and a release or valuation of an
asset not pledged then (``not-pledged``), so a bundle that breaks them shows the problem.

Worked example (the 2002 letter): mortgage notes of principal 17,533,226.80 with 951,754.93 interest
pledged to a loan whose payoff is 18,640,370.41 → coverage 18,484,981.73 ÷ 18,640,370.41 = 0.9917.

These functions are pure: the events, the dates and the values of notes are arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Final

from promissory.core.borrowing_base import ReleasePrice, release_price
from promissory.core.engine import Run
from promissory.core.events import Event
from promissory.core.history import live_events
from promissory.core.kinds import declare
from promissory.core.money import (
    EXACT,
    Money,
    RoundingPolicy,
    check_quantum,
    currency_quantum,
    money_text,
)
from promissory.core.money import ZERO_EXACT as _ZERO
from promissory.core.problems import Reject
from promissory.core.state import Split
from promissory.errors import InvalidInput

ASSET_KINDS: Final = ("note", "other")
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
        Event.__post_init__(self)
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
        Event.__post_init__(self)
        _amount(self.value, "valuation")


@dataclass(frozen=True, slots=True, kw_only=True)
class Release(Event):
    """The pledge of ``asset`` ends on ``effective_date``: the security interest in it is released.

    ``settlement_id`` names the settlement that released it, when one did.  ``price`` is a
    release price agreed for this release (principal to be paid for the lender to release the
    asset); without it the terms' ``[collateral] release_price`` sets one, if they have it.  The
    price is paid by a payment recorded the same day, never by the release itself
    (:mod:`promissory.core.borrowing_base`).
    """

    kind: ClassVar[str] = "release"
    financial: ClassVar[bool] = False
    asset: str
    settlement_id: str = ""
    price: Money | None = None

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        if self.price is not None:
            _amount(self.price, "release price")


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
    #: pledged notes whose value is withheld from the reader (a note it may not read): left out
    #: of the collateral, its value and the ratio
    withheld: tuple[str, ...] = ()


def coverage(
    note_id: str,
    as_of: date,
    currency: str,
    items: Iterable[CollateralItem],
    note_values: Mapping[str, Decimal],
    payoff: Decimal,
    minimum: Decimal | None,
    rounding: RoundingPolicy,
    withheld: frozenset[str] = frozenset(),
) -> Coverage:
    """Value each pledged asset and compare the total to the payoff.

    ``note_values`` gives each pledged note's principal plus accrued interest on ``as_of`` (from its
    own ledger).  A haircut is rounded under the secured note's rounding policy.  The pledged
    notes in ``withheld`` (notes the reader may not read) are left out: their value, and so the
    total and the ratio, would tell what the reader may not know; a warning says so.
    """
    valued = []
    hidden: list[str] = []
    for item in items:
        if item.released_on is not None:
            continue
        if item.asset_kind == "note" and item.asset in withheld:
            hidden.append(item.asset)
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
    if hidden:
        left_out = (
            f"the value of {len(hidden)} pledged note(s) you may not read is withheld: "
            "the collateral value and the ratio count only the rest"
        )
        warning = f"{warning}; {left_out}" if warning else left_out
    return Coverage(note_id, as_of, currency, tuple(valued), total, payoff, ratio, minimum,
                    warning, tuple(hidden))  # fmt: skip


# -- the engine: these events move no money; the secured note's Schedule A shows them -------------


def open_check(run: Run, e: Event) -> None:
    """Refuse anything but a release once the note is paid or terminated."""
    closed = run.terminated_on or run.paid_on
    if closed is not None and e.effective_date >= closed:
        raise Reject(
            "after-payoff",
            f"the note was {'terminated' if run.terminated_on else 'paid'} on {closed}; only a "
            f"reversal can follow (got {e.kind} dated {e.effective_date})",
        )


def _pledged_on(run: Run, asset: str) -> date | None:
    return next((day for name, day in run.pledged if name == asset), None)


def _pledgeable(run: Run, e: Pledge) -> None:
    """An asset is pledged once at a time, never the note to itself, and a release or valuation
    names an asset pledged then; checked in replay order."""
    note_id = run.terms.id
    if e.asset_kind == "note" and e.asset == note_id:
        raise Reject("self-pledge", f"note {note_id} cannot secure itself")
    since = _pledged_on(run, e.asset)
    if since is not None:
        raise Reject("already-pledged", f"{e.asset} is already pledged to {note_id} since {since}")
    if e.asset_kind == "other" and e.value is None:
        raise Reject("no-value", f"{e.asset} is not a note in the book: give its value on "
                     f"{e.effective_date}")  # fmt: skip


def _pledged(run: Run, e: Valuation | Release) -> None:
    # resumed from a checkpoint written without the register, "not pledged" is not decided
    if run.registers_known and _pledged_on(run, e.asset) is None:
        known = ", ".join(sorted(name for name, _ in run.pledged)) or "none"
        raise Reject("not-pledged", f"{e.asset} is not pledged to {run.terms.id} on "
                     f"{e.effective_date} (pledged then: {known})")  # fmt: skip


def _pledge(run: Run, e: Pledge) -> None:
    text = f"pledged: {e.asset}" + (f" ({e.description})" if e.description else "")
    run.pledged = (*run.pledged, (e.asset, e.effective_date))
    if run.terms.collateral.advance_rate is not None:  # the borrowing base counts it from now
        if e.value is not None:
            run._currency(e.value.currency, "the pledged asset's value")
        value = e.value.amount if e.value is not None else None
        run.eligible = (*run.eligible, (e.asset, e.haircut, value))
    run._row(e.seq, e.effective_date, e.kind, e.value.amount if e.value else None, Split(),
             _ZERO, text)  # fmt: skip


def _valuation(run: Run, e: Valuation) -> None:
    if run.terms.collateral.advance_rate is not None:  # the latest value counts in the base
        run._currency(e.value.currency, "the valuation")
        run.eligible = tuple((a, cut, e.value.amount if a == e.asset else v)
                             for a, cut, v in run.eligible)  # fmt: skip
    run._row(e.seq, e.effective_date, e.kind, e.value.amount, Split(), _ZERO,
             f"valued: {e.asset}" + (f" ({e.source})" if e.source else ""))  # fmt: skip


def _release(run: Run, e: Release) -> None:
    text = f"released: {e.asset}" + (f" (settlement {e.settlement_id})" if e.settlement_id else "")
    taken = _release_price_paid(run, e)
    if taken:
        text += f"; release price {money_text(taken, run.terms.currency)} paid"
    run.pledged = tuple(p for p in run.pledged if p[0] != e.asset)
    run.eligible = tuple(item for item in run.eligible if item[0] != e.asset)
    run._row(e.seq, e.effective_date, e.kind, taken or None, Split(), _ZERO, text)


def _release_price_paid(run: Run, e: Release) -> Decimal:
    """The release price this release takes from the day's principal payments (0 when none is
    asked); refused when they do not come to it (:mod:`promissory.core.borrowing_base`)."""
    collateral, currency, day = run.terms.collateral, run.terms.currency, e.effective_date
    if e.price is not None:
        run._currency(e.price.currency, "the release price")
        asked = ReleasePrice(e.asset, e.price.amount, "stated with the release")
    elif collateral.release_price is not None and collateral.advance_rate is not None:
        item = next((i for i in run.eligible if i[0] == e.asset), (e.asset, Decimal(0), None))
        asked = release_price(currency, collateral.advance_rate, collateral.release_price, item,
                              run.rounding)  # fmt: skip
    else:
        return Decimal(0)
    paid = taken = Decimal(0)  # principal paid that day, and release prices already taken from it
    for row in reversed(run.rows):
        if row.effective_date != day:
            break
        if row.reversed_by is None:
            paid = EXACT.add(paid, row.split.principal)
            if row.kind == "release" and row.amount:
                taken = EXACT.add(taken, row.amount)
    credit = EXACT.subtract(paid, taken)
    # never more than the principal owed before the day's payments (less what earlier releases
    # that day took): a note paid in full releases everything
    due = min(asked.price, EXACT.add(credit, run.principal))
    if due > credit:
        earlier = (
            f", less {money_text(taken, currency)} taken by releases before it" if taken else ""
        )
        raise Reject(
            "release-price",
            f"release of {e.asset} on {day} needs its release price paid first: {asked.how} = "
            f"{money_text(asked.price, currency)} of principal; principal paid that day "
            f"{money_text(paid, currency)}{earlier} leaves {money_text(credit, currency)} (record "
            f"a payment that pays {money_text(EXACT.subtract(due, credit), currency)} more "
            "principal that day, then the release)",
            ("price", asked.price), ("paid", credit),
        )  # fmt: skip
    return due


declare(Pledge, _pledge, validators=(open_check, _pledgeable))
declare(Valuation, _valuation, validators=(open_check, _pledged))
declare(Release, _release, validators=(_pledged,))  # a release may follow the payoff
