"""Closing periods from the command line: a closed period is never rewritten, corrections land in
the next open period and say why, reversals are reversing entries dated at the correction."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cli_runner import Cli, seed_cli

NOTE = "VAL-2001-10-05"


def _entries(c: Cli, party: str = "lender", to: str = "2002-02-28") -> list[dict[str, object]]:
    return list(c.json("journal", NOTE, "--party", party, "--to", to)["entries"])


def test_a_back_dated_payment_into_a_closed_month_lands_in_the_next_open_month(
    tmp_path: Path,
) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    closed = c.json("close", "--period", "2001-11", "--party", "lender", "--by", "controller")
    assert closed["period_end"] == "2001-11-30"
    assert closed["notes"] == [{"note": NOTE, "head": 1}]
    before = [e for e in _entries(c) if str(e["date"]) <= "2001-11-30"]

    c.run("pay", NOTE, "10000.00", "--date", "2001-11-15")  # recorded after the close
    after = _entries(c)
    assert [e for e in after if str(e["date"]) <= "2001-11-30"] == before
    (fix,) = [e for e in after if e["kind"] == "correction"]
    assert fix["date"] == "2001-12-01"
    assert "the period through 2001-11-30 is closed" in str(fix["memo"])
    assert "payment #2 dated 2001-11-15" in str(fix["memo"])
    # the payment's 10,000.00 went to interest (9,444.44 accrued by 2001-11-15) and principal
    moved = {p["account"]: (p["debit"], p["credit"]) for p in fix["postings"]}  # type: ignore[attr-defined]
    assert moved["Assets:Cash"] == ("10000.00", None)
    rec = c.json("reconcile", NOTE, "--party", "lender", "--to", "2002-02-28")
    assert rec["ties"] is True
    assert {line["closed"] for line in rec["lines"]} == {True, False}


def test_a_reversal_is_a_reversing_entry_dated_at_the_correction(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    c.run("advance", NOTE, "250000.00", "--date", "2001-11-01")
    c.run("reverse", NOTE, "2", "--date", "2002-01-10", "--reason", "keyed twice")
    entries = _entries(c)
    assert [e["kind"] for e in entries if e["date"] == "2001-11-01"] == ["advance"]
    (rev,) = [e for e in entries if e["kind"] == "correction"]
    assert rev["date"] == "2002-01-10"
    assert rev["memo"] == ("reversing entry dated at the correction: reversal #3 of #2 dated "
                           "2002-01-10 (keyed twice)")  # fmt: skip
    moved = {p["account"]: (p["debit"], p["credit"]) for p in rev["postings"]}  # type: ignore[attr-defined]
    assert moved[f"Assets:Loans:Principal:{NOTE}"] == (None, "250000.00")
    # accrued at the December period end: 1,250,000 for 60 days after 1,000,000 for 27 gives
    # 22,666.666… → 22,666.67; without the advance 19,333.333… → 19,333.33; the difference is
    # 3,333.34 (250,000 × 0.08 × 60/360 = 3,333.333…, plus the rounding of both accruals)
    assert moved[f"Assets:Loans:Interest:{NOTE}"] == (None, "3333.34")
    assert c.json("reconcile", NOTE, "--party", "lender", "--to", "2002-02-28")["ties"] is True


def test_closes_go_forward_once_and_only_after_the_period_ended(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("close", "--period", "2002-Q1", "--party", "borrower")
    again = c.run("close", "--period", "2002-Q1", "--party", "borrower", ok=False)
    assert again.returncode != 0 and "already closed" in again.stderr
    back = c.run("close", "--period", "2001-12", "--party", "borrower", ok=False)
    assert "closes go forward" in back.stderr
    future = c.run("close", "--period", "2999-01", "--party", "lender", ok=False)
    assert "once it has ended" in future.stderr
    bad = c.run("close", "--period", "2002-13", "--party", "lender", ok=False)
    assert "must be a month (2002-03), a quarter (2002-Q1) or a day" in bad.stderr
    listed = c.json("close", "--list")
    assert [(x["party"], x["period"]) for x in listed] == [("borrower", "2002-Q1")]
    assert "2002-Q1" in c.run("close", "--list").stdout


def test_trial_balance_csv_and_table(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    c.run("expense", NOTE, "1250.00", "--date", "2001-10-20", "--description", "counsel")
    tb = c.json("trial-balance", NOTE, "--party", "borrower", "--as-of", "2001-10-31")
    # cash 1,000,000.00 + Lender Expenses 1,250.00 + interest 1,000,000 × 0.08 × 26/360 = 5,777.78
    assert tb["balanced"] is True and tb["debits"] == tb["credits"] == "1007027.78"
    assert "Expenses:Lender-Expenses:VAL-2001-10-05" in c.run(
        "trial-balance", NOTE, "--party", "borrower", "--as-of", "2001-10-31").stdout  # fmt: skip
    text = c.run("journal", NOTE, "--party", "lender", "--to", "2001-10-31", "--format",
                 "csv").stdout  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[:5] == ["date", "account", "account_number", "debit", "credit"]
    assert sum(float(r["debit"] or 0) for r in rows) == sum(float(r["credit"] or 0) for r in rows)
    assert {r["event"] for r in rows} == {"1", "2", ""}
    assert "advance #1 of 1,000,000.00" in c.run("journal", "--party", "holder", "--to",
                                                  "2001-10-31").stdout  # fmt: skip
    out = tmp_path / "j.beancount"
    c.run("journal", NOTE, "--party", "lender", "--to", "2001-10-31", "--format", "beancount",
          "-o", str(out))  # fmt: skip
    assert out.read_text().count(" open ") >= 4
    bad = c.run("journal", "--party", "lender", "--from", "2002-01-01", "--to", "2001-01-01",
                ok=False)  # fmt: skip
    assert "--from 2002-01-01 is after --to 2001-01-01" in bad.stderr


def test_a_close_covers_the_notes_it_names(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    c.run("note", "add", str(Path(__file__).parents[2] / "examples" / "term-note-2024.toml"))
    c.run("close", "--period", "2024-06", "--party", "lender", NOTE)
    (closed,) = c.json("close", "--list", "--party", "lender")
    assert closed["notes"] == [{"note": NOTE, "head": 1}]
    c.run("advance", "TERM-2024-001", "500000.00", "--date", "2024-03-01")
    term = c.json("journal", "TERM-2024-001", "--party", "lender", "--to", "2024-07-31")
    assert [e["kind"] for e in term["entries"]][:2] == ["advance", "accrual"]
    assert term["journals"][0]["closed_through"] is None
    seed = c.json("journal", NOTE, "--party", "lender", "--to", "2024-07-31")
    assert seed["journals"][0]["closed_through"] == "2024-06-30"
