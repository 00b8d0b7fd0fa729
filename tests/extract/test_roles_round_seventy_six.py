"""The seventy-sixth round of issue 16: misses of the twenty-third session's fourth draw
(``heldout-ga``, ``heldout-gb``, ``heldout-gc``, cut short when the search allowance ran out)
after their first and only scores.

* a payee's office after the name ("to Edward Harding Administrator of John Lackey Deced. the Sum
  of twenty Eight Dollars"): the name ends before it, as readers write it;
* "Thirty-five (35) monthly payments, initially in the MINIMUM amount of $82,627.00 each": the
  first payment of a rate that changes, offered rather than proposed.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payees_office_after_the_name() -> None:
    found = extract_text(
        "Six Months after date I promise to pay to Edward Harding Administrator of John Lackey "
        "Deced. the Sum of twenty Eight Dollars for the hire, witness my hand and Seal this 2nd. "
        "day of August 1831.\n\n                                           Wm Graham\n"
    )
    assert _value(found, "lender") == "Edward Harding"


def test_an_initial_minimum_payment_is_offered() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, LGI Delaware LLC ("Borrower") promises to pay to Cathay Bank '
        '("Lender") the principal amount of $12,698,073.37. Borrower will pay this loan in '
        "accordance with the following payment schedule: Thirty-five (35) monthly payments, "
        "initially in the MINIMUM amount of $82,627.00 each, and ONE final payment of all "
        'outstanding principal and accrued interest on JUNE 20, 2013 ("Final Payment Date").\n'
    )
    assert _value(found, "schedule.installment") is None
    assert Decimal("82627.00") in offered(found, "schedule.installment")
