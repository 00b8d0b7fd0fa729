"""Golden test: the founding promissory note (Oct 5, 2001), field by field against its text.

Each row: the field, the value proposed, the exact text its span must cover, and the line.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.extract import Extraction

SEEDS = Path(__file__).parent / "seeds"

LEGEND = (
    "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED OR UNDER ANY "
    "STATE SECURITIES LAWS. IT MAY NOT BE SOLD, OFFERED FOR SALE, PLEDGED OR HYPOTHECATED IN THE "
    "ABSENCE OF A REGISTRATION STATEMENT IN EFFECT WITH RESPECT TO THE SECURITIES UNDER SUCH ACT "
    "OR AN OPINION OF COUNSEL SATISFACTORY TO THE COMPANY THAT SUCH REGISTRATION IS NOT REQUIRED "
    "OR UNLESS SOLD PURSUANT TO RULE 144 OF SUCH ACT."
)

GOLDEN: list[tuple[str, object, str, int]] = [
    ("borrower", "Valence Technology, Inc.", "Valence Technology, Inc.", 32),
    ("parties.borrower.entity_type", "corporation", "corporation", 32),
    ("parties.borrower.jurisdiction", "Delaware", "Delaware", 32),
    (
        "parties.borrower.address",
        "301 CONESTOGA WAY, HENDERSON, NEVADA 89015",
        "301 CONESTOGA WAY,\nHENDERSON, NEVADA 89015",
        19,
    ),
    ("lender", "Berg & Berg Enterprises, LLC", "Berg & Berg Enterprises, LLC", 33),
    ("issue_date", dt.date(2001, 10, 5), "October 5, 2001", 30),
    ("currency", "USD", "lawful money of the United States of America", 34),
    (
        "commitment",
        Decimal("20000000.00"),
        "Twenty Million Dollars ($20,000,000.00)",
        35,
    ),
    ("maturity", dt.date(2005, 9, 30), "September 30, 2005", 43),
    ("revolving", False, "No amounts prepaid hereunder may be reborrowed", 49),
    ("prepayment.allowed", True, "may,\nwithout premium or penalty, be prepaid", 45),
    ("prepayment.premium", "none", "without premium or penalty", 46),
    (
        "waterfall.order",
        ("interest", "principal"),
        "applied first to unpaid accrued interest and the balance, if any, shall be\n"
        "applied to principal",
        48,
    ),
    (
        "place_of_payment",
        "10050 Bandley Drive, Cupertino, CA 95014",
        "10050 Bandley Drive,\nCupertino, CA 95014",
        64,
    ),
    ("governing_law", "California", "California", 92),
    (
        "loan_agreement",
        "Loan Agreement between Borrower and Lender",
        "Loan Agreement between Borrower and Lender",
        70,
    ),
    (
        "security_agreement",
        "Security Agreement between Borrower and Lender",
        "Security Agreement between Borrower and Lender",
        72,
    ),
    (
        "transfer.restricted",
        True,
        "MAY NOT BE SOLD, OFFERED FOR\nSALE, PLEDGED OR HYPOTHECATED",
        9,
    ),
    ("transfer.legend", LEGEND, None, 8),
    ("oid_legend", True, None, 16),
    (
        "interest.reference",
        "Loan Agreement",
        "Interest shall be due on the unpaid principal balance of this Note\n"
        "from time to time at the rates set forth in the Loan Agreement",
        44,
    ),
]


def test_kind(note: Extraction) -> None:
    assert note.document_kind == "promissory note"
    assert note.warnings == ()


@pytest.mark.parametrize(("field", "value", "source", "line"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_field(
    note: Extraction, note_text: str, field: str, value: object, source: str | None, line: int
) -> None:
    finding = note.get(field)
    assert finding is not None, f"{field} not found"
    assert finding.value == value
    assert note_text[finding.span.start : finding.span.end] == finding.source_text
    if source is not None:
        assert finding.source_text == source
    assert finding.span.line == line
    assert Decimal(0) <= finding.confidence <= Decimal(1)
    assert isinstance(finding.confidence, Decimal)


def test_legends_cover_their_paragraphs(note: Extraction, note_text: str) -> None:
    legend = note.get("transfer.legend")
    oid = note.get("oid_legend")
    assert legend is not None
    assert oid is not None
    assert (legend.span.line, legend.span.end_line) == (8, 13)
    assert legend.source_text.startswith("THIS NOTE HAS NOT BEEN REGISTERED")
    assert legend.source_text.endswith("RULE 144 OF SUCH ACT.")
    assert (oid.span.line, oid.span.end_line) == (16, 21)
    assert "ORIGINAL ISSUE DISCOUNT" in oid.source_text


def test_corroborated_values(note: Extraction) -> None:
    issue_date = note.get("issue_date")
    commitment = note.get("commitment")
    lender = note.get("lender")
    assert issue_date is not None
    assert commitment is not None
    assert lender is not None
    # the dateline (line 30) and the OID legend (line 18) agree
    assert issue_date.confidence == Decimal("0.95")
    assert "line 18" in issue_date.note
    # words and figures agree, and the figure heads the note at line 27
    assert commitment.confidence == Decimal("0.95")
    assert "line 27" in commitment.note
    assert lender.confidence == Decimal("0.95")


def test_rate_and_basis_are_missing_not_guessed(note: Extraction) -> None:
    for field in (
        "interest.rate",
        "interest.day_count",
        "interest.count_first_and_last_day",
        "interest.default_margin",
        "interest.compounding",
        "draw_period_end",
        "rounding.quantum",
        "rounding.mode",
        "parties.lender.entity_type",
        "parties.lender.jurisdiction",
    ):
        assert field in note.missing
        assert note.get(field) is None


def test_missing_is_exactly_what_the_note_does_not_say(note: Extraction) -> None:
    assert set(note.missing) == {
        "draw_period_end",
        "parties.lender.entity_type",
        "parties.lender.jurisdiction",
        "parties.lender.address",
        "interest.rate",
        "interest.day_count",
        "interest.count_first_and_last_day",
        "interest.default_margin",
        "interest.max_rate",
        "interest.compounding",
        "rounding.quantum",
        "rounding.mode",
    }


def test_interest_payable_at_maturity_is_inferred_not_stated(note: Extraction) -> None:
    payable = note.get("interest.payable")
    assert payable is not None
    assert payable.value == "maturity"
    assert payable.confidence == Decimal("0.70")


def test_seed_copies_match_shared() -> None:
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside this clone")
    for copy in SEEDS.glob("*.txt"):
        assert copy.read_bytes() == (shared / copy.name).read_bytes()
