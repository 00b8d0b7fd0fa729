"""The portfolio on a Dask cluster: one task per snapshot part, each a set of whole notes.

Why Dask (``docs/portfolio.md``): it is pure Python and installs with pip, a ``LocalCluster`` of
worker *processes* runs on one machine for tests, and the very function the single machine runs
(:func:`promissory.portfolio.frame.chunk_figures`) runs unchanged on each worker, so there is
one implementation of every figure.  Each task reads its part of the snapshot (a Parquet file
pair on a file system every worker can read) and returns the part's figures frame; the client
folds the totals as parts complete, so its memory holds one part at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl

from promissory.core.portfolio import note_figures
from promissory.portfolio.frame import chunk_figures
from promissory.portfolio.snapshot import Snapshot, decode_events, parse_terms

__all__ = ["part_figures", "run_on_dask", "snapshot_note_value"]


def snapshot_note_value(snapshot: Snapshot, as_of: date) -> Callable[[str], Decimal]:
    """A pledged note's value on ``as_of`` (principal plus interest), read from the snapshot."""

    def value(note_id: str) -> Decimal:
        found = snapshot.note(note_id)
        if found is None:
            raise KeyError(f"note {note_id} is pledged but not in snapshot {snapshot.directory}")
        terms_text, events = found
        f = note_figures(parse_terms(terms_text), decode_events(events), as_of, value)
        return f.principal + f.interest + f.default_interest

    return value


def part_figures(directory: str, part: int, as_of: date, engine: str) -> pl.DataFrame:
    """The figures frame of one part of a snapshot (what each worker runs)."""
    snapshot = Snapshot(Path(directory))
    notes, events = snapshot.read(part)
    return chunk_figures(notes, events, as_of, engine=engine,
                         note_value=snapshot_note_value(snapshot, as_of))  # fmt: skip


def run_on_dask(
    snapshot: Snapshot,
    as_of: date,
    on_part: Callable[[pl.DataFrame], None],
    *,
    engine: str = "columnar",
    scheduler: str | None = None,
    workers: int = 2,
) -> dict[str, Any]:
    """Compute every part on a Dask cluster, handing each part's figures to ``on_part``.

    ``scheduler`` is a running scheduler's address (``tcp://host:8786``); without it a
    ``LocalCluster`` of ``workers`` worker processes (one thread each) is started and closed.
    Returns what ran: the scheduler address and the number of workers.
    """
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)  # fmt: skip
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        directory = str(snapshot.directory.resolve())
        futures = [
            client.submit(part_figures, directory, part, as_of, engine, pure=False)
            for part in snapshot
        ]
        for future in as_completed(futures):
            on_part(future.result())
            future.release()
        info = client.scheduler_info()
        return {"scheduler": info.get("address", scheduler or ""),
                "workers": len(info.get("workers", {}))}  # fmt: skip
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
