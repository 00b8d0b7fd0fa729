"""The eighty-ninth round of issue 16: what the twenty-ninth session's first draw (``heldout-jx``
… ``heldout-kb``) and the twenty-eighth session's parts, read after their scores, showed the
rules missed — certificates of deposit, a lending platform's two-column table, parties with an
address or "or his assigns" after the name, a scan's brace for a parenthesis, dates before 1800,
a time "five weeks after date", the choice "6 or 12 months after date", a bank note payable "or
bearer on demand", and "the sum of 20 pounds".

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions
from promissory.extract.engine import extract_file
from promissory.extract.span import SourceText


def _sums(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in money_mentions(SourceText(text))]


_CERTIFICATE = (
    "The plaintiff held a certificate of deposit issued by The Butler County State Bank. It "
    "became insolvent on March 30, 1923, and the defendant refuses to pay. The certificate "
    "reads:\n"
    "“El Dorado, Kansas, Jan. 5, 1923. No. 4408.\n"
    "“Harvey L. Songer has deposited with\n"
    "“The Butler County State Bank, of El Dorado, Kansas,\n"
    "“Eight Hundred Fifty-seven and 15/100 Dollars $857.15\n"
    "“Payable to the order of himself.\n"
    "“On the return of this certificate properly endorsed 6 or 12 months after date with "
    "interest at four per cent per annum.”\n"
)


def test_a_certificate_of_deposit_the_bank_owes_the_depositor() -> None:
    found = extract_text(_CERTIFICATE)
    assert _value(found, "borrower") == "The Butler County State Bank"
    assert _value(found, "lender") == "Harvey L. Songer"
    assert _value(found, "commitment") == Decimal("857.15")


def test_a_certificate_of_deposit_is_dated_by_its_own_dateline() -> None:
    # the court's "insolvent on March 30, 1923" is not the certificate's date
    found = extract_text(_CERTIFICATE)
    assert _value(found, "issue_date") == dt.date(1923, 1, 5)


def test_a_choice_of_two_times_after_date_is_no_maturity() -> None:
    assert _value(extract_text(_CERTIFICATE), "maturity") is None


def test_a_certificate_in_a_dissent_with_its_cents_left_as_a_dash() -> None:
    found = extract_text(
        "O'Neal, J. (dissenting). The certificate of deposit, dated August 4, 1917, certifies "
        "that “Frank Kyselka had deposited with the American National Bank of Pawhuska, "
        "Oklahoma, Six Hundred and no — Dollars, payable to the order of himself on the return "
        "of this certificate properly endorsed, twelve months after date with interest at 5 "
        "percent per annum.”\n"
    )
    assert _value(found, "borrower") == "American National Bank of Pawhuska"
    assert _value(found, "lender") == "Frank Kyselka"
    assert _value(found, "commitment") == Decimal("600.00")


def test_cents_filled_with_no_and_a_dash() -> None:
    assert _sums("Six Hundred and no — Dollars") == [(Decimal("600.00"), "dollar")]
    assert _sums("Six Hundred and no—Dollars") == [(Decimal("600.00"), "dollar")]
    assert _sums("Five Thousand & No-100 Dollars") == [(Decimal("5000.00"), "dollar")]


def test_a_lending_platforms_note_as_a_table_of_two_columns() -> None:
    found = extract_text(
        "Promissory Note 1410\nNote Type EQUAL INSTALMENT\nSecurity Unsecured\n"
        "Name of Payee WOO KOK SUN SAMUEL\nIdentification Number of Payee S8532500J\n"
        "Name of Issuer BUDGET EVENT SOLUTIONS PTE. LTD.\nRegistration Number of Issuer "
        "201432244H\nIssue Date 13 NOV 2017\n"
    )
    assert _value(found, "lender") == "WOO KOK SUN SAMUEL"
    # (a Singapore company's "PTE." is no heading run into the name)
    assert _value(found, "borrower") == "BUDGET EVENT SOLUTIONS PTE. LTD."


def test_a_lender_label_with_its_address_after_the_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nBorrower: Sky Century Investment Inc., a Nevada corporation located at "
        "220 Emerald Vista Way #233 Las Vegas, NV 89144\nLender: Markebitz Limited with its "
        "beneficiary address at Unit B, Lot 49, 1st Floor, Block F, Kota Kinabalu, Sabah\n"
        "Principal Amount: $56,000.00\n"
    )
    assert _value(found, "lender") == "Markebitz Limited"


def test_labels_and_names_in_a_flattened_tables_cells() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n|DATE:\n|19th April 2013\n|BORROWER:\n"
        "|Novagen Finance Pty Ltd (A.C.N. 156 045 180)\nBORROWER’S MAILING ADDRESS: Level 1\n"
        "|13-15 Short Street\n|LENDER:\n|Darryl James Munro and Lynda Marie Stewart\n"
        "PLACE FOR PAYMENT: Level 1\n"
    )
    assert _value(found, "borrower") == "Novagen Finance Pty Ltd"
    assert _value(found, "lender") == "Darryl James Munro"


def test_a_parties_street_address_run_on_without_a_comma() -> None:
    found = extract_text(
        "PROMISSORY NOTE $352,167.00 October 15, 2004 Drinks Americas, Inc. 372 Danbury Road "
        'Suite 163 Wilton, Connecticut 06897 ("Borrower") Kenneth H. Close 59 Old Post Road '
        'Southport, Connecticut 06490 ("Lender") RECITAL. Borrower shall pay Lender the sum.\n'
    )
    assert _value(found, "lender") == "Kenneth H. Close"


def test_a_payee_who_may_assign() -> None:
    found = extract_text(
        "The Movie Studio, Inc., a Corporation, incorporated under the laws of the state of "
        "Delaware (the“Company”) and Ross Selag or his assigns (the“Holder”) hereby execute "
        "this Convertible Promissory Note. Holder promises to advance to the Company the "
        "principal sum of $17,500.00, and the Company promises to pay to Holder such principal "
        "sum together with accrued and unpaid interest thereon.\n"
    )
    assert _value(found, "lender") == "Ross Selag"


def test_a_scans_brace_for_the_parenthesis_of_a_defined_term(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    note = tmp_path / "note.txt"
    note.write_text(
        "FOR VALUE RECEIVED, the undersigned, FIRST STREET HOSPITAL, L.P., a Texas limited "
        'partnership (the "Maker"), promises to pay to the order of THE BANK OF RIVER OAKS {the '
        '"Payee", together with any and all subsequent owners and holders of this Note), the '
        "principal sum of $1,863,062.00.\n",
        encoding="utf-8",
    )
    assert _value(extract_file(note), "lender") == "THE BANK OF RIVER OAKS"


def test_a_maker_named_first_of_many_before_a_long_list() -> None:
    makers = "".join(
        f"Affiliate Number {n}, Inc., a Delaware corporation (“A{n}”), " for n in range(1, 9)
    )
    found = extract_text(
        "FOR VALUE RECEIVED, Oak Tree Educational Partners, Inc., a Delaware corporation formerly "
        f"known as Florham Consulting Corp. (the “Company”), {makers}and each of the Company’s "
        "other Subsidiaries (collectively, “Maker”), hereby promise, jointly and severally, to "
        "pay to the order of Deerpath Funding, LP, a Delaware limited partnership (“Payee”), "
        "the principal amount of Three Million Dollars ($3,000,000.00).\n"
    )
    assert _value(found, "borrower") == "Oak Tree Educational Partners, Inc."
    assert _value(found, "lender") == "Deerpath Funding, LP"


def test_an_eighteenth_century_note_and_its_time_in_weeks() -> None:
    found = extract_text(
        "was indicted for forging a note in the words and figures following; that is to say,\n\n"
        '"No 16 16 0 London, Oct. 19, 1782.\n\nFive weeks after date, I promise to pay to Mr. '
        'William Godfrey, or order, the sum of sixteen pounds, value received, H. Robbins."\n'
    )
    assert _value(found, "issue_date") == dt.date(1782, 10, 19)
    assert _value(found, "maturity") == dt.date(1782, 11, 23)  # thirty-five days on


def test_a_dateline_without_a_comma_opening_the_note_is_its_date() -> None:
    found = extract_text(
        "“Boston July 31st. 1766, I Promise to pay Mr. Thomas Walley, or order Eight pounds "
        "Lawful Money on demand, with Lawfull Interest for the Same till paid. Joseph Warren.”\n"
    )
    assert _value(found, "issue_date") == dt.date(1766, 7, 31)
    assert _value(found, "maturity") is None


def test_a_draft_date_opening_a_document_is_not_its_dateline() -> None:
    found = extract_text(
        "Taft Draft June 27, 2025\nEducational Facilities Revenue Note\nDate of Note: September "
        "[__], 2025 $5,500,000.00\nFOR VALUE RECEIVED the City of Hugo, Minnesota promises to "
        "pay to the order of the Purchaser the principal sum of $5,500,000.00.\n"
    )
    found_date = [f for f in found.findings if f.field == "issue_date"]
    assert not found_date or found_date[0].confidence < Decimal("0.90")


def test_a_bank_note_payable_to_a_person_or_bearer_on_demand() -> None:
    found = extract_text(
        "No. K 1213\nI promise to pay Mr James Hubbald or bearer on demand\nthe sum of Ten Pounds.\n"
        "£10.0.0 London, the 8th day of November, 1763\nFor the Governor and Company of the\n"
        "Bank of England\nG. Tilley\n"
    )
    assert _value(found, "demand") is True
    assert _value(found, "issue_date") == dt.date(1763, 11, 8)


def test_the_old_bailey_markup_is_not_part_of_a_name(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    note = tmp_path / "trial.txt"
    note.write_text(
        "was indicted for forging a Bank note, the tenor of which is as followeth\n\n"
        "No. 151 17 79\n\nI promise to pay to Mr. Robert Goordon < no role > or bearer on "
        "demand the sum of 20 pounds,\n\nLondon, the 2d day of March, 1779.\n",
        encoding="utf-8",
    )
    found = extract_file(note)
    assert _value(found, "lender") == "Mr. Robert Goordon"
    assert _value(found, "demand") is True
    assert _value(found, "commitment") == Decimal("20.00")


def test_pounds_after_the_sum_of_are_money_not_weight() -> None:
    assert _sums("the sum of 20 pounds, value received") == [(Decimal("20.00"), "pound")]
    assert _sums("the sum of 1,000 pounds.") == [(Decimal("1000.00"), "pound")]
    assert _sums("the sum of 20 pounds of cotton") == []
    assert _sums("the sum of 20 pounds 10 shillings") == []
    assert _sums("a bale of 20 pounds") == []


def test_a_date_of_the_seventeen_hundreds_is_read_but_not_held() -> None:
    found = extract_text(
        "Philadelphia, March 3, 1789. Sixty days after date I promise to pay to John Smith or "
        "order one hundred dollars.\n"
    )
    assert _value(found, "issue_date") == dt.date(1789, 3, 3)
    assert any("placeholder" in w for w in found.warnings)


def test_no_name_offered_from_a_trust_agreements_date() -> None:
    # a payee "or its successors and assigns" after a date is no name
    found = extract_text(
        'FOR VALUE RECEIVED, Acme Holdings LLC (the "Maker") promises to pay to the trustees '
        "of the BEB 2011 TRUST, created under trust agreement dated June 10, 2011, or its "
        'successors and assigns, (the "Holder") the sum of $100,000.00.\n'
    )
    assert "June 10, 2011" not in offered(found, "lender")
