"""The facade as one principal sees it: every request checked, every write signed and logged.

``Promissory(...).acting_as(principal)`` returns an :class:`Acting`: the enforcement point the HTTP
API and the web app call.  Each method asks :func:`~promissory.app.access.allowed` with the note's
parties (its borrower, original lender and every holder of record from
:func:`promissory.core.transfer.holders`) before it calls the facade, and answers as
:mod:`promissory.app.access` says:

* a note the principal may not **read** is :class:`~promissory.errors.NotFound` with exactly the
  message a note that is not in the book gets (``no note 'X' in the book``), so a refusal tells
  nothing about what exists;
* an action on a note it may read but not do is :class:`~promissory.errors.Forbidden` (a borrower
  posting to its own note, a servicer reading its note as known on a past moment);
* an action on the book as a whole (verify, export, the audit log, users) it may not do is
  :class:`~promissory.errors.Forbidden`.

Every write records ``recorded_by = principal.user`` — the authenticated user, never text a client
chose — and every write, and every refusal, is appended to the audit log (``source`` says where the
request came from: an address, "cli").  The audit line of a write is appended after the write
commits, in its own transaction: a crash in between can lose the line, never the event (which
carries its own ``recorded_by`` and ``recorded_at``).

Reads the wrappers do not cover are done as ``acting.reading(note_id, known_on, lambda: ...)`` (or
``acting.require(Action.READ, note_id)`` followed by the facade's own method); writes as ``acting.writing([note_id], "pledge", lambda by: ...)``, which checks,
passes ``by`` (the user) to put in ``recorded_by``, and logs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from promissory.app.access import Action, NoteParties, Principal, Role, allowed
from promissory.core.events import Event, Reversal
from promissory.core.transfer import Transfer, holders
from promissory.errors import (
    Conflict,
    Forbidden,
    NotFound,
    PromissoryError,
    RuleViolation,
    Unauthenticated,
)

if TYPE_CHECKING:
    from promissory.app.accounts import AuditEntry, IssuedToken, TokenRecord, UserRecord
    from promissory.app.collateral import CollateralReport
    from promissory.app.portfolio import PortfolioReport
    from promissory.app.service import NoteSummary, Promissory, View
    from promissory.app.unit_of_work import Recorded
    from promissory.book.bundle import BundleCounts
    from promissory.book.store import ChainProblem, NoteRecord
    from promissory.core.reports import Explanation, InterestDue, PayoffQuote
    from promissory.core.state import Position
    from promissory.core.terms import Terms

T = TypeVar("T")


def hidden(note_id: str) -> NotFound:
    """The refusal of a note the principal may not read: the same words as a missing note."""
    return NotFound(f"no note {note_id!r} in the book")


def outcome_of(error: BaseException) -> str:
    """The audit log's word for how a request ended."""
    if isinstance(error, Forbidden):
        return "forbidden"
    if isinstance(error, NotFound):
        return "not found"
    if isinstance(error, Conflict):
        return "conflict"
    if isinstance(error, RuleViolation | Unauthenticated):
        return "refused"
    if isinstance(error, PromissoryError):
        return "invalid"
    return "error"


class Acting:
    """The facade acting as ``principal`` (see the module docstring)."""

    def __init__(self, service: Promissory, principal: Principal, *, source: str = "") -> None:
        self.service = service
        self.principal = principal
        self.source = source

    @property
    def user(self) -> str:
        """What every write of this principal records as ``recorded_by``."""
        return self.principal.user

    # -- the checks -----------------------------------------------------------------------------
    def note_parties(self, note_id: str, *, with_holders: bool = True) -> NoteParties:
        """The note's borrower, lender and (``with_holders``) every holder of record.

        A note not in the book is :func:`hidden` (the book's own message lists the notes it has).
        """
        try:
            record = self.service.note(note_id)
        except NotFound:
            raise hidden(note_id) from None
        terms = record.terms
        held: tuple[str, ...] = ()
        if with_holders and record.head:
            # transfers and reversals are all the holder history needs (a reversed transfer is out)
            kinds = (Transfer.kind, Reversal.kind)
            events = self.service.book.events_of_kinds(note_id, kinds)
            # a holding grants nothing before it begins (a transfer dated 2028, recorded today)
            today = self.service.clock().astimezone(UTC).date()
            held = tuple(h.holder for h in holders(terms, events) if h.since <= today)
        return NoteParties.of(terms.borrower.name, terms.lender.name, held)

    def may(self, action: Action, note_id: str | None = None) -> bool:
        """Whether the principal may do ``action`` on ``note_id`` (or on the book); no audit."""
        if note_id is None:
            return allowed(self.principal, action, None)
        return self._may(action, note_id)

    def _may(self, action: Action, note_id: str) -> bool:
        # the lender alone decides most requests; the holder history is read only when needed
        if allowed(self.principal, action, self.note_parties(note_id, with_holders=False)):
            return True
        if self.principal.role not in (Role.SERVICER, Role.HOLDER):
            return False
        return allowed(self.principal, action, self.note_parties(note_id))

    def require(
        self, action: Action, note_id: str | None = None, *, known_on: datetime | None = None
    ) -> None:
        """Raise unless the principal may do ``action`` on ``note_id`` (``None``: the book).

        Reading a note as known on a past moment (``known_on``) needs ``Action.AUDIT`` as well.
        Refusals raise as the module docstring says; they are not logged here (the wrappers log).
        """
        if note_id is None:
            if not allowed(self.principal, action, None):
                raise Forbidden(self._refusal(action, None))
            return
        readable = self._may(Action.READ, note_id)
        if not readable:
            raise hidden(note_id)
        if action is not Action.READ and not self._may(action, note_id):
            raise Forbidden(self._refusal(action, note_id))
        if known_on is not None and not allowed(self.principal, Action.AUDIT, None):
            raise Forbidden(
                f"user {self.user!r} ({self.principal.role.value}) may not read note {note_id} "
                "as known on a past moment (auditors and administrators may)"
            )

    def _refusal(self, action: Action, note_id: str | None) -> str:
        what = {
            Action.READ: "read",
            Action.RECORD: "record events on",
            Action.AUDIT: "audit",
            Action.ADMIN: "manage the users of",
        }[action]
        target = f"note {note_id}" if note_id is not None else "the book"
        return f"user {self.user!r} ({self.principal.role.value}) may not {what} {target}"

    def audit(self, action: str, target: str = "", outcome: str = "ok") -> None:
        """Append a line for this principal to the audit log."""
        self.service.accounts.record_audit(self.user, action, target, outcome, self.source)

    def reading(self, note_id: str, known_on: datetime | None, call: Callable[[], T]) -> T:
        """Check a read of ``note_id`` (as known on ``known_on``, if given), logging a refusal,
        then answer it with ``call()``: how an interface makes any read of the facade that has
        no wrapper here (``acting.reading(n, None, lambda: app.statement(n, day))``)."""
        try:
            self.require(Action.READ, note_id, known_on=known_on)
        except (Forbidden, NotFound) as error:
            what = "read as known on" if known_on is not None else "read"
            self.audit(what, f"note {note_id}", outcome_of(error))
            raise
        return call()

    def _book_wide(self, action: Action, name: str, call: Callable[[], T], *, log: bool) -> T:
        """Check an action on the whole book, run it and (``log``) write its audit line."""
        try:
            self.require(action)
        except Forbidden:
            self.audit(name, "book", "forbidden")
            raise
        try:
            result = call()
        except BaseException as error:
            if log:
                self.audit(name, "book", outcome_of(error))
            raise
        if log:
            self.audit(name, "book")
        return result

    def writing(self, note_ids: Iterable[str], name: str, call: Callable[[str], T]) -> T:
        """Check that the principal may record on every note in ``note_ids``, run ``call(user)``
        (which passes the user on as ``recorded_by``), and log the write and how it ended."""
        ids = list(dict.fromkeys(note_ids))
        target = ", ".join(f"note {n}" for n in ids) or "book"
        try:
            if ids:
                for note_id in ids:
                    self.require(Action.RECORD, note_id)
            else:
                self.require(Action.RECORD)
            with self.service.audited_write(self.user, name, self.source) as line:
                result = call(self.user)
        except BaseException as error:
            self.audit(name, target, outcome_of(error))
            raise
        written = _written(target, result)
        if line.target != written:  # not entered with the write (or not only that one event)
            self.audit(name, written)
        return result

    # -- reading --------------------------------------------------------------------------------
    def notes(self, as_of: date | None = None) -> list[NoteSummary]:
        """``note list``: the notes the principal may read, and only those."""
        self.require(Action.READ)
        ids = [n for n in self.service.book.note_ids() if self._may(Action.READ, n)]
        return self.service.notes(as_of, note_ids=ids)

    def portfolio(self, as_of: date, *, group_by: str = "lender") -> PortfolioReport:
        """The portfolio of the notes the principal may read, and only those: the same rule as a
        read of one note (:meth:`require` with ``Action.READ``).  An auditor or administrator
        reads every note, so its portfolio is the whole book's; any other principal's counts and
        totals are over its notes alone, and a note pledged to one of them that it may not read
        is not valued (its value is left out of the collateral, as in :meth:`collateral_report`).
        """
        self.require(Action.READ)
        if allowed(self.principal, Action.AUDIT, None):
            return self.service.portfolio(as_of, group_by=group_by)
        ids = [n for n in self.service.book.note_ids() if self._may(Action.READ, n)]
        readable = frozenset(ids)
        return self.service.portfolio(as_of, group_by=group_by, note_ids=ids,
                                      withheld=lambda n: n not in readable)  # fmt: skip

    def note(self, note_id: str) -> NoteRecord:
        return self.reading(note_id, None, lambda: self.service.note(note_id))

    def view(self, note_id: str, *, known_on: datetime | None = None) -> View:
        return self.reading(note_id, known_on,
                             lambda: self.service.view(note_id, known_on=known_on))  # fmt: skip

    def schedule(self, note_id: str, *, known_on: datetime | None = None) -> View:
        return self.view(note_id, known_on=known_on)

    def balance(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Position:
        return self.reading(note_id, known_on,
                             lambda: self.service.balance(note_id, as_of, known_on=known_on))  # fmt: skip

    def payoff(
        self,
        note_id: str,
        as_of: date,
        *,
        good_through: date | None = None,
        days: int = 0,
        known_on: datetime | None = None,
    ) -> PayoffQuote:
        return self.reading(note_id, known_on, lambda: self.service.payoff(
            note_id, as_of, good_through=good_through, days=days, known_on=known_on))  # fmt: skip

    def interest_due(
        self, note_id: str, as_of: date, *, known_on: datetime | None = None
    ) -> InterestDue:
        return self.reading(note_id, known_on,
                             lambda: self.service.interest_due(note_id, as_of, known_on=known_on))  # fmt: skip

    def explain(
        self, note_id: str, as_of: date, *, known_on: datetime | None = None
    ) -> Explanation:
        return self.reading(note_id, known_on,
                             lambda: self.service.explain(note_id, as_of, known_on=known_on))  # fmt: skip

    # -- auditing -------------------------------------------------------------------------------
    def verify(self, note_id: str | None = None) -> list[ChainProblem]:
        """Verify the book (or one note): auditors and administrators only."""
        if note_id is not None:
            self.reading(note_id, None, lambda: None)  # an unreadable note is hidden, not refused
        return self._book_wide(Action.AUDIT, "verify", lambda: self.service.verify(note_id),
                               log=False)  # fmt: skip

    def export_book(self, path: str | Path) -> BundleCounts:
        """Export the whole book: auditors and administrators only (logged)."""
        return self._book_wide(Action.AUDIT, "export", lambda: self.service.export_book(path),
                               log=True)  # fmt: skip

    def audit_log(self, since: datetime | None = None, user: str | None = None) -> list[AuditEntry]:
        """The audit log: auditors and administrators only."""
        return self._book_wide(Action.AUDIT, "audit log",
                               lambda: self.service.accounts.audit_log(since, user), log=False)  # fmt: skip

    def collateral_report(self, note_id: str, as_of: date) -> CollateralReport:
        """The note's collateral, with the value of every pledged note the principal may not read
        withheld (a pledged note's value would tell what its ledger holds)."""
        return self.reading(note_id, None, lambda: self.service.collateral_report(
            note_id, as_of, may_read=lambda n: self.may(Action.READ, n)))  # fmt: skip

    # -- writing --------------------------------------------------------------------------------
    def add_note(self, terms: Terms | str | Path) -> Terms:
        """Add a note: a servicer only for a lender it services (asked with the note's parties)."""
        parsed = self.service.parse_terms(terms)
        parties = NoteParties.of(parsed.borrower.name, parsed.lender.name)
        if not allowed(self.principal, Action.RECORD, parties):
            self.audit("note add", f"note {parsed.id}", "forbidden")
            raise Forbidden(
                f"user {self.user!r} ({self.principal.role.value}) may not add a note of lender "
                f"{parsed.lender.name!r}"
            )
        try:
            added = self.service.add_note(parsed, recorded_by=self.user)
        except BaseException as error:
            self.audit("note add", f"note {parsed.id}", outcome_of(error))
            raise
        self.audit("note add", f"note {parsed.id}")
        return added

    def post(
        self,
        note_id: str,
        fields: Mapping[str, Any],
        *,
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        """Record an event given as a codec mapping; ``recorded_by`` is the principal's user
        (a ``recorded_by`` in ``fields`` is ignored)."""
        kind = str(fields.get("kind", "event"))
        return self.writing([note_id], f"post {kind}", lambda by: self.service.post(
            note_id, {k: v for k, v in fields.items() if k != "recorded_by"}, recorded_by=by,
            expected_head=expected_head, idempotency_key=idempotency_key))  # fmt: skip

    def record(
        self,
        event: Event,
        *,
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        """Record a built event, its ``recorded_by`` replaced by the principal's user."""
        return self.writing([event.note_id], f"post {event.kind}", lambda by: self.service.record(
            dataclasses.replace(event, recorded_by=by), expected_head=expected_head,
            idempotency_key=idempotency_key))  # fmt: skip

    # -- users (administrators only) ------------------------------------------------------------
    def _admin(self, name: str, target: str, call: Callable[[], T]) -> T:
        try:
            self.require(Action.ADMIN)
        except Forbidden:
            self.audit(name, target, "forbidden")
            raise
        return call()  # Accounts logs the change itself, with by=the user

    def add_user(
        self, user: str, password: str, role: Role | str, parties: Iterable[str] = ()
    ) -> UserRecord:
        return self._admin("user add", user, lambda: self.service.accounts.add_user(
            user, password, role, parties, by=self.user))  # fmt: skip

    def set_role(
        self, user: str, role: Role | str, parties: Iterable[str] | None = None
    ) -> UserRecord:
        return self._admin("user role", user, lambda: self.service.accounts.set_role(
            user, role, parties, by=self.user))  # fmt: skip

    def set_password(self, user: str, password: str) -> None:
        """Change a password: an administrator any user's, every user its own."""
        if user == self.user:
            self.service.accounts.set_password(user, password, by=self.user)
            return
        self._admin("user password", user,
                    lambda: self.service.accounts.set_password(user, password, by=self.user))  # fmt: skip

    def disable_user(self, user: str) -> None:
        self._admin("user disable", user,
                    lambda: self.service.accounts.disable_user(user, by=self.user))  # fmt: skip

    def users(self) -> list[UserRecord]:
        return self._admin("user list", "users", self.service.accounts.users)

    def issue_token(self, user: str, *, label: str = "") -> IssuedToken:
        """Issue an API token: an administrator for anyone, every user for itself."""
        if user == self.user:
            return self.service.accounts.issue_token(user, label=label, by=self.user)
        return self._admin("token issue", user, lambda: self.service.accounts.issue_token(
            user, label=label, by=self.user))  # fmt: skip

    def revoke_token(self, token_id: str) -> None:
        """Revoke a token: an administrator any, every user its own."""
        own = {t.id for t in self.service.accounts.tokens(self.user)}
        if token_id in own:
            self.service.accounts.revoke_token(token_id, by=self.user)
            return
        self._admin("token revoke", token_id,
                    lambda: self.service.accounts.revoke_token(token_id, by=self.user))  # fmt: skip

    def tokens(self, user: str | None = None) -> list[TokenRecord]:
        """Tokens: an administrator's of anyone, every user its own."""
        if user == self.user:
            return self.service.accounts.tokens(user)
        return self._admin("token list", user or "tokens",
                           lambda: self.service.accounts.tokens(user))  # fmt: skip


def _written(target: str, result: object) -> str:
    """The audit target of a write, with the sequence number of what it recorded."""
    event = getattr(result, "event", None)
    if isinstance(event, Event):
        return f"note {event.note_id} #{event.seq}"
    per_note: Sequence[tuple[str, Sequence[Event]]] | None = getattr(result, "events", None)
    if isinstance(per_note, tuple) and per_note:
        return ", ".join(
            f"note {n} #" + ",".join(str(e.seq) for e in events) for n, events in per_note
        )
    return target
