"""One unit of work for every write: lock the notes, validate, append with the idempotency keys.

Every write — ``record`` and ``post``, CSV onboarding, settlement accept and reverse, pledges,
releases, valuations, financing statements and transfers — goes through
:meth:`Promissory.write <promissory.app.service.Promissory.write>`:

1. **lock** every note the write touches (in id order, so two writers never deadlock; readers are
   not blocked);
2. **build** the events from what the book holds *now*: the builder runs under the lock, so a check
   such as "this asset is not pledged yet" cannot be overtaken by another writer;
3. **idempotency**: an entry whose key the note already holds is the same request again and is not
   written twice; a key that names a different request is refused (:func:`same_request`);
4. **validate**: each note is replayed with its candidates and any *new* problem refuses the write
   (:func:`new_problems`): replay runs every kind's validators (a double pledge, a financing
   statement on file twice, an event that would reopen a closed note …), and :func:`refusals` adds
   the one rule replay cannot decide alone;
5. **append** everything in one transaction, each entry with its key; a payment keeps the split
   its replay gave it.  A write made for a principal (:meth:`Acting.writing
   <promissory.app.acting.Acting.writing>`) enters its audit line in the same transaction: the
   event and the line that names who recorded it commit together, with one commit.  The book copies each event's settlement id into the indexed
   ``events.settlement_id`` column in the same insert (revision 0006), so settlements are found by
   key, never by replaying the book, and ``verify`` checks the copy against the hashed event.

:func:`refusals` is the one place a write-only rule is called from: a lone reversal of the only
event a settlement wrote on a note (an assigned note's transfer) looks, on replay, like the
settlement's own reversal, so only the write can tell them apart.
"""

from __future__ import annotations

import dataclasses
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from promissory.app.desk import Desk, Tail
from promissory.book.schema import check_length
from promissory.book.store import Append, NoteRecord, Prepared, event_row
from promissory.codec.events_json import event_to_dict, restamped
from promissory.codec.text import check_text
from promissory.core.engine import replay_from
from promissory.core.events import Event, Payment, Reversal, stamped
from promissory.core.fast_replay import rows_of_seqs, splits_of_seqs
from promissory.core.problems import Problem
from promissory.core.replay_rules import reversal_refusal, settlement_of
from promissory.core.state import Ledger, ScheduleRow
from promissory.core.terms import Terms
from promissory.errors import Conflict, IdempotencyKeyReused, InvalidInput, RuleViolation

#: How often a write that met a conflict is retried before giving up.
RETRIES = 25
#: Fields of an event that are not part of *what* was asked (when, by whom, the split the book
#: computed): a repeated idempotency key must come with the same everything else.
VOLATILE = frozenset({"seq", "recorded_at", "recorded_by", "allocation"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One event a write asks for, with the idempotency key that makes asking again safe."""

    event: Event
    idempotency_key: str | None = None


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording an event did: the event as stored and its Schedule A row."""

    event: Event
    row: ScheduleRow | None
    repeated: bool = False  # True when an idempotency key matched an earlier write


class StaleHead(Conflict):
    """A write's builder found the note's head is not the one the request expected (``If-Match``):
    refused at once, never retried."""


@dataclass(slots=True)
class PendingAudit:
    """The audit line of a principal's write, for the write to enter in its own transaction:
    ``target`` is set once a write entered it (``note N #seq``), and cleared if that write did not
    commit."""

    user: str
    action: str
    source: str
    target: str | None = None


class Refused(RuleViolation):
    """A write refused with its problems; ``entry_of`` maps (note, seq) to the entry's index.

    Onboarding uses it to name the CSV line of each problem; everyone else sees a
    :class:`~promissory.errors.RuleViolation`.
    """

    def __init__(self, problems: Sequence[Problem], entry_of: Mapping[tuple[str, int], int]):
        super().__init__(problems)
        self.entry_of = dict(entry_of)


def same_request(earlier: Event, event: Event, key: str) -> None:
    """Refuse an idempotency key repeated with a different request (it would hide the new one)."""
    first = {k: v for k, v in event_to_dict(earlier).items() if k not in VOLATILE}
    again = {k: v for k, v in event_to_dict(event).items() if k not in VOLATILE}
    again["note_id"] = first.get("note_id")
    if first != again:
        raise IdempotencyKeyReused(
            key,
            f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} on "
            f"{earlier.effective_date}), a different request; use a new key",
        )


def new_problems(before: Ledger, after: Ledger, candidates: Sequence[Event] = ()) -> list[Problem]:
    """The problems of ``after`` that ``before`` (the ledger without the candidates) did not have.

    A problem that lands on an event already in the book (a back-dated cure that leaves the day's
    acceleration without a default) says which new event caused it, so the refusal is not read as
    being about the event it names.
    """
    known = {(p.seq, p.code) for p in before.problems}
    ours = {c.seq: c for c in candidates}
    out = []
    for p in after.problems:
        if (p.seq, p.code) in known:
            continue
        if ours and p.seq not in ours:
            c = next(iter(ours.values())) if len(ours) == 1 else None
            cause = f"{c.kind} dated {c.effective_date}" if c is not None else "these events"
            p = replace(p, message=f"recording {cause} would make event #{p.seq} break a rule: "
                        f"{p.message}")  # fmt: skip
        out.append(p)
    return out


def needs_history(candidates: Sequence[Event]) -> bool:
    """Whether :func:`refusals` needs the note's whole history (not only a replay's tail)."""
    return any(isinstance(c, Reversal) for c in candidates)


def refusals(
    note_id: str,
    history: Sequence[Event],
    candidates: Sequence[Event],
    *,
    settlement_reversal: str | None = None,
) -> list[Problem]:
    """The write rule replay cannot decide, for ``candidates`` appended to ``history``.

    ``history`` is the note's whole history (needed only when :func:`needs_history` says so).
    Each candidate is judged after the ones before it in the write.  A reversal of part of a settlement is refused
    unless the write is that settlement's reversal (``settlement_reversal``), which reverses all of
    it on every note at once.
    """
    out: list[Problem] = []
    so_far = list(history)
    for candidate in candidates:
        found: list[Problem] = []
        if isinstance(candidate, Reversal):
            target = next((e for e in so_far if e.seq == candidate.target_seq), None)
            whole = target is not None and settlement_of(target) == (settlement_reversal or None)
            refusal = None if whole else reversal_refusal(note_id, so_far, candidate)
            found += [refusal] if refusal is not None else []
        out += [replace(p, seq=candidate.seq) for p in found]  # each names the candidate it refuses
        so_far.append(candidate)
    return out


@dataclass(slots=True)
class _Plan:
    """One note's part of a write: a slot per entry (the earlier event of a repeated key, or None
    for a new one), the new events as they will be stored, their keys, the replay with them and the
    problems they would create."""

    note_id: str
    head: int
    slots: list[Recorded | None] = field(default_factory=list)
    fresh: list[int] = field(default_factory=list)  # the entries that are new, by index
    candidates: tuple[Event, ...] = ()
    keys: tuple[str | None, ...] = ()
    after: Ledger | None = None
    tail: Tail | None = None  # the replay ``after`` continues (its checkpoint and events)
    rows: dict[int, ScheduleRow] = field(default_factory=dict)  # the candidates' rows, by seq
    problems: list[Problem] = field(default_factory=list)


class UnitOfWork(Desk):
    """The facade's writing core: :meth:`record` and :meth:`write` (see the module docstring)."""

    def record(
        self,
        event: Event,
        *,
        expected_head: int | None = None,
        idempotency_key: str | None = None,
    ) -> Recorded:
        """Record ``event`` if it breaks no rule of the note; refuse with the problems otherwise.

        With ``expected_head`` the write fails with :class:`Conflict` unless the note's last event
        is that one.  A repeated ``idempotency_key`` returns the first event written with it.
        See :meth:`write`.
        """
        entry = Entry(event, idempotency_key)
        written = self.write([event.note_id], lambda: {event.note_id: [entry]},
                             expected_head=expected_head)  # fmt: skip
        return written[event.note_id][0]

    def write(
        self,
        note_ids: Iterable[str],
        build: Callable[[], Mapping[str, Sequence[Entry]]],
        *,
        expected_head: int | None = None,
        settlement_reversal: str | None = None,
        rows: bool = True,
    ) -> dict[str, tuple[Recorded, ...]]:
        """The unit of work every write goes through (:mod:`promissory.app.unit_of_work`).

        ``build`` runs with ``note_ids`` locked and returns the entries to write, note by note (only
        locked notes).  Everything is validated, then appended in one transaction, or nothing is.
        With ``expected_head`` (one note) the write fails with :class:`Conflict` unless the note's
        last event is that one; without it, a write that still meets a conflict is retried.
        Returns what each entry did, note by note, in the order given; with ``rows=False`` the new
        events' :class:`Recorded` carry no Schedule A row (for a caller that reads none: onboarding
        writes thousands of events, and building each row's state is most of reading it).
        """
        locked = sorted(set(note_ids))
        line = self._pending_audit()
        for attempt in range(RETRIES):
            tails: list[tuple[str, Tail]] = []
            try:
                with self.book.locked(*locked):
                    written = self._write_locked(set(locked), build(), expected_head,
                                                 settlement_reversal, tails, rows)  # fmt: skip
            except IdempotencyKeyReused:
                if line is not None:
                    line.target = None
                raise
            except Conflict as error:
                if line is not None:
                    line.target = None  # rolled back with the write
                if expected_head is not None or isinstance(error, StaleHead):
                    raise
                time.sleep(random.uniform(0, 0.002 * (attempt + 1)))  # jitter
                continue
            except BaseException:
                if line is not None:
                    line.target = None
                raise
            for note_id, tail in tails:  # committed: the next write or quote resumes from here
                self._keep_tail(note_id, tail)
            return written
        raise Conflict(f"note {', '.join(locked)}: other writers kept appending first; gave up "
                       f"after {RETRIES} attempts")  # fmt: skip

    @contextmanager
    def audited_write(self, user: str, action: str, source: str) -> Iterator[PendingAudit]:
        """Within the block, the first write of one event on one note (this thread) enters
        ``user``'s audit line for ``action`` in its own transaction (see :class:`PendingAudit`)."""
        line = PendingAudit(user, action, source)
        local = self._audit_local
        local.line = line
        try:
            yield line
        finally:
            local.line = None

    @property
    def _audit_local(self) -> threading.local:
        local: threading.local | None = self.__dict__.get("_audit_thread_local")
        if local is None:
            local = self.__dict__.setdefault("_audit_thread_local", threading.local())
        return local

    def _pending_audit(self) -> PendingAudit | None:
        line: PendingAudit | None = getattr(self._audit_local, "line", None)
        return line if line is not None and line.target is None else None

    def _write_locked(
        self,
        locked: set[str],
        wanted: Mapping[str, Sequence[Entry]],
        expected_head: int | None,
        settlement_reversal: str | None,
        tails: list[tuple[str, Tail]],
        rows: bool = True,
    ) -> dict[str, tuple[Recorded, ...]]:
        now = self.clock()
        asked: dict[str, list[str]] = {}
        for note_id, entries in wanted.items():
            if note_id not in locked:
                raise Conflict(f"note {note_id}: not locked for this write; try again")
            keys = [e.idempotency_key for e in entries if e.idempotency_key is not None]
            if keys and self.book.note(note_id).head:  # a note with no events holds no keys
                asked[note_id] = keys
        # the earlier events of every note's keys, one query for the whole write
        earlier = self.book.by_idempotency_keys_of(asked) if asked else {}
        plans = [self._plan(note_id, entries, now, expected_head, settlement_reversal, earlier,
                            rows)
                 for note_id, entries in wanted.items()]  # fmt: skip
        problems = [problem for plan in plans for problem in plan.problems]
        if problems:
            raise Refused(problems, {(plan.note_id, c.seq): i for plan in plans
                                     for c, i in zip(plan.candidates, plan.fresh, strict=True)})  # fmt: skip
        todo = [plan for plan in plans if plan.candidates]
        batch = [Append(p.note_id, p.candidates, p.head, keys=p.keys) for p in todo]
        for plan, stored in zip(todo, self.book.append_batch(batch), strict=True):
            for i, event in zip(plan.fresh, stored, strict=True):
                plan.slots[i] = Recorded(event, plan.rows.get(event.seq))
            if plan.after is None or plan.tail is None:
                continue
            new_head, new_hash = self.book.head(plan.note_id)
            if new_head != plan.head + len(stored):
                continue
            tails.append((plan.note_id, Tail((new_head, new_hash, plan.tail.key[2]),
                                             plan.tail.checkpoint, (*plan.tail.events, *stored),
                                             plan.after)))  # fmt: skip
            if len(plan.after.rows) > self.checkpoint_every:
                self._keep_checkpoints(plan.note_id, new_head, new_hash, plan.after)
        line = self._pending_audit()
        if line is not None and len(todo) == 1 and len(todo[0].candidates) == 1:
            event = todo[0].candidates[0]
            line.target = f"note {todo[0].note_id} #{event.seq}"
            self._enter_audit(line)
        return {p.note_id: tuple(s for s in p.slots if s is not None) for p in plans}

    def _plan(self, note_id: str, entries: Sequence[Entry], now: datetime,
              expected_head: int | None, settlement_reversal: str | None,
              earlier: Mapping[tuple[str, str], Event], rows: bool = True) -> _Plan:  # fmt: skip
        """One note's part of a write, read and validated under its lock; ``earlier`` holds the
        events already written with the write's keys, by (note, key); ``rows``: keep the new
        events' Schedule A rows for their :class:`Recorded`."""
        record = self.book.note(note_id)
        head = record.head
        given = [e.idempotency_key for e in entries if e.idempotency_key is not None]
        twice = sorted(k for k, n in Counter(given).items() if n > 1)
        if twice:
            raise InvalidInput(f"idempotency key {twice[0]!r} is given twice in one write")
        plan = _Plan(note_id, head)
        for i, entry in enumerate(entries):
            key = entry.idempotency_key
            first = earlier.get((note_id, key)) if key is not None else None
            if key is not None and first is not None:
                same_request(first, entry.event, key)
                plan.slots.append(Recorded(first, None, repeated=True))
            else:
                plan.slots.append(None)
                plan.fresh.append(i)
        if not plan.fresh:
            return plan
        for i in plan.fresh:  # what every surface writes (the API's bodies too): no control text
            _check_texts(entries[i].event)
        if expected_head is not None and expected_head != head:
            raise Conflict(
                f"note {note_id}: expected to append after event #{expected_head}, but the "
                f"ledger is at #{head}; re-read and try again"
            )
        candidates = tuple(
            stamped(entries[i].event, seq=head + n, recorded_at=now, note_id=note_id)
            for n, i in enumerate(plan.fresh, start=1)
        )
        tail, after = self._replay_with(record, candidates)
        before = tail.ledger
        assert before is not None
        history = self.book.events(note_id) if needs_history(candidates) else []
        plan.problems = new_problems(before, after, candidates) + refusals(
            note_id, history, candidates, settlement_reversal=settlement_reversal
        )
        splits = splits_of_seqs(after.rows, (c.seq for c in candidates if isinstance(c, Payment)))
        plan.candidates = tuple(  # a payment keeps the split its replay gave it
            stamped(c, allocation=splits[c.seq]) if isinstance(c, Payment) and c.seq in splits
            else c
            for c in candidates
        )  # fmt: skip
        if rows:
            plan.rows = rows_of_seqs(after.rows, (c.seq for c in candidates))
        plan.keys = tuple(entries[i].idempotency_key for i in plan.fresh)
        plan.after = after
        plan.tail = tail
        return plan

    def _replay_with(self, record: NoteRecord, candidates: Sequence[Event]) -> tuple[Tail, Ledger]:
        """The note replayed without ``candidates`` (its tail from the last checkpoint before both)
        and the ledger with them, from the same checkpoint."""
        note_id = record.terms.id
        impact = min(c.effective_date for c in candidates)
        for c in candidates:
            if isinstance(c, Reversal):
                inside = next((x.effective_date for x in candidates if x.seq == c.target_seq), None)
                target = inside or self.book.effective_date(note_id, c.target_seq)
                impact = min(impact, target) if target is not None else impact
        tail = self._replay_after(record, impact)
        assert tail.ledger is not None
        after = replay_from(record.terms, tail.checkpoint, (*tail.events, *candidates))
        return tail, after


_TEXTS: dict[type, tuple[str, ...]] = {}


def _check_texts(event: Event) -> None:
    """Refuse a new event whose text fields (memo, description, payee, asset …) hold a control
    character, naming it and where, as the CLI and CSV onboarding do: a terminal escape in a memo
    would run in the terminal of whoever lists the journal.  Stored events are not re-checked."""
    cls = type(event)
    names = _TEXTS.get(cls)
    if names is None:
        names = _TEXTS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    for name in names:
        value = getattr(event, name)
        if isinstance(value, str):
            check_text(value, what=f"{event.kind} {name}")


def prepare_fresh(terms: Terms, head_hash: str, entries: Sequence[Entry], now: datetime,
                  checkpoint_every: int,
                  encoded: Sequence[dict[str, Any]] | None = None) -> Prepared | None:  # fmt: skip
    """The rows :meth:`UnitOfWork.write` would append for ``entries`` on a note with no events yet
    (its head hash ``head_hash``) at ``now``, worked out without the book — or None whenever the
    write would do anything but append them all: a key given twice, a control character in a text,
    a problem or refusal its replay finds, a field longer than the book stores, or more rows than
    make a checkpoint.  It is :meth:`UnitOfWork._plan` and :meth:`Book.append_batch
    <promissory.book.store.Book.append_batch>` for that one case (``tests/app/
    test_prepared_writes.py`` holds them to the same rows); the rows are written only if the note
    is still at that head (:meth:`Book.append_prepared
    <promissory.book.store.Book.append_prepared>`).  ``encoded``: each entry's event as
    :func:`~promissory.codec.events_json.event_to_dict` gives it, if the caller has them (only the
    stamps are encoded again).  Pure: onboarding runs it in other processes."""
    note_id = terms.id
    given = [e.idempotency_key for e in entries if e.idempotency_key is not None]
    if not entries or len(set(given)) != len(given):
        return None
    try:
        for entry in entries:
            _check_texts(entry.event)
            check_length("idempotency_key", entry.idempotency_key, where=f"note {note_id}")
            check_length("recorded_by", entry.event.recorded_by, where=f"note {note_id}")
    except InvalidInput:
        return None
    candidates = tuple(
        stamped(e.event, seq=n, recorded_at=now, note_id=note_id)
        for n, e in enumerate(entries, start=1)
    )
    after = replay_from(terms, None, candidates)
    # any problem at all sends the write to the unit of work (which tells the new ones from those
    # the note had without them): with none, it would find none new either
    if after.problems or refusals(note_id, [], candidates):
        return None
    if len(after.rows) > checkpoint_every:  # the write would keep checkpoints: it writes them
        return None
    splits = splits_of_seqs(after.rows, (c.seq for c in candidates if isinstance(c, Payment)))
    rows: list[dict[str, Any]] = []
    prev = head_hash
    for i, (c, entry) in enumerate(zip(candidates, entries, strict=True)):
        event = (
            stamped(c, allocation=splits[c.seq])
            if isinstance(c, Payment) and c.seq in splits
            else c
        )
        if event.note_id != note_id:
            return None
        as_dict = restamped(encoded[i], event) if encoded is not None else None
        rows.append(event_row(note_id, event, prev, entry.idempotency_key, as_dict))
        prev = rows[-1]["hash"]
    return Prepared(note_id, 0, head_hash, tuple(rows))
