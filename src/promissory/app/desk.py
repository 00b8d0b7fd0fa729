"""What the facade's per-concern parts (collateral, settlement, onboarding) rely on from its core.

:class:`~promissory.app.service.Promissory` is one class composed of desks — one per concern, each
in its own module — on top of the reading and writing core in ``service.py``.  A desk is written
against :class:`Desk`, which names the few core methods it calls; ``Promissory`` supplies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from promissory.book.store import Book, NoteRecord
from promissory.core.engine import Checkpoint
from promissory.core.events import Event
from promissory.core.reports import PayoffQuote
from promissory.core.state import Ledger, Position
from promissory.core.terms import Terms

if TYPE_CHECKING:
    from pathlib import Path

    from promissory.app.service import View
    from promissory.app.unit_of_work import Entry, PendingAudit, Recorded

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class Tail:
    """A note replayed from a checkpoint: the checkpoint (None: from the start), the events replayed
    after it, and the ledger they make (None when only read).  ``key`` is what it is good for — the
    head it runs through, that event's chain hash and the checkpoint's content hash — and ``kept``
    says it came from the facade's cache."""

    key: tuple[int, str, str]
    checkpoint: Checkpoint | None
    events: tuple[Event, ...]
    ledger: Ledger | None
    kept: bool = False


class Desk:
    """The core of the facade as a desk sees it (implemented by ``Promissory`` in service.py)."""

    book: Book
    clock: Clock
    checkpoint_every: int

    def note(self, note_id: str) -> NoteRecord:
        raise NotImplementedError

    def add_note(self, terms: Terms | str | Path, *, recorded_by: str = "") -> Terms:
        raise NotImplementedError

    def view(self, note_id: str, *, known_on: datetime | None = None) -> View:
        raise NotImplementedError

    def schedule(self, note_id: str, *, known_on: datetime | None = None) -> View:
        raise NotImplementedError

    def balance(self, note_id: str, as_of: date, *, known_on: datetime | None = None) -> Position:
        raise NotImplementedError

    def payoff(
        self,
        note_id: str,
        as_of: date,
        *,
        good_through: date | None = None,
        days: int = 0,
        known_on: datetime | None = None,
    ) -> PayoffQuote:
        raise NotImplementedError

    def record(
        self,
        event: Event,
        *,
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        raise NotImplementedError

    def write(
        self,
        note_ids: Iterable[str],
        build: Callable[[], Mapping[str, Sequence[Entry]]],
        *,
        expected_head: int | None = None,
        settlement_reversal: str | None = None,
        rows: bool = True,
    ) -> dict[str, tuple[Recorded, ...]]:
        raise NotImplementedError

    def _replay_after(
        self, record: NoteRecord, before: date, *, replay: bool = True, reading: bool = False
    ) -> Tail:
        raise NotImplementedError

    def _keep_tail(self, note_id: str, tail: Tail) -> None:
        raise NotImplementedError

    def _pending_audit(self) -> PendingAudit | None:
        raise NotImplementedError

    def _enter_audit(self, line: PendingAudit) -> None:
        raise NotImplementedError

    def _keep_checkpoints(self, note_id: str, head: int, head_hash: str, ledger: Ledger) -> None:
        raise NotImplementedError
