"""Fixtures for the document tests: the seed note, a short illustrative history, the seed release."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.app import Promissory
from promissory.codec.terms_toml import load_terms
from promissory.core.reports import PayoffQuote
from promissory.core.state import Ledger
from promissory.core.terms import Party, Terms
from promissory.render import OidStatementFigures, OidYearFigures, ReleaseFigures, Signatory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "VAL-2001-10-05"


@pytest.fixture(scope="session")
def seed_terms() -> Terms:
    return load_terms(EXAMPLES / "valence-2001-note.toml")


@pytest.fixture
def app() -> Promissory:
    """The seed note with an ILLUSTRATIVE history (the real draws are not public)."""
    a = Promissory("sqlite://", clock=lambda: datetime(2006, 7, 1, tzinfo=UTC))
    a.init()
    a.add_note(EXAMPLES / "valence-2001-note.toml")
    a.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "5000000.00",
                  "memo": "Loan 1 (illustrative)"})  # fmt: skip
    a.post(NOTE, {"kind": "advance", "effective_date": date(2002, 1, 15), "amount": "7500000.00"})
    a.post(NOTE, {"kind": "payment", "effective_date": date(2003, 3, 31), "amount": "1000000.00"})
    a.post(NOTE, {"kind": "expense", "effective_date": date(2004, 2, 10), "amount": "12500.00",
                  "description": "Counsel fees"})  # fmt: skip
    return a


@pytest.fixture
def ledger(app: Promissory) -> Ledger:
    return app.view(NOTE).ledger


@pytest.fixture
def quote(app: Promissory) -> PayoffQuote:
    return app.payoff(NOTE, date(2006, 6, 30), good_through=date(2006, 7, 5), days=2)


@pytest.fixture(scope="session")
def seed_release() -> ReleaseFigures:
    """The figures of the seed letter agreement and release (March 31, 2002)."""
    return ReleaseFigures(
        effective=date(2002, 3, 31),
        lender=Party("Berg & Berg Enterprises, LLC", "limited liability company", "California"),
        borrower=Party("Valence Technology, Inc.", "corporation", "Delaware"),
        lender_short="Berg",
        borrower_short="Valence",
        currency="USD",
        loan_principal=Decimal("17500000.00"),
        loan_interest=Decimal("1140370.41"),
        loan_agreement="dated February 24, 2001",
        cash=Decimal("155388.68"),
        assigned_principal=Decimal("17533226.80"),
        assigned_interest=Decimal("951754.93"),
        assigned_description="mortgage notes receivable",
        governing_law="California",
        lender_signatory=Signatory("Carl E. Berg", "Managing Member"),
        borrower_signatory=Signatory("Kevin W. Mischnick", "VP of Finance"),
    )


@pytest.fixture(scope="session")
def oid_figures() -> OidStatementFigures:
    """26 CFR 1.1272-1(j) Example 1 (DOMAIN.md): $675,564.17 for $1,000,000 in five years.

    The 1994 line is the first six-month accrual period's OID, $27,022.57 (the period runs from
    July 1, 1994 to January 1, 1995, so all of it falls in 1994).
    """
    return OidStatementFigures(
        name="Zero-coupon note",
        issuer=Party("Example Issuer, Inc."),
        currency="USD",
        issue_date=date(1994, 7, 1),
        maturity=date(1999, 7, 1),
        issue_price=Decimal("675564.17"),
        srpm=Decimal("1000000.00"),
        total_oid=Decimal("324435.83"),
        yield_percent=Decimal("8.00"),
        yield_compounding="semiannually",
        years=(OidYearFigures(1994, Decimal("27022.57")),),
        statement_date=date(1995, 1, 31),
        holder=Party("A Holder"),
    )
