"""What a hostile tester of the API and the CLI found (2026-12-04), each held by a test: bad input
is refused before anything is written, naming the value and the rule; no party sees a note before
its holding begins; no real payment is dropped as a repeat."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.app import Promissory
from promissory.app.access import Principal, Role
from promissory.errors import InvalidInput, NotFound

ROOT = Path(__file__).resolve().parents[2]
VALENCE = ROOT / "examples" / "valence-2001-note.toml"
NOTE = "VAL-2001-10-05"


@pytest.fixture
def app(tmp_path: Path) -> Promissory:
    p = Promissory(f"sqlite:///{tmp_path / 'book.db'}")
    p.init()
    p.add_note(VALENCE, recorded_by="setup")
    p.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    return p


def test_an_amount_the_reports_cannot_carry_is_refused_before_it_is_written(
    app: Promissory,
) -> None:
    head = app.book.head(NOTE)
    with pytest.raises(InvalidInput, match="at most 15 digits before the decimal point"):
        app.post(NOTE, {"kind": "expense", "effective_date": date(2002, 1, 1),
                        "amount": "9" * 30, "description": "x"})  # fmt: skip
    assert app.book.head(NOTE) == head
    largest = "999999999999999.99"  # the largest amount: every report of the note still renders
    app.post(NOTE, {"kind": "expense", "effective_date": date(2002, 1, 1), "amount": largest,
                    "description": "the largest"})  # fmt: skip
    quote = app.payoff(NOTE, date(2002, 2, 1))
    assert quote.total > Decimal(largest)
    assert app.verify() == []


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"rate": "5"}, "between 0 and 1"),
        ({"default_margin": "3"}, "between 0 and 1"),
        ({"max_rate": "0"}, "above zero"),
        ({"margin": "2"}, "between -1 and 1"),
    ],
)
def test_an_amendment_keeps_the_rules_of_a_terms_file(
    app: Promissory, change: dict[str, str], rule: str
) -> None:
    with pytest.raises(InvalidInput, match=rule):
        app.post(NOTE, {"kind": "amendment", "effective_date": date(2002, 1, 1), **change})


def test_a_holding_grants_nothing_before_it_begins(tmp_path: Path) -> None:
    today = date(2026, 12, 4)
    from datetime import UTC, datetime

    app = Promissory(f"sqlite:///{tmp_path / 'b.db'}",
                     clock=lambda: datetime(2026, 12, 4, 9, 0, tzinfo=UTC))  # fmt: skip
    app.init()
    app.add_note(VALENCE, recorded_by="setup")
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000.00"})
    app.transfer(NOTE, "New Bank N.A.", date(2028, 1, 1), basis="registration")
    holder = app.acting_as(Principal("nb", Role.HOLDER, frozenset({"New Bank N.A."})))
    with pytest.raises(NotFound):
        holder.balance(NOTE, today)
    later = Promissory(app.book.url, clock=lambda: datetime(2028, 1, 2, tzinfo=UTC))
    seen = later.acting_as(Principal("nb", Role.HOLDER, frozenset({"New Bank N.A."})))
    assert seen.balance(NOTE, date(2028, 1, 2)).principal == Decimal("1000.00")


def test_a_rounding_quantum_of_zero_is_refused_not_taken_for_a_cent() -> None:
    import re

    from promissory.codec.terms_toml import loads_terms
    from promissory.errors import TermsError

    text = (ROOT / "examples" / "term-note-2024.toml").read_text()
    zero = re.sub(r'(\[rounding\][^\[]*?quantum = )"[^"]+"', r'\1"0"', text, flags=re.S)
    assert zero != text
    with pytest.raises(TermsError, match=r'rounding\.quantum = "0": must be a power of ten'):
        loads_terms(zero)


def test_a_terms_file_with_a_byte_order_mark_is_told_so() -> None:
    from promissory.codec.terms_toml import loads_terms

    text = (ROOT / "examples" / "term-note-2024.toml").read_text()
    with pytest.raises(InvalidInput, match="starts with a byte-order mark"):
        loads_terms("\ufeff" + text)
