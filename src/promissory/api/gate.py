"""The caller of a request: the facade acting as the request's principal.

Every endpoint reaches the book through a :class:`Caller`, a thin handle on
:class:`promissory.app.Acting` — the enforcement point, which asks
:func:`promissory.app.access.allowed` (the one policy) before each use of the facade, records
``recorded_by`` as the principal's user on every write and keeps the audit log:

* a note the principal may not read answers exactly as a note that is not in the book (404, the
  same message), whatever the action asked;
* an action on a note it may read but may not do is 403 (a borrower recording a payment);
* ``known_on`` (the note as the book stood on a past moment) is an audit (403 unless allowed).

What the caller adds is HTTP's: the ETag of a note and ``If-Match`` read against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from promissory.api.params import moment
from promissory.app import Acting, Promissory
from promissory.app.access import Action
from promissory.book.store import NoteRecord
from promissory.errors import Conflict, Forbidden, NotFound

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Caller:
    """The facade as one principal may use it (see the module docstring)."""

    acting: Acting

    @property
    def service(self) -> Promissory:
        return self.acting.service

    @property
    def user(self) -> str:
        """Who the book records as ``recorded_by``."""
        return self.acting.user

    def today(self) -> date:
        return self.service.clock().date()

    def can_read(self, note_id: str) -> bool:
        return self.acting.may(Action.READ, note_id)

    def read(self, note_id: str, known_on: str | None = None) -> NoteRecord:
        """The note if the principal may read it (and audit the book, for ``known_on``); a
        refusal is entered in the audit log."""
        at = moment(known_on)
        return self.acting.reading(note_id, at, lambda: self.service.note(note_id))

    def asset_kind(self, asset: str, kind: str | None) -> str | None:
        """The kind of a pledged asset as the caller may know it: a note it may not read is not a
        note in the book to it (pledged as another asset, or refused as a missing note would be),
        so a pledge does not tell whether such a note exists."""
        if kind == "other" or asset not in self.service.book.note_ids() or self.can_read(asset):
            return kind
        if kind == "note":
            raise NotFound(f"no note {asset!r} in the book to pledge (pledge another asset "
                           "with a value)")  # fmt: skip
        return "other"

    def book(self, action: Action, what: str) -> None:
        """Check an action on the whole book (audit, administration, a list); a refusal is logged."""
        try:
            self.acting.require(action)
        except Forbidden:
            self.acting.audit(what, "book", "forbidden")
            raise

    def write(self, note_ids: list[str], name: str, call: Callable[[str], T]) -> T:
        """Check that the principal may record on every note, run ``call(user)``, log it."""
        return self.acting.writing(note_ids, name, call)

    def head(self, note_id: str, if_match: str | None) -> int | None:
        """The ledger head ``If-Match`` names (``None`` without one, or with ``*``).

        ``If-Match`` holds the note's ETag (its head hash, as a read returned it); a stale one is a
        409, and the head returned makes the write fail if another lands before it.  Called inside
        :meth:`write`, after the principal was allowed to record on the note.
        """
        if if_match is None or if_match.strip() == "*":
            return None
        record = self.service.note(note_id)
        tags = [t.strip().removeprefix("W/").strip('"') for t in if_match.split(",")]
        if record.head_hash not in tags:
            # a head the note had once: the write decides — the same request sent again (its
            # Idempotency-Key already used) answers as the first time; a new one is a 409
            once = self.service.book.seq_of_hash(note_id, tags)
            if once is not None:
                return once
            raise Conflict(
                f"note {note_id}: If-Match {if_match!r} is not the ledger's head (event "
                f"#{record.head}, ETag {etag(record)}); re-read and try again"
            )
        return record.head


def etag(record: NoteRecord) -> str:
    """The note's ETag: the chain hash of its last event (its creation hash before any)."""
    return f'"{record.head_hash}"'
