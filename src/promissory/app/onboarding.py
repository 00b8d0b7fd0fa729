"""Bulk onboarding from CSV and the book's export and import: the facade's onboarding desk.

Onboarding never half-applies a note: all of a note's rows are parsed, then written through the one
unit of work (:meth:`Promissory.write <promissory.app.service.Promissory.write>`), which validates
them together by replaying the note with them and writes them in one transaction — or, if any row
fails, none of that note's rows are written and every one of them is reported with its reason.
Other notes go ahead.  The row formats are in :mod:`promissory.codec.onboarding_csv`.

**Re-running a file is safe.**  Every events row is written with an idempotency key: its ``key``
column if the file has one, otherwise one derived from the row's content (the note, the event as
the codec reads it, and — for rows identical in every field — which of them it is, first, second …).
A row already in the book is counted as already present and not written again, so a run that
crashed half-way is finished by running the same file again.  A notes row whose note is already in
the book with the same terms is already present; with other terms it is refused, naming the note.

**Streaming, in chunks.**  The file is read row by row, never whole: rows are taken
:data:`CHUNK_ROWS` at a time (a chunk never ends inside a run of rows of one note, so a file sorted
by note keeps every note's rows together however many it has).  The notes of a chunk are written in
one transaction, with a fixed number of queries whatever the chunk holds: the chunk's notes (terms
and heads) are read in one query and locked in one more, the idempotency keys of the notes that
already hold events are looked up in one query (a note with no events yet holds none, and is not
read back to be replayed: the one replay with its new rows checks them), the hash chains are
computed in memory, and every note's events go in at once (``COPY`` on PostgreSQL, one multi-row
insert on SQLite).  If anything in the chunk is refused, that chunk is written again note by note,
so only the failing notes' rows are rejected.  Memory holds one chunk, plus the ids of the notes
already seen (see :func:`_content_keys` for why) up to
:data:`~promissory.book.tally.SPILL_AT` of them, then those ids go to a temporary SQLite database
(a :class:`~promissory.book.tally.Tally`), so memory stays flat in the file's size; the notes
file's duplicate check keeps each note's line the same way.  A note whose rows are scattered over several
chunks is written once per chunk: each chunk's rows of it go in together, or none of them.

**Prepared ahead.**  A chunk whose notes hold no events yet (a first onboarding) is worked out
before its transaction, from the notes' terms text and heads: rows read into events and keys, the
note replayed with them and their chain computed exactly as the unit of work does
(:func:`~promissory.app.unit_of_work.prepare_fresh`, which declines — leaving the chunk to the unit
of work — whenever that would do anything but append every row).  The transaction then only locks
the notes, checks they are still at those heads and inserts the rows.  With ``workers`` that work
runs in other processes, a few chunks ahead of the one being written.
"""

from __future__ import annotations

import csv
import hashlib
import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from promissory.app.desk import Desk
from promissory.app.unit_of_work import VOLATILE, Entry, Refused, new_problems, prepare_fresh
from promissory.book import bundle
from promissory.book.store import Prepared, stored_terms
from promissory.book.tally import Tally, tally
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.onboarding_csv import event_fields_from_row, is_events_header, terms_from_row
from promissory.codec.terms_toml import terms_to_dict
from promissory.core.engine import cyclic_gc_batched, cyclic_gc_in_fork, cyclic_gc_paused, replay
from promissory.core.events import Event
from promissory.core.problems import Problem
from promissory.core.terms import Terms
from promissory.errors import Conflict, IdempotencyKeyReused, InvalidInput, NotFound

Progress = Callable[[int], None]
Rows = list[tuple[int, dict[str, str | None]]]

#: The optional column of an events file that names a row's idempotency key.
KEY_COLUMN = "key"
#: Fields of an event that say *what* it is (not when or by whom it was recorded).


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A CSV row that was not applied: its line number in the file, its note and why."""

    line: int
    note_id: str
    reason: str


@dataclass
class OnboardReport:
    """What an onboarding run did: rows written, rows already in the book, rows rejected."""

    kind: str  # "notes" or "events"
    rows: int = 0
    applied_rows: int = 0
    applied_notes: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    present_rows: int = 0  # already in the book (a re-run): not written again


def iter_csv(path: str | Path) -> tuple[list[str], Iterator[tuple[int, dict[str, str | None]]]]:
    """The header of a CSV file and an iterator over its rows (each with its line number), read
    as they are consumed."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed by rows())
    except OSError as error:
        raise InvalidInput(f"cannot read {str(path)!r}: {error.strerror}") from None
    reader = csv.DictReader(handle)
    try:
        header = list(reader.fieldnames or [])
    except UnicodeDecodeError:
        handle.close()
        raise InvalidInput(f"{Path(path).name} is not UTF-8 text: save the CSV as UTF-8") from None
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        handle.close()
        raise InvalidInput(f"{Path(path).name}: column(s) {', '.join(map(repr, twice))} appear "
                           "more than once in the header (which one is meant?)")  # fmt: skip

    def rows() -> Iterator[tuple[int, dict[str, str | None]]]:
        with handle:
            try:
                for r in reader:  # cells beyond the header (under None) are refused by the row
                    yield reader.line_num, dict(r)
            except UnicodeDecodeError as error:
                raise InvalidInput(f"{Path(path).name} is not UTF-8 text (byte {error.start} of a "
                                   "block cannot be read): save the CSV as UTF-8") from None  # fmt: skip
            except csv.Error as error:
                raise InvalidInput(f"{Path(path).name} line {reader.line_num}: {error}") from None

    return header, rows()


def count_rows(path: str | Path) -> int:
    """How many data rows a CSV file holds (read as a stream)."""
    return sum(1 for _ in iter_csv(path)[1])


def chunks(rows: Iterable[tuple[int, dict[str, str | None]]], column: str,
           size: int) -> Iterator[Rows]:  # fmt: skip
    """``rows`` ``size`` at a time, a chunk never ending between two rows of one ``column`` value."""
    chunk: Rows = []
    for line, row in rows:
        if (
            len(chunk) >= size
            and (row.get(column) or "").strip() != (chunk[-1][1].get(column) or "").strip()
        ):
            yield chunk
            chunk = []
        chunk.append((line, row))
    if chunk:
        yield chunk


def read_csv(path: str | Path) -> tuple[list[str], Rows]:
    """The header and the rows of a CSV file, each row with its line number."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, dict(r)) for r in reader]
            return list(reader.fieldnames or []), rows
    except OSError as error:
        raise InvalidInput(f"cannot read {str(path)!r}: {error.strerror}") from None


#: The servicing events a CSV may carry; collateral, transfers and settlements have their own checks.
#: How many CSV rows a chunk holds (one transaction each); see the module docstring.
CHUNK_ROWS = 2000

#: A refusal on a stored event is traced to its rows by replaying each new row alone; a note with
#: more new rows than this is reported as a whole (every row, naming the stored event) instead.
MAX_CAUSE_TRIALS = 200

ONBOARDING_KINDS = frozenset({
    "advance", "payment", "expense", "default", "cure", "acceleration", "rate_fixing",
    "amendment", "notation", "opening_balance", "reversal", "refund", "escrow_disbursement",
    "pik_election",
})  # fmt: skip


class OnboardingDesk(Desk):
    """CSV onboarding, resumable row by row, and the book's export and import."""

    def onboard(self, path: str | Path, *, kind: str | None = None, recorded_by: str = "",
                progress: Progress | None = None, source: str | None = None,
                workers: int = 1) -> OnboardReport:  # fmt: skip
        """Onboard a notes file or an events file (told apart by a ``kind`` column), streaming.

        ``source`` names the file for the keys rows get from their content (default: the file's
        name; see :meth:`onboard_events`).  ``workers`` > 1 prepares an events file's rows in that
        many processes meanwhile (see :meth:`onboard_events`; the same outcome)."""
        header, rows = iter_csv(path)
        kind = kind or ("events" if is_events_header(header) else "notes")
        if kind == "notes":
            return self.onboard_notes(rows, recorded_by=recorded_by, progress=progress)
        if kind == "events":
            named = {h.strip() for h in header}
            lacking = [c for c in ("note_id", "kind", "effective_date") if c not in named]
            if lacking:
                rows.close()  # type: ignore[attr-defined]
                raise InvalidInput(f"{Path(path).name} is not an events file: it has no "
                                   f"{', '.join(lacking)} column (its header: "
                                   f"{', '.join(header) or 'none'})")  # fmt: skip
            return self.onboard_events(rows, recorded_by=recorded_by, progress=progress,
                                       source=source or Path(path).name, workers=workers)  # fmt: skip
        rows.close()  # type: ignore[attr-defined]
        raise InvalidInput(f"onboarding kind {kind!r} must be notes or events")

    def onboard_notes(self, rows: Iterable[tuple[int, dict[str, str | None]]], *,
                      recorded_by: str = "", progress: Progress | None = None) -> OnboardReport:  # fmt: skip
        """Onboard notes rows, :data:`CHUNK_ROWS` notes to a transaction."""
        report = OnboardReport("notes")
        with tally() as seen:  # note → its line (in a temporary database past SPILL_AT notes)
            for chunk in chunks(rows, "id", CHUNK_ROWS):
                report.rows += len(chunk)
                with self.book.locked():  # every note of the chunk in one transaction
                    self._onboard_notes_chunk(chunk, seen, report, recorded_by)
                if progress is not None:  # once the chunk has landed
                    progress(len(chunk))
        report.rejected.sort(key=lambda r: r.line)
        return report

    def _onboard_notes_chunk(self, rows: Rows, seen: Tally, report: OnboardReport,
                             recorded_by: str) -> None:  # fmt: skip
        """A chunk of notes rows: the notes already in the book found in one query, the new ones
        added in one insert (one by one if that is refused, to name the note)."""
        parsed: list[tuple[int, Terms]] = []
        for line, row in rows:
            note_id = (row.get("id") or "").strip()
            try:
                earlier = seen.get(note_id)
                if earlier is not None:
                    raise InvalidInput(f"note {note_id!r} is also on line {earlier}")
                seen.set(note_id, line)
                parsed.append((line, terms_from_row(row)))
            except InvalidInput as error:
                report.rejected.append(RejectedRow(line, note_id, str(error)))
        held = self.book.notes(terms.id for _, terms in parsed)
        fresh: list[tuple[int, Terms]] = []
        for line, terms in parsed:
            record = held.get(terms.id)
            if record is None:
                fresh.append((line, terms))
                continue
            try:
                _same_terms(terms, record.terms)
                report.present_rows += 1
            except InvalidInput as error:
                report.rejected.append(RejectedRow(line, terms.id, str(error)))
        try:
            self.book.add_notes([(terms, self.clock(), recorded_by) for _, terms in fresh])
            added = [terms for _, terms in fresh]
        except InvalidInput:  # one of them was added meanwhile: one by one, naming it
            added = []
            for line, terms in fresh:
                try:
                    self.add_note(terms, recorded_by=recorded_by)
                    added.append(terms)
                except InvalidInput as error:
                    report.rejected.append(RejectedRow(line, terms.id, str(error)))
        report.applied_rows += len(added)
        report.applied_notes += [terms.id for terms in added]

    def onboard_events(self, rows: Iterable[tuple[int, dict[str, str | None]]], *,
                       recorded_by: str = "", progress: Progress | None = None, source: str = "",
                       workers: int = 1) -> OnboardReport:  # fmt: skip
        """Onboard events rows; ``source`` (the file's name) scopes the keys rows get from their
        content, so the same file run again posts nothing twice while an identical row in another
        file (March's wire fee after January's) is a new event.

        A chunk whose notes hold no events yet is prepared ahead: its rows are read into events and
        keys, replayed and chained as the unit of work would (``unit_of_work.prepare_fresh``), then
        written at once if the notes are still where they were; anything else (a note with events,
        a row refused, a note moved meanwhile) takes the unit of work as before.  ``workers`` > 1
        prepares the next chunks in that many processes while this one writes (:func:`_prepared`);
        what is written is the same.
        """
        report = OnboardReport("events")

        def staged(groups: Tally) -> Iterator[_Chunk]:
            for chunk in chunks(rows, "note_id", CHUNK_ROWS):
                report.rows += len(chunk)
                by_note: dict[str, Rows] = {}
                for line, row in chunk:
                    by_note.setdefault((row.get("note_id") or "").strip(), []).append((line, row))
                notes = self.book.note_texts(by_note)  # terms, heads: one query
                yield _Chunk(by_note, groups.bump(list(by_note)), notes, self.clock(),
                             self.checkpoint_every, recorded_by, source)  # fmt: skip

        # groups: note → how many chunks held rows of it so far (a temporary database past SPILL_AT)
        with cyclic_gc_batched() as collect, tally() as groups:
            self._land_chunks(_prepared(staged(groups), workers), report, progress, recorded_by,
                              source, collect)  # fmt: skip
        report.rejected.sort(key=lambda r: r.line)
        return report

    def _land_chunks(self, prepared: Iterator[tuple[_Chunk, _Work]], report: OnboardReport,
                     progress: Progress | None, recorded_by: str, source: str,
                     collect: Callable[[], None]) -> None:  # fmt: skip
        """Write each chunk (:meth:`_land`, else note by note), ``collect`` called after each
        (see :func:`~promissory.core.engine.cyclic_gc_batched`)."""
        for chunk, work in prepared:
            done = self._land(chunk, work)
            for note_id, note_rows in chunk.by_note.items():
                if note_id in done:
                    applied = done[note_id]
                    rejected: list[RejectedRow] = []
                else:
                    rejected, applied = self._onboard_note_events(
                        note_id, note_rows, recorded_by, source, chunk.groups[note_id]
                    )
                if rejected:
                    report.rejected.extend(rejected)
                else:
                    report.applied_rows += applied
                    report.present_rows += len(note_rows) - applied
                    if applied:
                        report.applied_notes.append(note_id)
                if progress is not None:
                    progress(len(note_rows))
            collect()

    def _land(self, chunk: _Chunk, work: _Work) -> dict[str, int]:
        """Write a chunk's work: its prepared rows if it has them and its notes are still where
        they were, else its entries through the unit of work; returns rows written by note ({}:
        the caller then writes the chunk note by note).  A principal's write of one event, which
        enters the principal's audit line with it, takes the unit of work."""
        if work.wanted is None:
            return {}
        alone = work.prepared is not None and sum(len(p.rows) for p in work.prepared) == 1
        if work.prepared is not None and not (alone and self._pending_audit() is not None):
            try:
                if self.book.append_prepared(work.prepared):
                    return {p.note_id: len(p.rows) for p in work.prepared}
            except Conflict:
                pass  # written meanwhile: the unit of work finds what is there
        if work.partial:  # a worker left the entries out: the same ones, worked out here
            work = _work(chunk)
        assert work.wanted is not None
        return self._onboard_events_together(work.wanted)

    def _onboard_events_together(self, wanted: dict[str, list[Entry]]) -> dict[str, int]:
        """Write a chunk's notes' entries in one unit of work; returns rows written by note, or {}
        when anything in the chunk fails (the caller then writes it note by note, naming each
        row)."""
        try:
            written = self.write(list(wanted), lambda: wanted, rows=False)
        except (Refused, IdempotencyKeyReused, Conflict, InvalidInput):
            return {}
        return {n: sum(1 for r in recorded if not r.repeated) for n, recorded in written.items()}

    def _onboard_note_events(self, note_id: str, rows: Rows, recorded_by: str,
                             source: str = "", group: int = 1) -> tuple[list[RejectedRow], int]:  # fmt: skip
        """Write one note's rows together: (the rejected rows, all of them if any fails; rows written)."""
        lines = [line for line, _ in rows]

        def all_rejected(bad: dict[int, str]) -> tuple[list[RejectedRow], int]:
            first = min(bad)
            return [RejectedRow(line, note_id, bad.get(line) or f"not applied: line {first} of "
                                f"the same note was rejected ({bad[first]})")
                    for line in lines], 0  # fmt: skip

        try:
            terms = self.note(note_id).terms
        except NotFound:
            return all_rejected({lines[0]: f"no note {note_id!r} in the book"})
        bad: dict[int, str] = {}
        entries: list[Entry] = []
        given: dict[str, int] = {}
        for line, row in rows:
            try:
                cells = dict(row)
                key = (cells.pop(KEY_COLUMN, None) or "").strip() or None
                _, fields = event_fields_from_row(cells)
                event = _event_of(terms.currency, terms.id, fields, recorded_by)
                if event.kind not in ONBOARDING_KINDS:
                    raise InvalidInput(f"{event.kind} events are not onboarded from CSV: record "
                                       "them as collateral, transfers or settlements")  # fmt: skip
                if key is not None and key in given:
                    raise InvalidInput(f"key {key!r} is also on line {given[key]}")
                given.update({key: line} if key is not None else {})
                entries.append(Entry(event, key))
            except InvalidInput as error:
                bad[line] = str(error)
        if bad:
            return all_rejected(bad)
        entries = _content_keys(note_id, entries, source, group)
        try:
            written = self.write([note_id], lambda: {note_id: entries}, rows=False)[note_id]
        except Refused as error:
            fresh = sorted(set(error.entry_of.values()))
            for p in error.problems:
                index = error.entry_of.get((p.note_id, p.seq))
                if index is not None:
                    bad.setdefault(lines[index], f"{p.message} [{p.code}]")
                    continue
                # a problem on an event already in the book: name the rows that cause it
                for i, message in self._causes(terms, note_id, entries, fresh, p):
                    bad.setdefault(lines[i], f"{message} [{p.code}]")
            return all_rejected(bad)
        except IdempotencyKeyReused as error:
            at = next((n for n, e in zip(lines, entries, strict=True)
                       if e.idempotency_key == error.key), lines[0])  # fmt: skip
            return all_rejected({at: str(error)})
        except (Conflict, InvalidInput) as error:
            return all_rejected({lines[0]: str(error)})
        return [], sum(1 for r in written if not r.repeated)

    def _causes(self, terms: Terms, note_id: str, entries: list[Entry], fresh: list[int],
                problem: Problem) -> list[tuple[int, str]]:  # fmt: skip
        """The new rows that alone would cause ``problem`` on a stored event, each with the message
        naming the row's event and the stored one; if none does alone (only together), every new
        row, with the message naming the stored event."""
        found: list[tuple[int, str]] = []
        if len(fresh) <= MAX_CAUSE_TRIALS:
            history = self.view(note_id).events
            head = max((e.seq for e in history), default=0)
            before = replay(terms, history)
            for i in fresh:
                candidate = replace(entries[i].event, seq=head + 1, note_id=note_id)
                after = replay(terms, (*history, candidate))
                found += [(i, q.message) for q in new_problems(before, after, [candidate])
                          if (q.seq, q.code) == (problem.seq, problem.code)]  # fmt: skip
        return found or [(i, f"{problem.message} (the rows of note {note_id} together)")
                         for i in fresh]  # fmt: skip

    # -- export and import (the book's bundles: promissory.book.bundle) --------------------------

    def export_book(self, path: str | Path) -> bundle.BundleCounts:
        """Write the whole book to a bundle file (JSON Lines)."""
        return bundle.export_book(self.book, str(path))

    def import_book(self, path: str | Path, progress: Progress | None = None, *,
                    legacy: bool = False, workers: int = 1) -> bundle.BundleCounts:  # fmt: skip
        """Read a bundle file into the book (refused whole if it does not verify or replay clean).

        Each note is replayed before anything is written; a rule broken anywhere refuses the bundle.
        Running it again completes what a crashed run left and posts nothing twice.  ``legacy``
        admits a version 1 bundle (written before creation hashes) from a trusted source.
        ``workers`` > 1 checks the notes in that many processes meanwhile (same outcome).
        """

        def lines() -> Iterable[str]:
            try:
                with open(path, encoding="utf-8") as handle:
                    yield from handle
            except OSError as error:
                raise InvalidInput(f"cannot read {str(path)!r}: {error.strerror}") from None
            except UnicodeDecodeError:
                raise InvalidInput(f"{Path(path).name} is not UTF-8 text: a bundle is JSON Lines "
                                   "in UTF-8") from None  # fmt: skip

        return bundle.import_book(self.book, lines, progress, replay_problems, legacy=legacy,
                                  workers=workers)  # fmt: skip


def replay_problems(terms: Terms, events: list[Event]) -> tuple[Problem, ...]:
    """What an import asks of each note: the rules its replay finds broken (a function of the
    module, so that checking processes can be sent it)."""
    return replay(terms, events).problems


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A chunk of events rows by note, each note's chunk number (``group`` of
    :func:`_content_keys`), the terms text, head and head hash of the notes the book holds, and
    what the write stamps (its moment, who records, the file) — all that :func:`_work` needs."""

    by_note: dict[str, Rows]
    groups: dict[str, int]
    notes: dict[str, tuple[str, int, str]]
    now: datetime
    checkpoint_every: int
    recorded_by: str
    source: str


@dataclass(frozen=True, slots=True)
class _Work:
    """A chunk's entries with their keys by note (None: a note is not in the book or a row is not
    good, so the chunk goes note by note), and its rows prepared for a note with no events yet
    (None unless every note of the chunk has them: see :func:`prepare_fresh`)."""

    wanted: dict[str, list[Entry]] | None
    prepared: list[Prepared] | None = None
    #: ``wanted`` was left out (a worker's prepared chunk: its entries are needed only if the rows
    #: cannot be written as prepared, and are worked out again from the chunk then).
    partial: bool = False


def _work(chunk: _Chunk) -> _Work:
    """A chunk's :class:`_Work`.  Pure: it runs in other processes when onboarding has
    ``workers``.  The cyclic garbage collector is paused meanwhile (see
    :func:`~promissory.core.engine.cyclic_gc_paused`)."""
    with cyclic_gc_paused():
        return _chunk_work(chunk)


def _chunk_work(chunk: _Chunk) -> _Work:
    wanted: dict[str, list[Entry]] = {}
    terms_of: dict[str, Terms] = {}
    encoded: dict[str, list[dict[str, Any]]] = {}
    for note_id, rows in chunk.by_note.items():
        note = chunk.notes.get(note_id)
        if note is None:
            return _Work(None)
        terms = terms_of[note_id] = stored_terms(note[0])
        entries = _note_entries(terms.currency, terms.id, rows, chunk.recorded_by)
        if entries is None:
            return _Work(None)
        encoded[note_id] = [event_to_dict(e.event) for e in entries]  # once, for key and row
        wanted[note_id] = _content_keys(note_id, entries, chunk.source, chunk.groups[note_id],
                                        encoded[note_id])  # fmt: skip
    prepared: list[Prepared] = []
    for note_id, entries in wanted.items():
        _, head, head_hash = chunk.notes[note_id]
        ready = None
        if head == 0 and terms_of[note_id].id == note_id:
            ready = prepare_fresh(terms_of[note_id], head_hash, entries, chunk.now,
                                  chunk.checkpoint_every, encoded[note_id])  # fmt: skip
        if ready is None:
            return _Work(wanted)
        prepared.append(ready)
    return _Work(wanted, prepared)


def _work_ahead(chunk: _Chunk) -> _Work:
    """:func:`_work` in a worker process: a prepared chunk comes back without its entries (their
    events are most of what would be sent back and are not needed to write the prepared rows;
    :meth:`OnboardingDesk._land` works them out again in the rare case it needs them)."""
    work = _work(chunk)
    if work.prepared is None:
        return work
    return _Work({}, work.prepared, partial=True)


def _note_entries(currency: str, note_id: str, rows: Rows,
                  recorded_by: str) -> list[Entry] | None:  # fmt: skip
    """A note's rows as entries (``currency`` and ``note_id``: its terms'), or None if any row is
    not good."""
    entries: list[Entry] = []
    given: set[str] = set()
    for _, row in rows:
        try:
            cells = dict(row)
            key = (cells.pop(KEY_COLUMN, None) or "").strip() or None
            _, fields = event_fields_from_row(cells)
            event = _event_of(currency, note_id, fields, recorded_by)
        except InvalidInput:
            return None
        if event.kind not in ONBOARDING_KINDS or (key is not None and key in given):
            return None
        given.update({key} if key is not None else set())
        entries.append(Entry(event, key))
    return entries


#: How many chunks each worker process may have waiting ahead of the one being written.
AHEAD = 2


def _prepared(chunks_: Iterator[_Chunk], workers: int) -> Iterator[tuple[_Chunk, _Work]]:
    """Each chunk with its work (:func:`_work`), in order.  With ``workers`` > 1 the work of the
    next chunks (:data:`AHEAD` for each) is done in ``workers`` forked processes
    while the caller writes (memory holds those chunks, whatever the file's size); an error
    reading the file comes after the chunks before it, as without them.  Forked (the processes
    start with every module loaded and run only pure work on what they are sent): call it so from
    a process with no other thread that could hold a lock at that moment, as for an import."""
    if workers <= 1:
        for chunk in chunks_:
            yield chunk, _work(chunk)
        return
    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=cyclic_gc_in_fork
    )  # the collector on again in them (onboarding pauses it here: cyclic_gc_batched)
    pending: deque[tuple[_Chunk, Future[_Work]]] = deque()
    try:
        while True:
            try:
                chunk = next(chunks_)
            except StopIteration:
                break
            except BaseException:
                while pending:  # the chunks before the bad row first
                    done, future = pending.popleft()
                    yield done, future.result()
                raise
            pending.append((chunk, pool.submit(_work_ahead, chunk)))
            while len(pending) > AHEAD * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _content_keys(note_id: str, entries: list[Entry], source: str = "", group: int = 1,
                  encoded: list[dict[str, Any]] | None = None) -> list[Entry]:  # fmt: skip
    """Each row without a ``key`` gets one from its file's name and its content: the same row of
    the same file always gets the same key, the same row in another file another key.

    Rows identical in every field are told apart by their order among themselves, so two equal
    payments on one day are two payments, and a re-run finds both.  Their order is counted within
    a chunk; a note whose rows come in a later chunk too (``group`` 2, 3 …: rows scattered over
    the file) numbers those ``#group.n``, which a re-run of the same file numbers alike.  This is
    why the run keeps the ids of the notes it has seen.  ``encoded``: the entries' events as
    :func:`event_to_dict` gives them, if the caller has them.
    """
    out: list[Entry] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.idempotency_key is not None:
            out.append(entry)
            continue
        as_dict = encoded[i] if encoded is not None else event_to_dict(entry.event)
        what = {k: v for k, v in as_dict.items() if k not in VOLATILE}
        text = json.dumps({**what, "note_id": note_id}, sort_keys=True, separators=(",", ":"))
        seen[text] = seen.get(text, 0) + 1
        order = f"{seen[text]}" if group == 1 else f"{group}.{seen[text]}"
        digest = hashlib.sha256(f"{source}\n{text}#{order}".encode()).hexdigest()
        out.append(Entry(entry.event, f"csv:{digest}"))
    return out


def _same_terms(terms: Terms, held: Terms) -> None:
    """Refuse a note row whose note the book holds with other terms, naming what differs."""
    ours, theirs = _flat(terms_to_dict(terms)), _flat(terms_to_dict(held))
    differ = sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))
    if differ:
        raise InvalidInput(f"note {terms.id!r} is already in the book with other terms "
                           f"({', '.join(differ)} differ)")  # fmt: skip


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def _event_of(currency: str, note_id: str, fields: dict[str, Any], recorded_by: str) -> Event:
    """An events row's event, on the note whose terms have ``currency`` and id ``note_id``."""
    data = {"currency": currency, **fields, "note_id": note_id, "recorded_by": recorded_by}
    return event_from_dict(data)


def count_lines(path: str | Path) -> int:
    """How many lines a file holds (counted in bytes: the import that follows says if the text is
    not UTF-8)."""
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)
