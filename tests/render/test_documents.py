"""Every document renders in every text format and carries the right figures."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from promissory.core.reports import PayoffQuote
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.errors import InvalidInput
from promissory.render import (
    Format,
    OidStatementFigures,
    ReleaseFigures,
    render,
    render_oid_statement,
    render_payoff_letter,
    render_release,
    render_schedule_a,
)

TEXT_FORMATS = [Format.TXT, Format.MD, Format.HTML]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_schedule_a_lists_every_row_with_its_split(ledger: Ledger, fmt: Format) -> None:
    text = render_schedule_a(ledger, fmt).text
    assert "SCHEDULE A" in text
    # Loan 2 takes principal to 12,500,000.00; the 1,000,000.00 payment goes wholly to interest
    # (113,333.33 on Loan 1 to Jan 15, 2002, then 12,500,000.00 × 8% × 440/360 = 1,222,222.22).
    for figure in ["5,000,000.00", "7,500,000.00", "12,500,000.00", "1,000,000.00", "12,500.00"]:
        assert figure in text
    assert "Lender Expense" in text
    assert "Counsel fees" in text
    assert "Loan 1 (illustrative)" in text


def test_schedule_a_markdown_has_one_table_row_per_entry(ledger: Ledger) -> None:
    text = render_schedule_a(ledger, "md").text
    rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == len(ledger.rows) == 4
    payment = rows[2].split(" | ")
    assert payment[2:7] == ["Payment", "1,000,000.00", "", "1,000,000.00", ""]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_payoff_letter_figures(quote: PayoffQuote, seed_terms: Terms, fmt: Format) -> None:
    text = flat(render_payoff_letter(quote, seed_terms, fmt).text)
    assert quote.total == quote.principal + quote.interest + quote.expenses
    assert "$" + f"{quote.total:,}" in text
    assert "$" + f"{quote.per_diem:,}" in text
    assert "$12,500,000.00" in text
    assert "$12,500.00" in text
    assert "good through July 5, 2006" in text
    assert "immediately available funds" in text
    assert "10050 Bandley Drive, Cupertino, CA 95014" in text
    assert "TO BE COMPLETED BY LENDER" in text
    assert "per diem" in text
    for day in quote.days:
        assert "$" + f"{day.total:,}" in text


def test_payoff_letter_per_diem_is_one_days_interest(quote: PayoffQuote, seed_terms: Terms) -> None:
    # 12,500,000.00 × 8% / 360 = 2,777.777… → 2,777.78
    assert quote.per_diem == Decimal("2777.78")
    assert "add $2,777.78 per day (the per diem)" in flat(
        render_payoff_letter(quote, seed_terms, "txt").text
    )


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_release_in_the_style_of_the_seed_letter(seed_release: ReleaseFigures, fmt: Format) -> None:
    text = flat(render_release(seed_release, fmt).text).replace("&#34;", '"').replace("&#39;", "'")
    for phrase in [
        "LETTER AGREEMENT AND RELEASE",
        "is made and entered into effective March 31, 2002 by and between",
        '("Berg") a California limited liability company',
        '("Valence"), a Delaware corporation',
        "Whereas, Valence owns mortgage notes receivable in the principal amount of $17,533,226.80 "
        'and accrued and unpaid interest of $951,754.93 (the "Notes")',
        "dated February 24, 2001 which currently has an outstanding balance in the principal "
        'amount of $17,500,000.00 and accrued and unpaid interest of $1,140,370.41 (the "Loan");',
        "agrees to pay to Berg $155,388.68 in immediately available funds by wire transfer",
        "the Loan is fully paid and discharged. The Loan Agreement is hereby terminated.",
        "Berg hereby assumes any and all obligations and duties of Valence under the Notes.",
        "California Civil Code Section 1542",
        "shall be governed by California law",
        "Carl E. Berg, Managing Member",
    ]:
        assert phrase in text, phrase
    # the figures balance: 17,500,000.00 + 1,140,370.41 = 17,533,226.80 + 951,754.93 + 155,388.68
    assert seed_release.forgiven == 0
    assert text.count("$18,640,370.41") == 2


def test_a_cash_settlement_at_a_discount(seed_release: ReleaseFigures) -> None:
    figures = dataclasses.replace(
        seed_release,
        assigned_principal=Decimal(0),
        assigned_interest=Decimal(0),
        cash=Decimal("18000000.00"),
        governing_law="Nevada",
    )
    text = flat(render_release(figures, "txt").text)
    assert "Notes" not in text
    assert "Valence agrees to pay to Berg $18,000,000.00 in immediately available funds" in text
    assert "although that consideration is $640,370.41 less than the outstanding balance" in text
    assert "1542" not in text
    assert "governed by Nevada law" in text


def test_consideration_above_the_loan_is_refused(seed_release: ReleaseFigures) -> None:
    with pytest.raises(InvalidInput, match="exceeds the loan"):
        dataclasses.replace(seed_release, cash=Decimal("155388.69"))
    with pytest.raises(TypeError, match="float"):
        dataclasses.replace(seed_release, cash=155388.68)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_oid_statement(oid_figures: OidStatementFigures, fmt: Format) -> None:
    text = flat(render_oid_statement(oid_figures, fmt).text)
    for phrase in ["STATEMENT OF ORIGINAL ISSUE DISCOUNT", "$675,564.17", "$1,000,000.00",
                   "$324,435.83", "8.00% per annum, compounded semiannually", "$27,022.57",
                   "July 1, 1994", "July 1, 1999", "A Holder"]:  # fmt: skip
        assert phrase in text, phrase


def test_unknown_documents_and_formats_are_refused(seed_terms: Terms) -> None:
    with pytest.raises(InvalidInput, match="document 'memo'"):
        render("memo", "txt", {})
    with pytest.raises(InvalidInput, match="format 'docx'"):
        render("note", "docx", {})
