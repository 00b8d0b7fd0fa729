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
   (:func:`new_problems`), as do the write rules the replay does not check yet (:func:`refusals`);
5. **append** everything in one transaction, each entry with its key; a payment keeps the split
   its replay gave it.

:func:`refusals` is the one place the write-only rules are called from (a double pledge or a
financing statement on file twice, a lone reversal of part of a settlement, an event that would
reopen a closed note); once replay checks them, they are dropped here and nowhere else.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from promissory.app.desk import Desk
from promissory.book.store import Append, NoteRecord
from promissory.codec.events_json import event_to_dict
from promissory.core.collateral import Pledge, Release, Valuation, pledge_problems
from promissory.core.engine import replay_from
from promissory.core.events import Event, Payment, Reversal
from promissory.core.filings import (
    FinancingStatementContinued,
    FinancingStatementFiled,
    FinancingStatementTerminated,
    filing_problems,
)
from promissory.core.problems import Problem
from promissory.core.settlement import reversal_refusal, settlement_of
from promissory.core.state import Ledger, ScheduleRow
from promissory.errors import Conflict, IdempotencyKeyReused, InvalidInput, RuleViolation

#: How often a write that met a conflict is retried before giving up.
RETRIES = 25
#: Fields of an event that say *what* was asked (not when or by whom): a repeated idempotency key
#: must come with the same ones.
_VOLATILE = {"seq", "recorded_at", "recorded_by", "allocation"}
_COLLATERAL = Pledge | Release | Valuation
_FILINGS = FinancingStatementFiled | FinancingStatementContinued | FinancingStatementTerminated


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
    first = {k: v for k, v in event_to_dict(earlier).items() if k not in _VOLATILE}
    again = {k: v for k, v in event_to_dict(event).items() if k not in _VOLATILE}
    again["note_id"] = first.get("note_id")
    if first != again:
        raise IdempotencyKeyReused(
            key,
            f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} on "
            f"{earlier.effective_date}), a different request; use a new key",
        )


def new_problems(before: Ledger, after: Ledger) -> list[Problem]:
    """The problems of ``after`` that ``before`` (the ledger without the candidates) did not have."""
    known = {(p.seq, p.code) for p in before.problems}
    return [p for p in after.problems if (p.seq, p.code) not in known]


def needs_history(candidates: Sequence[Event]) -> bool:
    """Whether :func:`refusals` needs the note's whole history (not only a replay's tail)."""
    return any(isinstance(c, Reversal | _COLLATERAL | _FILINGS) for c in candidates)


def refusals(
    note_id: str,
    history: Sequence[Event],
    before: Ledger,
    after: Ledger,
    candidates: Sequence[Event],
    *,
    settlement_reversal: str | None = None,
) -> list[Problem]:
    """The write rules replay does not check yet, for ``candidates`` appended to ``history``.

    ``history`` is the note's whole history (needed only when :func:`needs_history` says so);
    ``before`` and ``after`` are its ledgers without and with the candidates.  Each candidate is
    judged after the ones before it in the write.  A reversal of part of a settlement is refused
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
        elif isinstance(candidate, _COLLATERAL):
            found += pledge_problems(note_id, so_far, candidate)
        elif isinstance(candidate, _FILINGS):
            found += filing_problems(note_id, so_far, candidate)
        reopened = reopening_refusal(note_id, before, after, candidate)
        found += [reopened] if reopened is not None else []
        out += [replace(p, seq=candidate.seq) for p in found]  # each names the candidate it refuses
        so_far.append(candidate)
    return out


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


def appends(note_id: str, head: int, events: Sequence[Event],
            keys: Sequence[str | None]) -> list[Append]:  # fmt: skip
    """The book appends for one note: a new one at each keyed event (the book keys an append's first)."""
    groups: list[tuple[list[Event], str | None]] = []
    for event, key in zip(events, keys, strict=True):
        if not groups or key is not None:
            groups.append(([event], key))
        else:
            groups[-1][0].append(event)
    out: list[Append] = []
    for group, key in groups:
        out.append(Append(note_id, tuple(group), head, key))
        head += len(group)
    return out


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
    ) -> dict[str, tuple[Recorded, ...]]:
        """The unit of work every write goes through (:mod:`promissory.app.unit_of_work`).

        ``build`` runs with ``note_ids`` locked and returns the entries to write, note by note (only
        locked notes).  Everything is validated, then appended in one transaction, or nothing is.
        With ``expected_head`` (one note) the write fails with :class:`Conflict` unless the note's
        last event is that one; without it, a write that still meets a conflict is retried.
        Returns what each entry did, note by note, in the order given.
        """
        locked = sorted(set(note_ids))
        for attempt in range(RETRIES):
            try:
                with self.book.locked(*locked):
                    return self._write_locked(set(locked), build(), expected_head,
                                              settlement_reversal)  # fmt: skip
            except IdempotencyKeyReused:
                raise
            except Conflict:
                if expected_head is not None:
                    raise
                time.sleep(random.uniform(0, 0.002 * (attempt + 1)))  # jitter
        raise Conflict(f"note {', '.join(locked)}: other writers kept appending first; gave up "
                       f"after {RETRIES} attempts")  # fmt: skip

    def _write_locked(
        self,
        locked: set[str],
        wanted: Mapping[str, Sequence[Entry]],
        expected_head: int | None,
        settlement_reversal: str | None,
    ) -> dict[str, tuple[Recorded, ...]]:
        now = self.clock()
        results: dict[str, list[Recorded | None]] = {}
        batch: list[Append] = []
        problems: list[Problem] = []
        entry_of: dict[tuple[str, int], int] = {}
        replayed: dict[str, tuple[int, Ledger, tuple[Event, ...]]] = {}
        for note_id, entries in wanted.items():
            if note_id not in locked:
                raise Conflict(f"note {note_id}: not locked for this write; try again")
            record = self.book.note(note_id)
            head = record.head
            slots: list[Recorded | None] = []
            fresh: list[tuple[int, Entry]] = []
            keys: set[str] = set()
            for i, entry in enumerate(entries):
                key = entry.idempotency_key
                earlier = self.book.by_idempotency_key(note_id, key) if key is not None else None
                if key is not None and key in keys:
                    raise InvalidInput(f"idempotency key {key!r} is given twice in one write")
                keys.update([key] if key is not None else [])
                if earlier is not None and key is not None:
                    same_request(earlier, entry.event, key)
                    slots.append(Recorded(earlier, None, repeated=True))
                else:
                    slots.append(None)
                    fresh.append((i, entry))
            results[note_id] = slots
            if not fresh:
                continue
            if expected_head is not None and expected_head != head:
                raise Conflict(
                    f"note {note_id}: expected to append after event #{expected_head}, but the "
                    f"ledger is at #{head}; re-read and try again"
                )
            candidates = tuple(
                replace(e.event, seq=head + n, recorded_at=now, note_id=note_id)
                for n, (_, e) in enumerate(fresh, start=1)
            )
            entry_of.update(
                {(note_id, c.seq): i for c, (i, _) in zip(candidates, fresh, strict=True)}
            )
            before, after = self._replay_with(record, candidates)
            history = self.book.events(note_id) if needs_history(candidates) else []
            problems += new_problems(before, after)
            problems += refusals(note_id, history, before, after, candidates,
                                 settlement_reversal=settlement_reversal)  # fmt: skip
            rows = {r.seq: r for r in after.rows}
            candidates = tuple(
                replace(c, allocation=rows[c.seq].split)
                if isinstance(c, Payment) and c.seq in rows
                else c
                for c in candidates
            )
            batch += appends(note_id, head, candidates, [e.idempotency_key for _, e in fresh])
            replayed[note_id] = (head, after, candidates)
        if problems:
            raise Refused(problems, entry_of)
        stored = {(a.note_id, e.seq): e
                  for a, evs in zip(batch, self.book.append_batch(batch), strict=True)
                  for e in evs}  # fmt: skip
        out: dict[str, tuple[Recorded, ...]] = {}
        for note_id, slots in results.items():
            if note_id in replayed:
                head, after, candidates = replayed[note_id]
                rows = {r.seq: r for r in after.rows}
                made = iter(candidates)
                for i, slot in enumerate(slots):
                    if slot is None:
                        seq = next(made).seq
                        slots[i] = Recorded(stored[(note_id, seq)], rows.get(seq))
                if len(after.rows) > self.checkpoint_every:
                    new_head, new_hash = self.book.head(note_id)
                    if new_head == head + len(candidates):
                        self._keep_checkpoints(note_id, new_head, new_hash, after)
            out[note_id] = tuple(s for s in slots if s is not None)
        return out

    def _replay_with(
        self, record: NoteRecord, candidates: Sequence[Event]
    ) -> tuple[Ledger, Ledger]:
        """The note replayed without and with ``candidates``, from the last checkpoint before both."""
        note_id = record.terms.id
        impact = min(c.effective_date for c in candidates)
        for c in candidates:
            if isinstance(c, Reversal):
                inside = next((x.effective_date for x in candidates if x.seq == c.target_seq), None)
                target = inside or self.book.effective_date(note_id, c.target_seq)
                impact = min(impact, target) if target is not None else impact
        checkpoint, events, _ = self._replay_after(record, impact, replay=False)
        before = replay_from(record.terms, checkpoint, events)
        after = replay_from(record.terms, checkpoint, (*events, *candidates))
        return before, after
