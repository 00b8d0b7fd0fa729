"""Delinquency on the command line (issue 10): the term note with a late charge of 5%, default
interest on past-due installments and a past-due notice at 30 days; installment 1 (9,959.68, due
2024-04-01) unpaid.  Late charge 9,959.68 × 5% = 497.98 (charged 2024-04-02); default interest to
2024-05-01, 30 days (30/360): 9,959.68 × 5% × 30/360 = 41.4987 → 41.50; the notice is dated
2024-04-01 + 30 days = 2024-05-01.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

NOTE = "TERM-2024-001"
EXTRA = """
[late_charge]
percent = "0.05"

[default]
applies_to = "past_due"
"""


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    text = TERM_NOTE.read_text().replace(
        'prepayment_effect = "shorten-term"',
        'prepayment_effect = "shorten-term"\npast_due_notice_days = 30',
    )
    terms = tmp_path / "term.toml"
    terms.write_text(text + EXTRA)
    c = seed_cli(tmp_path, terms)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("notation", NOTE, "reminder sent", "--date", "2024-04-20")
    return c


def test_balance_payoff_and_statement_carry_the_late_charge(cli: Cli) -> None:
    balance = cli.json("balance", NOTE, "--as-of", "2024-05-01")
    assert (balance["late_charges"], balance["default_interest"]) == ("497.98", "41.50")
    assert [w["date"] for w in balance["warnings"]] == ["2024-05-01"]
    payoff = cli.json("payoff", NOTE, "--as-of", "2024-05-01")
    assert payoff["late_charges"] == "497.98"
    s = cli.json("statement", NOTE, "--as-of", "2024-05-01")
    assert [(c["installment"], c["charged_on"], c["amount"], c["made_by"])
            for c in s["late_charges"]] == [(1, "2024-04-02", "497.98", "terms")]  # fmt: skip
    assert s["installments"]["totals"]["past_due"] == "9959.68"
    text = cli.run("statement", NOTE, "--as-of", "2024-05-01").stdout
    assert "late charges due" in text and "497.98" in text and "warning:" in text


def test_schedule_a_shows_the_charge_as_made_by_the_terms(cli: Cli) -> None:
    rows = cli.json("schedule", NOTE)["rows"]
    late = [r for r in rows if r["kind"] == "late_charge"]
    assert [(r["date"], r["amount"], r["made_by"], r["id"]) for r in late] == [
        ("2024-04-02", "497.98", "terms", 0)]  # fmt: skip
    assert "late_charge (by the terms)" in cli.run("schedule", NOTE).stdout
    # after the last event: shown as of a day, as the terms make them
    later = cli.json("schedule", NOTE, "--as-of", "2024-06-15")["rows"]
    assert [r["date"] for r in later if r["kind"] == "late_charge"] == [
        "2024-04-02", "2024-05-02", "2024-06-02"]  # fmt: skip
    assert [r["date"] for r in cli.json("schedule", NOTE, "--as-of", "2024-03-31")["rows"]] == [
        "2024-03-01"]  # fmt: skip


def test_problems_lists_the_past_due_warning_with_its_date(cli: Cli) -> None:
    assert cli.json("problems", NOTE, "--as-of", "2024-04-30")["warnings"] == []
    data = cli.json("problems", NOTE, "--as-of", "2024-05-01")
    assert [(w["installment"], w["date"], w["remaining"]) for w in data["warnings"]] == [
        (1, "2024-05-01", "9959.68")]  # fmt: skip
    assert "reached 30 days past due on 2024-05-01" in cli.run(
        "problems", NOTE, "--as-of", "2024-05-01").stdout  # fmt: skip


def test_explain_names_the_past_due_segment(cli: Cli) -> None:
    data = cli.json("explain", NOTE, "--as-of", "2024-05-01")
    assert [s["basis"] for s in data["segments"] if "basis" in s] == ["past due installment 1"]


def test_the_statement_document_shows_the_late_charges_due(cli: Cli) -> None:
    """Amount due on 2024-04-20: installment 1 past due and installment 2 (due 2024-05-01) next,
    2 × 9,959.68 = 19,919.36, plus the late charge 497.98 = 20,417.34."""
    data = cli.json("statement", NOTE, "--as-of", "2024-04-20")
    assert data["late_charges_due"] == "497.98"
    assert data["amount_due"] == str(2 * Decimal("9959.68") + Decimal("497.98")) == "20417.34"
    md = cli.run("render", "statement", NOTE, "--as-of", "2024-04-20", "--format", "md").stdout
    assert "| Late charges due | $497.98 |" in md and "**$20,417.34**" in md
    assert "Late charge on installment 1 (due April 1, 2024), charged April 2, 2024" in md
    html = cli.run("render", "statement", NOTE, "--as-of", "2024-04-20", "--format", "html").stdout
    assert "Late charges due" in html


def test_explain_says_how_the_late_charge_was_figured(cli: Cli) -> None:
    data = cli.json("explain", NOTE, "--as-of", "2024-04-20")
    assert [(c["installment"], c["amount"], c["how"]) for c in data["late_charges"]] == [
        (1, "497.98", "5% of the installment 9959.68 = 497.984 → 497.98")]  # fmt: skip
    assert "late charge on installment 1 due 2024-04-01" in cli.run(
        "explain", NOTE, "--as-of", "2024-04-20").stdout  # fmt: skip


def test_a_payment_says_what_it_paid_of_the_late_charge(cli: Cli) -> None:
    """9,959.68 + 497.98 on 2024-04-25: the installment and then the late charge."""
    out = cli.run("pay", NOTE, "10457.66", "--date", "2024-04-25").stdout
    assert "497.98 to late charges" in out
    assert cli.json("balance", NOTE, "--as-of", "2024-04-25")["late_charges"] == "0.00"
    md = cli.run("render", "schedule", NOTE, "--format", "md").stdout
    assert "Late charge (charged by the terms of the Note)" in md
    assert "497.98 to late charges" in md
