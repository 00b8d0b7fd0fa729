"""The sixtieth round of issue 16: misses read again on parts already seen while ``heldout-eh``
… ``heldout-ej`` were being collected, then those parts' own misses after their first and only
score.

* a promise to pay that comes before "for value received" ("I promise to pay to the order of F.W
  Angus, seven thousand … dollars, for value received, … I promise to pay such additional sum"):
  the payee is the first promise's, not looked for after the second (but a heading "PROMISE TO
  PAY." is no promise);
* the signer of a quoted note whose last line is the signer's town ('"WILBUR D. LOCKE.' then
  '"Ft. Klamath, Oregon."'), where the promise's maker is only "I or we";
* a date then, on the next line, another label with its own date ("Date December 24, 1996" /
  "Maturity Date June 02, 1997"): the label is the next date's, not this one's.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_payee_of_a_promise_before_for_value_received() -> None:
    found = extract_text(
        'For the remaining $7,500 they gave their note: "$7,500.00. Portland, Oregon, Nov. 21, '
        "1907. Ten years after date, I promise to pay to the order of F.W Angus, seven thousand "
        "five hundred dollars, for value received, with interest from date, payable annually, at "
        "the rate of seven per cent. per annum until paid; and in case suit or action is "
        "instituted to collect this note, I promise to pay such additional sum of money as the "
        "court may adjudge reasonable as attorneys' fees.\"\n"
    )
    assert _value(found, "lender") == "F.W Angus"


def test_a_heading_promise_to_pay_is_no_earlier_promise() -> None:
    found = extract_text(
        "EXHIBIT 4.3 FIBERCHEM, INC. 12% SENIOR CONVERTIBLE NOTE 1. PROMISE TO PAY. FiberChem, "
        'Inc., a Delaware corporation (hereinafter, the "Issuer"), for value received, hereby '
        'promises to pay RemoteData Partners or its successors or assignees ("Lender") the '
        "principal sum of Six Hundred and Fifty Thousand United States Dollars (U.S. $650,000).\n"
    )
    assert _value(found, "lender") == "RemoteData Partners"


def test_a_quoted_notes_signer_above_his_town() -> None:
    found = extract_text(
        'a promissory note reading thus:\n\n"May 15, 1925. $2,500.00\n\n"Six months after date, '
        "for value received, I or we jointly and severally promise to pay to the CENTRAL OREGON "
        "LOAN COMPANY or order, at its office in Redmond, Oregon, Twenty-five Hundred Dollars, "
        'with interest at the rate of 7 per cent per annum.\n\n"In case suit or action is '
        "instituted to collect this note, I, or we, jointly and severally promise to pay such "
        'additional sum as the Court may adjudge reasonable as attorneys fees.\n\n"WILBUR D. '
        'LOCKE.\n\n"Ft. Klamath, Oregon."\n\nIt seems that this note was indorsed.\n'
    )
    assert _value(found, "borrower") == "WILBUR D. LOCKE"


def test_a_date_above_the_next_lines_label() -> None:
    found = extract_text(
        "NEW WEST EYEWORKS, INC. THE SECOND NATIONAL BANK\nLoan Number 2901251150\n"
        "XXXXXX, XXXX 00000 Date December 24, 1996\nMaturity Date June 02, 1997\n"
        "BORROWER'S NAME AND ADDRESS LENDER'S NAME AND ADDRESS Loan Amount $ 350,000.00\n"
        "I promise to pay to you, or your order, at your address listed above the PRINCIPAL sum "
        "of THREE HUNDRED FIFTY THOUSAND AND 00/100 Dollars $ 350,000.00\n"
    )
    assert _value(found, "issue_date") == dt.date(1996, 12, 24)
    assert _value(found, "maturity") == dt.date(1997, 6, 2)
