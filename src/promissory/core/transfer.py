"""Transfers: the assignment of a note to a new holder, and the holder history.

The seed note is payable "to the order of" its lender and "shall extend to any holder hereof"
(¶8), but its legend says it "MAY NOT BE SOLD, OFFERED FOR SALE, PLEDGED OR HYPOTHECATED IN THE
ABSENCE OF A REGISTRATION STATEMENT ... OR AN OPINION OF COUNSEL ... OR UNLESS SOLD PURSUANT TO
RULE 144".  So an assignment of a note whose terms say ``[transfer] restricted = true`` must record
its **basis** — ``registration``, ``opinion-of-counsel`` or ``rule-144`` — or it is refused with a
message that says so.

The first holder is the terms' lender.  Each live :class:`Transfer` makes its ``holder`` the holder
from its date; ``assumes_obligations`` records that the assignee takes over the assignor's
obligations under the note (the 2002 letter, ¶3: "Berg hereby assumes any and all obligations and
duties of Valence under the Notes").

Example: the mortgage notes, held by Valence Technology, Inc., are assigned to Berg & Berg
Enterprises, LLC on 2002-03-31 by the settlement of the loan they secured; their holder history
then reads Valence (from issue) → Berg (from 2002-03-31, obligations assumed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar, Final

from promissory.core.collateral import open_check
from promissory.core.engine import Run
from promissory.core.events import Event
from promissory.core.history import live_events
from promissory.core.kinds import declare
from promissory.core.money import ZERO_EXACT
from promissory.core.problems import Reject
from promissory.core.state import Split
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

#: What may lift the seed note's securities legend.
BASES: Final = ("registration", "opinion-of-counsel", "rule-144")


@dataclass(frozen=True, slots=True, kw_only=True)
class Transfer(Event):
    """The note is assigned to ``holder`` (the assignee's legal name) on ``effective_date``.

    ``basis``: why a restricted note may be transferred (one of :data:`BASES`); ``None`` when the
    note is not restricted.  ``assumes_obligations``: the assignee takes over the assignor's
    obligations under the note.  ``settlement_id`` names the settlement that assigned it, if any.
    """

    kind: ClassVar[str] = "transfer"
    financial: ClassVar[bool] = False
    holder: str
    basis: str | None = None
    assumes_obligations: bool = False
    settlement_id: str = ""
    #: a partial assignment (a participation): the fraction of the whole note assigned, 0 < share
    #: <= 1; ``None`` assigns everything the assignor holds
    share: Decimal | None = None
    #: who assigns: a holder of the note on the day; empty for the holder of record
    assignor: str = ""

    def __post_init__(self) -> None:
        Event.__post_init__(self)
        if not self.holder.strip():
            raise InvalidInput("a transfer must name the new holder")
        if self.share is not None and not Decimal(0) < self.share <= Decimal(1):
            raise InvalidInput(
                f"transfer share {self.share} must be a fraction of the whole note, "
                "greater than 0 and at most 1"
            )
        if self.basis is not None and self.basis not in BASES:
            raise InvalidInput(f"transfer basis {self.basis!r} must be one of {', '.join(BASES)}")


def restriction_message(terms: Terms, holder: str, day: date) -> str:
    """The refusal for a restricted note assigned without a basis."""
    legend = terms.transfer.legend or "its legend restricts transfer"
    return (
        f"assignment of note {terms.id} to {holder} on {day} refused: the note's legend restricts "
        f'transfer ("{legend}"); record the basis of the transfer: registration, '
        "opinion-of-counsel or rule-144"
    )


@dataclass(frozen=True, slots=True)
class Holding:
    """Who held the note from ``since`` (until the next holding), and how it came to them."""

    holder: str
    since: date
    basis: str | None
    assumes_obligations: bool
    seq: int  # 0 for the original lender
    settlement_id: str = ""
    share: Decimal | None = None  # a partial assignment: the fraction of the whole note
    assignor: str = ""


def holders(terms: Terms, events: Iterable[Event]) -> tuple[Holding, ...]:
    """The holder history: the lender from the issue date, then each live transfer in date order."""
    out = [Holding(terms.lender.name, terms.issue_date, None, False, 0)]
    for e in live_events(events):
        if isinstance(e, Transfer):
            out.append(Holding(e.holder, e.effective_date, e.basis, e.assumes_obligations,
                               e.seq, e.settlement_id, e.share, e.assignor))  # fmt: skip
    return tuple(out)


def holder_on(terms: Terms, events: Iterable[Event], day: date) -> str:
    """The holder of record at the end of ``day``: the sole holder, or of a note held in parts
    (participations) the lead holder — the largest part, ties to the holder who has held longest
    (see :mod:`promissory.core.participation`)."""
    from promissory.core.participation import parts_on  # the parts build on the history above

    return parts_on(terms, events, day)[0].holder


def _transferable(run: Run, e: Transfer) -> None:
    if run.terms.transfer.restricted and e.basis is None:
        raise Reject("transfer-restricted", restriction_message(run.terms, e.holder,
                                                                 e.effective_date))  # fmt: skip


def _transfer(run: Run, e: Transfer) -> None:
    text = f"assigned to {e.holder}"
    if e.share is not None:
        text = f"{e.share:%} of the note assigned to {e.holder}"
    if e.assignor:
        text += f" by {e.assignor}"
    if e.basis:
        text += f" ({e.basis})"
    if e.assumes_obligations:
        text += "; assignee assumes the assignor's obligations"
    run._row(e.seq, e.effective_date, e.kind, None, Split(), ZERO_EXACT, text)


declare(Transfer, _transfer, validators=(open_check, _transferable))
