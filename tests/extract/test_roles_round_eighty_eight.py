"""The eighty-eighth round of issue 16: sums in pounds, pesos and rupees, read from the
twenty-seventh session's parts (``heldout-ih``, ``heldout-ik``, ``heldout-im``, ``heldout-io``,
``heldout-iu``, ``heldout-iw``), whose makers wrote "£100 sterling", "P85,000.00" and "Rupees
Nine Thousand" — money the rules knew only as "$" and "Dollars".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions
from promissory.extract.span import SourceText


def _sums(text: str) -> list[tuple[Decimal, str, bool | None]]:
    return [(m.value, m.unit, m.agrees) for m in money_mentions(SourceText(text))]


def test_a_philippine_note_in_pesos_words_and_figure() -> None:
    found = extract_text(
        "Dumaguete City, June 4, 1984\nFor value received, I promise to pay Armando V. Sierra, "
        "his heirs and assigns, the sum of EIGHTY FIVE THOUSAND PESOS ONLY (P85,000.00) "
        "Philippine Currency, on or before September 4, 1984.\n(Sgd.) Epifania Sol Ele Ebarle\n"
    )
    assert _value(found, "commitment") == Decimal("85000.00")
    assert _value(found, "currency") == "PHP"


def test_pesos_figure_first_then_words() -> None:
    assert _sums("the total amount of (P10,000) ten thousand pesos") == [
        (Decimal("10000.00"), "peso", True)
    ]


def test_a_scottish_note_in_pounds_sterling() -> None:
    found = extract_text(
        "Pirongia, 30th July, 1917. — £200. — Four years after date I promise to pay A. H. "
        "Knight or order the sum of two hundred pounds sterling value received.\nL. H. Peat.\n"
    )
    assert _value(found, "commitment") == Decimal("200.00")
    assert _value(found, "currency") == "GBP"


def test_rupees_with_the_unit_first() -> None:
    assert _sums("the sum of Rupees Nine Thousand only. Rs. 9,000.") == [
        (Decimal("9000.00"), "rupee", None),
        (Decimal("9000.00"), "rupee", None),
    ]


def test_rupees_name_no_currency() -> None:
    found = extract_text(
        "On demand we promise to pay to William Weerasuriya or order, the sum of Rupees Nine "
        "Thousand only, with interest at 15 per centum per annum.\n"
    )
    assert _value(found, "currency") is None
    assert any("rupees of no named country" in w for w in found.warnings)


def test_pounds_of_cotton_are_a_weight() -> None:
    assert (
        _sums(
            "promise to deliver sixty-two thousand five hundred pounds of ginned cotton and 6,804 "
            "pounds of commercial fertilizer"
        )
        == []
    )


def test_pounds_shillings_and_pence_are_not_read_as_pounds() -> None:
    assert _sums("I promise to pay John Adams Ten Pounds, eighteen shillings and six pence") == []


def test_a_colonys_pounds_are_not_sterling() -> None:
    found = extract_text(
        "Know all men that we are held and firmly bound unto Thomas Clair in the sum of twenty "
        "five pounds Pennsylvania currency, to be paid on demand.\n"
    )
    assert _value(found, "currency") is None


def test_a_scans_pounds_figure_with_letters_for_noughts() -> None:
    assert _sums("the sum of £2OO on a promissory note") == []


def test_dollar_notes_keep_their_currency() -> None:
    found = extract_text(
        "I promise to pay to the order of John Smith the sum of One Thousand Dollars ($1,000.00), "
        "being the balance of £200 owed in London.\n"
    )
    assert _value(found, "currency") == "USD"
    assert any("more than one unit" in w for w in found.warnings)
