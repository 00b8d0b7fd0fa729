"""PIK notes on the command line (issue 11): the two example terms files, as the docs show them.

Expected figures from the notes' words: 10,000,000.00 from 2024-01-01, ACT/360, quarter 1 is 91
days.  Split (8% cash + 4% PIK): cash 10,000,000 × 0.08 × 91/360 = 202,222.22, PIK
10,000,000 × 0.04 × 91/360 = 101,111.11.  Toggle (10% cash or 11% PIK): quarter 1 in kind is
10,000,000 × 0.11 × 91/360 = 278,055.56.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from cli_runner import seed_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
D = Decimal


def act360(principal: str, rate: str, days: int) -> Decimal:
    return (D(principal) * D(rate) * days / 360).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def test_split_session(tmp_path: Path) -> None:
    cli = seed_cli(tmp_path, EXAMPLES / "pik-split-2024.toml")
    note = "PIK-2024-001"
    cash, pik = act360("10000000", "0.08", 91), act360("10000000", "0.04", 91)
    cli.run("advance", note, "10000000.00", "--date", "2024-01-01")
    owed = cli.json("balance", note, "--as-of", "2024-04-01")
    assert D(owed["principal"]) == D("10000000.00") + pik
    assert D(owed["accrued_interest"]) == cash
    assert owed["contract_rate"] == "0.12"
    paid = cli.run("pay", note, str(cash), "--date", "2024-04-01").stdout
    assert "202,222.22 to interest, 0.00 to principal" in paid
    rows = cli.json("schedule", note, "--as-of", "2024-04-01")["rows"]
    assert [r["kind"] for r in rows] == ["advance", "payment", "capitalisation"]
    assert D(rows[2]["amount"]) == pik and rows[2]["notation"] == "PIK interest capitalised"
    segments = cli.json("explain", note, "--as-of", "2024-07-01")["segments"]
    assert [(s["rate"], s["pik_rate"]) for s in segments] == [("0.12", "0.04")] * 2
    assert "(0.04 PIK)" in cli.run("explain", note, "--as-of", "2024-07-01").stdout
    shown = cli.run("note", "show", note).stdout
    assert "0.04 in kind" in shown
    words = re.sub(r"\s+", " ", cli.run("render", "note", note, "--format", "txt").stdout)
    assert "simple interest payable in cash, plus four percent (4%) per annum paid in kind" in words
    quote = cli.json("payoff", note, "--as-of", "2024-07-01")["total"]
    cli.run("pay", note, quote, "--date", "2024-07-01")
    assert cli.json("balance", note, "--as-of", "2024-07-01")["status"] == "paid"


def test_toggle_session(tmp_path: Path) -> None:
    cli = seed_cli(tmp_path, EXAMPLES / "pik-toggle-2024.toml")
    note = "TOGGLE-2024-001"
    cli.run("advance", note, "10000000.00", "--date", "2024-01-01")
    cli.run("pik-elect", note, "--period-start", "2024-01-01", "--election", "pik",
            "--date", "2024-01-01")  # fmt: skip
    owed = cli.json("balance", note, "--as-of", "2024-04-01")
    assert D(owed["principal"]) == D("10000000.00") + act360("10000000", "0.11", 91)
    assert owed["accrued_interest"] == "0.00" and owed["contract_rate"] == "0.10"
    late = cli.run("pik-elect", note, "--period-start", "2024-07-01", "--election", "pik",
                   "--date", "2024-06-28", ok=False)  # fmt: skip
    assert late.returncode == 1
    assert "must be made by 2024-06-26, 5 days before the period starts" in late.stderr
    assert "[pik-election-late]" in late.stderr
    made = cli.json("pik-elect", note, "--period-start", "2024-07-01", "--election", "pik",
                    "--date", "2024-06-20")  # fmt: skip
    assert made["event"]["kind"] == "pik_election" and made["event"]["election"] == "pik"
    wrong = cli.run("pik-elect", note, "--period-start", "2024-07-01", "--election", "half",
                    "--date", "2024-06-20", ok=False)  # fmt: skip
    assert wrong.returncode == 2  # a malformed command line
