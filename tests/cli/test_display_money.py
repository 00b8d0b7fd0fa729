"""The command line shows every amount in its note's currency: a yen note has no minor unit, so
1,000 yen prints as "1,000", never "1,000.00" (the one formatter, ``codec.display.money_text``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_inputs import EXAMPLES, invoke

YEN = "YEN-1"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    text = (EXAMPLES / "valence-2001-note.toml").read_text(encoding="utf-8")
    text = (
        text.replace('id = "VAL-2001-10-05"', f'id = "{YEN}"')
        .replace('currency = "USD"', 'currency = "JPY"')
        .replace('commitment = "20000000.00"', 'commitment = "2000000000"')
        .replace('quantum = "0.01"', 'quantum = "1"')
    )
    terms = tmp_path / "yen.toml"
    terms.write_text(text, encoding="utf-8")
    db = tmp_path / "book.db"
    for args in (("init",), ("note", "add", str(terms)),
                 ("advance", YEN, "1,000,000", "--date", "2001-10-05")):  # fmt: skip
        status, _, err = invoke(db, args)
        assert status == 0, err
    return db


def _out(db: Path, *args: str) -> str:
    status, out, err = invoke(db, args)
    assert status == 0, err
    return out


def test_a_yen_note_lists_and_schedules_without_minor_units(book: Path) -> None:
    listed = _out(book, "note", "list", "--as-of", "2001-10-05")
    assert "2,000,000,000 " in listed and "1,000,000 " in listed
    assert ".00" not in listed
    schedule = _out(book, "schedule", YEN)
    assert "1,000,000 " in schedule
    assert "1,000,000.00" not in schedule


def test_a_yen_payment_line_and_payoff(book: Path) -> None:
    line = _out(book, "pay", YEN, "50,000", "--date", "2002-01-05")
    assert "to interest" in line and ".00" not in line
    payoff = _out(book, "payoff", YEN, "--as-of", "2002-01-05", "--days", "1")
    table = payoff.split("status")[0]
    assert "│ total            │ 970,444 │" in table  # grouped, and no minor unit
    assert ".00" not in table
