"""Schedule A: every row's accrued interest is the note's at that row's date, after its event, and
default interest has its own column (Markdown/text, HTML, the ``schedule`` JSON and table).

The demo (``examples/demo.sh``): notation #7 on 2006-06-01 showed 4,196,666.67, the figure of the
amendment on 2005-09-30; the note's accrued interest on 2006-06-01 is 5,145,555.56.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from promissory.app import Promissory
from promissory.cli import cli
from promissory.codec.reports_json import schedule_to_dict
from promissory.core.engine import position
from promissory.core.reports import schedule_interest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "VAL-2001-10-05"


def _demo(app: Promissory) -> Promissory:
    for fields in (
        {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "5000000.00"},
        {"kind": "advance", "effective_date": date(2002, 1, 15), "amount": "7500000.00"},
        {"kind": "advance", "effective_date": date(2002, 6, 28), "amount": "5000000.00"},
        {"kind": "payment", "effective_date": date(2003, 3, 31), "amount": "1000000.00"},
        {"kind": "expense", "effective_date": date(2004, 2, 10), "amount": "12500.00",
         "description": "Counsel fees"},
        {"kind": "amendment", "effective_date": date(2005, 9, 30), "maturity": "2006-09-30"},
        {"kind": "notation", "effective_date": date(2006, 6, 1),
         "text": "Borrower's CFO requested a payoff letter"},
    ):  # fmt: skip
        app.post(NOTE, fields)
    return app


@pytest.fixture
def demo() -> Promissory:
    a = Promissory("sqlite://", clock=lambda: datetime(2006, 7, 1, tzinfo=UTC))
    a.init()
    a.add_note(EXAMPLES / "valence-2001-note.toml")
    return _demo(a)


@pytest.fixture
def hand() -> Promissory:
    """Advance 1,000,000.00 on 2001-10-05; notation 2001-11-04 (30 days: 6,666.67); default
    2001-12-04 (60 days: 13,333.33); notation 2002-01-03 (90 days: 20,000.00 interest, default
    interest 1,000,000 × 0.02 × 30/360 = 1,666.67); a payment of 10,000.00 on 2002-02-02, reversed
    on 2002-03-04: its struck row shows the note without it, 120 days: 26,666.67 and 60 days of
    default interest: 3,333.33."""
    a = Promissory("sqlite://", clock=lambda: datetime(2006, 7, 1, tzinfo=UTC))
    a.init()
    a.add_note(EXAMPLES / "valence-2001-note.toml")
    for fields in (
        {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"},
        {"kind": "notation", "effective_date": date(2001, 11, 4), "text": "a call"},
        {"kind": "default", "effective_date": date(2001, 12, 4)},
        {"kind": "notation", "effective_date": date(2002, 1, 3), "text": "a letter"},
    ):
        a.post(NOTE, fields)
    return a


def test_the_demo_notation_row_shows_interest_on_its_date(demo: Promissory) -> None:
    ledger = demo.view(NOTE).ledger
    figures = schedule_interest(ledger)
    row = next(i for i, r in enumerate(ledger.rows) if r.seq == 7)
    assert figures[row].accrued_interest == Decimal("5145555.56")
    assert figures[row].accrued_interest == position(ledger, date(2006, 6, 1)).interest
    # rows whose event accrued keep their own snapshot's figure
    amendment = next(i for i, r in enumerate(ledger.rows) if r.seq == 6)
    assert figures[amendment].accrued_interest == ledger.rows[amendment].accrued_interest


def test_hand_worked_rows(hand: Promissory) -> None:
    ledger = hand.view(NOTE).ledger
    figures = {r.seq: f for r, f in zip(ledger.rows, schedule_interest(ledger), strict=True)}
    assert figures[2].accrued_interest == Decimal("6666.67")
    assert figures[3].accrued_interest == Decimal("13333.33")
    assert figures[3].default_interest == Decimal("0.00")
    assert figures[4].accrued_interest == Decimal("20000.00")
    assert figures[4].default_interest == Decimal("1666.67")


def test_a_reversed_row_shows_the_note_without_its_event(hand: Promissory) -> None:
    hand.post(NOTE, {"kind": "payment", "effective_date": date(2002, 2, 2), "amount": "10000.00"})
    hand.post(NOTE, {"kind": "reversal", "effective_date": date(2002, 3, 4), "target_seq": 5})
    ledger = hand.view(NOTE).ledger
    figures = {r.seq: f for r, f in zip(ledger.rows, schedule_interest(ledger), strict=True)}
    struck = next(r for r in ledger.rows if r.seq == 5)
    assert struck.reversed_by == 6
    assert figures[5].accrued_interest == Decimal("26666.67")
    assert figures[5].default_interest == Decimal("3333.33")


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_rendered_schedule_a(demo: Promissory, fmt: str) -> None:
    text = demo.schedule_a_document(NOTE, fmt).text
    assert "Default interest" in text
    row = next(line for line in text.split("<tr")[1:] if "Borrower&#39;s CFO" in line or
               "Borrower's CFO" in line) if fmt == "html" else next(
        line for line in text.splitlines() if "CFO requested" in line)  # fmt: skip
    assert "5,145,555.56" in row
    assert "4,196,666.67" not in row


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_rendered_default_interest_column(hand: Promissory, fmt: str) -> None:
    text = hand.schedule_a_document(NOTE, fmt).text
    row = next(part for part in (text.split("<tr") if fmt == "html" else text.splitlines())
               if "a letter" in part)  # fmt: skip
    assert "20,000.00" in row
    assert "1,666.67" in row


def test_schedule_json(demo: Promissory, hand: Promissory) -> None:
    rows = {r["id"]: r for r in schedule_to_dict(demo.view(NOTE).ledger)["rows"]}
    assert rows[7]["accrued_interest"] == "5145555.56"
    rows = {r["id"]: r for r in schedule_to_dict(hand.view(NOTE).ledger)["rows"]}
    assert rows[4]["accrued_interest"] == "20000.00"
    assert rows[4]["default_interest"] == "1666.67"


def test_schedule_cli(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'book.db'}"
    runner = CliRunner()
    for args in (
        ["init"],
        ["note", "add", str(EXAMPLES / "valence-2001-note.toml")],
        ["advance", NOTE, "1000000.00", "--date", "2001-10-05"],
        ["default", NOTE, "--date", "2001-12-04"],
        ["notation", NOTE, "a letter", "--date", "2002-01-03"],
    ):
        result = runner.invoke(cli, ["--book", url, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    out = runner.invoke(cli, ["--book", url, "schedule", NOTE], catch_exceptions=False,
                        terminal_width=250).output  # fmt: skip
    assert "default" in out.lower()
    row = next(line for line in out.splitlines() if "a letter" in line)
    assert "20,000.00" in row
    assert "1,666.67" in row
    data = json.loads(runner.invoke(cli, ["--book", url, "schedule", NOTE, "--json"]).output)
    assert data["rows"][-1]["default_interest"] == "1666.67"


@pytest.mark.parametrize("fixture", ["demo", "hand"])
def test_every_last_row_of_a_day_agrees_with_the_position(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    """On a note that does not count the day itself, a day's last row shows what ``position``
    gives for the end of that day (two independent paths: the row's own state accrued on, and a
    fresh resume from the ledger)."""
    app: Promissory = request.getfixturevalue(fixture)
    ledger = app.view(NOTE).ledger
    rows = list(zip(ledger.rows, schedule_interest(ledger), strict=True))
    for (row, figures), following in zip(rows, [*rows[1:], None], strict=True):
        if following is not None and following[0].effective_date == row.effective_date:
            continue
        pos = position(ledger, row.effective_date)
        assert (figures.accrued_interest, figures.default_interest) == (
            pos.interest, pos.default_interest
        ), row  # fmt: skip
