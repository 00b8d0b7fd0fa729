"""The portfolio desk: every note's figures on a day and the totals by group, streamed.

:meth:`PortfolioDesk.portfolio` reads the notes a chunk at a time — from the book at one read
point (for the columnar engine its stored columns, :func:`promissory.book.bulk.columnar_chunks`,
the next chunk read ahead by a worker thread; for the per-note engine terms and payloads,
:func:`promissory.book.bulk.note_chunks`) or from a snapshot's parts — computes each
chunk's figures (the columnar engine where it covers the note, the per-note engine elsewhere:
:func:`promissory.portfolio.frame.chunk_figures`), hands the chunk to ``on_figures`` and keeps
only the running totals, so memory is flat in the size of the book.  With ``engine="dask"`` the
parts of a snapshot are computed on a Dask cluster instead.  :meth:`PortfolioDesk.export_snapshot`
writes the book's snapshot.  The figures and their rules: :mod:`promissory.core.portfolio`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from promissory.app.desk import Desk
from promissory.book.bulk import ColumnarChunk, NoteRows, columnar_chunks, count_notes, note_chunks
from promissory.core.engine import position
from promissory.errors import InvalidInput

if TYPE_CHECKING:  # Polars and Dask are imported when a portfolio runs, not when the CLI starts
    import polars as pl

    from promissory.portfolio.snapshot import Snapshot

__all__ = ["PortfolioDesk", "PortfolioReport"]

#: how the figures are computed: the two engines on one machine, or the columnar one on Dask
RUNS = ("columnar", "per-note", "dask")
GROUPS = ("lender", "borrower", "status", "currency", "none")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PortfolioReport:
    """What a portfolio run found: how many notes each engine computed, and the totals.

    ``totals`` has one mapping per group and currency (amounts as Decimal, the exact accruals as
    Fraction; see :class:`promissory.portfolio.frame.Totals`).
    """

    as_of: date
    group_by: str
    engine: str
    notes: int
    columnar: int
    per_note: int
    totals: tuple[dict[str, Any], ...]
    cluster: dict[str, Any] = field(default_factory=dict)
    #: Notes whose figures cannot be computed that day, with why (a rate compounded in arrears
    #: waiting for a fixing): not in ``notes`` nor in the totals, and said so.
    unavailable: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The run's summary as ``portfolio --json --totals-only`` and the HTTP API print it:
        amounts as decimal strings, exact accruals as "n/d"."""
        out = {
            "as_of": self.as_of.isoformat(),
            "group_by": self.group_by,
            "engine": self.engine,
            "paths": {"notes": self.notes, "columnar": self.columnar, "per-note": self.per_note},
            "totals": [{k: json_value(v) for k, v in row.items()} for row in self.totals],
        }
        if self.unavailable:
            out["unavailable"] = [{"note": n, "reason": why} for n, why in self.unavailable]
        return out


def json_value(value: Any) -> Any:
    """A figure as JSON writes it: Decimal as its digits, Fraction as "n/d", a date in ISO."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _chunk_frames(chunk: list[NoteRows]) -> tuple[pl.DataFrame, pl.DataFrame]:
    from promissory.portfolio.snapshot import event_row, frames, note_row, parse_terms

    notes, events = [], []
    for note in chunk:
        notes.append(note_row(parse_terms(note.terms), note.terms))
        events += [event_row(note.note_id, *e) for e in note.events]
    return frames(notes, events)


def _read_ahead(chunks: Iterator[ColumnarChunk], lock: threading.Lock) -> Iterator[ColumnarChunk]:
    """``chunks``, each read by a worker thread while the caller computes the one before (the
    database makes the next chunk's CSV while Polars and numpy work on this one: both release
    the GIL).  The read connection is used under ``lock``, by one thread at a time."""

    def pull() -> ColumnarChunk | None:
        with lock:
            return next(chunks, None)

    with ThreadPoolExecutor(1, thread_name_prefix="portfolio-read") as pool:
        try:
            ahead = pool.submit(pull)
            while (chunk := ahead.result()) is not None:
                if (
                    not chunk.last
                ):  # after the last, the read transaction ends: not before it is used
                    ahead = pool.submit(pull)
                yield chunk
                if chunk.last:
                    break
        finally:
            ahead.cancel()
            wait([ahead])
            with lock:
                chunks.close()  # type: ignore[attr-defined]


class PortfolioDesk(Desk):
    """The whole book as of a day: figures per note and totals by group."""

    def portfolio(
        self,
        as_of: date,
        *,
        group_by: str = "lender",
        engine: str = "columnar",
        snapshot: Path | None = None,
        scheduler: str | None = None,
        workers: int = 2,
        chunk_size: int | None = None,
        on_figures: Callable[[pl.DataFrame], None] | None = None,
        progress: Progress | None = None,
        note_ids: Collection[str] | None = None,
        withheld: Callable[[str], bool] | None = None,
    ) -> PortfolioReport:
        """Every note's figures at the end of ``as_of``, chunk by chunk, and the totals.

        ``group_by``: lender (the holder of record), borrower, status, currency or none.  The
        notes come from ``snapshot`` (a directory written by :meth:`export_snapshot`) or else
        from the book.  ``engine``: ``columnar`` (the columnar engine where it covers a note),
        ``per-note``, or ``dask`` (columnar, on the cluster at ``scheduler`` or on a local one of
        ``workers`` processes; needs a snapshot).

        ``note_ids``: only those notes (read from the book; the others are never read), so the
        counts and totals are theirs alone — a principal's portfolio
        (:meth:`promissory.app.Acting.portfolio`).  ``withheld``: pledged notes not valued in any
        note's collateral (notes the principal may not read).
        """
        from promissory.portfolio.distributed import run_on_dask, snapshot_note_value
        from promissory.portfolio.frame import Totals, chunk_figures
        from promissory.portfolio.snapshot import Snapshot

        if group_by not in GROUPS:
            raise InvalidInput(f"group by {group_by!r} must be one of {', '.join(GROUPS)}")
        if engine not in RUNS:
            raise InvalidInput(f"engine {engine!r} must be one of {', '.join(RUNS)}")
        if engine == "dask" and snapshot is None:
            raise InvalidInput("the dask engine computes the parts of a snapshot: export the "
                               "book's snapshot first and give its directory")  # fmt: skip
        if note_ids is not None and snapshot is not None:
            raise InvalidInput("a portfolio of chosen notes is read from the book, not from a "
                               "snapshot")  # fmt: skip
        totals = Totals(group_by)
        counts = {"notes": 0, "columnar": 0}
        unavailable: list[tuple[str, str]] = []  # notes that cannot be computed that day
        source = Snapshot(snapshot) if snapshot is not None else None
        expected = (
            source.manifest()["notes"]
            if source is not None
            else count_notes(self.book)
            if note_ids is None
            else len(set(note_ids))
        )

        def take(frame: pl.DataFrame) -> None:
            totals.add(frame)
            counts["notes"] += frame.height
            counts["columnar"] += int((frame["path"] == "columnar").sum())
            if on_figures is not None:
                on_figures(frame)
            if progress is not None:
                progress(counts["notes"], expected)

        cluster: dict[str, Any] = {}
        if source is not None and engine == "dask":
            cluster = run_on_dask(source, as_of, take, scheduler=scheduler, workers=workers)
        elif source is not None:
            value = snapshot_note_value(source, as_of)
            for part in source:
                notes, events = source.read(part)
                take(chunk_figures(notes, events, as_of, engine=engine, note_value=value,
                                   unavailable=unavailable))  # fmt: skip
        elif engine == "columnar":
            self._columnar_from_book(as_of, take, chunk_size or 50000, note_ids, withheld,
                                     unavailable)  # fmt: skip
        else:
            for chunk in note_chunks(self.book, chunk_size or 5000, note_ids):
                notes, events = _chunk_frames(chunk)
                take(chunk_figures(notes, events, as_of, engine=engine,
                                   note_value=self._book_note_value(as_of),
                                   withheld=withheld, unavailable=unavailable))  # fmt: skip
        return PortfolioReport(as_of, group_by, engine, counts["notes"], counts["columnar"],
                               counts["notes"] - counts["columnar"], tuple(totals.rows()),
                               cluster, tuple(unavailable))  # fmt: skip

    def _columnar_from_book(
        self,
        as_of: date,
        take: Callable[[pl.DataFrame], None],
        chunk_size: int,
        note_ids: Collection[str] | None,
        withheld: Callable[[str], bool] | None,
        unavailable: list[tuple[str, str]] | None = None,
    ) -> None:
        """The book read for the columnar engine: the stored columns of the notes it covers and
        of their events (no terms file parsed, no event decoded); the notes without stored
        columns, and those the engine hands back, by the per-note engine from what is stored."""
        import polars as pl

        from promissory.portfolio.columnar import columnar_figures
        from promissory.portfolio.frame import FIGURES, chunk_figures
        from promissory.portfolio.snapshot import csv_frames

        value = self._book_note_value(as_of)
        lock = threading.Lock()  # one user of the read connection at a time
        for chunk in _read_ahead(columnar_chunks(self.book, chunk_size, note_ids), lock):
            notes, events = csv_frames(chunk.notes, chunk.events)
            result = columnar_figures(notes, events, as_of)
            computed = result.figures.select(list(FIGURES)).cast(FIGURES)  # type: ignore[arg-type]
            declined: list[NoteRows] = []
            if result.declined:
                with lock:
                    declined = chunk.rows(result.declined)
            rest = chunk.others + declined
            if not rest:
                take(computed)
                continue
            others = chunk_figures(*_chunk_frames(rest), as_of, engine="per-note",
                                   note_value=value, withheld=withheld,
                                   unavailable=unavailable)  # fmt: skip
            take(pl.concat([computed, others]))

    def _book_note_value(self, as_of: date) -> Callable[[str], Decimal]:
        def value(note_id: str) -> Decimal:
            pos = position(self.ledger_on(note_id, as_of), as_of)
            return pos.principal + pos.interest + pos.default_interest

        return value

    def ledger_on(self, note_id: str, as_of: date) -> Any:  # supplied by Promissory
        raise NotImplementedError

    def export_snapshot(
        self, directory: Path, *, chunk_size: int = 20000, progress: Progress | None = None
    ) -> Snapshot:
        """Write the book's columnar snapshot to ``directory`` (one part per chunk of notes),
        read at one read point."""
        from promissory.portfolio.snapshot import SnapshotWriter

        writer = SnapshotWriter(directory, source=self.book.url)
        expected = count_notes(self.book)
        for chunk in note_chunks(self.book, chunk_size):
            writer.write(*_chunk_frames(chunk))
            if progress is not None:
                progress(writer.notes, expected)
        return writer.close()
