"""A note paid off (or ended by settlement) has no next interest date: nothing more falls due."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

NOTE = "VAL-2001-10-05"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    return c


def test_a_paid_note_has_no_next_interest_date(cli: Cli) -> None:
    # after the draw period, before maturity (the note's one interest payment date)
    total = cli.json("payoff", NOTE, "--as-of", "2004-01-05")["total"]
    cli.run("pay", NOTE, total, "--date", "2004-01-05")
    for day in ("2004-01-05", "2004-02-05"):
        data = cli.json("balance", NOTE, "--as-of", day)
        assert data["status"] == "paid"
        assert data["next_interest_date"] is None
    out = cli.run("balance", NOTE, "--as-of", "2004-02-05").stdout
    line = next(line for line in out.splitlines() if "next interest date" in line)
    assert "2005-09-30" not in line


def test_an_open_note_still_has_one(cli: Cli) -> None:
    data = cli.json("balance", NOTE, "--as-of", "2004-01-05")
    assert data["next_interest_date"] == "2005-09-30"
