"""The eighty-second round of issue 16: the second draw's misses left after the eighty-first round
(``heldout-gv`` … ``heldout-ha``, no longer held out) and the twenty-sixth session's draw
(``heldout-hb`` … ``heldout-hg``, rules frozen at 1c1de24) after their first and only scores.

* a city's revenue note: 'The CITY OF CLERMONT (the "City"), a municipality created and existing
  under … the laws of the State of Florida, for value received, hereby promises to pay';
* a town's note: "On demand after date, the Inhabitants of the town of Limestone promise to pay";
* a name the host masked ("Xxxxxxx X. Xxxxxxxx, Xx.") is read as written, but only inferred.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import INFERRED


def test_a_municipality_defined_before_its_description_makes_the_note() -> None:
    found = extract_text(
        "CITY OF CLERMONT\nPUBLIC IMPROVEMENT REVENUE NOTE\n"
        'The CITY OF CLERMONT (the "City"), a municipality created and existing under and by '
        "virtue of the laws of the State of Florida, for value received, hereby promises to pay, "
        "solely from the Pledged Funds, to the order of Branch Banking and Trust Company, or its "
        'successors or assigns (the "Noteholder"), the Principal Sum of $6,000,000.\n'
    )
    assert _value(found, "borrower") == "CITY OF CLERMONT"
    assert _value(found, "lender") == "Branch Banking and Trust Company"


def test_know_all_by_these_presents_that_a_city_acknowledges_itself_indebted() -> None:
    found = extract_text(
        "GENERAL OBLIGATION TAXABLE EQUIPMENT CERTIFICATE OF 2002\n"
        "KNOW ALL BY THESE PRESENTS that the City of Elk River, Sherburne County,\nMinnesota, "
        "acknowledges itself to be indebted and, for value received, hereby promises to pay to\n"
        'The Bank of Elk River, or its registered assigns (the "Registered Owner"), the '
        "Principal Sum of TWO HUNDRED SIXTY-SEVEN THOUSAND FIVE HUNDRED DOLLARS ($267,500).\n"
    )
    assert _value(found, "borrower") == "City of Elk River"


def test_the_inhabitants_of_a_town_promise_to_pay() -> None:
    found = extract_text(
        "$1,114.10 Limestone, Maine Jan. 26th, 1932.\nOn demand after date, the Inhabitants of "
        "the town of Limestone promise to pay to the order of N. W. Downing One thousand, one "
        "hundred and fourteen dollars and ten cents at any bank. Value received.\nThe above note "
        "is issued in accordance with a vote of the Inhabitants passed at the annual Town meeting "
        "of the Inhabitants of said Town, held March 16th 1931.\n"
    )
    assert _value(found, "borrower") == "Inhabitants of the town of Limestone"
    assert _value(found, "issue_date") == dt.date(1932, 1, 26)  # not the meeting's day


def test_a_title_is_not_the_undersigned_maker() -> None:
    found = extract_text(
        "DEMAND NOTE AND SECURITY AGREEMENT $147,422.00 Alexandria, Virginia April 10, 1997 FOR "
        'VALUE RECEIVED, the undersigned (the "Borrower") promises to pay to the order of C.W. '
        'Gilluly (the "Lender") upon demand the principal sum of One Hundred Forty Seven Thousand '
        "Four Hundred and Twenty Two Dollars ($147,422.00).\n"
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "C.W. Gilluly"


def test_overdue_principal_at_a_fixed_rate_run_into_the_notes_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $147,422.00. INTEREST RATE. This Note shall bear interest "
        "at a fixed rate per annum equal, at all times, to eleven-and-one-half (11.5%) Any amount "
        "of overdue principal shall bear interest, payable on demand, for each day until paid at "
        "a fixed rate per annum of fifteen percent (15.0%).\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.15")


def test_a_payee_on_order_then_the_sum_in_words() -> None:
    found = extract_text(
        '"Ninety days after date I promise to pay to Robert Morris on Order One thousand five '
        'hundred Dollars for value received. Dollars 1500. Philad. June 8 1798. Jno. Nicholson,"\n'
    )
    assert _value(found, "lender") == "Robert Morris"
    assert _value(found, "commitment") == Decimal("1500.00")


def test_a_payee_executor_and_trustee_of_an_estate_then_the_sum() -> None:
    found = extract_text(
        "“Two years after date we promise to pay to the order of John A. Middleton, executor and "
        "trustee of R. Swearingen’s estate, Twenty Five Hundred Dollars; for value received; with "
        "interest at the rate of six per cent, per annum from date until paid.”\n"
    )
    assert _value(found, "commitment") == Decimal("2500.00")


def test_an_old_notes_date_line_after_value_received() -> None:
    found = extract_text(
        '"With interest from date, we promise to pay Waitmore Thompson the sum of twenty hundred '
        'dollars, for value received. 6 October, 1862."\nJOHN V. SHERRARD. [Seal.]\n'
    )
    assert _value(found, "issue_date") == dt.date(1862, 10, 6)


def test_parties_with_their_street_addresses_on_one_line() -> None:
    found = extract_text(
        "PROMISSORY NOTE $3,075,000.00 December 20, 2001 Trendirect Marketing, Inc. 3635 Boardman "
        'Canfield Drive Canfield, OH 44406 (Hereinafter referred to as "TRENDIRECT") Vitaquest '
        "International, Inc. 8 Henderson Drive West Caldwell, New Jersey 07006 (Hereinafter "
        'referred to as "VITAQUEST") TRENDIRECT promises to pay to the order of VITAQUEST the sum '
        "of Three Million Seventy Five Thousand and No/100 Dollars ($3,075,000.00). This Note is "
        "issued pursuant to that certain letter of intent between the parties and Infotopia, Inc. "
        'dated November 6, 2001 (the "LOI").\n'
    )
    assert _value(found, "borrower") == "Trendirect Marketing, Inc."
    assert _value(found, "lender") == "Vitaquest International, Inc."
    assert _value(found, "issue_date") == dt.date(2001, 12, 20)  # not the letter of intent's


def test_a_sum_per_ton_of_coal_is_no_installment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of EIGHT MILLION FIFTY THOUSAND DOLLARS ($8,050,000.00), due "
        "and payable as follows: 1. MONTHLY PAYMENTS. Maker shall make monthly payments of "
        "principal in the amount of Forty Cents ($0.40) per ton of coal produced, shipped and "
        "sold from the Properties.\n"
    )
    assert _value(found, "schedule.installment") is None


def test_the_commercial_paper_rates_unsecured_notes_are_not_this_note() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $4,200,000.00, with interest at a rate equal to the rate "
        'published in the "Money Rates" column of The WALL STREET JOURNAL and described as '
        '"High-grade unsecured notes sold through dealers by major corporations", plus 650 basis '
        "points.\n"
    )
    assert _value(found, "secured") is None


def test_a_forms_revolving_feature_marked_after_its_heading() -> None:
    found = extract_text(
        PROMISE + "the principal amount of TWO MILLION AND NO/100 Dollars ($2,000,000.00).\n"
        "REVOLVING OR DRAW FEATURE: X This Note possesses a revolving feature, Upon\nsatisfaction "
        "of the conditions set forth in this Note, Borrower shall be\nentitled to borrow up to the "
        "full principal amount of the Note and to repay and\nreborrow from time to time during the "
        "term of this Note. This Note possesses\na draw feature. Upon satisfaction of the "
        "conditions set forth in this Note,\nBorrower shall be entitled to make one or more draws "
        "under this Note. Any\nrepayment may not be reborrowed.\n"
    )
    assert _value(found, "revolving") is True


def test_maker_will_pay_this_loan_upon_demand() -> None:
    found = extract_text(
        PROMISE
        + "Two Million Five Hundred Thousand Dollars ($2,500,000). Maker will pay this loan "
        "upon demand, or, if no demand is made, in one payment of all outstanding principal plus "
        "accrued unpaid interest on December 31, 2002.\n"
    )
    assert _value(found, "demand") is True


def test_a_name_the_host_masked_is_read_as_written_but_inferred() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, FIRST AMERICAN RAILWAYS, INC., a Nevada corporation "
        '(hereinafter, the "MAKER"), promises to pay to the order of Xxxxxxx X.\nXxxxxxxx, Xx., '
        'his successors or assigns (collectively hereinafter referred to as the "HOLDER"), the '
        "principal sum of FOUR MILLION TWO HUNDRED THOUSAND DOLLARS ($4,200,000.00).\n"
    )
    lender = found.get("lender")
    assert lender is not None and lender.value == "Xxxxxxx X. Xxxxxxxx, Xx"
    assert lender.confidence == INFERRED


def test_a_masked_defined_word_is_no_name() -> None:
    found = extract_text(
        "PROMISE TO PAY\nFor value received, Xxxxxxxx promises to pay to the order of Lender "
        "indicated above the principal amount of TWO MILLION AND NO/100 Dollars ($2,000,000.00).\n"
    )
    assert _value(found, "borrower") is None
    assert "Xxxxxxxx" not in offered(found, "borrower")


def test_a_state_boards_loan_payment_in_its_header_then_annually_thereafter() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nDate: March 1, 2010\nBorrower: Trinchera Irrigation Company\nPrincipal "
        "Amount: $606,000\nInterest Rate: 2.75% per annum\nLoan Payment: $29,926.96\n1. FOR VALUE "
        'RECEIVED the BORROWER promises to pay the Colorado Water Conservation Board ("CWCB"), '
        "the Principal Amount plus Interest for the Term of Repayment.\n2. Principal and interest "
        "shall be payable in equal Loan Payments, with the first payment due and payable one year "
        "from Payment Initiation Date, and annually thereafter.\n"
    )
    assert _value(found, "lender") == "Colorado Water Conservation Board"
    assert _value(found, "schedule.installment") == Decimal("29926.96")
    assert _value(found, "schedule.frequency") == "annual"
