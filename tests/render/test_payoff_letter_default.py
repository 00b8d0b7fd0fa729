"""The payoff letter of a note in default: interest and default interest each stated exactly and
rounded, and the per-day table keeps them in separate columns.

Ledger (seed note, 8% ACT/360, default margin 2%): advance 5,000,000.00 on 2001-10-05, Event of
Default on 2002-10-05.  On 2003-01-05 (92 days in default, 457 days since the advance):

* interest 5,000,000 × 0.08 × 457/360 = 507,777.777… → 507,777.78
* default interest 5,000,000 × 0.02 × 92/360 = 25,555.555… → 25,555.56
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from promissory.app import Promissory
from promissory.cli import cli

NOTE = "VAL-2001-10-05"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def in_default(app: Promissory) -> Promissory:
    a = Promissory("sqlite://", clock=app.clock)
    a.init()
    a.add_note(app.note(NOTE).terms)
    a.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "5000000.00"})
    a.post(NOTE, {"kind": "default", "effective_date": date(2002, 10, 5)})
    return a


def test_quote_figures_are_the_hand_worked_ones(in_default: Promissory) -> None:
    q = in_default.payoff(NOTE, date(2003, 1, 5))
    assert q.interest == Decimal("507777.78")
    assert q.default_interest == Decimal("25555.56")


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_rounding_sentence_states_each_figure(in_default: Promissory, fmt: str) -> None:
    text = in_default.payoff_letter_document(NOTE, fmt, as_of=date(2003, 1, 5)).text
    flat = " ".join(text.split())
    # each exact figure next to its own rounded figure; never the sum of one with the other
    assert "507,777.777778" in flat
    assert "25,555.555556" in flat
    assert "rounded to $507,777.78" in flat
    assert "rounded to $25,555.56" in flat
    assert "533,333" not in flat.split("Before rounding")[-1]  # no false total in the sentence


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_per_day_table_has_a_default_interest_column(in_default: Promissory, fmt: str) -> None:
    text = in_default.payoff_letter_document(NOTE, fmt, as_of=date(2003, 1, 5), days=1).text
    # 2003-01-06: interest 5,000,000 × 0.08 × 458/360 = 508,888.89; default × 93/360 = 25,833.33
    assert "Default interest" in text
    row = next(line for line in text.splitlines() if "January 6, 2003" in line)
    assert "508,888.89" in row
    assert "25,833.33" in row
    # the two were added together in one "Interest" column (the total is $5,534,722.22)
    assert not re.search(r"(?<![\d,])534,722\.22", row)


def test_payoff_cli_table_has_a_default_interest_column(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'book.db'}"
    runner = CliRunner()
    for args in (
        ["init"],
        ["note", "add", str(EXAMPLES / "valence-2001-note.toml")],
        ["advance", NOTE, "5000000.00", "--date", "2001-10-05"],
        ["default", NOTE, "--date", "2002-10-05"],
    ):
        result = runner.invoke(cli, ["--book", url, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    out = runner.invoke(
        cli, ["--book", url, "payoff", NOTE, "--as-of", "2003-01-05", "--days", "1"],
        catch_exceptions=False, terminal_width=200,
    ).output  # fmt: skip
    row = next(line for line in out.splitlines() if "2003-01-06" in line)
    assert "508,888.89" in row
    assert "25,833.33" in row
