"""PDFs open, carry the right figures in their text, and every page renders to an image."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from pypdf import PdfReader

from promissory.core.reports import PayoffQuote
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.render import (
    OidStatementFigures,
    ReleaseFigures,
    Rendered,
    render_note,
    render_oid_statement,
    render_payoff_letter,
    render_release,
    render_schedule_a,
)


def pdf_text(rendered: Rendered) -> str:
    assert rendered.data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(rendered.data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def assert_pages_render(rendered: Rendered) -> int:
    """Render every page to an image; each must have ink on it (not a blank page)."""
    document = pypdfium2.PdfDocument(rendered.data)
    try:
        assert len(document) >= 1
        for index in range(len(document)):
            image = document[index].render(scale=1).to_pil().convert("L")
            histogram = image.histogram()
            ink = sum(histogram[:128])  # pixels darker than mid-grey: text and rules
            paper = sum(histogram[224:])
            assert paper > image.width * image.height // 2, f"page {index + 1} is not on paper"
            assert ink > 20, f"page {index + 1} is blank ({ink} dark pixels)"
        return len(document)
    finally:
        document.close()


def test_note_pdf(seed_terms: Terms) -> None:
    rendered = render_note(seed_terms, "pdf")
    text = pdf_text(rendered)
    assert "$20,000,000.00" in text
    assert "Twenty Million Dollars" in text
    assert "September 30, 2005" in text
    assert "No amounts prepaid hereunder may be reborrowed" in text
    assert assert_pages_render(rendered) >= 2


def test_schedule_a_pdf(ledger: Ledger) -> None:
    rendered = render_schedule_a(ledger, "pdf")
    text = pdf_text(rendered)
    assert "SCHEDULE A" in text
    for figure in ["5,000,000.00", "7,500,000.00", "12,500,000.00", "1,000,000.00", "12,500.00"]:
        assert figure in text
    assert_pages_render(rendered)


def test_payoff_letter_pdf(quote: PayoffQuote, seed_terms: Terms) -> None:
    rendered = render_payoff_letter(quote, seed_terms, "pdf")
    text = pdf_text(rendered)
    assert "$" + f"{quote.total:,}" in text
    assert "$" + f"{quote.per_diem:,}" in text
    assert "$2,777.78" in text
    assert "July 5, 2006" in text
    assert "immediately available funds" in text
    assert "TO BE COMPLETED BY LENDER" in text
    assert_pages_render(rendered)


def test_release_pdf(seed_release: ReleaseFigures) -> None:
    rendered = render_release(seed_release, "pdf")
    text = pdf_text(rendered)
    for figure in ["$17,533,226.80", "$951,754.93", "$17,500,000.00", "$1,140,370.41",
                   "$155,388.68", "$18,640,370.41"]:  # fmt: skip
        assert figure in text, figure
    assert_pages_render(rendered)


def test_oid_statement_pdf(oid_figures: OidStatementFigures) -> None:
    rendered = render_oid_statement(oid_figures, "pdf")
    text = pdf_text(rendered)
    for figure in ["$675,564.17", "$324,435.83", "8.00%", "$27,022.57"]:
        assert figure in text, figure
    assert_pages_render(rendered)


def test_a_pdf_has_no_text_form(seed_terms: Terms) -> None:
    rendered = render_note(seed_terms, "pdf")
    assert not rendered.is_text
    with pytest.raises(ValueError, match="no text form"):
        _ = rendered.text
