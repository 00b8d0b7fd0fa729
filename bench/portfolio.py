"""The portfolio over a large book: columnar snapshot, bare Polars and DuckDB floors, Dask, SQLite.

Prints, in one run on one machine:

1. the time to generate a columnar snapshot of ``--notes`` notes × 10 events directly (no book:
   at 1,000,000 notes a book would take hours to fill; ``docs/benchmarks.md``);
2. ``Promissory.portfolio`` over that snapshot (the columnar engine, per-note for the rest; the
   notes on each path; peak memory);
3. a *bare* computation of the same balances — principal, accrued interest (exact numerator and
   rounded), expenses — in plain Polars and in DuckDB, with no rule checks, no fallbacks and
   no other figures, on the same snapshot; the ratio of (2) to the faster of them; and that
   every note's balances agree with the engine's;
4. every figure of ``--sample`` random notes by the per-note engine against the columnar engine's;
5. the same portfolio on a Dask ``LocalCluster`` of two worker processes: its time, its
   overhead against (2), and that every figure of every note is identical;
6. a SQLite book of ``--book-notes`` notes (the first notes of the snapshot, recorded through the
   book's own append with hash chains), the portfolio read from it, the rate per note and its
   linear extrapolation to ``--notes``; its figures against the snapshot's for the same notes.

Run: ``.venv/bin/python bench/portfolio.py`` (1,000,000 notes; ``--notes 100000`` for a quick run).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import numpy as np
import polars as pl

from promissory.app import Promissory
from promissory.book.store import Append, Book
from promissory.portfolio.frame import chunk_figures, same_figures
from promissory.portfolio.snapshot import EVENTS as SNAP_EVENTS
from promissory.portfolio.snapshot import NOTES, Snapshot, SnapshotWriter, decode_events

EVENTS = 10
AS_OF = date(2025, 6, 30)
ISSUE0 = date(2020, 1, 1)
LENDERS = [f"Lender {i:02d} Bank" for i in range(20)]
RATES = [("0.05", 5, 2), ("0.0625", 625, 4), ("0.0725", 725, 4), ("0.08", 8, 2), ("0.095", 95, 3)]

TOML = (
    'id = "{id}"\nborrower = "{borrower}"\nlender = "{lender}"\nissue_date = {issue}\n'
    'currency = "USD"\ncommitment = "{commitment}"\nrevolving = false\nmaturity = {maturity}\n'
    '\n[interest]\nrate = "{rate}"\nday_count = "{day_count}"\ndefault_margin = "0.02"\n'
    '\n[rounding]\nquantum = "0.01"\nmode = "half-up"\n'
)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(directory: Path, notes: int, part_size: int, seed: int = 15) -> Snapshot:
    """A snapshot of ``notes`` notes × 10 events written part by part, straight from arrays.

    Terms: USD, a fixed rate from ``RATES``, ACT/360 or ACT/365F (one note in 10,000 on 30/360,
    which the columnar engine hands to the per-note engine), 3 to 7 years, half-up to the cent.
    Events: an advance of half the commitment, two more advances of a twentieth, three expenses
    and four payments of a twenty-fifth of the first advance, 1 to 60 days apart.
    """
    rng = np.random.default_rng(seed)
    writer = SnapshotWriter(directory, source="bench/portfolio.py")
    kinds = np.array(["advance", "payment", "expense", "payment", "advance", "expense",
                      "payment", "advance", "expense", "payment"])  # fmt: skip
    for start in range(0, notes, part_size):
        n = min(part_size, notes - start)
        idx = np.arange(start, start + n)
        issue = (ISSUE0.toordinal() + idx % 1000).astype(np.int64)
        maturity = issue + rng.integers(1096, 2557, n)
        commitment = rng.integers(10_000_000, 1_000_000_000, n) * 10  # cents
        rate_i = rng.integers(0, len(RATES), n)
        basis = np.where(rng.random(n) < 0.5, 360, 365)
        thirty = rng.random(n) < 0.0001
        epoch = date(1970, 1, 1).toordinal()
        ids = [f"P{i:07d}" for i in idx]
        frame = pl.DataFrame({
            "note_id": ids,
            "lender": np.array(LENDERS)[idx % len(LENDERS)],
            "borrower": [f"Borrower {i % 1000:04d} Inc." for i in idx],
            "currency": "USD",
            "issue_date": pl.Series(issue - epoch).cast(pl.Int32).cast(pl.Date),
            "maturity": pl.Series(maturity - epoch).cast(pl.Int32).cast(pl.Date),
            "columnar": ~thirty, "scale": 2, "commitment": commitment, "revolving": False,
            "rate": np.array([r[1] for r in RATES])[rate_i],
            "rate_places": np.array([r[2] for r in RATES])[rate_i],
            "basis": basis, "round_shift": 0, "round_mode": "half-up",
            "rate_text": np.array([r[0] for r in RATES])[rate_i],
            "day_count": np.where(thirty, "30/360 US", np.where(basis == 360, "ACT/360", "ACT/365F")),
        })  # fmt: skip
        frame = frame.with_columns(last_draw_date=pl.col("maturity"))
        terms = [
            TOML.format(
                id=r[0],
                borrower=r[1],
                lender=r[2],
                issue=r[3],
                commitment=f"{r[4] // 100}.{r[4] % 100:02d}",
                maturity=r[5],
                rate=r[6],
                day_count=r[7],
            )
            for r in frame.select(
                "note_id",
                "borrower",
                "lender",
                "issue_date",
                "commitment",
                "maturity",
                "rate_text",
                "day_count",
            ).iter_rows()
        ]
        frame = frame.with_columns(terms=pl.Series(terms)).with_columns(
            pl.when(pl.col("columnar")).then(pl.col(c)).otherwise(None).alias(c)
            for c in ("scale", "commitment", "revolving", "last_draw_date", "rate",
                      "rate_places", "basis", "round_shift", "round_mode")
        )  # fmt: skip
        note_frame = frame.select(list(NOTES)).cast(NOTES)  # type: ignore[arg-type]
        gaps = rng.integers(1, 61, (n, EVENTS)).cumsum(axis=1)
        days = (issue[:, None] + gaps).ravel() - epoch
        first = commitment // 2
        amount = np.empty((n, EVENTS), dtype=np.int64)
        for k, kind in enumerate(kinds):
            if k == 0:
                amount[:, k] = first
            elif kind == "advance":
                amount[:, k] = commitment // 20
            elif kind == "payment":
                amount[:, k] = first // 25
            else:
                amount[:, k] = rng.integers(5_000, 50_000, n)
        event_frame = pl.DataFrame({
            "note_id": np.repeat(np.array(ids, dtype=object), EVENTS),
            "note_index": np.repeat(np.arange(n, dtype=np.int32), EVENTS),
            "seq": np.tile(np.arange(1, EVENTS + 1), n),
            "kind": np.tile(kinds, n),
            "effective_date": pl.Series(days).cast(pl.Int32).cast(pl.Date),
            "currency": "USD", "amount": amount.ravel(), "payload": None,
        }).cast({"seq": pl.Int32, "payload": pl.String}).select(list(SNAP_EVENTS))  # fmt: skip
        writer.write(note_frame, event_frame)
    return writer.close()


def bare_polars(snapshot: Snapshot) -> pl.DataFrame:
    """Principal, exact interest numerator, interest rounded half-up and expenses: the waterfall
    recurrence alone, in Polars on Int64, with nothing else (every note assumed covered)."""
    out = []
    for part in snapshot:
        notes, events = snapshot.read(part, terms=False)
        notes = notes.filter(pl.col("columnar"))
        wide = (
            events.filter(pl.col("effective_date") <= AS_OF)
            .sort("note_id", "seq")
            .with_columns(k=pl.int_range(pl.len()).over("note_id"))
            .pivot(on="k", index="note_id", values=["kind", "effective_date", "amount"])
        )
        s = notes.join(wide, on="note_id").lazy().with_columns(
            D=pl.col("basis").cast(pl.Int64) * pl.lit(10).pow(pl.col("rate_places")),
            p=pl.lit(0, pl.Int64), x=pl.lit(0, pl.Int64), num=pl.lit(0, pl.Int64),
            t=pl.col("issue_date"),
        )  # fmt: skip
        for k in range(EVENTS):
            kind, day, amt = (pl.col(f"{c}_{k}") for c in ("kind", "effective_date", "amount"))
            num = pl.col("num") + pl.col("p") * pl.col("rate") * (day - pl.col("t")).dt.total_days()
            s = s.with_columns(num=pl.when(day.is_not_null()).then(num).otherwise(pl.col("num")),
                               t=pl.coalesce(day, pl.col("t")))  # fmt: skip
            due = (2 * pl.col("num") + pl.col("D")) // (2 * pl.col("D"))
            to_x = pl.min_horizontal(pl.col("x"), amt)
            to_i = pl.min_horizontal(due, amt - to_x)
            to_p = amt - to_x - to_i
            pay = kind == "payment"
            s = s.with_columns(
                p=pl.col("p") + pl.when(kind == "advance").then(amt).when(pay).then(-to_p)
                .otherwise(0),
                x=pl.col("x") + pl.when(kind == "expense").then(amt).when(pay).then(-to_x)
                .otherwise(0),
                num=pl.when(pay & (to_i == due)).then(0).when(pay)
                .then(pl.col("num") - to_i * pl.col("D")).otherwise(pl.col("num")),
            )  # fmt: skip
        at = pl.lit(AS_OF)
        s = s.with_columns(num=pl.col("num") + pl.col("p") * pl.col("rate")
                           * (at - pl.col("t")).dt.total_days())  # fmt: skip
        out.append(s.select("note_id", principal="p", expenses="x", num="num", D="D",
                            interest=(2 * pl.col("num") + pl.col("D")) // (2 * pl.col("D")))
                   .collect())  # fmt: skip
    return pl.concat(out)


def bare_duckdb(snapshot: Snapshot) -> pl.DataFrame:
    """The same recurrence as :func:`bare_polars`, as one SQL query per part in DuckDB (BIGINT)."""
    con = duckdb.connect()
    out = []
    for part in snapshot:
        name = f"{part:05d}.parquet"
        notes_file = snapshot.directory / f"notes-{name}"
        events_file = snapshot.directory / f"events-{name}"
        cols = ", ".join(
            f"max(kind) FILTER (WHERE k = {k}) AS kind_{k}, max(effective_date) FILTER (WHERE k = {k}) AS d_{k}, "
            f"max(amount) FILTER (WHERE k = {k}) AS a_{k}"
            for k in range(EVENTS)
        )
        steps = [
            f"s0 AS (SELECT n.note_id, n.rate, CAST(n.basis AS BIGINT) * CAST(10 ** n.rate_places AS BIGINT) AS D, "
            f"0::BIGINT AS p, 0::BIGINT AS x, 0::BIGINT AS num, n.issue_date AS t, w.* EXCLUDE (note_id) "
            f"FROM read_parquet('{notes_file}') n JOIN w USING (note_id) WHERE n.columnar)"
        ]
        for k in range(EVENTS):
            acc = f"(num + CASE WHEN d_{k} IS NULL THEN 0 ELSE p * rate * (d_{k} - t) END)"
            due = f"(({acc}) * 2 + D) // (2 * D)"
            tox = f"least(x, a_{k})"
            toi = f"least({due}, a_{k} - {tox})"
            top = f"(a_{k} - {tox} - {toi})"
            steps.append(
                f"s{k + 1} AS (SELECT * REPLACE ("
                f"CASE kind_{k} WHEN 'advance' THEN p + a_{k} WHEN 'payment' THEN p - {top} ELSE p END AS p, "
                f"CASE kind_{k} WHEN 'expense' THEN x + a_{k} WHEN 'payment' THEN x - {tox} ELSE x END AS x, "
                f"CASE WHEN kind_{k} = 'payment' AND {toi} = {due} THEN 0 WHEN kind_{k} = 'payment' "
                f"THEN {acc} - {toi} * D ELSE {acc} END AS num, coalesce(d_{k}, t) AS t) FROM s{k})"
            )
        final = f"(num + p * rate * (DATE '{AS_OF}' - t))"
        sql = (
            f"WITH e AS (SELECT note_id, kind, effective_date, amount, row_number() OVER "
            f"(PARTITION BY note_id ORDER BY seq) - 1 AS k FROM read_parquet('{events_file}') "
            f"WHERE effective_date <= DATE '{AS_OF}'), w AS (SELECT note_id, {cols} FROM e "
            f"GROUP BY note_id), {', '.join(steps)} SELECT note_id, p AS principal, x AS expenses, "
            f"{final} AS num, D, ({final} * 2 + D) // (2 * D) AS interest FROM s{EVENTS}"
        )
        out.append(pl.from_arrow(con.execute(sql).to_arrow_table()))
    return pl.concat(out)


def timed(what: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"{what}: {elapsed:.2f} s (CPU {time.process_time() - cpu:.2f} s in this process)")
    return result, elapsed


def book_from_snapshot(url: str, snapshot: Snapshot, count: int) -> Book:
    """A SQLite book holding the snapshot's first ``count`` notes, written by the book's append."""
    book = Book(url)
    book.create()
    at = datetime(2026, 12, 1, tzinfo=UTC)
    notes, events = snapshot.read(0)
    notes = notes.head(count)
    events = events.join(notes.select("note_id"), on="note_id")
    by_note = events.partition_by("note_id", as_dict=True)
    ids = notes["note_id"].to_list()
    with book.write() as conn:
        for note_id, text in notes.select("note_id", "terms").iter_rows():
            Book.insert_note(conn, note_id, text, at, "bench")
    for i in range(0, len(ids), 1000):
        batch = [Append(nid, tuple(decode_events(by_note[(nid,)])), 0) for nid in ids[i : i + 1000]]
        book.append_batch(batch)
    return book


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--part-size", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--book-notes", type=int, default=20_000)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-book", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="promissory-portfolio-"))
    try:
        print(f"portfolio of {args.notes:,} notes × {EVENTS} events as of {AS_OF}")
        snapshot, _ = timed("generate the columnar snapshot", generate, work / "snap", args.notes,
                            args.part_size)  # fmt: skip
        app = Promissory(f"sqlite:///{work / 'unused.db'}")
        frames: list[pl.DataFrame] = []
        report, engine_s = timed("portfolio from the snapshot (columnar engine)", app.portfolio,
                                 AS_OF, snapshot=snapshot.directory, on_figures=frames.append)  # fmt: skip
        print(f"  notes: {report.notes:,} — columnar {report.columnar:,}, per-note "
              f"{report.per_note:,}; peak RSS so far {rss_mb():,.0f} MB")  # fmt: skip
        figures = pl.concat(frames)
        bare_p, polars_s = timed("bare Polars (balances only)", bare_polars, snapshot)
        bare_d, duck_s = timed("bare DuckDB (balances only)", bare_duckdb, snapshot)
        floor = min(polars_s, duck_s)
        print(f"  engine / fastest bare computation: {engine_s / floor:.1f}×")
        engine_cols = figures.filter(pl.col("path") == "columnar").select(
            "note_id", "principal", "expenses", "interest",
            exact=pl.col("interest_num") * 100, den=pl.col("interest_den"),
        )  # fmt: skip
        for name, bare in (("Polars", bare_p), ("DuckDB", bare_d)):
            joined = engine_cols.join(bare, on="note_id")
            same = joined.filter(
                (pl.col("principal") == pl.col("principal_right"))
                & (pl.col("expenses") == pl.col("expenses_right"))
                & (pl.col("interest") == pl.col("interest_right"))
                & (pl.col("exact") * pl.col("D").cast(pl.Int128)
                   == pl.col("num").cast(pl.Int128) * pl.col("den"))
            ).height  # fmt: skip
            print(f"  bare {name} agrees with the engine on {same:,} of {engine_cols.height:,} "
                  "notes (principal, exact and rounded interest, expenses)")  # fmt: skip
        rng = np.random.default_rng(1)
        picked = set(rng.choice(figures["note_id"].to_numpy(), size=min(args.sample, figures.height),
                                replace=False).tolist())  # fmt: skip
        per_note = []
        for part in snapshot:
            notes, events = snapshot.read(part)
            notes = notes.filter(pl.col("note_id").is_in(list(picked)))
            events = events.join(notes.select("note_id"), on="note_id")
            per_note.append(chunk_figures(notes, events, AS_OF, engine="per-note"))
        checked = pl.concat(per_note)
        mine = figures.filter(pl.col("note_id").is_in(list(picked)))
        print(f"  per-note engine on {checked.height:,} random notes: every figure equal = "
              f"{same_figures(checked, mine)}")  # fmt: skip
        if not args.skip_dask:
            parts: list[pl.DataFrame] = []
            dask_report, dask_s = timed("portfolio on Dask (LocalCluster, 2 worker processes, "
                                        "start-up included)", app.portfolio, AS_OF,
                                        snapshot=snapshot.directory, engine="dask",
                                        on_figures=parts.append)  # fmt: skip
            same = same_figures(pl.concat(parts), figures)
            print(f"  Dask / single machine: {dask_s / engine_s:.2f}×; every figure of every note "
                  f"identical = {same}; totals identical = {dask_report.totals == report.totals}")  # fmt: skip
        if not args.skip_book:
            count = min(args.book_notes, args.part_size, args.notes)
            book, _ = timed(f"SQLite book of {count:,} notes (the book's append)",
                            book_from_snapshot, f"sqlite:///{work / 'book.db'}", snapshot, count)  # fmt: skip
            from_book: list[pl.DataFrame] = []
            book_app = Promissory(book)
            _, book_s = timed("portfolio from the SQLite book", book_app.portfolio, AS_OF,
                              on_figures=from_book.append)  # fmt: skip
            read = pl.concat(from_book)
            same = same_figures(read, figures.filter(pl.col("note_id").is_in(
                read["note_id"].implode())))  # fmt: skip
            print(f"  {book_s / count * 1e6:.0f} µs a note → {args.notes:,} notes ≈ "
                  f"{book_s / count * args.notes:.0f} s (linear extrapolation); figures equal "
                  f"to the snapshot's = {same}")  # fmt: skip
        print(f"peak RSS {rss_mb():,.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
