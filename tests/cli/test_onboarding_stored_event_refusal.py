"""A CSV row refused because it would break a rule on an event already in the book is named by
its own line (the row that causes it), never the file's first line, and the message names the
stored event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli_runner import Cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"
HEADER = "note_id,kind,effective_date,amount,text\n"
NOTATION = f"{NOTE},notation,2002-02-01,,invoice 7\n"  # line 2: unrelated to the refusal
EXPENSE = f"{NOTE},expense,2001-11-01,50.00,\n"  # back-dated, but harmless alone


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path / "book.db", cwd=tmp_path)
    c.run("init")
    c.run("note", "add", str(EXAMPLES / "valence-2001-note.toml"))
    c.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    c.run("pay", NOTE, "1020444.44", "--date", "2002-01-05")  # event #2 pays the note off
    return c


def _onboard(cli: Cli, text: str) -> dict[int, str]:
    assert cli.cwd is not None
    (cli.cwd / "events.csv").write_text(text, encoding="utf-8")
    result = cli.run("onboard", "events.csv", "--json", ok=False)
    report: dict[str, Any] = json.loads(result.stdout)
    assert report["applied_rows"] == 0
    return {r["line"]: r["reason"] for r in report["rejected"]}


def test_the_back_dated_row_that_makes_a_stored_payment_overpay_is_named(cli: Cli) -> None:
    payment = f"{NOTE},payment,2001-12-01,1000.00,\n"  # line 4: makes event #2 overpay
    reasons = _onboard(cli, HEADER + NOTATION + EXPENSE + payment)
    assert "event #2" in reasons[4]
    assert "exceeds everything owed" in reasons[4]
    assert "payment dated 2001-12-01" in reasons[4]
    assert reasons[2].startswith("not applied: line 4 of the same note was rejected")
    assert reasons[3].startswith("not applied: line 4 of the same note was rejected")


def test_every_row_that_alone_would_cause_it_is_named(cli: Cli) -> None:
    first = f"{NOTE},payment,2001-12-01,1000.00,\n"
    second = f"{NOTE},payment,2001-12-03,500.00,\n"
    reasons = _onboard(cli, HEADER + NOTATION + first + second)
    assert "event #2" in reasons[3]
    assert "payment dated 2001-12-01" in reasons[3]
    assert "event #2" in reasons[4]
    assert "payment dated 2001-12-03" in reasons[4]
    assert reasons[2].startswith("not applied: line 3")


def test_past_the_trial_limit_the_note_is_reported_as_a_whole(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("promissory.app.onboarding.MAX_CAUSE_TRIALS", 0)
    payment = f"{NOTE},payment,2001-12-01,1000.00,\n"
    reasons = _onboard(cli, HEADER + NOTATION + EXPENSE + payment)
    for line in (2, 3, 4):  # every row, none singled out, each naming the stored event
        assert "event #2 break a rule" in reasons[line]
        assert f"(the rows of note {NOTE} together)" in reasons[line]
