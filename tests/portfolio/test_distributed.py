"""The portfolio on a real Dask cluster (two worker processes) gives the single machine's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
from portfolio_books import chunk, seeded

from promissory.portfolio.distributed import run_on_dask
from promissory.portfolio.frame import Totals, chunk_figures
from promissory.portfolio.snapshot import SnapshotWriter


def test_two_workers_give_the_single_machine_figures(tmp_path: Path) -> None:
    drawn = seeded(36, seed=15)
    writer = SnapshotWriter(tmp_path / "snap")
    for i in range(0, len(drawn), 12):  # three parts, each a set of whole notes
        writer.write(*chunk(drawn[i : i + 12]))
    snapshot = writer.close()
    as_of = date(2022, 6, 30)
    local = pl.concat([chunk_figures(*snapshot.read(p), as_of) for p in snapshot])
    parts: list[pl.DataFrame] = []
    info = run_on_dask(snapshot, as_of, parts.append, workers=2)
    distributed = pl.concat(parts)
    assert info["workers"] == 2
    assert distributed.sort("note_id").equals(local.sort("note_id"))
    one, two = Totals("lender"), Totals("lender")
    one.add(local)
    for part in parts:
        two.add(part)
    assert one.rows() == two.rows()
    assert set(local["path"]) == {"columnar", "per-note"}
