"""The caller of a request: the facade and the principal, and the one policy asked before each use.

Every endpoint reaches the book through a :class:`Caller`, which asks
:func:`promissory.app.access.allowed` — the one policy — before the facade is called:

* a note the principal may not read answers exactly as a note that is not in the book (404, with
  the same message), whatever the action asked;
* an action on a note it may read but may not do is 403 (a borrower recording a payment);
* ``known_on`` (the note as the book stood on a past moment) is an audit, so it needs ``AUDIT``
  besides reading the note.

``recorded_by`` on every write is the principal's user name, never a field of the request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from promissory.app import Promissory
from promissory.app.access import Action, NoteParties, Principal, allowed
from promissory.book.store import NoteRecord
from promissory.errors import Conflict, Forbidden, NotFound


def missing(note_id: str) -> NotFound:
    """The one answer for a note that is not in the book *or* that the principal may not read."""
    return NotFound(f"no note {note_id!r} in the book")


@dataclass(frozen=True, slots=True)
class Caller:
    """The facade as one principal may use it."""

    service: Promissory
    principal: Principal

    @property
    def user(self) -> str:
        """Who the book records as ``recorded_by``."""
        return self.principal.user

    def today(self) -> date:
        return self.service.clock().date()

    # -- the questions asked of the policy ---------------------------------------------------------
    def parties(self, note_id: str) -> tuple[NoteRecord, NoteParties]:
        """The note and its parties (its holders of record from its history); 404 if not in the book."""
        try:
            record = self.service.note(note_id)
        except NotFound:
            raise missing(note_id) from None
        terms = record.terms
        holders = [h.holder for h in self.service.holder_history(note_id)]
        return record, NoteParties.of(terms.borrower.name, terms.lender.name, holders)

    def can_read(self, note_id: str) -> bool:
        try:
            return allowed(self.principal, Action.READ, self.parties(note_id)[1])
        except NotFound:
            return False

    def read(self, note_id: str, known_on: str | None = None) -> NoteRecord:
        """The note if the principal may read it (and audit it, for ``known_on``)."""
        record, parties = self.parties(note_id)
        if not allowed(self.principal, Action.READ, parties):
            raise missing(note_id)
        if known_on is not None and not allowed(self.principal, Action.AUDIT, parties):
            raise self._forbidden(Action.AUDIT, f"note {note_id} as known on a past moment")
        return record

    def record(self, note_id: str, if_match: str | None = None) -> int | None:
        """Check that the principal may record on the note; the head ``If-Match`` names (or None).

        ``If-Match`` holds the note's ETag (its head hash, as a read returned it) or ``*``; a stale
        one is a 409, and the head returned makes the write fail if another lands before it.
        """
        record, parties = self.parties(note_id)
        if not allowed(self.principal, Action.READ, parties):
            raise missing(note_id)
        if not allowed(self.principal, Action.RECORD, parties):
            raise self._forbidden(Action.RECORD, f"note {note_id}")
        return expected_head(record, if_match)

    def book(self, action: Action, what: str) -> None:
        """Check an action on the whole book (audit, administration, a list)."""
        if not allowed(self.principal, action, None):
            raise self._forbidden(action, what)

    def new_note(self, borrower: str, lender: str, note_id: str) -> None:
        """Check that the principal may add a note between these parties."""
        if not allowed(self.principal, Action.RECORD, NoteParties.of(borrower, lender)):
            raise self._forbidden(Action.RECORD, f"a new note {note_id} of {lender}")

    def _forbidden(self, action: Action, what: str) -> Forbidden:
        p = self.principal
        return Forbidden(f"user {p.user!r} ({p.role.value}) may not {action.value} {what}")


def etag(record: NoteRecord) -> str:
    """The note's ETag: the chain hash of its last event (its creation hash before any)."""
    return f'"{record.head_hash}"'


def expected_head(record: NoteRecord, if_match: str | None) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return None
    tags = [t.strip().removeprefix("W/").strip('"') for t in if_match.split(",")]
    if record.head_hash not in tags:
        raise Conflict(
            f"note {record.terms.id}: If-Match {if_match!r} is not the ledger's head (event "
            f"#{record.head}, ETag {etag(record)}); re-read and try again"
        )
    return record.head
