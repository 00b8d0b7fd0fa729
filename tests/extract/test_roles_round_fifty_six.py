"""The fifty-sixth round of issue 16: read on ``heldout-dv`` … ``heldout-dx`` after their first and
only score (and on the seen parts' court-quoted notes).

* a note "without interest" at the end of its promise ("one thousand Dollars for loaned money
  without interest.") bears no interest;
* a full stop the scan put for a comma before a state ("Bank of Greentop. Missouri, twenty-four
  hundred …") does not cut the promise, so its sum is read;
* the maker of a first-person note quoted in an opinion is the name that ends the quotation
  ("“ E. M. Bell.”", "“M. B. Ryan.”", "Value received. Wm. H. Lyles. (Address)", "George Moore,
  Treas. of …"), not a name after an endorsement or an attestation, nor an officer's "By …", nor
  a signer of a note whose makers are named in the promise ("we, the trustees of …, promise");
  a maker may be named in the promise itself ("I Houghton N. Sawyer Promise to pay"); a scan's
  "1 promise" names no maker "1"; of signers each marked "(sgd)", the first is read;
* a payee's town and state abbreviated in two words ("M.E. Cooke, Frankfort, S. Dak.,") or its
  street ("Enterprise Bank, Meeting and Market Sts., Charleston") is not part of its name;
* a rate "after due", "from due until paid" or "if not so paid" is the rate after a default;
* "… monthly instalments of $61.83 Each, the first payable on the 11th day of Feb. 1952": the
  first payment's day, not the maturity;
* "Ten Percent (10%) through June 30, 2010, and from July 1, 2010, until maturity, Eleven Percent
  (11%)": a rate that steps, offered, not proposed;
* an old note's month "Feb’ry" is February.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_without_interest_at_the_end_of_the_promise() -> None:
    found = extract_text(
        '"$1000.00\n\n"One day after date we promise to pay Mahala J. Bush one thousand Dollars '
        'for loaned money without interest. This December 8, 1902."\n'
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_state_after_a_full_stop_does_not_cut_the_promise() -> None:
    found = extract_text(
        '"Greentop, Mo., July 26, 1915\n\n"Ninety days after date, for value received, we, or '
        "either of us, promise to pay to the order of the Farmers' State Bank of Greentop. "
        "Missouri, twenty-four hundred forty-six and 19-100 dollars, with interest at the rate of "
        '8 per cent. per annum from date."\n'
    )
    assert _value(found, "commitment") == Decimal("2446.19")


def test_the_name_that_ends_the_quotation_on_a_line_of_its_own() -> None:
    found = extract_text(
        "The note is as follows, viz :\n\n“$425.00. Wheeling, W. Va., February 4, 1876.\n“ Four "
        "months after date, T promise to pay to the order of M. M. Fowler, four hundred and "
        "twenty-five dollars, value received, negotiable and payable at the Bank of the Ohio "
        "Valley.\n“ E. M. Bell.”\n\nThe note was endorsed by the following persons.\n"
    )
    assert _value(found, "borrower") == "E. M. Bell"


def test_the_name_that_ends_the_quotation_on_its_last_line() -> None:
    found = extract_text(
        "This is an action brought on the following promissory note:\n\n“$6,000.00. No. 11084.\n"
        "“Elk Point, South Dakota,\n“March 15th, 1921.\n“Five months after date, for value "
        "received, I jointly and severally promise to pay to the order of State Bank of Alcester "
        "six thousand dollars, with interest at 8 per cent per annum, payable annually from date "
        "until due. Principal or interest not paid when due shall bear interest at 10 per cent "
        "from due until paid. Payable at the State Bank of Alcester, Alcester, S. D. “M. B. Ryan.”"
        "\n\nOn July 16, 1919, respondent made two other notes.\n"
    )
    assert _value(found, "borrower") == "M. B. Ryan"
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_the_signer_after_value_received_and_the_payees_street() -> None:
    found = extract_text(
        "The note dated July 6, 1914, on which suit was brought was as follows:\n$1,250. "
        "Charleston, S.C. July 6, 1914. On demand after date I promise to pay to the order of "
        "Enterprise Bank, Meeting and Market Sts., Charleston, S.C. twelve hundred and fifty "
        "dollars, at their banking house, with interest from maturity at 8 per cent. per annum. "
        "Value received. Wm. H. Lyles. (Address) Columbia, S.C. Indorsed by D. Sam Cox.\n"
    )
    assert _value(found, "borrower") == "Wm. H. Lyles"
    assert _value(found, "lender") == "Enterprise Bank"


def test_a_treasurer_signing_his_own_note() -> None:
    found = extract_text(
        "The note declared on in this case is as follows:\n\n“$1,000. Minot, June 19, 1875. One "
        "year after date we promise to pay to the order of O. A. S. Maybury one thousand dollars, "
        "value received, and interest at eight per cent per annum. George Moore, Treas. of "
        "Mechanic Falls Dairying Association.”\n\nIs this the note of George Moore?\n"
    )
    assert _value(found, "borrower") == "George Moore"


def test_a_name_after_an_endorsement_is_not_the_makers() -> None:
    found = extract_text(
        "“$450. Spearfish, July 1, 1893. One year after date we promise to pay to the order of the "
        "Welcome Milling & Smelting Co. four hundred and fifty dollars, with interest at 10 per "
        "cent per annum from date until paid. Payable at the Bank of Spearfish.” Indorsed: “Pay "
        "to the order of Bond & Johnson.” Indorsed: “Bond & Johnson.”\n"
    )
    assert _value(found, "borrower") is None


def test_an_officers_by_line_is_not_the_maker() -> None:
    found = extract_text(
        '"$30,000.00 Ogden, Utah, June 2, 1919.\n\n"Six months after date, for value received, '
        "the undersigned promise to pay to Parley T. Wright, or order, Thirty Thousand and 00/100 "
        'Dollars, with interest at the rate of seven per cent per annum.\n\n"Hooper Sugar '
        'Company,\n\n"By Job Pingree, Pres.,\n\n"By J. H. Riley, Sec."\n'
    )
    assert _value(found, "borrower") != "By J. H. Riley"


def test_makers_named_in_the_promise_are_not_its_last_signer() -> None:
    found = extract_text(
        '"$1,000.00 Pennsboro, W. Va., May 1, 1924.\n"On demand, we, the trustees of the '
        "Ellenboro M. E. church, promise to pay to the order of the First National Bank One "
        'Thousand Dollars, with interest from date. "C. W. Delancey,\n\n"S.D. Riley, "E. H. '
        'Delancey."\n'
    )
    assert _value(found, "borrower") != "E. H. Delancey"


def test_a_maker_named_in_the_promise_itself() -> None:
    found = extract_text(
        '"$12,500.00 January 26, 1952\n\nFor Value Received, I Houghton N. Sawyer Promise to pay '
        "to C & T Discount Corporation or order, the sum of Twelve Thousand five hundred and "
        "00/100 Dollars.\n"
    )
    assert _value(found, "borrower") == "Houghton N. Sawyer"


def test_a_scans_one_for_i_names_no_maker() -> None:
    found = extract_text(
        "The following instrument is a promissory note, viz :— “$112.85. Springvale, Me., Feb. "
        "17, 1896. Four months after date for value received 1 promise to pay E. G. Murray or "
        "order one hundred twelve and 85-100 dollars, with interest at six percent. Payable at any "
        "Nat. Bank.\n\nBradford Quint.”\n\n“Attest: Dora A. Murray.\n"
    )
    assert _value(found, "borrower") == "Bradford Quint"


def test_a_payees_town_and_state_in_two_words() -> None:
    found = extract_text(
        '"On the 30th day of July, 1927, for value received, I, we, or either of us promise to '
        "pay to the order of M.E. Cooke, Frankfort, S. Dak., Five Thousand and no/100 Dollars, "
        "with interest at the rate of 8 per cent per annum from date. All principal and interest "
        'shall bear interest at the rate of ten per cent per annum after due, payable annually."\n'
    )
    assert _value(found, "lender") == "M.E. Cooke"
    assert _value(found, "interest.rate") == Decimal("0.08")


def test_the_rate_if_not_so_paid() -> None:
    found = extract_text(
        '"$366.66 COLDWATER, MICH., February 27, 1883.\n"On the first day of November, 1883, we '
        "jointly and severally, for value received promise to pay E.M. Birdsall & Company, or "
        "order, three hundred sixty-six 66-100 dollars, with interest at 7 per cent. per annum, if "
        "paid when due; if not so paid, then the interest shall be 10 per cent. per annum from "
        'date."\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.07")
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_the_first_instalment_is_no_maturity() -> None:
    found = extract_text(
        '"NOTE $741.96 Roebling N.J. Dec. 28, 1951 UNDERSIGNED PROMISES TO PAY TO THE ORDER OF '
        "PERMA-WALL, INC. SEVEN HUNDRED FORTY-ONE and 96/100 DOLLARS in 12 equal and consecutive "
        "monthly instalments of $61.83 Each, the first payable on the 11th day of Feb. 1952, and "
        "subsequent instalments on the same day of each month thereafter until paid in full.\n"
    )
    assert _value(found, "maturity") != dt.date(1952, 2, 11)
    assert _value(found, "schedule.frequency") == "monthly"


def test_a_rate_that_steps_is_offered() -> None:
    found = extract_text(
        "Maker: Nevada Gold & Casinos, Inc. promises to pay to the order of Louise H. Rogers the "
        "Principal Amount.\n|\nAnnual Interest Rate:\n|\nTen\nPercent (10%) through June 30, 2010, "
        "and from July 1, 2010, until\nmaturity, Eleven Percent (11%)\n|\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.10") in _offered(found, "interest.rate")


def test_an_old_notes_contracted_month() -> None:
    found = extract_text(
        "“$100.00. St. Louis, Michigan, Feb’ry 4, 1884.\n“ On or before the first day of "
        "February, 1885, for value received, the undersigned promise to pay A. J. Mowry, or order, "
        "one hundred dollars, with interest at six per cent, per annum.\n"
    )
    assert _value(found, "issue_date") == dt.date(1884, 2, 4)


def test_the_first_of_signers_each_marked_sgd() -> None:
    found = extract_text(
        'They were sued upon a note reading as follows:\n"Liberal Kansas, Nov. 8, 1947" 60 days '
        "after date, I, we, or either of us, promise to pay to the order of The Citizens State "
        "Bank Twenty-Five Hundred Dollars with interest at the rate of 8 per cent per annum.\n"
        '"(sgd) Sanford Caudill "(sgd) Mildred Caudill "P.O. Tucumcari, New Mex."\n'
    )
    assert _value(found, "borrower") == "Sanford Caudill"
