"""The forty-eighth round of issue 16: mistakes of ``heldout-cy`` and ``heldout-cz``, read after
each part's first and only score, and old notes' dates.

* an old note's date ("Nov. 3d, 1869") is reported as what the note says; its TOML draft leaves
  the date as a placeholder with the date read beside it, since a ledger holds dates from 1900 on
  (it was offered, not reported, from the forty-first round to this one);
* "The Stated Interest Rate shall be equal to 10% per annum until the first anniversary of the
  date of this Note and, if …": the first step of a rate that changes (the confidently wrong rate
  of ``heldout-cy``);
* "with interest at ten per cent per annum,- payable, annually from maturity until paid": a rate
  after maturity (the confidently wrong rate of ``heldout-cz``);
* "To secure this note, all rights of homestead in realty and exemption of personalty are hereby
  waived" and "This note to be void unless the first $ 20,000 is secured by September 1, 1885":
  no security.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text, to_toml_draft


def test_an_old_notes_date_is_reported_and_its_draft_leaves_a_placeholder() -> None:
    found = extract_text(
        "“$400. Camden, Ind., Nov. 3d, 1869.\n\nFor value received, one year after date, we "
        "promise to pay Thomas Tobin, or bearer, four hundred dollars.\n"
    )
    assert _value(found, "issue_date") == dt.date(1869, 11, 3)
    draft = to_toml_draft(found)
    assert "# MISSING: issue_date — read as 1869-11-03" in draft
    assert "issue_date" not in tomllib.loads(draft).get("note", {})
    assert any("before the dates a terms file holds" in w for w in found.warnings)


def test_a_rate_until_the_first_anniversary_is_a_first_step() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $1,800,000.\n2. Stated Interest Rate. Except as provided in "
        "Section 3 below, the principal balance outstanding hereunder from time to time shall bear "
        "interest at the Stated Interest Rate. The Stated Interest Rate shall be equal to 10% per "
        "annum until the first anniversary of the date of this Note and, if\n"
    )
    assert _value(found, "interest.rate") is None


def test_interest_payable_annually_from_maturity() -> None:
    found = extract_text(
        "“ 250.00 Wahoo, Neb., July 28, 1884.\n“April 1, 1885, after date, for value received, I "
        "jointly and severally promise to pay to the order of H. H. Dorsey the sum of two hundred "
        "and fifty and no 100 dollars, with interest at ten per cent per annum,- payable, annually "
        "from maturity until paid.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_a_homestead_waiver_and_a_condition_are_no_security() -> None:
    waiver = extract_text(
        PROMISE + "the sum of One Hundred Ten Dollars. To secure this note, all rights of "
        "homestead in realty and exemption of personalty are hereby waived.\n"
    )
    assert _value(waiver, "secured") is None
    condition = extract_text(
        PROMISE + "the sum of Two Hundred Dollars for the endowment fund. This note to be void "
        "unless the first $ 20,000 is secured by September 1, 1885.\n"
    )
    assert _value(condition, "secured") is None


def test_the_proposed_terms_leave_out_an_old_date() -> None:
    from promissory.extract import proposed_terms

    found = extract_text(
        "“$400. Camden, Ind., Nov. 3d, 1869.\n\nFor value received, one year after date, we "
        "promise to pay Thomas Tobin, or bearer, four hundred dollars.\n"
    )
    assert "issue_date" not in proposed_terms(found)
