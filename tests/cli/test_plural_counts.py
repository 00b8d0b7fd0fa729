"""Counts the command line prints agree with their noun: "1 note", "2 notes", "1 day"."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path / "book.db", cwd=tmp_path)
    c.run("init")
    c.run("note", "add", str(EXAMPLES / "valence-2001-note.toml"))
    return c


def test_one_row_of_one_note_is_singular(cli: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "events.csv"
    csv.write_text(f"note_id,kind,effective_date,amount\n{NOTE},advance,2001-10-05,1000.00\n")
    out = cli.run("onboard", str(csv)).stdout
    assert "events: 1 of 1 row applied (1 note)" in out


def test_two_rows_are_plural(cli: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "events.csv"
    csv.write_text(
        f"note_id,kind,effective_date,amount\n{NOTE},advance,2001-10-05,1000.00\n"
        f"{NOTE},advance,2001-10-06,1000.00\n"
    )
    assert "events: 2 of 2 rows applied (1 note)" in cli.run("onboard", str(csv)).stdout


def test_export_and_import_counts(cli: Cli, tmp_path: Path) -> None:
    cli.run("advance", NOTE, "1000.00", "--date", "2001-10-05")
    out = cli.run("export", str(tmp_path / "book.jsonl")).stdout
    assert "exported 1 note, 1 event and 0 parties" in out
    other = Cli(tmp_path / "other.db", cwd=tmp_path)
    other.run("init")
    out = other.run("import", str(tmp_path / "book.jsonl")).stdout
    assert "imported 1 note, 1 event and 0 parties" in out
    out = other.run("import", str(tmp_path / "book.jsonl")).stdout
    assert "already present: 1 note, 1 event" in out


def test_one_day(cli: Cli) -> None:
    out = cli.run("daycount", "ACT/360", "2024-01-01", "2024-01-02").stdout
    assert "= 1 day," in out
    assert "= 2 days," in cli.run("daycount", "ACT/360", "2024-01-01", "2024-01-03").stdout
