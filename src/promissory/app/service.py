"""The application API: what the CLI, the HTTP API and the web pages all call.

It joins the book (storage) to the core (computation): it reads a note's terms and events, replays
them, and answers; it records events after checking that they break no rule of the note.  This is
the only layer that reads the clock (to stamp ``recorded_at``), and the clock is injected so tests
can fix it.  Interfaces above it compute nothing themselves (STYLE.md rule 9).

Balances and payoff quotes replay from the note's latest checkpoint before the day asked about
(:func:`~promissory.core.engine.replay_from`), so they cost about the same whatever the note's
history; Schedule A, explanations and every ``known_on`` (audit) view replay the whole ledger.
Recording an event replays from the last checkpoint before the earliest day it changes, and keeps
a new checkpoint every ``checkpoint_every`` rows.  A write that loses a race to another writer is
re-validated and retried, unless the caller stated the sequence it expected.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from promissory.book.store import Book, ChainProblem, NoteRecord
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.state_json import (
    checkpoint_differences,
    checkpoint_from_json,
    checkpoint_to_json,
)
from promissory.codec.terms_toml import load_terms, loads_terms
from promissory.core.daycount import get_day_count
from promissory.core.engine import (
    Checkpoint,
    Position,
    checkpoint_at,
    position,
    replay,
    replay_from,
)
from promissory.core.events import Event, Payment, Reversal
from promissory.core.problems import Problem
from promissory.core.reports import (
    Explanation,
    InterestDue,
    PayoffQuote,
    explain,
    interest_due,
    payoff_quote,
)
from promissory.core.settlement import reversal_refusal
from promissory.core.state import Ledger, ScheduleRow, Status
from promissory.core.terms import Terms
from promissory.errors import BookError, Conflict, InvalidInput, PromissoryError, RuleViolation

Clock = Callable[[], datetime]

#: Rows of replay between two checkpoints of a note.
CHECKPOINT_EVERY = 32
#: How often a write that lost a race is re-validated and retried before giving up.
RETRIES = 25
_ONE_DAY = timedelta(days=1)
#: Fields of an event that say *what* was asked (not when or by whom): a repeated idempotency key
#: must come with the same ones.
_VOLATILE = {"seq", "recorded_at", "recorded_by", "allocation"}


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class NoteSummary:
    """One line of ``note list``."""

    terms: Terms
    status: Status
    principal: Decimal
    total: Decimal
    events: int


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording an event did: the event as stored and its Schedule A row."""

    event: Event
    row: ScheduleRow | None
    repeated: bool = False  # True when an idempotency key matched an earlier write


@dataclass(frozen=True, slots=True)
class DayCountResult:
    """A day count between two dates under one convention."""

    convention: str
    rule: str
    start: date
    end: date
    days: int
    year_fraction: Fraction


@dataclass(frozen=True, slots=True)
class View:
    """A note as replayed for a question: terms, events, the ledger and when it was known."""

    record: NoteRecord
    events: tuple[Event, ...]
    ledger: Ledger
    known_on: datetime | None


def reopening_refusal(
    note_id: str, before: Ledger, after: Ledger, candidate: Event
) -> Problem | None:
    """A problem if ``candidate`` (not a reversal) would reopen a paid or terminated note."""
    closed = before.final.paid_on or before.final.terminated_on
    if closed is None or isinstance(candidate, Reversal):
        return None
    if (after.final.paid_on or after.final.terminated_on) == closed:
        return None
    what = "terminated" if before.final.terminated_on else "paid"
    return Problem(
        note_id, candidate.seq, candidate.effective_date, "reopens-closed-note",
        f"{candidate.kind} dated {candidate.effective_date} would reopen the note, {what} on "
        f"{closed}: only a reversal can change a closed note's history (reverse the payoff "
        "first, then record the missing event)",
    )  # fmt: skip


class Promissory:
    """A servicing book and the questions you can ask it."""

    def __init__(
        self,
        book: Book | str | None = None,
        *,
        clock: Clock = system_clock,
        checkpoint_every: int = CHECKPOINT_EVERY,
    ) -> None:
        self.book = book if isinstance(book, Book) else Book(book)
        self.clock = clock
        self.checkpoint_every = checkpoint_every
        # the latest replay of each note, keyed by note and head (one entry per note, not per head)
        self._cache: dict[str, tuple[int, tuple[Event, ...], Ledger]] = {}

    # -- book and notes -------------------------------------------------------------------------
    def init(self) -> str:
        self.book.create()
        return self.book.url

    def add_note(self, terms: Terms | str | Path, *, recorded_by: str = "") -> Terms:
        """Add a note from a terms file path (or TOML text, or built Terms)."""
        if isinstance(terms, Path):
            terms = load_terms(terms)
        elif isinstance(terms, str):
            terms = load_terms(terms) if "\n" not in terms else loads_terms(terms)
        self.book.add_note(terms, created_at=self.clock(), created_by=recorded_by)
        return terms

    def note(self, note_id: str) -> NoteRecord:
        return self.book.note(note_id)

    def notes(self, as_of: date | None = None) -> list[NoteSummary]:
        day = as_of or self.clock().date()
        out = []
        for note_id in self.book.note_ids():
            record = self.book.note(note_id)
            pos = position(self.ledger_on(note_id, day), day)
            out.append(NoteSummary(record.terms, pos.status, pos.principal, pos.total,
                                   record.head))  # fmt: skip
        return out

    def verify(self, note_id: str | None = None) -> list[ChainProblem]:
        """Check every note (or one): what was edited, removed or moved, and what replay finds.

        Per note: the book re-derives the hash chain from the creation record (terms included)
        through every event to the head; then the note is replayed, each rule the replay finds
        broken is a problem of kind ``rule`` (what a write would have refused), and every stored
        checkpoint is compared with the state the replay gives through its day (kind
        ``checkpoint``, naming each field that differs) and with its own content hash.
        """
        ids = [note_id] if note_id is not None else self.book.note_ids()
        problems: list[ChainProblem] = []
        for nid in ids:
            problems.extend(self.book.verify(nid))
            problems.extend(self._verify_replay(nid))
        return problems

    def _verify_replay(self, note_id: str) -> list[ChainProblem]:
        try:
            ledger = replay(self.book.note(note_id).terms, self.book.events(note_id))
        except PromissoryError as error:
            return [ChainProblem(note_id, 0, "rule", f"the note cannot be replayed: {error}")]
        out = [
            ChainProblem(note_id, p.seq, "rule", f"{p.code} on {p.effective_date}: {p.message}")
            for p in ledger.problems
        ]
        for stored in self.book.stored_checkpoints(note_id):
            where = f"checkpoint of note {note_id} through {stored.through}"
            if not stored.intact:
                out.append(ChainProblem(note_id, stored.seq, "checkpoint",
                                        f"{where} does not match its content hash (edited)"))  # fmt: skip
            replayed = checkpoint_to_json(checkpoint_at(ledger, stored.through))
            differences = checkpoint_differences(stored.state, replayed)
            if differences:
                out.append(ChainProblem(note_id, stored.seq, "checkpoint",
                                        f"{where} disagrees with replay: "
                                        + "; ".join(differences)))  # fmt: skip
        return out

    # -- reading --------------------------------------------------------------------------------
    def view(self, note_id: str, *, known_on: datetime | None = None) -> View:
        """The note replayed from its events (those recorded by ``known_on``, if given)."""
        record = self.book.note(note_id)
        if known_on is None:
            cached = self._cache.get(note_id)
            if cached is not None and cached[0] == record.head:
                return View(record, cached[1], cached[2], None)
        events = tuple(self.book.events(note_id, known_on=known_on))
        ledger = replay(record.terms, events)
        if known_on is None:
            self._cache[note_id] = (record.head, events, ledger)
        return View(record, events, ledger, known_on)

    def schedule(self, note_id: str, *, known_on: datetime | None = None) -> View:
        return self.view(note_id, known_on=known_on)

    def ledger_on(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Ledger:
        """A ledger good for questions about ``as_of`` and later days (rows before may be absent).

        It resumes from the latest checkpoint through a day on or before ``as_of``; an audit view
        (``known_on``) replays everything recorded by then instead.
        """
        if known_on is not None:
            return self.view(note_id, known_on=known_on).ledger
        record = self.book.note(note_id)
        _, _, ledger = self._replay_after(record, as_of + _ONE_DAY)
        assert ledger is not None
        self._keep_checkpoints(record.terms.id, record.head, record.head_hash, ledger)
        return ledger

    def balance(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Position:
        return position(self.ledger_on(note_id, as_of, known_on=known_on), as_of)

    def _checkpoint(self, note_id: str, before: date) -> Checkpoint | None:
        stored = self.book.checkpoint_before(note_id, before)
        if stored is None:
            return None
        try:
            return checkpoint_from_json(stored.state)
        except InvalidInput:
            return None  # a cache written by another version: replay without it

    def _replay_after(
        self, record: NoteRecord, before: date, *, replay: bool = True
    ) -> tuple[Checkpoint | None, list[Event], Ledger | None]:
        """Replay from the latest checkpoint through a day before ``before`` (or from the start).

        With ``replay=False`` only the checkpoint and the events to replay are read.
        """
        note_id = record.terms.id
        checkpoint = self._checkpoint(note_id, before) if record.head else None
        after = checkpoint.through if checkpoint is not None else None
        events = self.book.replay_events(note_id, after=after, head=record.head)
        ledger = replay_from(record.terms, checkpoint, events) if replay else None
        return checkpoint, events, ledger

    def _keep_checkpoints(self, note_id: str, head: int, head_hash: str, ledger: Ledger) -> None:
        """Checkpoint ``ledger`` every ``checkpoint_every`` rows, at the end of a day.

        The last day with events is never checkpointed, so events recorded in date order (often
        several on one day) never make the latest checkpoint stale.
        """
        rows = ledger.rows
        every = self.checkpoint_every
        if len(rows) <= every:
            return
        last_day = rows[-1].effective_date
        cuts: list[date] = []
        since = 0
        for i in range(len(rows) - 1):
            since += 1
            day = rows[i].effective_date
            if since >= every and day < rows[i + 1].effective_date and day < last_day:
                cuts.append(day)
                since = 0
        states = [(day, checkpoint_to_json(checkpoint_at(ledger, day))) for day in cuts]
        # a cache: a book we may not write to (a read-only role) still answers
        with contextlib.suppress(BookError):
            self.book.save_checkpoints(note_id, head, head_hash, states)

    def payoff(
        self,
        note_id: str,
        as_of: date,
        *,
        good_through: date | None = None,
        days: int = 0,
        known_on: datetime | None = None,
    ) -> PayoffQuote:
        ledger = self.ledger_on(note_id, as_of, known_on=known_on)
        return payoff_quote(ledger, as_of, good_through=good_through, days=days)

    def interest_due(
        self, note_id: str, as_of: date, *, known_on: datetime | None = None
    ) -> InterestDue:
        """Interest payment dates around ``as_of`` and the interest past due."""
        return interest_due(self.view(note_id, known_on=known_on).ledger, as_of)

    def explain(
        self, note_id: str, as_of: date, *, known_on: datetime | None = None
    ) -> Explanation:
        view = self.view(note_id, known_on=known_on)
        return explain(view.ledger, list(view.events), as_of)

    def problems(self, note_id: str) -> tuple[Problem, ...]:
        return self.view(note_id).ledger.problems

    # -- writing --------------------------------------------------------------------------------
    def record(
        self,
        event: Event,
        *,
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        """Record ``event`` if it breaks no rule of the note; refuse with the problems otherwise.

        Writers to one note queue on the note's lock, and the event is validated and appended
        while the lock is held.  With ``expected_head`` the write fails with :class:`Conflict`
        unless the note's last event is that one.  Without it, a write that still meets a
        conflict is re-validated and retried.  A repeated ``idempotency_key`` returns the first
        event written with it.
        """
        note_id = event.note_id
        for attempt in range(RETRIES):
            try:
                with self.book.locked(note_id):
                    if idempotency_key is not None:
                        earlier = self.book.by_idempotency_key(note_id, idempotency_key)
                        if earlier is not None:
                            _same_request(earlier, event, idempotency_key)
                            return Recorded(earlier, None, repeated=True)
                    return self._record_once(event, expected_head, idempotency_key)
            except Conflict:
                if expected_head is not None and idempotency_key is None:
                    raise
                if expected_head is not None:
                    earlier = self.book.by_idempotency_key(note_id, idempotency_key or "")
                    if earlier is None:
                        raise
                time.sleep(random.uniform(0, 0.002 * (attempt + 1)))  # jitter
        raise Conflict(f"note {note_id}: other writers kept appending first; gave up after "
                       f"{RETRIES} attempts")  # fmt: skip

    def _record_once(
        self, event: Event, expected_head: int | None, idempotency_key: str | None
    ) -> Recorded:
        record = self.book.note(event.note_id)
        note_id, head = record.terms.id, record.head
        if expected_head is not None and expected_head != head:
            raise Conflict(
                f"note {note_id}: expected to append after event #{expected_head}, but the ledger "
                f"is at #{head}; re-read and try again"
            )
        candidate = replace(event, seq=head + 1, recorded_at=self.clock(), note_id=note_id)
        impact = candidate.effective_date
        if isinstance(candidate, Reversal):
            refusal = reversal_refusal(note_id, self.book.events(note_id), candidate)
            if refusal is not None:
                raise RuleViolation([refusal])
            target = self.book.effective_date(note_id, candidate.target_seq)
            impact = min(impact, target) if target is not None else impact
        checkpoint, events, _ = self._replay_after(record, impact, replay=False)
        ledger = replay_from(record.terms, checkpoint, (*events, candidate))
        before = replay_from(record.terms, checkpoint, events)
        if ledger.problems:  # which of them are new?
            known = {(p.seq, p.code) for p in before.problems}
            new = [p for p in ledger.problems if (p.seq, p.code) not in known]
            if new:
                raise RuleViolation(new)
        reopened = reopening_refusal(note_id, before, ledger, candidate)
        if reopened is not None:
            raise RuleViolation([reopened])
        row = next((r for r in ledger.rows if r.seq == candidate.seq), None)
        if isinstance(candidate, Payment) and row is not None:
            candidate = replace(candidate, allocation=row.split)
        stored = self.book.append([candidate], expected_head=head, idempotency_key=idempotency_key)
        if len(ledger.rows) > self.checkpoint_every:
            new_head, new_hash = self.book.head(note_id)
            if new_head == head + 1:
                self._keep_checkpoints(note_id, new_head, new_hash, ledger)
        return Recorded(stored[0], row)

    def post(
        self,
        note_id: str,
        fields: Mapping[str, Any],
        *,
        recorded_by: str = "",
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        """Record an event given as a codec mapping (``{"kind": "payment", "amount": "10.00", ...}``).

        The note's id and currency are filled in; the mapping is validated by the event codec.
        """
        terms = self.book.note(note_id).terms
        data = {
            "currency": terms.currency,
            **fields,
            "note_id": terms.id,
            "recorded_by": recorded_by,
        }
        data = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in data.items()}
        data = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}
        return self.record(
            event_from_dict(data), expected_head=expected_head, idempotency_key=idempotency_key
        )

    # -- conventions ----------------------------------------------------------------------------
    @staticmethod
    def daycount(
        convention: str,
        start: date,
        end: date,
        *,
        termination_date: date | None = None,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
    ) -> DayCountResult:
        """Days and the exact year fraction under a convention (ICMA needs its reference period)."""
        dc = get_day_count(convention)
        if start > end:
            raise InvalidInput(f"start {start} is after end {end}")
        return DayCountResult(
            dc.name,
            dc.rule,
            start,
            end,
            dc.days(start, end, termination_date=termination_date),
            dc.year_fraction(
                start,
                end,
                termination_date=termination_date,
                reference_start=reference_start,
                reference_end=reference_end,
                frequency=frequency,
            ),
        )


def _same_request(earlier: Event, event: Event, key: str) -> None:
    """Refuse an idempotency key repeated with a different request (it would hide the new one)."""
    first = {k: v for k, v in event_to_dict(earlier).items() if k not in _VOLATILE}
    again = {k: v for k, v in event_to_dict(event).items() if k not in _VOLATILE}
    again["note_id"] = first.get("note_id")
    if first != again:
        raise InvalidInput(
            f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} on "
            f"{earlier.effective_date}), a different request; use a new key"
        )
