"""Export and import: the whole book as a portable bundle of JSON Lines.

One JSON object per line, keys sorted, amounts as decimal strings (inside event payloads, exactly as
hashed), moments in UTC ISO 8601::

    {"format":"promissory-bundle","record":"header","version":2}
    {"address":…,"created_at":…,"entity_type":…,"id":…,"jurisdiction":…,"name":…,"record":"party"}
    {"created_at":…,"created_by":…,"creation_hash":…,"head":3,"head_hash":…,"id":"VAL-2001-10-05","record":"note","terms":"<TOML>"}
    {"effective_date":…,"hash":…,"idempotency_key":null,"kind":"advance","note_id":…,"payload":{…},
     "prev_hash":…,"recorded_at":…,"recorded_by":…,"record":"event","seq":1}
    …
    {"closed_at":…,"closed_by":…,"frequency":"monthly","head":3,"note_id":…,"party":"lender",
     "period":"2002-03","period_end":"2002-03-31","record":"close"}
    {"closes":1,"events":3,"notes":1,"parties":0,"record":"end"}

A note's events follow its note record in sequence order.  The period closes of the journal
(:mod:`promissory.book.closes`) follow the notes, one record per note and party and period, by
party, period end and note; a book without closes writes none and no ``closes`` count, so its
bundle is what it was before closes were exported.  Checkpoints are not exported (they are
caches).  Version 2 carries each note's ``creation_hash`` (its terms in the chain, see
:mod:`promissory.book.store`).  A version 1 bundle (written before creation hashes) cannot show that
its terms are the ones its notes were created with, so it is read only when the caller says it is
a legacy bundle from a trusted source (``legacy=True``); its creation hashes are computed on
import.  A version 1 header over note records that carry creation hashes is refused in any case:
someone changed the header to skip the check.

Import makes two passes.  First it checks everything and writes nothing if anything fails:

* the trailer is there (so a truncated file is refused) and its counts agree;
* every note's creation record re-derives to its creation hash — a bundle whose terms were edited is
  refused, naming the note — and every chain re-derives from there through its payloads to its head;
* terms and events parse, and every text fits the book (:data:`~promissory.book.schema.LIMITS`);
* the caller's ``check`` (the application replays each note) finds no broken rule;
* a note already in the book has the same creation hash and its events are a prefix of (or equal
  to) the bundle's — otherwise it conflicts and the import is refused, naming it.

A close must name a note of the bundle and a head within its events, once; a close already in the
book for the same party, period end and note must have the same head (else it conflicts).

Each note, once checked, goes to a spool (a temporary file, :class:`_Spool`) ready to write: its
``notes`` row, its ``note_columns`` fields and its ``events`` rows as the values the import stores
(the canonical payload the check hashed, the columns derived from it), worked out where the note
was checked (in a checking process with ``workers``).  Then the second pass writes the notes from
the spool, whole notes at a time, about :data:`CHUNK_EVENTS` records to a transaction (the chunk's
notes compared with the book in two queries, the new notes in one insert and every note's events
in one more — ``COPY`` on PostgreSQL): a new note with its events; a note already there completed
with the events it lacks; a note already complete skipped.  The bundle is read once, as a stream
(a chunk of notes in memory at a time: the first pass compares a chunk with the book at once), and
what is written is what was checked, even if the file changes meanwhile.  So an import that is
killed leaves whole notes only (the closes are written last, in one transaction), and running it
again (or any number of times) posts nothing twice and ends in the same book as one clean import.
Exporting the imported book gives the same bytes.
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
import tempfile
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa

from promissory.book.schema import check_length
from promissory.book.schema import checkpoints as checkpoints_table
from promissory.book.schema import closes as closes_table
from promissory.book.schema import events as events_table
from promissory.book.schema import note_columns as note_columns_table
from promissory.book.schema import notes as notes_table
from promissory.book.schema import parties as parties_table
from promissory.book.store import (
    EVENT_COLUMNS,
    GENESIS,
    IN_LIST,
    Book,
    canonical,
    chain_hash,
    creation_hash,
    insert_event_tuples,
    settlement_column,
    utc,
)
from promissory.book.tally import Tally, tally
from promissory.codec.columns import event_columns, note_columns
from promissory.codec.events_json import event_from_dict
from promissory.codec.terms_toml import loads_stored_terms, loads_terms_alike
from promissory.core.engine import cyclic_gc_batched, cyclic_gc_in_fork, cyclic_gc_paused
from promissory.core.events import Event
from promissory.core.problems import Problem
from promissory.core.terms import Terms
from promissory.errors import Conflict, IntegrityError, InvalidInput, PromissoryError, RuleViolation

FORMAT = "promissory-bundle"
VERSION = 2
READS = (1, 2)  # version 1: no creation hashes
_PARTY_FIELDS = ("id", "name", "entity_type", "jurisdiction", "address")
_PARTY_LIMITS = (("id", "party id"), ("name", "party name"),
                 ("entity_type", "party entity_type"), ("jurisdiction", "party jurisdiction"))  # fmt: skip

#: What an import asks of the application for each note: the problems its replay finds.
Checker = Callable[[Terms, list[Event]], Sequence[Problem]]


@dataclass(frozen=True, slots=True)
class BundleCounts:
    """How many parties, notes and events a bundle holds, or an import wrote.

    After an import, ``notes``/``events`` are what it wrote (a note completed counts as written)
    and ``notes_present``/``events_present`` what the book already held (skipped, not duplicated).
    """

    parties: int
    notes: int
    events: int
    notes_present: int = 0
    events_present: int = 0
    closes: int = 0
    closes_present: int = 0


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _moment(value: datetime) -> str:
    return utc(value).isoformat()


def export_lines(book: Book) -> Iterator[str]:
    """The bundle, one line at a time (without newlines)."""
    n, e, p = notes_table.c, events_table.c, parties_table.c
    counts = {"parties": 0, "notes": 0, "events": 0, "closes": 0}
    yield _line({"record": "header", "format": FORMAT, "version": VERSION})
    with book.read() as conn:
        for r in conn.execute(sa.select(parties_table).order_by(p.id)):
            counts["parties"] += 1
            record = {k: getattr(r, k) for k in _PARTY_FIELDS}
            yield _line({"record": "party", **record, "created_at": _moment(r.created_at)})
        note_rows = conn.execute(sa.select(notes_table).order_by(n.id)).all()
        for note in note_rows:
            counts["notes"] += 1
            yield _line({"record": "note", "id": note.id, "terms": note.terms,
                         "created_at": _moment(note.created_at), "created_by": note.created_by,
                         "creation_hash": note.creation_hash,
                         "head": note.head, "head_hash": note.head_hash})  # fmt: skip
            rows = conn.execute(sa.select(events_table).where(e.note_id == note.id).order_by(e.seq))
            for r in rows:
                counts["events"] += 1
                yield _line({
                    "record": "event", "note_id": r.note_id, "seq": r.seq, "kind": r.kind,
                    "effective_date": r.effective_date.isoformat(),
                    "recorded_at": _moment(r.recorded_at), "recorded_by": r.recorded_by,
                    "idempotency_key": r.idempotency_key, "prev_hash": r.prev_hash,
                    "hash": r.hash, "payload": json.loads(r.payload),
                })  # fmt: skip
        c = closes_table.c
        for r in conn.execute(sa.select(closes_table).order_by(c.party, c.period_end, c.note_id)):
            counts["closes"] += 1
            yield _line({
                "record": "close", "party": r.party, "period_end": r.period_end.isoformat(),
                "note_id": r.note_id, "period": r.period, "frequency": r.frequency,
                "head": r.head, "closed_at": _moment(r.closed_at), "closed_by": r.closed_by,
            })  # fmt: skip
    if not counts["closes"]:
        del counts["closes"]  # a book without closes: the bundle it always wrote
    yield _line({"record": "end", **counts})


def export_book(book: Book, path: str) -> BundleCounts:
    """Write the whole book to ``path``; returns what was written."""
    book.create_required()
    last: dict[str, Any] = {}
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in export_lines(book):
            out.write(line + "\n")
            last = {"line": line}
    end = json.loads(last["line"])
    return BundleCounts(end["parties"], end["notes"], end["events"],
                        closes=end.get("closes", 0))  # fmt: skip


@dataclass
class _Note:
    """A note record of a bundle with its event records, and the lines they were read from (a
    checking process is sent those and reads them again: cheaper than pickling the records)."""

    record: dict[str, Any]
    events: list[dict[str, Any]]
    version: int = VERSION
    lines: list[str] = dataclass_field(default_factory=list)

    def __reduce__(self) -> tuple[Any, ...]:
        return _note_of_lines, (self.lines, self.version)

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def event_count(self) -> int:
        """How many events the bundle holds of the note."""
        return len(self.events)

    def hashes(self) -> list[str]:
        """The hashes of the note's events, in order."""
        return [e["hash"] for e in self.events]

    @property
    def creation(self) -> str:
        """The creation hash: the bundle's (version 2), else computed (version 1)."""
        if self.version >= 2:
            return str(self.record["creation_hash"])
        return self.derived_creation()

    def derived_creation(self) -> str:
        """The creation hash re-derived from the note record (terms, created at and by)."""
        r = self.record
        return creation_hash(r["id"], r["terms"], datetime.fromisoformat(r["created_at"]),
                             r["created_by"])  # fmt: skip


def _note_of_lines(lines: list[str], version: int) -> _Note:
    """A note read again from its lines (in a checking process: the importer read them first)."""
    records = [json.loads(text) for text in lines]
    return _Note(records[0], records[1:], version, lines)


def _records(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any], str]]:
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError as error:
            raise InvalidInput(f"bundle line {number} is not JSON: {error}") from None
        if not isinstance(record, dict) or "record" not in record:
            raise InvalidInput(f"bundle line {number} is not a bundle record")
        yield number, record, text


def _notes(
    lines: Iterable[str], *, legacy: bool = False
) -> Iterator[tuple[int, dict[str, Any] | _Note]]:
    """Parties, then each note with its events; checks the header and the trailer."""
    current: _Note | None = None
    first = True
    ended = False
    version = VERSION
    for number, record, text in _records(lines):
        kind = record["record"]
        if first:
            if kind != "header" or record.get("format") != FORMAT:
                raise InvalidInput("not a promissory bundle (no header on line 1)")
            told = record.get("version")
            if told not in READS:
                raise InvalidInput(f"bundle version {told} is not one of {READS}")
            version = int(told)
            if version < 2 and not legacy:
                raise IntegrityError(
                    f"bundle version {version} carries no creation hashes, so nothing shows its "
                    "notes' terms are the ones they were created with; import it as a legacy "
                    "bundle only if you trust where it came from"
                )
            first = False
            continue
        if ended:
            raise InvalidInput(f"bundle line {number}: records after the end record")
        if kind == "event":
            if current is None or record.get("note_id") != current.record["id"]:
                raise InvalidInput(f"bundle line {number}: event outside its note's records")
            current.events.append(record)
            current.lines.append(text)
            continue
        if current is not None:
            yield number, current
            current = None
        if kind == "note":
            if version < 2 and "creation_hash" in record:
                raise IntegrityError(
                    f"bundle line {number}: note {record.get('id')!r} carries a creation hash "
                    f"but the header says version {version}: the header was changed"
                )
            current = _Note(record, [], version, [text])
        elif kind in ("party", "close"):
            yield number, record
        elif kind == "end":
            ended = True
            yield number, record
        else:
            raise InvalidInput(f"bundle line {number}: unknown record {kind!r}")
    if first:
        raise InvalidInput("the bundle is empty")
    if not ended:
        raise InvalidInput("the bundle has no end record: it was truncated")


def _instant(text: object) -> datetime | None:
    """An ISO moment as an aware UTC datetime (naive means UTC), for comparing recorded-at times."""
    if not isinstance(text, str):
        return None
    return utc(datetime.fromisoformat(text))


class _TermsCache:
    """A bundle note's terms, parsed strictly (``tomllib``) once, and whether rtoml reads the text
    alike (the book will read it with rtoml): checking the note and working out its columns both
    need them (a bounded cache, least recently used out, so memory stays flat in the bundle's
    size)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[str, tuple[Terms, bool]] = OrderedDict()

    def __call__(self, text: str) -> tuple[Terms, bool]:
        kept = self._kept.get(text)
        if kept is not None:
            self._kept.move_to_end(text)
            return kept
        kept = self._kept[text] = loads_terms_alike(text)
        if len(self._kept) > self.size:
            self._kept.popitem(last=False)
        return kept

    def stored(self, text: str) -> Terms:
        """The terms the book reads from ``text`` (:func:`loads_stored_terms`): the checked ones if
        they are still kept and rtoml read them alike (the same mapping, so the same terms), else
        read again."""
        kept = self._kept.get(text)
        return kept[0] if kept is not None and kept[1] else loads_stored_terms(text)

    def columns(self, text: str) -> dict[str, Any] | None:
        """The ``note_columns`` fields of the terms the book reads from ``text``
        (:func:`~promissory.codec.columns.note_columns` of :meth:`stored`)."""
        return note_columns(self.stored(text))

    def cache_clear(self) -> None:
        self._kept.clear()


#: A note's terms are read and then used for its columns within one check (in this process or in a
#: checking process), so a few kept do all the work an import needs; more would only spare a second
#: import of the same bundle in one process the parsing, at about 2.5 KiB a note (4,096 held about
#: 10 MiB, and an import's peak grew with its notes until they filled it).
_terms = _TermsCache(64)


class _Ready(NamedTuple):
    """A note of the bundle checked and ready to write: its ``notes`` row, its ``note_columns``
    fields (None: the columnar engine does not cover its terms) and its ``events`` rows as tuples
    in :data:`~promissory.book.store.EVENT_COLUMNS` order — the values the import writes, worked
    out once, where the note was checked."""

    id: str
    creation: str
    note: dict[str, Any]
    columns: dict[str, Any] | None
    rows: list[tuple[Any, ...]]

    @property
    def event_count(self) -> int:
        """How many events the bundle holds of the note."""
        return len(self.rows)

    def hashes(self) -> list[str]:
        """The hashes of the note's events, in order."""
        return [row[_HASH] for row in self.rows]


_HASH = EVENT_COLUMNS.index("hash")


class _Comparable(Protocol):
    """A note of the bundle as :func:`_present` compares it with the book's copy."""

    @property
    def id(self) -> str: ...
    @property
    def creation(self) -> str: ...
    @property
    def event_count(self) -> int: ...
    def hashes(self) -> list[str]: ...


def _check_note(note: _Note, check: Checker | None) -> _Ready:
    """Re-derive one note's chain from its creation record through its payloads, and replay it;
    returns it ready to write.

    Raises naming the note (and the first event) that fails.  The cyclic garbage collector is
    paused meanwhile (see :func:`~promissory.core.engine.cyclic_gc_paused`).
    """
    with cyclic_gc_paused():
        return _check_note_chain(note, check)


def _check_note_chain(note: _Note, check: Checker | None) -> _Ready:
    note_id = note.id
    record = note.record
    check_length("note id", note_id)
    check_length("created_by", record["created_by"], where=f"bundle note {note_id}")
    terms, alike = _terms(record["terms"])
    if not alike:
        raise IntegrityError(f"note {note_id}: its terms text reads differently under rtoml (how "
                             "the book reads terms) than under tomllib; it was not written by "
                             "promissory")  # fmt: skip
    creation = note.creation
    if note.derived_creation() != creation:
        raise IntegrityError(f"note {note_id}: its terms were edited (its creation record — terms, "
                             "created at and by — does not match its creation hash)")  # fmt: skip
    first = note.events[0].get("prev_hash") if note.events else None
    if note.version < 2 or first == GENESIS:
        prev = GENESIS  # chained to zeros: exported before creation hashes (version 1, or 0002)
    elif first is not None and first != creation:
        raise IntegrityError(f"note {note_id}: its terms were edited and re-hashed (event #1 "
                             "chains to a different creation record)")  # fmt: skip
    else:
        prev = creation
    if not note.events and note.version >= 2 and record["head_hash"] != creation:
        raise IntegrityError(f"note {note_id}: its terms were edited and re-hashed (its head "
                             "records a different creation record)")  # fmt: skip
    events: list[Event] = []
    rows: list[tuple[Any, ...]] = []
    for expected, r in enumerate(note.events, start=1):
        where = f"note {note_id} event #{r.get('seq')}"
        check_length("recorded_by", r["recorded_by"], where=where)
        check_length("idempotency_key", r["idempotency_key"], where=where)
        if r.get("seq") != expected:
            raise IntegrityError(f"{where}: expected event #{expected} (removed or reordered)")
        payload = canonical(r["payload"])
        if r["prev_hash"] != prev or chain_hash(prev, payload) != r["hash"]:
            raise IntegrityError(f"{where}: its hash does not verify (edited, removed or moved)")
        p = r["payload"]
        at = p.get("recorded_at")
        if (p.get("note_id"), p.get("seq"), p.get("kind"), p.get("effective_date"),
                p.get("recorded_by")) != (
            note_id, expected, r["kind"], r["effective_date"], r["recorded_by"]
        ) or (at != r["recorded_at"] and _instant(at) != _instant(r["recorded_at"])):  # fmt: skip
            raise IntegrityError(f"{where}: its columns disagree with the hashed event")
        events.append(event_from_dict(p))
        rows.append((r["note_id"], r["seq"], r["kind"], date.fromisoformat(r["effective_date"]),
                     datetime.fromisoformat(r["recorded_at"]), r["recorded_by"], payload,
                     r["prev_hash"], r["hash"], r["idempotency_key"], settlement_column(p),
                     *event_columns(p)))  # fmt: skip
        prev = r["hash"]
    if note.events and (record["head"], record["head_hash"]) != (len(note.events), prev):
        raise IntegrityError(f"note {note_id}: its head does not match its last event (removed)")
    if not note.events and record["head"] != 0:
        raise IntegrityError(f"note {note_id}: its head does not match its last event (removed)")
    problems = check(terms, events) if check is not None else ()
    if problems:
        raise RuleViolation([
            replace(p, message=f"bundle note {note_id} event #{p.seq} [{p.code}]: {p.message}")
            for p in problems
        ])  # fmt: skip
    created_at = utc(datetime.fromisoformat(record["created_at"]))
    row = {"id": record["id"], "terms": record["terms"], "created_at": created_at,
           "created_by": record["created_by"], "head": record["head"],
           "head_hash": record["head_hash"] if note.events else creation,
           "creation_hash": creation}  # fmt: skip
    return _Ready(note_id, creation, row, _terms.columns(record["terms"]), rows)


#: How many events' worth of notes a checking process gets at a time, and how many such batches
#: each process may have waiting (so memory holds a few batches, whatever the bundle's size).
CHECK_BATCH_EVENTS = 1000
IN_FLIGHT = 2


def _check_batch(notes: list[_Note], check: Checker | None) -> tuple[int | None, bytes]:
    """In a checking process: the index of the first of ``notes`` that fails :func:`_check_note`,
    or None, and the notes before it ready to write (a list of :class:`_Ready`, pickled here: the
    importer only stores it in its :class:`_Spool`).  The importing process checks that note
    again itself, to raise its error at its place in the bundle (a process only says which note;
    the message is the importer's)."""
    ready: list[_Ready] = []
    for i, note in enumerate(notes):
        try:
            ready.append(_check_note(note, check))
        except Exception:  # whatever it is, the importer finds it again
            return i, _pickled(ready)
    return None, _pickled(ready)


def _pickled(ready: list[_Ready]) -> bytes:
    return pickle.dumps(ready, protocol=pickle.HIGHEST_PROTOCOL)


class _Spool:
    """The checked notes ready to write (:class:`_Ready`), in bundle order, in a temporary file
    (so memory stays flat in the bundle's size): lists of them, one pickle after another, written
    by this process or pickled by a checking process.  The second pass of an import reads them
    back instead of the bundle, so it writes what was checked without decoding or encoding any
    JSON again.  The file is this process's own (unlinked at once, closed with the spool)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="promissory-import-")  # noqa: SIM115 (close)
        self._pending: list[_Ready] = []
        self._size = 0

    def add(self, ready: _Ready) -> None:
        """One note checked in this process."""
        self._pending.append(ready)
        self._size += ready.event_count + 1
        if self._size >= CHECK_BATCH_EVENTS:
            self._flush()

    def add_pickled(self, blob: bytes) -> None:
        """Notes a checking process pickled (:func:`_check_batch`), after those added before."""
        self._flush()
        self._file.write(blob)

    def _flush(self) -> None:
        if self._pending:
            pickle.dump(self._pending, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._pending, self._size = [], 0

    def __iter__(self) -> Iterator[_Ready]:
        """Every note added, in the order added (read from the start of the file)."""
        self._flush()
        self._file.seek(0)
        while True:
            try:
                part: list[_Ready] = pickle.load(self._file)
            except EOFError:
                return
            yield from part

    def close(self) -> None:
        self._file.close()


def _checked(
    records: Iterator[tuple[int, dict[str, Any] | _Note]],
    check: Checker | None,
    workers: int,
    spool: _Spool,
) -> Iterator[tuple[dict[str, Any] | _Note, bool]]:
    """The bundle's records in order, each with whether a checking process has passed it (and
    put it in ``spool``, ready to write, before it comes out).

    With ``workers`` ≤ 1 nothing is checked here (every note is False: the caller checks it).  With
    more, notes are checked ``CHECK_BATCH_EVENTS`` at a time in that many processes while the
    bundle is read on; a note comes out once its batch is back, True if it passed — False if it
    (or one before it in its batch) did not, so the caller checks it and raises its error, as a
    serial import would, at the first failing note in bundle order.  Other records wait for the
    notes before them, and an error reading the bundle is raised after the notes read before it.
    """
    if workers <= 1:
        for _, item in records:
            yield item, False
        return
    # forked: the processes start with every module loaded and run only pure checks on what they
    # are sent (spawned ones would re-run the caller's main script)
    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=cyclic_gc_in_fork
    )  # the collector on again in them (an import pauses it here: cyclic_gc_batched)
    pending: deque[tuple[list[_Note], Future[tuple[int | None, bytes]]]] = deque()
    batch: list[_Note] = []
    size = 0

    def drain(keep: int) -> Iterator[tuple[_Note, bool]]:
        while len(pending) > keep:
            notes, future = pending.popleft()
            failed, blob = future.result()
            spool.add_pickled(blob)  # the notes that passed, before any the caller checks
            for i, note in enumerate(notes):
                yield note, failed is None or i < failed

    def submit() -> None:
        nonlocal batch, size
        if batch:
            pending.append((batch, pool.submit(_check_batch, batch, check)))
            batch, size = [], 0

    try:
        while True:
            try:
                _, item = next(records)
            except StopIteration:
                break
            except BaseException:
                submit()
                yield from drain(0)  # the notes before the bad line first
                raise
            if isinstance(item, _Note):
                batch.append(item)
                size += len(item.events) + 1
                if size >= CHECK_BATCH_EVENTS:
                    submit()
                    yield from drain(workers * IN_FLIGHT)
                continue
            submit()
            yield from drain(0)
            yield item, False
        submit()
        yield from drain(0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _present(book: Book, batch: Sequence[_Comparable], *, lock: bool = False) -> dict[str, int]:
    """How many of each note's events the book already holds (-1 if the note is not in the
    book), by note: the notes' rows in one query and the held notes' event hashes in one more,
    :data:`~promissory.book.store.IN_LIST` notes at a time (``lock``: the rows ``FOR UPDATE``).

    Refuses a note whose book copy is not a prefix of the bundle's: another creation record, or an
    event whose hash differs (the two ledgers went different ways).
    """
    n, e = notes_table.c, events_table.c
    out: dict[str, int] = {}
    with book.read() as conn:
        for i in range(0, len(batch), IN_LIST):
            part = batch[i : i + IN_LIST]
            query = sa.select(n.id, n.creation_hash, n.head).where(
                n.id.in_([note.id for note in part])
            )
            held = {r.id: r for r in conn.execute(query.with_for_update() if lock else query)}
            hashes: dict[str, list[str]] = {}
            if held:
                rows = conn.execute(
                    sa.select(e.note_id, e.hash)
                    .where(e.note_id.in_(sorted(held)))
                    .order_by(e.note_id, e.seq)
                )
                for r in rows:
                    hashes.setdefault(r.note_id, []).append(r.hash)
            for note in part:
                row = held.get(note.id)
                out[note.id] = -1 if row is None else _prefix(note, row.creation_hash,
                                                              hashes.get(note.id, []))  # fmt: skip
    return out


def _prefix(note: _Comparable, creation: str, hashes: list[str]) -> int:
    """How many of ``note``'s events the book's copy (its creation hash and event hashes) holds."""
    if creation != note.creation:
        raise Conflict(f"note {note.id!r} is already in the book with other terms or creation "
                       "record; import refuses to overwrite it")  # fmt: skip
    if len(hashes) > note.event_count:
        raise Conflict(f"note {note.id!r} is in the book with {len(hashes)} events, more than the "
                       f"bundle's {note.event_count}; import refuses to overwrite it")  # fmt: skip
    for seq, (mine, theirs) in enumerate(zip(hashes, note.hashes(), strict=False), start=1):
        if mine != theirs:
            raise Conflict(f"note {note.id!r} event #{seq} in the book differs from the bundle's "
                           "(the ledgers went different ways); import refuses to overwrite it")  # fmt: skip
    return len(hashes)


#: How many records (notes and their events) an import writes in one transaction, whole notes only.
CHUNK_EVENTS = 5000


def import_book(
    book: Book,
    lines: Callable[[], Iterable[str]],
    progress: Callable[[int], None] | None = None,
    check: Checker | None = None,
    *,
    legacy: bool = False,
    workers: int = 1,
) -> BundleCounts:
    """Read a bundle into ``book``; ``lines`` opens it (it is read once).  See the module doc.

    ``check`` replays a note (terms and events) and returns the rules it breaks; any refuses the
    bundle.  Running the same import again writes nothing and reports it all as present.
    ``legacy`` admits a version 1 bundle (no creation hashes) from a source the caller trusts.
    ``workers`` > 1 checks the notes in that many processes (``check`` must then be a function of
    a module, so that it can be sent to them); the outcome is the same, errors included.  They are
    forked: call it so from a process with no other thread that could hold a lock at that moment
    (the CLI draws its progress bar without one).
    """
    with cyclic_gc_batched() as collect, closing(_Spool()) as spool, tally() as seen:
        return _import_book(book, lines, progress, check, legacy, workers, collect, spool, seen)


def _import_book(
    book: Book,
    lines: Callable[[], Iterable[str]],
    progress: Callable[[int], None] | None,
    check: Checker | None,
    legacy: bool,
    workers: int,
    collect: Callable[[], None],
    spool: _Spool,
    seen: Tally,
) -> BundleCounts:
    """:func:`import_book`, ``collect`` called between batches (see
    :func:`~promissory.core.engine.cyclic_gc_batched`); the first pass puts every note, checked
    and ready to write, in ``spool``, and the second writes them from there."""
    book.create_required()
    # seen: each note of the bundle and its number of events (a temporary database past SPILL_AT)
    notes = 0
    parties: dict[str, dict[str, Any]] = {}
    closes: dict[tuple[str, date, str], dict[str, Any]] = {}
    total = 0
    checking: list[_Note] = []  # notes checked, not yet compared with the book
    checking_size = 0
    try:
        for item, passed in _checked(_notes(lines(), legacy=legacy), check, workers, spool):
            if isinstance(item, _Note):
                note_id = item.id
                if note_id in seen:
                    raise InvalidInput(f"note {note_id!r} appears twice in the bundle")
                seen.set(note_id, len(item.events))
                notes += 1
                if not passed:
                    spool.add(_check_note(item, check))
                checking.append(item)
                checking_size += len(item.events) + 1
                if checking_size >= CHUNK_EVENTS:  # compared with the book a chunk at a time
                    _present(book, checking)
                    checking, checking_size = [], 0
                    collect()
                total += len(item.events)
            elif item["record"] == "party":
                for key, field in _PARTY_LIMITS:
                    check_length(field, item[key], where=f"bundle party {item['id']!r}")
                earlier = parties.get(item["id"])
                if earlier is not None and earlier != item:
                    raise InvalidInput(f"party {item['id']!r} appears twice with other details")
                parties[item["id"]] = item
            elif item["record"] == "close":
                ck = _close_key(item, seen)
                if ck in closes:
                    raise InvalidInput(f"the close of {ck[1]} for the {ck[0]} of note {ck[2]} "
                                       "appears twice in the bundle")  # fmt: skip
                closes[ck] = item
            elif item["record"] == "end":
                _present(book, checking)
                checking, checking_size = [], 0
                found = (len(parties), notes, total)
                told = (item["parties"], item["notes"], item["events"])
                if found != told:
                    raise IntegrityError(
                        f"the bundle holds {found[0]} parties, {found[1]} notes and {found[2]} "
                        f"events but its end record counts {told[0]}, {told[1]} and {told[2]}: "
                        "records were removed or added"
                    )
                if item.get("closes", 0) != len(closes):
                    raise IntegrityError(
                        f"the bundle holds {len(closes)} closes but its end record counts "
                        f"{item.get('closes', 0)}: records were removed or added"
                    )
    except (KeyError, TypeError) as error:
        raise InvalidInput(f"bundle record is missing a field: {error}") from None
    closes_present = _closes_present(book, closes)
    with book.write() as conn:
        for party in parties.values():
            row = conn.execute(
                sa.select(parties_table).where(parties_table.c.id == party["id"])
            ).first()
            fields = {k: party[k] for k in _PARTY_FIELDS}
            if row is None:
                conn.execute(parties_table.insert().values(
                    **fields, created_at=datetime.fromisoformat(party["created_at"])))  # fmt: skip
            elif {k: getattr(row, k) for k in _PARTY_FIELDS} != fields:
                raise InvalidInput(f"party {party['id']!r} is in the book with other details")
    tally = [0, 0, 0, 0]  # notes written, events written, notes present, events present

    def land(batch: list[_Ready]) -> None:
        """Write a batch of notes in one transaction; progress once it has landed."""
        with book.locked():
            found = _write_notes(book, batch)
        done = [(item, found[item.id]) for item in batch]
        for item, present in done:
            whole = present == item.event_count and present >= 0
            tally[2 if whole else 0] += 1
            tally[3] += max(present, 0)
            tally[1] += item.event_count - max(present, 0)
            if progress is not None:
                progress(item.event_count + 1)

    batch: list[_Ready] = []
    size = 0
    for ready in spool:  # what the first pass checked, in bundle order
        batch.append(ready)
        size += ready.event_count + 1
        if size >= CHUNK_EVENTS:
            land(batch)
            batch, size = [], 0
            collect()
    if batch:
        land(batch)
    fresh = [v for k, v in closes.items() if k not in closes_present]
    if fresh:
        with book.write() as conn:
            conn.execute(closes_table.insert(), [{
                "party": v["party"], "period_end": date.fromisoformat(v["period_end"]),
                "note_id": v["note_id"], "period": v["period"], "frequency": v["frequency"],
                "head": v["head"], "closed_at": datetime.fromisoformat(v["closed_at"]),
                "closed_by": v["closed_by"]} for v in fresh])  # fmt: skip
    return BundleCounts(len(parties), tally[0], tally[1], tally[2], tally[3],
                        len(fresh), len(closes_present))  # fmt: skip


def _close_key(item: dict[str, Any], notes: Tally) -> tuple[str, date, str]:
    """A close record's key (party, period end, note), checked against the bundle's notes."""
    party, note_id, head = item["party"], item["note_id"], item["head"]
    where = f"bundle close of {item.get('period')!r} for note {note_id!r}"
    try:
        period_end = date.fromisoformat(item["period_end"])
        datetime.fromisoformat(item["closed_at"])
    except ValueError as error:
        raise InvalidInput(f"{where}: {error}") from None
    if party not in ("lender", "borrower"):
        raise InvalidInput(f"{where}: party {party!r} must be lender or borrower")
    # a note id that is not text is in no bundle (one that cannot be a key is a TypeError, as ever)
    events = notes.get(note_id) if isinstance(note_id, str) else {}.get(note_id)
    if events is None:
        raise InvalidInput(f"{where}: the note is not in the bundle (a close follows its note)")
    if not isinstance(head, int) or isinstance(head, bool) or not 0 <= head <= events:
        raise InvalidInput(f"{where}: head {head!r} must be an event of the note "
                           f"(0 to {events})")  # fmt: skip
    check_length("created_by", item["closed_by"], where=where)
    for field in ("period", "frequency"):
        if not isinstance(item[field], str) or not 0 < len(item[field]) <= 16:
            raise InvalidInput(f"{where}: {field} {item[field]!r} must be a short text")
    return party, period_end, note_id


def _closes_present(
    book: Book, closes: dict[tuple[str, date, str], dict[str, Any]]
) -> set[tuple[str, date, str]]:
    """The bundle's closes the book already holds; one held with another head conflicts."""
    if not closes:
        return set()
    c = closes_table.c
    present: set[tuple[str, date, str]] = set()
    with book.read() as conn:
        for r in conn.execute(sa.select(c.party, c.period_end, c.note_id, c.head)):
            key = (r.party, r.period_end, r.note_id)
            if key in closes:
                if closes[key]["head"] != r.head:
                    raise Conflict(f"period {closes[key]['period']} is closed in the book for the "
                                   f"{key[0]} of note {key[2]} through event #{r.head}, in the "
                                   f"bundle through #{closes[key]['head']}; import refuses to "
                                   "overwrite it")  # fmt: skip
                present.add(key)
    return present


def _write_notes(book: Book, batch: Sequence[_Ready]) -> dict[str, int]:
    """Write what the book lacks of each note of ``batch`` in the held transaction (a ``locked``
    block): the new notes' rows in one insert, every note's missing events in one more; returns
    how many events each note held already (-1: the note was new)."""
    present = _present(book, batch, lock=True)  # under the lock: the heads cannot move now
    notes_rows: list[dict[str, Any]] = []
    columns: list[dict[str, Any]] = []
    events_rows: list[tuple[Any, ...]] = []
    completed: list[_Ready] = []
    for note in batch:
        held = present[note.id]
        if held == note.event_count:
            continue
        events_rows += note.rows[max(held, 0) :]
        if held < 0:
            notes_rows.append(note.note)
            if note.columns is not None:  # tomllib read the terms as rtoml (the book's reader)
                columns.append({"note_id": note.note["id"], **note.columns})
        else:
            completed.append(note)
    n = notes_table.c
    try:
        with book.write() as conn:
            if notes_rows:
                conn.execute(notes_table.insert(), notes_rows)
                if columns:
                    conn.execute(note_columns_table.insert(), columns)
            if completed:  # complete them: their heads move to the bundle's, their caches go
                conn.execute(
                    notes_table.update()
                    .where(n.id == sa.bindparam("note"))
                    .values(head=sa.bindparam("head"), head_hash=sa.bindparam("head_hash")),
                    [{"note": x.id, "head": x.note["head"], "head_hash": x.note["head_hash"]}
                     for x in completed],
                )  # fmt: skip
                conn.execute(checkpoints_table.delete().where(
                    checkpoints_table.c.note_id.in_([x.id for x in completed])))  # fmt: skip
            insert_event_tuples(conn, events_rows)
    except sa.exc.IntegrityError as error:
        raise PromissoryError(f"notes {batch[0].id} … {batch[-1].id}: {error.orig}") from None
    return present
