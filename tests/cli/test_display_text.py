"""Text from the book is printed as written: Rich markup in a memo or notation is shown literally
(it used to break ``schedule`` or vanish), the "[restated]" flag is visible, and a control character
already in a book (recorded before the text rule) is neutralised, never sent to the terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bad_inputs import NOTE, invoke, template_book

from promissory.app import Promissory
from promissory.core.events import Notation


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return template_book(tmp_path)


def _ok(db: Path, *args: str) -> str:
    status, out, err = invoke(db, args)
    assert status == 0, err
    return out


def test_a_memo_of_closing_markup_does_not_break_the_schedule(book: Path) -> None:
    _ok(book, "notation", NOTE, "[/]", "--date", "2002-01-05")
    assert "[/]" in _ok(book, "schedule", NOTE)


def test_bracketed_text_is_shown_literally(book: Path) -> None:
    _ok(book, "notation", NOTE, "see [bold]exhibit A[/bold] [2]", "--date", "2002-01-05")
    assert "see [bold]exhibit A[/bold] [2]" in _ok(book, "schedule", NOTE)


def test_the_restated_flag_is_visible(book: Path) -> None:
    _ok(book, "pay", NOTE, "1000", "--date", "2002-01-05")
    # a back-dated expense moves the payment's split to expenses first: the payment is restated
    _ok(book, "expense", NOTE, "100", "--date", "2001-12-01", "--description", "filing fee")
    out = _ok(book, "schedule", NOTE)
    payment = next(line for line in out.splitlines() if "payment" in line)
    assert "[restated]" in payment


def test_a_long_notation_keeps_its_restated_flag(book: Path) -> None:
    _ok(book, "pay", NOTE, "1000", "--date", "2002-01-05", "--memo", "m" * 60)
    _ok(book, "expense", NOTE, "100", "--date", "2001-12-01", "--description", "filing fee")
    payment = next(line for line in _ok(book, "schedule", NOTE).splitlines() if "payment" in line)
    assert "… [restated]" in payment


def test_a_control_character_already_in_the_book_is_neutralised(book: Path) -> None:
    # appended below the write path, as a book from before the text rule could hold it
    app = Promissory(f"sqlite:///{book}")
    head = app.book.head(NOTE)[0]
    app.book.append([Notation(note_id=NOTE, effective_date=date(2002, 1, 5),
                              text="\x1b[31mred\x07")], expected_head=head)  # fmt: skip
    out = _ok(book, "schedule", NOTE)
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[31mred\\x07" in out


def test_the_command_line_refuses_a_control_character_in_a_notation(book: Path) -> None:
    status, _, err = invoke(book, ("notation", NOTE, "\x1b[2J", "--date", "2002-01-05"))
    assert status == 2
    assert "control character U+001B at position 0" in err
