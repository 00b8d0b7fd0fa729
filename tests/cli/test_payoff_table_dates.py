"""A payoff table that runs past the last date promissory accepts names the table's day, not an
"as-of date" the user never typed."""

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


def test_a_table_day_past_the_range_is_named_as_the_tables_day(cli: Cli) -> None:
    result = cli.run("payoff", NOTE, "--as-of", "9899-12-20", "--days", "30", ok=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "the payoff table's day 12 (9900-01-01) is outside" in result.stderr
    assert "as-of date 9900-01-01" not in result.stderr
    assert "9899-12-31" in result.stderr  # the last date accepted


def test_a_table_ending_on_the_last_date_is_given(cli: Cli) -> None:
    result = cli.run("payoff", NOTE, "--as-of", "9899-12-20", "--days", "11", "--json")
    assert '"9899-12-31"' in result.stdout
