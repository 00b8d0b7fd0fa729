"""Small helpers the rules share: phrases that may break across lines, and sentence windows.

Exhibit text is hard-wrapped at about 80 columns, so any phrase may be split by a line break and
indentation: ``phrase("due and payable")`` gives a pattern that allows any run of whitespace
between the words.  Many rules only trust a value when a key word stands in the *same sentence*
("default" near a margin, "governed" near "laws of the State of"); :func:`sentence_bounds` finds
that sentence.  A sentence ends at ``.``, ``;`` or ``:`` followed by whitespace, or at a blank
line (unless a word in lower case follows it) — but not after the abbreviations company names
and citations use (``Inc.``, ``Co.``, ``No.``, ``U.S.``).
"""

from __future__ import annotations

import re
from typing import Final

#: The fifty states by name, an alternation for patterns ("Company of Crookston, Minnesota,": a
#: place after a name, not its name).
STATES: Final = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming"
)

#: Courtesy titles, whose full stop never ends a sentence ("to the order of Mrs. Hannah Allport
#: Five Hundred Dollars").
COURTESY_TITLES: Final = ("Mr", "Mrs", "Ms", "Messrs")
_ABBREVIATIONS: Final = (
    *("inc", "co", "corp", "ltd", "no", "u.s", "n.a", "l.p", "l.l.c", "sec"),
    *(title.lower() for title in COURTESY_TITLES),
)
#: (a blank line before a word in lower case is double-spaced text, not a new sentence: "with
#: interest thereon" / "" / "from 1st day of January, 2015 … at twelve percent (12%)")
_END: Final = re.compile(r"[.;:](?=\s)|\n[ \t]*\n(?![ \t]*[a-z])")


def phrase(text: str) -> str:
    """A regex for ``text`` whose words may be separated by any whitespace (line breaks too)."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 8) : dot])
    if word is not None and word.group(1).lower() == "cent":
        # an old note's "per cent." before the sentence goes on ("one and one-half per cent. per
        # month till paid", "seven per cent. (payable annually) interest"); "… at 8 per cent. The
        # note …" still ends there
        return re.match(r"\s+\(?[a-z]", text[dot + 1 : dot + 5]) is not None
    if _STATE_AFTER.match(text, dot + 1):
        return True  # "the Farmers' State Bank of Greentop. Missouri, twenty-four hundred …": a
        # full stop the scan put for a comma before a state
    return word is not None and word.group(1).lower() in _ABBREVIATIONS


_STATE_AFTER: Final = re.compile(rf"[ \t]+(?:{STATES}),")


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Offsets of the sentence that contains ``text[start:end]``."""
    end = start if end is None else end
    left = 0
    for match in _END.finditer(text, 0, start):
        if not _is_abbreviation(text, match.start()):
            left = match.end()
    right = len(text)
    for match in _END.finditer(text, end):
        if not _is_abbreviation(text, match.start()):
            right = match.end()
            break
    while left < right and text[left].isspace():
        left += 1
    return left, right


def sentence_has(text: str, start: int, end: int, pattern: str) -> bool:
    """Whether the sentence around ``text[start:end]`` contains ``pattern`` (case-insensitive)."""
    left, right = sentence_bounds(text, start, end)
    return re.search(pattern, text[left:right], re.IGNORECASE) is not None
