"""The second round of issue 16: readings a reader would not call certain are not reported as
certain (confidence calibrated on the seen corpus parts), and the misses listed in
``docs/extract.md`` after ``heldout-c`` — written here as short notes of their own."""

from __future__ import annotations

from decimal import Decimal

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions, money_value
from promissory.extract.records import STATED
from promissory.extract.scoring import BANDS, NoteResult, calibration, same
from promissory.extract.span import SourceText

PROMISE = "FOR VALUE RECEIVED, Acme Widgets, Inc. promises to pay to the order of First Bank "


def test_cents_after_and_in_a_fraction_of_00() -> None:
    text = "the sum of One Hundred Dollars and 94/00 ($100.94) in lawful money"
    (mention,) = money_mentions(SourceText(text))
    assert mention.value == Decimal("100.94")
    assert mention.agrees is True


def test_cents_typed_after_a_comma() -> None:
    assert money_value("$12,054,344,00") == Decimal("12054344.00")
    assert money_value("$12,054,344") == Decimal("12054344.00")


def test_a_rate_without_a_percent_sign_is_read_but_not_as_certain() -> None:
    finding = extract_text(PROMISE + "the principal sum of $5,000.00, plus interest at the rate "
                           "of 7.25 per annum.").get("interest.rate")  # fmt: skip
    assert finding is not None
    assert finding.value == Decimal("0.0725")
    assert finding.confidence < STATED


def test_an_index_minus_a_margin_is_a_negative_margin_with_its_floor() -> None:
    text = (
        PROMISE + "the principal sum of $1,000,000.00 with interest at the Prime Rate as published "
        "in The Wall Street Journal minus 3% per annum. In no event shall the rate be less than "
        "4% per annum."
    )
    found = extract_text(text)
    margin, floor = found.get("interest.floating.margin"), found.get("interest.floating.floor")
    assert margin is not None and margin.value == Decimal("-0.03")
    assert floor is not None and floor.value == Decimal("0.04")


def test_parties_under_maker_and_lender_labels() -> None:
    text = (
        "PROMISSORY NOTE\n\nMAKER:\n\nAvon Court Partners LLC\n\n1 Main Street\n\n"
        "LENDER:\n\nHarold Green\n\n1. For value received, Maker promises to pay to the order of "
        "Lender the Principal Amount."
    )
    found = extract_text(text)
    borrower, lender = found.get("borrower"), found.get("lender")
    assert borrower is not None and borrower.value == "Avon Court Partners LLC"
    assert lender is not None and lender.value == "Harold Green"
    assert borrower.confidence < STATED  # a label above a value is a layout guess


def test_parties_in_side_by_side_form_columns() -> None:
    text = (
        " NORTH LAKE HOLDINGS, LLC\n \nCountry State Bank\n \n 100 MAIN ST\n \n"
        "9 Elm Street\nLoan Number 12\nBORROWER'S NAME AND ADDRESS\n \nLENDER'S NAME AND ADDRESS\n"
        "I promise to pay you the PRINCIPAL sum of $1,000.00."
    )
    found = extract_text(text)
    borrower, lender = found.get("borrower"), found.get("lender")
    assert borrower is not None and borrower.value == "NORTH LAKE HOLDINGS, LLC"
    assert lender is not None and lender.value == "Country State Bank"


def test_two_different_default_rates_are_offered_not_chosen() -> None:
    text = (
        PROMISE + "the principal sum of $10,000.00 with interest at 5% per annum. A late "
        "installment shall accrue penalty interest at 12.50% per annum. After an Event of Default "
        "the unpaid principal shall bear interest at 12.25% per annum."
    )
    found = extract_text(text)
    assert found.get("interest.default_rate") is None
    offered = {o.value for o in found.offered("interest.default_rate")}
    assert offered == {Decimal("0.1250"), Decimal("0.1225")}


def test_a_deferral_date_is_not_the_maturity() -> None:
    text = (
        PROMISE + "the principal sum of $10,000.00. Maker may defer payments until June 15, 2012; "
        "the initial lump sum payment shall be made no later than June 15, 2012."
    )
    finding = extract_text(text).get("maturity")
    assert finding is None or finding.confidence < STATED


def test_overdue_interest_payable_on_demand_is_not_a_demand_note() -> None:
    text = (
        PROMISE + "the principal sum of $10,000.00 on June 30, 1998. The Borrower promises to pay "
        "interest, payable on demand, on any overdue principal."
    )
    assert extract_text(text).get("demand") is None


def test_both_bases_named_gives_no_day_count() -> None:
    text = (
        PROMISE + "the principal sum of $10,000.00. Interest is computed on the basis of a 360-day "
        "year of twelve 30-day months and the actual number of days elapsed."
    )
    found = extract_text(text)
    assert found.get("interest.day_count") is None
    assert {o.value for o in found.offered("interest.day_count")} == {"30/360 US", "ACT/360"}


def test_calibration_bands_count_readings_by_confidence() -> None:
    result = NoteResult(
        "n",
        {},
        readings=[
            ("interest.rate", Decimal("0.95"), True),
            ("maturity", Decimal("0.90"), False),
            ("borrower", Decimal("0.70"), True),
        ],
    )
    bands = calibration([result])
    assert [label for label, _ in BANDS] == list(bands)
    assert (bands["0.95+"].reported, bands["0.95+"].right) == (1, 1)
    assert (bands["0.90-0.94"].reported, bands["0.90-0.94"].right) == (1, 0)
    assert calibration([result], {"maturity"})["0.70-0.89"].reported == 0


def test_a_trade_name_after_dba_may_be_written_or_not() -> None:
    assert same("borrower", "Cadence II, LLC DBA Network Cadence", "Cadence II, LLC")
    assert same("lender", "BOKF, NA", "BOKF, NA dba Bank of Albuquerque")
    assert same(
        "lender", "Zions Bancorporation, N.A. d/b/a Nevada State Bank", "Zions Bancorporation, N.A."
    )
    assert not same(
        "lender", "Nevada State Bank", "Zions Bancorporation, N.A. dba Nevada State Bank"
    )


def test_a_courtesy_title_may_be_written_or_not() -> None:
    # heldout-ei note 1787 (labelled "David Cohen", the note writes "Dr. David Cohen") and heldout-eg
    # note 1761 (labelled "Mrs. E. H. Beckwith").
    assert same("lender", "Dr. David Cohen", "David Cohen")
    assert same("lender", "E. H. Beckwith", "Mrs. E. H. Beckwith")
    assert not same("lender", "Dr. David Cohen", "Dr. David Cohn Jr.")


def test_a_public_bodys_state_or_a_remark_in_parentheses_may_be_written_or_not() -> None:
    # heldout-cg notes 1055, 1056 and heldout-cj note 1114 (labelled with them, read without them).
    assert same("lender", "The City of Clearwater", "The City of Clearwater, Florida")
    assert same(
        "lender",
        "HOUSING AUTHORITY OF THE CITY OF OAKLAND",
        "HOUSING AUTHORITY OF THE CITY OF OAKLAND, CALIFORNIA",
    )
    assert same(
        "lender",
        "Equitable Manufacturing Company",
        "Equitable Manufacturing Company (Not Incorporated)",
    )
    assert not same("lender", "The City of Clearwater", "The City of Tampa, Florida")
    assert not same("lender", "Bank of Texas", "Bank of Oklahoma")
