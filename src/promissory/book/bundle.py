"""Export and import: the whole book as a portable bundle of JSON Lines.

One JSON object per line, keys sorted, amounts as decimal strings (inside event payloads, exactly as
hashed), moments in UTC ISO 8601::

    {"format":"promissory-bundle","record":"header","version":1}
    {"address":…,"created_at":…,"entity_type":…,"id":…,"jurisdiction":…,"name":…,"record":"party"}
    {"created_at":…,"created_by":…,"head":3,"head_hash":…,"id":"VAL-2001-10-05","record":"note","terms":"<TOML>"}
    {"effective_date":…,"hash":…,"idempotency_key":null,"kind":"advance","note_id":…,"payload":{…},
     "prev_hash":…,"recorded_at":…,"recorded_by":…,"record":"event","seq":1}
    …
    {"events":3,"notes":1,"parties":0,"record":"end"}

A note's events follow its note record in sequence order.  Checkpoints are not exported (they are
caches).  Import reads the bundle twice: first it checks everything — the trailer is there (so a
truncated file is refused), every note's chain re-derives from its payloads, terms and events parse,
no note is already in the book — and writes nothing if anything fails; then it writes each note with
its events in one transaction, so an import that is killed leaves whole notes only.  Exporting the
imported book gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from promissory.book.schema import events as events_table
from promissory.book.schema import notes as notes_table
from promissory.book.schema import parties as parties_table
from promissory.book.store import GENESIS, Book, canonical, chain_hash, utc
from promissory.codec.events_json import event_from_dict
from promissory.codec.terms_toml import loads_terms
from promissory.errors import IntegrityError, InvalidInput, PromissoryError

FORMAT = "promissory-bundle"
VERSION = 1
_PARTY_FIELDS = ("id", "name", "entity_type", "jurisdiction", "address")


@dataclass(frozen=True, slots=True)
class BundleCounts:
    """How many parties, notes and events a bundle holds (or an import wrote)."""

    parties: int
    notes: int
    events: int


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _moment(value: datetime) -> str:
    return utc(value).isoformat()


def export_lines(book: Book) -> Iterator[str]:
    """The bundle, one line at a time (without newlines)."""
    n, e, p = notes_table.c, events_table.c, parties_table.c
    counts = {"parties": 0, "notes": 0, "events": 0}
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
    return BundleCounts(end["parties"], end["notes"], end["events"])


@dataclass
class _Note:
    record: dict[str, Any]
    events: list[dict[str, Any]]


def _records(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError as error:
            raise InvalidInput(f"bundle line {number} is not JSON: {error}") from None
        if not isinstance(record, dict) or "record" not in record:
            raise InvalidInput(f"bundle line {number} is not a bundle record")
        yield number, record


def _notes(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | _Note]]:
    """Parties, then each note with its events; checks the header and the trailer."""
    current: _Note | None = None
    first = True
    ended = False
    for number, record in _records(lines):
        kind = record["record"]
        if first:
            if kind != "header" or record.get("format") != FORMAT:
                raise InvalidInput("not a promissory bundle (no header on line 1)")
            if record.get("version") != VERSION:
                raise InvalidInput(f"bundle version {record.get('version')} is not {VERSION}")
            first = False
            continue
        if ended:
            raise InvalidInput(f"bundle line {number}: records after the end record")
        if kind == "event":
            if current is None or record.get("note_id") != current.record["id"]:
                raise InvalidInput(f"bundle line {number}: event outside its note's records")
            current.events.append(record)
            continue
        if current is not None:
            yield number, current
            current = None
        if kind == "note":
            current = _Note(record, [])
        elif kind == "party":
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


def _check_note(note: _Note) -> None:
    """Re-derive one note's chain from its payloads; raise naming the first event that fails."""
    note_id = note.record["id"]
    loads_terms(note.record["terms"])
    prev = GENESIS
    for expected, r in enumerate(note.events, start=1):
        where = f"note {note_id} event #{r.get('seq')}"
        if r.get("seq") != expected:
            raise IntegrityError(f"{where}: expected event #{expected} (removed or reordered)")
        payload = canonical(r["payload"])
        if r["prev_hash"] != prev or chain_hash(prev, payload) != r["hash"]:
            raise IntegrityError(f"{where}: its hash does not verify (edited, removed or moved)")
        p = r["payload"]
        if (p.get("note_id"), p.get("seq"), p.get("kind"), p.get("effective_date"),
                p.get("recorded_by")) != (
            note_id, expected, r["kind"], r["effective_date"], r["recorded_by"]
        ) or _instant(p.get("recorded_at")) != _instant(r["recorded_at"]):  # fmt: skip
            raise IntegrityError(f"{where}: its columns disagree with the hashed event")
        event_from_dict(p)
        prev = r["hash"]
    if (note.record["head"], note.record["head_hash"]) != (len(note.events), prev):
        raise IntegrityError(f"note {note_id}: its head does not match its last event (removed)")


def import_book(
    book: Book, lines: Callable[[], Iterable[str]], progress: Callable[[int], None] | None = None
) -> BundleCounts:
    """Read a bundle into ``book``; ``lines`` opens it (it is read twice).  See the module doc."""
    book.create_required()
    existing = set(book.note_ids())
    seen: set[str] = set()
    parties: dict[str, dict[str, Any]] = {}
    total = 0
    try:
        for _, item in _notes(lines()):
            if isinstance(item, _Note):
                note_id = item.record["id"]
                if note_id in existing:
                    raise InvalidInput(f"note {note_id!r} is already in the book; import refuses "
                                       "to overwrite it")  # fmt: skip
                if note_id in seen:
                    raise InvalidInput(f"note {note_id!r} appears twice in the bundle")
                seen.add(note_id)
                _check_note(item)
                total += len(item.events)
            elif item["record"] == "party":
                earlier = parties.get(item["id"])
                if earlier is not None and earlier != item:
                    raise InvalidInput(f"party {item['id']!r} appears twice with other details")
                parties[item["id"]] = item
            elif item["record"] == "end":
                found = (len(parties), len(seen), total)
                told = (item["parties"], item["notes"], item["events"])
                if found != told:
                    raise IntegrityError(
                        f"the bundle holds {found[0]} parties, {found[1]} notes and {found[2]} "
                        f"events but its end record counts {told[0]}, {told[1]} and {told[2]}: "
                        "records were removed or added"
                    )
    except (KeyError, TypeError) as error:
        raise InvalidInput(f"bundle record is missing a field: {error}") from None
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
    written = 0
    for _, item in _notes(lines()):
        if not isinstance(item, _Note):
            continue
        _write_note(book, item)
        written += len(item.events)
        if progress is not None:
            progress(len(item.events) + 1)
    return BundleCounts(len(parties), len(seen), written)


def _write_note(book: Book, note: _Note) -> None:
    r = note.record
    rows = [
        {"note_id": e["note_id"], "seq": e["seq"], "kind": e["kind"],
         "effective_date": date.fromisoformat(e["effective_date"]),
         "recorded_at": datetime.fromisoformat(e["recorded_at"]), "recorded_by": e["recorded_by"],
         "payload": canonical(e["payload"]), "prev_hash": e["prev_hash"], "hash": e["hash"],
         "idempotency_key": e["idempotency_key"]}
        for e in note.events
    ]  # fmt: skip
    try:
        with book.write() as conn:
            book.insert_note(conn, r["id"], r["terms"], datetime.fromisoformat(r["created_at"]),
                             r["created_by"], r["head"], r["head_hash"])  # fmt: skip
            if rows:
                conn.execute(events_table.insert(), rows)
    except sa.exc.IntegrityError as error:
        raise PromissoryError(f"note {r['id']}: {error.orig}") from None
