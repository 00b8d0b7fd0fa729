"""Rules for interest: rate, day-count basis, default margin, compounding and payment frequency.

A note often leaves these to its loan agreement ("interest at the rates set forth in the Loan
Agreement"); then the rate is reported *missing* and the sentence becomes the informational finding
``interest.reference``.  When the document does state them, the phrasing read is:

=================================  ===========================================================
field                              phrasing
=================================  ===========================================================
interest.rate                      a percent (words and figures cross-checked) followed by "per
                                   annum" in a sentence about interest, with no default words
                                   before it in the sentence or after it in its own clause
interest.day_count                 "360-day year" + "actual number of days elapsed" → ACT/360;
                                   "365-day year" + actual days → ACT/365F; "365 or 366" →
                                   ACT/ACT ISDA (ambiguous with ICMA); "twelve 30-day months" →
                                   30/360 US (ambiguous with Bond Basis and 30E/360); "30/360"
                                   named → 30/360 US; a bare "360-day year" → ACT/360 and
                                   30/360 US offered (warned); a bare "365-day year" → ACT/365F
                                   offered
interest.count_first_and_last_day  "both the first and (the) last day" / "including the first day
                                   and the last day" → true; "excluding the last day" → false
interest.default_margin            in a sentence about default: "two percent (2%) above|over|in
                                   excess of", "plus two percent (2%)" or "an additional two
                                   percent (2%)"; an absolute default rate
                                   "ten percent (10%) per annum" gives the margin over the rate
interest.max_rate                  "not to exceed <percent>" / "in no event more than <percent>"
                                   in a sentence about interest;
                                   "maximum rate permitted by law" → informational finding
                                   ``interest.lawful_maximum`` (the number depends on the law)
interest.compounding               "simple interest" / "not be compounded" → simple; "compounded
                                   monthly|quarterly|semiannually|annually"
interest.payable                   "interest shall be payable monthly|quarterly|..." or "payable
                                   ... in arrears"; "interest ... due and payable in full on
                                   <maturity>" → maturity
=================================  ===========================================================
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from promissory.core.money import EXACT
from promissory.extract.amounts import Mention
from promissory.extract.collector import Collector
from promissory.extract.phrases import sentence_bounds
from promissory.extract.records import AMBIGUOUS, CONTRADICTED, CORROBORATED, INFERRED, STATED
from promissory.extract.roles import (
    DEFAULT_CONTEXT,
    FEE_OF,
    FROM_MATURITY,
    GREATER_OF_INDEX_OR,
    IMPUTED,
    LATE_INTEREST_BEARS,
    NAMED_DEFAULT_RATE,
    OVER_AN_INDEX,
    RATE_ADJUSTED_NEXT,
    RATE_ELECTION,
    RELATIVE,
    label_of,
    rate_defined_but_unused,
    speaks_of_default,
)

I = re.IGNORECASE  # noqa: E741 - a flag, used in every rule
DEFAULT_WORDS = DEFAULT_CONTEXT
PERIODS = {
    "daily": "daily",
    "monthly": "monthly",
    "quarterly": "quarterly",
    "semiannually": "semiannual",
    "semi-annually": "semiannual",
    "annually": "annual",
}
_PERIOD = r"(?P<period>daily|monthly|quarterly|semi-?annually|annually)"
#: A day-count basis: "360-day year", "year of 360 days", "basis of 360 days", "365/360".
BASIS = (
    # ("a 365/366-day year")
    # ("a three hundred sixty day (360) calendar year", "a three hundred sixty-five (365) day
    # calendar year")
    # (and a hyphen that ends a line: "a 360-\nday year")
    r"\b(?P<days>360|365(?:\s*/\s*366)?|three\s+hundred\s+sixty(?:-five)?)(?:\s*\)\s*-?\s*|-[ \t]*\n\s*|[-\s!])day"
    r"(?:\s*\(\s*\d{3}\s*\))?\s+(?:calendar\s+)?year"
    # ("a year of three hundred sixty (360) days")
    # (and "the actual number of days elapsed over a year comprised of 365 days")
    r"|\byear\s+(?:consisting\s+|composed\s+|comprised\s+|made\s+up\s+)?of\s+"
    r"(?:three\s+hundred\s+(?:and\s+)?sixty(?:[-\s]five)?\s*\(\s*)?(?P<days2>360|365\s+days\s+or\s+366"
    r"|365\s+or\s+366|365)\)?(?:\s+days)?|\bbasis\s+of\s+(?P<days3>360|365)\s+days"
    r"|\b(?P<over>365\s*/\s*360)\b|\b1\s*/\s*(?P<days4>360|365)(?:th)?\s+of\s+the\s+annual"
    # "Interest shall accrue on a three hundred sixty (360) actual days basis"
    r"|\b(?P<days5>360|365)\)?\s+actual\s+days?\s+basis"
    # "a three hundred and sixty (360) days per year factor"
    r"|\b(?P<days6>360|365)\)?\s+days\s+per\s+year\b"
    # "computed, for actual days elapsed, as if each full calendar year consisted of 365 days"
    r"|\bas\s+if\s+each\s+(?:full\s+)?(?:calendar\s+)?year\s+consisted\s+of\s+(?P<days7>360|365)\s+days\b"
    # "on the basis of fraction, the denominator of which shall be 360 and the numerator of which
    # shall be the actual number of days elapsed"
    r"|\bdenominator\s+of\s+which\s+(?:shall\s+be|is)\s+(?P<days8>360|365)\b"
    # "based on a year assumed to have 360 days, and then applied to the actual number of days"
    r"|\byear\s+(?:assumed|deemed)\s+to\s+(?:have|contain|consist\s+of)\s+(?P<days9>360|365)\s+days\b"
)
#: A basis stated for late-installment interest or for the lawful maximum is not the note's.
LATE_OR_LAWFUL = r"received\s+after\s+its\s+due\s+date|late\s+charge|maximum\s+lawful|usur"


#: A default rate being defined just before the percent ("Default Rate: A rate equal to the
#: lesser of (a) twenty percent"), which the sentence bounds may leave out
DEFAULTED = re.compile(r"default\s+rate[\"”]?\s*(?::|means\b|shall\s+mean\b)[^.;%]{0,80}$", I)


def _sentence(c: Collector, mention: Mention) -> str:
    left, right = sentence_bounds(c.text, mention.span.start, mention.span.end)
    return c.text[left:right]


def _default_scope(c: Collector, mention: Mention) -> str:
    """The words that can make a percent a default rate: the sentence up to the percent, and
    its own clause after it (to the next comma or semicolon).  A default proviso that *follows*
    the contract rate ("8% per annum, and, while an Event of Default continues, an additional
    2%") does not make the 8% a default rate."""
    left, right = sentence_bounds(c.text, mention.span.start, mention.span.end)
    if re.search(r":\s*$", c.text[max(0, left - 4) : left]):
        # a list after a colon opens the sentence ("From and after the Maturity Date … shall bear
        # an annual interest rate equal to the lesser of: (a) twelve percent (12%) per annum …")
        left = sentence_bounds(c.text, c.text.rindex(":", 0, left))[0]
    # (an old note's comma inside "ten per cent, interest from date, if not paid when due": the
    # clause goes on past it)
    tail = re.sub(r"^,(?=\s*interest\b)", " ", c.text[mention.span.end : right], flags=I)
    # (and at "until paid", or an "and" before another percent: "with 6 per cent per annum
    # interest from DATE until paid and ten per cent attorney's fees if this note is collected by
    # suit or attorney after maturity")
    stop = re.search(r"[,;]|\buntil\s+paid\b|\band\s+(?=[\w\s-]{0,30}?\d*\s*per\s*cent)", tail, I)
    return c.text[left : mention.span.start] + (tail[: stop.start()] if stop else tail)


def _confidence(c: Collector, field: str, mention: Mention) -> tuple[Decimal, str]:
    if mention.agrees is False:
        c.warn(f"{field} at {mention.span.where()}: {mention.describe()}; check the document")
        return CONTRADICTED, f"{mention.describe()}; words taken (UCC 3-114)"
    if mention.agrees:
        return CORROBORATED, "words and figures agree"
    return STATED, "stated once"


def reference(c: Collector) -> None:
    """Interest "at the rates set forth in the Loan Agreement": the terms live elsewhere."""
    match = c.search(
        r"interest[^.;]{0,120}?\bat\s+the\s+rates?\s+(?:set\s+forth|provided|specified)\s+in\s+"
        r"the\s+(?P<ref>(?:Loan|Credit)\s+Agreement)"
    )
    if match:
        c.add_match(
            "interest.reference",
            " ".join(match.group("ref").split()),
            match,
            STATED,
            "rate and basis are set in that agreement, not in this document",
        )


def rate_and_margin(c: Collector) -> None:
    """The contract rate, the default margin and a numeric cap."""
    rates: list[Mention] = []  # every "N% per annum" said of interest, not of a default
    absolute_default = None
    defaults: list[Mention] = []
    # (and "36% simple interest per annum")
    per_annum = re.compile(
        r"^\s*(?:(?:simple|compound)\s+interest\s+)?(?:per\s+annum|per\s+year|a\s+year|annually)\b",
        I,
    )
    above = re.compile(
        # (and "six hundred basis points (6%per annum)above the rate": the bracket closed between)
        r"^\W*(?:per\s*annum\W*)?(?:above|over|in\s+excess\s+of|greater\s+than|more\s+than|plus)\b",
        I,
    )
    relative = re.compile(
        rf"(?:{RELATIVE})[^.;%]{{0,30}}?(?:plus|\+)\s*(?:an\s+additional\s+)?$", I
    )
    plus = re.compile(r"(?:(?:\bplus|\+)\s*(?:an\s+additional\s+)?|\ban\s+additional\s+)$", I)
    cap = re.compile(
        r"(?:not\s+(?:to\s+)?exceed|maximum\s+(?:interest\s+)?rate\s+of"
        r"|in\s+no\s+event\s+(?:be\s+)?more\s+than"
        # "provided however, that in no event shall the applicable rate hereunder exceed 20%"
        r"|\bin\s+no\s+event\s+shall\s+[^.;%]{0,60}?\bexceed"
        # ("Under no circumstances will the interest rate on this Note exceed (except for any
        # higher default rate shown below) the lesser of 21.000% per annum or the maximum rate")
        r"|\bexceed\b[^.;%]{0,80}?\b(?:lesser|lower)\s+of)\s*$",
        I,
    )
    # a header of labelled terms: "Annual Interest Rate on Unpaid Principal ...: Three percent (3%)"
    labelled = re.compile(  # … or a definitions list: "Interest Rate: The annual rate of Six …"
        r"^[ \t]*(?:Annual\s+)?Interest\s+Rate\b[^:\n]{0,80}:[^\n%]{0,60}$", I | re.MULTILINE
    )
    # (and "the interest rate hereunder shall not fall below 6.25% per annum")
    floor = re.compile(
        r"(?:less\s+than|minimum(?:\s+rate)?(?:\s+of)?|floor\s+of|(?:fall|go|decrease)\s+below)\s*$",
        I,
    )
    for mention in c.percents:
        sentence = _sentence(c, mention)
        after = c.text[mention.span.end : mention.span.end + 40]
        before = c.text[max(0, mention.span.start - 40) : mention.span.start]
        about_default = speaks_of_default(_default_scope(c, mention)) or bool(
            DEFAULTED.search(c.text[max(0, mention.span.start - 120) : mention.span.start])
        )
        if re.match(r"\W*(?:per\s+annum\s*)?,?\s*(?:from\s+date\s+)?until\s+maturity\b", after, I):
            # "at the rate of 7 per cent per annum until maturity and after maturity at the highest
            # rate allowed by law": the rate until the note falls due
            about_default = False
        if re.match(
            r"[^.;%]{0,60}?\bbefore\s+and\s+after\s+(?:each\s+of\s+)?(?:demand|maturity|default)\b",
            c.text[mention.span.end : mention.span.end + 100],
            I,
        ):
            # "TEN PERCENT (10%) per annum, compounded quarterly, before and after each of maturity,
            # default and judgment": one rate at all times
            about_default = False
        if re.match(
            r"\W*(?:per\s+annum\s*)?,?\s*from\s+the\s+date\s+(?:hereof|of\s+this\s+note)\s+"
            r"(?:through|until|to)\s+the\s+(?:due\s+date|maturity(?:\s+date)?)\b",
            c.text[mention.span.end : mention.span.end + 100],
            I,
        ):
            # "at the rate of 14% per annum from the date hereof through the due date" in a note
            # payable "within thirty (30) days after demand": the rate until it falls due
            about_default = False
        if re.match(r"\W*(?:per\s+annum\s*)?,?\s*before\s+and\s+(?!after\b)", after, I):
            # "at a rate of ten (10%) per annum, before and twenty percent (20%) per annum after
            # maturity or default": the rate before
            about_default = False
        if re.match(
            r"\W{0,3}(?:per\s+annum\s*)?\(\s*(?:the\s+)?[\"“](?:Note|Interest|Stated|Contract|Applicable)\s+"
            r"(?:Interest\s+)?Rate[\"”]\s*\)",
            after,
            I,
        ):
            about_default = False  # '… eight percent (8%) per annum (the "Note Rate") …': named
        elif re.match(NAMED_DEFAULT_RATE, after, I):
            about_default = True  # '… eleven percent (11%) per annum (the "Default Rate")'
        elif re.match(r"default\b", label_of(c.text, mention.span.start), I):
            about_default = True  # a table's "Default Interest Rate:" cell over "Eighteen percent"
        if re.search(r"\b(?:rather|other)\s+than\s*$|\binstead\s+of\s*$", before, I):
            continue  # "(rather than 11% per annum)": the normal rate, named for contrast
        if re.search(
            LATE_INTEREST_BEARS, c.text[max(0, mention.span.start - 160) : mention.span.start], I
        ):
            continue  # "Deferred interest payments to bear interest from maturity at 8 per cent":
            # the rate on interest paid late, not the note's after a default
        if re.search(
            # (and "The indebtedness shall bear interest at the initial rate of 4.98 percent")
            r"\binitial\s+(?:interest\s+)?rate\s+(?:is|shall\s+be|will\s+be|of)\s*$",
            before,
            I,
        ):
            c.offer("interest.rate", mention.value, mention.span, AMBIGUOUS,
                    "the initial rate of a rate that changes")  # fmt: skip
            continue  # "The interest rate on this Note will fluctuate. The initial interest rate is"
        if not about_default and re.search(
            r"\b(?:prime|libor|sofr|index|base\s+rate)\b(?:\s*\([^()]{0,40}\))?[^.;%\n]{0,40}?"
            r"(?:\bplus|\+)\s*$",
            c.text[max(0, mention.span.start - 120) : mention.span.start],
            I,
        ):
            continue  # "WSJ Prime (currently 8.00%) plus Five and 50/100 percent": a margin
        if re.search(
            r"\(\s*currently\s*$|\bcurrently\s+(?:equal(?:ing|s)?\s+(?:to\s+)?)?$", before, I
        ):
            continue  # "WSJ Prime (currently 8.00%) plus …, currently equaling …": levels today
        if about_default and re.search(
            r"\b(?:highest|maximum)\s+(?:non-?\s?usurious|lawful)\s+rate\b[^.;]{0,160}?\bor\s+if\b"
            r"[^.;%]{0,100}$",
            c.text[max(0, mention.span.start - 300) : mention.span.start],
            I,
        ):
            # "… at the highest non-usurious rate allowed by state or federal law, or if no such
            # rate is established, at a rate per annum equal to eighteen percent": a fallback
            c.offer("interest.default_rate", mention.value, mention.span, AMBIGUOUS,
                    "the rate after a default only if the law sets no maximum")  # fmt: skip
            continue
        if (
            re.match(
                r"\W*(?:per\s+annum\s+)?(?:\([^()]{0,80}\)\s*)?(?:above|in\s+excess\s+of|plus)\s+(?:the\s+)?"
                r"(?:[\w'-]+\s+){0,6}?(?:rate|index|prime|libor|sofr)\b",
                c.text[mention.span.end : mention.span.end + 160],
                I,
            )
            and not about_default
        ):
            # "0.0% per annum (computed on the basis of a 360-day year …) in excess of the rate of
            # interest announced … by Bank as its prime or base rate": a margin, never the rate
            continue
        if re.search(r"\b(?:increase|decrease|rise|raise|reduce)[sd]?\s+(?:by\s+)?$", before, I):
            continue  # "the interest rate ... shall increase 2% per annum": a change, not a rate
        if re.search(
            r"\bassumed\s+(?:rate|interest)",
            c.text[max(0, mention.span.start - 200) : mention.span.start],
            I,
        ):
            continue  # "an assumed rate of interest … or six percent (6%)": a test, not the rate
        if re.search(FROM_MATURITY, c.text[mention.span.end : mention.span.end + 70], I):
            # an old note's "with ten per cent, interest from maturity": the rate after it falls due
            c.add("interest.default_rate", mention.value, mention.span, INFERRED,
                  "interest only from maturity: the rate after the note falls due")  # fmt: skip
            continue
        if re.search(FEE_OF, before, I):
            continue  # "plus a service fee equal to one-quarter of one percent (0.25%) per annum"
        if IMPUTED.search(c.text[max(0, mention.span.start - 80) : mention.span.start]):
            continue  # "report … imputed interest (at the rate of seven percent (7%) per annum)"
        if floor.search(before) and not about_default:
            continue  # "shall not at any time be less than seven percent (7.0%)": a floor
        if not about_default and re.search(
            GREATER_OF_INDEX_OR,
            c.text[sentence_bounds(c.text, mention.span.start)[0] : mention.span.start],
            I,
        ):
            continue  # "the greater of (i) … the LIBOR Rate, plus the Spread …, or (ii) 3.25%": a floor
        is_labelled = bool(
            labelled.search(c.text[max(0, mention.span.start - 120) : mention.span.start])
        )
        if is_labelled and re.search(
            r"\b(?:prime|libor|sofr|index|base\s+rate)\b",
            c.text[max(0, mention.span.start - 120) : mention.span.start].rsplit(":", 1)[-1],
            I,
        ):
            continue  # "Annual Interest Rate: WSJ Prime (currently 8.00%) plus …": an index's
        if not re.search(r"interest|rate", sentence, I) and not is_labelled:
            continue
        own = re.search(  # "three percent (3%) per annum over the Applicable Interest Rate"
            r"^\W*(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of)\s+the\s+(?:then\s+)?"
            r"(?:applicable|contract|note|stated)\s+(?:interest\s+)?rate\b",
            c.text[mention.span.end : mention.span.end + 80],
            I,
        )
        if re.search(r"\bindex(?:\s+rate)?\s+(?:is|was)\s+(?:currently\s+)?$", before, I):
            continue  # "The initial Index Rate is currently 8.000%": the index's level
        if re.search(  # "2.75% per annum above the LIBOR Rate": a margin over an index
            r"^\W*(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus)\s+(?:the\s+)?"
            r"(?:[\w\"“”-]+\s+){0,3}?(?:LIBOR|prime|SOFR|index|base\s+rate|reference\s+rate"
            r"|federal\s+funds)\b",
            c.text[mention.span.end : mention.span.end + 80],
            I,
        ):
            continue
        # "All past due amounts shall bear interest at … the Prime Rate plus one percent (1%)": a
        # margin over an index, which is the note's own rate only if the note floats on it
        if about_default and re.search(OVER_AN_INDEX, before, I):
            c.offer("interest.default_margin", mention.value, mention.span, AMBIGUOUS,
                    "a margin over an index in the rate after a default, not over the note's rate")  # fmt: skip
            continue
        if about_default and re.search(
            r"\b(?:no|not)\s+(?:more|greater)\s+than\s*$|\bup\s+to\s*$", before, I
        ):
            # "interest may be charged on the amount delinquent at a rate no more than 3% greater
            # than the interest rate contracted for": a ceiling on the margin, not the margin
            c.offer("interest.default_margin", mention.value, mention.span, AMBIGUOUS,
                    "at most this much over the rate after a default: a ceiling, not the margin")  # fmt: skip
            continue
        if (relative.search(before) or own) and not about_default:
            c.offer("interest.default_margin", mention.value, mention.span, AMBIGUOUS,
                    "a margin over the note's own rate, in a sentence that does not say when")  # fmt: skip
            continue
        if mention.agrees is False:
            field = "interest.rate"
            if about_default:
                field = "interest.default_rate"
            confidence, note = _confidence(c, field, mention)
            c.offer(field, mention.value, mention.span, confidence, note)
            continue
        if cap.search(c.text[max(0, mention.span.start - 100) : mention.span.start]):
            confidence, note = _confidence(c, "interest.max_rate", mention)
            c.add("interest.max_rate", mention.value, mention.span, confidence, note)
        elif about_default and (
            above.search(after) or plus.search(before) or relative.search(before)
        ):
            confidence, note = _confidence(c, "interest.default_margin", mention)
            c.add("interest.default_margin", mention.value, mention.span, confidence, note)
        elif (
            about_default
            and (
                re.search(r"\b(?:greater|higher)\s+of\s*:?\s*(?:\(\w{1,4}\)\s*)?$", before, I)
                # (or "18% per annum or 5 per cent over the prime rate of Bank, whichever is higher";
                # not "12% per annum or the maximum rate … permitted …, whichever is greater", which
                # readers take for the default rate)
                or re.search(
                    r"^[^.;]{0,120}?\b(?:prime|libor|sofr|base|index|reference)\b[^.;]{0,80}?"
                    r"\bwhichever\s+is\s+(?:higher|greater)\b",
                    c.text[mention.span.end : mention.span.end + 160],
                    I,
                )
            )
        ):
            # "Upon and after the occurrence of an Event of Default, … interest at the greater of
            # (i) Eighteen Percent (18%) per annum and, (ii) the highest rate permitted": a floor
            # of the rate after a default, not that rate (readers leave it out)
            c.offer("interest.default_rate", mention.value, mention.span, AMBIGUOUS,
                    "the greater of it and another rate after a default")  # fmt: skip
        elif about_default and (per_annum.search(after) or is_labelled):
            absolute_default = absolute_default or mention
            defaults.append(mention)
        elif per_annum.search(after) or labelled.search(
            c.text[max(0, mention.span.start - 120) : mention.span.start]
        ):
            over = plus.search(before) or above.search(after)
            if not (over and rates):  # a margin over an index, or a floor, after the rate
                rates.append(mention)
    base = rates[0] if rates else None
    free = c.search(r"\b(?:shall|will|does)\s+(?:not\s+)?(?:bear|accrue)\s+no\s+interest\b"
                    r"|\bnon-?\s?interest[\s-]+bearing\b"
                    # "the principal sum of … ($5,230,000.00) without interest"; "shall not accrue
                    # interest unless an Event of Default shall occur"
                    r"|\)\s*,?\s*with(?:out(?:\s+any)?|\s+no)\s+interest\b"
                    # a form's blank ("$_[ (9) Loan Amount]__, without interest"); "the principal
                    # sum of $6,713,416, with no interest on the principal amount"
                    r"|\]_*\s*,?\s*without\s+(?:any\s+)?interest\b"
                    # ("the principal sum of $638,400, without interest thereon")
                    r"|\$[\d,.]+\s*,?\s*with(?:\s+no|out(?:\s+any)?)\s+interest\b"
                    # ("This does not draw interest either before or after date.")
                    r"|\b(?:shall|will|does)\s+not\s+(?:bear|accrue|draw)\s+(?:any\s+)?interest\b"
                    # "… during which term no interest shall be due or payable by Employee"
                    # (not "no interest shall be due and payable on such day" for a holiday)
                    r"|\bno\s+interest\s+shall\s+(?:be\s+)?(?:due|payable|charged)(?:\s+or\s+payable)?"
                    r"(?:\s+by\b|\s*[;.])"
                    # "No interest shall accrue or be payable on the principal amount of this Note"
                    # ("Absent a default …, no interest shall accrue on amounts advanced under
                    # this Promissory Note")
                    r"|\bno\s+interest\s+shall\s+accrue\s+(?:or\s+be\s+payable\s+)?on\s+"
                    r"(?:the\s+principal|(?:the\s+)?amounts?\s+advanced)\b"
                    # ("There shall be no interest accrued on this note")
                    r"|\bthere\s+(?:shall|will)\s+be\s+no\s+interest\s+(?:accrued|charged|due|payable)\s+on\s+this\s+note\b"
                    # "… in accordance with the following paragraph, without interest thereon."
                    r"|,\s*without\s+interest\s+thereon\b"
                    # "the sum of the Amount Financed with no interest."
                    r"|\b(?:sum|amount|principal)\b[^.;]{0,60}?\bwith\s+no\s+interest\s*[.;]"
                    # an old note's "Ten thousand dollars with out interest"
                    r"|\bdollars\s+with\s*out\s+interest\b"
                    # "the sum of six hundred and sixty-one dollars, without interest."; "one
                    # thousand Dollars for loaned money without interest"; "… after the decease of
                    # both myself and my wife, Elizabeth A. Leigh, without interest."
                    # ("six thousand no/100 — dollars, at any place, for value received, with no
                    # interest, including all costs")
                    # ("five thousand and no/100 dollars for value received, in lawful money of
                    # the United States, without interest payable at the First National Bank")
                    r"|\bdollars\b[^.;$%]{0,80}?\bwith\s*out\s+interest\b"
                    r"|\bdollars\b[^.;$%]{0,60}?\bwith\s+no\s+interest\b"
                    r"|,\s*without\s+interest\s*\."
                    # "the loan is being made on an interest-free basis"; "is not charging interest"
                    r"|\bon\s+an\s+interest[\s-]free\s+basis\b|\bnot\s+charging\s+interest\b"
                    # ("this note shall bear a rate of interest of none per cent per annum")
                    r"|\binterest\s+of\s+none\s+per\s*cent\b"
                    # ("with interest, at the rate of no per cent."; a scan's "rate o.f no per cent")
                    r"|\bat\s+the\s+rate\s+o\.?f\s+no\s+per\s*cent\b")  # fmt: skip
    if base is None and free is not None:
        left, _ = sentence_bounds(c.text, free.start(), free.end())
        if re.search(
            r"\b(?:until|prior\s+to|to\s+the\s+earlier\s+of|for\s+the\s+first)\b|\bstart\s+date\b",
            c.text[left : free.start()],
            I,
        ):
            # "From the Date this Note to the earlier of May 31, 2017, … (the “Interest Start
            # Date”), … the unpaid Principal Amount shall not bear interest": no interest for a
            # time, a rate after it
            c.offer("interest.rate", Decimal(0), c.source.match_span(free), AMBIGUOUS,
                    "no interest for a time only")  # fmt: skip
        else:
            c.add_match("interest.rate", Decimal(0), free, STATED, "the note bears no interest")
    if base is not None:
        confidence, note = _confidence(c, "interest.rate", base)
        others = [m for m in rates if m.value != base.value]
        stepped = _steps_after(c, base)
        for m in others if stepped is not None else ():
            c.offer("interest.rate", m.value, m.span, AMBIGUOUS, "one of several rates per annum")
        if stepped is not None:
            # "three percent (3%) per annum, for periods through September 30, 2016, and
            # thereafter interest at a rate of …"; "eighteen percent (18%) per annum for the first
            # six months …; the interest rate will increase each month thereafter by 25 basis
            # points": the first step of a rate that changes, offered
            c.offer("interest.rate", base.value, base.span, AMBIGUOUS,
                    f"the first step of a rate that changes ({stepped})")  # fmt: skip
            c.warn(f"interest.rate: {base.value} at {base.span.where()} changes later ({stepped})")
        elif others and confidence >= STATED:
            # "10% per annum during 1998, and thereafter 15%": a stepped rate, or alternatives;
            # which is the note's rate is the reader's choice: every one is offered
            said = "; ".join(f"{m.value} at {m.span.where()}" for m in rates)
            c.warn(f"interest.rate: the note states several rates per annum: {said}")
            for m in rates:
                c.offer(
                    "interest.rate", m.value, m.span, AMBIGUOUS, "one of several rates per annum"
                )
        elif rate_defined_but_unused(c.text, base.span.start):
            c.offer("interest.rate", base.value, base.span, AMBIGUOUS,
                    f"{note}; a rate the note defines but, in this text, never says it bears")  # fmt: skip
        else:
            c.add("interest.rate", base.value, base.span, confidence, note)
    if len({m.value for m in defaults}) > 1 and not c.has("interest.default_margin"):
        # Two different rates after a default (penalty interest on a late installment, another
        # after acceleration): which one is "the" default rate is a reader's choice; offer both.
        for m in defaults:
            c.offer("interest.default_rate", m.value, m.span, AMBIGUOUS,
                    "one of several rates stated for after a default")  # fmt: skip
    elif absolute_default is not None and not c.has("interest.default_margin"):
        c.add("interest.default_rate", absolute_default.value, absolute_default.span, STATED)
        if base is not None:
            margin = EXACT.subtract(absolute_default.value, base.value)
            c.add(
                "interest.default_margin",
                margin,
                absolute_default.span,
                INFERRED,
                f"default rate {absolute_default.value} less the rate {base.value}",
            )
    lawful = c.search(
        r"maximum\s+(?:lawful\s+)?(?:rate|amount)\s+(?:of\s+interest\s+)?(?:permitted|allowed)"
        r"\s+(?:by|under)\s+(?:applicable\s+)?law|maximum\s+lawful\s+rate"
    )
    if lawful:
        c.add_match(
            "interest.lawful_maximum",
            "maximum lawful rate",
            lawful,
            STATED,
            "set interest.max_rate to the limit under the governing law, if any",
        )


#: A rate that holds for a first period only ("… for periods through September 30, 2016, and
#: thereafter …", "… for the first six months …; the interest rate will increase each month
#: thereafter").
_STEP: Final = re.compile(
    r"^[^.]{0,40}?\bfor\s+(?:periods\s+through|the\s+period\s+(?:through|ending)|the\s+first\s+[\w()\s-]{1,30}?"
    r"(?:months?|years?|days?))\b[^.]{0,120}?\bthereafter\b"
    # ("Five per cent (5.0 %) per annum on the unpaid principal until 31 August 2010 and seven per
    # cent (7.0%) % per annum … from 1 September 2010 onwards")
    # ("Ten Percent (10%) through June 30, 2010, and from July 1, 2010, until maturity, Eleven
    # Percent (11%)")
    r"|^[^.]{0,80}?\b(?:until|through)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4},?"
    r"\s+and\s+[^;]{0,60}?%"
    r"|^[^.]{0,200}?\b(?:rate\s+(?:of\s+interest\s+)?(?:will|shall)\s+increase|increases?\s+(?:each|every)\s+"
    r"(?:month|quarter|year))\b|" + RATE_ADJUSTED_NEXT,
    I,
)


def _steps_after(c: Collector, rate: Mention) -> str | None:
    """Why the rate at ``rate`` holds only for a first period, or None ("… during months 1- 12 at
    the rate of Twelve (12%) Percent per annum" says it before the rate)."""
    match = _STEP.search(c.text[rate.span.end : rate.span.end + 300])
    if match:
        return " ".join(match.group(0).split())[-60:]
    months = re.search(r"\bduring\s+(?:months?|years?)\s+\d+\s*[-–]\s*\d+\b[^.;]{0,40}$",
                       c.text[max(0, rate.span.start - 100) : rate.span.start], I)  # fmt: skip
    return " ".join(months.group(0).split())[:60] if months else None


ACTUAL_DAYS = (
    r"actual\s+(?:number\s+of\s+)?(?:days?|dates?)(?:\s+elapsed)?"
    r"|\bdays\s+actually\s+(?:elapsed|outstanding)"  # "the number of days actually elapsed"
    r"|\bper\s+diem\s+basis"
    r"|\bnumber\s+of\s+days\s+elapsed\b"  # "on the basis of the number of days elapsed in a year of 360 days"  # "calculated on a per diem basis, based upon a 365-day year"
)
MONTHS_OF_30 = (
    r"30[-\s]day\s+months?|thirty\s*(?:\(30\))?[-\s]*day\s+months?|30\s+days\s+each"
    r"|months?\s+of\s+(?:thirty\s*(?:\(30\)\s*)?|30\s+)days"  # ("a month of 30 days")
    r"|(?:each|every|a)\s+month\s+(?:consisting\s+of|having|of)\s+(?:thirty\s+(?:\(30\)\s+)?|30\s+)days"
)


def _says_how(c: Collector, basis: re.Match[str]) -> bool:
    left, right = sentence_bounds(c.text, basis.start(), basis.end())
    sentence = c.text[left:right]
    return basis.group("over") is not None or any(
        re.search(p, sentence, I) for p in (ACTUAL_DAYS, MONTHS_OF_30)
    )


#: A sentence about one kind of borrowing's interest ("Interest based on the Eurodollar Rate",
#: "in the case of Base Rate Borrowings", "interest on each LIBOR Loan").
_A_KIND: Final = re.compile(
    r"\binterest\s+(?:based\s+(?:up)?on|at)\s+the\s+(?-i:(?:[A-Z][\w-]*\s+){1,3})Rate\b"
    r"|\bin\s+the\s+case\s+of\b"
    r"|\binterest\s+(?:on|for)\s+(?:each\s+|all\s+|any\s+)?(?-i:(?:[A-Z][\w-]*\s+){1,2})"
    r"(?:Loans?|Advances?|Borrowings?)\b",
    I,
)


#: Interest at one named rate "to the extent applicable": a basis said of that rate alone.
_ONE_RATE_IF_APPLICABLE: Final = re.compile(
    r"\binterest\b[^.;]{0,40}?\b(?:on\s+the\s+basis\s+of|based\s+(?:up)?on|at)\s+the\s+"
    r"(?-i:(?:[A-Z][\w-]*\s+){1,3})Rate\s*\(\s*to\s+the\s+extent\s+applicable\s*\)",
    I,
)


def _year(basis: re.Match[str]) -> str:
    stated = next(g for g in basis.groups() if g)
    return "365" if re.search(r"365|five", stated, I) else "360"


def _speaks_of_a_kind(c: Collector, basis: re.Match[str]) -> bool:
    left, right = sentence_bounds(c.text, basis.start(), basis.end())
    return _A_KIND.search(c.text[left:right]) is not None


def _defined_term_unused(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the quoted name of a term defined there ('“30/360
    Basis” means …') that the text never uses again."""
    opening = max(
        text.rfind("“", max(0, start - 40), start), text.rfind('"', max(0, start - 40), start)
    )
    if opening < 0:
        return False
    closing = re.match(r'[^"“”\n]{0,40}?[”"]', text[end:])
    if closing is None or not re.match(r"\s*(?:shall\s+)?means?\b", text[end + closing.end() :], I):
        return False
    term = text[opening + 1 : end + closing.end() - 1]
    # (used again in any case: '"30/360 Basis" means …' and then "computed on a 30/360 basis")
    return text.casefold().count(term.casefold()) == 1


def day_count(c: Collector) -> None:
    """The day-count basis and whether both the first and the last day are counted."""
    named = c.search(r"\b(?:actual|act|(?<![\d/.])30)\s*/\s*(?P<basis>360|365)\b(?!\s*/)")
    # ("… accrue at the Applicable Interest Rate … at the rate of 1/360th of annual interest for
    # each day that principal is outstanding"): a day's interest is a 360th of a year's
    daily = c.search(
        r"\b1/(?P<basis>360|365)(?:th)?\s+of\s+(?:the\s+)?annual\s+interest(?:\s+rate)?\s+for\s+each\s+day\b"
        # ("… calculated at a daily rate equal to 1/360th of the rate per annum herein provided,
        # and shall be charged and collected on the actual number of days elapsed")
        r"|\bdaily\s+rate\s+equal\s+to\s+1/(?P<basis2>360|365)(?:th)?\s+of\s+the\s+(?:annual\s+)?rate\b"
        r"(?:\s+per\s+annum)?(?=[^.;]{0,120}\bactual\s+number\s+of\s+days\b)"
    )
    named = named or daily
    if named:
        year = named.groupdict().get("basis") or named.groupdict().get("basis2")
        name = "ACT/360" if year == "360" else "ACT/365F"
        if named.group(0).startswith("30"):  # "computed on a 30/360 simple interest basis"
            name = "30/360 US"
        if _defined_term_unused(c.text, named.start(), named.end()):
            # '“30/360 Basis” means on the basis of a 360-day year consisting of 12 months of 30
            # days each' in a list of definitions, the term used nowhere else in the text: a
            # basis the note defines, not one it says its interest is counted on
            c.offer("interest.day_count", name, c.source.match_span(named), AMBIGUOUS,
                    "the name of a defined term the text never uses")  # fmt: skip
        else:
            c.add_match("interest.day_count", name, named, STATED)
    bases = []
    for found in re.finditer(BASIS, c.text, I):
        left, right = sentence_bounds(c.text, found.start(), found.end())
        if re.search(LATE_OR_LAWFUL, c.text[left : found.start()], I):
            continue  # the basis of late-installment interest or of the lawful maximum
        bases.append(found)
    # a basis that says how days are counted (365/360, actual days, 30-day months) is preferred
    # to a bare "year of 360 days" stated earlier in passing
    basis = next((b for b in bases if _says_how(c, b)), bases[0] if bases else None)
    if basis and not named:
        left, right = sentence_bounds(c.text, basis.start(), basis.end())
        years = {_year(b) for b in bases if left <= b.start() < right}
        # "Interest based on the Prime Rate shall be computed on the basis of a year of 365 days
        # … Interest based on the Eurodollar Rate … a year of 360 days"; "(i) in a 365-day year in
        # the case of the Base Rate Borrowings …, and (ii) in a 360-day year in the case of
        # Eurodollar Borrowings"; "a 360 day year if this Note evidences a business or commercial
        # loan or a 365/366-day year if a consumer loan": a basis per kind of borrowing
        if len({_year(b) for b in bases if _speaks_of_a_kind(c, b)}) > 1 or (
            len(years) > 1
            and re.search(
                r"\bin\s+the\s+case\s+of\b|\bif\s+(?:this|the)\s+(?:note|loan)\b",
                c.text[left:right],
                I,
            )
        ):
            span = c.source.span(basis.start(), basis.end())
            for name in ("ACT/365F", "ACT/360"):
                c.offer("interest.day_count", name, span, AMBIGUOUS,
                        "a different year for each kind of borrowing")  # fmt: skip
            c.warn("interest.day_count: the note counts days differently for kinds of borrowing")
            basis = None
        elif _ONE_RATE_IF_APPLICABLE.search(c.text[left : basis.start()]) or (
            RATE_ELECTION.search(c.text)
            and re.search(
                r"\binterest\s+(?:accruing\s+)?(?:based\s+(?:up)?on|at)\s+the\s+(?-i:[A-Z][\w-]*)"
                r"(?:\s+[A-Z][\w-]*){0,2}\s+Rate\b",
                c.text[left : basis.start()],
                I,
            )
        ):
            # "Interest accruing hereunder on the basis of the Prime Referenced Rate (to the extent
            # applicable) shall be computed on the basis of a 360-day year, …" in a note that bears
            # a LIBOR-based rate unless it falls back: one rate's basis, perhaps not the note's
            span = c.source.span(basis.start(), basis.end())
            name = "ACT/360" if _year(basis) == "360" else "ACT/365F"
            c.offer("interest.day_count", name, span, AMBIGUOUS,
                    "the basis of one of the note's rates, where that rate applies")  # fmt: skip
            basis = None
    if basis and not named:
        left, right = sentence_bounds(c.text, basis.start(), basis.end())
        sentence = c.text[left:right]
        stated = next(g for g in basis.groups() if g)
        days = "365" if re.search(r"365|five", stated, I) else "360"
        if basis.group("over") is not None:
            days = "365/360"
        actual = re.search(ACTUAL_DAYS, sentence, I)
        months = re.search(MONTHS_OF_30, sentence, I)
        leap = (
            re.fullmatch(r"365\s+or\s+366|365\s+days\s+or\s+366|365\s*/\s*366", stated, I)
            or (
                # "a 365-day year or 366-day year, as applicable"
                stated == "365"
                # (or "three hundred sixty-five (365) or three hundred sixty-six (366) days")
                and re.match(
                    # (or "a 365-day year and a 366-day leap year")
                    r"\s*\)?\s*(?:or|and)\s+(?:a\s+)?(?:three\s+hundred\s+(?:and\s+)?sixty[-\s]six\s*\(\s*)?366",
                    c.text[basis.end() : basis.end() + 50],
                    I,
                )
            )
        )
        span = c.source.span(basis.start(), basis.end())
        if actual is not None:
            end = left + actual.end()
            span = c.source.span(min(basis.start(), left + actual.start()), max(basis.end(), end))
        if leap:
            c.add(
                "interest.day_count",
                "ACT/ACT ISDA",
                span,
                AMBIGUOUS,
                "365 or 366 days: ACT/ACT ISDA, or ACT/ACT ICMA for regular periods",
            )
            c.warn("interest.day_count: 365 or 366-day year could be ACT/ACT ISDA or ACT/ACT ICMA")
        elif days == "365/360":
            c.add("interest.day_count", "ACT/360", span, STATED,
                  "365/360: a year's rate over 360 days, for the actual days elapsed")  # fmt: skip
        elif (
            days == "360"
            and months is not None
            and actual is not None
            and re.search(
                r"less\s+than\s+a\s+full\s+month|partial\s+(?:payment\s+)?(?:month|period)",
                sentence,
                I,
            )
        ):
            # "twelve months of thirty days each, except that interest for a period less than a
            # full month" is counted in actual days: the 30/360 convention's broken period
            c.add("interest.day_count", "30/360 US", span, INFERRED,
                  "30-day months, actual days only for a period less than a full month")  # fmt: skip
        elif days == "360" and months is not None and actual is not None:
            # "a 360-day year of twelve 30-day months and the actual number of days elapsed"
            # names both bases: offer each, take neither.
            for name in ("30/360 US", "ACT/360"):
                c.offer("interest.day_count", name, span, AMBIGUOUS,
                        "30-day months and actual days elapsed are both named")  # fmt: skip
            c.warn("interest.day_count: 30-day months and the actual days elapsed are both named")
        elif days == "360" and months is not None:
            c.add(
                "interest.day_count",
                "30/360 US",
                c.source.span(
                    min(span.start, left + months.start()), max(span.end, left + months.end())
                ),
                INFERRED,
                "a 360-day year of 30-day months: 30/360 US, the usual reading for a US note "
                "(30/360 Bond Basis and 30E/360 differ only at month ends)",
            )
        elif days == "365" and months is not None and actual is not None:
            # "the actual number of days elapsed and on the basis of a year consisting of 365
            # days, and a month consisting of 30 days": no one convention (readers left it out)
            c.offer("interest.day_count", "ACT/365F", span, AMBIGUOUS,
                    "30-day months and actual days elapsed are both named")  # fmt: skip
        elif actual is not None and _FIRST_BROKEN_PERIOD.search(sentence):
            # "… shall pay to Holder on the Advancement Date interest only …, calculated on the
            # basis of a 365-day year and for the actual number of days from and including the
            # Advancement Date to … the first day of the calendar month following": the first
            # broken period's count, perhaps not the note's (readers left it out)
            name = "ACT/360" if days == "360" else "ACT/365F"
            c.offer("interest.day_count", name, span, AMBIGUOUS,
                    "actual days over a fixed year, for the first broken period only")  # fmt: skip
        elif actual is not None:
            name = "ACT/360" if days == "360" else "ACT/365F"
            c.add("interest.day_count", name, span, STATED, "actual days over a fixed year")
        elif days == "360":
            note = "a 360-day year without 'actual days' or '30-day months'"
            c.offer("interest.day_count", "ACT/360", span, AMBIGUOUS, note)
            c.offer("interest.day_count", "30/360 US", span, AMBIGUOUS, note)
            c.warn("interest.day_count: a 360-day year is stated without how days are counted")
        else:
            # a bare "365-day year" says how long the year is, not how days are counted (actual
            # days, or 30-day months over 365): offered, as a bare 360-day year is
            c.offer("interest.day_count", "ACT/365F", span, AMBIGUOUS,
                    "a 365-day year without 'actual days'")  # fmt: skip
    both = c.search(
        r"both\s+the\s+first\s+and\s+(?:the\s+)?last\s+day"
        r"|including\s+(?:both\s+)?the\s+first\s+day\s+and\s+the\s+last\s+day"
    )
    if both:
        c.add_match("interest.count_first_and_last_day", True, both, STATED)
    one = c.search(r"excluding\s+the\s+last\s+day|but\s+not\s+the\s+last\s+day")
    if one and not both:
        c.add_match("interest.count_first_and_last_day", False, one, STATED)


#: A sentence on interest for the days before the first full month only.
_FIRST_BROKEN_PERIOD: Final = re.compile(
    r"\binterest\s+only\b[^.;]{0,200}\bto\s+(?:and\s+including\s+)?the\s+first\s+day\s+of\s+"
    r"the\s+(?:calendar\s+)?month\s+following\b"
    r"|\bfor\s+the\s+(?:first\s+)?(?:partial|broken|stub|short)\s+(?:month|period)\b"
    # ("A payment of interest from the Closing Date to and including March 31, 2001 shall be paid
    # on the Closing Date calculated by multiplying the actual number of days elapsed …")
    r"|\bpayment\s+of\s+interest\s+from\s+the\s+(?:closing|funding|disbursement|advance)\s+date\s+"
    r"(?:to|through)\b",
    re.IGNORECASE,
)


#: The compoundings a terms file holds besides "simple" (``interest.compounding``).
COMPOUNDINGS: Final = frozenset({"monthly", "quarterly", "semiannual", "annual"})


def compounding_and_payment(c: Collector) -> None:
    """Simple or compound interest, and when interest is paid."""
    simple = c.search(r"\bsimple\s+interest\b|\bshall\s+not\s+(?:be\s+)?compound(?:ed)?\b")
    if simple:
        c.add_match("interest.compounding", "simple", simple, STATED)
    compound = c.search(rf"\bcompounded\s+{_PERIOD}") or c.search(rf"{_PERIOD}\s+compounding")
    if compound:
        period = PERIODS[compound.group("period").lower()]
        if period in COMPOUNDINGS:
            c.add_match("interest.compounding", period, compound, STATED)
        else:  # "compounded daily": no compounding a terms file holds, so offered, not proposed
            c.offer("interest.compounding", period, c.source.match_span(compound), AMBIGUOUS,
                    f"compounded {period}: not a compounding a terms file holds")  # fmt: skip
    payable = c.search(
        rf"\binterest\b[^.;]{{0,80}}?\bpayable\s+(?:in\s+arrears\s+)?{_PERIOD}"
    ) or c.search(rf"\bpayable\s+{_PERIOD}\s+in\s+arrears")
    if payable:
        c.add_match("interest.payable", PERIODS[payable.group("period").lower()], payable, STATED)
    at_maturity = c.search(r"\binterest\b[^.;]{0,60}?\bpayable\s+(?:in\s+full\s+)?at\s+maturity")
    if at_maturity:
        c.add_match("interest.payable", "maturity", at_maturity, STATED)
    elif not payable:
        with_principal = c.search(
            r"\baccrued\s+interest\b[^.;]{0,80}?\bdue\s+and\s+payable\s+in\s+full\s+on\b"
        )
        if with_principal:
            c.add_match(
                "interest.payable",
                "maturity",
                with_principal,
                INFERRED,
                "accrued interest is due with the principal; an agreement may require "
                "earlier payments",
            )


RULES = (reference, rate_and_margin, day_count, compounding_and_payment)
