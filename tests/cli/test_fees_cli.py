"""Fees on the command line (issue 11): the session of ``docs/terms-format.md`` on
``examples/revolver-fees-2025.toml``.  Figures worked from the note's words (ACT/360):

* the origination fee withheld from the first advance: 1% × 10,000,000.00 = 100,000.00;
* the payment of 2025-02-15 (45 days): interest 4,000,000 × 7% × 45/360 = 35,000.00, so
  1,035,000.00 repays 1,000,000.00 of principal;
* the commitment fee billed on 2025-04-01 (90 days): 0.5% × (6,000,000 × 45 + 7,000,000 × 45)/360
  = 8,125.00; accrued from 2025-04-01 to 2025-05-01 (30 days): 0.5% × 7,000,000 × 30/360
  = 2,916.666… → 2,916.67;
* the payoff on 2027-01-15, after the draw period: the eight quarterly fees billed to 2027-01-01
  (8,125.00 then 7,000,000 × 0.5% × days/360 for quarters of 91, 92, 92, 90, 91, 92, 92 days), the
  exit fee 1% × 4,000,000.00 = 40,000.00.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

NOTE = "RCF-2025-1"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml"


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path, EXAMPLE)
    c.run("advance", NOTE, "4000000.00", "--date", "2025-01-01")
    c.run("pay", NOTE, "1035000.00", "--date", "2025-02-15")
    return c


def test_the_advance_says_what_was_withheld(tmp_path: Path) -> None:
    c = seed_cli(tmp_path, EXAMPLE)
    out = c.run("advance", NOTE, "4000000.00", "--date", "2025-01-01").stdout
    assert "100,000.00 origination fee withheld, proceeds 3,900,000.00" in out


def test_schedule_balance_and_explain_show_the_fee(cli: Cli) -> None:
    rows = cli.json("schedule", NOTE, "--as-of", "2025-04-01")["rows"]
    fee = [r for r in rows if r["kind"] == "fee"]
    assert [(r["date"], r["amount"], r["made_by"]) for r in fee] == [
        ("2025-04-01", "8125.00", "terms")
    ]
    assert rows[0]["to_fees"] == "100000.00"
    balance = cli.json("balance", NOTE, "--as-of", "2025-05-01")
    assert (balance["fees"], balance["fees_accrued"]) == ("8125.00", "2916.67")
    assert balance["total"] == str(
        Decimal("3000000.00") + Decimal("43750.00") + Decimal("8125.00") + Decimal("2916.67")
    )
    x = cli.json("explain", NOTE, "--as-of", "2025-05-01")
    assert x["fees"]["accrued"] == "2916.67"
    assert [b["amount"] for b in x["fees"]["billed"]] == ["8125.00"]
    assert "fees" in cli.run("balance", NOTE, "--as-of", "2025-05-01").stdout


def test_paying_the_payoff_leaves_nothing(cli: Cli) -> None:
    quarters = [91, 92, 92, 90, 91, 92, 92]
    billed = Decimal("8125.00") + sum(
        (cents(Fraction(5, 1000) * 7_000_000 * d / 360) for d in quarters), Decimal(0)
    )
    payoff = cli.json("payoff", NOTE, "--as-of", "2027-01-15")
    assert Decimal(payoff["fees"]) == billed + Decimal("40000.00")
    cli.run("pay", NOTE, payoff["total"], "--date", "2027-01-15")
    after = cli.json("balance", NOTE, "--as-of", "2027-01-15")
    assert (after["status"], after["total"], after["fees"]) == ("paid", "0.00", "0.00")
