"""The twenty-seventh round of issue 16: a reading the rules rate as ambiguous is offered, not
proposed; and the misses read on ``heldout-bh`` and ``heldout-bi`` after their one score — each
written here as a short note of its own (not the corpus text)."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import INFERRED


def test_no_reading_below_inferred_is_proposed_and_every_reading_is_offered() -> None:
    found = extract_text(
        "The principal shall be due and payable in full on September 30, 2005. "
        "The Maturity Date means September 30, 2006."
    )
    assert all(f.confidence >= INFERRED for f in found.findings)
    assert found.get("maturity") is None
    assert len({f.value for f in found.offered("maturity")}) == 2
    assert any("offered for review" in w for w in found.warnings)


def test_a_figure_with_a_space_after_each_thousands_comma() -> None:
    found = extract_text(
        PROMISE + "as follows.\nPRINCIPAL AMOUNT: $1, 974, 681.20. The maximum amount of this "
        "promissory note shall not exceed $2,200,000.00."
    )
    assert _value(found, "commitment") == Decimal("1974681.20")


def test_rates_for_numbered_months_are_steps_of_one_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00. Interest on said obligation shall accrue as "
        "follows:\n1) With interest accruing during months 1- 12 at the rate of Twelve (12%) "
        "Percent per annum;\n2) With interest accruing during months 13 - 36 at the rate of "
        "Eighteen Percent (18%);"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.12") in offered(found, "interest.rate")


def test_a_heading_figure_that_differs_from_the_sum_in_words_and_figures() -> None:
    found = extract_text(
        "NON-NEGOTIABLE PROMISSORY NOTE\n|\n$168,488.82\n|\nPortland, Oregon\nFOR VALUE RECEIVED, "
        "the undersigned Jane Example (“Borrower”) promises to pay to Example Corp (“Lender”) the "
        "principal sum of one hundred sixty-eight thousand eight hundred forty-one dollars and four "
        "cents ($168,841.04), together with interest."
    )
    assert _value(found, "commitment") is None
    assert {Decimal("168488.82"), Decimal("168841.04")} <= set(offered(found, "commitment"))
    # the same digits mistyped in the heading are no disagreement
    found = extract_text(
        "SECURED PROMISSORY NOTE\n$2,000.000.00\nFOR VALUE RECEIVED, the undersigned (the "
        "“Borrower”) promises to pay on demand to the order of Example Financial Corporation the "
        "principal amount of TWO MILLION AND NO/100 DOLLARS ($2,000,000.00)."
    )
    assert _value(found, "commitment") == Decimal("2000000.00")


def test_a_makers_description_with_no_article() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ANSLEY EXAMPLE, LLC, Georgia limited liability company "
        '("Maker"), promises to pay to the order of EXAMPLE ENTERPRISES, INC. the principal sum '
        "of $1,000,000.00."
    )
    assert _value(found, "borrower") == "ANSLEY EXAMPLE, LLC"


# -- after heldout-bj and heldout-bk (the twenty-eighth round) ---------------------------------


def test_revolving_by_its_name_alone_is_offered_and_by_its_words_stated() -> None:
    # (the twenty-eighth round inferred it from the name; the twenty-ninth offers it: readers
    # label the flag only where repaid amounts may be borrowed again)
    found = extract_text("REVOLVING CREDIT NOTE\n" + PROMISE + "the sum of $5,000,000.00.")
    assert found.get("revolving") is None
    assert True in offered(found, "revolving")
    found = extract_text(
        PROMISE + "the sum of $5,000,000.00. Borrower may borrow, repay and reborrow hereunder."
    )
    said = found.get("revolving")
    assert said is not None and said.value is True and said.confidence > INFERRED
