"""The thirty-eighth round of issue 16: mistakes of ``heldout-cb``, read after its first and only
score, each made a rule of its kind.

* a text export whose lines open with "<br />" after the file's own line break: one break, not
  two, so "that Indian River\\n<br />County, Florida" is one name over two lines;
* "Indian River County, Florida": a county's name and its state in the same letters keep the state;
* "FOR\\nVALUE RECEIVED UNITED DEVELOPMENT FUNDING, L.P., a Nevada limited partnership
  (“Borrower”)": the opening words are not part of the name;
* '“Base Rate” shall mean … twelve percent (12.0%) per annum' in a text that never says the note
  bears the Base Rate: offered, not proposed;
* "at the rate of eight percent (8%) per annum until paid (subject to adjustment …), plus a service
  fee equal to one-quarter of one percent (0.25%) per annum": the rate is 8%, the fee no rate;
* a public body's name in capitals of thirteen words;
* "with annual payments of $5,959.82": an installment and its period;
* "at a prepayment price equal to the principal amount to be prepaid plus accrued interest": no
  premium;
* "payable on each February 1 and August 1": semiannual.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_file, extract_text


def test_a_line_opening_with_a_break_tag_is_one_break(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "NO. 1\n<br />REVENUE NOTE\n<br />$50,000.00\n<br />KNOW ALL MEN BY THESE PRESENTS, that "
        'Indian River\n<br />County, Florida (hereinafter referred to as "County"), for value\n'
        "<br />received, hereby promises to pay to the bearer, on\n<br />December 13, 1979, the "
        "principal sum of Fifty Thousand Dollars\n<br />($50,000.00).\n"
    )
    found = extract_file(note)
    assert _value(found, "borrower") == "Indian River County, Florida"


def test_for_value_received_over_two_lines_is_not_part_of_the_name() -> None:
    found = extract_text(
        "SECURED PROMISSORY NOTE\n$6,000,000.00\nFOR\nVALUE RECEIVED NORTHFIELD LAND FUND, L.P.,\n"
        "a\nNevada limited partnership (“Borrower”) hereby promises to pay to the order of RIVER "
        "LAND FUND II, L.P. (“Lender”) the principal sum of $6,000,000.00.\n"
    )
    assert _value(found, "borrower") == "NORTHFIELD LAND FUND, L.P."


def test_a_rate_defined_but_never_applied_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $6,000,000.00.\n1. Certain Definitions. The following "
        "capitalized terms shall have the following meanings:\n(a) “Base\nRate”\nshall\nmean the "
        "lesser of (i) twelve percent (12.0%) per annum, or (ii) the Highest Lawful Rate.\n"
        "(b) “Commitment” shall mean $6,000,000.00.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.12") in offered(found, "interest.rate")


def test_a_rate_defined_and_applied_is_the_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $6,000,000.00 with interest at the Base Rate.\n"
        "“Base Rate” shall mean twelve percent (12.0%) per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.12")


def test_a_service_fee_is_not_the_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at the rate of eight percent "
        "(8%) per annum until paid (subject to adjustment as set forth in the Loan Agreement), "
        "plus a service fee equal to one-quarter of one percent (0.25%) per annum on the amount "
        "of principal outstanding.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.08")


def test_a_public_bodys_long_name_in_capitals() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, ACME HOLDINGS, LLC ("Debtor"), promises to pay to '
        "the order of THE HOUSING AND REDEVELOPMENT\nAUTHORITY IN AND FOR THE CITY OF LAKESIDE, "
        "MINNESOTA, a public body politic and corporate, the principal sum of $500,000.00.\n"
    )
    lender = _value(found, "lender")
    assert isinstance(lender, str)
    assert lender.startswith("THE HOUSING AND REDEVELOPMENT AUTHORITY IN AND FOR THE CITY OF")


def test_annual_payments_of_an_amount() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, The Upper Ditch Company ("BORROWER") promises to pay the State '
        'Water Board ("STATE"), the principal sum of $100,000.00 with annual payments of '
        "$5,959.82 based on the interest rate of 4.25% per annum for a term of 30 years.\n"
    )
    assert _value(found, "schedule.installment") == Decimal("5959.82")
    assert _value(found, "schedule.frequency") == "annual"


def test_a_prepayment_price_at_par_is_no_premium() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $400,000 on June 30, 1983, with interest at 10% per annum. "
        "This Note is subject to prepayment at the option of the City at any time, in whole or "
        "in part, at a prepayment price equal to the principal amount to be prepaid plus accrued "
        "interest to the date of prepayment.\n"
    )
    assert _value(found, "prepayment.premium") == "none"


def test_payments_on_two_days_six_months_apart_are_semiannual() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $190,000 with interest at 4.0% per annum. The amounts due "
        "under this Note shall be payable on each February 1 and August 1 commencing August 1, "
        "2022 and thereafter to and including February 1, 2031.\n"
    )
    assert _value(found, "schedule.frequency") == "semiannual"


def test_interest_alone_on_two_days_a_year_is_no_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $190,000 on June 30, 2031. Interest shall be payable on "
        "each June 30 and December 31 until maturity.\n"
    )
    assert _value(found, "schedule.frequency") is None
