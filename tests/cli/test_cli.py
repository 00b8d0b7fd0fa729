"""The command line end to end (in-process, through ``promissory.cli.run``; the demo script in real
processes), against a temporary SQLite book."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return seed_cli(tmp_path)


def test_advance_pay_schedule_balance_payoff(cli: Cli) -> None:
    cli.run("advance", NOTE, "17500000.00", "--date", "2001-10-05", "--memo", "Loan 1")
    out = cli.run("pay", NOTE, "2,000,000.00", "--date", "2002-03-31").stdout
    assert "688,333.33 to interest, 1,311,666.67 to principal" in out

    schedule = cli.json("schedule", NOTE)
    assert [r["id"] for r in schedule["rows"]] == [1, 2]
    assert schedule["rows"][1]["to_interest"] == "688333.33"
    assert schedule["rows"][1]["principal_balance"] == "16188333.33"

    balance = cli.json("balance", NOTE, "--as-of", "2002-03-31")
    for key in (
        "principal",
        "accrued_interest",
        "default_interest",
        "expenses",
        "total",
        "available",
        "status",
    ):
        assert key in balance
    assert balance["principal"] == "16188333.33"
    assert balance["available"] == "2500000.00"
    assert balance["status"] == "active"

    quote = cli.json("payoff", NOTE, "--as-of", "2002-04-30", "--days", "2")
    for key in ("as_of", "good_through", "principal", "interest", "expenses", "total", "per_diem"):
        assert key in quote
    # 30 days on 16,188,333.33 at 8% ACT/360 = 107,922.2222… → 107,922.22 (the March 31 payment
    # posted interest in full, closing its residue of 0.0033… on that row)
    assert quote["interest"] == "107922.22"
    assert quote["total"] == "16296255.55"
    assert quote["per_diem"] == "3597.41"
    assert len(quote["days"]) == 2


def test_reverse_by_the_id_schedule_shows(cli: Cli) -> None:
    cli.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    cli.run("advance", NOTE, "2000000.00", "--date", "2001-10-06")
    event_id = cli.json("schedule", NOTE)["rows"][1]["id"]
    cli.run("reverse", NOTE, str(event_id), "--reason", "keyed twice", "--date", "2001-10-07")
    rows = cli.json("schedule", NOTE)["rows"]
    assert rows[1]["reversed_by"] == 3
    assert cli.json("balance", NOTE, "--as-of", "2001-10-07")["principal"] == "1000000.00"


def test_rule_errors_print_value_and_rule_and_exit_non_zero(cli: Cli) -> None:
    result = cli.run("advance", NOTE, "25000000.00", "--date", "2001-10-05", ok=False)
    assert result.returncode == 1
    assert (
        "advance of 25000000.00 on 2001-10-05 exceeds the available commitment 20000000.00"
        in result.stderr
    )
    result = cli.run("advance", NOTE, "1.001", "--date", "2001-10-05", ok=False)
    assert "finer than the currency allows (0.01)" in result.stderr
    result = cli.run("advance", NOTE, "--date", "2001-10-05", "--", "-5", ok=False)
    assert "must be positive" in result.stderr
    result = cli.run("advance", NOTE, "5", "--date", "2001-13-05", ok=False)
    assert result.returncode == 2
    assert "'2001-13-05' is not a date" in result.stderr
    result = cli.run("balance", "NOPE", "--as-of", "2001-10-05", ok=False)
    assert "no note 'NOPE'" in result.stderr
    cli.run("advance", NOTE, "1000.00", "--date", "2001-10-05")
    result = cli.run("pay", NOTE, "5000.00", "--date", "2001-10-06", ok=False)
    assert "exceeds everything owed that day: payoff 1000.22" in result.stderr


def test_idempotency_key_makes_a_repeat_safe(cli: Cli) -> None:
    cli.run("advance", NOTE, "1000.00", "--date", "2001-10-05", "--idempotency-key", "wire-77")
    again = cli.run(
        "advance", NOTE, "1000.00", "--date", "2001-10-05", "--idempotency-key", "wire-77"
    )
    assert "already recorded as event #1" in again.stdout
    assert len(cli.json("schedule", NOTE)["rows"]) == 1


def test_as_known_on_answers_what_the_book_said_then(cli: Cli) -> None:
    # the moment the note was added, before its advance (an earlier moment is refused: the note
    # was not in the book then; tests/cli/test_known_on_before_the_note.py)
    from promissory.app import Promissory

    added = Promissory(cli.env["PROMISSORY_BOOK"]).book.note(NOTE).created_at.isoformat()
    cli.run("advance", NOTE, "1000.00", "--date", "2001-10-05")
    before = cli.json("balance", NOTE, "--as-of", "2001-10-05", "--as-known-on", added)
    assert before["principal"] == "0.00"
    now = cli.json("balance", NOTE, "--as-of", "2001-10-05")
    assert now["principal"] == "1000.00"


def test_default_cure_accelerate_expense_amend_fixing_notation(cli: Cli) -> None:
    cli.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    cli.run("default", NOTE, "--date", "2001-11-04", "--description", "missed covenant")
    cli.run(
        "expense",
        NOTE,
        "500.00",
        "--date",
        "2001-11-20",
        "--description",
        "counsel",
        "--invoice",
        "INV-1",
    )
    cli.run("accelerate", NOTE, "--date", "2001-12-01")
    cli.run("notation", NOTE, "demand letter sent", "--date", "2001-12-02")
    balance = cli.json("balance", NOTE, "--as-of", "2001-12-04")
    assert balance["status"] == "accelerated"
    assert balance["default_interest"] == "1666.67"
    assert balance["expenses"] == "500.00"
    cli.run("amend", NOTE, "--date", "2002-01-01", "--maturity", "2006-09-30")
    result = cli.run("fixing", NOTE, "SOFR", "0.05", "--date", "2002-01-02", ok=False)
    assert "rate is not floating" in result.stderr


def test_daycount_json_is_exact(cli: Cli) -> None:
    data = cli.json(
        "daycount", "30E/360 ISDA", "2007-02-28", "2008-02-29", "--termination-date", "2008-02-29"
    )
    assert data["days"] == 359
    assert data["year_fraction"] == "359/360"
    result = cli.run("daycount", "30/360 ISDA", "2007-02-28", "2008-02-29", ok=False)
    assert "ambiguous" in result.stderr and "30E/360 ISDA" in result.stderr


def test_explain_shows_the_segments(cli: Cli) -> None:
    cli.run("advance", NOTE, "5000000.00", "--date", "2001-10-05")
    data = cli.json("explain", NOTE, "--as-of", "2001-11-04")
    (segment,) = data["segments"]
    assert (segment["days"], segment["year_fraction"], segment["rounded_interest"]) == (
        30,
        "1/12",
        "33333.33",
    )
    assert data["outstanding"] == "33333.33"


def test_note_list_and_show(cli: Cli) -> None:
    listed = cli.json("note", "list", "--as-of", "2001-10-05")
    assert listed[0]["id"] == NOTE and listed[0]["status"] == "undrawn"
    shown = cli.run("note", "show", NOTE, "--toml").stdout
    assert 'commitment = "20000000.00"' in shown


def test_demo_script_runs(tmp_path: Path) -> None:
    env = {**os.environ, "DEMO_BOOK": str(tmp_path / "demo.db"), "DEMO_OUT": str(tmp_path / "out"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    result = subprocess.run(["bash", str(EXAMPLES / "demo.sh")], capture_output=True, text=True,
                            env=env, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Schedule A" in result.stdout and "Payoff" in result.stdout


def test_a_back_dated_event_may_not_reopen_a_paid_note(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2003-09-30")
    total = c.json("payoff", NOTE, "--as-of", "2004-01-01")["total"]
    c.run("pay", NOTE, total, "--date", "2004-01-01")
    assert c.json("balance", NOTE, "--as-of", "2004-01-02")["status"] == "paid"
    result = c.run("advance", NOTE, "500.00", "--date", "2001-12-01", ok=False)
    assert result.returncode == 1
    assert "would reopen the note, paid on 2004-01-01" in result.stderr
    assert "[reopens-closed-note]" in result.stderr
    assert c.json("balance", NOTE, "--as-of", "2004-01-02")["status"] == "paid"


def test_daycount_act_act_icma_with_its_reference_period(cli: Cli) -> None:
    """1998 ISDA memo, short first coupon: 1999-02-01 → 1999-07-01 in 1998-07-01 → 1999-07-01."""
    data = cli.json("daycount", "ACT/ACT ICMA", "1999-02-01", "1999-07-01",
                    "--reference-start", "1998-07-01", "--reference-end", "1999-07-01",
                    "--frequency", "1")  # fmt: skip
    assert (data["days"], data["year_fraction"]) == (150, "30/73")  # 150/365


def test_amounts_are_kept_at_the_currency_quantum(cli: Cli) -> None:
    out = cli.run("advance", NOTE, "7500000", "--date", "2001-10-05").stdout
    assert "principal 7,500,000.00" in out
    assert cli.json("schedule", NOTE)["rows"][0]["amount"] == "7500000.00"
    assert "7,500,000.00" in cli.run("schedule", NOTE).stdout


def test_reading_a_missing_book_leaves_no_file_behind(tmp_path: Path) -> None:
    c = Cli(tmp_path / "absent.db")
    result = c.run("balance", NOTE, "--as-of", "2001-10-05", ok=False)
    assert "create it first (init)" in result.stderr
    assert not (tmp_path / "absent.db").exists()


def test_terms_errors_show_values_as_the_file_writes_them(tmp_path: Path) -> None:
    bad = (
        (EXAMPLES / "valence-2001-note.toml")
        .read_text()
        .replace("maturity = 2005-09-30", "maturity = 2000-09-30")
    )
    path = tmp_path / "bad.toml"
    path.write_text(bad)
    c = Cli(tmp_path / "book.db")
    c.run("init")
    result = c.run("note", "add", str(path), ok=False)
    assert "terms: maturity = 2000-09-30: must be after the issue date 2001-10-05" in result.stderr


def test_a_notation_is_confirmed_with_the_interest_on_its_own_date(cli: Cli) -> None:
    """A notation accrues nothing on its own row; its confirmation line used to repeat the last
    money event's interest.  Advance 1,000,000.00 on 2001-10-05 at 8% ACT/360; a notation on
    2001-11-04 confirms 1,000,000 × 0.08 × 30/360 = 6,666.67."""
    cli.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    out = cli.run("notation", NOTE, "called the borrower", "--date", "2001-11-04").stdout
    assert "accrued interest 6,666.67" in out
