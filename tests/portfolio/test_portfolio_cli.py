"""``promissory portfolio`` and ``promissory snapshot`` on a small book: every engine and source
gives the figures the per-note commands give, and the files say the same."""

from __future__ import annotations

import csv
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

SEED = "VAL-2001-10-05"
TERM = "TERM-2024-001"
DAY = "2001-11-04"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The seed note with 1,000,000.00 advanced; the term note; a second seed-like note pledged
    to the first with a financing statement lapsing (each takes a different path)."""
    folder = tmp_path_factory.mktemp("portfolio")
    cli = seed_cli(folder)
    cli.run("advance", SEED, "1000000.00", "--date", "2001-10-05")
    cli.run("note", "add", str(TERM_NOTE))
    text = (Path(__file__).parents[2] / "examples" / "valence-2001-note.toml").read_text()
    second = folder / "second.toml"
    second.write_text(text.replace(SEED, "VAL-B"))
    cli.run("note", "add", str(second))
    cli.run("advance", "VAL-B", "500000.00", "--date", "2001-10-05")
    cli.run("collateral", "pledge", "VAL-B", SEED, "--date", "2001-10-06")
    cli.run("collateral", "filing", "add", "VAL-B", "CA-1", "--jurisdiction", "California",
            "--date", "1997-01-01", ok=False)  # fmt: skip
    cli.run("collateral", "filing", "add", "VAL-B", "CA-2", "--jurisdiction", "California",
            "--date", "2001-10-06")  # fmt: skip
    return cli


def _notes(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["note_id"]: n for n in data["notes"]}


def test_the_seed_note_worked_example(book: Cli) -> None:
    """engine.py's example: 1,000,000.00 at 8% ACT/360 for 30 days is 6,666.666… (20000/3)."""
    data = book.json("portfolio", "--as-of", DAY)
    seed = _notes(data)[SEED]
    assert seed["path"] == "columnar"
    assert (seed["principal"], seed["interest"], seed["interest_exact"]) == (
        "1000000.00", "6666.67", "20000/3")  # fmt: skip
    assert seed["status"] == "active" and seed["next_due_date"] == "2005-09-30"
    assert seed["maturity_bucket"] == "3-5y" and seed["past_due"] == "0.00"
    assert data["paths"] == {"notes": 3, "columnar": 1, "per-note": 2}


def test_figures_agree_with_balance_and_collateral(book: Cli) -> None:
    data = book.json("portfolio", "--as-of", DAY, "--group-by", "none")
    notes = _notes(data)
    for note_id, figures in notes.items():
        balance = book.json("balance", note_id, "--as-of", DAY)
        for figure, shown in (("principal", "principal"), ("interest", "accrued_interest"),
                              ("default_interest", "default_interest"), ("total", "total"),
                              ("available", "available"), ("status", "status")):  # fmt: skip
            assert figures[figure] == balance[shown], (note_id, figure)
        assert Fraction(figures["interest_exact"]) == Fraction(
            balance["accrued_interest_exact"]["fraction"]
        )
    secured = book.json("collateral", "list", "VAL-B", "--as-of", DAY)
    assert Decimal(notes["VAL-B"]["coverage"]) == Decimal(secured["coverage"]["ratio"])
    assert (
        notes["VAL-B"]["collateral_value"] == "1006666.67"
    )  # the seed note's principal + interest
    (total,) = data["totals"]
    assert Decimal(total["principal"]) == sum(Decimal(n["principal"]) for n in notes.values())
    assert total["notes"] == 3


def test_every_engine_and_the_snapshot_agree(book: Cli, tmp_path: Path) -> None:
    book.run("snapshot", str(tmp_path / "snap"))
    base = book.json("portfolio", "--as-of", "2024-09-15")
    for args in (("--engine", "per-note"), ("--snapshot", str(tmp_path / "snap"))):
        other = book.json("portfolio", "--as-of", "2024-09-15", *args)
        strip = {k: {f: v for f, v in n.items() if f != "path"} for k, n in _notes(other).items()}
        assert strip == {k: {f: v for f, v in n.items() if f != "path"}
                         for k, n in _notes(base).items()}  # fmt: skip

        def sums(data: dict[str, Any]) -> list[dict[str, Any]]:
            return [{k: v for k, v in t.items() if k != "columnar"} for t in data["totals"]]

        assert sums(other) == sums(base)
    term = _notes(base)[TERM]
    assert term["path"] == "per-note"  # installments: the per-note engine


def test_csv_and_parquet_hold_every_note(book: Cli, tmp_path: Path) -> None:
    out = book.run("portfolio", "--as-of", DAY, "--csv", str(tmp_path / "p.csv"), "--parquet",
                   str(tmp_path / "p.parquet"), "--group-by", "borrower")  # fmt: skip
    assert "3 notes: 1 by the columnar engine, 2 by the per-note engine" in out.stdout
    with (tmp_path / "p.csv").open() as f:
        rows = {r["note_id"]: r for r in csv.DictReader(f)}
    parquet = pl.read_parquet(tmp_path / "p.parquet")
    assert set(rows) == set(parquet["note_id"]) == {SEED, TERM, "VAL-B"}
    assert rows[SEED]["interest_exact"] == "20000/3"
    assert parquet.filter(pl.col("note_id") == SEED)["interest"][0] == "6666.67"


def test_bad_choices_are_named(book: Cli, tmp_path: Path) -> None:
    result = book.run("portfolio", "--as-of", DAY, "--engine", "dask", ok=False)
    assert result.returncode != 0 and "snapshot" in result.stderr
