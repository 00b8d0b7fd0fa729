"""Golden test: the founding letter agreement and release (Mar 31, 2002), field by field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from promissory.extract import Extraction, extract_text

GOLDEN: list[tuple[str, object, str, int]] = [
    ("settlement.effective_date", dt.date(2002, 3, 31), "March 31, 2002", 8),
    ("lender", "Berg & Berg Enterprises, LLC", "Berg & Berg Enterprises, LLC", 8),
    ("parties.lender.jurisdiction", "California", "California", 9),
    ("parties.lender.entity_type", "limited liability company", "limited liability company", 9),
    ("borrower", "Valence Technology, Inc.", "Valence Technology, Inc.", 9),
    ("parties.borrower.jurisdiction", "Delaware", "Delaware", 10),
    ("parties.borrower.entity_type", "corporation", "corporation", 10),
    ("settlement.notes_principal", Decimal("17533226.80"), "$17,533,226.80", 15),
    ("settlement.notes_interest", Decimal("951754.93"), "$951,754.93", 15),
    ("settlement.loan_agreement_date", dt.date(2001, 2, 24), "February 24, 2001", 20),
    ("settlement.loan_principal", Decimal("17500000.00"), "$17,500,000", 21),
    ("settlement.loan_interest", Decimal("1140370.41"), "$1,140,370.41", 22),
    ("settlement.cash", Decimal("155388.68"), "$155,388.68", 36),
    ("settlement.paid_in_full", True, "is fully paid and discharged", 41),
    ("settlement.loan_agreement_terminated", True, "Loan Agreement is hereby\n     terminated", 41),
    ("governing_law", "California", "California", 93),
    ("currency", "USD", "$17,533,226.80", 15),
]


def test_kind(letter: Extraction) -> None:
    assert letter.document_kind == "settlement letter"
    assert letter.missing == ()
    assert letter.warnings == ()


@pytest.mark.parametrize(("field", "value", "source", "line"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_field(
    letter: Extraction, letter_text: str, field: str, value: object, source: str, line: int
) -> None:
    finding = letter.get(field)
    assert finding is not None, f"{field} not found"
    assert finding.value == value
    assert letter_text[finding.span.start : finding.span.end] == finding.source_text == source
    assert finding.span.line == line


def test_roles_are_inferred_from_what_the_letter_does(letter: Extraction) -> None:
    lender = letter.get("lender")
    assert lender is not None
    assert lender.confidence == Decimal("0.70")
    assert "pay to Berg" in lender.note
    assert "collateral to Berg" in lender.note


def test_security_released(letter: Extraction) -> None:
    released = letter.get("settlement.security_released")
    assert released is not None
    assert released.value is True
    assert released.source_text.startswith("security interest of Berg")
    assert released.source_text.endswith("is hereby extinguished")


def test_balance_equation(letter: Extraction) -> None:
    balanced = letter.get("settlement.balanced")
    assert balanced is not None
    assert balanced.value is True
    assert "18640370.41" in balanced.note
    owed = letter.value("settlement.loan_principal") + letter.value("settlement.loan_interest")  # type: ignore[operator]
    given = (
        letter.value("settlement.notes_principal")  # type: ignore[operator]
        + letter.value("settlement.notes_interest")
        + letter.value("settlement.cash")
    )
    assert owed == given == Decimal("18640370.41")


def test_unbalanced_letter_is_warned(letter_text: str) -> None:
    altered = letter_text.replace("$155,388.68", "$155,388.86")
    extraction = extract_text(altered)
    balanced = extraction.get("settlement.balanced")
    assert balanced is not None
    assert balanced.value is False
    assert "-0.18" in balanced.note
    assert any("does not balance" in w and "-0.18" in w for w in extraction.warnings)
