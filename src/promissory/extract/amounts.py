"""Amounts and rates as the document states them, in words, in figures, or both — cross-checked.

Drafting states an important number twice, ``Twenty Million Dollars ($20,000,000.00)`` or
``eight percent (8%)``, so that a slip in one form shows.  The rules here:

* a **money figure** is ``$`` followed by digits with thousands commas and optional cents
  (``$20,000,000.00``, ``$17,500,000``); a **percent figure** is digits with ``%``
  (``8%``, ``3.5%``);
* a **paired mention** is number words (see :mod:`promissory.extract.numwords`) followed by
  ``Dollars`` / ``percent`` and the figure in parentheses; both forms are parsed and compared;
  the cents may follow the unit in words (``… Seventy-Eight Dollars and Ninety Cents
  ($12,345,678.90)``); a rate with decimals may be stated twice in figures
  (``3.5 percent (3.5%)``), and the two are compared the same way;
* when the two disagree, the words are taken (UCC § 3-114: "words prevail over numbers"), the
  mention is marked ``agrees=False`` and the rule that uses it lowers its confidence and warns;
* a figure or a words-only form standing alone is a mention with ``agrees=None``;
* sums in pounds, pesos, rupees and ringgit (``£100 sterling``, ``EIGHTY FIVE THOUSAND PESOS
  ONLY (P85,000.00)``, ``Rupees Nine Thousand``, ``Rs. 9,000``, ``RM1,750,000``) are mentions too, each with its
  ``unit``; not a weight (``pounds of cotton``) nor pounds with shillings and pence.

Rates are returned as fractions of one: ``eight percent (8%)`` is ``Decimal("0.08")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from promissory.core.money import EXACT, to_decimal
from promissory.errors import InvalidInput
from promissory.extract.numwords import NUMBER_WORDS, parse_number_words
from promissory.extract.span import SourceText, Span

CENT: Final = Decimal("0.01")

#: "$" then the figure, perhaps in the next cell of a table ("|$\n|100,025.00")
#: (or "$206.404.55", thousands set off by full stops: a typing slip read as "$206,404.55"; and
#: "$1,000.000.00", a comma then a full stop)
_MONEY_FIG = (
    # (another country's dollars keep their letters: "HK$37,490,637.45", "S$1,000.00", "US$2,000,000")
    r"(?-i:(?<![A-Za-z])(?:HK|US|SG?|NZ|AU?|CA?)(?=\$))?"
    # (a typist's European marks first: "$1.587.500,00", full stops for thousands and a comma for
    # the cents)
    # (not a scan's "$1.250,000.00", a full stop for the first comma)
    r"\$(?:\s?|[ \t]*\n[ \t]*\|[ \t]*)(?:\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)(?![\d,.]\d)|"
    # (and a scan's full stop for the first thousands comma: "$1.250,000.00")
    r"\d{1,3}\.\d{3}(?:,\d{3})+\.\d{2}(?![\d,.]\d)|"
    r"\d{1,3}(?:,\d{3})*(?:\.\d{3})+\.\d{2}(?![\d,.]\d)|"
    # (an old note's "$920 55-100." and "($1016 58.)": the cents after a space)
    # (and "$391 40, for value received")
    r"\d{1,6}[ ]\d{2}(?:-100\b|(?=\.?\)|\.\s|,\s))|"
    # (and "$5,437 50/100.", thousands set off and the cents as a fraction; or "$ 25,089 11.")
    # (not "$50,000 12. Governing Law": a section's number after the sum)
    r"\d{1,3}(?:,\d{3})+[ ](?:\d{2}/100\b|\d{2}(?=\.?\)|\.?[ \t]*(?:\n|$)|,\s))|"
    # ("$1, 974, 681.20": a space after each thousands comma, as some typed exhibits have it)
    # ("$121,-276.40": a court reporter's hyphen after a thousands comma)
    # ("$450, 000. 00" and "$2, 500. 00": a scan's spaces after the comma and the full stop)
    r"(?:\d{1,3}(?:,-?\d{3})+|\d{1,3}(?:,[ ]\d{3})+(?=\.[ ]?\d{2}|[ \t]*[)\n]|[ \t]+[A-Z])|\d+)"
    r"(?:[.,]\d{1,2}(?=\s+(?i:million|billion)\b)|[.,]\d{2}|(?<=\d{3})\.[ ]\d{2}(?=\s*\)))?"
    r"(?![\d,]\d|,-\d|\.\d{3}\.\d))"
    # "$1.20 MILLION", "$2.5 million": a figure with its scale word
    r"(?:\s+(?i:million|billion)\b)?"
)
#: "8%", "3.5%", ".25%", and a fraction of a percent ("1/2%", "1 1/4%", "3/8%", "6 9/10%":
#: halves to sixteenths and tenths only, so the value stays exact)
_PCT_FIG = (
    # a fraction of one percent: "1/2 of 1%", "1/8 of 1 %", "1/100 of 1%"
    r"(?<![\d/.])(?:1/2|[13]/4|[1357]/8|(?:1[135]|[13579])/16|[1-9]/10|1/100)\s+of\s+1\s?%|"
    # (the whole and its fraction may be joined by a hyphen: "10 -3/4 %", "10-3/4%")
    r"(?:(?<![\d/.])(?:\d+(?:\s+|\s?-\s?))?(?:1/2|[13]/4|[1357]/8|(?:1[135]|[13579])/16|[1-9]/10)"
    # (not the tail of "5,000 %", a decimal comma, nor of "6 9/10%", a fraction)
    r"|(?<![\d,/])\d+(?:\.\d+)?|\.\d+"
    # (a printed fraction: "8½%", "7 ¼ %")
    r"|(?<![\d,/])\d*\s?[½¼¾⅛⅜⅝⅞])"
    # (a form's blank filled in with spaces before the sign: "6.999  % per annum")
    r"[ \t]{0,2}%"
)
#: A printed fraction's value.
_VULGAR: Final = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
}
MONEY_FIGURE: Final = re.compile(_MONEY_FIG)
PERCENT_FIGURE: Final = re.compile(_PCT_FIG)
_WORDS = NUMBER_WORDS.pattern
_DOLLARS = r"(?:United\s+States\s+|U\.\s?S\.\s+|US\s+)?Dollars"  # (and "six hundred and eighty nine US dollars")
#: "three-eighths of one percent", "four and three quarters of one percent": a number of percent
#: (and an old note's "ten per centum per annum")
#: (and "three and five-tenths of a percent": a fraction of one, after its parts' word)
_PERCENT = (
    r"(?:of\s+(?:one\s+|(?:(?<=tenths\sof\s)|(?<=half\sof\s)|(?<=quarters\sof\s)|(?<=quarter\sof\s)"
    r"|(?<=eighths\sof\s))a\s+)?)?(?:percent|per\s*centum|per\s+cent|percentage\s+points?)\b"
)
#: "… Dollars and Ninety Cents" or "… Dollars and 94/00" (or "94/100"): the cents after the unit.
_CENTS = (  # (and "… Dollars and No Cents")
    # (and "… Sixty One cents dollars": the unit said again after the cents)
    # (and "… Seventy-Nine Dollars and 36 Cents": the cents in figures)
    # (and an old note's "one hundred and twenty-four dollars ninety-one cents", without "and")
    rf"(?:\s+and\s+(?:(?P<cents>{_WORDS}|no|\d{{1,2}})\s+Cents?\b(?:\s+dollars\b)?|(?P<fraction>\d{{1,2}})\s?/\s?1?00\b)"
    rf"|\s+(?P<bare>{_WORDS})\s+cents\b"
    # (an old note's "nine hundred and twenty dollars 55-100": the cents after the unit, no "and")
    rf"|\s+(?P<trailing>\d{{1,2}})-100\b)?"
)
#: and "One Million ($1,000,000.00) Dollars" (the figure between the words and their unit).
MONEY_PAIRED: Final = re.compile(
    # (the figure may say its currency: "EIGHTY DOLLARS ($280,000 U.S.)")
    # (Laser Pro's "Eleven Million Eight Hundred Thousand & 00/100 Dollars(U.S. $11,800,000.00)")
    # (and an old note's "nineteen hundred seventeen and 50-100 (1917.50) dollars": the cents
    # as a fraction after "and", the figure without its sign before the unit)
    rf"(?P<words>{_WORDS})(?:\s*(?:&|\band\b)\s*(?P<fore>\d{{1,2}})\s?[/-]\s?1?00\b)?"
    rf"(?:\s+(?P<unit>{_DOLLARS}){_CENTS})?\s*"
    rf"\(\s*(?:U\.\s?S\.\s*)?(?P<figure>{_MONEY_FIG}|(?<=\()\d{{1,3}}(?:,?\d{{3}})*\.\d{{2}}(?=\)\s*dollars\b))"
    rf"(?:\s*U\.?\s?S\.?)?\s*\)"
    rf"(?(unit)|\s*{_DOLLARS})",
    re.IGNORECASE,
)
#: "eight percent (8%)", and "3.5 percent (3.5%)" (a rate with decimals stated twice in figures).
#: and "one (1%) percent" (the figure between the words and their unit).
PERCENT_PAIRED: Final = re.compile(
    # (the words whole: not the "one-half" of "eleven-and-one-half (11.5%)")
    rf"(?<![-\w])(?P<words>{_WORDS}|(?<![/\d.])\b\d+(?:\.\d+)?)(?:\s+(?P<unit>{_PERCENT})(?:\s+per\s+annum)?)?\s*"
    # (the unit may be the figure's sign alone: "at a rate of ten (10%) per annum")
    rf"\(\s*(?P<figure>{_PCT_FIG})\s*\)(?(unit)|(?:\s*{_PERCENT}|(?<=%\))|(?<=%\s\))))",
    re.IGNORECASE,
)
#: (a dash may stand for the space: "the sum of Eight Hundred and no/100—dollars"; and a printed
#: certificate's blank for the cents filled with "no" and a dash: "Six Hundred and no — Dollars")
MONEY_WORDS: Final = re.compile(
    rf"(?P<words>{_WORDS})(?:\s+and\s+no\s*[—–]+\s*|\s+|\s*[—–]\s*){_DOLLARS}{_CENTS}",
    re.IGNORECASE,
)
PERCENT_WORDS: Final = re.compile(  # "three hundred (300) basis points": the figure is the words'
    # (not the denominator of "NO/1000 percentage points")
    # (a scan's stray hyphen before the unit: "at the rate of ten -per cent, per annum")
    # (and a text layer's lost space: "equal to 4percentage points above the Fixed Interest Rate")
    rf"(?P<words>{_WORDS}|(?<![/\d.])\b\d+(?:\.\d+)?)(?:\s+|(?<=\d)(?=percent))(?:-\s?)?(?:\(\s*\d+(?:\.\d+)?\s*\)\s+)?"
    rf"(?:{_PERCENT}|(?P<bp>basis\s+points?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One stated amount or rate.

    ``value`` is what the document means (the words when both forms are given), ``figure`` and
    ``words`` the two forms as parsed (``None`` when absent), ``agrees`` whether they match
    (``None`` when only one form is given), ``span`` the whole mention.
    """

    value: Decimal
    span: Span
    figure: Decimal | None
    words: Decimal | None
    agrees: bool | None
    #: the money's unit as written: ``"dollar"`` ("$", "Dollars"), ``"pound"`` ("£",
    #: "pounds sterling"), ``"peso"`` ("P85,000.00", "pesos") or ``"rupee"`` ("Rs. 9,000",
    #: "Rupees") or ``"ringgit"`` ("RM1,750,000"), or a currency's code where the sum names
    #: its currency ("EUR 224,276", "Euros", "Israeli shekels"); which currency a name means
    #: is the ``currency`` rule's question
    unit: str = "dollar"

    def describe(self) -> str:
        """How a warning names the contradiction: ``words 20000000 vs figures 2000000``."""
        if self.words is None:
            return f"the words read as no number, figures say {self.figure}"
        return f"words say {self.words}, figures say {self.figure}"


def money_value(figure: str) -> Decimal:
    """``"$20,000,000.00"`` → ``Decimal("20000000.00")`` (whole dollars gain ``.00``); a figure
    whose cents follow a comma (``"$12,054,344,00"``, a typing slip) reads the last two digits
    as cents (see :func:`mistyped_cents`), and one whose thousands are set off by full stops
    (``"$206.404.55"``) reads them as thousands; a scale word multiplies (``"$1.20 MILLION"``)."""
    figure = re.sub(r"^\s*(?:HK|US|SG?|NZ|AU?|CA?)(?=\$)", "", figure)  # ("HK$…": the dollars)
    scale = re.search(r"\s+(million|billion)$", figure, re.IGNORECASE)
    if scale:  # "$1.20 MILLION"
        factor = Decimal(10) ** (6 if scale.group(1).lower() == "million" else 9)
        return EXACT.quantize(money_value(figure[: scale.start()]) * factor, CENT)
    spaced = re.fullmatch(r"\$\s?(\d{1,3}(?:,\d{3})+|\d{1,6}) (\d{2})(?:[-/]100)?", figure.strip())
    if spaced:  # "$920 55-100": dollars, a space, then the cents
        return EXACT.quantize(
            Decimal(f"{spaced.group(1).replace(',', '')}.{spaced.group(2)}"), CENT
        )
    compact = re.sub(r"[\s|]", "", figure).replace(",-", ",")
    if re.fullmatch(r"\$\d{1,3}(?:\.\d{3})+,\d{2}", compact):  # "$1.587.500,00"
        compact = compact.replace(".", "").replace(",", ".")
    if compact.count(".") > 1:  # "$206.404.55": the last full stop sets off the cents
        # (and "$1,000.000.00": every mark before it sets off thousands)
        compact = compact[:-3].replace(".", "").replace(",", "") + compact[-3:]
    if mistyped_cents(compact):
        compact = compact[:-3] + "." + compact[-2:]
    return EXACT.quantize(to_decimal(compact, what="money figure"), CENT)


def mistyped_cents(figure: str) -> bool:
    """Whether a money figure writes its cents after a comma (``$12,054,344,00``)."""
    return re.search(r",\d{2}$", figure.strip()) is not None


def percent_value(figure: str) -> Decimal:
    """``"8%"`` → ``Decimal("0.08")`` (a rate as a fraction of one); ``"1 1/4%"`` →
    ``Decimal("0.0125")``; ``"1/2 of 1%"`` → ``Decimal("0.005")``."""
    figure = re.sub(r"\s*([½¼¾⅛⅜⅝⅞])", lambda m: " " + _VULGAR[m.group(1)], figure).strip()
    of_one = re.fullmatch(r"(?P<n>\d+)/(?P<d>\d+)\s+of\s+1\s?%", figure.strip())
    if of_one is not None:  # "1/2 of 1%": half of one percent
        share = EXACT.divide(Decimal(int(of_one.group("n"))), Decimal(int(of_one.group("d"))))
        return share.scaleb(-2)
    fraction = re.fullmatch(
        r"(?:(?P<whole>\d+)(?:\s+|\s?-\s?))?(?P<n>\d+)/(?P<d>\d+)\s*%", figure.strip()
    )
    if fraction is None:
        return to_decimal(re.sub(r"[\s%]", "", figure), what="percent figure").scaleb(-2)
    numerator, denominator = int(fraction.group("n")), int(fraction.group("d"))
    whole = Decimal(fraction.group("whole") or 0)
    # the denominators allowed (2 to 16, powers of two, and 10) divide exactly
    return EXACT.add(whole, EXACT.divide(Decimal(numerator), Decimal(denominator))).scaleb(-2)


#: A digit that is not ASCII ("١", "０"): Python's ``\d`` matches it, ``Decimal`` would read it,
#: and promissory never guesses at it (:func:`promissory.core.money.to_decimal` refuses it).
_FOREIGN_DIGIT: Final = re.compile(r"(?![0-9])\d")


def _collect(
    source: SourceText,
    paired: re.Pattern[str],
    figure_only: re.Pattern[str],
    words_only: re.Pattern[str],
    *,
    percent: bool,
) -> tuple[Mention, ...]:
    text = source.text
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def words_value(match: re.Match[str]) -> Decimal:
        stated = match.group("words")
        if re.fullmatch(r"\d+(?:\.\d+)?", stated):
            number = to_decimal(stated, what="percent")
        else:
            number = parse_number_words(stated)
        if percent:
            return number.scaleb(-4 if match.groupdict().get("bp") else -2)
        cents = match.groupdict().get("cents") or match.groupdict().get("bare")
        fraction = (
            match.groupdict().get("fraction")
            or match.groupdict().get("fore")
            or match.groupdict().get("trailing")
        )
        if fraction is not None:
            number = EXACT.add(number, Decimal(fraction).scaleb(-2))
        elif cents is not None and cents.lower() != "no":
            minor = Decimal(cents) if cents.isdigit() else parse_number_words(cents)
            if minor >= 100 or minor != minor.to_integral_value():
                raise ValueError(f"{cents!r} is not a number of cents")
            number = EXACT.add(number, minor.scaleb(-2))
        return EXACT.quantize(number, CENT)

    def figure_value(figure: str) -> Decimal:
        return percent_value(figure) if percent else money_value(figure)

    for match in paired.finditer(text):
        if _FOREIGN_DIGIT.search(match.group(0)):
            continue  # ("$١", "٣%": a digit Python's ``\d`` knows but no figure of a note)
        if not percent and re.match(r"[A-Za-z-]", text[match.start() - 1 : match.start()]):
            # the words begin inside a word the parser does not know ("SEVENTY THOUSAND
            # TWENY-FOUR DOLLARS … ($70,024.55)", "ofEighteen Million"): a fragment of them
            # cannot vouch for the figure, nor contradict it; the figure stands alone
            continue
        try:
            words = words_value(match)
        except ValueError:
            if not percent and _garbled(match):
                # "Four Million Thousand Dollars ($4,000,000)": words that read as no number cannot
                # vouch for the figure; it is taken as at odds with them, for a person to check
                figure = figure_value(match.group("figure"))
                found.append(Mention(figure, source.match_span(match), figure, None, False))
                taken.append((match.start(), match.end()))
            continue
        figure = figure_value(match.group("figure"))
        found.append(Mention(words, source.match_span(match), figure, words, words == figure))
        taken.append((match.start(), match.end()))
    for match in figure_only.finditer(text):
        if free(match.start(), match.end()) and not _FOREIGN_DIGIT.search(match.group(0)):
            figure = figure_value(match.group(0))
            agrees = False if percent and _words_at_odds(text, match.start(), figure) else None
            found.append(Mention(figure, source.match_span(match), figure, None, agrees))
            taken.append((match.start(), match.end()))
    for match in words_only.finditer(text):
        if free(match.start(), match.end()):
            try:
                words = words_value(match)
            except ValueError:
                continue
            found.append(Mention(words, source.match_span(match), None, words, None))
    return tuple(sorted(found, key=lambda m: m.span.start))


_UNIT_WORDS: Final = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety"
)


def _words_at_odds(text: str, start: int, figure: Decimal) -> bool:
    """Whether number words just before a rate's figure in parentheses, with no "percent" after
    them, say another number or none ("at fixed rate of fourteen six (6%) per annum")."""
    before = re.search(r"((?:\b[A-Za-z]+[\s-]+){1,5})\(\s*$", text[max(0, start - 60) : start])
    if before is None:
        return False
    words = re.sub(
        r"^(?:.*?\b(?:of|at|is|be)\s+)", "", before.group(1).strip(), flags=re.IGNORECASE
    )
    if not re.fullmatch(rf"(?:(?:{_UNIT_WORDS})[\s-]+)*(?:{_UNIT_WORDS})", words, re.IGNORECASE):
        return False  # (only number words, with no "percent" and no "and" among them, are read)
    try:
        return parse_number_words(words).scaleb(-2) != figure
    except ValueError as error:
        return "misplaced" in str(error) or "cannot follow" in str(error)


def _garbled(match: re.Match[str]) -> bool:
    """Whether the words of a paired amount are number words out of order ("Four Million
    Thousand"), not merely a form the parser does not know."""
    words = match.group("words")
    if re.match(r"(?i:hundred|thousand|million|billion)\b", words):
        return False  # ("ofEighteen Million", "fight Hundred Thousand": its first word not read)
    try:
        parse_number_words(words)
    except ValueError as error:
        return "misplaced" in str(error)
    return False


#: Sums in other money, in figures: "£200", "£ 1,500.00"; "P85,000.00", "₱10,000" (a Philippine
#: peso figure: "P" then thousands set off, or cents); "Rs. 9,000", "Rs 200"; "RM1,750,000"; a
#: currency's code before the figure, "EUR 224,276", "CHF 5,000.00", or its sign, "€10,000";
#: and a figure before the unit's name, "8,000 pesos", "164,012,326 Israeli shekels".
_CODES: Final = "USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|ILS|NIS|JPY|CNY|RMB|INR|HKD|SGD|MYR|PHP|ZAR|MXN|BRL|KRW"
#: What follows "pounds" of a weight, not money: "pounds of ginned cotton", "five hundred pounds
#: each", "pounds per week", "pounds seed cotton", "nine pound bags of flour".
_WEIGHT: Final = (
    r"of|weight|avoirdupois|in\s+weight|each|per|net|gross|seed|lint|cotton|flour|wheat|corn|oats"
    r"|sugar|coffee|tea|tobacco|wool|hay|butter|cheese|beef|pork|bacon|lard|rice|bags?|sacks?"
    r"|barrels?|bales?|boxes?|packages?|cans?|tins?|loaves?"
)
#: (ASCII digits only: a full-width or Arabic digit is no figure here)
_OTHER_FIGURE: Final = re.compile(
    # (a peso figure sets off its thousands, "P85,000.00", not "Schedule P 1.00"; a ringgit figure
    # too, or has four digits or more, not a room's "RM 204")
    r"(?P<sign>(?-i:£|₱|€|¥|(?<![A-Za-z0-9.])P(?=\s?[0-9]{1,3}(?:,[0-9]{3})+)|\bRs\.?"
    rf"|\bRM(?=\s?[0-9]{{1,3}}(?:,[0-9]{{3}})+|\s?[0-9]{{4,}})|\b(?:{_CODES})(?=\s?[0-9])))\s?"
    # (not a scan's "£2OO": the figure ends at a word's end; nor the head of a Swiss "500’000.00")
    # (and not a date after a code: "1,000.00 USD 01/30/2018")
    r"(?!0[0-9])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?P<c>\.[0-9]{2})?"
    r"(?![0-9,][0-9]|\.[0-9]|['’][0-9]|\w|/)"
    # (a scan's space after each thousands comma: "200, 000, 000 yen")
    r"|(?<![0-9,.$])(?P<n2>[0-9]{1,3}(?:,[ ]?[0-9]{3})+|[0-9]+)(?P<c2>\.[0-9]{2})?\s+"
    r"(?P<unit>pesos|rupees|euros(?!-)|ringgit|yen|(?:new\s+)?(?:israeli\s+)?shekels|pounds\s+sterling)\b"
    # (and "the sum of 20 pounds": pounds of money after "the sum of", not of a weight, nor with
    # shillings and pence after them)
    rf"|(?<=sum of )(?P<n3>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?P<c3>\.[0-9]{{2}})?\s+(?P<unit3>pounds)\b"
    rf"(?!\s+(?:{_WEIGHT})\b|[,\s]+(?:\w+[\s-]+){{0,3}}(?:shillings?|pence)\b)",
    re.IGNORECASE,
)
#: ... and in words: "two hundred pounds sterling", "EIGHTY FIVE THOUSAND PESOS ONLY",
#: "sixty-one thousand only pesos", "Two Hundred Twenty-Four Thousand Two Hundred Seventy Six
#: Euros"; and with the unit first, "Rupees Nine Thousand only", "the sum of pesos twelve
#: thousand". Not a weight (see above), nor pounds with shillings and pence ("Ten Pounds,
#: eighteen shillings and six pence": a sum before decimal money, not read), nor a "Euro-Rate".
_OTHER_WORDS: Final = re.compile(
    rf"(?<![\w-])(?P<words>{_WORDS})(?:\s+only)?\s+(?P<unit>pounds?|pesos?|rupees?|euros?(?!-))\b"
    # (and the minor unit after it: "six thousand three hundred and nineteen pesos and thirty-three
    # centavos (6,319.33)")
    rf"(?:\s+and\s+(?P<minor>{_WORDS})\s+(?:centavos|paise|cents))?"
    rf"(?!\s+(?:{_WEIGHT})\b|[,\s]+(?:\w+[\s-]+){{0,3}}(?:shillings?|pence)\b)"
    r"|\b(?P<fore>pesos|rupees)\s+(?P<after>" + _WORDS + r")",
    re.IGNORECASE,
)


def _unit(written: str) -> str:
    """A sum's unit from its sign, code or name: ``"£"`` → ``"pound"``, ``"Rs."`` →
    ``"rupee"``, ``"EUR"`` and ``"Euros"`` → ``"EUR"``, ``"NIS"`` → ``"ILS"``."""
    word = re.sub(r"\s+", " ", written.strip()).lower()
    if word in {"£", "pound", "pounds", "pounds sterling"}:
        return "pound"
    if word in {"₱", "p", "peso", "pesos"}:
        return "peso"
    if word in {"rs", "rs.", "rupee", "rupees"}:
        return "rupee"
    if word in {"rm", "ringgit"}:
        return "ringgit"
    if word in {"€", "euro", "euros"}:
        return "EUR"
    if word == "usd":
        return "dollar"
    if word in {"¥", "yen"}:
        return "JPY"
    if word.endswith("shekels") or word == "nis":
        return "ILS"
    return "CNY" if word == "rmb" else word.upper()


#: What may stand between a sum's words and its figure: "ten thousand pesos (P10,000)", "EIGHTY
#: FIVE THOUSAND PESOS ONLY (P85,000.00) Philippine Currency", "(P10,000) ten thousand pesos".
_OTHER_GAP: Final = re.compile(
    r"[\s,()—–-]*(?:only\b[\s,()]*)?(?:(?:Philippine|Mexican)\s+currency\b[\s,()]*)?",
    re.IGNORECASE,
)


#: A word or sign without which a document holds no sum in other money (most notes are in
#: dollars: the patterns above, number words at every word, are not tried on them).
_OTHER_HINT: Final = re.compile(
    rf"£|₱|€|¥|\b(?:Rs|RM|{_CODES})(?![A-Za-z])|\bP\s?\d"
    r"|(?i:pounds?|pesos?|rupees?|euros?|ringgit|shekels|yen)\b"
)


def _other_money(source: SourceText, taken: tuple[Mention, ...]) -> list[Mention]:
    """Sums in other money, each with its unit; words and a figure side by side are one mention,
    compared like a dollar sum's."""
    text = source.text
    if _OTHER_HINT.search(text) is None:
        return []

    def free(start: int, end: int) -> bool:
        return all(end <= m.span.start or start >= m.span.end for m in taken)

    figures: list[tuple[re.Match[str], str, Decimal]] = []
    for match in _OTHER_FIGURE.finditer(text):
        number, cents = (
            match.group("n", "c")
            if match.group("n")
            else match.group("n2", "c2")
            if match.group("n2")
            else match.group("n3", "c3")
        )
        try:
            value = to_decimal(re.sub(r"[, ]", "", number) + (cents or ""), what="money figure")
        except InvalidInput:
            continue  # (no figure a rule could use; extraction never raises)
        if value > 0 and free(match.start(), match.end()):
            unit = _unit(match.group("sign") or match.group("unit") or match.group("unit3"))
            figures.append((match, unit, EXACT.quantize(value, CENT)))
    words: list[tuple[re.Match[str], str, Decimal]] = []
    for match in _OTHER_WORDS.finditer(text):
        stated = match.group("words") or match.group("after")
        unit = _unit(match.group("unit") or match.group("fore"))
        try:
            value = EXACT.quantize(parse_number_words(stated), CENT)
            minor = parse_number_words(match.group("minor")) if match.group("minor") else Decimal(0)
        except ValueError:
            continue
        if minor >= 100 or minor != minor.to_integral_value():
            continue  # (no minor sum: "and one hundred centavos")
        value = EXACT.add(value, minor.scaleb(-2))
        if value > 0 and free(match.start(), match.end()):
            words.append((match, unit, value))
    found: list[Mention] = []
    paired: set[int] = set()
    for w_match, w_unit, w_value in words:
        partner = next(
            (
                (i, f)
                for i, f in enumerate(figures)
                if i not in paired
                and f[1] == w_unit
                and _OTHER_GAP.fullmatch(
                    text[w_match.end() : f[0].start()]
                    if f[0].start() >= w_match.end()
                    else text[f[0].end() : w_match.start()]
                )
            ),
            None,
        )
        if partner is None:
            found.append(Mention(w_value, source.match_span(w_match), None, w_value, None, w_unit))
            continue
        i, (f_match, _, f_value) = partner
        paired.add(i)
        span = source.span(min(w_match.start(), f_match.start()), max(w_match.end(), f_match.end()))
        found.append(Mention(w_value, span, f_value, w_value, w_value == f_value, w_unit))
    for i, (f_match, f_unit, f_value) in enumerate(figures):
        if i not in paired:
            found.append(Mention(f_value, source.match_span(f_match), f_value, None, None, f_unit))
    return found


def money_mentions(source: SourceText) -> tuple[Mention, ...]:
    """Every amount of money stated in the document, in document order: dollars, and sums in
    pounds, pesos, rupees, ringgit and other named currencies (each mention says its unit)."""
    dollars = _collect(source, MONEY_PAIRED, MONEY_FIGURE, MONEY_WORDS, percent=False)
    others = _other_money(source, dollars)
    if not others:
        return dollars
    return tuple(sorted((*dollars, *others), key=lambda m: m.span.start))


def percent_mentions(source: SourceText) -> tuple[Mention, ...]:
    """Every percentage stated in the document, as fractions of one, in document order."""
    return _collect(source, PERCENT_PAIRED, PERCENT_FIGURE, PERCENT_WORDS, percent=True)
