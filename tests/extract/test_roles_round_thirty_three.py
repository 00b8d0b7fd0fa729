"""The thirty-third round of issue 16: a first payment date that anchors no schedule.

Scored fresh, each pair of held-out parts with the rules frozen before it (``heldout-bd`` …
``heldout-bs``), a first payment date the rules only inferred, with neither an installment amount
nor a count of payments beside it, was right 9 times in 18: as often the first of payments of
interest alone, the principal falling due at maturity, as the first installment.  Such a date is
offered for review, not proposed; a date labelled as the first payment's, or the first of
installments of principal, is still proposed.  Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_interest_paid_monthly_before_a_bullet_maturity_is_offered_not_proposed() -> None:
    found = extract_text(
        PROMISE + "the principal sum of TWO HUNDRED AND FORTY THOUSAND DOLLARS ($240,000.00) on "
        "April 30, 1991 together with interest at a rate per annum equal to the Prime Rate plus "
        "three and one-half percent (3 1/2%) on the unpaid balance of principal hereof, payable in "
        "arrears at the close of business on the last day of each month commencing on May 31, "
        "1988, and on any overdue principal and interest until paid in full."
    )
    assert _value(found, "maturity") == dt.date(1991, 4, 30)
    assert _value(found, "schedule.first_payment") is None
    assert dt.date(1988, 5, 31) in offered(found, "schedule.first_payment")


def test_a_labelled_first_payment_date_is_still_proposed() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $3,000,000.00 in monthly installments.\n\n"
        "First Payment Date: July 1, 2020.\n"
    )
    assert _value(found, "schedule.first_payment") == dt.date(2020, 7, 1)


def test_the_first_of_installments_of_principal_is_still_proposed() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $600,000.00 in installments of principal of $50,000.00 "
        "each, payable on June 1 and December 1 of each year, commencing June 1, 2008."
    )
    assert _value(found, "schedule.first_payment") == dt.date(2008, 6, 1)


def test_an_installment_amount_anchors_the_first_payment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00, payable in consecutive monthly installments "
        "of $2,500.00 each, commencing on March 1, 2004, with interest at 7% per annum."
    )
    assert _value(found, "schedule.installment") is not None
    assert _value(found, "schedule.first_payment") == dt.date(2004, 3, 1)


def test_interest_compounded_daily_is_offered_so_the_draft_still_loads() -> None:
    """'interest … compounded daily' (a held-out note of ``heldout-bu``): a terms file holds simple,
    monthly, quarterly, semiannual or annual compounding, so daily is offered, not proposed."""
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at the rate of fourteen percent "
        "(14%) per annum, compounded daily, on the unpaid principal balance."
    )
    assert _value(found, "interest.compounding") is None
    assert "daily" in offered(found, "interest.compounding")
