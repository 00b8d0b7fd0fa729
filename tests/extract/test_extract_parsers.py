"""Number words, figures, the words-vs-figures cross-check, dates and spans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from promissory.errors import InvalidInput
from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions, percent_mentions
from promissory.extract.dates import date_mentions, parse_date
from promissory.extract.numwords import parse_number_words
from promissory.extract.span import SourceText


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Twenty Million", "20000000"),
        ("twenty million", "20000000"),
        ("One Hundred Fifty-Five Thousand Three Hundred Eighty-Eight and 68/100", "155388.68"),
        ("Seventeen Million Five Hundred Thousand", "17500000"),
        ("One Hundred and Five", "105"),
        ("Nine Hundred Fifty-One Thousand Seven Hundred Fifty-Four and 93/100", "951754.93"),
        ("Twenty Million and No/100", "20000000"),
        ("Two Billion Three Thousand Four", "2000003004"),
        ("eight and one-half", "8.5"),
        ("three and one-quarter", "3.25"),
        ("Fifty", "50"),
    ],
)
def test_number_words(words: str, value: str) -> None:
    assert parse_number_words(words) == Decimal(value)


@pytest.mark.parametrize(
    "words",
    ["Twenty Twenty", "Thousand Million", "One Thousand Two Million", "Seven Eleven", "dog"],
)
def test_number_words_refuse_what_is_not_a_number(words: str) -> None:
    with pytest.raises(InvalidInput):
        parse_number_words(words)


def test_money_figures_words_and_pairs() -> None:
    source = SourceText(
        "the sum of One Hundred Fifty-Five Thousand Three Hundred Eighty-Eight and 68/100 "
        "Dollars ($155,388.68), then $17,500,000 and\nTwenty Million Dollars."
    )
    found = money_mentions(source)
    assert [m.value for m in found] == [
        Decimal("155388.68"),
        Decimal("17500000.00"),
        Decimal("20000000.00"),
    ]
    assert [m.agrees for m in found] == [True, None, None]
    assert source.slice(found[1].span) == "$17,500,000"
    assert source.slice(found[2].span) == "Twenty Million Dollars"
    assert found[2].span.line == 2


def test_percent_pairs_are_cross_checked() -> None:
    source = SourceText(
        "eight percent (8%) per annum, two percent (3%) above, 4.25% and nine percent"
    )
    values = [(m.value, m.agrees) for m in percent_mentions(source)]
    assert values == [
        (Decimal("0.08"), True),
        (Decimal("0.02"), False),  # words prevail over numbers (UCC 3-114)
        (Decimal("0.0425"), None),
        (Decimal("0.09"), None),
    ]


def test_words_figures_mismatch_gives_low_confidence_and_a_warning() -> None:
    text = (
        'FOR VALUE RECEIVED, Acme Widgets, Inc., a Texas corporation ("BORROWER"), promises to '
        'pay to the order of First Lending Bank ("LENDER") the principal amount of Two Million '
        "Dollars ($20,000,000.00)."
    )
    extraction = extract_text(text)
    assert extraction.get("commitment") is None  # contradicted: offered, never a value
    finding = extraction.offered("commitment")[0]
    assert finding.value == Decimal("2000000.00")  # the words, per UCC 3-114
    assert finding.confidence == Decimal("0.20")
    assert "figures say 20000000.00" in finding.note
    assert any("commitment" in w and "20000000.00" in w for w in extraction.warnings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("October 5, 2001", dt.date(2001, 10, 5)),
        ("OCTOBER 5, 2001", dt.date(2001, 10, 5)),
        ("September 30, 2005", dt.date(2005, 9, 30)),
        ("March 31, 2002", dt.date(2002, 3, 31)),
        ("Sept. 30th, 2003", dt.date(2003, 9, 30)),
        ("5 October 2001", dt.date(2001, 10, 5)),
        ("24th day of February, 2001", dt.date(2001, 2, 24)),
    ],
)
def test_dates(text: str, value: dt.date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["February 30, 2002", "10/5/2001", "October 2001"])
def test_dates_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is checked by hand
        parse_date(text)


def test_date_mentions_skip_impossible_dates_and_keep_spans() -> None:
    source = SourceText("due February 30, 2002 or\n  on March 31, 2002")
    found = list(date_mentions(source))
    assert [d.value for d in found] == [dt.date(2002, 3, 31)]
    span = found[0].span
    assert (span.line, span.column, span.end_line) == (2, 6, 2)
    assert source.slice(span) == "March 31, 2002"


def test_span_over_lines() -> None:
    source = SourceText("ab\ncd\nef")
    span = source.span(1, 7)
    assert (span.line, span.column, span.end_line, span.end_column) == (1, 2, 3, 1)
    assert span.where() == "lines 1-3"
    assert source.slice(span) == "b\ncd\ne"
