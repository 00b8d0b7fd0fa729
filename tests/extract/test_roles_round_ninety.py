"""The ninetieth round of issue 16: what the twenty-ninth session's second draw (``heldout-kc`` …
``heldout-kg``) and the twenty-eighth session's public bodies' notes showed the rules missed —
certificates of deposit made out "in this bank", a table of loan terms flattened into lines, an
IOU, a court's "Plaintiff" taken for a payee, counties' notes "after date", a town's "will pay",
a Scandinavian note's "Creditor:" and "Debtor:".

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_certificate_made_out_in_this_bank_names_the_bank_of_its_heading() -> None:
    found = extract_text(
        "8 Tenn. App. 461 | Tenn. Ct. App. | 1928\n"
        '"FAYETTE COUNTY BANK OF SOMERVILLE.\n"No. 3278 "$2000\n'
        '"Somerville, Tennessee, "October 3, 1926.\n'
        '"T.J. Gibson has deposited in this bank two thousand dollars, payable only three months '
        "after date to his order on return of this certificate properly endorsed.\n"
        '"Interest at four per cent per annum.\n"E.A. Maddox, Cashier."\n'
    )
    assert _value(found, "borrower") == "FAYETTE COUNTY BANK OF SOMERVILLE"
    assert _value(found, "lender") == "T.J. Gibson"


def test_a_certificate_whose_depositor_is_written_before_dots() -> None:
    found = extract_text(
        "which certificate reads as follows:\n\n“Deposits Guaranteed\n“The Farmers State Bank "
        "83-548\nQuenemo, Kans. May 13, 1921. No. 3189\n“Joel Barrett................Has deposited "
        "in this Bank One thousand two hundred eighty-five dollars forty cents........$1285.40. "
        "Payable to the order of himself in current funds on return of this Certificate.\n"
    )
    assert _value(found, "borrower") == "The Farmers State Bank"
    assert _value(found, "lender") == "Joel Barrett"
    assert _value(found, "commitment") == Decimal("1285.40")


def test_a_certificate_with_no_depositor_named_is_owed_to_its_payee() -> None:
    found = extract_text(
        "“The Lake State Bank.\n“Guaranteed interest bearing certificate of deposit.\n"
        "“This is to certify that there has been deposited in this bank Twelve Thousand and "
        "no/100 Dollars ($12,000.00) payable to the order of The Pioneer Cattle Loan Co.\n"
        "“On return of this certificate properly endorsed.\n"
    )
    assert _value(found, "borrower") == "The Lake State Bank"
    assert _value(found, "lender") == "The Pioneer Cattle Loan Co."
    assert _value(found, "commitment") == Decimal("12000.00")


def test_a_deposit_made_for_the_use_of_another_is_owed_to_him() -> None:
    found = extract_text(
        "MISSISSIPPI UNION BANK, }\nJackson, Miss. Feb. 8th, 1840. }\nI hereby certify, that "
        "Hugh Short has deposited in this bank, payable 12 months from 1st May, 1839, with 5 per "
        "cent. interest till due, fifteen hundred dollars, for the use of Henry Miller, and "
        "payable only to his order, upon the return of this certificate.\n$1500.\n"
    )
    assert _value(found, "borrower") == "MISSISSIPPI UNION BANK"
    assert _value(found, "lender") == "Henry Miller"
    assert _value(found, "commitment") == Decimal("1500.00")


def test_a_private_banks_certificate() -> None:
    found = extract_text(
        "Certificate of Deposit, $60.00. No. 58,344. Hoge, Daly & Co., Bankers, Anaconda, "
        "Mont., May 11, 1897. Edw. Dugan has deposited in this bank sixty dollars, payable to "
        "the order of self, on the return of this certificate properly indorsed.\n"
    )
    assert _value(found, "borrower") == "Hoge, Daly & Co."
    assert _value(found, "lender") == "Edw. Dugan"


def test_the_courts_dates_of_what_befell_the_certificate_are_not_its_date() -> None:
    found = extract_text(
        "This is an action on a certificate of deposit for the sum of $2,800, issued by appellee "
        "to appellant. It is alleged that on the 21st day of September, 1918, appellant presented "
        "said certificate of deposit to appellee for payment.\n\nEXHIBIT A.\nCertificate of "
        "Deposit.\nLaredo, Texas, Jul. 21, 1913, No. 551.\n\nThis certifies that Alejandro "
        "Rodriguez, has deposited with First State Bank and Trust Company of Laredo twenty-eight "
        "hundred dollars ($2,800.00), payable to the order of himself six months after date.\n"
    )
    assert _value(found, "issue_date") == dt.date(1913, 7, 21)
    assert _value(found, "maturity") == dt.date(1914, 1, 21)
    assert _value(found, "borrower") == "First State Bank and Trust Company of Laredo"
    assert _value(found, "lender") == "Alejandro Rodriguez"


def test_a_table_of_loan_terms_flattened_into_lines() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\nLOAN TERMS TABLE Lender: KeyBank National Association, a national "
        "banking\nassociation, its successors and assigns Loan No.: 10057878 Lender’s Address:\n"
        "11501 Outlook, Suite 300, Overland Park, Kansas 66211 Borrower: TNP SRT PORTFOLIO I, "
        "LLC, a Delaware limited liability\ncompany Borrower’s Address: 1900 Main Street, Irvine, "
        "California\n\nClosing Date: January 6, 2012 Original Principal Amount: $33,200,000.00 "
        "Maturity\nDate: February 1, 2017 Interest Rate: 5.93 percent (5.93%) Initial Interest\n"
        "Payment Per Diem: $5,468.78 Monthly Debt Service Payment Amount: $197,559.10\nPayment "
        "Date: March 1, 2012 and on the first day of each successive month\nthereafter Financial "
        "Statement Reporting Deposit: $3,000.00\n\nFOR VALUE RECEIVED, Borrower promises to pay "
        "to the order of Lender the Original Principal Amount.\n"
    )
    assert _value(found, "lender") == "KeyBank National Association"
    assert _value(found, "borrower") == "TNP SRT PORTFOLIO I, LLC"
    assert _value(found, "commitment") == Decimal("33200000.00")
    assert _value(found, "maturity") == dt.date(2017, 2, 1)
    assert _value(found, "schedule.installment") == Decimal("197559.10")


def test_a_dateline_before_an_effective_date_label_is_no_table() -> None:
    found = extract_text(
        "PROMISSORY NOTE $2,039,798.77 New York, New York November 16, 2022 Effective Date: "
        "April 23, 2022 FOR VALUE RECEIVED, JTRE 14 VESEY LLC (the “Borrower”), promises to pay "
        "to the order of CPIF MRA, LLC (“Lender”) the principal sum of $2,039,798.77.\n"
    )
    assert all(f.confidence < Decimal("0.90") for f in found.findings if f.field == "issue_date")


def test_an_iou() -> None:
    found = extract_text(
        "The first was a writing which stated: “I, Jack Carpenter, owe Hubert Schneider "
        "$6,000.00. /s/ Jack Carpenter, 1-26-85.”\n"
    )
    assert _value(found, "borrower") == "Jack Carpenter"
    assert _value(found, "lender") == "Hubert Schneider"
    assert _value(found, "commitment") == Decimal("6000.00")


def test_a_courts_plaintiff_is_no_payee() -> None:
    found = extract_text(
        "On 21 April 2015, Plaintiff loaned Defendant $50,000. Defendant promised to pay "
        "Plaintiff the $50,000 principal plus interest.\n"
    )
    assert _value(found, "lender") is None


def test_a_countys_note_after_date() -> None:
    found = extract_text(
        'in terms as follows:\n"Albemarle, N.C. 30 August, 1921. One day after date the County '
        "of Stanly, North Carolina, promises to pay to the order of S. H. Hearne the sum of "
        'forty-eight thousand seven hundred two and 50/100 dollars."\n'
    )
    assert _value(found, "borrower") == "County of Stanly"
    assert _value(found, "lender") == "S. H. Hearne"


def test_a_supervisors_office_is_not_part_of_his_name() -> None:
    found = extract_text(
        '"$10,000.00 Union, S.C. December 15, 1927\n"On June 15, 1928, after date, the County of '
        "Union, State of South Carolina, promises to pay to the order of J.V. Askew, Supervisor "
        'of said county, the sum of Ten Thousand Dollars."\n'
    )
    assert _value(found, "borrower") == "County of Union"
    assert _value(found, "lender") == "J.V. Askew"


def test_a_towns_form_that_will_pay() -> None:
    found = extract_text(
        "Treasurer's Office\nCity of Biddeford 20_____\nBe it known that for value received, the "
        "City of Biddeford will pay at the office of the Treasurer the sum of $500.\n"
    )
    assert _value(found, "borrower") == "City of Biddeford"


def test_a_city_acting_for_another_body_is_not_read_as_the_maker() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the City of San Leandro, acting in its capacity as the Successor "
        'Agency to the Redevelopment Agency of the City of San Leandro ("Successor Agency") '
        "promises to pay to the City of San Leandro the sum of $2,040,767.68.\n"
    )
    assert _value(found, "borrower") != "City of San Leandro"


def test_a_scandinavian_notes_creditor_and_debtor() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n|\nCreditor:\n|\n|\nKCH Stockholm AB (reg.no 556702-1885)\n|\n|\n"
        "Debtor:\n|\n|\nKarenslyst Årgang 2011 XXXVII AS, (org. nr. 997 403 681).\n|\n|\n"
        "Principal:\n|\n|\nSEK 432,755,449.59\n"
    )
    assert _value(found, "lender") == "KCH Stockholm AB"
    assert _value(found, "borrower") == "Karenslyst Årgang 2011 XXXVII AS"
