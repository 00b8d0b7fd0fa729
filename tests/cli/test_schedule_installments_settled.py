"""Schedule A names the installment each payment settled (issue 10, item 6).

The issue's term note (``examples/term-note-2024.toml``): installments of 9,959.68 on the first
of each month from 2024-04-01.  A short payment of 5,000.00 on 2024-04-01 pays part of the first;
9,959.68 on 2024-05-01 pays the rest of the first (4,959.68) and 5,000.00 of the second; then
nothing until 24,919.36 on 2024-07-15, which pays the rest of the second (4,959.68), the third
and the fourth (9,959.68 each) — 4,959.68 + 2 x 9,959.68 = 24,879.04 — and leaves 40.32 over: a
payment is applied to the installments due by its date (the fifth falls due 2024-08-01), so
the 40.32 is not applied to installments and no installment is named for it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

NOTE = "TERM-2024-001"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path, TERM_NOTE)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("pay", NOTE, "5000.00", "--date", "2024-04-01")
    c.run("pay", NOTE, "9959.68", "--date", "2024-05-01")
    c.run("pay", NOTE, "24919.36", "--date", "2024-07-15")
    return c


def _payments(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [row for row in data["rows"] if row["kind"] == "payment"]


def test_the_json_rows_name_the_installments_each_payment_settled(cli: Cli) -> None:
    rows = _payments(cli.json("schedule", NOTE))
    assert [row["installments"] for row in rows] == [
        [{"number": 1, "applied": "5000.00"}],
        [{"number": 1, "applied": "4959.68"}, {"number": 2, "applied": "5000.00"}],
        [{"number": 2, "applied": "4959.68"}, {"number": 3, "applied": "9959.68"},
         {"number": 4, "applied": "9959.68"}],
    ]  # fmt: skip
    named = [sum(Decimal(x["applied"]) for x in row["installments"]) for row in rows]
    assert named == [Decimal("5000.00"), Decimal("9959.68"), Decimal("24879.04")]
    totals = cli.json("statement", NOTE, "--as-of", "2024-07-15")["installments"]["totals"]
    assert totals["beyond_installments"] == "40.32"  # 24,919.36 - 24,879.04 (prepaid)


def test_the_split_agrees_with_the_statement(cli: Cli) -> None:
    rows = _payments(cli.json("schedule", NOTE))
    settled: dict[int, Decimal] = {}
    for row in rows:
        for x in row["installments"]:
            settled[x["number"]] = settled.get(x["number"], Decimal(0)) + Decimal(x["applied"])
    statement = cli.json("statement", NOTE, "--as-of", "2024-07-15")["installments"]
    paid = {
        x["number"]: Decimal(x["paid"]) for x in statement["installments"] if Decimal(x["paid"])
    }
    assert settled == paid


def test_a_payment_beyond_the_installments_names_only_what_it_settled(tmp_path: Path) -> None:
    c = seed_cli(tmp_path, TERM_NOTE)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("pay", NOTE, "9959.68", "--date", "2024-04-01")
    c.run("pay", NOTE, "9959.68", "--date", "2024-04-01")  # a second one the same day: the next
    c.run("pay", NOTE, "50000.00", "--date", "2024-04-02")  # beyond the installments due
    rows = _payments(c.json("schedule", NOTE))
    unapplied = c.json("statement", NOTE, "--as-of", "2024-04-02")["installments"]["totals"]
    assert [row["installments"] for row in rows[:2]] == [
        [{"number": 1, "applied": "9959.68"}], [{"number": 2, "applied": "9959.68"}]]  # fmt: skip
    applied = sum(Decimal(x["applied"]) for x in rows[2]["installments"])
    assert applied + Decimal(unapplied["beyond_installments"]) == Decimal("50000.00")


def test_the_table_and_schedule_a_show_the_installments(cli: Cli) -> None:
    out = cli.run("schedule", NOTE).stdout
    assert "inst. 3, 4; part of inst. 2" in out
    assert "part of inst. 1" in out
    text = cli.run("render", "schedule", NOTE, "--format", "md").stdout
    assert "Payment (inst. 3, 4; part of inst. 2)" in text
    html = cli.run("render", "schedule", NOTE, "--format", "html").stdout
    assert "Payment (inst. 3, 4; part of inst. 2)" in html


def test_a_note_without_a_schedule_is_unchanged(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    c.run("advance", "VAL-2001-10-05", "1000000.00", "--date", "2001-10-05")
    c.run("pay", "VAL-2001-10-05", "1000.00", "--date", "2002-01-02")
    rows = c.json("schedule", "VAL-2001-10-05")["rows"]
    assert all("installments" not in row for row in rows)
    assert "inst." not in c.run("schedule", "VAL-2001-10-05").stdout
