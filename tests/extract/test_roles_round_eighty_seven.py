"""The eighty-seventh round of issue 16: the first draw's misses read after the second draw's freeze
(rules of 37447a16), and the twenty-seventh session's second draw (``heldout-if`` …
``heldout-ik``) after its first and only scores.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payees_endorsees_are_not_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, US Natural Gas Corp. (the Company) hereby promises to pay to the "
        "order of ARRG Corp., its endorsees, successors and assigns (the Holder), the principal "
        "sum of Twenty Five Thousand Dollars ($25,000).\n"
    )
    assert _value(found, "lender") == "ARRG Corp."


def test_the_other_party_of_a_supplement_without_its_description() -> None:
    found = extract_text(
        "THIS PROMISSORY NOTE AND SUPPLEMENT (this “Promissory Note and Supplement”) is entered "
        "into as of February 9, 2010, between PENNICHUCK EAST UTILITY, INC., a New Hampshire "
        "corporation (the “Company”), and CoBANK, ACB, a federally chartered instrumentality of "
        "the United\nStates (“CoBank”), and supplements the Master Loan Agreement.\nSECTION 1. "
        "CoBank agrees to make loans (the “Loans”) to the Company in an aggregate principal amount "
        "not to exceed $1,500,000.\n"
    )
    assert _value(found, "lender") == "CoBANK, ACB"


def test_a_supplement_between_the_lender_first_and_the_company() -> None:
    found = extract_text(
        "THIS SINGLE ADVANCE TERM SUPPLEMENT is entered into as of January 10, 2017 between "
        "COBANK, ACB, a\nfederally-chartered instrumentality of the United States (“CoBank”), and "
        "THE\nMAINE WATER COMPANY, Saco, Maine, a Maine corporation (together with its\npermitted "
        "successors and assigns, the “Company”).\nSECTION 1. On the terms and conditions set "
        "forth in the MLA and this Supplement, CoBank agrees to make a single advance loan to\nthe "
        "Company in an amount not to exceed $5,000,000.00.\n"
    )
    assert _value(found, "lender") == "COBANK, ACB"


def test_where_the_payee_is_after_its_name() -> None:
    found = extract_text(
        "“On the 18th day of March, 1930, we, jointly and severally, promise to pay to the order "
        "of Mr. Francisco Servera Silva, in San Germán, Puerto Rico, the sum of one thousand "
        "dollars, value received.”\n"
    )
    assert _value(found, "lender") == "Mr. Francisco Servera Silva"


def test_a_company_the_court_says_signed_the_note() -> None:
    found = extract_text(
        "The note upon which the suit is brought is as follows:\n“Houston, Texas, Aug. 20th, "
        "1885.\n“One year after date we promise to pay to the order of Dr. D. F. Stuart five "
        "thousand dollars ($5,000) at our office in Houston, Texas.”\nIt is signed “Houston Flour "
        "Mills Co., D. P. Shepherd, president.”\n"
    )
    assert _value(found, "borrower") == "Houston Flour Mills Co."


def test_a_person_the_court_says_signed_the_note() -> None:
    found = extract_text(
        'This is an action by the payee against the maker of a note:\n\n"On or before May 20, '
        "1928, after date promise to pay to the order of Anton Hak, Jr., Nine Hundred Dollars "
        '(900.00) for value received." etc.\n\nand is signed: J. H. Winchester.\n'
    )
    assert _value(found, "borrower") == "J. H. Winchester"


def test_an_opinions_page_marker_and_whose_account_end_a_payees_name() -> None:
    marker = extract_text(
        "“$20,000.00. San Francisco, Cal., December 15, 1910.\nOne day after date, for value "
        "received, we promise to pay to the order of Union Trust Company of San Francisco *Page "
        "643 cisco, at its office, twenty thousand dollars in gold coin.”\n"
    )
    assert _value(marker, "lender") == "Union Trust Company of San Francisco"
    account = extract_text(
        "“$166.38. Chicago, January 1, 1890.\nSixty days after date we promise to pay to the order "
        "of C. L. Damerau, for account H. L. D., one hundred sixty-six 38-100 dollars.”\n"
    )
    assert _value(account, "lender") == "C. L. Damerau"


def test_joint_makers_in_a_row_after_we() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\nFor value received, WE, EPIFANIA EBARLE, SOL EBARLE, & ELE EBARLE, "
        "hereby promise to pay Mr. Armando V. Sierra, his heirs and assigns, the sum of EIGHTY "
        "FIVE THOUSAND PESOS ONLY, on or before October 8, 1984.\n"
    )
    assert _value(found, "borrower") == "EPIFANIA EBARLE"


def test_a_company_signed_with_its_officer_below_the_promise() -> None:
    found = extract_text(
        '"$2,500.00. Williamsport, Pa., January 17th, 1924.\n\nNineteen months after date we '
        "promise to pay to the order of John Coleman the sum of $2,500 and 00 cts. Dollars at West "
        "Branch National Bank, Williamsport, Pa.\n\nValue received\n\nCOLEMAN LUMBER CO., INC. JOHN "
        'COLEMAN, President. No. Due."\n'
    )
    assert _value(found, "borrower") == "COLEMAN LUMBER CO., INC"
    sealed = extract_text(
        "“$575.69. Denver, Colo., January 15, 1912.\nOne hundred twenty days after date we promise "
        "to pay to the order of The New England Electric Co. five hundred seventy-five dollars "
        "and 69/100 dollars.\nThe Akron Gas & Electric Co.,\n(Corporate Seal.) R. A. Shook, "
        "President,\nH. C. Black, Secretary.”\n"
    )
    assert _value(sealed, "borrower") == "The Akron Gas & Electric Co."


def test_the_payee_company_endorsing_with_its_officer_is_not_the_maker() -> None:
    found = extract_text(
        "“$400. Snohomish, Wash., Apr. 25, 1908.\n“On demand, after date, for value received I (we) "
        "promise to pay to the order of Springfield Shingle Co. at the First National Bank in the "
        "city of Snohomish, the sum of Four hundred no-100 Dollars with interest thereon at the "
        "rate of 8 per cent per annum from date until paid.\n“This note is given to take up "
        "Sullivan Bros,\nthe freight and rehandling of N. By H. W. Sullivan, P. Car 43607.”\n"
        "Endorsed:\n“No. 22438.\n“Springfield Shingle Co.,\n“By H. E. Gampp, Sec’y.\n"
    )
    assert _value(found, "borrower") != "Springfield Shingle Co."


def test_a_signing_company_with_a_comma_in_its_name_and_not_an_officers_title() -> None:
    found = extract_text(
        "“$690.00. Denver, Colo., March 9, 1904.\nTwelve months after date, we promise to pay to "
        "the order of A. S. Dennis six hundred ninety dollars, with interest at 6 per cent.\nFor "
        "the Gold Glen Mining, M. & T. Co.\nJ. W. Mahan, President.”\n"
    )
    assert _value(found, "borrower") == "Gold Glen Mining, M. & T. Co."
    office = extract_text(
        '"$40.00. Cleveland, Okla., Sept. 6th, 1901. Jan. 1st, 1904, after date, we promise to '
        "pay S. N. Treese Son or bearer, forty dollars at the Triangle Bank of Cleveland, Okla. "
        'Value received. M. A. Wiers, Pres. of Company. W. A. Moore, Sec."\n'
    )
    assert _value(office, "borrower") != "Pres. of Company"


def test_a_rate_annually_after_maturity_is_not_the_notes_rate() -> None:
    found = extract_text(
        "“For $825 — Due on October 30, 1927. We promise to pay jointly and severally, in the city "
        "of San Juan, P. R., to Mr. Etienne Totti or to his order, on the 30th of October, 1927, "
        "the sum of eight hundred and twenty-five dollars in United States currency, value "
        "received. We bind ourselves to pay interest at the rate of twelve per cent annually "
        "after maturity. — San Juan, P. R., April 18, 1927.”\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.12")


def test_a_payees_office_in_lower_case_after_its_name() -> None:
    found = extract_text(
        "“$1,500. St. Louis, Mo., November 22, 1897.\nThirty days after date we promise to pay to "
        "the order of J. A. Parker, secretary, fifteen hundred dollars, value received.”\n"
    )
    assert _value(found, "lender") == "J. A. Parker"
