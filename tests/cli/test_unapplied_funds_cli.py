"""Unapplied funds, acceleration and the installment explanation on the command line (issue 10).

The note is ``examples/term-note-2024.toml`` (60 installments of 9,959.68 from 2024-04-01) with
``[schedule] excess = "unapplied"``: 14,959.68 paid on 2024-04-01 pays installment 1 and holds
5,000.00 as unapplied funds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

NOTE = "TERM-2024-001"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    terms = tmp_path / "held.toml"
    terms.write_text(TERM_NOTE.read_text().replace(
        'prepayment_effect = "shorten-term"', 'prepayment_effect = "shorten-term"\nexcess = "unapplied"'))  # fmt: skip
    c = seed_cli(tmp_path, terms)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("pay", NOTE, "14959.68", "--date", "2024-04-01")
    return c


def test_held_funds_show_on_schedule_a_balance_statement_and_payoff(cli: Cli) -> None:
    (pay,) = [r for r in cli.json("schedule", NOTE)["rows"] if r["kind"] == "payment"]
    assert (pay["to_principal"], pay["to_unapplied"]) == ("6938.85", "5000.00")
    assert cli.json("balance", NOTE, "--as-of", "2024-04-10")["unapplied"] == "5000.00"
    assert "unapplied" in cli.run("balance", NOTE, "--as-of", "2024-04-10").stdout
    totals = cli.json("statement", NOTE, "--as-of", "2024-04-10")["installments"]["totals"]
    assert (totals["unapplied"], totals["beyond_installments"]) == ("5000.00", "0.00")
    quote = cli.json("payoff", NOTE, "--as-of", "2024-04-10")
    assert quote["unapplied_credit"] == "5000.00"
    assert (
        "less 5,000.00 of unapplied funds"
        in cli.run("payoff", NOTE, "--as-of", "2024-04-10").stdout
    )


def test_a_refund_returns_them_and_the_bundle_carries_it(cli: Cli, tmp_path: Path) -> None:
    cli.run("refund", NOTE, "5000.00", "--date", "2024-04-10")
    assert "unapplied" not in cli.json("balance", NOTE, "--as-of", "2024-04-10")
    totals = cli.json("statement", NOTE, "--as-of", "2024-04-10")["installments"]["totals"]
    assert (totals["unapplied"], totals["returned"]) == ("0.00", "5000.00")
    cli.run("export", str(tmp_path / "book.jsonl"))
    other = Cli(tmp_path / "other.db")
    other.run("init")
    other.run("import", str(tmp_path / "book.jsonl"))
    assert other.json("schedule", NOTE) == cli.json("schedule", NOTE)


def test_after_acceleration_the_statement_bills_the_payoff_and_amortization_says_so(
    cli: Cli,
) -> None:
    cli.run("default", NOTE, "--date", "2024-05-10")
    cli.run("accelerate", NOTE, "--date", "2024-06-01")
    data = cli.json("statement", NOTE, "--as-of", "2024-06-15")
    totals = data["installments"]
    assert totals["accelerated_on"] == "2024-06-01"
    assert totals["totals"]["amount_due"] == totals["totals"]["past_due"] == data["payoff"]["total"]
    assert "accelerated on 2024-06-01" in cli.run("statement", NOTE, "--as-of", "2024-06-15").stdout
    refused = cli.run("amortization", NOTE, "--as-of", "2024-06-15", ok=False)
    assert refused.returncode == 1 and "was accelerated" in refused.stderr


def test_explain_shows_how_the_installment_was_computed(cli: Cli) -> None:
    data = cli.json("explain", NOTE, "--as-of", "2024-03-15")
    assert data["installment"]["installment"] == "9959.68"
    assert data["installment"]["periodic_rate"] == "29/4800"  # 0.0725 / 12
    assert "9,959.68" in cli.run("explain", NOTE, "--as-of", "2024-03-15").stdout


def test_a_refund_may_be_onboarded_from_csv(cli: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "events.csv"
    csv.write_text(f"note_id,kind,effective_date,amount,memo\n{NOTE},refund,2024-04-10,2000.00,\n")
    cli.run("onboard", str(csv))
    assert cli.json("balance", NOTE, "--as-of", "2024-04-10")["unapplied"] == "3000.00"


def test_the_statement_document_shows_the_held_funds_and_the_acceleration(cli: Cli) -> None:
    md = cli.run("render", "statement", NOTE, "--as-of", "2024-04-10", "--format", "md").stdout
    assert "unapplied funds held: $5,000.00" in md or "unapplied funds held: 5,000.00" in md
    assert "Less unapplied funds held" in md
    cli.run("default", NOTE, "--date", "2024-05-10")
    cli.run("accelerate", NOTE, "--date", "2024-06-01")
    html = cli.run("render", "statement", NOTE, "--as-of", "2024-06-15", "--format", "html").stdout
    assert "was accelerated on" in html


def test_schedule_a_says_what_each_payment_held(cli: Cli) -> None:
    assert "held 5,000.00 unapplied" in cli.run("schedule", NOTE).stdout
    md = cli.run("render", "schedule", NOTE, "--format", "md").stdout
    assert "held 5,000.00 unapplied" in md


def test_the_payoff_letter_credits_the_held_funds(cli: Cli) -> None:
    md = cli.run("render", "payoff", NOTE, "--as-of", "2024-04-10", "--format", "md").stdout
    assert "| Less unapplied funds held | ($5,000.00) |" in md


def test_explain_after_a_rate_amendment_shows_the_re_amortized_installment(cli: Cli) -> None:
    from decimal import ROUND_HALF_UP, Decimal

    import numpy_financial as npf

    cli.run("amend", NOTE, "--date", "2024-05-01", "--rate", "0.08")
    x = cli.json("explain", NOTE, "--as-of", "2024-05-02")["installment"]
    # installments 1 and 2 stay; from 3 (2024-06-01) on, 58 installments at 8% on the table's
    # balance after installment 2, 486,080.38 (numpy-financial's pmt as the oracle)
    oracle = Decimal(repr(float(npf.pmt(0.08 / 12, 58, -486080.38))))
    assert x["periods"] == 58 and x["principal"] == "486080.38"
    assert Decimal(x["installment"]) == oracle.quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert any("revised on 2024-05-01 (rate)" in r for r in x["remarks"])
    rows = cli.json("amortization", NOTE, "--as-of", "2024-05-02")["rows"]
    assert rows[0]["payment"] == x["installment"]


def test_a_converting_note_amortizes_from_the_end_of_its_draw_period(tmp_path: Path) -> None:
    (tmp_path / "line").mkdir()
    line = seed_cli(tmp_path / "line", TERM_NOTE.parent / "construction-line-2024.toml")
    line.run("advance", "CONST-2024-7", "300000.00", "--date", "2024-01-15")
    line.run("advance", "CONST-2024-7", "400000.00", "--date", "2024-06-10")
    table = line.json("amortization", "CONST-2024-7")
    assert (table["principal"], table["rows"][0]["due_date"]) == ("700000.00", "2025-01-31")
    assert "from the end of the draw period" in line.run("amortization", "CONST-2024-7").stdout
