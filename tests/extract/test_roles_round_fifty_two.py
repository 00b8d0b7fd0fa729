"""The fifty-second round of issue 16: the payees and makers of notes quoted in court opinions,
definitions that lost their opening quotation mark, and rates from maturity — read on the seen
parts (``heldout-df``, ``heldout-di`` and earlier) and on ``heldout-dj`` … ``heldout-dl`` after
their first and only score.

* a payee's name ends before the sum in words, hyphenated ("forty-five hundred") or capitalised
  ("One Thousand with interest"), before its figures ("$150"), an elision ("* * *"), where it is
  paid ("at Bank below"), its town and state ("Chicago, Ill.", "of Crookston, Minnesota"), "or to
  his order", "his legal representatives" and ", as Sellers' Representative";
* "Savings and Loan Association" is one lender, not two;
* the maker signed under a quotation ("“Albert P. Frye.”", "\"WM. HENRY, JR.\"", "A. H. Taggert,
  M. D.", a company above its officer), at the end of it ("Value received. N. Randolph."), or as
  the opinion says ("Signed by Harlan Wilson"); a name signed under the note rather than an
  endorsement's "(Signed)"; "[Signed] A. E. Long. P. O., …" ends at the name;
* 'Borrower” means …' and 'Lender” means …, and his heirs' (an EDGAR copy without the opening
  quotation mark) name the parties; '“Loan Rate” means six percent (6%)' is the rate; a document
  ("… Stock Purchase Agreement") is not a party;
* a heading that reads as a promise ("PROMISE TO PAY. NG SOUTH DAKOTA, LLC (“Borrower”) promises
  to pay to …") does not hide the promise after it;
* "eight per cent. from maturity" and "twelve per cent. from date if not paid at maturity" are
  rates after maturity; "interest before and after maturity at 10 per cent" is the rate;
* "$350. October 1st, 1903, after date I promise to pay": the day written into the blank is when
  the note falls due, not its date.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payee_before_a_hyphenated_sum_in_words() -> None:
    found = extract_text(
        "Joplin, Mo., May 31, 1911.\nFive years after date I promise to pay to the order of Edward "
        "Lee Shepherd forty-five hundred no-100 dollars. For value received.\n"
    )
    assert _value(found, "lender") == "Edward Lee Shepherd"


def test_a_payee_before_an_elision() -> None:
    found = extract_text(
        "Four months after date we promise to pay to the order of Grayson County Bank * * * one "
        "thousand and 00-100 * * * without defalcation, value received.\n"
    )
    assert _value(found, "lender") == "Grayson County Bank"


def test_a_payee_before_the_sum_in_figures() -> None:
    found = extract_text(
        "For value received, on or before the first day of December, 1878, I promise to pay to "
        "the order of Seymour, Sabin & Co. $150, at the office of Bank of Marshall, with interest "
        "at 12 per cent, per annum from date until maturity.\n"
    )
    assert _value(found, "lender") == "Seymour, Sabin & Co."


def test_a_payee_and_where_it_is_paid() -> None:
    found = extract_text(
        "Ninety days after date without grace, I, we, or either of us promise to pay to the order "
        "of James Marion Weaver at Bank below — The First National Bank, Five Thousand Dollars.\n"
    )
    assert _value(found, "lender") == "James Marion Weaver"


def test_a_payee_without_to_the_order_of() -> None:
    found = extract_text("One day after date I promise to pay H. A. Muse $1,415.\n")
    assert _value(found, "lender") == "H. A. Muse"


def test_a_savings_and_loan_association_is_one_lender() -> None:
    found = extract_text(
        "'* * * pay to the order of Fredericksburg Savings and Loan Association * * * the sum of "
        "TEN THOUSAND EIGHT HUNDRED AND NO/100 ($10,800.00) DOLLARS, in 120 monthly installments.\n"
    )
    assert _value(found, "lender") == "Fredericksburg Savings and Loan Association"


def test_or_to_his_order() -> None:
    found = extract_text(
        "Two years after date we promise to pay Joseph Griffin, or to his order, two thousand "
        "dollars, with ten per cent. interest.\n"
    )
    assert _value(found, "lender") == "Joseph Griffin"


def test_his_legal_representatives() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, CloudTech Sensors, Inc. promises to pay to the order of Edward J. da "
        "Parma his legal representatives, successors, and/or assigns the sum of $50,000.\n"
    )
    assert _value(found, "lender") == "Edward J. da Parma"


def test_a_payee_and_its_town_abbreviated() -> None:
    found = extract_text(
        "Franklin Grove, Ill., July 1, 1878.\nTen days after date I promise to pay to the order "
        "of D. B. Fisk & Co., Chicago, Ill., fifty dollars at ten per cent interest from date.\n"
    )
    assert _value(found, "lender") == "D. B. Fisk & Co."


def test_a_person_and_her_town() -> None:
    found = extract_text(
        "On demand I promise to pay to the order of Mrs. Margaret McFadden of Portland, Me., "
        "Thirty two hundred eighty six and 31/100 Dollars with interest at 5 per cent.\n"
    )
    assert _value(found, "lender") == "Mrs. Margaret McFadden"


def test_a_company_and_its_town_and_state() -> None:
    found = extract_text(
        "$350. October 1st, 1903, after date I promise to pay to the order of the Maplebay Wind "
        "Stacker Company of Crookston, Minnesota, Two Hundred & Fifty Dollars.\n"
    )
    assert _value(found, "lender") == "Maplebay Wind Stacker Company"


def test_a_city_keeps_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Kimberly Home, Inc. promises to pay to the order of The City of "
        "Clearwater, Florida, the principal sum of $178,214.05.\n"
    )
    assert _value(found, "lender") == "The City of Clearwater"  # (its state goes, as ever)


def test_a_payee_before_a_capitalised_sum_without_dollars() -> None:
    found = extract_text(
        "Chicago, Jan. 1st, 1900.\nFor value received I promise to pay Myra J. Eldridge One "
        "Thousand with interest from date, at seven per cent, one year from date.\n"
    )
    assert _value(found, "lender") == "Myra J. Eldridge"


def test_a_sellers_representative() -> None:
    found = extract_text(
        "PROMISE TO PAY. NG SOUTH DAKOTA, LLC (“Borrower”) promises to pay to MICHAEL J. "
        "TRUCANO, as Sellers’ Representative under the Stock Purchase Agreement and First "
        "Amendment to Stock Purchase Agreement, (“Lender”), its successors and assigns, or order, "
        "the principal amount of Sixty Thousand Dollars ($60,000).\n"
    )
    assert _value(found, "lender") == "MICHAEL J. TRUCANO"


def test_a_name_broken_before_its_defined_term() -> None:
    found = extract_text(
        'PROMISE TO PAY. VITRONICS CORPORATION ("Borrower") promises to pay to First \n'
        'National Bank of Portsmouth ("Lender"), or order, in lawful money of the United \n'
        "States of America, the principal amount of Five Hundred Thousand & 00/100 Dollars.\n"
    )
    assert _value(found, "lender") == "First National Bank of Portsmouth"


def test_the_maker_signed_under_a_quotation() -> None:
    found = extract_text(
        "“Joplin, Mo., May 31, 1911.\n“Five years after date I promise to pay to the order of "
        "Edward Lee Shepherd forty-five hundred no-100 dollars, with interest from date.\n"
        "“Albert P. Frye.”"
    )
    assert _value(found, "borrower") == "Albert P. Frye"


def test_a_company_signs_above_its_officer() -> None:
    found = extract_text(
        "$1,000. Louisville, Ky., June 5, 1908.\n“Four months after date we promise to pay to "
        "the order of Grayson County Bank one thousand dollars, value received.\n"
        "“Louisville Woodstock Co.,\n“By H. Brownell, Sec. & Gen. Man.”\n"
    )
    assert _value(found, "borrower") == "Louisville Woodstock Co."


def test_a_maker_signed_with_a_generation() -> None:
    found = extract_text(
        '"$710. "CAIRO, ILLINOIS, January 1, 1872.\n\n"On demand after date I promise to pay to '
        'the order of E.T. Henry $710, value received.\n\n"WM. HENRY, JR."\n'
    )
    assert _value(found, "borrower") == "WM. HENRY, JR."


def test_a_maker_signed_with_a_degree() -> None:
    found = extract_text(
        "“Chicago, Jan. 1st, 1900.\nFor value received I promise to pay Myra J. Eldridge One "
        "Thousand with interest from date, at seven per cent, one year from date.\n"
        "A. H. Taggert, M. D.”\n"
    )
    assert _value(found, "borrower") == "A. H. Taggert"


def test_a_maker_signed_at_the_end_of_the_quotation() -> None:
    found = extract_text(
        '"$275.00. Enid, O. T., May 15, 1894. Thirty days after date I promise to pay to the '
        "order of J. H. Thomas two hundred and seventy-five dollars ($275.00), with interest at "
        "the rate of twelve per cent. from date if not paid at maturity. Value received. N. "
        'Randolph."\n'
    )
    assert _value(found, "borrower") == "N. Randolph"


def test_signed_by_as_the_opinion_says() -> None:
    found = extract_text(
        "“$100.00 and interest. Lewiston, Maine, April 10, 1921. Two months after date I promise "
        "to pay to the order of Lewiston Trust Company one hundred dollars. Value Received. "
        "Signed by Harlan Wilson, and endorsed by M. L. Winslow, waiving demand.”\n"
    )
    assert _value(found, "borrower") == "Harlan Wilson"


def test_the_name_under_the_note_not_an_endorsement() -> None:
    found = extract_text(
        "“$500. As a bequest I promise to pay the First Presbyterian church of Mount Vernon the "
        "sum of $500, without interest. Dated at Mount Vernon this 27th day of February, 1899.\n"
        "“John B. Leigh.”\n\nOn the back of this note there is written the following:\n"
        "“The within bequest is provided for in a will. (Signed) C. M. Sessions.”\n"
    )
    assert _value(found, "borrower") == "John B. Leigh"


def test_signed_ends_at_the_name() -> None:
    found = extract_text(
        '"$ 400.00. Rush Springs, Indian Territory, Nov. 21, 1904. Nov. 1st, 1907, after date, '
        "I promise to pay to Steven Brown, or order, four hundred dollars, with interest at the "
        "rate of 8 per cent. per annum from maturity until paid. [Signed] A. E. Long. P. O., Rush "
        'Springs, Indian Territory."\n'
    )
    assert _value(found, "borrower") == "A. E. Long"


def test_definitions_without_their_opening_quotation_mark() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\n$200,000.00\n\nDecember 10, 2013\n\n1. Definitions.\n\n"
        "Borrower” means American Locker Group Incorporated, a Delaware corporation, and its "
        "successors and assigns.\n\nLender” means Anthony B. Johnston, and his heirs, successors "
        "and assigns.\n\nLoan Rate” means six percent (6%).\n"
    )
    assert _value(found, "borrower") == "American Locker Group Incorporated"
    assert _value(found, "lender") == "Anthony B. Johnston"
    assert _value(found, "interest.rate") == Decimal("0.06")


def test_an_interest_rate_defined_over_an_index_is_no_fixed_rate() -> None:
    found = extract_text(
        PROMISE + "$1,000,000 with interest at the Interest Rate.\n“Interest Rate” means the "
        "“Prime Rate” (as defined below) less .125% per annum.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.margin") == Decimal("-0.00125")


def test_eight_per_cent_from_maturity() -> None:
    found = extract_text(
        "Six months after date we promise to pay to the order of The Bank of Geneva Five "
        "Thousand Dollars with interest at the rate of eight per cent. per annum from date and "
        "nine per cent. from maturity.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.08")
    assert _value(found, "interest.default_rate") == Decimal("0.09")


def test_from_date_if_not_paid_at_maturity() -> None:
    found = extract_text(
        "Thirty days after date I promise to pay to the order of J. H. Thomas two hundred "
        "dollars ($200.00), with interest at the rate of twelve per cent. from date if not paid "
        "at maturity.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.12")


def test_interest_before_and_after_maturity() -> None:
    found = extract_text(
        "$350. Crookston, May 1, 1903. Six months after date I promise to pay to the order of "
        "the Maplebay Wind Stacker Company three hundred and fifty dollars, value received, with "
        "interest before and after maturity at the rate of 10 per cent, per annum until paid.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.10")


def test_a_day_written_into_the_blank_for_the_time() -> None:
    found = extract_text(
        "$350. October 1st, 1903, after date I promise to pay to the order of the Maplebay Wind "
        "Stacker Company three hundred and fifty dollars, value received.\n"
    )
    assert _value(found, "issue_date") is None
    assert _value(found, "maturity") == dt.date(1903, 10, 1)
