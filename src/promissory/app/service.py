"""The application API: what the CLI, the HTTP API and the web pages all call.

It joins the book (storage) to the core (computation): it reads a note's terms and events, replays
them, and answers; it records events after checking that they break no rule of the note.  This is
the only layer that reads the clock (to stamp ``recorded_at``), and the clock is injected so tests
can fix it.  Interfaces above it compute nothing themselves (STYLE.md rule 9).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from promissory.book.store import Book, NoteRecord
from promissory.codec.events_json import event_from_dict
from promissory.codec.terms_toml import load_terms, loads_terms
from promissory.core.daycount import get_day_count
from promissory.core.engine import Position, position, replay
from promissory.core.events import Event, Payment, Reversal
from promissory.core.problems import Problem
from promissory.core.reports import Explanation, PayoffQuote, explain, payoff_quote
from promissory.core.settlement import reversal_refusal
from promissory.core.state import Ledger, ScheduleRow, Status
from promissory.core.terms import Terms
from promissory.errors import Conflict, InvalidInput, RuleViolation

Clock = Callable[[], datetime]


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


class Promissory:
    """A servicing book and the questions you can ask it."""

    def __init__(self, book: Book | str | None = None, *, clock: Clock = system_clock) -> None:
        self.book = book if isinstance(book, Book) else Book(book)
        self.clock = clock
        self._cache: dict[tuple[str, int], tuple[tuple[Event, ...], Ledger]] = {}

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
            view = self.view(note_id)
            pos = position(view.ledger, day)
            out.append(NoteSummary(view.record.terms, pos.status, pos.principal, pos.total,
                                   len(view.events)))  # fmt: skip
        return out

    # -- reading --------------------------------------------------------------------------------
    def view(self, note_id: str, *, known_on: datetime | None = None) -> View:
        """The note replayed from its events (those recorded by ``known_on``, if given)."""
        record = self.book.note(note_id)
        if known_on is None:
            cached = self._cache.get((note_id, record.head))
            if cached is not None:
                return View(record, cached[0], cached[1], None)
        events = tuple(self.book.events(note_id, known_on=known_on))
        ledger = replay(record.terms, events)
        if known_on is None:
            self._cache[(note_id, record.head)] = (events, ledger)
        return View(record, events, ledger, known_on)

    def schedule(self, note_id: str, *, known_on: datetime | None = None) -> View:
        return self.view(note_id, known_on=known_on)

    def balance(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Position:
        return position(self.view(note_id, known_on=known_on).ledger, as_of)

    def payoff(
        self,
        note_id: str,
        as_of: date,
        *,
        good_through: date | None = None,
        days: int = 0,
        known_on: datetime | None = None,
    ) -> PayoffQuote:
        ledger = self.view(note_id, known_on=known_on).ledger
        return payoff_quote(ledger, as_of, good_through=good_through, days=days)

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
        """Record ``event`` if it breaks no rule of the note; refuse with the problems otherwise."""
        note_id = event.note_id
        if idempotency_key is not None:
            earlier = self.book.by_idempotency_key(note_id, idempotency_key)
            if earlier is not None:
                return Recorded(earlier, None, repeated=True)
        view = self.view(note_id)
        head = view.record.head
        if expected_head is not None and expected_head != head:
            raise Conflict(
                f"note {note_id}: expected to append after event #{expected_head}, but the ledger "
                f"is at #{head}; re-read and try again"
            )
        candidate = replace(
            event, seq=head + 1, recorded_at=self.clock(), note_id=view.record.terms.id
        )
        if isinstance(candidate, Reversal):
            refusal = reversal_refusal(note_id, view.events, candidate)
            if refusal is not None:
                raise RuleViolation([refusal])
        ledger = replay(view.record.terms, (*view.events, candidate))
        before = {(p.seq, p.code) for p in view.ledger.problems}
        new = [p for p in ledger.problems if (p.seq, p.code) not in before]
        if new:
            raise RuleViolation(new)
        row = next((r for r in ledger.rows if r.seq == candidate.seq), None)
        if isinstance(candidate, Payment) and row is not None:
            candidate = replace(candidate, allocation=row.split)
        stored = self.book.append([candidate], expected_head=head, idempotency_key=idempotency_key)
        self._cache[(note_id, head + 1)] = ((*view.events, stored[0]), ledger)
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
        convention: str, start: date, end: date, *, termination_date: date | None = None
    ) -> DayCountResult:
        dc = get_day_count(convention)
        if start > end:
            raise InvalidInput(f"start {start} is after end {end}")
        return DayCountResult(
            dc.name,
            dc.rule,
            start,
            end,
            dc.days(start, end, termination_date=termination_date),
            dc.year_fraction(start, end, termination_date=termination_date),
        )
