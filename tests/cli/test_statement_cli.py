"""``promissory statement NOTE --as-of D [--json]`` on the example term note (issue 10).

60 monthly installments of 9,959.68 from 2024-04-01; a short payment of 5,000.00 on the first
leaves 9,959.68 − 5,000.00 = 4,959.68 of it past due the day after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

NOTE = "TERM-2024-001"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path, TERM_NOTE)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("pay", NOTE, "5000.00", "--date", "2024-04-01")
    return c


def test_a_short_payment_leaves_the_rest_past_due(cli: Cli) -> None:
    data = cli.json("statement", NOTE, "--as-of", "2024-04-02")
    totals = data["installments"]["totals"]
    assert (totals["past_due"], totals["days_past_due"], totals["aging"]) == ("4959.68", 1, "1-29")
    assert (totals["next_due_date"], totals["next_amount_due"]) == ("2024-05-01", "9959.68")
    assert (totals["received"], totals["applied"], totals["unapplied"]) == (
        "5000.00", "5000.00", "0.00")  # fmt: skip
    assert data["balance"]["principal"] == data["payoff"]["principal"]


def test_the_table_shows_the_installments_due_and_the_totals(cli: Cli) -> None:
    out = cli.run("statement", NOTE, "--as-of", "2024-04-02").stdout
    assert "4,959.68" in out and "past due" in out and "1-29" in out
    assert "2024-05-01" in out  # the next installment
    assert "2024-06-01" not in out  # not yet the next one


def test_a_note_without_installments_is_refused_plainly(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    done = c.run("statement", "VAL-2001-10-05", "--as-of", "2002-04-01", ok=False)
    assert done.returncode == 1
    assert "no installments to bill" in done.stderr
