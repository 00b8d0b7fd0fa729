"""The ninety-second round of issue 16: what the twenty-ninth session's fourth draw
(``heldout-km`` … ``heldout-kq``) showed the rules missed — more certificates of deposit (a bank
named after the certificate's number, "of the City of New York", paid "on ten days notice"), a
party's other note "payable on demand", a payee called "said Walker", a maker "as Obligor" or
"AKA" another name, "the receipt of which is hereby acknowledged", number words with a comma
after "hundred".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions
from promissory.extract.span import SourceText


def test_a_bank_named_after_the_certificates_number() -> None:
    found = extract_text(
        "“ No. 15154 The First National Bank 50-856 $1020.00\n“ Silver Creek, N. Y., Dec. 1 1927\n"
        "CERTIFICATE OF\ndeposit Clayton Blessing has deposited in this Bank\nThe sum of $1200 "
        "and 00 cts Dollars payable to the order of himself.\n"
    )
    assert _value(found, "borrower") == "The First National Bank"
    assert _value(found, "lender") == "Clayton Blessing"


def test_a_bank_of_the_city_of_new_york() -> None:
    found = extract_text(
        "“ No. 12,730.\n“ Mount Morris Bank of the City of New York.\n“New York, January 10th, "
        "1908.\n“ $26,438.03. John Ellard has deposited in this bank twenty-six thousand four "
        "hundred and thirty-eight 03-100 dollars, payable to the order of John or Margaret Ellard "
        "on the return of this certificate properly indorsed.”\n"
    )
    assert _value(found, "borrower") == "Mount Morris Bank of the City of New York"


def test_a_certificate_paid_on_notice_is_paid_on_demand() -> None:
    found = extract_text(
        "The action was brought on a Certificate of Deposit: “This is to certify that John E. "
        "Shoup has deposited in the Greensboro Mutual Life Insurance and Trust Company three "
        "hundred and fifty dollars which will be paid to him on ten days notice with interest, "
        "in current funds on the return of this certificate.”' Dated at Greensboro, Dec. 17, "
        "1861.\n"
    )
    assert _value(found, "demand") is True
    assert _value(found, "borrower") == "Greensboro Mutual Life Insurance and Trust Company"


def test_a_partys_other_note_payable_on_demand_does_not_make_the_certificate_one() -> None:
    found = extract_text(
        "“The Fifth Avenue Bank of Pittsburgh.\n“Edw. Breitwieser has deposited in this bank "
        "$13,750, payable to his order six months after date.\nDefendant averred that the payee "
        "borrowed from defendant the sum of $13,750 on his collateral note payable on demand.\n"
    )
    assert _value(found, "demand") is None


def test_said_walker_is_the_walker_named_before() -> None:
    found = extract_text(
        '"$150. So. Woodstock, Ct., March 4, 1889. Received of W. H. Walker, this day, one bay '
        "horse, for which I promise to pay said Walker or order one hundred and fifty dollars, "
        'five months from date. CHARLES H. MOORE."\n'
    )
    assert _value(found, "lender") == "W. H. Walker"


def test_a_maker_as_obligor() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, T3 Motion, Inc. as Obligor ("Borrower,” or “Obligor”), hereby '
        "promises to pay to JMJ Financial the Principal Sum of $1,000,000.\n"
    )
    assert _value(found, "borrower") == "T3 Motion, Inc."


def test_a_maker_also_known_by_another_name_after_the_receipt_acknowledged() -> None:
    found = extract_text(
        "For value received the receipt of which is hereby acknowledged, the\nundersigned, "
        "AUTOMOTIVE ONE PART STORES, INC. AKA AUTOMOTIVE ONE PARTS STORES,\nINC., a Florida "
        'corporation, (herein "PAYOR"), hereby promises to pay to the\norder of A.P.S., INC., a '
        "Delaware corporation, the sum of $2,450,000.00.\n"
    )
    assert _value(found, "borrower") == "AUTOMOTIVE ONE PART STORES, INC."
    assert _value(found, "lender") == "A.P.S., INC."


def test_number_words_with_a_comma_after_hundred() -> None:
    sums = [
        m.value
        for m in money_mentions(
            SourceText("five thousand one hundred, thirty-three and 59/100 dollars, $5,133.59")
        )
    ]
    assert sums == [Decimal("5133.59"), Decimal("5133.59")]


def test_a_long_run_of_hundreds_is_read_in_one_pass() -> None:
    # (with the comma after "hundred" optional, each "hundred" could be split two ways and this
    # took longer than the age of the universe; it must simply finish)
    assert money_mentions(SourceText("hundred " * 60 + "dollars")) is not None
