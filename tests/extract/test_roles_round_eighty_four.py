"""The eighty-fourth round of issue 16: the second draw's misses left after the eighty-third round
(``heldout-hh`` … ``heldout-hm``, no longer held out) and the twenty-sixth session's third draw
(``heldout-hn`` … ``heldout-hs``, rules frozen at 7b19156) after their first and only scores.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_principal_payable_monthly_in_the_amount_of() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,640,000. The principal indebtedness evidenced by this "
        "Note shall be payable monthly in the amount of $75,000 with the first payment due upon "
        "execution of this Note and thereafter on the first day of each successive month.\n"
    )
    assert _value(found, "schedule.installment") == Decimal("75000.00")
    assert _value(found, "schedule.frequency") == "monthly"


def test_a_payees_incorporated_then_its_town() -> None:
    found = extract_text(
        "“For value received, on or before February 10, 1927, I Promise to pay to the order of "
        "International Motor Truck Agency, Incorporated, Washington, D. C. Four Hundred Fifty "
        "Dollars.”\n"
    )
    assert _value(found, "lender") == "International Motor Truck Agency, Incorporated"


def test_on_demand_for_value_received_i_name_promise() -> None:
    found = extract_text(
        "“$1,000. New Haven, Connecticut, September 2, 1927. On demand for value received, I, "
        "Edward T. Falsey, promise to pay to the order of the Chester Savings Bank one thousand "
        "(1,000) dollars with interest at the rate of six percent per annum.”\n"
    )
    assert _value(found, "demand") is True


def test_a_makers_social_security_number_after_his_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE $28,345.63 Houston, Texas February 20, 2001 FOR VALUE RECEIVED, Alvin N. "
        'Lubetkin SSN ###-##-#### (hereinafter, "Maker"), a resident of Harris County, Texas, '
        "promises to pay to the order of OSHMAN'S SPORTING GOODS, INC. the sum of $28,345.63.\n"
    )
    assert _value(found, "borrower") == "Alvin N. Lubetkin"


def test_a_payee_as_agent() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Escalon Medical Corp. promises to pay to Louis Katz, as Agent, the "
        "principal sum of Five Hundred Thousand Dollars ($500,000).\n"
    )
    assert _value(found, "lender") == "Louis Katz"


def test_a_forms_index_rate_written_in_with_the_banks_name() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $3,000,000.00.\nINTEREST RATE: This Note has a variable "
        "interest rate feature. Interest on this Note shall be calculated at a variable rate equal "
        "to 250 /1000 percent (0.250%) per annum over the Index Rate.\nINDEX RATE: The Index Rate "
        "for this Note shall be:\nFIRSTAR BANK OF MILWAUKEE, N.A. PRIME RATE\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
