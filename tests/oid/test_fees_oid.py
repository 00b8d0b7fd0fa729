"""OID of a note with fees (``[[fees]]``, issue 11): the origination fee lowers the issue price of
the advance it is charged on (26 CFR 1.1273-2(g)(2), as points do) and the exit fee is part of the
stated redemption price at maturity (1.1273-1(b)).

The note is ``examples/revolver-fees-2025.toml``: 7% simple, ACT/360, interest payable at maturity
2027-12-31; origination fee 1% of the 10,000,000.00 commitment withheld from the first advance;
exit fee 1% of the principal advanced.  Worked from those words:

* advance 4,000,000.00 on 2025-01-01: 2025-01-01 → 2027-12-31 is 1,094 days, so interest is
  4,000,000 × 0.07 × 1094/360 = 850,888.888… → 850,888.89, payable at maturity (no QSI);
* SRPM = 4,000,000.00 + 850,888.89 + exit fee 40,000.00 = 4,890,888.89;
* issue price = 4,000,000.00 − origination fee 100,000.00 = 3,900,000.00; OID = 990,888.89;
* a second advance of 1,000,000.00 on 2025-07-01 pays no origination fee: issue price
  1,000,000.00; 913 days → interest 1,000,000 × 0.07 × 913/360 = 177,527.777… → 177,527.78;
  exit fee 10,000.00; OID 187,527.78.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from ledger_dsl import book
from promissory.codec.terms_toml import loads_terms
from promissory.core.oid import note_issues

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml"
TERMS = loads_terms(EXAMPLE.read_text())
CENT = Decimal("0.01")


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def interest(amount: int, start: date) -> Decimal:
    return cents(Fraction(amount) * Fraction(7, 100) * (date(2027, 12, 31) - start).days / 360)


def test_the_origination_fee_lowers_the_first_advance_issue_price_and_the_exit_fee_adds_oid() -> (
    None
):
    ledger = book(TERMS, "2025-01-01 advance 4000000.00\n2025-07-01 advance 1000000.00")
    first, second = (i.instrument for i in note_issues(ledger).issues)
    assert first is not None and second is not None
    assert interest(4_000_000, date(2025, 1, 1)) == Decimal("850888.89")
    assert first.issue_price.amount == Decimal("3900000.00")
    assert "origination fee 100000.00" in first.issue_price.basis
    assert first.srpm == Decimal("4000000.00") + Decimal("850888.89") + Decimal("40000.00")
    assert first.oid == Decimal("990888.89")
    assert second.issue_price.amount == Decimal("1000000.00")
    assert second.oid == interest(1_000_000, date(2025, 7, 1)) + Decimal("10000.00")
    assert second.oid == Decimal("187527.78")


def test_a_charged_origination_fee_lowers_the_issue_price_too() -> None:
    terms = loads_terms(EXAMPLE.read_text().replace("withheld = true", "withheld = false"))
    issues = note_issues(book(terms, "2025-01-01 advance 4000000.00")).issues
    assert issues[0].instrument is not None
    assert issues[0].instrument.issue_price.amount == Decimal("3900000.00")
    treatment = " ".join(note_issues(book(terms, "2025-01-01 advance 4000000.00")).treatment)
    assert "unused-commitment fee" in treatment and "1.1273-2(g)(2)" in treatment
