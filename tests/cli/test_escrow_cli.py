"""Escrow on the command line (issue 11): the session of docs/terms-format.md, ``[escrow]``.

The note is ``examples/escrow-mortgage-2024.toml``: installments of 9,959.68 and an escrow
deposit of 450.00 with each, so the monthly payment is 10,409.68 (``pay --escrow 450.00``); a
tax bill of 1,200.00 is paid from escrow on 2024-06-15, leaving 3 × 450.00 − 1,200.00 = 150.00.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

EXAMPLE = Path(__file__).parents[2] / "examples" / "escrow-mortgage-2024.toml"
NOTE = "ESCROW-2024-001"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path, EXAMPLE)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    for day in ("2024-04-01", "2024-05-01", "2024-06-01"):
        c.run("pay", NOTE, "10409.68", "--escrow", "450.00", "--date", day)
    c.run("escrow-disburse", NOTE, "1200.00", "--date", "2024-06-15",
          "--payee", "Erie County Treasurer", "--description", "2024 first-half taxes")  # fmt: skip
    return c


def test_schedule_balance_payoff_and_statement_show_the_escrow_apart(cli: Cli) -> None:
    rows = cli.json("schedule", NOTE)["rows"]
    pays = [r for r in rows if r["kind"] == "payment"]
    assert [(r["amount"], r["to_escrow"], r["escrow_balance"]) for r in pays] == [
        ("10409.68", "450.00", "450.00"),
        ("10409.68", "450.00", "900.00"),
        ("10409.68", "450.00", "1350.00"),
    ]
    assert [r["to_principal"] for r in pays] == ["6938.85", "6980.77", "7022.94"]
    (bill,) = [r for r in rows if r["kind"] == "escrow_disbursement"]
    assert (bill["to_escrow"], bill["escrow_balance"]) == ("-1200.00", "150.00")
    assert "Erie County Treasurer" in bill["notation"]
    balance = cli.json("balance", NOTE, "--as-of", "2024-06-20")
    assert (balance["principal"], balance["escrow_balance"]) == ("479057.44", "150.00")
    assert balance["total"] == "480890.50"  # principal and interest: the escrow is not owed
    quote = cli.json("payoff", NOTE, "--as-of", "2024-06-20")
    assert (quote["total"], quote["escrow_balance"]) == ("480890.50", "150.00")
    assert (
        "escrow balance 150.00 is not in the total"
        in cli.run("payoff", NOTE, "--as-of", "2024-06-20").stdout
    )
    statement = cli.json("statement", NOTE, "--as-of", "2024-06-20")
    assert statement["escrow"] == {"deposit_with_each_installment": "450.00", "balance": "150.00"}
    assert statement["amount_due"] == "9959.68"  # installment 4; escrow deposits stated apart


def test_a_payment_must_state_its_escrow_part_and_a_bill_must_fit(cli: Cli) -> None:
    out = cli.run("pay", NOTE, "10409.68", "--date", "2024-07-01", ok=False)
    assert "must state its escrow part (0 for none)" in out.stderr
    out = cli.run("escrow-disburse", NOTE, "150.01", "--date", "2024-06-16", "--payee", "Insurer",
                  ok=False)  # fmt: skip
    assert "more than the escrow balance held that day (150.00)" in out.stderr


def test_payoff_then_the_escrow_returned_and_the_books_tie(cli: Cli) -> None:
    cli.run("pay", NOTE, "480890.50", "--escrow", "0", "--date", "2024-06-20")
    balance = cli.json("balance", NOTE, "--as-of", "2024-06-21")
    assert (balance["status"], balance["total"], balance["escrow_balance"]) == (
        "paid", "0.00", "150.00")  # fmt: skip
    cli.run("escrow-disburse", NOTE, "150.00", "--date", "2024-06-25", "--to-borrower")
    assert cli.json("balance", NOTE, "--as-of", "2024-06-26")["escrow_balance"] == "0.00"
    for party in ("lender", "borrower"):
        out = cli.run("reconcile", NOTE, "--party", party, "--to", "2024-07-31").stdout
        assert "every account ties to the engine to the cent" in out
    out = cli.run("journal", NOTE, "--party", "lender", "--format", "json").stdout
    escrow = [p for e in json.loads(out)["entries"] for p in e["postings"]
              if p["role"] == "escrow_held"]  # fmt: skip
    credits = sum(Decimal(p["credit"] or 0) for p in escrow)
    debits = sum(Decimal(p["debit"] or 0) for p in escrow)
    # a liability: 3 × 450.00 credited; 1,200.00 paid out and 150.00 returned debited
    assert (credits, debits) == (Decimal("1350.00"), Decimal("1350.00"))
    assert "verified" in cli.run("verify").stdout


def test_documents_state_the_escrow_apart(cli: Cli) -> None:
    note = cli.run("render", "note", NOTE, "--format", "md").stdout
    assert "**ESCROW FOR TAXES AND INSURANCE.**" in note
    assert "Four Hundred Fifty Dollars ($450.00)" in note
    letter = cli.run("render", "payoff", NOTE, "--as-of", "2024-06-20", "--format", "md").stdout
    assert "escrow balance of $150.00 held for taxes and insurance is not part of" in letter
    schedule = cli.run("render", "schedule", NOTE, "--format", "md").stdout
    assert "(450.00 to escrow, balance 1,350.00)" in schedule
    assert "(escrow balance 150.00)" in schedule
    statement = cli.run("render", "statement", NOTE, "--as-of", "2024-06-20", "--format", "md")
    assert "$450.00 with each installment; escrow balance held $150.00" in statement.stdout
