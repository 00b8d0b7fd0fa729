"""The ninety-third round of issue 16: what the twenty-ninth session's fifth and sixth draws
(``heldout-kr`` … ``heldout-la``) showed the rules missed — certificates of deposit whose bank is named across a
line, after a clerk's "Copy", after a dateline's year or as "the bank", an estate as depositor, an
indorsee on the back taken for the payee; a rate "after my death"; a default margin "(6%per
annum)above the rate".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_bank_whose_town_is_on_the_next_line() -> None:
    found = extract_text(
        "he took a certificate in words and figures as follows:\n\n“Certificate of Deposit.\n"
        "“East Tennessee National Bank of\n“Knoxville, Tennessee.\n“No. 13841.\n“September 10, "
        "1910. $4950.\n“A. Easley, Agt., has deposited in this Bank forty-nine hundred and fifty "
        "dollars, payable to the order of self, on the return of this certificate properly "
        "indorsed.\n"
    )
    assert _value(found, "borrower") == "East Tennessee National Bank"
    assert _value(found, "lender") == "A. Easley"


def test_a_clerks_copy_of_a_certificate() -> None:
    found = extract_text(
        '"Not Subject to Check.\n\n"Copy Bank of Independence No. 56.\n\n"Independence, Ky., '
        'Sept. 12, 1909.\n\n"Anna M. Beers......Has deposited in this bank Twenty one Hundred '
        "Dollars......$2,100.00. Payable to the order of Herself in current funds on the return "
        "of this Certificate properly indorsed 6 months after date.\n"
    )
    assert _value(found, "borrower") == "Bank of Independence"
    assert _value(found, "lender") == "Anna M. Beers"


def test_a_bank_after_the_datelines_year_and_an_estate_as_depositor() -> None:
    found = extract_text(
        'The time certificate in question reads as follows:\n\n"Bank of Vivian, No. 1026. '
        "Vivian, La., February 7, 1922. W.J. Thomason estate has deposited in the bank exactly "
        "five thousand dollars, $5,000, payable to the order of himself.\n"
    )
    assert _value(found, "borrower") == "Bank of Vivian"
    assert _value(found, "lender") == "W.J. Thomason estate"
    dated = extract_text(
        'The certificate sued on is as follows: “ $1500.00." Des Moines, Iowa, March 23, 1885. '
        "Capital City Bank. • Mary J. Penrose has deposited in this bank Fifteen Hundred "
        "Dollars, payable to the order of herself on the return of this certificate.\n"
    )
    assert _value(dated, "borrower") == "Capital City Bank"


def test_the_depositor_not_an_indorsee_on_the_back() -> None:
    found = extract_text(
        "“The Shepherd State Bank. No. 8.\n“Harold G. Wise has deposited in this bank eight "
        "thousand dollars ($8,000.00) payable to the order of himself on the return of this "
        "certificate properly indorsed 19 mos. after date.\n“Ed. Cochran, Cashier.\nIndorsed on "
        "back:\n“Without recourse, pay to the order of J. E. Phillips, county treasurer.\n"
    )
    assert _value(found, "lender") == "Harold G. Wise"


def test_a_rate_after_the_makers_death_is_the_rate_after_it_falls_due() -> None:
    found = extract_text(
        "“After my death after date, I promise to pay to Mrs. Annie Tollefson or order ten "
        "thousand dollars at the Black Earth State Bank, for value received, with interest at the "
        "rate of six per cent, per annum after my death until paid.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.06")


def test_a_default_margin_with_its_bracket_run_into_the_words() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Whiteford Foods Venture, L.P. promises to pay to the order of PNC "
        "Bank the principal sum of $1,747,793.89. Upon the occurrence of an Event of Default, "
        "Borrower shall pay interest at a rate per annum equal to six hundred basis points "
        "(6%per annum)above the rate of interest otherwise applicable hereto.\n"
    )
    assert _value(found, "interest.default_margin") == Decimal("0.06")
    assert _value(found, "interest.default_rate") is None


def test_certificates_of_the_sixth_draw() -> None:
    deposit = extract_text(
        "1. Appellee held a certificate of deposit in the following terms: “Certificate of "
        "Deposit. Indiana National Bank, No. 8,408. Elkhart, Indiana, November 7, 1903. George "
        "Stapf has deposited in this bank $600, payable to the order of himself.\n"
    )
    assert _value(deposit, "borrower") == "Indiana National Bank"
    numbered = extract_text(
        "No. 762. Citizens' National Bank . CINCINNATI August 9, 1882. Eugene E. Brown has "
        "deposited in this bank eleven hundred and forty-five dollars, payable to the order of "
        "himself on return of this certificate.\n"
    )
    assert _value(numbered, "borrower") == "Citizens' National Bank"
    house = extract_text(
        "brought on the following instrument of writing: Banking house of E. T. Hunt & Co., "
        "Sycamore, Illinois, March 9th, 1861. C. M. Chase has deposited in this bank two hundred "
        "and eighty dollars, payable to his order three months after date.\n"
    )
    assert _value(house, "borrower") == "E. T. Hunt & Co."


def test_a_secured_party_or_an_honorific_alone_is_no_name() -> None:
    found = extract_text(
        "DEMAND PROMISSORY NOTE\nSECURED PARTY: Secured Party\nFOR VALUE RECEIVED, Great Lakes "
        "Aviation, Ltd. promises to pay on demand to the order of Esq. the sum of $8,786,778.\n"
    )
    assert _value(found, "lender") is None


def test_a_date_and_a_heading_run_into_the_makers_name() -> None:
    found = extract_text(
        'December 28. 2006 PROMISE TO PAY. Mile Marker. Inc. ("Borrower") promises to pay to '
        'Lehman Brothers Bank. FSB ("Lender") the principal amount of $2,250,000.00.\n'
    )
    assert _value(found, "borrower") == "Mile Marker. Inc."


_MODERN = (
    "PROMISSORY NOTE\n$250,000.00 March 1, 2021\nFOR VALUE RECEIVED, Acme Widgets, Inc. "
    '("Borrower") promises to pay to the order of Main Street Bank (the "Bank") the principal sum '
    "of Two Hundred Fifty Thousand Dollars ($250,000.00) on March 1, 2026.\n"
)


def test_a_notes_recital_that_its_borrower_deposited_collateral_names_no_parties() -> None:
    found = extract_text(
        "CERTIFICATE OF DEPOSIT SECURED PROMISSORY NOTE\n\nRecital. Borrower has deposited with "
        "the Bank Certificate of Deposit No. 4471 in the amount of $25,000.00, which is pledged as "
        "collateral for this Note.\n\n" + _MODERN
    )
    assert _value(found, "lender") == "Main Street Bank"
    assert _value(found, "borrower") == "Acme Widgets, Inc."


def test_a_payment_table_below_the_note_does_not_relabel_its_terms() -> None:
    found = extract_text(
        _MODERN + "\n| Date | Payment | Principal | Interest |\n"
        "| April 1, 2021 | $4,833.00 | $3,583.00 | $1,250.00 |\n"
    )
    assert _value(found, "commitment") == Decimal("250000.00")


def test_a_reserve_deposited_is_no_certificate_payable_on_demand() -> None:
    found = extract_text(
        _MODERN + "Borrower has deposited with Lender the sum of $10,000.00 as a reserve, which "
        "Lender shall release on 30 days notice.\n"
    )
    assert _value(found, "demand") is None
    assert _value(found, "commitment") == Decimal("250000.00")


def test_a_due_date_heading_is_not_a_dateline() -> None:
    found = extract_text(
        "Matures June 1, 2026\n\nFOR VALUE RECEIVED, Acme Inc. promises to pay to the order of "
        "Beta LLC the principal sum of $10,000.00.\n"
    )
    assert all(
        not (f.field == "issue_date" and f.confidence >= Decimal("0.90")) for f in found.findings
    )


def test_a_name_with_a_street_in_it() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Acme Inc. promises to pay to the order of Hines 1001 Fannin Street LP "
        "the principal sum of $10,000,000.00.\n"
    )
    assert _value(found, "lender") == "Hines 1001 Fannin Street LP"


def test_said_walker_is_not_the_walker_farm() -> None:
    found = extract_text(
        "The Walker farm is sold. FOR VALUE RECEIVED, I promise to pay said Walker or order $500 "
        "on June 1, 1890. Dated June 1, 1889.\n"
    )
    assert _value(found, "lender") != "The Walker"
