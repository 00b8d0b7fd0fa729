"""Calendar dates as US agreements write them: ``October 5, 2001``, ``OCTOBER 5, 2001``,
``September 30th, 2005``, ``5 October 2001``.

The rule is deliberately narrow: a month *name* (full or the usual abbreviation), a day and a
four-digit year.  Numeric forms such as ``10/5/01`` are not read, because ``10/5`` is October 5 in
New York and 10 May in London, and a terms file must not carry a guess.  The date is then checked
by :class:`datetime.date` (``February 30, 2002`` is refused, not rolled over).

A general-purpose parser (``python-dateutil``) was considered and not used: its fuzzy mode would
read a date into text that holds none, and it does not report where in the text the date was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from promissory.extract.span import SourceText, Span

MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
#: An old note's contractions: "Feb’ry 4, 1884", "Jan'y", "Sept’r", "Aug’t".
MONTHS.update(
    {
        f"{short}{mark}{end}": MONTHS[short]
        for short, ends in (
            ("jan", ("ry", "y")),
            ("feb", ("ry", "y")),
            ("aug", ("t",)),
            ("sept", ("r",)),
            ("oct", ("r",)),
            ("nov", ("r",)),
            ("dec", ("r",)),
        )
        for end in ends
        for mark in ("’", "'")
    }
)
#: ... and without the mark: "Feby. 19th, 1926", "Jany. 2, 1890", "Septr. 1, 1872", "Decr. 4".
MONTHS.update(jany=1, feby=2, augt=8, septr=9, octr=10, novr=11, decr=12)

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: Pattern text usable inside other rules' regexes (month-first or day-first, one group each).
DATE_PATTERN: Final = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>{_DAY})\s+(?:day\s+of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))"
)
DATE: Final = re.compile(rf"\b{DATE_PATTERN}\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date stated in the document and where."""

    value: dt.date
    span: Span


def parse_date(text: str) -> dt.date:
    """``"October 5, 2001"`` → ``date(2001, 10, 5)``; ``ValueError`` when it is not a real date."""
    match = DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date written as 'Month D, YYYY'")
    return date_of(match)


def real_date(match: re.Match[str]) -> dt.date | None:
    """The date a :data:`DATE_PATTERN` match names, or ``None`` when the text names no real day
    ("September 31, 2003", an officer's slip): the rules read nothing there rather than fail."""
    try:
        return date_of(match)
    except ValueError:
        return None


def date_of(match: re.Match[str]) -> dt.date:
    """The date a :data:`DATE_PATTERN` match names (``ValueError`` for ``February 30``)."""
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2")
    number = MONTHS[month.lower().rstrip(".")]
    return dt.date(int(year), number, int(re.sub(r"\D", "", day)))


def date_mentions(source: SourceText) -> Iterator[DateMention]:
    """Every valid date in the document, in order (invalid ones are skipped)."""
    for match in DATE.finditer(source.text):
        try:
            value = date_of(match)
        except ValueError:
            continue
        yield DateMention(value, source.match_span(match))
