"""The forty-sixth round of issue 16: mistakes of ``heldout-cr``, ``heldout-cs`` and
``heldout-ct``, read after each part's first and only score, each made a rule of its kind.

* "with interest at the rate of five (5) per cent per annum from maturity upon all unpaid
  balances": a rate after maturity, not the note's (the confidently wrong rate of ``heldout-ct``);
* "payable in annual installments of … ($333,333) on the first anniversary of the Issuance Date,
  … ($366,667) on the second anniversary …": installments that differ, so no one installment (the
  confidently wrong amount of ``heldout-cs``);
* "the (i) Applicable Prime Rate … minus the applicable Base Rate margin": a margin's name is no
  index;
* "to the order of the Iowa Poultry Producers Marketing Association Fifty Dollars at the Ottumwa
  Office": an association after "the", its name ending before the sum in words.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_rate_per_annum_from_maturity_is_no_rate() -> None:
    found = extract_text(
        "$50.00 Ottumwa, Iowa, Sept. 8, 1936.\nFor value received, on demand, I promise to pay to "
        "the order of the Iowa Poultry Producers Marketing Association Fifty Dollars at the Ottumwa "
        "Office with interest at the rate of five (5) per cent per annum from maturity upon all "
        "unpaid balances.\nFred Novotny\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.05")
    assert _value(found, "lender") == "Iowa Poultry Producers Marketing Association"


def test_installments_that_differ_by_anniversary() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $1,933,667.\n(1) PAYMENT OF PRINCIPAL. The Principal shall be "
        "payable in annual installments of THREE HUNDRED THIRTY THREE THOUSAND THREE HUNDRED THIRTY "
        "THREE DOLLARS ($333,333) on the first anniversary of the Issuance Date, THREE HUNDRED SIXTY "
        "SIX THOUSAND SIX HUNDRED SIXTY SEVEN DOLLARS ($366,667) on the second anniversary of the "
        "Issuance Date.\n"
    )
    assert _value(found, "schedule.installment") is None


def test_a_margins_name_is_no_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $25,000,000.00. The rate of interest payable upon the "
        "indebtedness evidenced by this Note shall be a variable annual rate of interest equal from "
        "day to day to the (i) Applicable Prime Rate, as defined in the Credit Agreement, minus the "
        "applicable Base Rate margin.\n"
    )
    assert _value(found, "interest.floating.index") != "BASE"
