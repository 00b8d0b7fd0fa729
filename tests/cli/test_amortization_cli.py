"""``promissory amortization NOTE [--as-of D] [--json]`` on the example term note.

``examples/term-note-2024.toml`` is loaded with ``note add`` as a user would; its table is issue
10's: 60 level installments of 9,959.68 (the 60th 9,959.75, absorbing the rounding).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import TERM_NOTE, Cli, seed_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "TERM-2024-001"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return seed_cli(tmp_path, TERM_NOTE)


def test_the_example_term_note_table_first_and_last_rows(cli: Cli) -> None:
    data = cli.json("amortization", NOTE)
    assert (data["installment"], data["principal"], data["kind"]) == (
        "9959.68",
        "500000.00",
        "level",
    )
    first, last = data["rows"][0], data["rows"][-1]
    assert first == {"number": 1, "scheduled_date": "2024-04-01", "due_date": "2024-04-01",
                     "accrual_start": "2024-03-01", "accrual_end": "2024-04-01",
                     "payment": "9959.68", "interest": "3020.83", "principal": "6938.85",
                     "balance": "493061.15"}  # fmt: skip
    assert (last["number"], last["due_date"], last["payment"], last["balance"]) == (
        60, "2029-03-01", "9959.75", "0.00")  # fmt: skip
    assert data["totals"]["principal"] == "500000.00"
    x = data["explanation"]
    assert (x["periodic_rate"], x["periods"], x["computed"]) == ("29/4800", 60, "9959.68")
    assert x["unrounded"]["decimal"] == "9959.680676341369"


def test_note_show_states_the_installments(cli: Cli) -> None:
    out = cli.run("note", "show", NOTE).stdout
    assert "installments" in out
    assert "60 level, monthly from 2024-04-01; a prepayment: shorten-term" in out


def test_the_table_aligns_amounts_right_and_explains_the_installment(cli: Cli) -> None:
    out = cli.run("amortization", NOTE).stdout
    assert "│   1 │ 2024-04-01 │   9,959.68 │  3,020.83 │   6,938.85 │ 493,061.15 │" in out
    assert "│  60 │ 2029-03-01 │   9,959.75 │     59.81 │   9,899.94 │       0.00 │" in out
    assert "│     │ total      │ 597,580.87 │ 97,580.87 │ 500,000.00 │            │" in out
    assert "unrounded 9,959.680676341369…, rounded half-up to 0.01: 9,959.68" in out


def test_as_of_a_date_the_installments_left_on_the_principal_owed(cli: Cli) -> None:
    cli.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    cli.run("pay", NOTE, "9959.68", "--date", "2024-04-01")
    data = cli.json("amortization", NOTE, "--as-of", "2024-04-01")
    assert (data["as_of"], data["principal"], len(data["rows"])) == ("2024-04-01", "493061.15", 59)
    assert data["rows"][0]["number"] == 2
    assert "after 2024-04-01" in cli.run("amortization", NOTE, "--as-of", "2024-04-01").stdout


def test_a_note_without_installments_is_refused_with_the_reason(cli: Cli) -> None:
    cli.run("note", "add", str(EXAMPLES / "valence-2001-note.toml"))
    done = cli.run("amortization", "VAL-2001-10-05", ok=False)
    assert done.returncode == 1
    assert "VAL-2001-10-05 has no [schedule] in its terms" in done.stderr
