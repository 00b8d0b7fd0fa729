"""Closes travel with the book: ``export`` writes them after the notes, ``import`` reads them back,
so a book restored from a bundle keeps its closed periods and its journal is the same entry for
entry (a correction still lands in the first open period).  Re-importing posts nothing twice; a
bundle whose close disagrees with the book's is refused, naming it; a close record edited to name
an event the note does not have, or removed, is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

NOTE = "VAL-2001-10-05"


def _book(tmp_path: Path) -> Cli:
    (tmp_path / "a").mkdir()
    c = seed_cli(tmp_path / "a")
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    c.run("close", "--period", "2001-11", "--party", "lender", "--by", "controller")
    c.run("close", "--period", "2001-11", "--party", "borrower")
    c.run("pay", NOTE, "10000.00", "--date", "2001-11-15")  # back-dated into the closed month
    return c


def test_closes_round_trip_through_a_bundle(tmp_path: Path) -> None:
    a = _book(tmp_path)
    bundle = tmp_path / "book.jsonl"
    out = a.run("export", str(bundle)).stdout
    assert "2 period closes" in out
    records = [json.loads(line) for line in bundle.read_text().splitlines()]
    closes = [r for r in records if r["record"] == "close"]
    assert [(r["party"], r["period_end"], r["head"], r["closed_by"]) for r in closes] == [
        ("borrower", "2001-11-30", 1, ""), ("lender", "2001-11-30", 1, "controller")]  # fmt: skip
    assert records[-1]["closes"] == 2

    (tmp_path / "b").mkdir()
    b = Cli(tmp_path / "b" / "book.db")
    b.run("init")
    assert "2 period closes" in b.run("import", str(bundle)).stdout
    assert b.json("close", "--list") == a.json("close", "--list")
    for party in ("lender", "borrower"):
        args = ("journal", NOTE, "--party", party, "--to", "2002-02-28")
        assert b.json(*args) == a.json(*args)
        assert any(e["kind"] == "correction" for e in b.json(*args)["entries"])
    again = b.run("import", str(bundle)).stdout
    assert "imported 0 notes" in again and "2 period closes" in again  # already present
    assert b.json("close", "--list") == a.json("close", "--list")
    b.run("export", str(tmp_path / "again.jsonl"))
    assert (tmp_path / "again.jsonl").read_bytes() == bundle.read_bytes()


def _edited(bundle: Path, target: Path, edit: str) -> Path:
    lines = [json.loads(line) for line in bundle.read_text().splitlines()]
    if edit == "head":
        next(r for r in lines if r["record"] == "close")["head"] = 7
    elif edit == "removed":
        lines.remove(next(r for r in lines if r["record"] == "close"))
    target.write_text("".join(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n"
                              for r in lines))  # fmt: skip
    return target


@pytest.mark.parametrize(("edit", "says"), [
    ("head", "head 7 must be an event of the note (0 to 2)"),
    ("removed", "the bundle holds 1 closes but its end record counts 2"),
])  # fmt: skip
def test_an_edited_close_record_is_refused(tmp_path: Path, edit: str, says: str) -> None:
    a = _book(tmp_path)
    bundle = tmp_path / "book.jsonl"
    a.run("export", str(bundle))
    (tmp_path / "b").mkdir()
    b = Cli(tmp_path / "b" / "book.db")
    b.run("init")
    result = b.run("import", str(_edited(bundle, tmp_path / "edited.jsonl", edit)), ok=False)
    assert says in (result.stdout + result.stderr)
    assert b.json("close", "--list") == []


def test_a_close_that_disagrees_with_the_books_is_a_conflict(tmp_path: Path) -> None:
    a = _book(tmp_path)
    bundle = tmp_path / "book.jsonl"
    a.run("export", str(bundle))
    (tmp_path / "b").mkdir()
    b = Cli(tmp_path / "b" / "book.db")
    b.run("init")
    b.run("import", str(bundle))
    lines = bundle.read_text().splitlines()
    moved = [json.loads(x) for x in lines]
    next(r for r in moved if r["record"] == "close")["head"] = 2
    edited = tmp_path / "edited.jsonl"
    edited.write_text("".join(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n"
                              for r in moved))  # fmt: skip
    result = b.run("import", str(edited), ok=False)
    assert "closed in the book for the borrower of note VAL-2001-10-05 through event #1" in (
        result.stdout + result.stderr
    )
