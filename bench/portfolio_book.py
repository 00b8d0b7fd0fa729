"""The portfolio read from a book (SQLite or PostgreSQL) of ``--notes`` notes × 10 events.

Builds the book in bulk, then times ``Promissory.portfolio`` over it and checks its figures.

**How the book is built.**  A million notes through the book's own append would take hours
(``docs/benchmarks.md``), so the rows are written in bulk — but with the book's own encoding and
hash functions, so the book is one promissory would have written and ``verify`` accepts it:

* each note's terms file is the TOML of ``bench/portfolio.py`` (fixed rate, ACT/360 or ACT/365F,
  one note in 10,000 on 30/360, which the columnar engine does not cover);
* its creation hash is :func:`promissory.book.store.creation_hash` of that text;
* each event's payload is the canonical JSON (:func:`promissory.book.store.canonical`) of the
  codec's dict (:func:`promissory.codec.events_json.event_to_dict`): the JSON is made by filling a
  template that ``canonical(event_to_dict(...))`` produced for each kind, and a sample of payloads
  is checked to be byte-for-byte what the codec and ``canonical`` give;
* each event's hash is :func:`promissory.book.store.chain_hash` over its predecessor's (the note's
  creation hash for event #1), and each note's head is its last event;
* the stored columns (``note_columns``, ``events.currency`` and ``amount_minor``) come from the
  generator's arrays, and a sample is checked against
  :func:`promissory.codec.columns.note_columns` and ``event_columns``;
* rows go in by ``executemany`` (SQLite, one transaction per batch) and ``COPY`` (PostgreSQL).

After the build, ``Book.verify`` runs on ``--verify`` random notes (hash chains, columns) and must
report nothing.  Then the portfolio is timed (wall and CPU of this process), its columnar figures
are checked against the per-note engine on ``--sample`` random notes, and the notes on each path
are printed.

Run: ``PYTHONPATH=src .venv/bin/python bench/portfolio_book.py --backend sqlite --notes 100000``
(``--backend postgres --url postgresql+psycopg://postgres@127.0.0.1:5432/test``; ``--keep`` to
keep a SQLite book at ``--path`` and ``--reuse`` to time it again without building it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import sqlalchemy as sa

from promissory.app import Promissory
from promissory.book.store import Book, canonical, chain_hash, creation_hash
from promissory.codec.columns import event_columns, note_columns
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.terms_toml import loads_terms
from promissory.core.events import Advance, LenderExpense, Payment
from promissory.core.money import Money
from promissory.portfolio.frame import same_figures

EVENTS = 10
AS_OF = date(2025, 6, 30)
ISSUE0 = date(2020, 1, 1)
AT = datetime(2026, 12, 1, tzinfo=UTC)
BY = "bench"
LENDERS = [f"Lender {i:02d} Bank" for i in range(20)]
RATES = [("0.05", 5, 2), ("0.0625", 625, 4), ("0.0725", 725, 4), ("0.08", 8, 2), ("0.095", 95, 3)]
KINDS = ("advance", "payment", "expense", "payment", "advance", "expense", "payment", "advance",
         "expense", "payment")  # fmt: skip
TOML = (
    'id = "{id}"\nborrower = "{borrower}"\nlender = "{lender}"\nissue_date = {issue}\n'
    'currency = "USD"\ncommitment = "{commitment}"\nrevolving = false\nmaturity = {maturity}\n'
    '\n[interest]\nrate = "{rate}"\nday_count = "{day_count}"\ndefault_margin = "0.02"\n'
    '\n[rounding]\nquantum = "0.01"\nmode = "half-up"\n'
)
EPOCH = date(1970, 1, 1)


def _templates() -> dict[str, str]:
    """Per kind, the canonical JSON of the codec's dict with %-placeholders for what varies."""
    out = {}
    for kind, cls in (("advance", Advance), ("payment", Payment), ("expense", LenderExpense)):
        event = cls(note_id="NOTEID", seq=987654321, effective_date=date(2099, 9, 9),
                    recorded_at=AT, recorded_by=BY, amount=Money.of("777777.77", "USD"))  # fmt: skip
        text = canonical(event_to_dict(event)).replace("%", "%%")
        for marker, name in (('"NOTEID"', '"%(n)s"'), ("987654321", "%(s)d"),
                             ('"2099-09-09"', '"%(d)s"'), ('"777777.77"', '"%(a)s"')):  # fmt: skip
            assert text.count(marker) == 1, (kind, marker)
            text = text.replace(marker, name)
        out[kind] = text
    return out


TEMPLATES = _templates()


def _amount_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _batch(start: int, n: int, rng: np.random.Generator) -> tuple[list[Any], list[Any], list[Any]]:
    """Rows of notes, note_columns and events for notes ``start`` … ``start + n - 1``."""
    idx = np.arange(start, start + n)
    issue = ISSUE0.toordinal() + idx % 1000
    maturity = issue + rng.integers(1096, 2557, n)
    commitment = rng.integers(10_000_000, 1_000_000_000, n) * 10  # cents
    rate_i = rng.integers(0, len(RATES), n)
    basis = np.where(rng.random(n) < 0.5, 360, 365)
    thirty = rng.random(n) < 0.0001
    gaps = rng.integers(1, 61, (n, EVENTS)).cumsum(axis=1)
    days = issue[:, None] + gaps
    first = commitment // 2
    amounts = np.empty((n, EVENTS), dtype=np.int64)
    for k, kind in enumerate(KINDS):
        amounts[:, k] = (first if k == 0 else commitment // 20 if kind == "advance"
                         else first // 25 if kind == "payment"
                         else rng.integers(5_000, 50_000, n))  # fmt: skip
    day_text = (np.array(days - EPOCH.toordinal(), dtype="datetime64[D]")).astype(str).tolist()
    amounts_l = amounts.tolist()
    notes, columns, events = [], [], []
    for j in range(n):
        i = start + j
        note_id = f"B{i:08d}"
        lender, borrower = LENDERS[i % len(LENDERS)], f"Borrower {i % 1000:04d} Inc."
        iss, mat = date.fromordinal(int(issue[j])), date.fromordinal(int(maturity[j]))
        r = RATES[int(rate_i[j])]
        dc = "30/360 US" if thirty[j] else "ACT/360" if basis[j] == 360 else "ACT/365F"
        text = TOML.format(id=note_id, borrower=borrower, lender=lender, issue=iss,
                           commitment=_amount_text(int(commitment[j])), maturity=mat,
                           rate=r[0], day_count=dc)  # fmt: skip
        prev = creation = creation_hash(note_id, text, AT, BY)
        for k in range(EVENTS):
            cents = amounts_l[j][k]
            payload = TEMPLATES[KINDS[k]] % {"n": note_id, "s": k + 1, "d": day_text[j][k],
                                             "a": _amount_text(cents)}  # fmt: skip
            digest = hashlib.sha256((prev + "\n" + payload).encode()).hexdigest()
            events.append((note_id, k + 1, KINDS[k], day_text[j][k], payload, prev, digest,
                           "USD", cents))  # fmt: skip
            prev = digest
        notes.append((note_id, text, EVENTS, prev, creation))
        if not thirty[j]:
            columns.append((note_id, lender, borrower, "USD", iss, mat, 2, int(commitment[j]),
                            False, mat, r[1], r[2], int(basis[j]), 0, "half-up"))  # fmt: skip
    return notes, columns, events


NOTE_COLS = ("id", "terms", "created_at", "created_by", "head", "head_hash", "creation_hash")
COLUMN_COLS = ("note_id", "lender", "borrower", "currency", "issue_date", "maturity", "scale",
               "commitment", "revolving", "last_draw_date", "rate", "rate_places", "basis",
               "round_shift", "round_mode")  # fmt: skip
EVENT_COLS = ("note_id", "seq", "kind", "effective_date", "recorded_at", "recorded_by", "payload",
              "prev_hash", "hash", "currency", "amount_minor")  # fmt: skip


def _write(book: Book, notes: list[Any], columns: list[Any], events: list[Any]) -> None:
    with book.engine.begin() as conn:
        raw: Any = conn.connection.driver_connection
        if book.dialect == "postgresql":
            at = "2026-12-01 00:00:00+00"
            with raw.cursor() as cur:
                with cur.copy(f"COPY notes ({', '.join(NOTE_COLS)}) FROM STDIN") as copy:
                    for r in notes:
                        copy.write_row((r[0], r[1], at, BY, *r[2:]))
                with cur.copy(f"COPY note_columns ({', '.join(COLUMN_COLS)}) FROM STDIN") as copy:
                    for c in columns:
                        copy.write_row(c)
                with cur.copy(f"COPY events ({', '.join(EVENT_COLS)}) FROM STDIN") as copy:
                    for e in events:
                        copy.write_row((*e[:4], at, BY, *e[4:]))
            return
        at = "2026-12-01 00:00:00.000000"
        cur = raw.cursor()
        cur.executemany(f"INSERT INTO notes ({', '.join(NOTE_COLS)}) VALUES (?,?,?,?,?,?,?)",
                        [(r[0], r[1], at, BY, *r[2:]) for r in notes])  # fmt: skip
        cur.executemany(
            f"INSERT INTO note_columns ({', '.join(COLUMN_COLS)}) VALUES "
            f"({','.join('?' * len(COLUMN_COLS))})",
            [(*c[:4], c[4].isoformat(), c[5].isoformat(), *c[6:8], int(c[8]),
              c[9].isoformat(), *c[10:]) for c in columns],
        )  # fmt: skip
        cur.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLS)}) VALUES "
            f"({','.join('?' * len(EVENT_COLS))})",
            ((*e[:4], at, BY, *e[4:]) for e in events),
        )


def _check_encoding(notes: list[Any], columns: list[Any], events: list[Any]) -> None:
    """A sample of the bulk rows is what the book's own functions make of them."""
    by_id = {c[0]: c for c in columns}
    for r in random.Random(1).sample(notes, min(50, len(notes))):
        assert r[4] == creation_hash(r[0], r[1], AT, BY)
        derived = note_columns(loads_terms(r[1]))
        stored = by_id.get(r[0])
        assert (derived is None) == (stored is None), r[0]
        if derived is not None and stored is not None:
            assert tuple(derived[k] for k in COLUMN_COLS[1:]) == stored[1:], r[0]
    for e in random.Random(2).sample(events, min(200, len(events))):
        data = json.loads(e[4])
        assert canonical(event_to_dict(event_from_dict(data))) == e[4]
        assert event_columns(data) == (e[7], e[8])
        assert chain_hash(e[5], e[4]) == e[6]


def build(book: Book, count: int, batch: int, seed: int = 15) -> None:
    book.create()
    rng = np.random.default_rng(seed)
    for start in range(0, count, batch):
        notes, columns, events = _batch(start, min(batch, count - start), rng)
        if start == 0:
            _check_encoding(notes, columns, events)
        _write(book, notes, columns, events)
        if (start + batch) % 100_000 == 0:
            print(f"  {start + batch:,} notes written", flush=True)
    if book.dialect == "postgresql":
        with book.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))


def timed(what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    wall = time.perf_counter() - start
    print(f"{what}: {wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU (this process)",
          flush=True)  # fmt: skip
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--chunk", type=int, default=50_000, help="notes per chunk read")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--verify", type=int, default=200)
    parser.add_argument("--path", default="/tmp/promissory-portfolio-book.db")
    parser.add_argument("--url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    schema = None
    if args.backend == "sqlite":
        path = Path(args.path)
        if not args.reuse:
            path.unlink(missing_ok=True)
            for extra in ("-wal", "-shm"):
                Path(str(path) + extra).unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(args.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        url = f"{args.url}?options=-csearch_path%3D{schema}"
    try:
        book = Book(url)
        print(f"{args.backend} book of {args.notes:,} notes × {EVENTS} events, as of {AS_OF}")
        if not args.reuse:
            timed("build the book in bulk", build, book, args.notes, args.batch)
        ids = book.note_ids()
        picked = random.Random(3).sample(ids, min(args.verify, len(ids)))
        problems = timed(f"verify {len(picked)} random notes", lambda: [
            p for nid in picked for p in book.verify(nid)])  # fmt: skip
        print(f"  problems: {len(problems)}")
        assert not problems, problems[:3]
        app = Promissory(book)
        frames: list[pl.DataFrame] = []
        report = timed("Promissory.portfolio from the book (columnar engine)", app.portfolio,
                       AS_OF, chunk_size=args.chunk, on_figures=frames.append)  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  notes: {report.notes:,} — columnar {report.columnar:,}, per-note "
              f"{report.per_note:,}; peak RSS {peak:,.0f} MB")  # fmt: skip
        figures = pl.concat(frames)
        sample = random.Random(4).sample(ids, min(args.sample, len(ids)))
        checked: list[pl.DataFrame] = []
        timed(f"per-note engine on {len(sample):,} random notes", app.portfolio, AS_OF,
              engine="per-note", note_ids=sample, on_figures=checked.append)  # fmt: skip
        mine = figures.filter(pl.col("note_id").is_in(sample))
        print(f"  every figure equal to the per-note engine's: "
              f"{same_figures(pl.concat(checked), mine)}")  # fmt: skip
    finally:
        if schema is not None:
            with admin.connect() as conn:
                conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        elif not args.keep and not args.reuse:
            Path(args.path).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
