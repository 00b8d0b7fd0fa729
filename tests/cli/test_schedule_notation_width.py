"""Schedule A's notation column is as wide as the terminal allows: an invoice reference at the end
of a long notation is not lost on a wide terminal (on a narrower one it is cut with "…" where the
line ends, never below 40 characters), and ``--json`` always carries it whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli
from promissory.cli import common

NOTE = "VAL-2001-10-05"
MEMO = "wire from the borrower's operating account, per the lender's instruction, invoice INV-2002-0117"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    c.run("pay", NOTE, "1000.00", "--date", "2002-01-05", "--memo", MEMO)
    return c


def _width(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    from rich.console import Console

    monkeypatch.setattr(common, "_CONSOLE", [Console(highlight=False, width=columns)])


def test_a_wide_terminal_shows_the_whole_notation(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    _width(monkeypatch, 240)
    out = cli.run("schedule", NOTE).stdout
    assert MEMO in out
    assert max(len(line) for line in out.splitlines()) <= 240


def test_a_narrower_terminal_cuts_it_where_the_line_ends(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    _width(monkeypatch, 200)  # the width when stdout is not a terminal
    out = cli.run("schedule", NOTE).stdout
    assert max(len(line) for line in out.splitlines()) <= 200
    row = next(line for line in out.splitlines() if "payment" in line)
    assert "1,000.00" in row  # the figures whole
    assert "account, per the" in row  # more than the old 40 characters
    assert "…" in row and MEMO not in row


def test_the_json_carries_it_whole(cli: Cli) -> None:
    rows = cli.json("schedule", NOTE)["rows"]
    assert any(r.get("notation") == MEMO for r in rows)
