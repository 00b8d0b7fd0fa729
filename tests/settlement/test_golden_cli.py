"""The golden case through the CLI: the Letter Agreement and Release of March 31, 2002.

Figures from the letter (shared/seeds/letter-agreement-and-release-2002-03-31.txt): the loan stands at
principal 17,500,000.00 and accrued interest 1,140,370.41; the mortgage notes at 17,533,226.80 and
951,754.93; Valence wires 155,388.68.  17,500,000.00 + 1,140,370.41 = 17,533,226.80 + 951,754.93 +
155,388.68 = 18,640,370.41.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cli_runner import Cli

ROOT = Path(__file__).resolve().parents[2]
LOAN = "VAL-2002-LOAN"
NOTES = "VAL-MORTGAGE-NOTES"
DAY = "2002-03-31"


@pytest.fixture
def cli(tmp_path: Path) -> Any:
    run = Cli(
        tmp_path / "book.db", cwd=ROOT
    ).run  # in-process; the example script below is a real one

    run("init")
    run("note", "add", "examples/valence-2002-loan.toml")
    run("note", "add", "examples/valence-2002-mortgage-notes.toml")
    run("opening", LOAN, "--date", DAY, "--principal", "17500000.00", "--interest", "1140370.41")
    run("opening", NOTES, "--date", DAY, "--principal", "17533226.80", "--interest", "951754.93")
    run("collateral", "pledge", LOAN, NOTES, "--date", DAY)
    run("collateral", "filing", "add", LOAN, "CA-0106360123", "--jurisdiction", "California",
        "--date", "2001-03-05")  # fmt: skip
    return run


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(done.stdout)


def test_assigning_the_notes_leaves_155388_68_to_pay_in_cash(cli: Any) -> None:
    r = as_json(cli("settle", "propose", LOAN, "--date", DAY, "--note", NOTES, "--json"))
    assert r["payoff"]["total"] == "18640370.41"
    assert r["assigned_notes"] == [{"note": NOTES, "value": "18484981.73", "valued": "ledger",
                                    "principal": "17533226.80", "interest": "951754.93"}]  # fmt: skip
    assert r["status"] == "shortfall"
    assert r["difference"] == "-155388.68"
    assert r["unpaid"]["principal"] == "155388.68"


def test_with_the_cash_the_settlement_is_exact(cli: Any) -> None:
    r = as_json(cli("settle", "propose", LOAN, "--date", DAY, "--note", NOTES,
                    "--cash", "155388.68", "--json"))  # fmt: skip
    assert (r["status"], r["difference"], r["consideration_total"]) == (
        "exact",
        "0.00",
        "18640370.41",
    )
    assert r["applied"]["interest"] == "1140370.41"
    assert r["applied"]["principal"] == "17500000.00"
    text = cli("settle", "propose", LOAN, "--date", DAY, "--note", NOTES, "--cash", "155388.68")
    assert "exact" in text.stdout


def test_accept_pays_terminates_releases_and_assigns(cli: Any) -> None:
    done = as_json(cli("settle", "accept", LOAN, "--date", DAY, "--note", NOTES,
                       "--cash", "155388.68", "--json"))  # fmt: skip
    sid = done["settlement"]
    kinds = {note: [e["kind"] for e in events] for note, events in done["written"].items()}
    assert kinds == {LOAN: ["settlement", "release", "ucc_termination"], NOTES: ["transfer"]}
    balance = as_json(cli("balance", LOAN, "--as-of", DAY, "--json"))
    assert (balance["status"], balance["total"]) == ("terminated", "0.00")
    schedule = as_json(cli("schedule", LOAN, "--json"))
    assert schedule is not None
    collateral = as_json(cli("collateral", "list", LOAN, "--as-of", DAY, "--json"))
    assert [i["released_on"] for i in collateral["register"]] == [DAY]
    assert [f["status"] for f in collateral["financing_statements"]] == ["termination to be filed"]
    holders = as_json(cli("transfer", "history", NOTES, "--json"))["holders"]
    assert [h["holder"] for h in holders] == [
        "Valence Technology, Inc.",
        "Berg & Berg Enterprises, LLC",
    ]
    assert holders[-1]["assumes_obligations"] is True
    assert holders[-1]["settlement"] == sid
    # nothing but a reversal after settlement
    refused = cli("pay", LOAN, "1.00", "--date", "2002-04-01", ok=False)
    assert refused.returncode == 1
    assert "terminated on 2002-03-31" in refused.stderr
    # a lone reversal of the settlement is refused, pointing to `settle reverse`
    seq = str(done["written"][LOAN][0]["seq"])
    lone = cli("reverse", LOAN, seq, "--date", "2002-04-05", ok=False)
    assert f"reverse settlement {sid} as a whole" in lone.stderr
    assert "promissory settle reverse" in lone.stderr
    cli("settle", "reverse", sid, "--date", "2002-04-05")
    balance = as_json(cli("balance", LOAN, "--as-of", DAY, "--json"))
    assert (balance["status"], balance["total"]) == ("active", "18640370.41")
    holders = as_json(cli("transfer", "history", NOTES, "--json"))["holders"]
    assert [h["holder"] for h in holders] == ["Valence Technology, Inc."]


def test_the_example_script_runs(tmp_path: Path) -> None:
    env = {**os.environ, "SETTLEMENT_BOOK": str(tmp_path / "example.db"),
           "PROMISSORY": f"{sys.executable} -m promissory"}  # fmt: skip
    done = subprocess.run(["bash", "examples/settlement-2002.sh"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "difference -155,388.68: shortfall" in done.stdout
    assert "difference 0.00: exact" in done.stdout
    assert "paid in full and its agreement terminated on 2002-03-31" in done.stdout
