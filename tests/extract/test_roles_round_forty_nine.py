"""The forty-ninth round of issue 16: mistakes of ``heldout-da`` and ``heldout-db``, read after
each part's first and only score, each made a rule of its kind.

* "One hundred and thirty thousand, six hundred and eighty nine US dollars ($135,689)": the words
  are read with their unit "US dollars", so that words and figures that differ are seen to differ
  (the confidently wrong amount of ``heldout-db``);
* '"Base Rate"- The rate per annum equal to four and one-half percentage points (4.5%) in excess of
  the Treasury Rate': a definition in a list of terms, not the note's margin (the confidently wrong
  margin of ``heldout-da``);
* "executed between the Maker and Xxx X. Xxxx ("Lender")": the other party's term is no part of
  the name.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions
from promissory.extract.records import STATED
from promissory.extract.span import SourceText


def test_words_in_us_dollars_that_differ_from_the_figures() -> None:
    text = (
        "the principal sum of One hundred and thirty thousand, six hundred and eighty nine US "
        "dollars ($135,689) payable as set forth below"
    )
    [mention] = money_mentions(SourceText(text))
    assert (mention.words, mention.figure, mention.agrees) == (
        Decimal("130689.00"),
        Decimal("135689.00"),
        False,
    )
    found = extract_text(PROMISE + text + ".\n")
    commitment = found.get("commitment")
    assert commitment is None or commitment.confidence < STATED


def test_a_rate_defined_in_a_list_of_terms_is_not_the_notes_margin() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $50,950,000, such payment to be made in lawful money of "
        "the United States of America in immediately available funds.\n1. Definitions. The "
        'following terms used in this Note\nshall have the following meanings:\n"Base Rate"- The '
        "rate per annum equal to four and one-half\npercentage points (4.5%) in excess of the "
        "Treasury\nRate. Any interest rate based on the Base Rate\nshall be adjusted as of the "
        "date of any change in\nthe Base Rate.\n"
    )
    margin = found.get("interest.floating.margin")
    assert margin is None or margin.confidence < STATED


def test_the_other_partys_term_is_no_part_of_the_name() -> None:
    found = extract_text(
        'THIS PROMISSORY NOTE ("Note") is made as of this July 9, 2002 by National Scientific '
        'Corporation, a Texas Corporation ("Maker") and executed between the Maker and John Q. '
        'Public ("Lender").\nMaker promises to pay to Lender the principal sum of $33,954.18.\n'
    )
    assert _value(found, "lender") == "John Q. Public"
