"""After an assignment the payoff letter is written by, and pays, the holder of record; ``note
list`` shows the holder of record and the terms in force (the amended maturity)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from promissory.app import Promissory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "VAL-2001-10-05"
ORIGINAL = "Berg & Berg Enterprises, LLC"
ASSIGNEE = "Conestoga Capital Partners, L.P."


@pytest.fixture
def assigned() -> Promissory:
    """Advance 1,000,000.00 on 2001-10-05; maturity extended to 2006-09-30 on 2003-01-10;
    assigned (Rule 144) on 2003-02-01."""
    a = Promissory("sqlite://", clock=lambda: datetime(2003, 6, 1, tzinfo=UTC))
    a.init()
    a.add_note(EXAMPLES / "valence-2001-note.toml")
    a.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    a.post(NOTE, {"kind": "amendment", "effective_date": date(2003, 1, 10),
                  "maturity": "2006-09-30"})  # fmt: skip
    a.add_party("conestoga", ASSIGNEE, entity_type="limited partnership",
              jurisdiction="Delaware", address="1 Conestoga Way, Henderson, Nevada 89015")  # fmt: skip
    a.transfer(NOTE, "conestoga", date(2003, 2, 1), basis="rule-144")
    return a


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_payoff_letter_names_the_holder_as_payee(assigned: Promissory, fmt: str) -> None:
    text = assigned.payoff_letter_document(NOTE, fmt, as_of=date(2003, 6, 1)).text
    flat = " ".join(text.split())
    assert f"As computed by {ASSIGNEE}" in flat.replace("&amp;", "&")
    assert "1 Conestoga Way" in flat  # the holder's letterhead
    # the Note itself is still described as made to the order of the original lender
    assert f"to the order of {ORIGINAL}" in flat.replace("&amp;", "&")
    assert f"As computed by {ORIGINAL}" not in flat.replace("&amp;", "&")


def test_payoff_letter_before_the_assignment_names_the_original_lender(
    assigned: Promissory,
) -> None:
    text = assigned.payoff_letter_document(NOTE, "txt", as_of=date(2003, 1, 31)).text
    assert f"As computed by {ORIGINAL}" in " ".join(text.split())


def test_a_holder_not_in_the_parties_register_is_named_without_address(
    assigned: Promissory,
) -> None:
    assigned.transfer(NOTE, "Northwind Holdings LLC", date(2003, 3, 1), basis="rule-144")
    text = assigned.payoff_letter_document(NOTE, "txt", as_of=date(2003, 6, 1)).text
    assert "As computed by Northwind Holdings LLC" in " ".join(text.split())


def test_note_list_shows_terms_in_force_and_holder_of_record(assigned: Promissory) -> None:
    (summary,) = assigned.notes(date(2003, 6, 1))
    assert summary.terms.maturity == date(2006, 9, 30)
    assert summary.holder == ASSIGNEE
    (before,) = assigned.notes(date(2003, 1, 5))
    assert before.terms.maturity == date(2005, 9, 30)
    assert before.holder == ORIGINAL
