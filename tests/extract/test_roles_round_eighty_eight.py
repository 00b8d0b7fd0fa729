"""The eighty-eighth round of issue 16: sums in pounds, pesos and rupees, read from the
twenty-seventh session's parts (``heldout-ih``, ``heldout-ik``, ``heldout-im``, ``heldout-io``,
``heldout-iu``, ``heldout-iw``), whose makers wrote "£100 sterling", "P85,000.00" and "Rupees
Nine Thousand" — money the rules knew only as "$" and "Dollars".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions
from promissory.extract.span import SourceText


def _sums(text: str) -> list[tuple[Decimal, str, bool | None]]:
    return [(m.value, m.unit, m.agrees) for m in money_mentions(SourceText(text))]


def test_a_philippine_note_in_pesos_words_and_figure() -> None:
    found = extract_text(
        "Dumaguete City, June 4, 1984\nFor value received, I promise to pay Armando V. Sierra, "
        "his heirs and assigns, the sum of EIGHTY FIVE THOUSAND PESOS ONLY (P85,000.00) "
        "Philippine Currency, on or before September 4, 1984.\n(Sgd.) Epifania Sol Ele Ebarle\n"
    )
    assert _value(found, "commitment") == Decimal("85000.00")
    assert _value(found, "currency") == "PHP"


def test_pesos_figure_first_then_words() -> None:
    assert _sums("the total amount of (P10,000) ten thousand pesos") == [
        (Decimal("10000.00"), "peso", True)
    ]


def test_a_scottish_note_in_pounds_sterling() -> None:
    found = extract_text(
        "Pirongia, 30th July, 1917. — £200. — Four years after date I promise to pay A. H. "
        "Knight or order the sum of two hundred pounds sterling value received.\nL. H. Peat.\n"
    )
    assert _value(found, "commitment") == Decimal("200.00")
    assert _value(found, "currency") == "GBP"


def test_rupees_with_the_unit_first() -> None:
    assert _sums("the sum of Rupees Nine Thousand only. Rs. 9,000.") == [
        (Decimal("9000.00"), "rupee", None),
        (Decimal("9000.00"), "rupee", None),
    ]


def test_rupees_name_no_currency() -> None:
    found = extract_text(
        "On demand we promise to pay to William Weerasuriya or order, the sum of Rupees Nine "
        "Thousand only, with interest at 15 per centum per annum.\n"
    )
    assert _value(found, "currency") is None
    assert any("rupees of no named country" in w for w in found.warnings)


def test_pounds_of_cotton_are_a_weight() -> None:
    assert (
        _sums(
            "promise to deliver sixty-two thousand five hundred pounds of ginned cotton and 6,804 "
            "pounds of commercial fertilizer"
        )
        == []
    )


def test_pounds_shillings_and_pence_are_not_read_as_pounds() -> None:
    assert _sums("I promise to pay John Adams Ten Pounds, eighteen shillings and six pence") == []


def test_a_colonys_pounds_are_not_sterling() -> None:
    found = extract_text(
        "Know all men that we are held and firmly bound unto Thomas Clair in the sum of twenty "
        "five pounds Pennsylvania currency, to be paid on demand.\n"
    )
    assert _value(found, "currency") is None


def test_a_scans_pounds_figure_with_letters_for_noughts() -> None:
    assert _sums("the sum of £2OO on a promissory note") == []


def test_dollar_notes_keep_their_currency() -> None:
    found = extract_text(
        "I promise to pay to the order of John Smith the sum of One Thousand Dollars ($1,000.00), "
        "being the balance of £200 owed in London.\n"
    )
    assert _value(found, "currency") == "USD"
    assert any("more than one unit" in w for w in found.warnings)


def test_a_malaysian_note_in_ringgit() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Ahmad Hizar Bin Sainol Abdin (the “Maker”) promises to pay to the "
        "order of Toga Limited, a Nevada corporation (the “Payee”), or its registered assigns, "
        "the principal sum of RM1,750,000, together with accrued but unpaid interest.\n"
    )
    assert _value(found, "commitment") == Decimal("1750000.00")
    assert _value(found, "currency") == "MYR"


def test_another_countrys_dollars_by_sign_and_by_name() -> None:
    hong_kong = extract_text(
        "PROMISSORY NOTE\nPrincipal Amount: HK$348,080,000\nFOR VALUE RECEIVED, Earth Asia "
        "International Holdings Limited promises to pay Tycoon Partners Holdings Limited the "
        "principal amount of HK$348,080,000.\n"
    )
    assert _value(hong_kong, "currency") == "HKD"
    singapore = extract_text(
        "For value received, the Issuer promises to pay to the Payee in Singapore dollars, the "
        "relevant Principal Subscription Amount.\nPayee’s Principal Subscription Amount "
        "S$1,000.00\n"
    )
    assert _value(singapore, "currency") == "SGD"


# The twenty-eighth session's first draw (``heldout-ix`` … ``heldout-jc``), after its scores.


def test_a_rate_the_note_states_per_month_is_not_a_yearly_rate() -> None:
    found = extract_text(
        "REVOLVING LINE OF CREDIT NOTE\n$350,000\n0.75% SIMPLE INTEREST PAID MONTHLY ON AGGREGATE "
        "UNPAID PRINCIPAL AMOUNT\nFOR VALUE RECEIVED, Sierra Software Systems, Inc. "
        '("Borrower") promises to pay to RAGSS QOZB, INC., a Nevada Corporation (the "Lender"), '
        "interest on the aggregate unpaid principal amount of all advances at an interest rate "
        "of three-quarters of one percent (0.75%) simple interest per month.\n"
    )
    assert _value(found, "interest.rate") is None


def test_for_cash_received_is_not_the_makers_name() -> None:
    found = extract_text(
        'FOR CASH RECEIVED, HYLETE, INC. ("Maker") promises to pay __________________(the '
        '"Payee"), in lawful money of the United States of America the principal sum of the '
        "Loan Amount set forth above.\n"
    )
    assert _value(found, "borrower") == "HYLETE, INC."


def test_its_successor_and_assigns_end_the_payees_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of Plastiq Inc., its "
        "successor and assigns, the principal sum of $785,565.99.\n"
    )
    assert _value(found, "lender") == "Plastiq Inc."


def test_promises_to_pay_upon_demand() -> None:
    found = extract_text(
        'SENIOR OPTICIAN SERVICE, INC. ("Undersigned") hereby promises to pay upon demand to the '
        "order of John Smith the sums set forth on the attached Schedule A, with interest at the "
        "rate of Twelve (12%) percent per annum.\n"
    )
    assert _value(found, "demand") is True


# The twenty-eighth session's second draw (``heldout-jd`` … ``heldout-ji``), after its scores.


def test_a_sum_in_euros_by_code_and_in_words() -> None:
    found = extract_text(
        "PROMISSORY NOTE DUE DECEMBER 31, 2010\nEURAND B.V.\nEUR 224,276\nEurand B.V., whose "
        "business address is at Eurand B.V., Kerkstraat 232, 1511 EN OOSTZAAN, The Netherlands "
        "(the “Company”) hereby unconditionally promises to pay to Warburg, Pincus Ventures "
        "International, L.P. (“Warburg International”) EUR 224,276 (Two Hundred Twenty-Four "
        "Thousand Two Hundred Seventy Six Euros) by way of wire transfer.\n"
    )
    assert _value(found, "commitment") == Decimal("224276.00")
    assert _value(found, "currency") == "EUR"
    assert _value(found, "borrower") == "Eurand B.V."


def test_a_figure_before_its_currencys_name() -> None:
    assert _sums("the principal sum of 164,012,326 Israeli shekels and converted") == [
        (Decimal("164012326.00"), "ILS", None)
    ]
    assert _sums("the sum of 8,000 pesos, equivalent to") == [(Decimal("8000.00"), "peso", None)]


def test_expenses_secured_by_any_security_do_not_make_a_secured_note() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Novagen Finance Pty Ltd promises to pay to John Smith the sum of "
        "$270,000.00 when called by the Lender. Borrower will pay Lender's collection expenses "
        "and interest on demand. These expenses and interest will become part of the debt "
        "evidenced by the note and will be secured by any security for payment.\n"
    )
    assert _value(found, "secured") is None


def test_the_currency_below_a_promise_is_not_its_signer() -> None:
    found = extract_text(
        "___________, after date, for value received, I/we, jointly and severally promise to pay "
        "to the ORDER of the REPUBLIC PLANTERS BANK, at its office in Manila, Philippines, the "
        "sum of ___________ PESOS(....)\nPhilippine Currency...\n"
    )
    assert _value(found, "borrower") is None


def test_a_forms_nominee_name_is_not_the_payee() -> None:
    found = extract_text(
        "GATEWAY TECHNICAL COLLEGE DISTRICT\nGENERAL OBLIGATION PROMISSORY NOTE\nFOR VALUE "
        "RECEIVED, the Gateway Technical College District promises to pay to the Depository or "
        'its Nominee Name (the "Depository") identified above, on the maturity date identified '
        "above, the principal amount identified above.\n"
    )
    assert _value(found, "lender") != "Nominee Name"


# The twenty-eighth session's third draw (``heldout-jk`` … ``heldout-jo``), after its scores.


def test_cents_in_words_after_dollars_without_and() -> None:
    assert _sums("one hundred and twenty-four dollars ninety-one cents for value received") == [
        (Decimal("124.91"), "dollar", None)
    ]


def test_dollars_a_space_and_the_cents_before_a_comma() -> None:
    assert _sums("we promise to pay to Layton and Sipple $391 40, for value received") == [
        (Decimal("391.40"), "dollar", None)
    ]


def test_a_place_heading_over_the_makers_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nUS$2,000,000\nTortola, British West Indies\nSuccessful Union Limited, a "
        "company organized under the laws of the British Virgin Islands (the “Maker”), for value "
        "received, hereby promises to pay to Pioneer Forest, Inc., a Delaware, USA corporation "
        "(the “Payee”), the principal sum of two million US Dollars.\n"
    )
    assert _value(found, "borrower") == "Successful Union Limited"


def test_the_tail_of_an_address_is_not_the_holder() -> None:
    found = extract_text(
        "(2) | Wisdom Sail Limited, an exempted company incorporated in Cayman Islands with "
        "limited liability with its registered office at Codan Trust Company (Cayman) Limited, "
        "Cricket Square, Hutchins Drive, PO Box 2681, Grand Cayman, KY1-1111, Cayman Islands (the "
        "“Holder”). |\n"
    )
    assert _value(found, "lender") is None


def test_a_canadian_numbered_company() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, and subject to the terms and conditions set forth herein, "
        '2323414 Alberta Ltd (the "Borrower"), hereby unconditionally '
        'promises to pay to the order of Groestate Inc. or its assigns (the "Lender"), the '
        "principal sum of $3,000,000.\n"
    )
    assert _value(found, "borrower") == "2323414 Alberta Ltd"


def test_a_signer_after_a_dash_and_after_an_initial() -> None:
    sydney = extract_text(
        '"Four months after this date I promise to pay John McLaughlin and Son or order the sum '
        "of £775, value received, payable at the E.S. and A. Bank, Martin Place, Sydney.—J. E. "
        'Gear."\n'
    )
    assert _value(sydney, "borrower") == "J. E. Gear"
    indiana = extract_text(
        "“Fifteen months after date, I promise to pay to the order of the Evansville, "
        "Indianapolis and Cleveland Straight Line Railroad Go., at Spencer, seven hundred "
        "dollars, value received; without any relief whatever from valuation or appraisement "
        "laws. “ S. W. Dunn.”\n"
    )
    assert _value(indiana, "borrower") != "W. Dunn"


# The twenty-eighth session's fourth draw (``heldout-jp`` … ``heldout-js``), after its scores.


def test_or_bearer_after_a_reports_quotation_mark_and_or_order_after_a_bullet() -> None:
    london = extract_text(
        '"No. 17. 73.—I PROMISE to pay to Mr. Joseph Crooke or "bearer, on demand, the sum of '
        "FIFTY Pounds.\n"
    )
    assert _value(london, "lender") == "Mr. Joseph Crooke"
    georgia = extract_text(
        "“$125.00. Dublin, Ga., Dee. 14, 1904. On or before the 14th •day of March (fixed) we "
        "promise to pay to I. N. Hollingsworth, •or order, the sum of one - hundred and "
        "twenty-five dollars, value received.\n"
    )
    assert _value(georgia, "lender") == "I. N. Hollingsworth"


def test_a_section_headings_last_word_before_the_makers_name() -> None:
    found = extract_text(
        "1. Principal and Interest; Prepayment. Rayton Solar, Inc. (the “Company”), a Delaware "
        "corporation, for value received, hereby promises to pay to ReGen America Inc (the "
        "“Holder”), on June 12, 2020 (the “Maturity Date”), the principal sum of $150,000.00.\n"
    )
    assert _value(found, "borrower") == "Rayton Solar, Inc."


def test_another_countrys_dollars_after_principal_sum_of() -> None:
    found = extract_text(
        "For value received, VelaTel Global Communications, Inc. (“Maker”) promises to pay to the "
        "order of China Motion Holdings Limited (“Holder”) the principal sum of HK$37,490,637.45, "
        "plus interest accrued thereon.\n"
    )
    assert _value(found, "commitment") == Decimal("37490637.45")
    assert _value(found, "currency") == "HKD"


def test_dollars_with_thousands_a_space_and_the_cents() -> None:
    assert _sums('the sum of $ 25,089 11, principal, and " $ 25,089 11.\n') == [
        (Decimal("25089.11"), "dollar", None),
        (Decimal("25089.11"), "dollar", None),
    ]


# The twenty-eighth session's fifth draw (``heldout-jt`` … ``heldout-jw``), after its scores.


def test_a_sum_in_yen() -> None:
    found = extract_text(
        "Loan Certificate\nLoan amount |200, 000, 000 yen\nFrom November 30, 2023, as the first "
        "installment, 1,850,000 yen will be repaid in monthly installments.\n"
    )
    assert _value(found, "currency") == "JPY"
    assert _sums("the sum of ¥13,332,000,000 and 1,850,000 yen") == [
        (Decimal("13332000000.00"), "JPY", None),
        (Decimal("1850000.00"), "JPY", None),
    ]


# A reviewer's texts (guards: what the new money rules must not read, and must not raise on).


def test_digits_of_other_scripts_and_a_lower_case_prefix_do_not_raise() -> None:
    for text in ("the sum of １００ yen.", "¥１，０００ due", "Rs. ٣٠٠.", "(us$1,000) Dollars"):
        extract_text(text)


def test_what_is_not_another_currency() -> None:
    assert (
        _sums(
            "Room RM 204; Schedule P 1.00; five hundred pounds each; pounds seed cotton; nine pound "
            "bags of flour; five Euro-Rate Portions; 1,000.00 USD 01/30/2018"
        )
        == []
    )
    series = extract_text(
        "SERIES A $1,000,000 CONVERTIBLE PROMISSORY NOTE\nI promise to pay John Smith the "
        "principal amount of $1,000,000.\n"
    )
    assert _value(series, "currency") == "USD"
    named = extract_text(
        "I promise to pay John Smith the principal amount of $3,000,000. All payments shall be "
        "made in United States dollars and not in Canadian dollars.\n"
    )
    assert _value(named, "currency") == "USD"


def test_a_section_number_after_a_sum_is_not_its_cents() -> None:
    assert _sums("the principal amount of $50,000 12. Governing Law. This note") == [
        (Decimal("50000.00"), "dollar", None)
    ]


def test_a_yearly_rate_beside_the_same_percent_per_month() -> None:
    found = extract_text(
        "I promise to pay John Smith $10,000 with 2% simple interest per annum. Upon an Event of "
        "Default, interest shall accrue at 2% per month.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.02")
