"""A note payable on demand on the command line: note list, demand, balance, payoff, the note."""

from __future__ import annotations

import re
from pathlib import Path

from cli_runner import Cli, seed_cli
from ledger_dsl import SEED_TOML
from promissory.codec.terms_toml import loads_terms
from promissory.render import render_note

NOTE = "DEMAND-1"
TERMS = (
    SEED_TOML.replace('id = "VAL-2001-10-05"', f'id = "{NOTE}"')
    .replace("draw_period_end = 2003-09-30\n", "")
    .replace("maturity = 2005-09-30", 'maturity = "demand"')
)


def demand_cli(tmp_path: Path) -> Cli:
    path = tmp_path / "demand.toml"
    path.write_text(TERMS, encoding="utf-8")
    cli = seed_cli(tmp_path, path)
    cli.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    return cli


def test_demand_on_the_command_line(tmp_path: Path) -> None:
    cli = demand_cli(tmp_path)
    listed = cli.json("note", "list", "--as-of", "2030-01-01")
    assert listed[0]["maturity"] is None and listed[0]["status"] == "active"
    assert "on demand" in cli.run("note", "list", "--as-of", "2030-01-01").stdout
    before = cli.json("balance", NOTE, "--as-of", "2030-01-01")
    assert before["maturity"] is None and before["payable_on_demand"] is True
    assert before["interest_past_due"] == "0.00" and before["next_interest_date"] is None
    (figures,) = cli.json("portfolio", "--as-of", "2030-01-01")["notes"]
    assert (figures["maturity"], figures["maturity_bucket"]) == (None, "on demand")
    assert figures["next_due_date"] is None
    recorded = cli.json("demand", NOTE, "--date", "2002-03-01", "--due", "2002-03-11")
    assert recorded["event"]["kind"] == "demand" and recorded["event"]["due"] == "2002-03-11"
    after = cli.json("balance", NOTE, "--as-of", "2002-03-12")
    assert after["maturity"] == "2002-03-11" and after["status"] == "matured"
    assert after["available"] == "0.00"  # no advance once payment is demanded
    assert "2002-03-11 (demanded 2002-03-01)" in cli.run("note", "list").stdout
    again = cli.run("demand", NOTE, "--date", "2002-03-05", ok=False)
    assert again.returncode != 0 and "already demanded on 2002-03-01" in again.stderr
    total = cli.json("payoff", NOTE, "--as-of", "2002-03-12")["total"]
    cli.run("pay", NOTE, total, "--date", "2002-03-12")
    assert cli.json("balance", NOTE, "--as-of", "2002-03-12")["status"] == "paid"


def test_the_rendered_note_says_payable_on_demand() -> None:
    text = re.sub(r"\s+", " ", render_note(loads_terms(TERMS), "txt").text)
    assert "shall be payable on demand." in text
    assert "2099" not in text and "9899" not in text
