"""The columnar snapshot of a book: Parquet parts, each holding whole notes and all their events.

A snapshot is a directory::

    manifest.json            {"format": 1, "parts": n, "notes": N, "events": E, "source": ...}
    notes-00000.parquet      one row per note (``NOTES``)
    events-00000.parquet     one row per event of those notes (``EVENTS``), by note and sequence
    ...

It is partitioned **by note**: part *i* holds a set of notes and every event of each, so a part can
be computed alone (by a Dask worker on another machine).  ``terms`` is the note's terms file (TOML,
exactly as the book stores it) and ``payload`` the event as the book stores it (JSON); the other
columns are derived from them for the columnar engine (:func:`promissory.portfolio.columnar.
columnar_terms`: ``columnar`` false when the engine does not cover the terms, and then its columns
are null).  ``note_index`` is the row of the event's note in its part.  Amounts are integers in the currency's minor unit.  A ``payload`` may be null when the
event is exactly what its columns say (an advance, payment or expense with no memo): a snapshot
generated directly (``bench/portfolio.py``) leaves them out.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import numpy as np
import polars as pl

from promissory.codec.columns import event_columns
from promissory.codec.events_json import event_from_dict
from promissory.codec.terms_toml import loads_terms
from promissory.core.events import Event
from promissory.core.money import MINOR_UNITS
from promissory.core.terms import Terms
from promissory.errors import InvalidInput
from promissory.portfolio.columnar import columnar_terms

__all__ = ["EVENTS", "NOTES", "Snapshot", "SnapshotWriter", "decode_events", "event_row",
           "note_row"]  # fmt: skip

FORMAT: Final = 1

NOTES: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "note_id": pl.String, "terms": pl.String, "lender": pl.String, "borrower": pl.String,
    "currency": pl.String, "issue_date": pl.Date, "maturity": pl.Date, "columnar": pl.Boolean,
    "scale": pl.Int8, "commitment": pl.Int64, "revolving": pl.Boolean,
    "last_draw_date": pl.Date, "rate": pl.Int64, "rate_places": pl.Int8, "basis": pl.Int16,
    "round_shift": pl.Int8, "round_mode": pl.String,
}  # fmt: skip

EVENTS: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "note_id": pl.String, "note_index": pl.Int32, "seq": pl.Int32, "kind": pl.String, "effective_date": pl.Date,
    "currency": pl.String, "amount": pl.Int64, "payload": pl.String,
}  # fmt: skip


def note_row(terms: Terms, terms_text: str) -> dict[str, Any]:
    """A note's row of ``NOTES``."""
    cols = columnar_terms(terms)
    row: dict[str, Any] = dict.fromkeys(NOTES)
    row.update(
        note_id=terms.id, terms=terms_text, lender=terms.lender.name,
        borrower=terms.borrower.name, currency=terms.currency, issue_date=terms.issue_date,
        maturity=terms.maturity, columnar=cols is not None,
    )  # fmt: skip
    if cols is not None:
        row.update(cols)
    return row


def event_row(
    note_id: str, seq: int, kind: str, effective_date: date, payload: str
) -> dict[str, Any]:
    """An event's row of ``EVENTS`` from its stored JSON payload."""
    currency, amount = event_columns(json.loads(payload))
    return {"note_id": note_id, "note_index": None, "seq": seq, "kind": kind, "effective_date": effective_date,
            "currency": currency, "amount": amount, "payload": payload}  # fmt: skip


def frames(
    notes: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A chunk's frames from rows: notes by id, events by note (``note_index``) and sequence."""
    return indexed(
        pl.DataFrame(list(notes), schema=NOTES), pl.DataFrame(list(events), schema=EVENTS)
    )


def indexed(notes: pl.DataFrame, events: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Notes sorted by id; each event's ``note_index`` set to its note's row; events sorted by
    note and sequence (the layout every part of a snapshot has)."""
    notes = notes.sort("note_id")
    index = notes.select("note_id", pl.int_range(pl.len(), dtype=pl.Int32).alias("note_index"))
    events = (
        events.drop("note_index")
        .join(index, on="note_id", how="left")
        .select(list(EVENTS))
        .sort("note_index", "seq")
    )
    return notes, events


#: the CSV a book gives the columnar engine (``promissory.book.bulk.columnar_chunks``)
NOTE_CSV: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "note_id": pl.String, "lender": pl.String, "borrower": pl.String, "currency": pl.String,
    "issue_date": pl.Date, "maturity": pl.Date, "scale": pl.Int8, "commitment": pl.Int64,
    "revolving": pl.Int8, "last_draw_date": pl.Date, "rate": pl.Int64, "rate_places": pl.Int8,
    "basis": pl.Int16, "round_shift": pl.Int8, "round_mode": pl.String,
}  # fmt: skip
EVENT_CSV: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "note_id": pl.String, "seq": pl.Int32, "kind": pl.String, "effective_date": pl.Date,
    "currency": pl.String, "amount": pl.Int64,
}  # fmt: skip


def _read_csv(data: bytes, schema: dict[str, pl.DataType | type[pl.DataType]]) -> pl.DataFrame:
    if not data:
        return pl.DataFrame(schema=schema)
    return pl.read_csv(io.BytesIO(data), has_header=False, schema=schema)


def csv_frames(notes: bytes, events: bytes) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A chunk's frames (``NOTES``, ``EVENTS``, laid out as :func:`indexed` lays them out) from
    the book's CSV of its notes' stored columns and their events' columns: every note covered by
    its terms (``columnar``), no terms text and no payloads; events of notes not in ``notes`` are
    left out.

    Each run of events of one note is matched to its note by a binary search in the sorted ids
    (the database gives a note's events together, by sequence: then nothing is sorted here)."""
    note_frame = _read_csv(notes, NOTE_CSV)
    if not note_frame["note_id"].is_sorted():
        note_frame = note_frame.sort("note_id")
    note_frame = note_frame.with_columns(
        pl.col("revolving").cast(pl.Boolean), terms=pl.lit(None, pl.String),
        columnar=pl.lit(True),
    ).select(list(NOTES))  # fmt: skip
    event_frame = _read_csv(events, EVENT_CSV)
    ids = note_frame["note_id"]
    runs = event_frame.select(pl.col("note_id").rle()).unnest("note_id")
    if ids.len() and runs.height:
        at = ids.search_sorted(runs["value"]).clip(0, ids.len() - 1)
        found = ids.gather(at) == runs["value"]
        index = pl.select(pl.when(found).then(at).otherwise(None).cast(pl.Int32)).to_series()
        per_event = index.gather(event_frame.select(pl.col("note_id").rle_id()).to_series())
    else:
        per_event = pl.Series("note_index", [None] * event_frame.height, pl.Int32)
    event_frame = (
        event_frame.with_columns(note_index=per_event, payload=pl.lit(None, pl.String))
        .filter(pl.col("note_index").is_not_null())
        .select(list(EVENTS))
    )
    ni = event_frame["note_index"].to_numpy()
    seq = event_frame["seq"].to_numpy()
    step = np.diff(ni)
    if ni.size and ((step < 0).any() or ((step == 0) & (np.diff(seq) <= 0)).any()):
        event_frame = event_frame.sort("note_index", "seq")
    return note_frame, event_frame


def decode_events(rows: pl.DataFrame) -> list[Event]:
    """The events of ``rows`` (one note's, in ``EVENTS``), from their payloads or their columns."""
    out = []
    for r in rows.iter_rows(named=True):
        if r["payload"] is not None:
            out.append(event_from_dict(json.loads(r["payload"])))
            continue
        amount = Decimal(r["amount"]).scaleb(-MINOR_UNITS[r["currency"]])
        out.append(event_from_dict({
            "kind": r["kind"], "note_id": r["note_id"], "seq": r["seq"],
            "effective_date": r["effective_date"].isoformat(), "amount": f"{amount:f}",
            "currency": r["currency"],
        }))  # fmt: skip
    return out


def parse_terms(text: str) -> Terms:
    return loads_terms(text)


class SnapshotWriter:
    """Writes a snapshot part by part (each part: whole notes with all their events)."""

    def __init__(self, directory: Path, *, source: str = "") -> None:
        if directory.exists() and any(directory.iterdir()):
            raise InvalidInput(f"snapshot directory {directory} is not empty")
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.source = source
        self.parts = self.notes = self.events = 0

    def write(self, notes: pl.DataFrame, events: pl.DataFrame) -> None:
        name = f"{self.parts:05d}.parquet"
        if events.height and (
            events["note_index"].null_count() or not events["note_index"].is_sorted()
        ):
            notes, events = indexed(notes, events)
        notes.write_parquet(self.directory / f"notes-{name}")
        events.write_parquet(self.directory / f"events-{name}")
        self.parts += 1
        self.notes += notes.height
        self.events += events.height

    def close(self) -> Snapshot:
        manifest = {"format": FORMAT, "parts": self.parts, "notes": self.notes,
                    "events": self.events, "source": self.source}  # fmt: skip
        (self.directory / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        return Snapshot(self.directory)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A snapshot directory (see the module docstring)."""

    directory: Path

    def manifest(self) -> dict[str, Any]:
        path = self.directory / "manifest.json"
        if not path.is_file():
            raise InvalidInput(f"{self.directory} is not a promissory snapshot (no manifest.json)")
        data: dict[str, Any] = json.loads(path.read_text())
        if data.get("format") != FORMAT:
            raise InvalidInput(f"snapshot {self.directory} has format {data.get('format')!r}; "
                               f"this promissory reads format {FORMAT}")  # fmt: skip
        return data

    @property
    def parts(self) -> int:
        return int(self.manifest()["parts"])

    def read(self, part: int, *, terms: bool = True) -> tuple[pl.DataFrame, pl.DataFrame]:
        """Part ``part``'s notes and events (without the terms text unless ``terms``)."""
        name = f"{part:05d}.parquet"
        cols = [c for c in NOTES if terms or c != "terms"]
        notes = pl.read_parquet(self.directory / f"notes-{name}", columns=cols)
        events = pl.read_parquet(self.directory / f"events-{name}")
        return notes, events

    def note(self, note_id: str) -> tuple[str, pl.DataFrame] | None:
        """One note's terms text and events (a pledged note's value is asked by its id)."""
        for part in range(self.parts):
            name = f"{part:05d}.parquet"
            found = pl.scan_parquet(self.directory / f"notes-{name}").filter(
                pl.col("note_id") == note_id
            )
            row = found.select("terms").collect()
            if row.height:
                events = (
                    pl.scan_parquet(self.directory / f"events-{name}")
                    .filter(pl.col("note_id") == note_id)
                    .collect()
                )
                return str(row["terms"][0]), events
        return None

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.parts))
