"""Settling a note: propose (reconcile to the cent), accept (one atomic batch), reverse (all of it).

``propose`` values each assigned note from its own ledger on the settlement date (principal plus
accrued interest) unless an agreed value is given, and reconciles the consideration with the payoff
(:func:`promissory.core.settlement.reconcile`).

``accept`` writes, in **one** :meth:`Book.append_batch` — every note's events land, or none do:

* on the settled note: the :class:`Settlement` (paid, agreement terminated), a :class:`Release` of
  every pledge in force, and a :class:`FinancingStatementTerminated` mark (to be filed) for every
  financing statement in force;
* on each assigned note: a :class:`Transfer` to the settled note's holder, who assumes the
  assignor's obligations under it.

Every one of them carries the settlement's id.  ``reverse`` writes a :class:`Reversal` of each, again
in one batch, so balances, holders and collateral are exactly as they were before.

Both are built and validated with every note they touch locked, through the one unit of work
(:meth:`Promissory.write <promissory.app.service.Promissory.write>`).  :class:`SettlementDesk` is
part of the facade :class:`~promissory.app.service.Promissory`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from promissory.app.collateral import CollateralDesk
from promissory.app.unit_of_work import Entry, StaleHead
from promissory.core.collateral import Release, active
from promissory.core.events import Event, Reversal
from promissory.core.filings import FinancingStatementTerminated
from promissory.core.filings import financing_statements as filings_on
from promissory.core.history import live_events
from promissory.core.settlement import (
    AssignedNote,
    Cash,
    Consideration,
    Forgiveness,
    Reconciliation,
    Settlement,
    Shares,
    reconcile,
    settlement_event,
    settlement_of,
)
from promissory.core.transfer import Transfer, holder_on
from promissory.errors import IdempotencyKeyReused, InvalidInput, NotFound

if TYPE_CHECKING:
    from promissory.app.unit_of_work import Recorded


@dataclass(frozen=True, slots=True)
class NoteToAssign:
    """A note offered as consideration: valued from its ledger unless ``agreed_value`` is given."""

    note_id: str
    agreed_value: Decimal | None = None
    basis: str | None = None


Offer = Cash | NoteToAssign | Shares | Forgiveness


@dataclass(frozen=True, slots=True)
class Applied:
    """What accepting or reversing a settlement wrote: the events, note by note."""

    settlement_id: str
    reconciliation: Reconciliation | None
    written: tuple[tuple[str, tuple[Event, ...]], ...]
    #: the same request again (its idempotency key): nothing written, ``written`` is what the first
    #: one wrote
    repeated: bool = False


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    """A settlement found in the book: its event and every event linked to it, on every note."""

    settlement_id: str
    event: Settlement
    linked: tuple[tuple[str, Event], ...]
    reversed: bool


class SettlementDesk(CollateralDesk):
    """Propose, accept, find and reverse settlements (see the module docstring)."""

    def _consideration(self, day: date, offer: Sequence[Offer]) -> list[Consideration]:
        out: list[Consideration] = []
        for item in offer:
            if isinstance(item, NoteToAssign):
                self.note(item.note_id)  # NotFound names the notes in the book
                if item.agreed_value is not None:
                    out.append(AssignedNote(item.note_id, item.agreed_value, "agreed",
                                            basis=item.basis))  # fmt: skip
                else:
                    v = self.note_value(item.note_id, day)
                    out.append(AssignedNote(item.note_id, v.total, "ledger", v.principal,
                                            v.interest, item.basis))  # fmt: skip
            else:
                out.append(item)
        return out

    def propose_settlement(self, note_id: str, day: date, offer: Sequence[Offer]) -> Reconciliation:
        """Reconcile ``offer`` with the payoff of ``note_id`` on ``day`` (writes nothing)."""
        ledger = self.view(note_id).ledger
        return reconcile(ledger, day, self._consideration(day, offer))

    def _new_settlement_id(self, note_id: str, day: date, settlement_id: str | None) -> str:
        """The id given, if unused, or ``note@day`` (``#2``, ``#3`` … if taken): index lookups."""
        if settlement_id is not None:
            if self.book.settlement_used(settlement_id):
                raise InvalidInput(f"settlement id {settlement_id!r} is already used in the book")
            return settlement_id
        sid, n = f"{note_id}@{day.isoformat()}", 2
        while self.book.settlement_used(sid):
            sid, n = f"{note_id}@{day.isoformat()}#{n}", n + 1
        return sid

    def accept_settlement(self, note_id: str, day: date, offer: Sequence[Offer], *,
                          settlement_id: str | None = None, recorded_by: str = "",
                          memo: str = "", expected_head: int | None = None,
                          idempotency_key: str | None = None) -> Applied:  # fmt: skip
        """Apply the settlement in one transaction (see the module docstring).

        With ``expected_head`` the settlement is refused (:class:`Conflict`) unless the loan's last
        event is that one.  ``idempotency_key`` is kept with the settlement event: the same request
        again writes nothing and answers with what the first one wrote; the key used for another
        request is refused (:class:`IdempotencyKeyReused`).  Both are decided under the notes' locks.
        """
        assigned_ids = [item.note_id for item in offer if isinstance(item, NoteToAssign)]
        done: list[Applied | tuple[str, Reconciliation]] = []

        def build() -> dict[str, list[Entry]]:
            if idempotency_key is not None:  # the same request again answers as the first time,
                earlier = self.book.by_idempotency_key(
                    note_id, idempotency_key
                )  # head moved or not
                if earlier is not None:
                    done[:] = [self._accepted_before(earlier, idempotency_key, day, settlement_id,
                                                     offer, memo)]  # fmt: skip
                    return {}
            self._check_head(note_id, expected_head)
            sid, r, per_note = self._settlement_events(note_id, day, offer, settlement_id,
                                                       recorded_by, memo)  # fmt: skip
            done[:] = [(sid, r)]
            entries = {n: [Entry(e) for e in events] for n, events in per_note.items()}
            entries[note_id][0] = Entry(per_note[note_id][0], idempotency_key)
            return entries

        written = self.write([note_id, *assigned_ids], build)
        first = done[0]
        if isinstance(first, Applied):
            return first
        sid, r = first
        return Applied(sid, r, _events(written))

    def _check_head(self, note_id: str, expected_head: int | None) -> None:
        head = self.book.head(note_id)[0]
        if expected_head is not None and head != expected_head:
            raise StaleHead(
                f"note {note_id}: expected to append after event #{expected_head}, but the "
                f"ledger is at #{head}; re-read and try again"
            )

    def _accepted_before(self, earlier: Event, key: str, day: date, settlement_id: str | None,
                         offer: Sequence[Offer] = (), memo: str = "") -> Applied:  # fmt: skip
        """The settlement an idempotency key already wrote, if it is the same request: the same
        day, id, memo and consideration (as far as the settlement event states it)."""
        sid = settlement_of(earlier)
        same = (isinstance(earlier, Settlement) and sid is not None
                and earlier.effective_date == day and settlement_id in (None, sid)
                and _same_offer(earlier, offer, memo))  # fmt: skip
        if not same or sid is None:
            raise IdempotencyKeyReused(
                key, f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} "
                f"on {earlier.effective_date}), a different request; use a new key")  # fmt: skip
        rec = self.find_settlement(sid)
        return Applied(sid, None, _grouped(rec.linked), repeated=True)

    def _settlement_events(self, note_id: str, day: date, offer: Sequence[Offer],
                           settlement_id: str | None, recorded_by: str,
                           memo: str) -> tuple[str, Reconciliation, dict[str, list[Event]]]:  # fmt: skip
        view = self.view(note_id)
        terms = view.record.terms
        r = self.propose_settlement(note_id, day, offer)
        sid = self._new_settlement_id(note_id, day, settlement_id)
        loan_events: list[Event] = [settlement_event(r, sid, recorded_by=recorded_by, memo=memo)]
        for item in active(view.events, day):
            loan_events.append(Release(note_id=note_id, effective_date=day, asset=item.asset,
                                       settlement_id=sid, recorded_by=recorded_by))  # fmt: skip
        for f in filings_on(view.events, day):
            if f.status == "effective":
                loan_events.append(FinancingStatementTerminated(
                    note_id=note_id, effective_date=day, filing_number=f.filing_number,
                    filed=False, settlement_id=sid, recorded_by=recorded_by))  # fmt: skip
        per_note: dict[str, list[Event]] = {note_id: loan_events}
        assignee = holder_on(terms, view.events, day)
        for assigned in r.assigned_notes:
            other = self.view(assigned.note_id)
            holder = holder_on(other.record.terms, other.events, day)
            if holder != terms.borrower.name:
                raise InvalidInput(
                    f"note {assigned.note_id} is held by {holder} on {day}, not by the borrower "
                    f"{terms.borrower.name}: only its holder can assign it"
                )
            per_note[assigned.note_id] = [Transfer(
                note_id=assigned.note_id, effective_date=day, holder=assignee,
                basis=assigned.basis, assumes_obligations=True, settlement_id=sid,
                recorded_by=recorded_by,
                memo=f"assigned in settlement {sid} of note {note_id}")]  # fmt: skip
        return sid, r, per_note

    def find_settlement(self, settlement_id: str) -> SettlementRecord:
        """The settlement ``settlement_id`` and every event linked to it, on every note.

        Only the notes the settlement touched are read (the ``settlement_id`` index finds them).
        """
        linked: list[tuple[str, Event]] = []
        settled: Settlement | None = None
        reversed_ = False
        for note_id in self.book.settlement_notes(settlement_id):
            events = self.view(note_id).events
            live = {e.seq for e in live_events(events)}
            for e in events:
                if settlement_of(e) != settlement_id:
                    continue
                if isinstance(e, Settlement):
                    settled, reversed_ = e, e.seq not in live
                if e.seq in live:
                    linked.append((note_id, e))
        if settled is None:
            raise NotFound(f"no settlement {settlement_id!r} in the book")
        return SettlementRecord(settlement_id, settled, tuple(linked), reversed_)

    def reverse_settlement(self, settlement_id: str, day: date, *, reason: str = "",
                           recorded_by: str = "", expected_head: int | None = None,
                           idempotency_key: str | None = None) -> Applied:  # fmt: skip
        """Reverse every event of the settlement, on every note, in one transaction.

        ``expected_head`` and ``idempotency_key`` as for :meth:`accept_settlement`, on the note the
        settlement paid (the key is kept with the first reversal written on it).
        """
        found = self.find_settlement(settlement_id)
        loan = found.event.note_id
        done: list[Applied] = []

        def build() -> dict[str, list[Entry]]:
            if idempotency_key is not None:  # the same request again answers as the first time
                earlier = self.book.by_idempotency_key(loan, idempotency_key)
                if earlier is not None:
                    done[:] = [self._reversed_before(earlier, idempotency_key, settlement_id,
                                                     day, reason)]  # fmt: skip
                    return {}
            self._check_head(loan, expected_head)
            record = self.find_settlement(settlement_id)
            if record.reversed:
                raise InvalidInput(f"settlement {settlement_id} is already reversed")
            per_note: dict[str, list[Entry]] = {}
            for note_id, e in record.linked:
                if isinstance(e, Transfer):
                    later = [x for x in live_events(self.view(note_id).events)
                             if isinstance(x, Transfer) and x.seq > e.seq]  # fmt: skip
                    if later:
                        raise InvalidInput(
                            f"note {note_id} was assigned again after settlement {settlement_id} "
                            f"(event #{later[0].seq}); reverse that assignment first"
                        )
                entries = per_note.setdefault(note_id, [])
                key = idempotency_key if note_id == loan and not entries else None
                entries.append(Entry(Reversal(
                    note_id=note_id, effective_date=day, target_seq=e.seq,
                    recorded_by=recorded_by,
                    reason=reason or f"settlement {settlement_id} reversed"), key))  # fmt: skip
            return per_note

        touched = set(self.book.settlement_notes(settlement_id))  # a repeat finds none linked
        written = self.write(touched, build, settlement_reversal=settlement_id)
        if done:
            return done[0]
        return Applied(settlement_id, None, _events(written))

    def _reversed_before(self, earlier: Event, key: str, settlement_id: str,
                         day: date | None = None, reason: str | None = None) -> Applied:  # fmt: skip
        """The reversal an idempotency key already wrote, if it reversed this settlement on the
        same day for the same reason (the same request)."""
        events = self.view(earlier.note_id).events
        target = next((e for e in events if isinstance(earlier, Reversal)
                       and e.seq == earlier.target_seq), None)  # fmt: skip
        stated = reason or f"settlement {settlement_id} reversed"  # as the reversal writes it
        same = isinstance(earlier, Reversal) and (day is None or earlier.effective_date == day) and (
            reason is None or earlier.reason == stated)  # fmt: skip
        if target is None or settlement_of(target) != settlement_id or not same:
            raise IdempotencyKeyReused(
                key, f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} "
                f"on {earlier.effective_date}), a different request; use a new key")  # fmt: skip
        written: list[tuple[str, Event]] = []
        for note_id in self.book.settlement_notes(settlement_id):
            note_events = self.view(note_id).events
            ours = {e.seq for e in note_events if settlement_of(e) == settlement_id}
            written += [(note_id, e) for e in note_events
                        if isinstance(e, Reversal) and e.target_seq in ours]  # fmt: skip
        return Applied(settlement_id, None, _grouped(written), repeated=True)


def _grouped(linked: Sequence[tuple[str, Event]]) -> tuple[tuple[str, tuple[Event, ...]], ...]:
    notes: dict[str, list[Event]] = {}
    for note_id, e in linked:
        notes.setdefault(note_id, []).append(e)
    return tuple((n, tuple(events)) for n, events in notes.items())


def _events(written: Mapping[str, Sequence[Recorded]]) -> tuple[tuple[str, tuple[Event, ...]], ...]:
    return tuple((n, tuple(r.event for r in recorded)) for n, recorded in written.items())


def _same_offer(earlier: Settlement, offer: Sequence[Offer], memo: str) -> bool:
    """Whether ``offer`` (and ``memo``) is what wrote ``earlier``: the notes assigned, the shares'
    price and count, and — with no shares, whose remainder may go to cash or be forgiven — the
    cash and the forgiveness, each summed, compared exactly."""
    shares = [item for item in offer if isinstance(item, Shares)]
    assigned = sorted(item.note_id for item in offer if isinstance(item, NoteToAssign))
    if earlier.memo != memo or sorted(earlier.assigned_notes) != assigned:
        return False
    if shares:
        return all(s.price == earlier.share_price and s.count in (None, earlier.shares_count)
                   for s in shares)  # fmt: skip
    cash = sum((item.amount for item in offer if isinstance(item, Cash)), Decimal(0))
    forgiven = sum((item.amount for item in offer if isinstance(item, Forgiveness)), Decimal(0))
    return (earlier.shares_count == 0 and earlier.cash.amount == cash
            and earlier.forgiven.amount == forgiven)  # fmt: skip
