"""The sixty-ninth round of issue 16: misses of ``heldout-ff``, ``heldout-fg`` and ``heldout-fh``
after their first and only scores.

* parties: the bank whose prime rate the note follows ("… announced … by Northern Trust (the
  "Bank")") is not the payee; "JUMP! SOFTWARE, INC."; "F0R VALUE RECEIVED" (a zero for the O);
  a company that opens its paragraph with its address before "hereby promises to pay"; a payee's
  street address after its name ("LONGVIEW EQUITY FUND, LP, 600 Montgomery Street"); the SBA
  form's payee above a long rule and "(Payee)"; makers in capitals before "(Seal)";
* a bank form's header box "INDEX (w/Margin)" names the index (its "RATE" cell is the day's rate,
  not a fixed one), with the margin on a line of its own, and its title "(Commercial - Revolving
  Draw)";
* demand: "to be paid on demand", "payable in full upon demand of the Holder", "Brackett, May
  5th, 1875. On demand I promise", "on demand at any time … or, if demand is not sooner made, in
  installments" (but not "such unpaid amount shall bear interest, to be paid upon demand");
* a rate "per month" after maturity is not a yearly default rate;
* dates: "the first day of November, A. D. 1887"; "January .5, 1904" (a scan's stray stop); "The
  "Maturity Date" shall be the earlier of (a) March 31, 1998 and (b) …"; interest paid quarterly
  "in each year to December 1, 2030 (the “Maturity Date”)";
* amounts: "… without interest" further from "dollars"; "to the order of the Vanora Townsite
  Company, a corporation, three thousand ($3,000) dollars"; the SBA form's "(Write out amount)";
* "the greater of: (i) TWO PERCENT (2%) above the Prime Rate … or (ii) …": the margin, not the
  floor; "1/360th of annual interest for each day": ACT/360;
* a state board's note: the loan contract's date, the replaced note's and the "Date of
  Completion" are not the note's; "The first payment of $14,121.51 shall be due … and annually
  thereafter until …": the installment and its period.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_bank_whose_prime_rate_the_note_follows_is_not_the_payee() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$30,000.00 April 15, 2002\nULTRASTRIP SYSTEMS, INC., a Florida "
        'corporation ("Maker"), promises to pay to the order of XXXXXX X. XXXXXXX ("Lender"), '
        "the sum of THIRTY THOUSAND and 00/100 DOLLARS ($30,000.00) with interest at the "
        'Applicable Interest Rate.\nThe "Applicable Interest Rate" shall mean the rate per annum '
        "which is 2 % per annum in excess of the fluctuating prime rate announced or established "
        'from time to time by Northern Trust (the "Bank").\n'
    )
    # (the payee's masked name, read as written since the eighty-second round, not the bank's)
    assert _value(found, "lender") == "XXXXXX X. XXXXXXX"
    assert _value(found, "borrower") == "ULTRASTRIP SYSTEMS, INC."


def test_an_exclamation_mark_in_a_name() -> None:
    found = extract_text(
        "CONVERTIBLE SECURED SUBORDINATED PROMISSORY NOTE\n$700,000 September 23, 1997\n"
        'JUMP! SOFTWARE, INC., a California corporation (the "COMPANY"), for value received, '
        "hereby promises to pay to the order of Xxxxxxx Xxxxxxxx the principal amount of Seven "
        "Hundred Thousand Dollars ($700,000).\n"
    )
    assert _value(found, "borrower") == "JUMP! SOFTWARE, INC."


def test_a_zero_for_the_o_of_for_value_received() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nU.S. $1,322,573.73 May 1, 2009\nF0R VALUE RECEIVED, FLORIDA GAMING "
        "CENTERS, INC., a Florida Corporation (“FGCI”), promise to pay to the order of FREEDOM "
        "HOLDING, INC. a Delaware corporation, (“Lender”), the principal amount of $1,322,573.73.\n"
    )
    assert _value(found, "borrower") == "FLORIDA GAMING CENTERS, INC."


def test_a_company_opens_its_paragraph_with_its_address() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\n$100,000.00      July 27, 2001\n\nAmpersand Medical Corporation, with "
        "offices at 414 N. Orleans, Suite 510,\nChicago, IL 60610, hereby promises to pay to "
        "AccuMed International, Inc., with\noffices at 920 N. Franklin Street, Suite 402, "
        "Chicago, IL 60610, the sum of\n$100,000.00, plus interest computed at the rate of 12% "
        "per annum.\n"
    )
    assert _value(found, "borrower") == "Ampersand Medical Corporation"
    assert _value(found, "lender") == "AccuMed International, Inc."


def test_a_payees_street_address_after_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, DIAMETRICS MEDICAL, INC., a Minnesota corporation\n(hereinafter "
        "called “Borrower”), hereby promises to pay to LONGVIEW EQUITY FUND,\nLP, 600 Montgomery "
        "Street, 44th Floor, San Francisco, CA 94111, Fax:\n415-981-5300, (the “Holder”) or its "
        "registered assigns.\n"
    )
    assert _value(found, "lender") == "LONGVIEW EQUITY FUND, LP"


def test_the_sba_forms_payee_and_written_out_amount() -> None:
    found = extract_text(
        "U.S. Small Business Administration\nNOTE\n$ 200,000.00 (Date) August 15, 1996\n"
        "For value received, the undersigned promises to pay to the order of\nFirst American "
        "National Bank\n" + "-" * 60 + "\n(Payee)\nat its office in the city of Nashville, "
        "State of Tennessee\nTwo Hundred Thousand and no/100 ($200,000.00) dollars,\n"
        + "-"
        * 60
        + "\n(Write out amount)\nwith interest at the rate of 10.00% percent per annum, "
        "payment to be made in installments as follows:\n"
    )
    assert _value(found, "lender") == "First American National Bank"
    assert _value(found, "commitment") == Decimal("200000.00")


def test_makers_in_capitals_before_seal() -> None:
    found = extract_text(
        "No__$10,000.00 South Miami, Florida, August 13, 1963 ONE YEAR__ after date, for value "
        "received, We promise to pay to the order of CAMILLE A. CALHOUN TEN THOUSAND AND "
        "NO/100__DOLLARS, with interest thereon at the rate of eight per cent per annum.\n"
        "GEORGE BAKER THOMSON (Seal)\nDue August 12, 1964 BERYL C. THOMSON (Seal)\n"
    )
    assert _value(found, "borrower") == "GEORGE BAKER THOMSON"


def test_the_index_box_of_a_bank_form() -> None:
    found = extract_text(
        "LOAN NUMBER LOAN NAME ACCT. NUMBER NOTE DATE INITIALS\nC & S Bancorporation, Inc. "
        "06/25/01\nNOTE AMOUNT INDEX (w/Margin) RATE MATURITY DATE LOAN PURPOSE\n$975,000.00 "
        "Wall Street Journal Prime 6.250% 06/25/02 Commercial\nminus 0.75%\nCreditor Use Only\n"
        "PROMISSORY NOTE\n(Commercial - Single Advance - Variable Rate)\nDATE AND PARTIES. The "
        "date of this Promissory Note (Note) is June 25, 2001.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("-0.0075")
    assert _value(found, "interest.rate") is None


def test_a_revolving_draw_title_and_the_index_in_its_own_cell() -> None:
    found = extract_text(
        "LOAN NAME\nSTERION INCORPORATED\nNOTE DATE\n05/31/02\nNOTE AMOUNT\n$675,000.00\n"
        "INDEX (w/Margin)\nWall Street Journal Prime\nRATE\n4.75%\nMATURITY DATE\n05/31/03\n"
        "PROMISSORY NOTE\n(Commercial - Revolving Draw - Variable Rate)\nDATE AND PARTIES. The "
        "date of this Promissory Note (Note) is May 31, 2002.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.rate") is None
    assert _value(found, "revolving") is True


def test_demand_in_other_words() -> None:
    for text in (
        "Nov. 3rd 1960\nI have this day borrowed Twelve Thousand One Hundred dollars from: David "
        "DeRouin $12,100 to be paid on demand\n",
        "1. Payment. The principal amount of the Note, together with any and all accrued and "
        'unpaid interest thereon, shall be payable in full upon demand of the Holder (the "Demand '
        'Date").\n',
        "“$413 gold. Brackett, May 5th, 1875. On demand I promise to pay to the order of B. "
        "Oppenheimer & Co. four hundred and thirteen dollars.”\n",
        "FOR VALUE RECEIVED, and WITHOUT GRACE, on demand at any time as to all or any portion of "
        "the indebtedness evidenced by this Note or, if demand is not sooner made, in installments "
        "as hereinafter provided, RCI HOLDINGS, INC. promises to pay to the order of TEXAS "
        "COMMUNITY BANK, N.A. the sum of $3,640,000.00.\n",
    ):
        assert _value(extract_text(text), "demand") is True, text


def test_overdue_interest_to_be_paid_upon_demand_is_not_a_demand_note() -> None:
    found = extract_text(
        "The Borrower promises to pay to the order of the Lender the principal amount of each Loan "
        "on the Maturity Date. If any amount is not paid in full when due hereunder, such unpaid "
        "amount shall bear interest, to be paid upon demand, from the due date thereof until the "
        "date of actual payment.\n"
    )
    assert _value(found, "demand") is None


def test_a_rate_per_month_after_maturity() -> None:
    found = extract_text(
        '"$1,300.00. Waco, Texas, July 7, 1884. On or before the first day of November, A. D. '
        "1887, we promise to pay to the Waco Building Association, or order, eleven hundred and "
        'thirty dollars, with interest after maturity at the rate of one per cent. per month."\n'
    )
    assert _value(found, "interest.default_rate") is None
    assert _value(found, "maturity") == dt.date(1887, 11, 1)


def test_a_stray_stop_before_the_day() -> None:
    found = extract_text(
        "“No. 306. $4000.00.\nReal estate coupon note. Braidentown, Florida, January .5, 1904.\n"
        "On the first day of January, 1910, for value received, I promise to pay to the order of "
        "W. B. Fitts, the principal sum of four thousand dollars.\n"
    )
    assert _value(found, "issue_date") == dt.date(1904, 1, 5)


def test_the_maturity_date_is_the_earlier_of_a_date_and_an_event() -> None:
    found = extract_text(
        "JUMP! SOFTWARE, INC. hereby promises to pay to the order of Xxxxxxx Xxxxxxxx the "
        "principal amount of Seven Hundred Thousand Dollars ($700,000) on or before the Maturity "
        'Date.\n1. MATURITY DATE. The "Maturity Date" shall be the earlier of\n(a) March 31, '
        "1998 and (b) such date as the Company shall have received at\nleast $6,000,000 in gross "
        "aggregate proceeds.\n"
    )
    assert _value(found, "maturity") == dt.date(1998, 3, 31)


def test_interest_paid_each_quarter_to_the_maturity_date() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, RBH-TRB EAST MEZZ URBAN RENEWAL ENTITY, LLC (the “Borrower”) promises "
        "to pay to the order of the NEW JERSEY ECONOMIC DEVELOPMENT AUTHORITY (the “Authority”) "
        "the sum of $22,748,000.\nInterest accruing hereon from the date hereof at the Subsidy "
        "Interest Rate shall be paid on the first Business Day of each January, April, July and "
        "October in each year to December 1, 2030 (the “Maturity Date”), commencing on April 1, "
        "2012.\n"
    )
    assert _value(found, "maturity") == dt.date(2030, 12, 1)


def test_without_interest_further_from_dollars() -> None:
    found = extract_text(
        '"In terms as stated below, I or we promise to pay to the order of W. B. Schofield five '
        "thousand and no/100 dollars for value received, in lawful money of the United States, "
        'without interest payable at the First National Bank of Opp, in Opp, Alabama."\n'
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_sum_after_a_payee_called_a_corporation() -> None:
    found = extract_text(
        "“On or before one year from date, without grace, for value received, we or either of "
        "us, promise to pay to the order of the Vanora Townsite Company, a corporation, three "
        "thousand ($3,000) dollars, with interest from date at the rate of six per cent per "
        "annum, until paid.\n"
    )
    assert _value(found, "commitment") == Decimal("3000.00")


def test_the_first_option_of_a_greater_of_is_a_margin() -> None:
    found = extract_text(
        "RCI HOLDINGS, INC. promises to pay to the order of TEXAS COMMUNITY BANK, N.A. the sum of "
        "$3,640,000.00, with interest at a varying rate per annum which shall from day to day be "
        "equal to the greater of: (i) TWO PERCENT (2%) above the Prime Rate, hereafter defined, "
        "or (ii) SEVEN AND ONE-HALF PERCENT per annum.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.02")


def test_a_three_hundred_sixtieth_of_a_years_interest_for_each_day() -> None:
    found = extract_text(
        "ULTRASTRIP SYSTEMS, INC. promises to pay to the order of Lender the sum of $30,000.00. "
        "Interest on principal will accrue at the Applicable Interest Rate from April 15, 2002 at "
        "the rate of 1/360th of annual interest for each day that principal is outstanding.\n"
    )
    assert _value(found, "interest.day_count") == "ACT/360"


def test_a_state_boards_note() -> None:
    found = extract_text(
        "Promissory Note\nDate: December 1, 2000\n1. For Value Received, the Excelsior Irrigating "
        'Company ("BORROWER") promises to pay the State of Colorado Water Conservation Board '
        '("STATE"), the principal sum of $251,125 plus interest at the rate of 3.771 percent per '
        "annum for a term of 30 years, pursuant to Loan Contract No. C153797 dated February 11, "
        "1998.\n2. This promissory note replaces a note dated January 28, 1998 in the loan amount "
        "of $230,000. The note dated January 28, 1998, was cancelled.\n3. The first payment of "
        "$14,121.51 shall be due one year from the date that the State determines that the "
        "project is substantially complete, and annually thereafter until the entire principal "
        "sum and all accrued interest shall have been paid in full.\n"
    )
    assert _value(found, "issue_date") == dt.date(2000, 12, 1)
    assert _value(found, "schedule.installment") == Decimal("14121.51")
    assert _value(found, "schedule.frequency") == "annual"
