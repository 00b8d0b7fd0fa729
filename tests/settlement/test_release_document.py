"""The letter agreement and release, rendered from the settlement record of the golden case
(seed letter of March 31, 2002: 17,500,000.00 + 1,140,370.41 = 17,533,226.80 + 951,754.93 +
155,388.68 = 18,640,370.41)."""

from __future__ import annotations

import io
from decimal import Decimal

import pypdf
from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.app import NoteToAssign
from promissory.core.settlement import Cash

D = Decimal


def test_release_figures_come_from_the_settlement_record() -> None:
    with golden_book() as p:
        applied = p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(D("155388.68"))])
        figures = p.release_figures(applied.settlement_id)
        assert (figures.loan_principal, figures.loan_interest) == (
            D("17500000.00"),
            D("1140370.41"),
        )
        assert (figures.assigned_principal, figures.assigned_interest) == (
            D("17533226.80"), D("951754.93"))  # fmt: skip
        assert figures.cash == D("155388.68")
        assert (figures.lender_short, figures.borrower_short) == ("Berg", "Valence")
        text = p.settlement_release_document(applied.settlement_id, "txt").text
        assert "agrees to pay to Berg $155,388.68 in immediately available funds" in text
        assert "Valence owns mortgage notes receivable in the principal" in text
        pdf = p.settlement_release_document(applied.settlement_id, "pdf").data
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        words = " ".join(page.extract_text() for page in reader.pages)
        assert "155,388.68" in words and "18,640,370.41" in words
