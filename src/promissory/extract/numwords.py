"""Numbers written in words, as legal drafting spells out amounts and rates.

The rule: a number is a run of English number words read the way a cheque is read —

* units and teens (``one`` … ``nineteen``) and tens (``twenty`` … ``ninety``, hyphenated or not:
  ``Fifty-Five``) add up into a group below one hundred;
* ``Hundred`` multiplies the group so far; ``Thousand``, ``Million``, ``Billion``,
  ``Trillion`` close the group and must come in falling order (``Two Million Three Thousand``,
  never ``Thousand Million``);
* a bare ``and`` between words is ignored (``One Hundred and Five``);
* the tail ``and 50/100`` (or ``and No/100``, ``and 0/100ths``, ``and 500/1000``) adds the
  fraction, and ``and one-half`` / ``one-quarter`` / ``three-quarters`` / ``three-eighths`` adds
  a fraction (rates: ``eight and one-half percent``; a fraction may stand alone: ``one-quarter of
  one percent``), and ``point``
  followed by digit words adds decimals (``eight point four percent``), and ``and fifty-one
  hundredths`` adds hundredths (``Two and Fifty-one Hundredths percent``; ``six and sixty-one
  one hundredths percent`` is 6.61), and ``and nine tenths`` tenths (``six and nine tenths
  percent``).

Worked examples::

    >>> parse_number_words("Twenty Million")
    Decimal('20000000')
    >>> parse_number_words("One Hundred Fifty-Five Thousand Three Hundred Eighty-Eight and 68/100")
    Decimal('155388.68')

Anything else (``Twenty Twenty``, ``Thousand Million``, an unknown word) is refused with
:class:`~promissory.errors.InvalidInput` rather than read loosely.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from promissory.errors import InvalidInput

UNITS: Final[dict[str, int]] = {
    word: value
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        )
    )
}
TENS: Final[dict[str, int]] = {
    word: 10 * (index + 2)
    for index, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    )
}
SCALES: Final[dict[str, int]] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
FRACTIONS: Final[dict[str, Decimal]] = {
    "one-half": Decimal("0.5"),
    "one-quarter": Decimal("0.25"),
    "one-fourth": Decimal("0.25"),
    "three-quarters": Decimal("0.75"),
    "three-quarter": Decimal("0.75"),  # "four and three-quarter percent"
    "a-half": Decimal("0.5"),  # "twelve and a half percent"
    "a-quarter": Decimal("0.25"),
    "three-fourths": Decimal("0.75"),
    "three-fourth": Decimal("0.75"),
    "one-eighth": Decimal("0.125"),
    "three-eighths": Decimal("0.375"),
    "five-eighths": Decimal("0.625"),
    "seven-eighths": Decimal("0.875"),
}
#: A fraction's words ("one-half", "three-eighths", "one-\nhalf" broken at the line's end).
_FRACTION = (
    r"(?:one|three|five|seven|a)[\s/-]+(?:half|quarters?|fourths?|eighths?)\b"  # ("one/half")
)

_WORDS = sorted([*UNITS, *TENS, *SCALES, "hundred"], key=len, reverse=True)
_WORD = r"(?:" + "|".join(_WORDS) + r")\b"
_DIGITS: Final[dict[str, str]] = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TAIL = (
    r"(?:\s+and\s+(?:\d{1,4}|no)/1(?:00|000)(?:ths)?\b"
    # an old note's "forty-five hundred no-100", "two hundred and fifty and no 100", "one thousand
    # and 00-100"
    # (and "seventeen hundred and sixty-one 33-100", no "and")
    # (or an en dash for the hyphen: "two thousand and forty-eight and 25–100 dollars")
    # (and a certificate's "Five Thousand & No-100 Dollars")
    r"|\s+(?:(?:and|&)\s+)?no[\s\-–]1(?:00|000)\b|\s+and\s+\d{1,4}[\-–]1(?:00|000)\b|\s+\d{1,2}[\-–/]100\b"
    rf"|\s+and\s+{_FRACTION}"
    # "eight point four percent": decimal digits after "point"
    r"|\s+point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b){1,4}"
    # "Two and Fifty-one Hundredths percent": hundredths in words
    # (and "six and nine tenths percent")
    # (and "six and sixty-one one hundredths percent": "one hundredths" for "hundredths")
    # (and "Nine and One Hundred Twenty-Five Thousandths (9.125%) percent")
    rf"|\s+and(?:[\s-]+{_WORD}){{1,3}}[\s-]+(?:hundredths|tenths?)\b"
    rf"|\s+and(?:[\s-]+{_WORD}){{1,5}}[\s-]+thousandths\b)"
)

#: A run of number words with an optional cents or fraction tail (case-insensitive).
#: A comma may follow a scale word ("SEVEN HUNDRED FIFTY EIGHT THOUSAND, TWO HUNDRED FIVE").
NUMBER_WORDS: Final = re.compile(
    # a fraction alone ("one-quarter of one percent") before a whole number and its tail
    # (and after "hundred" a comma only, "five thousand one hundred, thirty-three": with the comma
    # optional there, "hundred hundred …" could be split two ways at every word, and a long run of
    # them took exponential time)
    rf"\b{_FRACTION}|\b{_WORD}(?:(?:(?<=thousand)|(?<=million)|(?<=billion)),?[\s-]+(?:and\s+)?{_WORD}"
    rf"|(?<=hundred),[\s-]+(?:and\s+)?{_WORD}|[\s-]+(?:and\s+)?{_WORD})*{_TAIL}?",
    re.IGNORECASE,
)


def _whole(words: list[str], phrase: str) -> int:
    total = 0
    group = 0
    last = ""  # kind of the previous word: unit, teen, ten, hundred, scale
    last_scale = 10**15
    for word in words:
        if word in UNITS:
            value = UNITS[word]
            if last in {"unit", "teen"} or (last == "ten" and value >= 10):
                raise InvalidInput(f"number words {phrase!r}: {word!r} cannot follow {last}")
            group += value
            last = "teen" if value >= 10 else "unit"
        elif word in TENS:
            if last in {"unit", "teen", "ten"}:
                raise InvalidInput(f"number words {phrase!r}: {word!r} cannot follow {last}")
            group += TENS[word]
            last = "ten"
        elif word == "hundred":
            if group == 0 or group >= 100 or last == "hundred":
                raise InvalidInput(f"number words {phrase!r}: misplaced 'hundred'")
            group *= 100
            last = "hundred"
        elif word in SCALES:
            scale = SCALES[word]
            if group == 0 or scale >= last_scale:
                raise InvalidInput(f"number words {phrase!r}: misplaced {word!r}")
            total += group * scale
            group = 0
            last_scale = scale
            last = "scale"
        else:
            raise InvalidInput(f"number words {phrase!r}: {word!r} is not a number word")
    if last == "":
        raise InvalidInput(f"number words {phrase!r}: no number in it")
    return total + group


def parse_number_words(phrase: str) -> Decimal:
    """The value of a number written in words (see the module docstring for the grammar)."""
    text = phrase.strip().lower()
    fraction = Decimal(0)
    cents = re.search(
        r"\s+(?:and\s+(\d{1,4}|no)/|(?:(?:and|&)\s+)?(no)[\s\-–]|(?:and\s+)?(\d{1,4})[\-–/])(100|1000)(?:ths)?$",
        text,
    )
    part = re.search(
        r"(?:^|\s+and\s+)(one|three|five|seven|a)[\s/-]+(half|quarters?|fourths?|eighths?)$", text
    )
    if cents:
        places = -2 if cents.group(4) == "100" else -3
        numerator = cents.group(1) or cents.group(2) or cents.group(3)
        fraction = Decimal(0) if numerator == "no" else Decimal(numerator).scaleb(places)
        if fraction >= 1:
            raise InvalidInput(
                f"number words {phrase!r}: {cents.group(0).strip()!r} is not a fraction"
            )
        text = text[: cents.start()]
    elif point := re.search(r"\s+point((?:\s+[a-z]+){1,4})$", text):
        digits = "".join(_DIGITS.get(w, "?") for w in point.group(1).split())
        if "?" in digits:
            raise InvalidInput(f"number words {phrase!r}: only digits may follow 'point'")
        fraction = Decimal("0." + digits)
        text = text[: point.start()]
    elif hundredths := re.search(
        # (after the last "and": "two thousand and forty and twenty one-hundredths")
        r"\s+and\s+((?:(?!and\b)[a-z]+[\s-]+)*?(?!and\b)[a-z]+)[\s-]+(hundredths|thousandths|tenths?)$",
        text,
    ):
        counted = [w for w in re.split(r"[\s-]+", hundredths.group(1)) if w]
        if len(counted) > 1 and counted[-1] == "one" and text.endswith("one-hundredths"):
            counted = counted[:-1]  # "twenty one-hundredths": twenty of one hundredth each
        try:
            count = _whole(counted, phrase)
        except InvalidInput:
            if len(counted) < 2 or counted[-1] != "one":
                raise
            count = _whole(counted[:-1], phrase)  # "sixty-one one hundredths": 61 hundredths
        places = {"tenth": 1, "tenths": 1, "hundredths": 2, "thousandths": 3}[hundredths.group(2)]
        if count >= 10**places:
            raise InvalidInput(
                f"number words {phrase!r}: {count} {hundredths.group(2)} is not a fraction"
            )
        fraction = Decimal(count).scaleb(-places)
        text = text[: hundredths.start()]
    elif part:
        key = f"{part.group(1)}-{part.group(2)}"
        if key not in FRACTIONS:
            raise InvalidInput(f"number words {phrase!r}: unknown fraction {key!r}")
        fraction = FRACTIONS[key]
        text = text[: part.start()]
    words = [w for w in re.split(r"[\s,-]+", text) if w and w != "and"]
    if part and not words:
        return fraction  # "one-quarter": a fraction alone
    return Decimal(_whole(words, phrase)) + fraction
