"""The sixtieth round of issue 16: misses read again on parts already seen while ``heldout-eh``
… ``heldout-ej`` were being collected, then those parts' own misses after their first and only
score.

* a promise to pay that comes before "for value received" ("I promise to pay to the order of F.W
  Angus, seven thousand … dollars, for value received, … I promise to pay such additional sum"):
  the payee is the first promise's, not looked for after the second (but a heading "PROMISE TO
  PAY." is no promise);
* the signer of a quoted note whose last line is the signer's town ('"WILBUR D. LOCKE.' then
  '"Ft. Klamath, Oregon."'), where the promise's maker is only "I or we";
* a date then, on the next line, another label with its own date ("Date December 24, 1996" /
  "Maturity Date June 02, 1997"): the label is the next date's, not this one's;
* read on ``heldout-ei`` and ``heldout-ej`` after their score: an old note's cents after a space
  or a hyphen ("$920 55-100", "($1016 58.)", "nine hundred and twenty dollars 55-100", "seventeen
  hundred and sixty-one 33-100 dollars"); a signer whose given name is abbreviated ("Chas. S.
  Floyd"), above an endorsement ("P. NEGRIN." then "“Endorser, W. H. Hunt.”"), or the first of two
  who share a surname ("Hyman Jacobson Julia Jacobson"); payees who share a surname written once
  ("Peter J. and Mary A. Burke"); no payee "Twenty" from "promises to pay to Twenty Seven Thousand …
  Dollars to Scott Tracy"; "J.L.B. of Nevada, Inc." whole; a form's "a(n) California corporation";
  "interest per annum at nine percent (9%)" is the rate; "interest at the rate of eight percent (8%)
  … on all overdue principal and interest" is the rate after a default; "an annual fixed rate" is
  no annual schedule;
* read on ``heldout-eh`` after its score: a scan's spaced figures ("($450, 000. 00)"); a payee "as
  hereinafter provided" and one "in Anoka, Minnesota"; "a 360-" at a line's end then "day year";
  "The maturity date of this loan as evidenced by this Promissory Note is"; an index and margin in
  the formula a rate is reset to "On the Initial Rate Reset Date" are offered.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_payee_of_a_promise_before_for_value_received() -> None:
    found = extract_text(
        'For the remaining $7,500 they gave their note: "$7,500.00. Portland, Oregon, Nov. 21, '
        "1907. Ten years after date, I promise to pay to the order of F.W Angus, seven thousand "
        "five hundred dollars, for value received, with interest from date, payable annually, at "
        "the rate of seven per cent. per annum until paid; and in case suit or action is "
        "instituted to collect this note, I promise to pay such additional sum of money as the "
        "court may adjudge reasonable as attorneys' fees.\"\n"
    )
    assert _value(found, "lender") == "F.W Angus"


def test_a_heading_promise_to_pay_is_no_earlier_promise() -> None:
    found = extract_text(
        "EXHIBIT 4.3 FIBERCHEM, INC. 12% SENIOR CONVERTIBLE NOTE 1. PROMISE TO PAY. FiberChem, "
        'Inc., a Delaware corporation (hereinafter, the "Issuer"), for value received, hereby '
        'promises to pay RemoteData Partners or its successors or assignees ("Lender") the '
        "principal sum of Six Hundred and Fifty Thousand United States Dollars (U.S. $650,000).\n"
    )
    assert _value(found, "lender") == "RemoteData Partners"


def test_a_quoted_notes_signer_above_his_town() -> None:
    found = extract_text(
        'a promissory note reading thus:\n\n"May 15, 1925. $2,500.00\n\n"Six months after date, '
        "for value received, I or we jointly and severally promise to pay to the CENTRAL OREGON "
        "LOAN COMPANY or order, at its office in Redmond, Oregon, Twenty-five Hundred Dollars, "
        'with interest at the rate of 7 per cent per annum.\n\n"In case suit or action is '
        "instituted to collect this note, I, or we, jointly and severally promise to pay such "
        'additional sum as the Court may adjudge reasonable as attorneys fees.\n\n"WILBUR D. '
        'LOCKE.\n\n"Ft. Klamath, Oregon."\n\nIt seems that this note was indorsed.\n'
    )
    assert _value(found, "borrower") == "WILBUR D. LOCKE"


def test_a_date_above_the_next_lines_label() -> None:
    found = extract_text(
        "NEW WEST EYEWORKS, INC. THE SECOND NATIONAL BANK\nLoan Number 2901251150\n"
        "XXXXXX, XXXX 00000 Date December 24, 1996\nMaturity Date June 02, 1997\n"
        "BORROWER'S NAME AND ADDRESS LENDER'S NAME AND ADDRESS Loan Amount $ 350,000.00\n"
        "I promise to pay to you, or your order, at your address listed above the PRINCIPAL sum "
        "of THREE HUNDRED FIFTY THOUSAND AND 00/100 Dollars $ 350,000.00\n"
    )
    assert _value(found, "issue_date") == dt.date(1996, 12, 24)
    assert _value(found, "maturity") == dt.date(1997, 6, 2)


def test_an_old_notes_cents_after_a_space_or_a_hyphen() -> None:
    found = extract_text(
        "“$920 55-100. Nashville, March 8th, 1841.\n“Twelve months after date I promise to pay W. "
        "H. Hunt, or order, nine hundred and twenty dollars 55-100, for value received, payable at "
        "the Bank of Tennessee. P. NEGRIN.\n“Endorser, W. H. Hunt.”\n"
    )
    assert _value(found, "commitment") == Decimal("920.55")
    assert _value(found, "borrower") == "P. NEGRIN"
    spaced = extract_text(
        "($1016 58.)\n“ Vicksburg, 1st July, 1862.\nOne day after date, I promise to pay to the "
        "order of Wm. McCutchen & Co., one thousand and sixteen dollars and fifty-eight cents for "
        "value received.\n(Signed)\nSarah Cowan.”\n"
    )
    assert _value(spaced, "commitment") == Decimal("1016.58")
    words = extract_text(
        '"Twelve months after date, I promise to pay Eliza F. Gilmer, or bearer, the sum of '
        'seventeen hundred and sixty-one 33-100 dollars, for value received.\n\n"J. H. '
        'Echols."\n'
    )
    assert _value(words, "commitment") == Decimal("1761.33")


def test_a_signer_whose_given_name_is_abbreviated() -> None:
    found = extract_text(
        "“150.00. Loganville, Ga., Aug. 15th, 1911.\n\nOn March 6th, 1912, after date, I promise "
        "to pay to the order of myself one hundred and fifty dollars at any bank, value received. "
        "And each of us hereby waive demand, protest, notice of demand, protest, and non-payment. "
        "Witness my hand and seal. Chas. S. Floyd.” Indorsed: “Chas. S. Floyd.”\n"
    )
    assert _value(found, "borrower") == "Chas. S. Floyd"


def test_two_signers_who_share_a_surname_and_two_payees_who_do() -> None:
    found = extract_text(
        '"Providence, R.I.\nDecember 17, 1926.\n$1,100.00\nOne year after date I promise to pay '
        "to the order of Peter J. and Mary A. Burke, Eleven Hundred Dollars. Payable at Union "
        "Trust Co. of Providence, R.I.\nDue Dec. 18, 1927.\n(Signed) Hyman Jacobson Julia "
        'Jacobson."\n'
    )
    assert _value(found, "borrower") == "Hyman Jacobson"
    assert _value(found, "lender") == "Peter J. and Mary A. Burke"


def test_no_payee_from_the_first_word_of_a_sum() -> None:
    found = extract_text(
        'FOR VALUED RECEIVED, SHC Corp. (the "Debtor"), hereby promises to pay\nto Twenty Seven '
        'Thousand Five Hundred and 00/100 Dollars to Scott Tracy (the\n"Holder"), or at the '
        "Holder's option to his authorized agent.\n"
    )
    assert _value(found, "lender") == "Scott Tracy"


def test_a_payee_of_a_state_with_its_suffix_and_a_forms_a_n() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Credit Store, Inc., a Delaware corporation (the "Maker"), promises '
        "to pay to the order of J.L.B. of Nevada, Inc., a Nevada corporation, or assigns, ON "
        "DEMAND, the principal amount of Five Million Dollars ($5,000,000.00).\n"
    )
    assert _value(found, "lender") == "J.L.B. of Nevada, Inc."
    form = extract_text(
        "FOR VALUE RECEIVED, XXXX-XX STUDIOS WEST, a(n) California corporation and XXXX-XX "
        'STUDIOS EAST, INC., a New York corporation (collectively "Maker"), promises to pay to '
        "the order of XXXXXX FINANCIAL LEASING, INC., a Delaware corporation, the principal sum "
        "of $10,000,000.00.\n"
    )
    assert _value(form, "borrower") == "XXXX-XX STUDIOS WEST"


def test_interest_per_annum_at_a_rate() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, Chemical & Equipment Specialties, Inc. ("Maker"), '
        'promises to pay to the order of Earl E. Schott ("Payee"), the principal sum of FIVE '
        "HUNDRED THOUSAND DOLLARS ($500,000.00), together with interest per annum at nine percent "
        "(9%), which principal sum and interest are due and payable in installments.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.09")


def test_a_rate_on_all_overdue_principal_and_interest() -> None:
    found = extract_text(
        "For value received, Kennedy-Wilson, Inc. hereby promises to pay to Cahill, Warnock "
        "Strategic Partners Fund, L.P. the principal sum of Two Million Dollars ($2,000,000), and "
        "to pay interest on the unpaid principal at the rate of six percent (6%) per annum, and to "
        "pay interest at the rate of eight percent (8%) (so far as the same may be legally "
        "enforceable) on all overdue principal and interest.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.06")
    assert _value(found, "interest.default_rate") == Decimal("0.08")


def test_an_annual_fixed_rate_is_no_annual_schedule() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, KINGFISH HOLDING CORPORATION (the “Borrower”), "
        "promises to pay to the order of JAMES K. TOOMEY the principal sum of FIFTY THOUSAND "
        "DOLLARS (US $50,000.00). 1. Rate of Interest. The amounts due under this Note shall bear "
        "simple interest at an annual fixed rate of two percent (2%) per annum commencing on "
        "March 7, 2022 until paid in full.\n"
    )
    assert _value(found, "schedule.frequency") is None


def test_a_scans_spaced_figures_and_a_payee_as_hereinafter_provided() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, P.A.I. PROPERTIES, an\nIndiana partnership, hereby "
        "promises to pay, to the order of the\nCity of South Bend, Indiana, as hereinafter "
        "provided, the principal\nsum of FOUR HUNDRED FIFTY THOUSAND DOLLARS ($450, 000. 00) , "
        "together\nwith interest from the date hereof (computed on the basis of a 360-\nday year, "
        "twelve 30-day months) , at the fixed per annum rate of six\nand one-half percent "
        "(6-1/2%) .\n"
    )
    assert _value(found, "commitment") == Decimal("450000.00")
    assert _value(found, "lender") == "City of South Bend"
    assert _value(found, "interest.day_count") == "30/360 US"


def test_a_bank_in_its_town() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED the CITY OF RAMSEY, Anoka County,\nMinnesota (the "City"), hereby '
        "promises to pay to the order of THE\nFIRST NATIONAL BANK IN ANOKA, in Anoka, Minnesota, "
        'its successors\nor registered assigns (the "Lender"), the principal sum of FIVE HUNDRED\n'
        "SEVENTY-FIVE THOUSAND AND NO/100 DOLLARS ($575,000.00).\n"
    )
    assert _value(found, "lender") == "THE FIRST NATIONAL BANK IN ANOKA"


def test_the_maturity_date_of_this_loan_as_evidenced_by_this_note() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the City of Bozeman (the "Borrower"), hereby promises to pay to the '
        'order of the Board of Investments of the State of Montana (the "Board") the principal '
        "amount of EIGHT HUNDRED NINETY THOUSAND AND 00/100 DOLLARS ($890,000.00).\nThe maturity "
        "date of this loan as evidenced by this Promissory Note is August 15, 2019 or sooner at "
        "the option of the Borrower.\n"
    )
    assert _value(found, "maturity") == dt.date(2019, 8, 15)


def test_an_index_in_the_formula_of_a_later_reset() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED the City of Hugo promises to pay to the order of Falcon National Bank "
        "the principal sum of $5,500,000.\n1. Interest Rate.\n(a) During the period beginning on "
        "the date of this Note until September 1, 2030 (the “Initial Rate Reset Date”), the "
        "initial fixed rate of interest payable hereunder shall be equal to 4.39 percent per "
        "annum (the “Initial Rate”). On the Initial Rate Reset Date and on each five year "
        "anniversary thereafter (each, a “Rate Reset Date”), the interest rate on this Note will "
        "be adjusted to a rate per annum equal to seventy percent (70%) of the number which is the "
        "sum of the Index in effect on the Business Day immediately preceding such Rate Reset Date "
        "plus 250 basis points (the “Adjusted Rate”).\n"
    )
    assert _value(found, "interest.floating.index") is None
    assert _value(found, "interest.floating.margin") is None
