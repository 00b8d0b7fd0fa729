"""The application API: what the CLI, the HTTP API and the web pages all call.

It joins the book (storage) to the core (computation): it reads a note's terms and events, replays
them, and answers; it records events after checking that they break no rule of the note.  This is
the only layer that reads the clock (to stamp ``recorded_at``), and the clock is injected so tests
can fix it.  Interfaces above it compute nothing themselves (STYLE.md rule 9).

Balances and payoff quotes replay from the note's latest checkpoint before the day asked about
(:func:`~promissory.core.engine.replay_from`), so they cost about the same whatever the note's
history (and the last such replay of each note is kept while its head and checkpoint stay); Schedule A, explanations and every ``known_on`` (audit) view replay the whole ledger.
Recording an event replays from the last checkpoint before the earliest day it changes, and keeps
a new checkpoint every ``checkpoint_every`` rows.  Every write goes through :meth:`Promissory.write`,
the one unit of work (:mod:`promissory.app.unit_of_work`): the notes are locked, the events built and
validated under the lock and appended with their idempotency keys in one transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import Any

from promissory.app.access import Principal
from promissory.app.accounting import AccountingDesk
from promissory.app.accounts import Accounts
from promissory.app.acting import Acting
from promissory.app.desk import Clock, Tail
from promissory.app.documents import DocumentDesk
from promissory.app.extraction import ExtractionDesk
from promissory.app.installments import InstallmentDesk
from promissory.app.oid import OidDesk
from promissory.app.onboarding import OnboardingDesk
from promissory.app.portfolio import PortfolioDesk
from promissory.app.unit_of_work import PendingAudit, Recorded, UnitOfWork
from promissory.book.store import Book, ChainProblem, NoteRecord, utc
from promissory.codec.events_json import event_from_dict
from promissory.codec.state_json import (
    checkpoint_differences,
    checkpoint_from_json,
    checkpoint_to_json,
)
from promissory.codec.terms_toml import load_terms, loads_terms
from promissory.core.daycount import get_day_count
from promissory.core.engine import (
    Position,
    checkpoint_at,
    position,
    replay,
    replay_from,
    rows_through,
    standing_on,
    state_on,
)
from promissory.core.events import Event
from promissory.core.fast_replay import effective_dates
from promissory.core.problems import Problem
from promissory.core.reports import (
    Explanation,
    InterestDue,
    PayoffQuote,
    explain,
    interest_due,
    payoff_quote,
)
from promissory.core.state import Ledger, Status
from promissory.core.terms import Terms
from promissory.core.transfer import holder_on
from promissory.errors import BookError, InvalidInput, NotFound, PromissoryError

#: Rows of replay between two checkpoints of a note.
CHECKPOINT_EVERY = 32
#: How many notes' latest replays a facade keeps (least recently used dropped first), so its memory
#: is bounded by this many notes, not by the size of the book.
REPLAY_CACHE = 256
_ONE_DAY = timedelta(days=1)


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class NoteSummary:
    """One line of ``note list`` on a day: ``terms`` are the terms in force that day (an amendment
    may have moved maturity), ``holder`` the holder of record (the lender until an assignment)."""

    terms: Terms
    status: Status
    principal: Decimal
    total: Decimal | None  # None: what it owes cannot be said that day (``problem`` says why)
    events: int
    holder: str = ""
    problem: str = ""


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


class Promissory(
    UnitOfWork,
    DocumentDesk,
    OidDesk,
    OnboardingDesk,
    ExtractionDesk,
    InstallmentDesk,
    AccountingDesk,
    PortfolioDesk,
):
    """A servicing book and the questions you can ask it: the one application facade.

    The reading and writing core is here; collateral, transfers and parties
    (:class:`~promissory.app.collateral.CollateralDesk`), settlements
    (:class:`~promissory.app.settlement.SettlementDesk`), CSV onboarding and bundles
    (:class:`~promissory.app.onboarding.OnboardingDesk`), document extraction
    (:class:`~promissory.app.extraction.ExtractionDesk`) and installments
    (:class:`~promissory.app.installments.InstallmentDesk`) are desks it is composed of.
    """

    def __init__(
        self,
        book: Book | str | None = None,
        *,
        clock: Clock = system_clock,
        checkpoint_every: int = CHECKPOINT_EVERY,
        replay_cache: int = REPLAY_CACHE,
    ) -> None:
        if replay_cache < 0:
            raise InvalidInput(f"replay cache size {replay_cache} must be 0 or more notes")
        self.book = book if isinstance(book, Book) else Book(book)
        self.clock = clock
        self.checkpoint_every = checkpoint_every
        # the latest replay of the notes last viewed, keyed by note and head (one entry per note,
        # not per head), least recently used first: at most ``replay_cache`` notes are kept
        self._cache: OrderedDict[str, tuple[int, tuple[Event, ...], Ledger]] = OrderedDict()
        self._cache_size = replay_cache
        # the latest replay of each note from a checkpoint (a quote's, or the one a write made with
        # its new events), keyed by (head, head hash, checkpoint's hash), bounded the same way
        self._tails: OrderedDict[str, Tail] = OrderedDict()
        self._tails_lock = threading.Lock()

    # -- book and notes -------------------------------------------------------------------------
    def init(self) -> str:
        self.book.create()
        return self.book.url

    # -- accounts ---------------------------------------------------------------------------------
    @cached_property
    def accounts(self) -> Accounts:
        """The book's users, API tokens and audit log (:mod:`promissory.app.accounts`)."""
        return Accounts(self.book, lambda: self.clock())

    def acting_as(self, principal: Principal, *, source: str = "") -> Acting:
        """This facade as ``principal`` sees it: every request checked against
        :func:`~promissory.app.access.allowed`, every write recorded by ``principal.user`` and
        logged (:mod:`promissory.app.acting`); ``source`` (an address, "cli") goes in the log."""
        return Acting(self, principal, source=source)

    @staticmethod
    def parse_terms(terms: Terms | str | Path) -> Terms:
        """Terms from built :class:`Terms`, TOML text, or a terms file's ``Path``.

        A ``str`` is always TOML text, never a file name: only a :class:`~pathlib.Path` is read
        from disk, so text that happens to look like a path cannot open a file.
        """
        if isinstance(terms, Path):
            return load_terms(terms)
        if isinstance(terms, str):
            return loads_terms(terms)
        return terms

    def add_note(self, terms: Terms | str | Path, *, recorded_by: str = "") -> Terms:
        """Add a note from its terms: built :class:`Terms`, TOML text, or a terms file's ``Path``
        (see :meth:`parse_terms`)."""
        terms = self.parse_terms(terms)
        self.book.add_note(terms, created_at=self.clock(), created_by=recorded_by)
        return terms

    def note(self, note_id: str) -> NoteRecord:
        return self.book.note(note_id)

    def notes(
        self, as_of: date | None = None, *, note_ids: Iterable[str] | None = None
    ) -> list[NoteSummary]:
        """One summary per note in the book (or per note of ``note_ids``) on ``as_of``."""
        day = as_of or self.clock().date()
        out = []
        for note_id in self.book.note_ids() if note_ids is None else note_ids:
            record = self.book.note(note_id)
            ledger = self.ledger_on(note_id, day)
            holder = holder_on(record.terms, self.book.events(note_id), day)
            try:
                pos = position(ledger, day)
            except InvalidInput as error:  # one note waiting for a fixing: listed, saying so
                status, principal = standing_on(ledger, day)
                out.append(NoteSummary(state_on(ledger, day).terms, status, principal, None,
                                       record.head, holder, problem=str(error)))  # fmt: skip
                continue
            out.append(NoteSummary(pos.state.terms, pos.status, pos.principal, pos.total,
                                   record.head, holder))  # fmt: skip
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
        if known_on is not None and utc(known_on) < record.created_at:
            raise NotFound(
                f"note {note_id} was not in the book on {utc(known_on).isoformat()}; "
                f"it was added at {record.created_at.isoformat()}"
            )
        if known_on is None:
            cached = self._cache.get(note_id)
            if cached is not None and cached[0] == record.head:
                self._cache.move_to_end(note_id)
                return View(record, cached[1], cached[2], None)
        events = tuple(self.book.events(note_id, known_on=known_on))
        ledger = replay(record.terms, events)
        if known_on is None and self._cache_size:
            self._cache[note_id] = (record.head, events, ledger)
            self._cache.move_to_end(note_id)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return View(record, events, ledger, known_on)

    def schedule(
        self, note_id: str, *, known_on: datetime | None = None, as_of: date | None = None
    ) -> View:
        """Schedule A; ``as_of``: as it stands at the end of that day, with the rows the terms
        make by then after the last event (late charges, capitalisations) and none after it."""
        view = self.view(note_id, known_on=known_on)
        if as_of is None:
            return view
        ledger = dataclasses.replace(view.ledger, rows=rows_through(view.ledger, as_of))
        return dataclasses.replace(view, ledger=ledger)

    def ledger_on(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Ledger:
        """A ledger good for questions about ``as_of`` and later days (rows before may be absent).

        It resumes from the latest checkpoint through a day *before* ``as_of``: a checkpoint holds
        the end of its day, and a quote on ``as_of`` needs the state part-way through it (before
        that day's acceleration, say).  An audit view (``known_on``) replays everything recorded
        by then instead.
        """
        if known_on is not None:
            return self.view(note_id, known_on=known_on).ledger
        record = self.book.note(note_id)
        tail = self._replay_after(record, as_of, reading=True)
        assert tail.ledger is not None
        if not tail.kept:
            self._keep_checkpoints(record.terms.id, record.head, record.head_hash, tail.ledger)
        return tail.ledger

    def balance(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Position:
        return position(self.ledger_on(note_id, as_of, known_on=known_on), as_of)

    def _replay_after(
        self, record: NoteRecord, before: date, *, replay: bool = True, reading: bool = False
    ) -> Tail:
        """Replay from the latest checkpoint through a day before ``before`` (or from the start).

        The same head resumed from the same checkpoint gives the same ledger: the last one of each
        note is kept (:meth:`_keep_tail`, also fed by writes with the ledger their events make).
        With ``replay=False`` only the checkpoint and the events to replay are read (unless kept).
        ``reading``: only the ledger is wanted (a quote), not the tail to replay new events on.
        """
        note_id = record.terms.id
        if replay and record.head:
            kept = self._kept_tail(record, before, reading=reading)
            if kept is not None:
                return kept
        stored = self.book.checkpoint_before(note_id, before) if record.head else None
        mark = stored.state_hash if stored is not None else ""
        key = (record.head, record.head_hash, mark)
        with self._tails_lock:
            kept = self._tails.get(note_id)
            if kept is not None and kept.key == key:
                self._tails.move_to_end(note_id)
                return dataclasses.replace(kept, kept=True)
        checkpoint = None
        if stored is not None:
            try:
                checkpoint = checkpoint_from_json(stored.state)
            except InvalidInput:
                checkpoint = None  # a cache written by another version: replay without it
        after = checkpoint.through if checkpoint is not None else None
        # a note with no events yet has nothing to read
        events = tuple(self.book.replay_events(note_id, after=after, head=record.head)
                       if record.head else ())  # fmt: skip
        tail = Tail(key, checkpoint, events, None)
        if replay:
            tail = dataclasses.replace(tail, ledger=replay_from(record.terms, checkpoint, events))
            self._keep_tail(note_id, tail)
        return tail

    def _kept_tail(self, record: NoteRecord, before: date, *, reading: bool = False) -> Tail | None:
        """The note's kept replay, if it serves ``before`` without reading the book's checkpoints:
        it runs through the note's head (same event, same chain hash), resumes from a checkpoint
        through a day before ``before`` (or from the start), and — for a write, which replays the
        kept events again with its new ones — has replayed at most ``checkpoint_every`` events
        since (else a later checkpoint is worth the query).  A read (``reading``) wants only the
        kept ledger, however many events it took: replaying from a later checkpoint would give the
        same ledger again at a cost (the first quote of a note with no checkpoint yet replays it
        from the start and saves checkpoints; the second then replayed it once more).

        Any checkpoint gives the same figures (``tests/book/test_contract.py``), so a kept replay
        from an older one than the book's latest answers alike; one the book has since dropped (a
        back-dated write) went with a write, which moved the head, so it is not used.
        """
        with self._tails_lock:
            kept = self._tails.get(record.terms.id)
            if (
                kept is None
                or kept.ledger is None
                or kept.key[:2] != (record.head, record.head_hash)
                or (kept.checkpoint is not None and not kept.checkpoint.through < before)
                or (not reading and len(kept.events) > self.checkpoint_every)
            ):
                return None
            self._tails.move_to_end(record.terms.id)
        return dataclasses.replace(kept, kept=True)

    def _enter_audit(self, line: PendingAudit) -> None:
        """Enter a write's audit line in the write's own transaction (the locked block's)."""
        assert line.target is not None
        self.accounts.enter_audit(self.book.held_connection(), line.user, line.action,
                                  line.target, source=line.source)  # fmt: skip

    def _keep_tail(self, note_id: str, tail: Tail) -> None:
        """Keep ``tail`` as the note's latest replay (at most ``replay_cache`` notes kept)."""
        if not self._cache_size or tail.ledger is None:
            return
        with self._tails_lock:
            self._tails[note_id] = tail
            self._tails.move_to_end(note_id)
            while len(self._tails) > self._cache_size:
                self._tails.popitem(last=False)

    def _keep_checkpoints(self, note_id: str, head: int, head_hash: str, ledger: Ledger) -> None:
        """Checkpoint ``ledger`` every ``checkpoint_every`` rows, at the end of a day.

        The last day with events is never checkpointed, so events recorded in date order (often
        several on one day) never make the latest checkpoint stale.
        """
        every = self.checkpoint_every
        if len(ledger.rows) <= every:
            return
        days = effective_dates(ledger.rows)  # a plain note's rows are not built for this
        last_day = days[-1]
        cuts: list[date] = []
        since = 0
        for i in range(len(days) - 1):
            since += 1
            day = days[i]
            if since >= every and day < days[i + 1] and day < last_day:
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
