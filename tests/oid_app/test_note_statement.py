"""The note statement: per advance, in total, per year, and for a later holder.

The seed-like note with advances of 5,000,000.00 (2001-10-05) and 2,500,000.00 (2002-01-04):
OIDs 1,617,777.78 and 758,333.33 (worked in test_from_note.py), so the note's total OID is
2,376,111.11, its issue price 7,500,000.00 and its SRPM 6,617,777.78 + 3,258,333.33 = 9,876,111.11.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from ledger_dsl import book, terms
from promissory.codec.records_json import to_json
from promissory.core.oid import (
    Acquisition,
    AcquisitionKind,
    note_issues,
    note_oid_statement,
    render_note_text,
)
from promissory.errors import InvalidInput

LEDGER = """
    2001-10-05 advance 5000000.00
    2002-01-04 advance 2500000.00
"""


def _issues():  # type: ignore[no-untyped-def]
    return note_issues(book(terms(), LEDGER))


def test_totals_across_advances() -> None:
    s = note_oid_statement(_issues())
    assert s.total.issue_price == Decimal("7500000.00")
    assert s.total.total_oid == Decimal("2376111.11")
    assert s.srpm == Decimal("9876111.11")
    assert [line.statement.total_oid for line in s.advances if line.statement] == [
        Decimal("1617777.78"),
        Decimal("758333.33"),
    ]


def test_years_add_up_to_total_oid_exactly_for_holder_and_issuer() -> None:
    s = note_oid_statement(_issues())
    for line in s.advances:
        assert line.statement is not None
        years = line.statement.years
        assert sum(y.holder_oid for y in years) == line.statement.total_oid
        assert sum(y.issuer_deduction for y in years) == line.statement.total_oid
    assert sum(y.holder_oid for y in s.total.years) == Decimal("2376111.11")
    assert sum(y.issuer_deduction for y in s.total.years) == Decimal("2376111.11")
    assert [y.year for y in s.total.years] == [2001, 2002, 2003, 2004, 2005]


def test_one_year_is_the_sum_of_the_advances_that_year() -> None:
    whole = note_oid_statement(_issues())
    only = note_oid_statement(_issues(), year=2002)
    (line,) = only.total.years
    assert line.year == 2002
    assert line == next(y for y in whole.total.years if y.year == 2002)
    assert line.holder_oid == sum(
        y.holder_oid for a in only.advances if a.statement for y in a.statement.years
    )


def test_later_holder_price_is_allocated_by_adjusted_issue_price() -> None:
    """Bought 2003-01-02 for 8,500,000.00: the shares are proportional to the AIPs that day, add up
    to the price exactly, and each is above its AIP (acquisition premium)."""
    issues = _issues()
    bought = Acquisition(date(2003, 1, 2), Decimal("8500000.00"))
    s = note_oid_statement(issues, acquisition=bought, holder="Later Holder LLC")
    shares = [line.acquisition.price for line in s.advances if line.acquisition]
    assert sum(shares) == Decimal("8500000.00")
    aips = [i.schedule().adjusted_issue_price_on(bought.date) for i in issues.issues]
    exact = Fraction(8500000) * aips[0] / sum(aips, Fraction(0))
    assert abs(Fraction(shares[0]) - exact) <= Fraction(1, 200)
    for line in s.advances:
        assert line.statement is not None and line.statement.acquisition is not None
        assert line.statement.acquisition.kind is AcquisitionKind.ACQUISITION_PREMIUM
    # nothing before the purchase for the holder; the issuer deducts as before
    assert [y.holder_oid for y in s.total.years if y.year < 2003] == [0, 0]
    assert sum(y.issuer_deduction for y in s.total.years) == s.total.total_oid
    assert sum(y.holder_oid for y in s.total.years) < s.total.total_oid
    assert "Later Holder LLC" in render_note_text(s)


def test_advance_made_after_the_purchase_is_held_from_issue() -> None:
    issues = _issues()
    s = note_oid_statement(issues, acquisition=Acquisition(date(2001, 12, 1), Decimal("5100000")))
    first, second = s.advances
    assert first.acquisition is not None and first.acquisition.price == Decimal("5100000")
    assert second.acquisition is None
    assert second.statement is not None and second.statement.acquisition is None


def test_one_advance_only() -> None:
    s = note_oid_statement(_issues(), advance=2)
    assert [line.number for line in s.advances] == [2]
    assert s.total.total_oid == Decimal("758333.33")
    with pytest.raises(InvalidInput, match="advance 3 is not on the note"):
        note_oid_statement(_issues(), advance=3)


def test_text_and_json_carry_the_figures_and_the_treatment() -> None:
    s = note_oid_statement(_issues())
    text = render_note_text(s)
    for figure in ("1,617,777.78", "758,333.33", "2,376,111.11", "9,876,111.11"):
        assert figure in text
    assert "payable only at maturity" in text
    assert "terms in force on its advance date" in text
    data = to_json(s)
    assert data["total"]["total_oid"] == "2376111.11"
    assert data["total"]["stated_redemption_price_at_maturity"] == "9876111.11"
    assert [a["date"] for a in data["advances"]] == ["2001-10-05", "2002-01-04"]
    assert data["advances"][0]["statement"]["stated_redemption_price_at_maturity"] == "6617777.78"
    assert any("1.1273-2(a)(1)" in t for t in data["treatment"])
