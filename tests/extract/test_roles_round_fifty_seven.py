"""The fifty-seventh round of issue 16: read on ``heldout-dy`` … ``heldout-ea`` after their first
and only score (and on the seen parts' court-quoted notes).

* a signature an opinion marks "[Signed]" or "(Signed)" ends at the quotation's closing mark
  ("[Signed] George Schar. Wiebke Schar.” Indorsed: …"), at a page marker ("T. S. McNeil Grace
  McNeil *Page 707", of signers in a row the first), at "[SEAL]" ("(Singed) E. A. WALSTON.
  [SEAL]", the opinion's misprint too); a quotation mark before the name goes ("(Signed)
  “Sebastian Waloii."), and no maker is read where no name follows the mark ("(Signed). This
  note was described …");
* the maker of a quoted first-person note is the name that ends its paragraph ("… for
  collection. White & Bradshaw." then a blank line) or its quotation before the opinion's next
  sentence ("… whatsoever. Ezekiel E. Gardner." To the note was attached …");
* a payee before its sum in words with "Dollars" in capitals ("we promise to pay Mahala J. Bush
  one thousand Dollars"); an association's or a credit union's name after "the" ("to the Farm
  and Home Savings and Loan Association of Missouri, the following sums", "to the Copo Federal
  Credit Union, or order"); a bank's name a flattened page broke over lines under its label
  ("LENDER:" / "NORTHEAST" / "COMMUNITY BANK");
* a payee's trade after its name ("John W. Slack Co., distillers of Louisville") is not part of
  it; a person who promises after a clause of its own ("…, and in replacement of that certain
  promissory note …, Michelle B. Miller promises to pay") is the maker;
* a basis stated as a fraction's denominator ("the denominator of which shall be 360 and the
  numerator of which shall be the actual number of days elapsed") is ACT/360;
* "every SEMI MONTHLY" is not monthly;
* a day the calendar does not have ("September 31, 2003") is not read, with a warning, and the
  rest of the note is (the rules before the round raised ``ValueError`` on the whole note).

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_signed_names_end_at_the_quotation() -> None:
    found = extract_text(
        "The note reads: “$450. Spearfish, July 1, 1893. One year after date we promise to pay to "
        "the order of the Welcome Milling & Smelting Co. four hundred and fifty dollars, with "
        "interest at 10 per cent per annum. [Signed] George Schar. Wiebke Schar.” Indorsed: “July "
        "10th, 1893. Pay to the order of Bond & Johnson. The Welcome Milling & Smelting Co., per "
        "P. L. Gibbs, Supt.”\n"
    )
    assert _value(found, "borrower") == "George Schar"


def test_signers_in_a_row_before_a_page_marker() -> None:
    found = extract_text(
        '"$1,000.00 Rogers, Arkansas, August 15, 1928.\n"On or before Aug. 15, 1932, we promise to '
        "pay to the order of R. J. Jeffords one thousand dollars with interest at 8 per cent per "
        'annum.\n"No. _______ (Signed) T. S. McNeil Grace McNeil *Page 707 "Due on or before Aug. '
        '15, 1932."\n'
    )
    assert _value(found, "borrower") == "T. S. McNeil"


def test_a_misprinted_signed_mark_and_a_seal() -> None:
    found = extract_text(
        '"$1,000.00. SCOTLAND NECK, N.C. June 11, 1925.\n\n"On October 11, 1925, after date, I '
        "promise to pay to the order of E. A. Allsbrook, One Thousand and No/100 Dollars with "
        'interest at 6% per annum, after date.\n\n(Singed) E. A. WALSTON. [SEAL] ........ [SEAL]."\n'
    )
    assert _value(found, "borrower") == "E. A. WALSTON"


def test_a_quotation_mark_before_the_signed_name() -> None:
    found = extract_text(
        "“$1,600. Rockwell, Iowa, Oct. 1, 1913. One year after date I promise to pay to the order "
        "of Colby Motor Company sixteen hundred dollars, with interest at 8 per cent.\n(Signed) "
        "“Sebastian Waloii.\n"
    )
    assert _value(found, "borrower") == "Sebastian Waloii"


def test_no_name_after_the_signed_mark() -> None:
    found = extract_text(
        'A mortgagor had given the following note: " June 29, 1887. On the first day of August, '
        "1887, I promise to pay to the order of John Kane the sum of eighteen dollars, and "
        'thereafter the sum of eighteen dollars on the first day of each month. Value received." '
        "(Signed). This note was described in a mortgage.\n"
    )
    assert _value(found, "borrower") is None


def test_the_name_that_ends_the_notes_paragraph() -> None:
    found = extract_text(
        '"$5,000. Houston, Texas, July 23, 1895. One hundred and twenty days after date, we '
        "promise to pay to the South Texas National Bank or order five thousand dollars, with "
        "interest at the rate of ten per cent. per annum from maturity until paid, and ten per "
        "cent. additional for attorney's fees if placed in the hands of a lawyer for collection. "
        'White & Bradshaw.\n\n"Having executed a promissory note …\n'
    )
    assert _value(found, "borrower") == "White & Bradshaw"


def test_the_name_that_ends_the_quotation_before_the_next_sentence() -> None:
    found = extract_text(
        'The note was written by the defendant and is as follows: "Providence, R.I., January 15, '
        "1918. For value received I promise to pay Alfred S. Gardner Five Thousand Dollars "
        "($5000.00) Three years from the above date with interest at (7%) per cent. This "
        'obligation to apply as a lien on any property that I may have. Ezekiel E. Gardner." To '
        "the note was attached revenue stamps.\n"
    )
    assert _value(found, "borrower") == "Ezekiel E. Gardner"


def test_a_payee_before_dollars_in_capitals() -> None:
    found = extract_text(
        '"$1000.00\n\n"One day after date we promise to pay Mahala J. Bush one thousand Dollars '
        'for loaned money without interest. This December 8, 1902."\n'
    )
    assert _value(found, "lender") == "Mahala J. Bush"


def test_an_association_after_the() -> None:
    found = extract_text(
        '"For value received we, or either of us promise to pay to the Farm and Home Savings and '
        "Loan Association of Missouri, the following sums of money, viz: The sum of Fifty Seven "
        'Dollars."\n'
    )
    assert _value(found, "lender") == "Farm and Home Savings and Loan Association of Missouri"


def test_a_credit_union_and_twice_a_month() -> None:
    found = extract_text(
        "For value received, I/We, jointly and severally, promise to pay to the Copo Federal "
        "Credit Union, or order, the sum of THREE THOUSAND TWO HUNDRED TWENTY NINE and .00 "
        "Dollars, payable in SIXTY installments of SIXTY TWO and .43 Dollars, including interest; "
        "the first payment to be made on 1-14-75 and a like amount every SEMI MONTHLY thereafter "
        "until the full amount has been paid.\n"
    )
    assert _value(found, "lender") == "Copo Federal Credit Union"
    assert _value(found, "schedule.frequency") != "monthly"


def test_a_banks_name_broken_under_its_label() -> None:
    found = extract_text(
        "PROMISSORY\nNOTE\nDATE\nAND PARTIES. The\ndate\nof this Promissory Note is June 1, 2007. "
        "The parties and\ntheir addresses are:\nLENDER:\nNORTHEAST\nCOMMUNITY BANK\n325\nHamilton "
        "Avenue\nWhite\nPlains, New York 10601\nBORROWER:\nMJ\n1353-1355 FIRST AVENUE, LLC\n"
    )
    assert _value(found, "lender") == "NORTHEAST COMMUNITY BANK"


def test_an_impossible_date_is_not_read_and_stops_nothing() -> None:
    # (a company's note to its officer: "… due and payable in full on September 31, 2003"; the
    # frozen rules raised ValueError on the whole note)
    found = extract_text(
        "PROMISSORY NOTE\n$187,490.00 September 29, 2000\nFOR VALUE RECEIVED, CHRISTIAN DE "
        "BERDOUARE promises to pay to the order of CHICKEN KITCHEN CORPORATION the principal sum "
        "of $187,490.00, with interest at ten percent (10%) per annum. The Maturity Date means "
        "April 31, 2002. The principal shall be due and payable in full on September 31, 2003.\n"
    )
    assert _value(found, "maturity") is None
    assert _value(found, "commitment") == Decimal("187490.00")
    assert any("September 31, 2003" in w and "not a real date" in w for w in found.warnings)


def test_a_payees_trade_after_its_name() -> None:
    found = extract_text(
        "“686.00. Beattyville, Ky., Nov. 22, 1901. Four months after date we promise to pay to the "
        "order of John W. Slack Co., distillers of Louisville, Ky., $686.00, without defalcation, "
        "value received. (Signed) T. T. Roberts, Ibby Roberts.”\n"
    )
    assert _value(found, "lender") == "John W. Slack Co."


def test_a_basis_as_a_fractions_denominator() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME CORP. promises to pay to the order of FIRST BANK the principal "
        "sum of $10,000.00 with interest at ten percent (10%) per annum, computed on the basis of "
        "fraction, the denominator of which shall be 360 and the numerator of which shall be the "
        "actual number of days elapsed.\n"
    )
    assert _value(found, "interest.day_count") == "ACT/360"


def test_a_person_promising_after_a_clause_of_its_own() -> None:
    found = extract_text(
        "April 1, 1997 NOTE For value received, and in replacement of that certain promissory note "
        "executed by Craig S. Miller and dated January 23, 1996, Michelle B. Miller promises to "
        "pay the principal sum of Seventy-Five Thousand ($75,000.00) Dollars to the order of Uno "
        "Restaurants, Inc.\n"
    )
    assert _value(found, "borrower") == "Michelle B. Miller"
