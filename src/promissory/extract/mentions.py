"""Every mention of a term's value in a document, with its span: the raw material of the roles.

A note states its terms as *mentions* — an amount, a percentage, a date, the name of an index, a
count of installments, the introduction of a party — and the words around each mention say what
it is (see :mod:`promissory.extract.roles`).  This module only finds the mentions; it decides
nothing about their role.

============  ==========================================================================
kind          what is found (whitespace, line breaks and OCR run-togethers tolerated)
============  ==========================================================================
``money``     ``Twenty Million Dollars ($20,000,000.00)``, ``$1,058,219.44``, ``One Million
              Dollars`` (:mod:`~promissory.extract.amounts`, words and figures cross-checked)
``percent``   ``four and 0/100 percent (4.00%)``, ``8.29%``, ``.25%``, ``50 basis points``
``date``      ``October 5, 2001``, ``February9, 2016``, ``the 1st day of April, 2014``,
              ``first day of May, 2007``; numeric ``10/29/98``, ``11-12-2010``, ``96/08/26``
              (read month first, as US notes write them, and marked as such)
``index``     the name of a reference rate: prime, LIBOR (and Eurodollar), SOFR, the
              Applicable Federal Rate, a bank's base rate, "the Index Rate"
``count``     ``60 equal monthly installments``, ``twelve (12) consecutive quarterly payments``
============  ==========================================================================

Dates are parsed with :mod:`dateparser` (strict: day, month and year must all be present, month
first for numeric forms) after the span has been found here, so the span is exact and the parser
never reads a date into text that holds none.  Month-name dates need no guess; a numeric date's
mention carries ``numeric=True`` and the roles lower their confidence for it.  Month-name dates of
old notes are read too (``Nov. 3d, 1869``) and reported as what the note says; since a ledger
holds dates from 1900 on (:data:`promissory.core.dates.EARLIEST`), the TOML draft leaves such a
date as a placeholder with the date read beside it (:func:`promissory.extract.terms.holdable`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

import dateparser

from promissory.errors import InvalidInput
from promissory.extract.amounts import money_mentions, percent_mentions
from promissory.extract.dates import MONTHS
from promissory.extract.numwords import parse_number_words
from promissory.extract.span import SourceText, Span

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORDINAL_WORDS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)?|1s\S|" + "|".join(_ORDINAL_WORDS) + r")"
#: "October 5, 2001", "February9, 2016", "ofOctober 5,2005" (OCR run-together), "5 October 2001",
#: "August 24, ,2000" (a stray comma), "August 21. 2006" (a full stop for the comma).
_NAMED = re.compile(
    # (old notes too: "April 20th, 1876", "Nov. 3d, 1869", an ordinal's old "d")
    # (and the era written in: "Oct. 1st, A.D. 1933")
    # (and a scan's stray stop before the day: "January .5, 1904")
    rf"(?:(?<=of)|(?<![A-Za-z]))(?P<m>{_MONTH})\s*(?:\.(?=\d))?(?P<d>\d{{1,2}})(?:st|nd|rd|th|d|\s(?:st|nd|rd|th)\b)?\s*(?:,\s*){{0,2}}(?:\.\s+)?"
    rf"(?:A\.\s?D\.,?\s+)?(?P<y>(?:17|18|19|20)\d{{2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|d)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:17|18|19|20)\d{{2}})\b",
    re.IGNORECASE,
)
#: "the 1st day of April, 2014", "first day of May, 2007", "1st day ofOctober, 2005".
_DAY_OF = re.compile(
    # (and "the 20th of July 2027": an ordinal day of a month, without "day")
    # (and the era written in: "the first day of November, A. D. 1887")
    # (and the day in words and figures: "the twenty-second (22nd) day of December, 2020")
    rf"(?:\b|(?<=the))(?P<d>{_ORDINAL})(?:\s*\(\s*(?P<figure>\d{{1,2}})(?:st|nd|rd|th|d)?\s*\))?"
    rf"\s+(?:day\s+)?of\s*(?P<m>{_MONTH}),?\s+(?:A\.\s?D\.,?\s+)?"
    rf"(?P<y>(?:17|18|19|20)\d{{2}})\b",
    re.IGNORECASE,
)
#: "10/29/98", "11-12-2010", "8-3-00", "96/08/26".
_NUMERIC = re.compile(r"(?<![\d/.-])\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/])")
_SETTINGS: Final = {"DATE_ORDER": "MDY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}

_INDEXES: Final = (
    ("PRIME", r"\bprime(?:\s+(?:lending\s+)?rate)?\b|\bprime\b"),
    ("LIBOR", r"\bLIBOR\b|\bLondon\s+Inter-?bank\s+Offered\s+Rate\b|\bEurodollar\s+Rate\b"),
    ("SOFR", r"\bSOFR\b|\bSecured\s+Overnight\s+Financing\s+Rate\b"),
    # (and "the minimum applicable annual federal rate")
    ("AFR", r"\bApplicable\s+(?:annual\s+)?Federal\s+Rate\b|\bAFR\b"),
    # "A.B.R. flat"; a bank's own "Reference Rate" (Sanwa, Bank Leumi) and "base commercial rate"
    (
        "BASE",
        # (not the tail of "the LIBOR Base Rate", a name for LIBOR)
        r"(?<!\bLIBOR\s)(?<!\bSOFR\s)\bbase\s+(?:loan\s+|lending\s+|commercial\s+)?rate\b|\bA\.B\.R\.(?!\w)"
        r"|\breference\s+rate\b",
    ),
    ("INDEX", r"\b(?:the\s+)?Index(?:\s+Rate)?\b"),
)
# (weekly and biweekly installments are counted; the terms have no such period, so no frequency)
_FREQUENCY = r"(?P<freq>monthly|quarterly|semi-?annual|annual|bi-?weekly|weekly)"
_COUNT = re.compile(
    r"(?<![.\d])\b(?P<n>\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:\(\s*(?P<figure>\d{1,3})\s*\)\s+)?"
    r"(?:\(\s*or\s+more\s*\)\s+)?"  # "36 (or more) monthly installments"
    # ("twelve (12) blended quarterly installments": principal and interest together)
    # ("60 equal, successive monthly installments")
    rf"(?:(?:equal|consecutive|successive|substantially\s+equal|and|regular|level|principal|blended),?\s+)*"
    rf"(?:{_FREQUENCY}\s+)?"
    # ("83 monthly consecutive principal and interest payments"; "six (6) annual principal
    # installments")
    r"(?:(?:equal|consecutive|successive|regular|level|principal(?!\s+and))\s+)*"
    r"(?:principal\s+and\s+interest\s+)?"
    r"(?:installment\s+)?(?:installments|payments)\b",  # ("12 biweekly installment payments")
    re.IGNORECASE,
)
#: "On the 3rd day of each calendar month for one hundred twenty (120) successive calendar months
#: …, the Company shall pay the sum of $2,456.83": payments counted in months.
_EACH_MONTH_FOR: Final = re.compile(
    r"\bday\s+of\s+each\s+(?:and\s+every\s+)?(?:calendar\s+)?month\s+"
    # ("… on or before the first day of each and every month for the period beginning June 1,
    # 2003 through May, 31, 2005, for a period of twenty-four (24) months")
    r"(?:for\s+|[^.;]{0,80}?\bfor\s+a\s+period\s+of\s+)(?P<n>\d{1,3}|[a-z]+(?:[\s-][a-z]+){0,2})\s+"
    r"(?:\(\s*(?P<figure>\d{1,3})\s*\)\s+)?(?:(?:consecutive|successive)\s+)?(?:calendar\s+)?months\b",
    re.IGNORECASE,
)
FREQUENCIES: Final[dict[str, str]] = {
    "monthly": "monthly",
    "quarterly": "quarterly",
    "semiannual": "semiannual",
    "semi-annual": "semiannual",
    "annual": "annual",
    "yearly": "annual",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One stated value.

    ``kind``     ``money``, ``percent``, ``date``, ``index`` or ``count``;
    ``value``    Decimal (money, percent as a fraction), ``date``, index name, int (count);
    ``span``     exactly where it is written;
    ``agrees``   words vs figures for amounts (``None`` when stated once);
    ``numeric``  a date written in figures only (read month first);
    ``detail``   extra reading (a count's frequency).
    """

    kind: str
    value: object
    span: Span
    agrees: bool | None = None
    numeric: bool = False
    detail: str = ""


def _named_date(match: re.Match[str]) -> dt.date | None:
    month = (match.group("m") or match.group("m2") or "").lower().rstrip(".")
    day = match.group("d") or match.group("d2")
    year = match.group("y") or match.group("y2")
    try:
        return dt.date(int(year), MONTHS[month], int(day))
    except (ValueError, KeyError):
        return None


def _day_of(match: re.Match[str]) -> dt.date | None:
    raw = match.group("d").lower()
    day = _ORDINAL_WORDS.get(raw)
    if day is None:
        digits = re.match(r"\d+", raw)
        day = 1 if raw.startswith("1s") and not raw.startswith("1st") else None
        if digits and day is None:
            day = int(digits.group(0))
    if match.group("figure") is not None and int(match.group("figure")) != day:
        return None  # words and figures at odds: no date read
    month = match.group("m").lower().rstrip(".")
    try:
        return dt.date(int(match.group("y")), MONTHS[month], day or 0)
    except (ValueError, KeyError):
        return None


def _numeric_date(text: str) -> dt.date | None:
    first = int(re.split(r"[/-]", text)[0])
    if first > 31:  # "96/08/26": year first, as some bank forms print it
        year, month, day = (int(p) for p in re.split(r"[/-]", text))
        try:
            return dt.date(1900 + year if year >= 50 else 2000 + year, month, day)
        except ValueError:
            return None
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return parsed.date() if parsed is not None else None


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def date_mentions(source: SourceText) -> list[Mention]:
    """Every date written in the document (see the module docstring for the forms)."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in _DAY_OF.finditer(source.text):
        value = _day_of(match)
        if value is not None:
            found.append(Mention("date", value, source.match_span(match)))
            taken.append((match.start(), match.end()))
    for match in _NAMED.finditer(source.text):
        value = _named_date(match)
        if value is not None and _free(taken, match.start(), match.end()):
            found.append(Mention("date", value, source.match_span(match)))
            taken.append((match.start(), match.end()))
    written = sorted(m.value.year for m in found if isinstance(m.value, dt.date))
    if not written and (blank := re.search(r"\b(1[89]|20)_", source.text)):
        # no year written in full, but a form's blank for one ("beginning on the day of ______,
        # 19__" under "Pittsburgh, Pa. 8/4/64"): the form's century
        written = [int(blank.group(1)) * 100 + 50]
    for match in _NUMERIC.finditer(source.text):
        value = _numeric_date(match.group(0))
        if value is not None and _free(taken, match.start(), match.end()):
            if written and re.search(r"[/-]\d{2}$", match.group(0)):
                value = _nearest_century(value, written[len(written) // 2])
            span = source.match_span(match)
            found.append(Mention("date", value, span, numeric=True))
    return found


def _nearest_century(value: dt.date, year: int) -> dt.date:
    """A two-digit year ("Due 6/4/25") in the century nearest the years the document writes out
    in full (a note of "August 4, 1924" falls due in 1925, not 2025)."""
    best = value
    for century in (1800, 1900, 2000):
        try:
            other = value.replace(year=century + value.year % 100)
        except ValueError:  # February 29 of a year that has none
            continue
        if abs(other.year - year) < abs(best.year - year):
            best = other
    return best


def index_mentions(source: SourceText) -> list[Mention]:
    """Every name of a reference rate (the first reading of overlapping names wins)."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _INDEXES:
        flags = 0 if name == "INDEX" else re.IGNORECASE
        for match in re.finditer(pattern, source.text, flags):
            if _free(taken, match.start(), match.end()):
                found.append(Mention("index", name, source.match_span(match)))
                taken.append((match.start(), match.end()))
    return found


def count_mentions(source: SourceText) -> list[Mention]:
    """Counts of installments or payments ("60 equal monthly installments")."""
    found: list[Mention] = []
    for match in _COUNT.finditer(source.text):
        lead = source.text[max(0, match.start() - 12) : match.start("n")] + match.group("n")
        if re.search(r"\b(?:first|last|next|remaining|final)\s+\w+$", lead, re.IGNORECASE):
            continue  # "The first four monthly payments shall be $5,000": a part of the schedule
        # "one hundred seventy nine (179) installments": the figure, when given, is the count (the
        # words are read at most two at a time); "in sixty (60) installments" alike
        raw = match.group("figure") or match.group("n")
        # "in sixty installments": the word before the number is not part of it
        tries = [raw, raw.split(None, 1)[-1]] if not raw.isdigit() else [raw]
        number = 0
        for attempt in tries:
            try:
                number = int(attempt) if attempt.isdigit() else int(parse_number_words(attempt))
                break
            except (InvalidInput, ValueError):
                continue
        if number < 2:
            continue
        freq = (match.group("freq") or "").lower()
        found.append(
            Mention("count", number, source.match_span(match), detail=FREQUENCIES.get(freq, ""))
        )
    for match in _EACH_MONTH_FOR.finditer(source.text):
        raw = match.group("figure") or match.group("n")
        try:
            number = int(raw) if raw.isdigit() else int(parse_number_words(raw))
        except (InvalidInput, ValueError):
            continue
        if number >= 2:
            found.append(Mention("count", number, source.match_span(match), detail="monthly"))
    found.sort(key=lambda m: m.span.start)
    return found


#: A rate written without "%" or "percent": "at the rate of 7.25 per annum".
_BARE_RATE: Final = re.compile(
    r"\brate\s+of\s+(?P<n>\d{1,2}(?:\.\d{1,4})?)\s+(?=per\s+(?:annum|year)\b)", re.IGNORECASE
)


def _bare_rates(source: SourceText, taken: list[Span]) -> list[Mention]:
    """Rates stated as a bare number before "per annum"; marked ``numeric`` because the unit is
    implied, so no role reads one as more than inferred."""
    found = []
    for match in _BARE_RATE.finditer(source.text):
        start, end = match.span("n")
        if any(s.start < end and start < s.end for s in taken):
            continue
        value = Decimal(match.group("n")).scaleb(-2)
        found.append(Mention("percent", value, source.match_span(match, "n"), numeric=True))
    return found


def find_mentions(source: SourceText) -> tuple[Mention, ...]:
    """Every amount, percentage, date, index name and installment count, in document order."""
    found: list[Mention] = [
        Mention("money", m.value, m.span, m.agrees) for m in money_mentions(source)
    ]
    found += [Mention("percent", m.value, m.span, m.agrees) for m in percent_mentions(source)]
    found += _bare_rates(source, [m.span for m in found if m.kind == "percent"])
    found += date_mentions(source)
    found += index_mentions(source)
    found += count_mentions(source)
    return tuple(sorted(found, key=lambda m: (m.span.start, m.kind)))
