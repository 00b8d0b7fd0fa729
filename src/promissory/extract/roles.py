"""The role of each mention, decided from the words and headings around it.

:mod:`~promissory.extract.mentions` finds every amount, percentage, date, index name and
installment count.  Here each mention is given a *role* — the contract rate, a default margin, a
floor, the maturity, the first installment's date, … — by scoring the cues around it:

* the words just before it and just after it (``"at the rate of" 8% "per annum"``,
  ``"the rate provided herein plus" 5%``, ``June 30, 2003 "(the Maturity Date)"``);
* the sentence it sits in (``default``, ``late charge``, ``installments``, ``prepayment premium``);
* the heading above it (``INTEREST RATE:``, ``3. Interest Rate.``, ``Repayment Terms.``);
* its place in the document (an amount or date standing in the header above "FOR VALUE RECEIVED").

Each role's cues add (or subtract) points; the role with the most points wins.  The
**confidence measures how sure the role is**, from the winning score and its lead over the
runner-up:

==========================================  =================================================
winning score and lead over the next role    confidence
==========================================  =================================================
score ≥ 5 and lead ≥ 3                       0.90 stated (0.95 when words and figures agree)
score ≥ 2 and lead ≥ 2                       0.70 inferred
otherwise, score ≥ 1                         not taken: offered as a *candidate*
==========================================  =================================================

Some roles need more than points to be proposed (third round, read on the seen corpus parts): a
default margin or default rate needs default words before it; an index needs a cue next to it
(not only the sentence's topic) and no default before it; an installment needs 3 points.  After
every rule ran, :func:`arbitrate` offers the phrase rules' rate or default reading of a percent
that the words around it give another firm role (a margin, a floor, an initial rate) or two
near-equal roles, and :func:`tidy_parties` cuts a heading run into a name, a state after it, and
splits joint parties.

A numeric date (``10/29/98``) is never more than 0.70: it is read month first, as US notes write
them.  Words and figures that disagree give a candidate, never a value.  For each field the best
mention is proposed; other mentions that say the same corroborate it, and mentions that say
something else with a firm role are offered as candidates and lower the confidence to 0.50.

The scores are small integers in tables below — readable, deterministic and offline; nothing is
learned.  The tables were written against the development part of the corpus in
``tests/extract/corpus/dev``; the held-out part is only scored (``scripts/extract_score.py``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from decimal import Decimal
from functools import lru_cache
from typing import Final

from promissory.core.money import EXACT
from promissory.errors import InvalidInput
from promissory.extract.amounts import Mention as AmountMention
from promissory.extract.collector import Collector
from promissory.extract.mentions import FREQUENCIES, Mention
from promissory.extract.numwords import parse_number_words
from promissory.extract.parties import GIVEN_NAME_ABBREVIATIONS, introductions
from promissory.extract.phrases import COURTESY_TITLES, STATES, sentence_bounds
from promissory.extract.records import AMBIGUOUS, CORROBORATED, INFERRED, STATED
from promissory.extract.span import squash

I = re.IGNORECASE  # noqa: E741 - a flag, used in every rule

DEFAULT_CONTEXT: Final = (
    r"default|past[\s-]+due|overdue|delinquen|after\s+(?:the\s+)?(?:stated\s+)?(?:maturity|acceleration"
    r"|demand|judgment)|fails?\s+to\s+pay|failure\s+to\s+pay|not\s+(?:so\s+)?paid|when\s+(?:so\s+)?demanded"
    # ("ten per cent per annum after due, payable annually"; "10 per cent from due until paid")
    r"|(?:after|from)\s+due\b(?=\s*(?:[,.;]|until\b|till\b|payable\b))"
    r"|until\s+maturity\b[^.]{0,300}?\bafter\s+that\b"
    r"|upon\s+(?:such\s+)?demand|maturity\s+or\s+demand|penalty\s+interest|from\s+(?:and\s+after\s+)?(?:the\s+)?"
    r"maturity|after\s+the\s+maturity\s+date|not\s+paid\s+immediately"
    # "At any time after this Note shall become due and payable (whether by demand or otherwise)"
    r"|after\s+this\s+note\s+(?:shall\s+)?(?:have\s+)?become[sd]?\s+due"
    # "… shall not accrue interest except in the event a payment is not timely made, whereupon
    # interest shall accrue on any amount not timely paid at the rate of five percent (5%)"
    r"|not\s+timely\s+(?:made|paid)"
    # "if the Company shall fail to make any payment … when due, … interest on such unpaid
    # principal … from the date due until paid in full at … four percent (4%) above the rate"
    r"|fail(?:s|ure)?\s+to\s+make\s+(?:any\s+)?(?:payment|installment)|\bfrom\s+the\s+date\s+due\b"
    # "if this Note remains unpaid past the principal repayment date, the Note will carry interest
    # from such date at the Prime Rate"
    r"|\bremains?\s+unpaid\s+(?:past|after)\b"
    # ("non-interest bearing, except for any amounts outstanding beyond the Maturity Date shall
    # earn interest at a rate of 12% per annum")
    r"|\bbeyond\s+(?:the\s+)?(?:maturity(?:\s+date)?|due\s+date)\b"
    # ("If this Note is not repaid on the Maturity Date …, the rate of interest … shall be
    # adjusted to eighteen percent (18%)"; not "if the loan is not repaid within one year")
    # (the Texas form's "Annual Interest Rate on Matured, Unpaid Amounts")
    r"|\bmatured,?\s+(?:and\s+)?unpaid\s+amounts\b"
    r"|\bnot\s+repaid\s+(?:in\s+full\s+)?(?:on|by|at|upon)\s+(?:the\s+)?(?:stated\s+)?(?:maturity|due\s+date)\b"
)
#: What is overdue bearing interest, in the clause before a rate ("Any amount of overdue principal
#: shall bear interest, payable on demand, for each day until paid at a fixed rate per annum of").
OVERDUE_BEARS_INTEREST: Final = (
    r"\b(?:overdue|past[\s-]+due|delinquent)\s+(?:principal|amounts?|sums?|payments?|installments?)"
    r"\b[^.;%]{0,160}\bbear\s+interest\b[^.;%]{0,120}"
    # (a rate stated outright, not "a rate per annum equal to two percent (2%) plus the rate")
    r"\bat\s+(?:a|the)\s+(?:fixed\s+)?rate\s+(?:per\s+annum\s+)?of\s*$"
)
#: Default named only to say it has not happened ("so long as there is no default").
NO_DEFAULT: Final = (
    r"non-?default|(?:so\s+long\s+as\s+(?:there\s+is\s+)?no|absent\s+(?:an?\s+)?|prior\s+to\s+(?:an?\s+)?|until\s+(?:an?\s+)?|before"
    # ("Prior to any Event of Default, as defined in Section 3.1 hereof, interest … shall accrue")
    r"\s+(?:an?\s+)?|unless\s+(?:an?\s+)?|no\s+)(?:any\s+)?(?:event\s+of\s+)?default(?:\s+(?:has\s+occurred|exists"
    r"|under\s+this\s+note))?"
    r"|\bnot\s+(?:be\s+)?(?:deemed|considered)\s+(?:to\s+be\s+)?(?:in\s+default|an?\s+(?:event\s+of\s+)?default)"
    # "… shall mean, until the occurrence of an event described in Paragraph 7 below, when the
    # Interest Rate shall thereafter equal the Default Rate, a per annum rate of interest equal to
    # seven and one-half percent (7.50%)": the rate until then
    r"|\buntil\s+the\s+occurrence\s+of\s+an?\s+(?:event|default)\b[^,;]{0,80},\s*when\s+[^,;]{0,80}?\bdefault\s+rate\b"
    # "Prior to the Maturity Date or an Event of Default, the Rate shall be …"
    r"|\bprior\s+to\s+(?:the\s+)?maturity(?:\s+date)?\s+or\s+(?:an?\s+)?(?:event\s+of\s+)?default"
    # "From and after the date hereof (until January 31, 2007 or any Default (as hereinafter
    # defined) occurring prior thereto), interest … shall accrue at …": the rate until then
    # (in its parenthesis only: "… 5% per annum until maturity or an Event of Default, and
    # thereafter at 12%" names the default the later rate follows)
    r"|\(\s*until\s+[^().;]{0,60}?\bor\s+(?:any|an?)\s+(?:event\s+of\s+)?default\b"
    # "… on the principal amount outstanding from time to time until and after the maturity
    # hereof (whether by stated maturity, acceleration or otherwise)": the rate at all times
    r"|\buntil\s+and\s+after\s+(?:the\s+)?maturity(?:\s+hereof)?"
    # "… both before and after demand, maturity, default and judgment": the rate at all times
    r"|\bboth\s+before\s+and\s+after\s+(?:demand|maturity|default)(?:,?\s+(?:and\s+)?(?:demand|maturity"
    r"|default|judgment))*"
)


@lru_cache(maxsize=4096)  # (a mention's words are asked once per cue that asks)
def speaks_of_default(text: str) -> bool:
    """Whether ``text`` speaks of a default, late payment or demand (a denial does not count, nor
    an aside in parentheses on when the note may fall due, nor a demand note's own promise "to
    pay UPON DEMAND")."""
    text = _ASIDE.sub(" () ", text)  # (kept apart: "until maturity (…) or demand" is no default)
    text = _PAY_ON_DEMAND.sub(" ", text)
    return re.search(DEFAULT_CONTEXT, re.sub(NO_DEFAULT, " ", text, flags=I), I) is not None


#: An aside on when the note may fall due: "on February 2, 2010 (the “Due Date”) (unless this Note
#: shall have been repaid sooner … or the amount owing hereunder is accelerated upon the occurrence
#: of a Default Event as hereinafter provided)".
#: (and "a per annum contract rate (not Default Rate)", "(until maturity or default as hereinafter
#: provided)": asides that name a default only to set it apart)
_ASIDE: Final = re.compile(
    r"\((?=[^()]*\b(?:unless|whether|sooner|accelerat\w*|not\s+(?:the\s+)?default\s+rate"
    r"|until\s+maturity\s+or\s+default)\b)[^()]*\)",
    I,
)
#: A demand note's promise: "… hereby promises to pay UPON DEMAND to WILMINGTON SECURITIES, INC."
_PAY_ON_DEMAND: Final = re.compile(
    r"(?<=\bpay)\s+(?:(?:to|unto)\s+[^.;]{0,80}?\s+)?(?:up)?on\s+demand\b"
    # (or its maturity: "This Note shall bear interest at a rate of 5% per year … and shall mature
    # upon demand by the Payee")
    r"|(?<=\bmature)\s+(?:up)?on\s+demand\b",
    I,
)


#: Words before a margin over an index ("… the Prime Rate plus", "the LIBOR Rate (as defined
#: below) +"): in a rate after a default, a margin over the index, not over the note's rate.
OVER_AN_INDEX: Final = (
    r"\b(?:LIBOR|prime|SOFR|index|base|reference)(?:\s+lending)?\s+rate[\"”)]?\s*"
    # (or "the Wall Street Journal stated Prime Rate, plus")
    r"(?:\(\s*as\s+defined\s+(?:below|above|herein)\s*\)\s*)?,?\s*(?:plus|\+)\s*$"
    # (a form's "P+ 2.0000%"; and "the prime interest rate then in effect as published in the Wall
    # Street Journal … as it may change from time to time plus five percent (5%)")
    r"|(?<![\w.])P\s*\+\s*$"
    # (or a bank's base rate: "the sum of the corporate base rate publicly announced by …, which
    # rate shall change when and as said corporate base rate changes, plus")
    r"|\b(?:prime|(?:corporate\s+)?base|reference)\s+(?:interest\s+|lending\s+)?rate\b[^.;%$]{0,300}?\bplus\s*$"
)
#: A margin over the note's own rate ("the rate provided herein plus 5%").
RELATIVE: Final = (  # one group, so that what follows it applies to every branch
    r"(?:(?:the|that)\s+rate\s+(?:provided\s+(?:for\s+)?herein|otherwise\s+(?:in\s+effect|applicable)"
    r"|then\s+in\s+effect|charged|hereunder|set\s+forth\s+above|in\s+effect)"
    # (not an index's own name: "the Wall Street Journal Prime Interest Rate plus one (1.00%)")
    r"|(?<!prime\s)(?<!libor\s)(?:note|contract|interest|stated)\s+rate|base\s+rate\s+(?:described|defined|set\s+forth)\s+above"
    r"|rate\s+otherwise|rate\s+of\s+interest\s+otherwise\s+(?:prevailing|in\s+effect|applicable)"
    # ("the interest shall accrued at the above-described rate plus two percent (2%)")
    r"|(?:above|afore)[-\s]?(?:described|stated|mentioned)\s+rate)"
)
#: … unless that rate is the one being defined ("The Applicable Interest Rate shall be equal to",
#: 'at a per annum rate (the "Note Rate") equal to twelve percent (12%)').
_BEING_DEFINED: Final = (
    r"(?![\"”]?\s+(?:shall\s+(?:be|mean)|means|is)\b|[\"”]?\s*\)\s+(?:shall\s+be\s+)?equal\s+to\b"
    # (and 'shall accrue at the per annum rate (the "Note Rate") of one and three-quarters of one
    # percent (1.75%) over "The Wall Street Journal Prime Rate,"')
    r"|[\"”]\s*\)\s+of\b)"
)
#: Up to the mention, no index named after the note's own rate ("the interest rate equal to the
#: Prime Rate plus 1%": a margin over the index, not over the note's rate).
#: "a floating interest rate equal to 80 basis points in excess of LIBOR": the note's floating
#: rate, not a margin over its own rate.
_NOT_FLOATING: Final = r"(?<!floating\s)(?<!variable\s)(?<!adjustable\s)"
_NO_INDEX_BETWEEN: Final = r"(?:(?!prime|libor|sofr|index|base\s+rate)[^.;%]){0,30}$"
_INDEX_WORD: Final = (
    # (a quotation mark after a word, or typed as a backtick: "the current `Prime Rate"")
    r"(?:the\s+)?[\"“`]?(?:[\w'-]+\s+){0,3}?[\"“`]?(?:index|prime|libor|london|sofr|base\s+(?:loan\s+|commercial\s+|lending\s+)?rate|reference\s+rate|federal"
    r"|eurodollar|national|wall\s+street|treasury)"
)
#: Payments of interest alone ("interest only", "regular monthly payments of all accrued unpaid
#: interest"): their dates are not the installments'.
INTEREST_ONLY: Final = (
    # "Interest shall be payable on the last day of each month, beginning …" (a heading or a
    # letter before it; "Interest accrued at the rate aforesaid … shall be due and payable …")
    # ("From the date hereof interest on the daily outstanding principal balance for the actual
    # number of days elapsed in each payment period shall be due and payable in monthly payments")
    # ("1.1 Principal and Interest.Interest on the outstanding principal balance of this note will
    # be due and payable monthly": a numbered heading run into it)
    r"^\W*(?:[A-Z][A-Za-z]{1,30}\s+(?=\d{1,2}\.))?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[A-Z][\w ]{0,30}\.\s*|[A-Z]\.\s+)?"
    r"(?:from\s+the\s+date\s+(?:hereof|of\s+this\s+note),?\s+)?"
    # ("Commencing on the first day of September 2001, all accrued and unpaid interest shall be due
    # and payable on the first day of each calendar month")
    r"(?:(?:commencing|beginning|starting)\s+(?:on\s+)?[^,;.]{0,60},\s*)?"
    # ("The interest on this Note shall be due and payable monthly as it accrues")
    # ("Accrued and unpaid interest on … each outstanding Prime-based Advance shall be payable
    # monthly"; "(b) Interest shall be due and payable …"; "Accrued interest is payable annually";
    # "Interest on the unpaid principal … shall accrue and be payable monthly")
    # (and "all accrued and unpaid interest shall be due and payable on the first day of each
    # calendar month")
    r"(?:\(?[a-z]\)\s*)?(?:the\s+|all\s+)?(?:(?:accrued|unpaid)(?:\s+(?:and|but)\s+(?:unpaid|accrued))?\s+)?interest\b"
    r"(?:(?!\band\s+principal|\bprincipal\s+and|\bplus\s+(?:all\s+)?(?:the\s+)?principal)[^.;]){0,120}?"
    r"\b(?:(?:shall|will)\s+(?:thereafter\s+)?(?:accrue\s+and\s+)?be|is)\s+"
    # ("Interest, at the rate set forth above, shall be paid by the Borrower to the Bank monthly")
    r"(?:(?:due\s+and\s+)?payable|paid)\b"
    # ("interest payments only shall be made quarterly")
    # ("… and to pay interest hereon from the date hereof, semi-annually in arrears"; "the Maker
    # shall pay the Lender interest, semi-annually on June 30 and December 31")
    r"|\bpay\s+(?:the\s+(?:lender|holder|payee|bank)\s+)?interest\b(?!\s+and\s+principal)[^.;]{0,60}?"
    r"\b(?:monthly|quarterly|semi-?annually|annually)\b"
    # ("Interest payments are due Quarterly beginning on April 1, 2008")
    # (not "Principal and interest payments are due monthly in the amount of $4,775.43")
    r"|(?<!principal\sand\s)(?<!principal\s&\s)\binterest\s+payments\s+(?:are|shall\s+be|will\s+be)\s+(?:due|payable)\b"
    r"|\binterest\s+only\b|\binterest\s+payments\s+only\b|\b(?:payments?|installments?)\s+of\s+(?:all\s+)?"
    r"(?:(?:accrued|unpaid|and|but|then)[\s,]+){0,4}interest\b(?![\s,]+(?:and|plus|together\s+with)"
    r"\s+(?:the\s+)?principal)"
    # "the Company will make monthly interest payments in the amount of $3,500"
    # (and Laser Pro's "6 monthly consecutive interest payments, beginning April 21, 2012")
    r"|(?<!principal\sand\s)\b(?:monthly|quarterly|annual)\s+(?:consecutive\s+)?interest\s+payments?\b"
    # a check-box form's "[X] payable in full on May 10, 1996. with interest payable Monthly
    # commencing on June 1, 1995"
    r"|(?<!principal\sand\s)\bwith\s+interest\s+payable\s+(?:monthly|quarterly|annually"
    r"|semi-?annually)\b"
    # a form's "(other) Interest paid quarterly, beginning July 15, 2001"
    r"|^\W*(?:\(?[a-z]\)\s*)?(?:\[\s*[Xx]\s*\]\s*)?(?:\(\s*other\s*\)\s*)?interest\s+(?:to\s+be\s+)?(?:paid|payable)\s+(?:monthly|quarterly"
    r"|annually|semi-?annually)\b"
    # "… at the adjustable variable annual rate …, which interest is due and payable in
    # consecutive monthly installments"
    r"|\b(?:which|such)\s+(?:accrued\s+)?interest\s+(?:is|shall\s+be|will\s+be)\s+(?:due\s+and\s+)?"
    r"payable\b"
    # "Maker shall pay to Holder on July 1, 2008, and on the first day of each month thereafter
    # during the term of the Loan, all accrued but unpaid interest."
    r"|\bpay\b(?:(?!principal)[^.;]){0,200}?\ball\s+(?:(?:accrued|unpaid|and|but|then)[\s,]+){1,4}interest\b"
    r"(?![\s,]+(?:and|plus|together\s+with)\s+(?:the\s+)?principal)"
)
#: The note another one restates or replaces, named after its date.
PRIOR_NOTE: Final = (
    r"^\W{0,4}\(\s*(?:the\s+)?[\"“]?(?:the\s+)?(?:existing|original|prior|old)\s+(?:promissory\s+)?"
    r"(?:note|loan)"
    # (not "December 29, 2000 (Original Note dated June 27, 2000)": the original's own date follows)
    r"(?!\s+dated\b)"
)
#: The definition of a default rate before a percentage ("Default Rate: A rate equal to the
#: lesser of (a) twenty percent", "the term “Default Rate” shall mean a rate of interest of").
DEFAULT_RATE_DEFINED: Final = (
    r"[\"“]?default\s+rate[\"”]?\s*(?::|means\b|shall\s+mean\b)[^.;%]{0,80}$"
)
#: The lawful maximum rate named before a percentage ("the Maximum Rate shall never exceed").
MAXIMUM_RATE: Final = (
    # (not past an index: "the LESSER of (a) the MAXIMUM RATE, or (b) the LIBOR RATE plus 3%")
    r"\b(?:maximum|highest)\s+(?:lawful\s+|legal\s+|non-?usurious\s+)?rate\b"
    # nor past the other arm of a "lesser of": "the lesser of the maximum lawful rate … or twelve
    # percent (12%) per annum (the "Interest Rate")" is a rate of 12% capped by the law
    # (or "the lesser of (a) the Maximum Rate (defined below), and (b) five percent (5%)")
    r"(?:(?!\b(?:libor|prime|sofr|index|base\s+rate|or)\b|\((?:ii|b)\))[^.;%]){0,100}$"
    r"|\busurious\b(?:(?!\bor\b|\((?:ii|b)\))[^.;%]){0,80}$"
)
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
FREQUENCY_WORDS: Final = (
    (r"\bsemi-?annual(?:ly)?\b|\beach\s+six\s+months\b", "semiannual"),
    # "on June 1 and December 1 for each year", "the first day of January and July of each year"
    (
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+and\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
        rf"[^.;]{{0,30}}?\b(?:each|every)\s+(?:calendar\s+)?year"
        rf"|\b{_MONTH}\s+and\s+{_MONTH}\s+(?:of|in)\s+(?:each|every)\s+(?:calendar\s+)?year"
        # "on August 1, 2006 and each February 1 and August 1 thereafter"
        rf"|\beach\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+thereafter\b",
        "semiannual",
    ),
    (
        r"\bquarterly\b|\beach\s+(?:calendar\s+)?quarter\b"
        # "on the first day of each October, January, April and July thereafter"
        rf"|\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,\s+{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,"
        rf"\s+{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+and\s+{_MONTH}\b",
        "quarterly",
    ),
    (
        # (not twice a month: "a like amount every SEMI MONTHLY thereafter")
        r"(?<!semi-)(?<!semi\s)\bmonthly\b|\beach\s+(?:and\s+every\s+)?(?:subsequent\s+|succeeding\s+|consecutive\s+)?(?:calendar\s+)?"
        r"mo(?:n)?th\b"
        r"|\bper\s+month\b|\bevery\s+month\b",
        "monthly",
    ),
    (
        # (and "on June 7 of each succeeding year")
        # (and "Maker agrees to pay, on June 7 of each succeeding year"; not "shall increase … on
        # January 1 of each succeeding year")
        r"\bannual(?:ly)?\b|\beach\s+(?:calendar\s+)?year\b"
        r"|\bpay,?\s+on\s+[A-Z][a-z]+\s+\d{1,2}\s+of\s+each\s+(?:succeeding|subsequent)\s+year\b"
        r"|\beach\s+(?:January|February|March|April|May|June"
        r"|July|August|September|October|November|December)\s+\d{1,2}\s+thereafter",
        "annual",
    ),
)
INSTALLMENT_WORDS: Final = (
    r"installments?|monthly\s+payments?|principal\s+payments?|payments?\s+of\s+principal"
    r"|pay\s+the\s+sum\s+of|amortiz"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """Points for ``role`` when ``pattern`` is found in the mention's context ``where``."""

    role: str
    where: str  # before | after | sentence | lead | heading | header | unticked | default (lead) | line
    pattern: str
    points: int
    #: ``pattern`` compiled (case-insensitive) once: the four hundred cues, matched against every
    #: mention, are more patterns than :mod:`re`'s cache keeps, and recompiling them was most of
    #: an extraction's time
    regex: re.Pattern[str] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, I))


@dataclass(frozen=True, slots=True)
class Context:
    """The text around a mention that cues are matched against."""

    before: str  # up to 160 characters before it, within its sentence
    after: str  # up to 100 characters after it, within its sentence
    sentence: str
    lead: str  # the sentence up to the mention
    heading: str  # the nearest heading above it
    header: bool  # the mention stands above the promise to pay ("FOR VALUE RECEIVED")
    #: the mention is in a form's option whose box is not ticked ("|_| Variable Rate -- ...")
    unticked: bool = False
    #: up to 300 characters before it, across sentence ends (for what a sentence's list of
    #: options begins with: "… at Borrower's written election …, either: (i) …")
    wide: str = ""
    #: the label the mention is the value of, when it stands alone in its cell or line just
    #: before it ("Maturity Date" then, on a line of its own, "April 16, 2022"; "Date:  August
    #: 4, 2000"); empty otherwise
    label: str = ""
    #: the mention's whole line (for a title or subtitle standing alone on it)
    line: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """A mention, the role it was given and how sure that is."""

    mention: Mention
    role: str
    score: int
    lead: int
    confidence: Decimal
    why: str
    runner: str = ""  # the runner-up role, if any


#: A uniform adjustable-rate note's rate, then "The interest rate I will pay will change in
#: accordance with Section 4 of this Note": the first rate, not a fixed one.
WILL_CHANGE: Final = (
    r"^\W{0,4}(?:per\s+(?:annum|year)\s*)?\.\s*The\s+interest\s+rate\s+I\s+will\s+pay\s+"
    r"(?:will|may)\s+change\b"
)

#: After a percent, interest that runs only once the note falls due: an old note's "with ten per
#: cent, interest from maturity".
#: Before a percent: one rate "before and after maturity" (or default, or judgment).
_BEFORE_AND_AFTER: Final = (
    r"\bbefore\s+and\s+after\s+(?:maturity|due|default|judgment)\b[^.;%]{0,60}$"
)
FROM_MATURITY: Final = (
    # (and "with 8 per cent. interest per annum from maturity until paid")
    # (and "with eight percent interest per annum after date of maturity")
    # (and a court's "It bore 8% per annum interest from its maturity, which was December 1, 1955")
    r"^\W{0,3}(?:per\s+annum\s*)?,?\s*interest\s+(?:per\s+annum\s+)?(?:from|after)\s+(?:its\s+)?"
    r"(?:(?:the\s+)?date\s+of\s+)?(?:maturity|due)\b"
    # ("with interest at the rate of five (5) per cent per annum from maturity upon all unpaid
    # balances")
    # ("… at the rate of ten per cent per annum after due")
    # (and a note payable at the maker's death: "… six per cent, per annum after my death until
    # paid")
    r"|^\W{0,3}per\s+annum,?\s+(?:from|after)\s+(?:the\s+)?(?:maturity|due|(?:my|his|her)\s+death)\b"
    # ("to pay interest at the rate of twelve per cent annually after maturity")
    r"|^\W{0,3}(?:annually|yearly|a\s+year)\s+(?:from|after)\s+(?:the\s+)?maturity\b"
    # ("with interest at ten per cent per annum,- payable, annually from maturity until paid")
    r"|^\W{0,3}per\s+annum[,\s-]*payable,?\s+(?:annually\s+|semi-?annually\s+)?from\s+maturity\b"
    # ("eight per cent. per annum from date and eight per cent. from maturity")
    # ("… shall bear interest at the rate of 10 per cent from due until paid")
    r"|^\W{0,3}(?:from|after)\s+(?:maturity|due)\b"
    # ("with interest at the rate of twelve per cent. from date if not paid at maturity")
    r"|^\W{0,3}(?:per\s+annum\s*)?,?\s*from\s+(?:its\s+)?date\s+if\s+not\s+paid\b"
)
#: After a percent, the name the note gives it: '(the "Default Rate")'.
NAMED_DEFAULT_RATE: Final = (
    r"^\W{0,3}(?:per\s+annum\s*)?\(\s*(?:the\s+|such\s+rate,?\s+the\s+)?[\"“](?:Default|Post-Default)"
    r"\s+(?:Interest\s+)?Rate[\"”]\s*\)"
)
#: After a percent, what it is charged on: "… (so far as the same may be legally enforceable) on
#: all overdue principal and interest".
_ON_OVERDUE: Final = (
    r"^\W{0,3}(?:per\s+annum\s*)?(?:\([^()]{0,80}\)\s*)?on\s+(?:all\s+|any\s+)?(?:overdue|past[\s-]due)\s+"
    r"(?:principal|installments?|amounts?|payments?|sums?)\b"
)
#: Before a percent, interest paid late that bears interest itself: "Deferred interest payments to
#: bear interest from maturity at 8 per cent" (not "principal and past-due interest shall bear").
LATE_INTEREST_BEARS: Final = (
    r"(?<!principal and )(?<!principal, and )\b(?:deferred|unpaid|overdue|past[\s-]due)\s+interest"
    r"(?:\s+payments?)?\s+(?:to|shall|will)\s+bear\s+interest\b[^.;%]{0,60}$"
    # ("Interest on interest hereon not paid when due shall also be paid at the rate of ten per
    # centum": interest compounded on overdue interest, not the note's rate after a default)
    r"|\binterest\s+(?:on|upon)\s+(?:unpaid\s+|such\s+)?interest\b[^.;%]{0,120}$"
)
#: Before a percent, interest that runs from maturity: "with interest from maturity at 12 per
#: cent. per annum until paid" (and "with interest from maturity date at the rate of 8 per cent").
_FROM_MATURITY_AT: Final = r"\binterest\s+(?:from|after)\s+(?:maturity|due)(?:\s+date)?,?\s+(?:at|of)\s+(?:the\s+rate\s+of\s+)?$"
#: After a date, that it is the first payment's: "(which shall be the first Payment Date hereunder)".
_FIRST_PAYMENT_DATE_AFTER: Final = (
    r"^\W{0,3}\(?\s*(?:which\s+(?:shall\s+be|is)\s+)?the\s+first\s+(?:Payment|Installment)\s+Date\b"
)
#: A clause on the note not being paid at maturity, then a rate: "In case this note is not paid at
#: maturity, it shall bear interest at the rate of".
_NOT_PAID_AT_MATURITY: Final = (
    r"\b(?:in\s+case|if)\s+(?:this|the|said)\s+note\s+(?:is|be|shall\s+not\s+be)\s+(?:not\s+)?paid\s+"
    r"(?:at\s+maturity|when\s+due)\b[^.;%]{0,80}$"
    # ("…, payable at express office, Burrton, Kansas; and if not paid at maturity, with annual
    # interest at twelve per cent")
    r"|\bif\s+not\s+(?:so\s+)?paid\s+(?:at\s+maturity|when\s+due),?\s+(?:then\s+)?(?:with|to\s+bear"
    r"|(?:it\s+|this\s+note\s+)?(?:shall|will)\s+bear)\b[^.;%]{0,60}$"
)
#: After a percent, the condition it runs on: "… at the rate of twelve per cent. per annum if either
#: principal or interest remain unpaid ten days after due".
_IF_UNPAID_AFTER: Final = (
    r"^\W{0,3}(?:per\s+annum\W{0,3})?if\s+(?:either\s+)?(?:the\s+)?(?:said\s+)?(?:principal|interest"
    r"|this\s+note|any\s+installment|the\s+same|it)\b[^.;%]{0,60}?\b(?:remains?|is|be|are)\s+"
    r"(?:not\s+paid|unpaid)\b"
)
#: A sentence that opens on the note not being paid when due, then names a rate.
_IF_NOT_PAID: Final = (
    r"^\W{0,3}if\s+not\s+(?:so\s+)?paid(?:\s+(?:when\s+due|at\s+maturity))?,?\s+(?:then\s+)?"
    r"(?:the\s+)?interest\s+(?:shall|will|to)\s+be\b[^.;%]{0,40}$"
)
#: Before a percent, a fee's rate: "plus a service fee equal to one-quarter of one percent (0.25%)".
FEE_OF: Final = r"\bfee\s+(?:equal\s+to|of)\s*$"

#: "Interest may vary with bank rates": the rate stated is not fixed.
_MAY_VARY: Final = re.compile(
    r"(?:^|[.;]\s+)(?:The\s+)?(?:interest|interest\s+rate|rate\s+of\s+interest)\s+(?:may|will|shall)\s+"
    r"(?:vary|fluctuate)\b",
    re.IGNORECASE,
)

#: A rate per month ("0.7% during each calendar month"), not per year.
_MONTHLY: Final = (
    # (and "(0.75%) simple interest per month")
    r"^\W{0,3}(?:(?:simple\s+|compound\s+)?interest\s+)?(?:per\s+month|a\s+month|per\s+calendar\s+month|during\s+each\s+(?:calendar\s+)?month"
    r"|(?:for\s+)?each\s+(?:calendar\s+)?month)\b"
)

#: "the greater of (a) <an index> plus <a margin>, or (b)" before a percent.
_GREATER_OF_INDEX_PLUS: Final = (
    r"(?:greater|higher)\s+of\b[^;]{0,300}?\b(?:prime|libor|sofr|index|base)\b[^;]{0,240}?"
    r"\b(?:plus|above|over|in\s+excess\s+of)\b[^;]{0,80}?\bor\s*(?:\(\w{0,4}\)?\s*)?$"
)

#: … and the same over a whole sentence, however long the index's description and its proviso
#: ("the greater of (i) a variable rate equal to … (the LIBOR Rate), plus the Spread (as defined
#: below), provided that if such publication is not available …, or (ii) Three and 25/100 percent").
GREATER_OF_INDEX_OR: Final = (
    r"(?:greater|higher)\s+of\b[^;]{0,400}?\b(?:prime|libor|sofr|index|base)\b[^;]{0,240}?"
    r"\b(?:plus|above|over|in\s+excess\s+of)\b[^;]{0,260}?\bor\s*(?:\(\w{0,4}\)?\s*)?$"
    # ("… at the greater of the Reference Rate or at the rate of nine percent (9%) per annum")
    r"|(?:greater|higher)\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){1,3})Rate\s+or\s+(?:at\s+)?"
    r"(?:the\s+rate\s+of\s+)?$"
)


def _rate_defined_as(words: str) -> str:
    """Before a percent, a rate named ``words`` being defined: '“Floor Rate” shall mean a rate of
    interest equal to'."""
    return rf"[\"“](?:{words})\s+(?:Interest\s+)?Rate[\"”]\s+(?:shall\s+mean|means|is)\b[^.;%\d]{{0,60}}$"


#: After a percent: "… or 3 per cent over the published New York prime interest rate,
#: whichever is higher".
_OR_OVER_INDEX_WHICHEVER_HIGHER: Final = (
    r"^\W{0,3}(?:per\s+(?:annum|cent)\s+)?(?:per\s+annum\s+)?,?\s*or\s+[^.;%]{0,40}?(?:%|per\s*cent|percent)"
    r"[^.;]{0,30}?\b(?:over|above|plus|in\s+excess\s+of)\b[^.;]{0,80}?\b(?:prime|libor|sofr|index|base)\b"
    r"[^.;]{0,60}?\bwhichever\s+is\s+(?:higher|greater)\b"
)

#: Before a percent: "… will the interest rate on this Note exceed … the lesser of".
_EXCEED_THE_LESSER_OF: Final = (
    r"\b(?:will|shall)\s+(?:the\s+)?(?:interest\s+)?rate\b[^.;%]{0,80}?\bexceed\b[^.;%]{0,120}?"
    r"\b(?:lesser|lower)\s+of\s*$"
)
#: After a percent: "…, or (ii) if applicable, the Default Rate".
#: (a list's second option, not "but not less than 5% per annum or the default rate of interest,
#: as applicable", a floor)
_OR_THE_DEFAULT_RATE: Final = r"^[^.;%]{0,80}?\bor\s+\(\w{1,4}\)\s*(?:if\s+applicable,?\s+)?the\s+default\s+(?:interest\s+)?rate\b"

PERCENT_CUES: Final[tuple[Cue, ...]] = (
    # "… during which 18% interest as set forth above shall not accrue": a rate said again, read
    # where it is set
    Cue(
        "rate",
        "after",
        r"^\W{0,3}(?:simple\s+)?interest\s+as\s+(?:set\s+forth|provided|stated)\s+above\b",
        -4,
    ),
    # "… bear simple interest at a rate per annum equal to the lesser of the highest applicable
    # rate or 18%": the whole rate after a default, not a margin over the note's
    Cue(
        "default_rate",
        "lead",
        r"\b(?:default|past[\s-]+due|overdue|from\s+maturity)\b[^.;%]{0,200}\blesser\s+of\b[^.;%]{0,80}\bor\s*$",
        2,
    ),
    # "interest may be charged on the amount delinquent at a rate no more than 3% greater than the
    # interest rate contracted for": a ceiling on what may be charged, not a margin that applies
    Cue("default_margin", "before", r"\b(?:no|not)\s+(?:more|greater)\s+than\s*$", -6),
    Cue("default_rate", "before", r"\b(?:no|not)\s+(?:more|greater)\s+than\s*$", -6),
    Cue("margin", "before", r"\brate\s+(?:of\s+)?(?:no|not)\s+(?:more|greater)\s+than\s*$", -6),
    # "With interest accruing during months 1- 12 at the rate of Twelve (12%) Percent per annum;
    # 2) … during months 13 - 36 at the rate of Eighteen Percent (18%)": a step of a changing rate
    Cue("rate", "before", r"\bduring\s+(?:months?|years?)\s+\d+\s*[-–]\s*\d+\b[^.;]{0,40}$", -6),
    # "The loan will have 0% interest if repaid within sixty (60) days …; if not, … 10%": a rate
    # on a condition
    Cue(
        "rate",
        "after",
        r"^\W{0,3}(?:interest\s+)?if\s+(?:it\s+is\s+|the\s+loan\s+is\s+)?(?:re)?paid\s+within\b",
        -6,
    ),
    # "eighteen percent (18%) per annum for the first six months …; the interest rate will
    # increase each month thereafter", "three percent (3%) per annum, for periods through
    # September 30, 2016, and thereafter …": the first step of a rate that changes
    Cue(
        "rate",
        "after",
        r"^\W{0,3}(?:per\s+annum\s*,?\s+)?for\s+(?:periods\s+through|the\s+period\s+(?:through|ending)"
        r"|the\s+first\s+[\w()\s-]{1,30}?(?:months?|years?|days?))\b",
        -6,
    ),
    # "Upon full occupancy of the retail space …, the interest rate will be reduced to 1-month
    # LIBOR plus one and forty-five hundredths percent (1.45%) per annum": a later step on a
    # condition, not the rate the note bears
    Cue(
        "margin",
        "lead",
        r"\b(?:will|shall)\s+(?:then\s+|thereafter\s+)?be\s+(?:reduced|decreased|lowered)\s+to\b[^.;%]{0,80}$",
        -4,
    ),
    # a floor or a ceiling defined on its own: '“Floor Rate” shall mean a rate of interest equal to
    # five percent (5.00%) per annum'
    Cue("floor", "lead", _rate_defined_as("Floor|Minimum"), 8),
    Cue("cap", "lead", _rate_defined_as("Ceiling|Cap|Maximum"), 8),
    Cue("rate", "lead", _rate_defined_as("Floor|Minimum|Ceiling|Cap|Maximum"), -8),
    # a labelled header: "Interest Rate" then, in its own cell or line, "1.00%"
    Cue(
        "rate",
        "label",
        r"(?:annual\s+|fixed\s+)?interest\s+rate|rate|annual\s+percentage\s+rate",
        5,
    ),
    Cue("rate", "after", r"^\W{0,4}(?:per\s+annum|per\s+year|a\s+year|annually|annual)\b", 2),
    # an old note's "… or order $374.79, at ten per centum from date": interest from the note's day
    Cue("rate", "after", r"^\W{0,3}(?:interest\s+)?from\s+(?:its\s+)?date\b(?!,?\s+if\s+not\b)", 3),
    Cue(
        "rate",
        "before",
        # (and 'at a per annum rate (the "Note Rate") equal to twelve percent (12%)')
        r"(?:rate|interest)(?:\s*\([^()]{0,40}\))?\s+(?:of|at|equal\s+to|shall\s+be)\s*(?:the\s+)?"
        r"(?:lesser\s+of\s*(?:\(i\))?\s*)?$",
        2,
    ),
    Cue("rate", "before", r"(?:interest|rate)\s+(?:at|of)\s+(?:the\s+)?(?:rate\s+of\s+)?$", 1),
    # ("with interest payable quarterly at 8%")
    Cue(
        "rate",
        "before",
        r"\binterest\s+payable\s+(?:quarterly|monthly|annually|semi-?annually)\s+at\s*$",
        4,
    ),
    # "together with interest per annum at nine percent (9%)"
    Cue("rate", "before", r"\binterest\s+(?:per\s+annum|annually|per\s+year)\s+(?:at|of)\s*$", 4),
    Cue("rate", "before", r"\bfixed\s+rate\s+(?:of|equal\s+to)?[^.;%]{0,40}$", 2),
    # "… accruing on and from the date hereof at an annual rate equal to six percent (6%)"
    Cue("rate", "before", r"\b(?:annual|yearly)\s+(?:interest\s+)?rate\s+(?:equal\s+to|of)\s*$", 2),
    # "The interest rate shall be fixed for the term of the loan at twelve percent (12%)"
    Cue("rate", "before", r"\brate\s+shall\s+be\s+fixed\b[^.;%]{0,60}?\bat\s*$", 4),
    Cue(
        "rate",
        "before",
        r"\b(?:rate|percentage)\b[^.;%]{0,40}?\bper\s+annum\s+(?:equal\s+to|of)\s*$",
        3,
    ),
    # (and '“Loan Rate” means six percent (6%)', a note's own name for its rate)
    Cue(
        "rate",
        "before",
        r"[\"“]?(?:interest|loan|note)\s+rate[\"”]?\s+(?:shall\s+mean|means)\b"
        # (not '“Interest Rate” means the “Prime Rate” (as defined below) less .125%': a margin)
        r"(?:(?!\b(?:prime|libor|sofr|index|less|plus|minus|above|below|over|excess)\b)[^.;%]){0,60}$",
        3,
    ),
    Cue("rate", "lead", r"\b(?:bear|accrue|accruing|bearing)\s+(?:simple\s+)?interest\b", 1),
    # "the principal sum of ... ($393,432), with EIGHT percent (8%) interest."
    Cue(
        "rate",
        "after",
        # (and "seven per cent. (payable annually) interest per annum from date")
        r"^\W{0,3}(?:\([^()]{0,30}\)\s*)?(?:simple\s+)?interest\b(?!\s+(?:on|of|rate|above|over|plus))",
        2,
    ),
    Cue("rate", "sentence", r"\binterest\b", 1),
    Cue(
        "rate",
        "after",
        # (a title naming the note by its rate: "8% SUBORDINATED NON-NEGOTIABLE PROMISSORY NOTE")
        r"^\W{0,3}(?:senior\s+|secured\s+|convertible\s+|unsecured\s+"
        r"|subordinated\s+|non-?negotiable\s+)*(?:promissory\s+)?notes?\b",
        5,
    ),
    Cue("rate", "heading", r"interest", 1),
    # "… (6.377%) calculated monthly on a semi-annual basis (the "Interest Rate")"
    Cue(
        "rate",
        "after",
        r"^[^.;()%]{0,60}\(\s*(?:the\s+|each\s+an\s+)?[\"“”]\s*interest\s+rate[\"“”]",
        4,
    ),
    # "accrued at the rate of 0.7% during each calendar month": a monthly rate, not the annual one
    Cue(
        "rate",
        "after",
        _MONTHLY,
        -8,
    ),
    Cue(
        "other",
        "after",
        _MONTHLY,
        4,
    ),
    # ("with interest after maturity at the rate of one per cent. per month": nor a yearly rate
    # after default)
    Cue("default_rate", "after", _MONTHLY, -8),
    Cue("default_margin", "after", _MONTHLY, -8),
    # "with interest before and after maturity at the rate of 10 per cent, per annum": one rate
    # throughout, not one after a default
    Cue("rate", "lead", _BEFORE_AND_AFTER, 5),
    Cue("default_rate", "lead", _BEFORE_AND_AFTER, -5),
    # "Upon an Event of Default …, the interest rate shall increase from 8% per annum to 10% per
    # annum": the first the note's rate, the second the rate after default
    Cue("default_margin", "before", r"\bincrease\s+from\s*$", -8),
    Cue("default_rate", "before", r"\bincrease\s+from\s*$", -8),
    Cue("rate", "before", r"\bincrease\s+from\s*$", 4),
    Cue(
        "default_rate",
        "before",
        r"\bincrease\s+from\s+[^.;%]{1,40}%\s*(?:per\s+annum\s+)?to\s*$",
        6,
    ),
    # an old note's "with ten per cent, interest from maturity": the rate after it falls due
    Cue(
        "rate",
        "after",
        FROM_MATURITY,
        -8,
    ),
    Cue(
        "default_rate",
        "after",
        FROM_MATURITY,
        6,
    ),
    # "… and to pay interest at the rate of eight percent (8%) (so far as the same may be legally
    # enforceable) on all overdue principal and interest": the rate on what is overdue
    Cue("rate", "after", _ON_OVERDUE, -6),
    Cue("default_rate", "after", _ON_OVERDUE, 6),
    # "… eleven percent (11%) per annum (the "Default Rate") after the Maturity Date": named so
    Cue("rate", "after", NAMED_DEFAULT_RATE, -8),
    Cue("default_rate", "after", NAMED_DEFAULT_RATE, 8),
    # (and before it: "with interest from maturity at 12 per cent. per annum until paid")
    Cue("rate", "before", _FROM_MATURITY_AT, -8),
    Cue("default_rate", "before", _FROM_MATURITY_AT, 6),
    # (but not "Deferred interest payments to bear interest from maturity at 8 per cent": the rate
    # on interest paid late)
    Cue("default_rate", "lead", LATE_INTEREST_BEARS, -8),
    # ("… at 7 per cent. per annum, if paid when due; if not so paid, then the interest shall be 10
    # per cent. per annum from date"): the rate if the note is not paid when due
    Cue("rate", "lead", _IF_NOT_PAID, -8),
    Cue("default_rate", "lead", _IF_NOT_PAID, 6),
    # "In case this note is not paid at maturity, it shall bear interest at the rate of ten per cent."
    Cue("rate", "lead", _NOT_PAID_AT_MATURITY, -6),
    Cue("default_rate", "lead", _NOT_PAID_AT_MATURITY, 5),
    Cue("default_rate", "after", _IF_UNPAID_AFTER, 8),
    Cue("rate", "after", _IF_UNPAID_AFTER, -6),
    # "Interest shall accrue … at a daily rate of 12.25%": not a rate per annum
    Cue("rate", "before", r"\b(?:daily|weekly|monthly)\s+rate\s+of\s*$", -8),
    # "These advances were intended as loans which were to be repaid by Maker at 8% interest": the
    # earlier advances' rate, in a recital
    Cue("rate", "lead", r"\bwere\s+to\s+be\s+(?:re)?paid\b[^.;]{0,40}$", -6),
    # ("In no event shall the rate of interest … be less than 1.0% per month": no yearly floor)
    Cue("floor", "after", _MONTHLY, -8),
    Cue(
        "rate",
        "after",
        # (a parenthesis between: "0.0% per annum (computed on the basis of a 360-day year …) in
        # excess of the rate … announced … as its prime or base rate")
        r"^\W{0,4}(?:per\s+annum\s+)?(?:\([^()]{0,80}\)\s*)?(?:above|over|in\s+excess\s+of|below|under)\b",
        -4,
    ),
    # "a rate which is 0% per annum higher than the base commercial rate": a margin (of nothing)
    Cue(
        "rate",
        "after",
        rf"^\W{{0,4}}(?:per\s+annum\s+)?(?:higher|greater)\s+than\s+{_INDEX_WORD}",
        -4,
    ),
    Cue(
        "margin",
        "after",
        rf"^\W{{0,4}}(?:per\s+annum\s+)?(?:higher|greater)\s+than\s+{_INDEX_WORD}",
        5,
    ),
    # "one (1.00) percentage point higher than the effective rate of interest paid by the Lender on
    # the Pledged Account": a margin over another rate, not a fixed rate
    Cue(
        "rate",
        "after",
        r"^\W{0,4}(?:per\s+annum\s+)?(?:higher|greater|more)\s+than\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}rate\b",
        -6,
    ),
    Cue(
        "margin",
        "after",
        r"^\W{0,4}(?:per\s+annum\s+)?(?:higher|greater|more)\s+than\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}rate\b",
        5,
    ),
    # "two percent (2%) plus the prime interest rate": a margin written before its index
    Cue("rate", "after", rf"^\W{{0,3}}(?:per\s+annum\s+)?plus\s+{_INDEX_WORD}", -4),
    # the lawful maximum ("the Maximum Rate shall never exceed 18.00%"): not the contract rate
    Cue("rate", "before", MAXIMUM_RATE, -5),
    Cue("other", "before", MAXIMUM_RATE, 5),
    # the rate in effect today because of a floor or an index's level: an initial rate
    Cue(
        "initial",
        "lead",
        r"\b(?:in\s+effect|effective)\s+(?:as\s+of|on)\s+the\s+date\s+(?:hereof|of\s+this\s+note)"
        r"\b[^.;]{0,200}$",
        6,
    ),
    Cue(
        "margin",
        "after",
        # ("250 basis points (2.50%) above the thirty day LIBOR rate": the figure repeated;
        # "one-half percent (.5%) per annum ("Increment") above the following Index")
        rf"^\W{{0,3}}(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:per\s+annum\s+)?"
        r"(?:\(\s*[\"“][^\"”]{1,30}[\"”]\s*\)\s*|\([^()]{0,80}\)\s*)?"
        rf"(?:above|over|in\s+excess\s+of|plus)\s+{_INDEX_WORD}",
        5,
    ),
    Cue(
        "margin",
        "before",
        # (an index's level today between: "WSJ Prime (currently 8.00%) plus")
        r"(?:prime|libor|sofr|base\s+(?:loan\s+)?rate|index(?:\s+rate)?"
        # ("at the Prime Lending Rate of Interest (as defined in the Loan Agreement … [the "Loan
        # Agreement"]) plus three hundred basis points (3.0%)": where it is defined, between)
        r"|federal\s+rate|national\s+prime\s+rate|rate\)?)(?:\s+of\s+interest)?"
        r"(?:\s*\([^()]{0,40}\)|\s*\(\s*as\s+defined\b[^()]{0,200}\))?[^;%]{0,80}?(?:plus|\+)\s*"
        r"(?:\(\w{1,4}\)\s*)?(?:a\s+margin\s+of\s+)?"  # "the sum of (i) the LIBOR Rate …, plus (ii) 170 basis points"
        # ("the Wall Street Journal Prime Interest Rate** plus one (1.00%) percentum": its words
        # before the figure)
        r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:[\s-]+(?:and\s+)?[a-z]+){0,3}\s*\(\s*)?$",
        6,
    ),
    Cue("margin", "before", r"\b(?:spread|margin)\b[^.;%]{0,30}$", 2),
    # "a fluctuating rate equal to the LIBOR Rate adjusted for Federal Reserve Board requirements
    # and similar assessments, if any, imposed upon Lender from time to time plus three and
    # one-half percent (3.50%) per annum": the index qualified at length before its margin
    Cue(
        "margin",
        "lead",
        r"\b(?:fluctuating|floating|variable)\s+rate\s+(?:per\s+annum\s+)?equal\s+to\s+(?:the\s+)?"
        r"(?:[\w\"“”-]+\s+){0,3}?(?:LIBOR|prime|SOFR|base)\b[^;%]{0,200}?\bplus\s*"
        r"(?:[a-z]+[\s-]+){0,4}\(?\s*$",
        6,
    ),
    # Laser Pro's "… as published in the Money Rate Section of the Wall Street Journal (currently
    # 3.250%), plus a margin of 1.500 percentage points": the index's level today, then the margin
    Cue(
        "margin",
        "before",
        r"\(\s*currently\s+[\d.]+\s*%\s*\)\s*,?\s*plus\s+(?:a\s+margin\s+of\s+)?$",
        6,
    ),
    # "… the three month LIBOR RATE plus nine hundred ten (910) basis points from time to time
    # after maturity, whether by acceleration or otherwise": the margin after a default
    Cue("margin", "after", r"^[^.;%]{0,60}?\bafter\s+(?:the\s+)?maturity\b", -6),
    # an old note's "with ten per cent, interest from date, if not paid when due": the rate only
    # if the note is not paid when due
    Cue("rate", "after", r"^[^.;]{0,40}?\bif\s+not\s+paid\s+(?:when\s+due|at\s+maturity)\b", -6),
    Cue(
        "default_rate",
        "after",
        r"^[^.;]{0,40}?\bif\s+not\s+paid\s+(?:when\s+due|at\s+maturity)\b",
        6,
    ),
    # "interest at the rate of eight percent per annum payable only after maturity": the rate
    # after the note falls due, not before
    Cue(
        "rate",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:payable\s+)?only\s+(?:from\s+and\s+)?after\s+(?:the\s+)?maturity\b",
        -8,
    ),
    # "the lesser of (a) the Base Rate … or, (b) The Base Rate plus four percent (4%), (the
    # "Maximum Rate")": a ceiling the note names, not the margin it pays
    Cue(
        "margin",
        "after",
        r"^\W{0,4}\(\s*the\s+[\"“](?:Maximum|Highest|Ceiling)\s+(?:Lawful\s+)?Rate[\"”]",
        -8,
    ),
    # "the sum of (i) the greater of (A) the Prime Rate and (B) three and one-quarters percent
    # (3.25%), plus (ii) eight percent (8.00%)": a margin over a floored index
    Cue(
        "margin",
        "before",
        r"\b(?:greater|higher)\s+of\s+(?:\(\w{1,4}\)\s*)?(?:the\s+)?(?:prime|libor|sofr|index)\b"
        r"(?:[^;.]|\.\d){0,160}?,?\s*plus\s+(?:\(\w{1,4}\)\s*)?$",
        6,
    ),
    # "the aggregate of (x) the Prime Rate, and (y) one (1%) percent per annum"
    Cue(
        "margin",
        "before",
        r"\b(?:aggregate|sum)\s+of\b[^;%]{0,40}?(?:prime|libor|sofr|base\s+(?:loan\s+)?rate"
        # ("the sum of LIBOR and a margin of one and one-quarter percent")
        r"|index)[^;%]{0,20}?\band\s+(?:\(\w{1,4}\)\s*)?(?:a\s+margin\s+of\s+)?$",
        6,
    ),
    # "the sum of: (A) three and three-quarters percent (3.75%) and (B) the LIBOR Rate": the
    # margin named first
    Cue("margin", "before", r"\b(?:aggregate|sum)\s+of\s*:?\s*(?:\(\w{1,4}\)\s*)?$", 3),
    # "equal to the sum of (a) the rate published … as the "prime" rate, …, and (b) 0.375%"
    Cue(
        "margin",
        "lead",
        r"\b(?:aggregate|sum)\s+of\s*:?\s*\((?:a|i|1)\)[^;%]{0,400}?(?:prime|libor|sofr|index|base)"
        r"[^;%]{0,300}?\band\s+\((?:b|ii|2)\)\s*$",
        5,
    ),
    Cue(
        "margin",
        "after",
        # (or "the sum of (i) one (1 %) percent per annum plus (ii) the Prime Rate")
        rf"^\W{{0,3}}(?:per\s+annum\s+)?(?:and|plus)\s+(?:\(\w{{1,4}}\)\s*)?{_INDEX_WORD}",
        3,
    ),
    # "adjusted by adding a margin of 2.5000 percentage points to the index"
    Cue("margin", "after", r"^\W{0,3}to\s+the\s+index\b", 4),
    # "1.0% per annum above the rate announced from time to time by the Bank as its "prime" rate"
    Cue(
        "margin",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus)\s+the\s+(?:interest\s+)?rate"
        # ("1% per annum above the rate of interest designated by the Bank … as its “Reference Rate”")
        r"(?:\s+of\s+interest)?"
        r"\s+(?:publicly\s+)?(?:announced|published|quoted|established|designated)\b[^.;%]{0,80}?"
        r"\bas\s+its\s+[\"“]?(?:prime|base|reference)",
        5,
    ),
    # … or, past what the context after it shows, "1% per annum above the rate of interest
    # designated by the Bank, and in effect from time to time, as its “Reference Rate”"
    Cue(
        "margin",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus)\s+the\s+(?:interest\s+)?rate"
        r"(?:\s+of\s+interest)?\s+(?:publicly\s+)?(?:announced|published|quoted|established|designated)"
        r"\s+(?:from\s+time\s+to\s+time\s+)?by\s+(?:the\s+)?(?:bank|lender|holder|payee)\b",
        5,
    ),
    Cue("margin", "before", r"\[\s\]\s*[^\[\]\n]{0,60}$", -8),
    Cue("margin", "unticked", "", -8),
    # A negative margin: "the Prime Rate ... minus 3%", "two percent (2%) below the Prime Rate".
    Cue(
        "margin_below",
        "before",
        r"(?:prime|libor|sofr|base\s+(?:loan\s+)?rate|index(?:\s+rate)?|rate)[\"”)\s]*"
        r"[^;%]{0,80}?\b(?:minus|less)(?:\s+a\s+margin\s+of)?\s*$",  # ("minus a margin of 1/2%")
        6,
    ),
    Cue(
        "margin_below",
        "after",
        rf"^\W{{0,3}}(?:per\s+annum\s+)?(?:below|under|less\s+than)\s+{_INDEX_WORD}",
        5,
    ),
    Cue(
        "margin",
        "before",
        r"(?:prime|libor|sofr|base\s+(?:loan\s+)?rate|index(?:\s+rate)?)[\"”]?"
        r"[^;%]{0,80}?(?:plus|\+)\s+[a-z\s-]{1,60}(?:percent|per\s+cent)\s*\(\s*$",
        6,
    ),
    # (not "The Applicable Interest Rate shall be equal to one-half percent (.5%) … above the
    # following Index": the rate being defined, not a rate something is added to)
    # (but "at an interest rate of 1.750 percentage points over the Index": the rate's margin)
    Cue(
        "margin",
        "before",
        _NOT_FLOATING + RELATIVE + _BEING_DEFINED + r"(?!\s+of\s*$)" + _NO_INDEX_BETWEEN,
        -6,
    ),
    Cue("margin", "default", "", -3),
    Cue("default_margin", "default", "", 3),
    Cue("default_margin", "before", r"(?:plus|\+|an\s+additional|additional)\s*$", 2),
    # ('“Default Rate” means an annual interest rate equal to 4 percentage points above the Fixed
    # Interest Rate': what is added, not the rate)
    Cue(
        "default_margin",
        "after",
        # (the note's own rate, not an index: "2% above the Prime Rate" is a floating margin)
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus|greater\s+than|more\s+than)"
        r"\s+(?:the\s+)?(?:(?:fixed|stated|applicable|regular|contract|note)\s+)?(?:interest\s+)?rate\b"
        r"(?!\s+(?:of|announced|published|quoted|established|designated)\b)",
        3,
    ),
    # a form's ceiling on its rate: "Under no circumstances will the interest rate on this Note
    # exceed (except for any higher default rate shown below) the lesser of 21.000% per annum or
    # the maximum rate allowed by applicable law" (not the rate, nor the rate after a default)
    Cue("default_rate", "lead", _EXCEED_THE_LESSER_OF, -8),
    Cue("default_margin", "lead", _EXCEED_THE_LESSER_OF, -8),
    Cue("rate", "lead", _EXCEED_THE_LESSER_OF, -4),
    # (not a ceiling on it: "a rate no more than 3% greater than the interest rate contracted for")
    Cue(
        "default_margin",
        "before",
        r"\b(?:no|not)\s+(?:more|greater)\s+than\s*$|\bup\s+to\s*$|\bnot\s+(?:to\s+)?exceed(?:ing)?\s*$"
        r"|\bat\s+most\s*$",
        -4,
    ),
    # "… the Prime Rate plus one percent (1%)" after a default: a margin over an index, not over
    # the note's rate (offered by the default rule)
    Cue("default_margin", "before", OVER_AN_INDEX, -5),
    Cue(
        "default_margin",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of"
        r"|plus|greater\s+than)\b",
        2,
    ),
    Cue(
        # (not "at an interest rate of ten percent": the rate itself, nothing added to a rate)
        "default_margin",
        "before",
        _NOT_FLOATING + RELATIVE + _BEING_DEFINED + r"(?!\s+of\s*$)" + _NO_INDEX_BETWEEN,
        3,
    ),
    # "… and (b) five percent (5%) (the “Contract Rate”)": a percent named as the note's rate
    Cue(
        "rate",
        "after",
        r"^\W{0,4}\(\s*(?:the\s+)?[\"“](?:contract|note|interest|applicable|stated)\s+"
        r"(?:interest\s+)?rate[\"”]\s*\)",
        6,
    ),
    # "at the rate of 6.21%, which rate is not less than the minimum rate established pursuant to
    # Section 1274(d) of the Internal Revenue Code": the rate, said to pass a tax test
    Cue(
        "rate",
        "after",
        r"^\W{0,3}(?:per\s+annum\s*)?,?\s*which\s+rate\s+is\s+(?:not\s+less\s+than|at\s+least)\s+"
        r"the\s+(?:minimum|applicable\s+federal)\s+rate\b",
        5,
    ),
    # ("… Index Rate, [ ] plus |X| minus 0.750 percentage points ("Note Rate")": a margin)
    Cue("rate", "before", r"\b(?:plus|minus)\s*$", -6),
    # a header's "Interest Rate: 6.270%" is the note's rate, not a margin over it
    # (and a loan terms table's "Note Rate: 5.795%")
    Cue("default_margin", "before", r"\b(?:interest|note|contract)\s+rate\s*:\s*$", -6),
    Cue("rate", "before", r"(?:^|\s)(?:interest|note|contract)\s+rate\s*:\s*$", 4),
    Cue(
        "default_margin",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of)"
        r"\s+(?:the\s+)?(?:" + RELATIVE + r")",
        3,
    ),
    # '"DEFAULT RATE" shall mean … the lesser of (i) five percent (5%) per annum plus the Interest
    # Rate, and (ii) the Maximum Rate': a margin added to the note's rate, not the rate itself
    Cue(
        "default_margin",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?plus\s+(?:the\s+)?(?:" + RELATIVE + r")",
        5,
    ),
    Cue(
        "default_rate",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:plus|above|over|in\s+excess\s+of)\s+(?:the\s+)?(?:"
        + RELATIVE
        + r")",
        -8,
    ),
    Cue("default_rate", "default", "", 3),
    # ("All past due principal and interest … shall bear interest after maturity … at … the rate
    # of 18 percent per annum": the rate after a default, not the note's)
    Cue("rate", "default", "", -4),
    Cue("default_rate", "before", r"\bdefault\s+rate\b[^.;%]{0,30}$", 3),
    Cue("default_rate", "before", DEFAULT_RATE_DEFINED, 6),
    # a labelled header: "Default Interest Rate" then "7%"
    Cue("default_rate", "label", r"default\s+(?:interest\s+)?rate", 8),
    # a farm lender's form: "DEFAULT ADD-ON RATE: 2.00% will be added to the interest rate that
    # would otherwise be in effect for this loan, if Borrowers default"
    Cue(
        "default_margin",
        "label",
        r"default\s+(?:add[\s-]?on|additional|margin)(?:\s+(?:interest\s+)?rate)?",
        8,
    ),
    # the Texas form's "Annual Interest Rate on Matured, Unpaid Amounts: Eighteen Percent (18%)"
    Cue(
        "default_rate",
        "before",
        r"\brate\s+on\s+matured,?\s+(?:and\s+)?unpaid\s+amounts\s*:?\s*(?:[A-Za-z,\s-]{0,40}\(\s*)?$",
        8,
    ),
    # ("Annual Interest Rate on Matured, Unpaid Amounts: Eighteen Percent (18%)")
    Cue(
        "default_rate",
        "before",
        r"\brate\s+on\s+(?:matured|past[\s-]+due|overdue)\b[^.;%]{0,30}:\s*$",
        6,
    ),
    # "any unpaid principal after the Due Date shall accrue interest at a rate of 18% annually"
    Cue("default_rate", "lead", r"\bafter\s+the\s+(?:due|maturity)\s+date\b[^.;]{0,80}$", 6),
    Cue("rate", "lead", r"\bafter\s+the\s+(?:due|maturity)\s+date\b[^.;]{0,80}$", -4),
    Cue("rate", "before", DEFAULT_RATE_DEFINED, -4),
    Cue("default_rate", "after", r"^\W{0,4}(?:per\s+annum|per\s+year)\b", 1),
    # "interest on any overdue payment of principal and interest … at 7.81%": a rate, nothing
    # said to be added to one
    Cue(
        "default_rate",
        "lead",
        r"\binterest\s+on\s+(?:any\s+|all\s+)?(?:overdue|past[\s-]+due|delinquent)\b[^.;%]{0,120}"
        r"\bat\s*$",
        2,
    ),
    # "Any amount of overdue principal shall bear interest, payable on demand, for each day until
    # paid at a fixed rate per annum of fifteen percent (15.0%)": the rate on what is overdue,
    # though a scan ran its sentence into the note's rate before it
    Cue("default_rate", "before", OVERDUE_BEARS_INTEREST, 6),
    Cue("rate", "before", OVERDUE_BEARS_INTEREST, -4),
    # "... shall become twelve percent (12%) (the "Default Rate")": a rate, not a margin
    Cue("default_rate", "after", r"^\W{0,4}\(?\s*(?:the\s+)?[\"“]?default\s+rate\b", 4),
    Cue("default_rate", "before", r"\b(?:become|increase(?:d)?\s+to|be\s+raised\s+to)\s*$", 2),
    # "Any sum … not paid when due shall bear interest … at the lesser of 18% or the Highest
    # Lawful Rate … (… the “Default Rate”)": a rate, capped, not a margin
    Cue("default_rate", "before", r"\bat\s+the\s+lesser\s+of\s*$", 2),
    # ("… the higher of (a) … LIBOR plus 170 basis points, or (b) 3.30% per annum")
    Cue("floor", "before", r"(?:greater|higher)\s+of\b[^;%]{0,160}?\bor\s*(?:\(\w{1,4}\)\s*)?$", 5),
    # "the greater of: (a) the prime rate as published … in The Wall Street Journal …, plus two and
    # one-half percent (2.5%), or (b) six percent (6%) per annum": an index plus its margin, or a
    # floor (however long the index's description; "wide" reads past the colon)
    # "The fee shall be the greater of Yield Maintenance or 1% of the outstanding principal
    # balance": the least a premium may be, not the premium
    Cue(
        "premium",
        "before",
        r"\b(?:greater|higher)\s+of\s+(?:a\s+|the\s+)?yield\s+maintenance\b[^.;%]{0,40}$",
        -8,
    ),
    Cue("floor", "wide", _GREATER_OF_INDEX_PLUS, 5),
    Cue("rate", "wide", _GREATER_OF_INDEX_PLUS, -3),
    Cue("floor", "lead", GREATER_OF_INDEX_OR, 5),
    Cue("rate", "lead", GREATER_OF_INDEX_OR, -3),
    # ("… the greater of (a) the Prime Referenced Rate plus the Applicable Margin, or (b) six
    # percent (6.0%) per annum": its "per annum" says what a floor is, not the note's rate)
    Cue("rate", "before", r"(?:greater|higher)\s+of\b[^;%]{0,160}?\bor\s*(?:\(\w{1,4}\)\s*)?$", -3),
    # "the greater of [i] six percent (6%) or [ii] one percent (1%) in excess of the Prime Rate"
    # ("… equal to the greater of:" then "(i) six and three-quarters percent (6.75%), or")
    Cue("floor", "before", r"(?:greater|higher)\s+of\s*:?\s*(?:\[\w{1,4}\]|\(\w{1,4}\))?\s*$", 4),
    # ("at the greater of (i) twelve percent (12%) per annum, compounded monthly, or (ii) if
    # applicable, the Default Rate": the rate, or the rate after a default, not a floor)
    Cue("floor", "after", _OR_THE_DEFAULT_RATE, -6),
    Cue("rate", "after", _OR_THE_DEFAULT_RATE, 4),
    # ("the greater of: (i) TWO PERCENT (2%) above the Prime Rate, … or (ii) …"): the first
    # option's margin over the index, not the floor
    Cue(
        "floor",
        "after",
        r"^\W{0,3}(?:per\s+annum\s+)?(?:above|over|plus|in\s+excess\s+of)\s+(?:the\s+)?"
        r"(?:prime|libor|sofr|index|base|reference)\b",
        -5,
    ),
    # "At 8 per cent per annum or 3 per cent over the published New York prime interest rate,
    # whichever is higher": a level the rate over the index may not fall below
    Cue("floor", "after", _OR_OVER_INDEX_WHICHEVER_HIGHER, 5),
    Cue("rate", "after", _OR_OVER_INDEX_WHICHEVER_HIGHER, -3),
    # "… the Interest Rate shall not at any time be less than seven percent (7.0%) per annum": the
    # note's own rate held above a level
    Cue(
        "floor",
        "lead",
        r"\b(?:interest\s+rate|rate\s+of\s+interest)\b[^.;%]{0,100}?\bless\s+than\s*$",
        3,
    ),
    # "Interest accruing on the principal balance outstanding hereunder shall never accrue at a
    # rate less than five (5%) percent per annum"
    Cue(
        "floor",
        "before",
        # (and "but in no instance shall this note bear a rate of interest less than (ten) 10%")
        r"\b(?:never|not|in\s+no\s+(?:event|instance|case))\b[^.;%]{0,60}?\brate"
        r"(?:\s+of\s+interest)?\s+(?:\([^()]{0,30}\)\s*)?(?:less|lower)\s+than\s*(?:\(\w+\)\s*)?$",
        5,
    ),
    # "“Capped Interest Rate” means Six and twenty-five hundredths percent (6.25%) per annum"
    Cue(
        "cap",
        "before",
        r"[\"“]\s*(?:capped|maximum|ceiling|cap)\s+(?:interest\s+)?rate\s*[\"”]\s+means\s*$",
        8,
    ),
    Cue(
        "floor",
        "before",
        r"[\"“]\s*(?:floor|minimum)\s+(?:interest\s+)?rate\s*[\"”]\s+means\s*$",
        8,
    ),
    Cue(
        "rate",
        "before",
        r"[\"“]\s*(?:capped|maximum|ceiling|cap|floor|minimum)\s+(?:interest\s+)?rate\s*[\"”]\s+means\s*$",
        -5,
    ),
    # Laser Pro: "The interest rate will not increase above 18.000%."
    Cue("cap", "before", r"\binterest\s+rate\s+will\s+not\s+increase\s+above\s*$", 6),
    Cue(
        "floor",
        "before",
        r"\b(?:floor|minimum\s+(?:interest\s+)?rate"
        r"|(?:not|never|nor)\s+(?:ever\s+)?(?:at\s+any\s+time\s+)?(?:be\s+|fall\s+|go\s+)?(?:less\s+than|below)"
        r"|in\s+no\s+event\s+(?:be\s+)?less\s+than|at\s+least"
        r"|(?:in\s+no\s+event|at\s+no\s+time),?\s+(?:shall|will)\s+[^.;%]{0,80}?\bbe\s+less\s+than)\b"
        r"[^.;%]{0,20}$",
        5,
    ),
    # "... unless Prime is at least six percent (6%)": a condition on the index, not a floor
    Cue("floor", "before", r"\b(?:prime|index|libor|sofr)(?:\s+rate)?\s+is\s+at\s+least\s*$", -6),
    Cue(
        "cap",
        "before",
        r"\b(?:not\s+(?:to\s+)?exceed|maximum\s+(?:interest\s+)?rate\s+of"
        r"|in\s+no\s+event\s+(?:be\s+)?(?:more|greater|higher)\s+than|capped\s+at)\b[^.;%]{0,20}$",
        5,
    ),
    # a value stated under a condition ("If the Prime Rate is greater than 6%, ... a floor of
    # 6%") is not the note's unconditional term
    Cue("floor", "lead", r"^\W*if\b", -2),
    # (a level in the rate after a default or maturity: "After maturity, … 18% per annum or 5 per
    # cent over the prime rate of Bank, whichever is higher")
    Cue("floor", "default", "", -5),
    Cue("cap", "lead", r"^\W*if\b", -2),
    Cue("margin", "lead", r"^\W*if\b", -2),
    # ("a late or collection charge equal to ten percent (10%) of the amount of such unpaid …")
    Cue(
        "late_charge",
        "sentence",
        r"\blate\s+(?:or\s+collection\s+)?(?:charge|fee|payment\s+(?:charge|fee))",
        7,
    ),
    # ("A late payment of 5% of any principal or interest payment made more than 10 days after
    # the due date thereof shall be due with any such late payment": a charge so named)
    Cue("late_charge", "lead", r"\ba\s+late\s+payment\s+of\s*$", 7),
    # "In the event the principal payment … is not paid within 10 days of the due date Borrower
    # shall be charged an additional one-time charge of 5% of the then due payment"
    Cue(
        "late_charge",
        "lead",
        r"\bnot\s+(?:be\s+)?paid\s+within\s+[\w-]+\s*(?:\(\d+\)\s*)?days\b[^.;]{0,120}"
        r"\bcharge\s+of\s*$",
        8,
    ),
    # "In addition to any late payment charge which may be due under this Note, if … not paid …
    # at a rate … plus 5%": default interest beside a late charge, not the charge
    Cue(
        "late_charge",
        "sentence",
        r"\bin\s+addition\s+to\s+(?:any|the)\s+late\s+(?:payment\s+)?(?:charges?|fees?)\b",
        -7,
    ),
    Cue(
        "premium",
        "lead",
        r"\bprepayment\s+(?:premium|fee|penalty|charge)|\bpremium\s+"
        r"(?:equal\s+to|of)\b|\byield\s+maintenance",
        7,
    ),
    Cue(
        "index_level",
        "before",
        r"\b(?:currently|initial(?:ly)?\b[^.;%]{0,40}?\bis|is\s+currently"
        r"|at\s+present)\s*(?:set\s+at\s*)?$",
        8,
    ),
    Cue("index_level", "after", r"^\W{0,3}at\s+(?:December|June|March|September)\b", 8),
    # a rate for a first period only ("5.000 % per year until 01-18-2013, then ..."): initial
    Cue(
        "initial",
        "after",
        # (not "8% per annum until paid (subject to adjustment as set forth in the Loan
        # Agreement)": until the debt is paid, at the one rate)
        r"^\W{0,4}(?:per\s+(?:annum|year)\s+)?(?:until|through)\b(?!\s+(?:paid|repaid)\b)[^.;%]{0,60}?"
        r"\b(?:variable|change|adjust|thereafter|then)",
        6,
    ),
    # "The Stated Interest Rate shall be equal to 10% per annum until the first anniversary of the
    # date of this Note and, if …": the first step of a rate that changes
    Cue(
        "initial",
        "after",
        r"^\W{0,4}(?:per\s+(?:annum|year)\s+)?until\s+the\s+(?:first|second|third|\d(?:st|nd|rd|th))"
        r"\s+anniversary\b",
        7,
    ),
    # "plus a service fee equal to one-quarter of one percent (0.25%) per annum": a fee, not interest
    Cue("rate", "before", FEE_OF, -8),
    Cue("initial", "before", r"\binitial(?:ly)?\s+(?:interest\s+)?rate\b[^.;%]{0,30}$", 4),
    # "… shall accrue from the date hereof until December 31, 2002 at the rate of seven percent"
    Cue(
        "initial",
        "lead",
        r"\buntil\s+(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December)\s+\d{1,2},?\s+\d{4},?\s+at\s+(?:the|a)\s+rate\s+of\s*$",
        6,
    ),
    # "the Initial Interest Rate of 7.050 percent per annum, with interest thereafter at the rate
    # provided in the interest rate option specified below"
    Cue(
        "initial",
        "after",
        r"^\W{0,4}(?:per\s+(?:annum|year)\s*)?,?\s*with\s+(?:interest\s+)?thereafter\b",
        5,
    ),
    # "being equal to 8.77% per annum and will be adjusted on the …": the rate until it changes
    Cue(
        "initial",
        "after",
        r"^\W{0,4}(?:per\s+(?:annum|year)\s*)?,?\s*(?:and|which)\s+(?:will|shall|may)\s+"
        r"(?:thereafter\s+)?(?:be\s+)?(?:adjust|change|reset|increase|decrease)",
        6,
    ),
    # "From the date hereof until the first Adjustment Date (as herein defined) the Loan Interest
    # Rate shall be EIGHT AND 250/1000 percent per annum"; "From the Disbursement Date to March
    # 1, 2018 (the “Interest Adjustment Date”), interest will accrue … at the rate of"
    Cue(
        "initial",
        "lead",
        r"\b(?:until|to|through)\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4},?\s+\(\s*)?the\s+[\"“]?"
        r"(?:first\s+)?(?:interest\s+)?(?:rate\s+)?(?:adjustment|change|reset)\s+date\b[^.;]{0,200}$",
        6,
    ),
    # a Laser Pro schedule's "24 monthly consecutive interest payments, beginning April 1, 2004,
    # with interest calculated … at an interest rate of 7.000% per annum; 335 monthly consecutive
    # principal and interest payments … at an interest rate based on the … PRIME RATE": the rate
    # of the first payments only
    Cue(
        "initial",
        "lead",
        r"\b\d+\s+(?:monthly|quarterly)\s+consecutive\s+interest\s+payments\b[^.;%]{0,200}"
        r"\bat\s+an\s+interest\s+rate\s+of\s*$",
        8,
    ),
    # "I will pay interest for the first six (6) months of this loan at a yearly rate of 10.00%"
    Cue(
        "initial",
        "lead",
        r"\bfor\s+the\s+first\s+(?:[\w-]+\s+){0,2}(?:\(\d+\)\s+)?(?:months?|years?|days?)\b"
        r"[^.;]{0,60}$",
        6,
    ),
    Cue(
        "other",
        "sentence",
        r"\bconver|\bdiscount\b|\bshares\b|\bstock\b|\bwarrant|\bequity\b"
        r"|\bownership\b|original\s+issue",
        3,
    ),
    Cue("other", "after", r"^\W{0,3}of\s+(?:the\s+)?(?:outstanding\s+)?(?:shares|stock|voting)", 4),
)

#: A defined term that names the installment ('"Monthly Amount" shall be the sum of').
_DEFINED_INSTALLMENT: Final = (
    r"[\"“](?:monthly|quarterly|semi-?annual|annual)\s+(?:amount|payment|installment)[\"”]\s+"
    r"(?:shall\s+(?:be|mean)|means|is)\b[^.;$]{0,160}$"
)
#: Each payment of principal and interest by its amount ("to pay principal and interest in the
#: aggregate amount of").
_P_AND_I_AMOUNT: Final = (
    r"\bprincipal\s+and\s+interest\s+in\s+the\s+(?:aggregate\s+)?amount\s+of\s*$"
)
#: A recital of another note the parties made before ("WHEREAS, Borrower executed and delivered
#: to Bank a Promissory Note With Revolving Feature dated as of January 16, 2008 in the maximum
#: principal amount of … ($8,000,000.00)"): its date and amount are that note's.
RECITED_NOTE: Final = (
    r"\bWHEREAS\b(?:(?!\bthis\s+note\b)[^;])*?\b(?:executed|issued|made)\s+(?:and\s+delivered\s+)?"
    r"(?:to\s+(?:the\s+)?\w+\s+)?(?:an?|that\s+certain|its)\s+(?:[\w-]+\s+){0,5}notes?\b"
    # ("WHEREAS, Lender is the present owner and holder of that certain Consolidated Amended and
    # Restated Note, dated as of …, made by Borrower …")
    r"|\bWHEREAS\b(?:(?!\bthis\s+note\b)[^;])*?\b(?:owner|holder)\s+(?:and\s+holder\s+)?of\s+"
    r"(?:an?|that\s+certain)\s+(?:[\w-]+\s+){0,5}notes?\b"
)

#: A court's narrative of how the note came to be: "the note was executed at …, on", "defendants
#: executed a cognovit note, on".
COURT_ACCOUNT: Final = (
    r"\b(?:the|said|this|a|such)\s+(?:[\w-]+\s+){0,2}note\s+(?:was|were)\s+(?:executed|made|signed|given|delivered)\b[^.;]{0,80}$"
    r"|\b(?:defendants?|plaintiffs?|appellants?|appellees?|respondents?|petitioners?|he|she|they)\s+"
    r"(?:\w+\s+){0,2}(?:executed|signed|made|gave|delivered)\s+(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}note\b[^.;]{0,80}$"
)

#: A court's account of what befell a note after it was made (see :data:`DATE_CUES`).
_AFTERWARDS: Final = (
    r"\b(?:became\s+insolvent|failed|closed\s+its\s+doors|was\s+closed"
    r"|(?:action|suit)\s+was\s+(?:begun|brought|commenced|filed)"
    r"|presented\s+(?:said|the|this)\s+(?:certificate|note))\b[^.;]{0,80}$"
)

#: A sum changed by an amendment ("is hereby increased by … from … to …").
_CHANGED: Final = r"(?:increased|decreased|reduced|amended|changed|modified)"
#: The words before the sum an amendment changes, or the sum it changes by: "increased by Two
#: Hundred Thousand Dollars ($200,000) from the current principal amount of".
AMOUNT_CHANGED_FROM: Final = (
    rf"\b{_CHANGED}\b[^.;]{{0,240}}?\b(?:by|from)\s+[^$().;]{{0,120}}\(?\s*$"
)

MONEY_CUES: Final[tuple[Cue, ...]] = (
    Cue("commitment", "lead", RECITED_NOTE, -8),
    # "… in the amount of Forty Thousand Dollars ($40,000.00), which is the maximum amount to be
    # loaned"
    Cue(
        "commitment",
        "after",
        r"^\W{0,3},?\s*which\s+is\s+the\s+maximum\s+(?:principal\s+)?amount\b",
        6,
    ),
    # "the original amount loaned in June 2010, in the sum of $40,019 plus accrued interest": the
    # loan the note restates, not its principal
    Cue(
        "commitment",
        "before",
        r"\boriginal\s+amount\s+(?:loaned|advanced|borrowed)\b[^.;$]{0,60}$",
        -8,
    ),
    # "the amount of Fifty Thousand Dollars ($50,000.00) (the “Principal”)": the note names it
    Cue(
        "commitment",
        "after",
        r"^\W{0,3}\(\s*(?:the\s+)?[\"“](?:Principal|Principal\s+(?:Amount|Sum)|Loan\s+Amount)[\"”]\s*\)",
        6,
    ),
    # "Maker shall pay Five Thousand and No/100 Dollars ($5,000.00) per month commencing on …"
    Cue(
        "installment",
        "after",
        r"^\W{0,3}(?:per|each|a)\s+(?:calendar\s+)?month,?\s+(?:commencing|beginning|starting)\b",
        3,
    ),
    # "Two months after date I promise to pay to the order of John Wagner five hundred dollars"
    Cue(
        "commitment",
        "before",
        # (and "… to the order of Seymour, Sabin & Co. $150", "… to pay Joseph Griffin, or to his
        # order, $2000", "… the Maplebay Wind Stacker Company of Crookston, Minnesota, Two …")
        # ("… to tbe order of W. H. Gillenwater at Montezuma Trust Company six thousand …": the
        # scan's "tbe", and the place of payment after the payee)
        # (and two payees: "… to the order of Erich Poehnert and Lizzie Poehnert Two Thousand …")
        r"\bpromises?\s+to\s+pay\s+(?:to\s+)?(?:t[hb]e\s+order\s+of\s+)?(?:the\s+)?"
        # (or "… to the order of myself, nineteen hundred seventeen …": the maker's own order)
        r"(?:(?-i:(?:(?:[A-Z][\w.&'’-]*|&|of|and|d/b/a),?\s+){1,8})|(?:myself|ourselves),?\s+)"
        # ("… to pay to Alpine Aviation, Inc., d/b/a Alpine Air, of 3450 W. Mike Jense Pkwy.,
        # Provo, Utah 84603, One Million and No/100 Dollars": the payee's address)
        r"(?:of\s+\d[^$;]{0,80}?\b\d{5}(?:-\d{4})?,?\s+)?"
        # ("… to the order of John Smith, at the office of the First National Bank of Centralia,
        # five hundred dollars")
        r"(?:at\s+(?:the\s+)?(?:(?:office|banking\s+house|store)\s+of\s+(?:the\s+)?)?"
        r"(?-i:(?:(?:[A-Z][\w.&'’-]*|&|of),?\s+){1,6}))?"
        # ("… to pay L. S. Naftzger, his heirs or assigns, fifteen thousand …")
        r"(?:(?:his|her|their|its)\s+(?:heirs|executors|successors)(?:,?\s+(?:or|and)\s+"
        r"(?:assigns|administrators))*,?\s+)?"
        # ("… to Henry S. Long, as trustee, or order, thirteen thousand …": the payee's office)
        # ("… to the order of John A. Middleton, executor and trustee of R. Swearingen’s estate,
        # Twenty Five Hundred Dollars")
        r"(?:(?:as\s+)?(?:trustee|agent|executor|executrix|administrator|guardian)\b"
        r"(?:\s+and\s+(?:trustee|executor|executrix|administrator))?"
        r"(?:\s+of\s+(?:the\s+)?[^,;$]{1,60}?\b(?:estate|will|trust)\b)?,?\s+)?"
        # ("… to the order of the Vanora Townsite Company, a corporation, three thousand …")
        # (and "… to the order of Powin Corporation, a Nevada corporation, ONE HUNDRED …")
        r"(?:an?\s+(?-i:(?:[A-Z][a-z]+\s+){0,2})(?:corporation|partnership|national\s+bank(?:ing\s+association)?"
        r"|banking\s+corporation|limited\s+(?:liability\s+)?(?:company|partnership))"
        r",?\s+)?"
        # ("… to August Musolff or bearer, for value received, eleven hundred fifty dollars")
        # (and a transcription's "to Robert Morris on Order One thousand five hundred Dollars")
        r"(?:o[rn]\s+(?:to\s+)?(?:(?:his\s+|her\s+|their\s+|its\s+)?order|bearer),?\s+)?"
        r"(?:for\s+value\s+received,?\s+)?$",
        4,
    ),
    # an IOU's sum: "I, Jack Carpenter, owe Hubert Schneider $6,000.00."
    Cue(
        "commitment",
        "before",
        r"\b(?-i:I|We)(?:,\s+[^,;.]{2,40},)?\s+(?:do\s+)?owe\s+(?-i:(?:[A-Z][\w.'’-]*\s+){1,4})"
        r"(?:the\s+sum\s+of\s+)?$",
        4,
    ),
    # a certificate of deposit's sum: "Harvey L. Songer has deposited with “The Butler County State
    # Bank, of El Dorado, Kansas, “Eight Hundred Fifty-seven and ^oo Dollars $857.15"
    Cue(
        "commitment",
        "lead",
        # (not a note's recital that a party "has deposited" a sum: "The Holder has deposited with
        # the Company the sum of $25,000.00 as an advance")
        r"(?<!Borrower\s)(?<!Lender\s)(?<!Holder\s)(?<!Maker\s)(?<!Company\s)(?<!Payee\s)"
        r"\b(?:ha[sd]|has\s+been)\s+deposited\s+(?:with|in)\s+[^$;]{0,160}?$",
        4,
    ),
    # the SBA note form's sum above its label: "Two Hundred Thousand and no/100 ($200,000.00)
    # dollars," / a rule / "(Write out amount)"
    Cue("commitment", "after", r"^[,.\s]*(?:[-_=]{4,}\s*)?\(\s*Write\s+out\b", 6),
    # a labelled header: "Loan Amount" then, in its own cell or line, "$526,700.00"
    Cue(
        "commitment",
        "label",
        r"(?:(?:loan|principal|note|original\s+principal|face)\s+amount|amount|principal"
        # (and a premium finance agreement's "C) Amount Financed")
        r"|amount\s+of\s+note|amount\s+financed)",
        6,
    ),
    Cue(
        "commitment",
        "before",
        r"(?:principal\s+(?:amount|sum)|principal|the\s+sum|amount\s+of"
        r"\s+note|loan\s+amount|credit\s+limit|face\s+amount|original\s+principal\s+amount"
        r"|(?:amount\s+of\s+)?maximum\s+credit)"  # ("Amount of Maximum Credit: $40,000,000")
        r"\s*(?:of|:|is)?\s*(?:up\s+to\s*)?(?:u\.s\.\s*)?$",
        5,
    ),
    Cue(
        "commitment",
        "before",
        r"\b(?:not\s+to\s+exceed|up\s+to|lesser\s+of\s*(?:\(i\)\s*)?"
        r"(?:the\s+principal\s+sum\s+of)?)\s*$",
        3,
    ),
    Cue(
        "commitment",
        "before",
        r"\bpromises?\s+to\s+pay\s*(?:to\s+the\s+order\s+of\s+\w+\s*)?(?:U\.?\s?S\.?\s*)?$",
        4,
    ),
    # ("the principal balance of Seventy-one Million … ($71,800,000.00)", "the principle sum of",
    # "the principal sum ofSix Million" run together)
    Cue("commitment", "before", r"principal\s+(?:amount|sum)\s+of\s*[^$()]{0,120}\(\s*$", 5),
    Cue(
        "commitment",
        "before",
        r"\bthe\s+(?:principal\s+balance|principle\s+(?:sum|amount))\s+of\s*"
        r"(?:[^$()]{0,120}\(\s*(?:U\.?S\.?\s*)?)?$",
        5,
    ),
    # "the principal sum of SEVEN HUNDRED SIXTY THOUSAND, $760,000.00, (Maximum Principal Balance)"
    Cue("commitment", "before", r"principal\s+(?:amount|sum)\s+of\s+[A-Za-z\s-]{3,120},\s*$", 5),
    Cue("commitment", "before", r"\bthe\s+sum\s+of\s+[^$()]{0,160}\(\s*$", 5),
    # the sum the maker promises to pay, however the sentence goes on
    Cue(
        "commitment",
        "lead",
        r"\bpromises?\s+to\s+pay\b[^.;]{0,300}\b(?:principal\s+)?(?:sum|amount)\s+of\s*"
        r"(?:[^$()]{0,160}\()?\s*$",
        3,
    ),
    Cue("commitment", "before", r"\border\s+of\s+bank\s*$", 4),
    # "The total principal amount of Loans outstanding at any one time hereunder shall not exceed
    # TWELVE MILLION … ($12,000,000)": the cap of a master or line note
    Cue(
        "commitment",
        "before",
        r"\b(?:principal\s+amount|principal\s+balance|amount)\s+of\s+(?:all\s+)?(?:loans|advances)\s+"
        r"outstanding\s+at\s+any\s+(?:one\s+)?time\b[^.;$]{0,40}?\b(?:shall\s+not|not\s+to)\s+exceed\s*$",
        6,
    ),
    # "The principal sum available under the Note is hereby increased by Two Hundred Thousand
    # Dollars ($200,000) from the current principal amount of Six Hundred Thousand Dollars
    # ($600,000) to Eight Hundred Thousand Dollars and No/100 ($800,000)": the amount it becomes
    Cue(
        "commitment",
        "before",
        rf"\b{_CHANGED}\b[^.;]{{0,240}}?\bfrom\b[^.;]{{0,200}}?\bto\s+[^$().;]{{0,120}}\(?\s*$",
        8,
    ),
    Cue(
        "commitment",
        "before",
        AMOUNT_CHANGED_FROM,
        -8,
    ),
    # "… amends and restates … in the original stated principal amount of $75,000": the amount of
    # the note restated
    Cue(
        "commitment",
        "before",
        r"\boriginal\s+(?:stated\s+)?principal\s+(?:amount|sum)\s+of\s*$",
        -8,
    ),
    Cue("other", "before", r"\boriginal\s+(?:stated\s+)?principal\s+(?:amount|sum)\s+of\s*$", 5),
    # "The principal of this Note, [$1,800,000.00], or such lesser sum ..."
    Cue(
        "commitment",
        "before",
        r"\bprincipal\s+(?:amount\s+|sum\s+)?of\s+this\s+note\s*(?:is|shall\s+be)?\s*[,:]?\s*\[?\s*$",
        5,
    ),
    Cue(
        "commitment",
        "before",
        r"\b(?:loan|credit|line\s+of\s+credit)\s+in\s+the\s+(?:principal\s+|maximum\s+)?amount\s+of"
        r"\s+[^$()]{0,120}\(?\s*$",
        5,
    ),
    Cue("commitment", "header", r".", 3),
    Cue(
        "commitment",
        "before",
        r"\b(?:aggregate|series|all\s+other\s+notes|financing|consideration"
        r"|paid\s+at\s+close|fee|minimum|not\s+less\s+than|partial)\b[^.;$]{0,80}$",
        -6,
    ),
    Cue("commitment", "sentence", INSTALLMENT_WORDS, -2),
    # "a principal sum of two hundred thousand dollars ($200,000) (the "INITIAL ADVANCE"), plus
    # the principal amount of any Additional Advances": the first advance, not the limit
    Cue("commitment", "after", r"^\W{0,3}\(\s*the\s+[\"“]?initial\s+advance", -8),
    # "… that certain Promissory Note dated the date hereof from Borrower to the order of X in the
    # stated principal amount of $10,500,000.00": another note's amount
    Cue("commitment", "before", r"\bthat\s+certain\s+(?:[\w-]+\s+){0,3}note\b[^.;]{0,160}$", -8),
    # "This note is for the interest on a certain note dated March 4, 1846, for the sum of $156":
    # another note's sum
    Cue(
        "commitment", "before", r"\ba\s+certain\s+(?:[\w-]+\s+){0,3}note\s+dated\b[^.;]{0,80}$", -8
    ),
    Cue("installment", "sentence", INSTALLMENT_WORDS, 2),
    # "Interest only shall be payable quarterly in arrears in equal installments of $4,423.61"
    Cue("installment", "lead", r"\binterest\s+only\b(?:(?!principal)[^.;])*$", -6),
    # "the Company will make monthly interest payments in the amount of $3,500"
    Cue(
        "installment",
        "before",
        r"(?<!principal\sand\s)\b(?:monthly\s+|quarterly\s+|annual\s+)?interest\s+payments?\s+"
        r"(?:in\s+the\s+amount\s+)?of\s*$",
        -10,
    ),
    Cue(
        "installment",
        "before",
        r"(?:installments?(?:\(s\))?|payments?)\s+(?:in\s+the\s+amount\s+)?"
        r"of\s*$|(?:amount|sum)\s+of\s*$|each,?\s*(?:of\s*)?$",
        2,
    ),
    Cue(
        "installment",
        "after",
        r"^\s*(?:each|shall\s+be\s+paid|commencing|per\s+month|,?\s+which)",
        1,
    ),
    Cue("installment", "before", r"\b(?:loan\s+)?fee\b[^.;$]{0,40}$", -6),
    # "payable in annual installments of … ($333,333) on the first anniversary of the Issuance
    # Date, … ($366,667) on the second anniversary …": the first of installments that differ
    Cue(
        "installment",
        "after",
        r"^\W{0,3}on\s+the\s+(?:first|1st)\s+anniversary\b[^.;$]{0,80},\s*(?:\$|(?-i:[A-Z]{3,}\s))",
        -7,
    ),
    # "The first installment of Eighty Thousand Dollars (USD) ($80,000) shall be given to the
    # Borrower when this Note is executed": an advance, not a payment
    Cue(
        "installment",
        "after",
        r"^\W{0,3}(?:\([^()]{0,30}\)\s*)*shall\s+be\s+(?:given|advanced|disbursed|funded|lent)\s+to\b",
        -8,
    ),
    # "… plus tax escrow in the amount of $7,843.59": an escrow deposit, not the installment
    Cue("installment", "before", r"\bescrow\b[^.;$]{0,40}$", -6),
    # "If the full amount of Seven Hundred Fifty Thousand and 00/100 Dollars ($750,000.00) is
    # advanced, such amount shall be repaid in equal monthly payments of $4,166.67": the principal
    Cue("installment", "before", r"\bfull\s+amount\s+of\s*(?:[^$()]{0,120}\(\s*)?$", -6),
    # "… to pay principal and interest in the aggregate amount of $169,872.52 quarterly on …"
    Cue("installment", "before", _P_AND_I_AMOUNT, 7),
    Cue("other", "before", _P_AND_I_AMOUNT, -4),
    # "In 35 equal payments of $15,000.00", "60 principal payments of One Hundred Twenty thousand
    # … ($120,000.00) Dollars each": a count of installments, then each one's amount
    Cue(
        "installment",
        "before",
        r"\b\d{1,3}\s+(?:\(\d{1,3}\)\s+)?(?:(?:equal|consecutive|successive|level|principal)\s+)*"
        r"(?:(?:monthly|quarterly|annual|semi-?annual)\s+)?(?:installments|payments)\s+of\s*"
        r"(?:[A-Za-z][^$()]{0,160}\(\s*)?$",
        4,
    ),
    # "the principal sum of $100,000.00 with annual payments of $5,959.82": payments of a period
    Cue(
        "installment",
        "before",
        r"\b(?:monthly|quarterly|annual|semi-?annual)\s+(?:installments|payments)\s+of\s*"
        r"(?:[A-Za-z][^$()]{0,160}\(\s*)?$",
        4,
    ),
    # "make equal monthly payments to the Lender in the amount of FIVE THOUSAND … ($5,724.94)"
    Cue(
        "installment",
        "before",
        r"\b(?:monthly|quarterly|annual|semi-?annual)\s+(?:installments?|payments?)\b"
        r"(?:(?!\binterest\b)[^.;$]){0,40}?\bin\s+the\s+amount\s+of\s*(?:[A-Za-z][^$()]{0,160}\(\s*)?$",
        4,
    ),
    # "principal reduction payments of $116,667 shall be made on the last day of each month"
    Cue(
        "installment",
        "after",
        r"^\W{0,3}(?:each\s+)?shall\s+be\s+(?:made|paid|due)\s+on\s+the\s+\w+\s+day\s+of\s+(?:each|every)\s+"
        r"(?:calendar\s+)?(?:month|quarter|year)\b",
        3,
    ),
    # "Repayment will be made in 60 equal payments at 6% annual interest, or $1933.28 payable on
    # the 1st of each month"
    Cue(
        "installment",
        "after",
        r"^\W{0,3}(?:each\s+)?(?:payable|due)\s+(?:monthly\b|on\s+the\s+\w+\s+(?:day\s+)?of\s+(?:each|every)\s+"
        r"(?:calendar\s+)?(?:month|quarter|year)\b)",
        4,
    ),
    # "Borrower will make quarterly payments of interest accrued on the Note during the prior
    # quarter plus $220,833.33": principal paid with each period's interest
    Cue(
        "installment",
        "before",
        r"\b(?:monthly|quarterly|semi-?annual|annual)\s+payments\s+of\s+(?:all\s+)?(?:accrued\s+)?interest\b"
        r"[^.;$]{0,80}\bplus\s*$",
        6,
    ),
    # "The sum of $4,231.38 or more will become due and payable on or before the 1st day of
    # January, 2000, and the sum of $4,231.38 or more on or before the 1st day of each and every
    # succeeding month thereafter": a minimum installment
    Cue(
        "installment",
        "after",
        r"^\W{0,3}or\s+more\s+(?:(?:will|shall)\s+(?:become\s+)?due\b|on\s+or\s+before\s+the\s+\w+\s+day\s+of\s+each\b)",
        6,
    ),
    # "$200.00 payable monthly in installments of $20.00 each": the whole sum, paid in them
    Cue(
        "installment",
        "after",
        r"^\W{0,3}payable\s+(?:monthly|quarterly|annually)\s+in\s+installments\s+of\b",
        -8,
    ),
    # "twelve (12) blended quarterly installments of principal and interest equal to Thirty Six
    # Thousand Six Hundred Seventy Two Dollars ($36,672.00)"
    Cue(
        "installment",
        "before",
        r"\b(?:installments?|payments?)\s+of\s+principal(?:\s+(?:and|plus)\s+(?:accrued\s+)?interest)?\s+"
        r"(?:equal\s+to|in\s+the\s+(?:amount|sum)\s+of)\s*(?:[A-Za-z][^$()]{0,160}\(\s*)?$",
        6,
    ),
    # a loan terms table's "Monthly Payment $56,664.74"
    Cue(
        "installment",
        "label",
        # (and "Monthly Debt Service Payment Amount: $197,559.10")
        r"(?:monthly|quarterly|annual)\s+(?:debt\s+service\s+)?payment(?:\s+amount)?|payment\s+amount"
        r"|amount\s+of\s+(?:each\s+)?payments?",
        6,
    ),
    Cue(
        "installment",
        "before",
        r"(?-i:\b(?:Monthly|Quarterly|Annual)\s+Payment(?:\s+Amount)?)\s*:?\s*$",
        5,
    ),
    # a state board's form: "Loan Payment: $29,926.96" in its header of terms (the equal payments
    # its text then calls "Loan Payments")
    Cue("installment", "before", r"(?-i:\bLoan\s+Payment)\s*:\s*$", 6),
    # "Thirty-nine (39) quarterly installments in the principal amount of Three Hundred … ($387,500)
    # each"
    Cue(
        "installment",
        "before",
        r"(?<!final\s)(?<!last\s)\b(?:installments?|payments?)\s+in\s+the\s+(?:principal\s+)?"
        r"amount\s+of\s*$",
        8,
    ),
    # "(b) Eleven Thousand Five Hundred Dollars ($11,500.00) on or before the first day of each and
    # every month for the period beginning June 1, 2003 …": an amount due every month
    Cue(
        "installment",
        "after",
        # (or "… Ten ($10) Dollars on the 31st day of every month, thereafter until …")
        r"^\W{0,3}(?:Dollars\s+)?(?:on\s+or\s+before|on)\s+the\s+\w+\s+(?:day\s+)?of\s+(?:each|every)\s+"
        r"(?:and\s+every\s+)?(?:calendar\s+)?(?:month|quarter|year)\b",
        4,
    ),
    # "The principal indebtedness evidenced by this Note shall be payable monthly in the amount of
    # $75,000"
    Cue(
        "installment",
        "before",
        r"\bprincipal\b[^.;$]{0,80}\bpayable\s+(?:monthly|quarterly|annually|semi-?annually)\s+"
        r"in\s+the\s+amount\s+of\s*$",
        6,
    ),
    # "Four Thousand, Eighty One Dollars and Eighty-Eight Cents ($4081.88) per month for 24
    # consecutive months"
    Cue(
        "installment",
        "after",
        r"^\W{0,3}per\s+month\s+for\s+\d{1,3}\s+(?:\(\d{1,3}\)\s+)?(?:consecutive\s+)?months\b",
        6,
    ),
    # "in sixty (60) installments, as follows: $11,667.00 on September 1, 2003, and the same
    # amount … on the first day of each month thereafter"
    Cue("installment", "after", r"^\W{0,3}on\s+[^.;$]{0,40}?\band\s+the\s+same\s+amount\b", 5),
    # "monthly payments of principal in the amount of Forty Cents ($0.40) per ton of coal
    # produced": a sum per unit sold, not an installment
    Cue(
        "installment",
        "after",
        r"^\W{0,3}per\s+(?:ton|barrel|bbl|mcf|unit|pound|bushel|gallon|head|acre|share|board\s+foot)\b",
        -16,
    ),
    # "in one principal payment of $500,000.00 plus interest on February 4, 2001": all at once
    Cue("installment", "before", r"\bone\s+(?:principal\s+)?payment\s+of\s*$", -8),
    # "… may … fully satisfy Borrower's obligations under this note by making a single payment in
    # the amount of $1,700,000.00": a sum that settles the note, not one of its installments
    Cue(
        "installment",
        "before",
        r"\b(?:single|lump[\s-]sum)\s+payment\s+(?:in\s+the\s+(?:amount|sum)\s+)?of\s*$",
        -12,
    ),
    # "shall make an initial principal payment of $500,000 on or before December 24, 2008": a
    # first payment apart from the installments, not one of them
    Cue("installment", "before", r"\b(?:initial|down)\s+(?:principal\s+)?payment\s+of\s*$", -8),
    # a uniform note's "Each of my initial scheduled payments will be in the amount of U.S.$
    # 1,542.69": the regular payment until the rate first changes
    Cue(
        "installment",
        "before",
        r"\bscheduled\s+(?:monthly\s+)?payments?\s+will\s+be\s+in\s+the\s+amount\s+of"
        r"(?:\s*U\.\s?S\.)?\s*$",
        7,
    ),
    # "y) a constant payment of $69,199.86, on the first day of November, 2008 and on the first day
    # of each calendar month thereafter"
    Cue("installment", "before", r"\bconstant\s+(?:monthly\s+)?payments?\s+of\s*$", 6),
    # ("The sum of $14,445.63 shall be paid on the 1st day of February 2011, and on the 1st day of
    # each and every month thereafter"): a payment, not the note's sum
    Cue(
        "installment",
        "after",
        r"^\W{0,3}shall\s+be\s+paid\s+on\s+the\b[^.;]{0,100}?\b(?:each|every)\s+(?:and\s+every\s+)?"
        r"(?:calendar\s+)?(?:month|quarter|year)\b",
        8,
    ),
    Cue(
        "commitment",
        "after",
        r"^\W{0,3}shall\s+be\s+paid\s+on\s+the\b[^.;]{0,100}?\b(?:each|every)\s+(?:and\s+every\s+)?"
        r"(?:calendar\s+)?(?:month|quarter|year)\b",
        -6,
    ),
    # a state board's note: "The first payment of $14,121.51 shall be due one year from the date
    # … and annually thereafter until the entire principal sum … shall have been paid in full"
    Cue(
        "installment",
        "sentence",
        r"\bfirst\s+payment\s+of\s+\$[\d,.]+\s+shall\s+be\s+due\b[^.;$]{0,200}?\band\s+"
        r"(?:monthly|quarterly|annually|semi-?annually)\s+thereafter\s+until\b",
        3,
    ),
    # "On the 3rd day of each calendar month for one hundred twenty (120) successive calendar
    # months beginning on …, the Company shall pay the sum of $2,456.83"
    Cue(
        "installment",
        "lead",
        r"\b(?:each|every)\s+(?:calendar\s+)?(?:month|quarter)\b[^.;$]{0,200}?\b(?:shall|will)\s+"
        r"pay\s+(?:the\s+sum\s+of\s*)?$",
        5,
    ),
    # "… and one final principal and interest payment of $10,493.11": the last, not each
    Cue(
        "installment",
        "before",
        r"\b(?:final|last|balloon)\s+(?:[\w-]+\s+){0,4}(?:payment|installment)\s+"
        r"(?:in\s+the\s+amount\s+)?of\s*$",
        -6,
    ),
    # "(ii) an additional principal payment in the amount of $15,375,000.00 (the “Principal Balloon
    # Payment”) due … on the Maturity Date": named a balloon after it
    Cue(
        "installment",
        "after",
        r"^\W{0,3}\(\s*(?:the\s+)?[\"“](?:[\w-]+\s+){0,3}balloon\b",
        -12,
    ),
    # "Fifty-Nine (59) equal … monthly installments each in the amount of $18,073.29, … followed
    # by one (1) month installment in the amount of $954.500.21": the balloon after them
    Cue(
        "installment",
        "before",
        r"\bfollowed\s+by\s+(?:a|one)\s+(?:\(1\)\s+)?(?:[\w-]+\s+){0,3}(?:payment|installment)\s+"
        r"(?:in\s+the\s+amount\s+)?of\s*$",
        -12,
    ),
    # "Each annual payment shall be in the amount of One Hundred Ninety Thousand … ($190,942.52)"
    Cue(
        "installment",
        "before",
        r"\beach\s+(?:monthly\s+|quarterly\s+|annual\s+|semi-?annual\s+)?"
        r"(?:payment|installment)\s+shall\s+be\s+(?:in\s+the\s+amount\s+of|equal\s+to)\s*$",
        4,
    ),
    # a defined installment: '"Monthly Amount" shall be the sum of Twenty-Five Thousand … ($25,327.38)'
    Cue("installment", "before", _DEFINED_INSTALLMENT, 8),
    Cue("commitment", "before", _DEFINED_INSTALLMENT, -8),
    Cue("other", "sentence", r"\bfee\b|\bconsideration\b|\bdiscount\b|\bpar\s+value\b", 2),
    Cue("other", "before", r"\b(?:aggregate|series|all\s+other\s+notes)\b[^.;$]{0,80}$", 4),
    Cue("other", "after", r"^\W{0,3}(?:or\s+(?:more|greater)|at\s+any\s+(?:given\s+)?time)", 3),
)

#: A first installment's day, then the same day of each period after it ("… due on January 31,
#: 1996, and on [x] the same day(s) of each succeeding month").
_AND_EACH: Final = (
    r"^\W{0,3}and\s+(?:of\s+|on\s+)?(?:\[\s*[xX]?\s*\]\s*)?(?:the\s+(?:same\s+)?[\w()]+\s+(?:day\s+)?of\s+)?"
    r"each\b|^\W{0,3}and\s+continu"
    # ("due on December 15, 2012 and thereafter annually until repaid in whole")
    r"|^\W{0,3}and\s+thereafter\s+(?:monthly|quarterly|annually|semi-?annually)\b"
)
#: The first installment's day named as such.
_FIRST_DUE: Final = (
    # ("The first such quarterly payment shall be due and payable on April 1, 1999")
    # ("with the first of such monthly installments due on January 1, 1998")
    r"\bfirst\s+(?:of\s+(?:such|the|these|said)\s+)?(?:such\s+)?(?:(?:monthly|quarterly|semi-?annual|annual)\s+)?"
    r"(?:principal\s+)?(?:payment|installment)s?\s+"
    # ("with the first installment of $30,277 plus accrued interest due on")
    r"(?:of\s+\$[\d,.]+\s+(?:plus\s+(?:all\s+)?accrued\s+(?:and\s+unpaid\s+)?interest\s+)?)?"
    # ("the first payment of principal and interest to be payable on June 1, 1953")
    r"(?:of\s+principal(?:\s+and\s+interest)?\s+)?"
    r"(?:being\s+|to\s+be\s+|shall\s+be\s+|is\s+)?"
    # ("with the first installment due December 15, 2002")
    r"(?:due(?:\s+and\s+payable)?|payable)(?:\s+on\s+or\s+before|\s+on)?\s*$"
)


#: "… at the rate of Twenty Percent (20%) per annum, payable on": a day interest is paid.
_INTEREST_PAYABLE_ON: Final = r"\bper\s+annum,?\s+payable\s+on\s*$"


def _of_which(which: str) -> str:
    """ "the first of which will be made on", "the last of which shall be due on" """
    return (
        # (and "the first of which installments is due on")
        # (and "in 12 equal … monthly instalments of $61.83 Each, the first payable on")
        rf"\bthe\s+{which}\s+(?:one\s+)?(?:of\s+which\s+(?:(?:installments?|payments?)\s+)?"
        r"(?:will|shall|is\s+to|to|is)\s+(?:be\s+)?(?=made|due|paid|payable)|(?=due|payable))"
        r"(?:made|due|paid|payable)(?:\s+and\s+payable)?(?:\s+on)?\s*$"
    )


_FIRST_OF_WHICH: Final = _of_which("first")
_LAST_OF_WHICH: Final = _of_which("last")


#: The town of a dateline that opens the text, before its date: "“Boston " (not a word that
#: says when: "On ", "Due ", "Before "); matched against all the text before the date.
_OPENING_TOWN: Final = (
    r"\A\W{0,3}(?!(?:On|Upon|By|Due|Before|After|Until|Till|From|Commencing|Beginning|Ending"
    r"|Matur\w*|Expir\w*|Termin\w*|Note|Payment|Payable|Dated|Date|Effective|Closing|Issued"
    r"|Through|To|At|In|Payable|Maturity|Draft|Revised|Version|Execution|Final|Form|Updated"
    r"|Amended|Copy|Printed)\b)(?-i:[A-Z][a-z]+)(?!\s+(?:Draft|Version|Copy)\b)(?:\s+(?-i:[A-Z][a-z]+))?"
    r"(?<!Date)(?<!Day),?\s*\Z"  # (nor a label: "Termination Date ")
)
#: A day in a list of days ("December 31, 2018").
_LISTED_DAY: Final = r"(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2},?\s+\d{4}"

DATE_CUES: Final[tuple[Cue, ...]] = (
    Cue("issue_date", "lead", RECITED_NOTE, -8),
    # a court's own account of the note ("the note was executed at New Iberia, Louisiana, on
    # February 2, 1964"; "defendants executed a cognovit note, on November 7, 1994"): the readers
    # take a note's date from its own words only
    Cue("issue_date", "lead", COURT_ACCOUNT, -6),
    # the court's dates of what befell the note after it was made: "It became insolvent on March
    # 30, 1923", "This action was begun October 22, 1909", "appellant presented said certificate
    # of deposit to appellee for payment" on a day
    Cue("issue_date", "lead", _AFTERWARDS, -6),
    # (or after the date: "on the 21st day of September, 1918, appellant presented said
    # certificate of deposit")
    Cue(
        "issue_date",
        "after",
        r"^\W{0,3}(?:[\w-]+\s+){0,2}(?:presented\s+(?:said|the|this)\s+(?:certificate|note)"
        r"|became\s+insolvent|failed|closed\s+its\s+doors)\b",
        -6,
    ),
    Cue("maturity", "lead", RECITED_NOTE, -6),
    # "(i) Interest accrued on the unpaid principal balance of this Note, from the date of
    # disbursement hereof at the rate of 7.10% percent per annum, shall be due and payable on
    # August 15, 1996.": a payment of interest alone, not when the note falls due
    Cue(
        "maturity",
        "lead",
        r"^\W*(?:\w{1,4}\)\s*)?(?:all\s+)?(?:accrued\s+)?interest\s+(?:accrued|accruing|only)\b"
        r"(?![^.;]*\b(?:and|together\s+with|plus)\s+(?:all\s+)?(?:unpaid\s+|outstanding\s+)?principal\b)"
        # (but the last day of such payments is the maturity: "Interest accruing hereon … shall be
        # paid on the first Business Day of each January, April, July and October in each year to
        # December 1, 2030 (the “Maturity Date”)")
        r"(?:[^.;]|\.(?=\d)){0,240}(?<!\bto)(?<!\bto\s)(?<!\buntil)(?<!\buntil\s)$",
        -6,
    ),
    # a day written into an old form's blank for the time: "$350. October 1st, 1903, after date I
    # promise to pay": when it falls due, not when it was made
    Cue("issue_date", "after", r"^\W{0,3}after\s+(?:date|due)\b", -8),
    # (and "Nov. 1st, 1895, after due, for value received, I promise to pay")
    Cue("maturity", "after", r"^\W{0,3}after\s+(?:date|due)\b", 4),
    # an English dateline after the promise: "£10.0.0 London, the 8th day of November, 1763"
    # (a line's first word, or after the sum: not a case cited, "Macfarlane v. Johnston, June 11,
    # 1864")
    Cue(
        "issue_date",
        "before",
        r"(?:\A|\n[ \t]*|[£$][\d.,]+\s+)(?-i:[A-Z][a-z]+),\s*(?:the\s*)?$",
        3,
    ),
    # a dateline that opens the text, its town without a comma: "“Boston July 31st. 1766, I Promise
    # to pay": when the note was made, not when it falls due (as "On July 31, 1766, I promise")
    Cue("maturity", "wide", _OPENING_TOWN, -6),
    Cue("issue_date", "wide", _OPENING_TOWN, 3),
    # "On January 1, 2003 (which shall be the first Payment Date hereunder) and each Payment Date
    # thereafter …": the first payment, not the maturity
    Cue("first_payment", "after", _FIRST_PAYMENT_DATE_AFTER, 8),
    Cue("maturity", "after", _FIRST_PAYMENT_DATE_AFTER, -6),
    # "… continuing through July 1, 2018 (“Monthly Payment Dates”), and to pay all remaining unpaid
    # principal and accrued interest on August 1, 2018": the last installment, then the maturity
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}(?:\([^()]{0,40}\)\s*)?,?\s*and\s+(?:to\s+pay\s+)?(?:all\s+)?(?:the\s+)?remaining\b",
        -6,
    ),
    Cue(
        "maturity",
        "before",
        r"\b(?:all\s+)?remaining\s+(?:unpaid\s+|outstanding\s+)?principal\b[^.;]{0,80}?\bon\s*$",
        3,
    ),
    # an old note dated at its end, before or after its signature: "April 20, 1866. W. M. Byrd.”",
    # "[Signed] C. C. Petty. Dec. 31st, 1891."
    Cue("issue_date", "line", r"\d{4}\.[ \t]+(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]+\.?[”\"']\s*$", 4),
    Cue("issue_date", "before", r"\[Signed\][ \t]+(?:[A-Z][\w.]*[ \t]+){1,4}$", 4),
    # an old note dated under its maker's seal: "J. N. Parrott (L. S.) December 1, 1880."
    Cue("issue_date", "before", r"\((?-i:[LlUu])\.\s?(?-i:S)\.\)\s*$", 4),
    # a table's "First Installment Due" over "03/15/2007"
    Cue(
        "first_payment",
        "label",
        r"first\s+(?:installment|payment)(?:\s+(?:due|date))*|first\s+(?:installment|payment)\s+due\s+date",
        6,
    ),
    # a labelled header: "Maturity Date" then, in its own cell or line, "April 16, 2022"
    Cue(
        "maturity",
        "label",
        r"maturity(?:\s+date)?|expiration\s+date|final\s+maturity(?:\s+date)?",
        8,
    ),
    Cue(
        "issue_date",
        "label",
        r"(?:note\s+)?date|date\s+of\s+(?:the\s+|this\s+)?note|loan\s+date|effective\s+date|dated|issue\s+date"
        r"|closing\s+date",
        6,
    ),
    Cue(
        "issue_date",
        "before",
        r"(?:\bdated|note\s+date|date\s+of\s+(?:the\s+|this\s+)?note|issuance\s*date|issue"
        r"\s+date|^date|\bdate)\s*[:\-]?\s*(?:effective\s+)?(?:as\s+of\s*)?[:\-]?\s*$"
        r"|\bdated\s+this\s*$",  # ("DATED this 3rd day of June, 2011.")
        4,
    ),
    # the first day the holder may call the note: "… on the earlier of (i) a declaration by
    # Investor on or after June 30, 2010 (the “Maturity Date”) that such amounts are due", "upon
    # written demand by Holder at any time on or after June 30, 2007": no maturity of its own
    Cue(
        "maturity",
        "before",
        r"\b(?:declaration|demand)\s+by\s+(?:the\s+)?(?:investor|holder|lender|payee|noteholder)\s+"
        r"(?:at\s+any\s+time\s+)?on\s+or\s+after\s*$",
        -8,
    ),
    # the date of the agreement the note is given under: "In consideration of, and in connection
    # with, the Settlement Agreement and Mutual Release entered into as of October 9, 1998, by and
    # among plaintiff …"
    Cue(
        "issue_date",
        "before",
        r"\b(?:in\s+connection\s+with|pursuant\s+to|under|consideration\s+of)\s*,?\s+(?:the|that\s+certain|a)\s+"
        r"(?:(?!note\b)[^.;])*?\bagreement\b(?:(?!note\b)[^.;]){0,60}?\bentered\s+into\s+(?:as\s+of|on)\s*$",
        -8,
    ),
    # (or "… provided as Exhibit C of that certain Lease Sale/Purchase Agreement between Energy
    # Fuels Resources Corporation and Nuclear Energy Corporation, LLC signed and entered into on
    # October13, 2011")
    Cue(
        "issue_date",
        "before",
        r"\bthat\s+certain\s+(?:(?!note\b)[^.;])*?\bagreement\b(?:(?!note\b)[^.;]){0,120}?"
        r"\b(?:signed\s+and\s+)?entered\s+into\s+(?:as\s+of|on)\s*$",
        -8,
    ),
    # a court's account of the note in suit: "The note is dated May 6, 1968, payable to bearer on
    # demand"
    # (a sentence of its own, not "the Original Note (the note was dated June 1, 2015)")
    Cue(
        "issue_date",
        "lead",
        r"^\W*(?:the|said|this)\s+(?:promissory\s+)?note(?:\s+(?:in\s+suit|sued\s+(?:up)?on|in\s+question))?"
        r"\s+(?:is|was)\s+dated\s*$",
        6,
    ),
    Cue(
        "issue_date",
        "before",
        r"\b(?:made\s+(?:and\s+effective\s+)?(?:as\s+of|on)|entered\s+into"
        r"\s+(?:as\s+of|on)|effective\s+as\s+of)(?:\s+this)?\s*$",
        4,
    ),
    # "If the SBA Loan is not secured, the full unpaid principal … shall be … due … on December
    # 31, 2010": a day that falls due only if something fails (not "if not sooner paid")
    Cue(
        "maturity",
        "lead",
        r"^\W*(?:if|in\s+the\s+event(?:\s+that)?)\s+(?!(?:this\s+note\s+is\s+)?not\s+"
        r"(?:sooner|previously|earlier)\b|(?:not\s+)?(?:sooner|previously|earlier)\b"
        # ("In the event this Note has not been paid, …, the principal … shall be due and payable
        # on December 28, 2019": "if not sooner paid" in other words)
        r"|(?:this\s+note\s+)?has\s+not\s+(?:yet\s+)?been\s+(?:sooner\s+|previously\s+|earlier\s+)?paid\b)"
        r"[^.;,]{0,80}?\b(?:not|fails?|unable)\b[^.;]{0,160}$",
        -6,
    ),
    # "ON DEMAND AND IF NO DEMAND IS MADE, ON JUNE 30th, 2000, …": the day to pay without demand
    Cue(
        "maturity",
        "before",
        r"\bif\s+no\s+demand\s+is\s+(?:sooner\s+)?made\s*,?\s*(?:then\s+)?(?:on|by)\s*$",
        7,
    ),
    # "FOR VALUE RECEIVED, on November 1, 2003, the undersigned promises to pay": the day to pay
    Cue("maturity", "before", r"\bfor\s+value\s+received,?\s+on\s*$", 7),
    # an old form's day of payment before its promise: "On July 1, 1887, we promise to pay D.
    # Dalziel"; "October 2, 1954, I, we or either of us, promise to pay"
    Cue(
        "maturity",
        "after",
        r"^,\s*(?:I|we)(?:,\s*(?:I|we))?(?:,?\s+or\s+either\s+of\s+us)?,?\s+(?:jointly\s+and\s+severally\s+)?promise\b",
        5,
    ),
    # "On February 1, 2009, the undersigned, GW Services, Inc. … promises to pay to the order of
    # City National Bank …": the day the promise falls due opens it (with "on" before it)
    Cue(
        "maturity",
        "after",
        r"^\W{0,3},\s*(?!for\s+value)(?:the\s+undersigned\b|(?-i:[A-Z]))[^;]{0,100}?"
        r"(?:\bpromises?\s+to\s+pay\b|\(\s*(?:the\s+)?[\"“]?(?:Borrower|Maker)[\"”]?\s*\))",
        3,
    ),
    Cue("issue_date", "before", r"\bfor\s+value\s+received,?\s+on\s*$", -4),
    # an old note's date line after its promise: "… we promise to pay Waitmore Thompson the sum of
    # twenty hundred dollars, for value received. 6 October, 1862."
    Cue("issue_date", "before", r"\bvalue\s+rec(?:eive)?d\.\W{0,3}$", 4),
    # a statute's day: "in pursuance of an act of the General Assembly of the Commonwealth of
    # Kentucky, approved February 14, 1888"
    Cue(
        "issue_date",
        "before",
        r"\b(?:act|statute|ordinance|resolution)\b[^.;]{0,120}\bapproved\s+$",
        -6,
    ),
    # a meeting's day: "a vote of the Inhabitants … passed at the annual Town meeting …, held March
    # 16th 1931"
    Cue("issue_date", "before", r"\bmeeting\b[^.;]{0,80}\bheld\s+(?:on\s+)?$", -6),
    # … and the day it is due is not the note's maturity
    Cue(
        "maturity",
        "lead",
        r"\b(?:initial|down)\s+(?:principal\s+)?payment\s+of\b[^.;]{0,60}?\bon\s+or\s+before\s*$",
        -6,
    ),
    # "Dated at Kansas City, Mo., July 2, 1888." / "Dated at Mount Vernon this 27th day of February,
    # 1899." closing an old note: the place it was made, then its date
    Cue(
        "issue_date",
        "before",
        r"\bDated\s+at\s+(?:[A-Z][\w.'’-]*,?[ \t]+){1,5}(?:this\s+|on\s+(?:the\s+)?)?$",
        6,
    ),
    # "Witness my hand and seal this 2nd. day of August 1831.": the day the maker signed
    Cue(
        "issue_date",
        "before",
        r"\bwitness\s+(?:my|our)\s+hands?(?:\s+and\s+seals?)?,?\s+(?:on\s+)?this\s*$",
        6,
    ),
    Cue("issue_date", "header", r".", 3),
    # a title in capitals, then its date: "AMENDED AND RESTATED PROMISSORY NOTE As of June 8, 1995"
    Cue("issue_date", "before", r"(?-i:NOTE)\s+as\s+of\s*$", 4),
    # ("$2,653,701   College Park, Maryland" / "as of April 30, 2001": the date line's own "as of")
    Cue(
        "issue_date",
        "line",
        r"^(?:Dated\s+)?(?-i:[Aa]s)\s+of\s+\S+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$",
        3,
    ),
    Cue(
        "issue_date", "before", r"^\W*(?:dated\s+)?as\s+of\s*$", 3
    ),  # a heading line "As of <date>"
    # "... dated March 11, 1991 ("the Existing Note")": the date of the note this one restates
    Cue("issue_date", "after", PRIOR_NOTE, -6),
    # the note's heading line: "$219,593.00 As of November 15, 1996"
    Cue("issue_date", "before", r"\$\s?[\d,]+(?:\.\d{2})?[ \t]+As\s+of\s*$", 6),
    # (not two: "$4,000,000 As of October 23, 2017 and April 13, 2018", a note and its modification)
    Cue("issue_date", "after", r"^\s*and\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\b", -6),
    # "This Promissory Note renews, extends, increases and/or modifies that certain Promissory Note
    # dated October 13, 2005": the note it renews
    Cue(
        "issue_date",
        "before",
        r"\b(?:renews|extends|modifies|amends|replaces|supersedes)\b[^.;]{0,80}?\bnote\s+dated\s*"
        r"(?:as\s+of\s*)?$",
        -8,
    ),
    # "THIS PROMISSORY NOTE IS A REFINANCING OF THE OBLIGATIONS OF BORROWER UNDER A" / "" /
    # "$2,963,841.91 PROMISSORY NOTE DATED DECEMBER 1, 1998": the note it refinances (across the
    # blank lines of a heading)
    Cue(
        "issue_date",
        "wide",
        r"\b(?:refinanc(?:es|ing\s+of)|renewal\s+of)\b(?:[^.;]|\.\d){0,120}?\bnote\s+dated\s*(?:as\s+of\s*)?$",
        -8,
    ),
    # "This Promissory Note amends, restates, replaces and supersedes … the … Promissory Note
    # numbered 00079054T03-A, dated as of September 30, 2020": the note it replaces
    Cue(
        "issue_date",
        "wide",
        r"\b(?:amends?|restates?|replaces?|supersedes?|renews?)\b[^.;]{0,300}?\bNote\s+"
        r"(?:No\.|numbered)\s*[\w-]+,?\s*dated\s*(?:as\s+of\s*)?$"
        # (or made by and to its parties: "… supersedes in its entirety, the Revolving Loan Note,
        # made by Savings Bank of Maine Bancorp (“Bancorp”) to Bankers’ Bank Northeast
        # (“Lender”), dated September 16, 2008")
        r"|\b(?:amends?|restates?|replaces?|supersedes?|renews?)\b[^.;]{0,120}?\bNote,?\s+"
        r"(?:made|executed|issued|given)\s+by\b[^.;]{0,200}?,?\s*dated\s*(?:as\s+of\s*)?$",
        -8,
    ),
    # the date of another instrument: "… CREDIT AGREEMENT AMONG BANK OF AMERICA, N.A. AND OTHER
    # LENDERS NAMED THEREIN AND U.S. AGGREGATES, INC. AS THE BORROWER, DATED JUNE 5, 1998" (full
    # stops of initials and "Inc." inside the parties' names); "December 29, 2000 (Original Note
    # dated June 27, 2000)", the note amended and restated
    Cue(
        "issue_date",
        "before",
        r"\b(?:loan|credit|purchase)\s+agreement\b(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bInc)\.|(?<=\bINC)\.)"
        r"{0,200}?\bdated\s*$"
        r"|\b(?:original|prior|existing)\s+(?:promissory\s+)?note\s+dated\s*(?:as\s+of\s*)?$",
        -8,
    ),
    # "… Promissory Note, dated May 25, 2011 in the original stated principal amount of $75,000"
    Cue("issue_date", "after", r"^\W{0,3}in\s+the\s+original\s+(?:stated\s+)?principal\b", -6),
    Cue("other", "after", PRIOR_NOTE, 6),
    Cue(
        "issue_date",
        "before",
        r"\b(?:loan|credit|security|purchase|pledge|guaranty|subscription"
        r"|master|building|exchange|merger)\s+(?:and\s+security\s+)?agreements?\b[^.;]{0,60}$"
        r"|\bagreements?,?\s+dated\b[^.;]{0,30}$"
        # "Original Issuance: May 25, 2011" above an amended and restated note
        r"|\boriginal\s+(?:issuance|issue)(?:\s+date)?\s*:\s*$"
        # "the Record of Disbursements prepared by the State dated April 1, 2004"
        r"|\b(?:record|schedule|appendix|exhibit|contract|resolution|ordinance|deed\s+of\s+trust"
        r"|mortgage|report|letter|certificate|findings|disbursements?)\b[^.;\d]{0,50}\bdated\s*$",
        -6,
    ),
    # a dateline's amount and place before the date ("$350. Boston, Oct. 1"; "$150,000.00 Orlando,
    # Florida / As of July 6"), not an indorsement's "$5,775.00 paid December 21st"
    Cue(
        "issue_date",
        "before",
        r"\$[\d,.]+\s*(?:(?!paid\b|received\b|credited\b)[A-Z][a-z]+,?\s+){0,4}$|[A-Z][a-z]+,\s+"
        r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$",
        2,
    ),
    Cue("other", "before", r"\b(?:form|ref|rev(?:ision|ised)?)\b[^.;]{0,30}\(?\s*$", 5),
    # a form's number and revision date ("W.B.A. 451 (3/10/94)"), not the note's date
    Cue("other", "before", r"\b(?:[A-Z]\.?){2,}\s*(?:No\.?\s*)?\d{1,5}[A-Z-]*\s*\(\s*$", 5),
    # a date above or before a form's "(DATE)" label
    Cue("issue_date", "after", r"^\W{0,3}\(\s*date\s*\)", 5),
    Cue(
        "issue_date",
        "after",
        r"^\W{0,4}(?:\(\s*)?(?:the\s+)?[\"“”']?\s*(?:\w+\s+)?"
        r"(?:agreement|maturity\s+date|expiration\s+date)(?!\s*:|\s+\$?\d|\s+(?-i:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+\d)",  # not a label below
        -6,
    ),
    Cue(
        "issue_date",
        "before",
        r"\b(?:adjustment\s+date|(?:first\s+)?payment\s+date|expiration|maturity|due|until|through"
        r"|before|after|commenc\w*|beginning|day\s+of)\b[^.;]{0,12}$",
        -5,
    ),
    Cue(
        "maturity",
        "before",
        # ("due and owing in full upon December 31, 2009")
        r"(?:on\s+or\s+before|due(?:\s+and\s+(?:payable|owing))?(?:\s+in\s+full)?"
        r"(?:\s+(?:on|upon))?|matures?(?:\s+on)?|maturity\s+date\s*(?:is|shall\s+be|means|of)?|payable\s+"
        # ("shall be due and payable no later August 28, 2013": "than" left out)
        r"(?:in\s+full\s+)?on|no\s+later(?:\s+than)?|expiration\s+date|shall\s+mature\s+on(?:\s+the)?)"
        r"\s*:?\s*$",
        4,
    ),
    # "… on the first day of June, 2020, which is the maturity date of this Note"
    Cue("maturity", "after", r"^\W{0,3}which\s+(?:is|shall\s+be)\s+the\s+maturity\s+date\b", 6),
    # ("… shall be due and payable on February 1, 2010 ("Call Date"). Lender shall have the right
    # to declare this Note … due … on the Call Date or to adjust the … rate"): a day the lender
    # may call the note, or an anticipated repayment day, not its maturity
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}\(\s*(?:the\s+)?[\"“](?:Call|Anticipated\s+Repayment|Optional\s+Prepayment"
        r"|(?:Rate\s+)?Reset|(?:Rate\s+)?Adjustment|Put)\s+Date[\"”]",
        -8,
    ),
    # (and "due and payable in full on the earlier to occur of (a) May 18, 2016 or (b) any earlier
    # date that …")
    Cue(
        "maturity",
        "before",
        r"\bearlier\s+(?:to\s+occur\s+)?of\b[^.;]{0,160}?(?:\(i+v?\)|\(a\)|\bor)\s*$",
        3,
    ),
    # ("… due and payable in full on the earlier of: (i) October 12, 2007 if the financing … has not
    # closed …; (ii) October 5, 2008, and (iii) the “Conversion Date”"): a later option of the list,
    # past the first option's semicolon; and an option that holds only "if" something happens is
    # not the maturity
    Cue(
        "maturity",
        "wide",
        r"\bearlier\s+of\s*:?(?:[^.]|\.(?!\s+(?-i:[A-Z]))){0,280}?;\s*(?:and\s+|or\s+)?\((?:i{2,3}|[b-d])\)\s*$",
        3,
    ),
    Cue("maturity", "after", r"^\W{0,3}if\s+(?:the\s+)?(?!not\b)\w+", -4),
    # '“Accelerated Maturity Date” shall mean April 30, 2003': a day the note may be called, not
    # its maturity
    Cue(
        "maturity",
        "before",
        r"\baccelerated\s+maturity\s+date[\"”]?\s+(?:shall\s+mean|means|is)\s*$",
        -9,
    ),
    # "… promises to pay to FEDERAL AGRICULTURAL MORTGAGE CORPORATION … the principal sum of FIVE
    # HUNDRED MILLION DOLLARS on July 29, 2008"; "shall pay the unpaid principal amount, plus all
    # unpaid and accrued interest, in full on June 30, 2009"; "(a)|X| Single Payment. In one
    # payment on AUGUST 28, 2002"
    Cue("maturity", "lead", r"\bpromises?\s+to\s+pay\b[^.;]{0,300}?\b(?:dollars|\))\s+on\s*$", 5),
    Cue("maturity", "before", r"\bpay\b[^.;]{0,120}?\bin\s+full\s+on\s*$", 5),
    # "The maturity date of the Advancing Note shall be April 8, 2031."
    Cue(
        "maturity",
        "before",
        # (and "The maturity date of this loan as evidenced by this Promissory Note is")
        r"\bmaturity\s+date\s+of\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:note|loan)\b[^.;]{0,60}?\s"
        r"(?:is|shall\s+be|will\s+be)\s*$",
        6,
    ),
    # "…, with payment in full of the outstanding principal balance and all accrued but unpaid
    # interest to be made on or before July 27, 2006"
    Cue(
        "maturity",
        "before",
        r"\bpayment\s+in\s+full\s+of\s+(?:the\s+)?(?:outstanding\s+|unpaid\s+)*principal\b[^.;]{0,120}$",
        4,
    ),
    # "(d) The remaining balance of the principal sum, plus accrued interest, if any, shall be
    # paid on or before July 1, 2001": the last of the payments
    Cue(
        "maturity",
        "before",
        # (not "An installment of interest on the unpaid principal balance … shall be due and
        # payable on October 1, 2000": interest on the balance, not the balance)
        # (nor "A payment of ten percent of the then outstanding balance shall be paid on …")
        r"(?<!\bon\s)(?<!\bon\sthe\s)(?<!\bof\sthe\s)(?<!\bof\sthe\sthen\s)\b(?:remaining|entire|whole|unpaid|outstanding)\s+"
        r"(?:unpaid\s+|outstanding\s+|principal\s+)?"
        r"balance\b(?:[^.;]|\.\d){0,120}?\b(?:shall|will)\s+be\s+(?:due\s+and\s+)?"
        r"(?:paid|payable|due|repaid)\s+(?:in\s+full\s+)?(?:on\s+or\s+before|on|by)\s*$",
        3,
    ),
    # ("(a) The sum of One Million Dollars ($1,000,000) shall be paid on or before November 1,
    # 2000; (b) The further sum of …": one of a list of sums, not the last)
    Cue(
        "maturity",
        "before",
        r"(?:\b(?:further|additional|next)\s+sum|\(\w\)\s+the\s+sum)\s+of\b(?:[^.;]|\.\d){0,120}?"
        r"\b(?:paid|payable|due)\s+(?:on\s+or\s+before|on|by)\s*$",
        -3,
    ),
    # installments "on each of December 31, 2017, December 31, 2018, December 31, 2019, and
    # December 31, 2020": the first falls due on the first day listed, the last on the last
    # (the first such list of its sentence: not "(b) $100,000 plus all accrued interest on each of
    # December 31, 2018; …", a later tranche's)
    # (installments': not "Accrued interest shall be paid on each of …", "Lender may require
    # payment in full … on each of …", "The interest rate shall be adjusted on each of …")
    Cue(
        "first_payment",
        "lead",
        r"^(?:(?!\bon\s+each\s+of\b).)*\b(?:installments|payments)\b(?:(?!\bon\s+each\s+of\b).){0,200}"
        r"\bon\s+each\s+of\s*$",
        5,
    ),
    Cue("maturity", "before", r"\bon\s+each\s+of\s*$", -4),
    Cue(
        "maturity",
        "lead",
        rf"\b(?:installments|payments)\b[^;]{{0,200}}?\bon\s+each\s+of\s+(?:{_LISTED_DAY},\s+)+and\s*$",
        5,
    ),
    Cue("maturity", "before", rf"\bon\s+each\s+of\s+(?:{_LISTED_DAY},\s+)+$", -4),
    # "The loan’s due date for full repayment is December 31, 2014."
    Cue(
        "maturity",
        "before",
        r"\bdue\s+date\s+for\s+(?:full|final)\s+(?:re)?payment\s+(?:is|shall\s+be)\s*$",
        6,
    ),
    # a bond anticipation note's "hereby promises to pay to the bearer on the 16th day of March,
    # 1988, the principal sum of …"
    Cue(
        "maturity",
        "before",
        r"\bpromises?\s+to\s+pay\s+to\s+(?:the\s+)?(?:bearer|registered\s+(?:owner|holder))\b[^.;]{0,40}?"
        r"\s+on\s+(?:the\s+)?$",
        5,
    ),
    Cue("maturity", "before", r"\bin\s+one\s+(?:single\s+)?payment\s+on\s*$", 5),
    # 'the "Maturity Date" for this Note shall be the first to occur of acceleration …, or January
    # 1, 2002'
    Cue(
        "maturity",
        "before",
        # (and 'the "Maturity Date" shall be the earlier to occur of: (1) the date upon which … or
        # (2) September 30 2012')
        r"\bmaturity\s+date[\"”]?[^.;]{0,40}?\bshall\s+be\s+the\s+(?:earlier|earliest|first)"
        r"(?:\s+to\s+occur)?\s+of\b[^.;]{0,400}?\bor\s*(?:\(\w{1,3}\)\s*)?$",
        5,
    ),
    # "… until the first day of March, 2009, when the balance of said principal sum … shall be due"
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}when\s+the\s+(?:entire\s+|unpaid\s+|remaining\s+)?(?:balance|principal)\b[^.;]{0,120}"
        r"\bdue\b",
        6,
    ),
    # "… and each February 1 and August 1 thereafter to and including February 1, 2011": the last
    # payment day
    Cue("maturity", "before", r"\bthereafter\s+to\s+and\s+including\s*$", 4),
    # "… and on each April 1, July 1, October 1 and January 1 thereafter until January 1, 2002,
    # when the entire principal sum …"; "successive quarterly payments shall be due and payable on
    # July 1, 1999": the next payments, not the last
    Cue("maturity", "before", r"\bthereafter\s+until\s*$", 2),
    # "… in equal monthly installments, the first of which will be made on September 1, 2006 and
    # the last of which will be made on August 1, 2009": the first and last installments' days
    Cue("first_payment", "before", _FIRST_OF_WHICH, 6),
    Cue("issue_date", "before", _FIRST_OF_WHICH, -6),
    Cue("maturity", "before", _FIRST_OF_WHICH, -6),
    Cue("maturity", "before", _LAST_OF_WHICH, 6),
    Cue("issue_date", "before", _LAST_OF_WHICH, -6),
    Cue("first_payment", "before", _LAST_OF_WHICH, -6),
    Cue(
        "maturity",
        "before",
        r"\bearlier\s+of\s+(?:\(i\)\s*)?demand\s+(?:or|and)\s+(?:\(ii\)\s*)?$",
        5,
    ),
    Cue("maturity", "after", r"^\W{0,3}when\s+(?:the\s+)?(?:entire|whole|all)\b", 3),
    Cue(
        "maturity",
        "before",
        r"\b(?:successive|subsequent|remaining)\s+(?:(?:monthly|quarterly|semi-?annual|annual)\s+)?"
        r"(?:payments|installments)\s+shall\s+be\s+(?:due|made|paid)(?:\s+and\s+payable)?\s+on\s*$",
        -6,
    ),
    Cue(
        "maturity",
        "before",
        r"\b(?:mature|due|payable|paid|repaid)(?:\s+in\s+full)?\s+on\s+the\s+earlier\s+of"
        r"\s*(?:\((?:i|a|1)\)\s*)?$",
        5,
    ),
    Cue(
        "maturity",
        "before",
        r"\b(?:term|note)\s+(?:shall\s+|will\s+)?expires?\s+on(?:\s+the)?\s*$",
        5,
    ),
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}at\s+which\s+time\s+(?:all\s+|the\s+)?(?:entire\s+|outstanding\s+|unpaid\s+)*"
        r"(?:principal|balance)",
        6,
    ),
    Cue(
        "maturity",
        "before",
        r"\b(?:(?:paid|repaid)\s+in\s+full|fully\s+(?:paid|repaid))\s+on\s*$",
        4,
    ),
    # a date the note defines as its end: 'The "Expiration Date" shall mean JANUARY 8, 2005'
    Cue(
        "maturity",
        "before",
        r"[\"“”']\s*(?:maturity|expiration|termination)\s+date\s*[\"“”']\s*"
        r"(?:is|shall\s+(?:be|mean)|means)\s*:?\s*$",
        5,
    ),
    # a form's "On October 23, 2000 (insert specific date or "DEMAND"), for value received, the
    # undersigned promises to pay": a date that opens the promise is when it is paid
    Cue("maturity", "before", r"(?:^|[^\w\s,]|\d)\s*on\s*$", 2),
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}(?:\([^()]{0,60}\)\s*)?,\s*for\s+value\s+received\b",
        3,
    ),
    # Laser Pro: "Borrower will pay this loan in one payment of all outstanding principal plus all
    # accrued unpaid interest on July 20, 2021" (or "in one principal payment of $500,000.00 plus
    # interest on February 4, 2001"); "Principal shall be payable under this Note on";
    # "… but in no event later than June 30, 2025"
    Cue(
        "maturity",
        "before",
        r"\bin\s+one\s+(?:principal\s+)?payment\s+of\s+(?:all\s+outstanding\s+principal\b|\$)"
        r"(?:[^.;]|\.\d){0,80}?\bon\s*$",
        5,
    ),
    Cue(
        "maturity",
        "before",
        r"^\W*principal\s+shall\s+be\s+(?:due\s+and\s+)?payable\b[^.;]{0,40}?"
        r"\bon\s*$",
        4,
    ),
    Cue("maturity", "before", r"\bin\s+no\s+event\s+later\s+than\s*$", 4),
    # a uniform note's "If, on June 17, 2019, I still owe amounts under this Note, I will pay those
    # amounts in full on that date, which is called the "maturity date.""
    Cue("maturity", "after", r"^\W{0,3}I\s+still\s+owe\s+amounts\b", 7),
    # "… shall be due and payable on the 31st day of December, 2019, on which date the entire
    # balance of principal plus accrued interest shall be due and payable"
    Cue("maturity", "after", r"^\W{0,3}on\s+which\s+date\s+the\s+(?:entire|whole|unpaid)\b", 6),
    # "the assets purchased by Maker from Payee on or before January 1, 2019": a sale's date
    Cue(
        "maturity",
        "before",
        # (and a loan's first funding: "$50,000.00 of the loan shall be funded on or before May
        # 14, 2010")
        r"\b(?:purchased|acquired|sold|conveyed|funded|disbursed)\b[^.;]{0,60}\bon\s+or\s+before\s*$",
        -6,
    ),
    # a heading's labelled "Due Date: March 30, 2001 Dated: As of March 31, 2000"
    # (and without the colon: "Due Date July 8,1963 Amount $100,000.00")
    Cue("maturity", "before", r"\bdue\s+date\s*:?\s*$", 6),
    # a form's advance: "On 11/15/2001 I will receive the amount of $ 0.00"
    Cue("maturity", "after", r"^\W{0,3}(?:I|Borrower|the\s+Borrower)\s+will\s+receive\b", -6),
    # Laser Pro: "Borrower will pay all outstanding principal plus all accrued and unpaid
    # interest under this Loan on December 31, 2002"
    Cue(
        "maturity",
        "before",
        r"\bpay\s+all\s+(?:outstanding\s+|unpaid\s+)*principal\s+(?:plus|and|together\s+with)\s+all\s+"
        r"(?:(?:accrued|and|unpaid)\s+){1,3}interest\b[^.;]{0,60}?\bon\s*$",
        5,
    ),
    # "… shall be due and payable at final maturity on June 30, 2020"
    Cue("maturity", "before", r"\bat\s+(?:final|stated)\s+maturity\s+(?:on|of)\s*$", 5),
    # "… and one final installment in the amount necessary to prepay the Term Loan in full on
    # December 31, 2001": the last payment, which pays the whole
    Cue(
        "maturity",
        "before",
        r"\b(?:one\s+)?(?:final|last)\s+(?:installment|payment)\b[^.;$]{0,100}\bin\s+full\s+on\s*$",
        5,
    ),
    Cue("maturity", "before", r"\bmaturity(?:\s+date)?\s*:?\s*$", 2),
    # ("… in eleven (11) payments as follows: one irregular payment of … (19,883.84) on April 1,
    # 2000, nine regular payments of …": the day of the first of several payments)
    Cue(
        "maturity",
        "before",
        r"\b(?:first|initial|irregular)\s+(?!(?:last|final)\b)(?:\w+\s+)?payment\s+of\b(?:[^.;]|\.\d){0,160}?\bon\s*$",
        -4,
    ),
    # "Borrower's final payment due March 1, 2001, will be for all principal and accrued interest"
    Cue(
        "maturity",
        "before",
        r"\b(?:final|last)\s+(?:installment|payment)\s+(?:(?:is|shall\s+be|will\s+be)\s+)?due\s+(?:on\s+)?$",
        3,
    ),
    # the first sentence of a section titled so: "3. Maturity Date.  Unless accelerated at a
    # prior date following an Event of Default, on April 30, 2018"
    Cue(
        "maturity",
        "wide",
        r"(?:^|\n|(?:\d|\))[.)]?[ \t]+)(?-i:Maturity|MATURITY)(?:\s+(?-i:Date|DATE))?[ \t]*[.—–]"
        # (not a day for notice or a choice: "Maturity Date. The Borrower may, by notice delivered
        # no later than December 1, 2022, extend …"; nor a day counted from: "… five (5) years
        # after March 1, 2018")
        r"\s+(?-i:[A-Z])(?:(?!\b(?:may|notice|extend\w*|request\w*|after|before|option)\b)[^.;:]){0,160}$",
        3,
    ),
    # a definition opening its paragraph, its first quotation mark lost: 'Maturity Date” May 31,
    # 2011 unless accelerated'
    Cue(
        "maturity",
        "before",
        r"(?:^|\n)[ \t]*[\"“]?Maturity\s+Date[\"”]\s*(?:means\s+|shall\s+mean\s+|:\s*)?$",
        6,
    ),
    Cue("maturity", "lead", r"\bpromises?\s+to\s+pay\b", 1),
    # "... promises to pay ... at the principal office of the Company, on March 26, 1998."
    Cue("maturity", "lead", r"\bpromises?\s+to\s+pay\b[^;]*,\s+on\s*$", 3),
    Cue("maturity", "before", r"\bon\s*$", 1),
    Cue("maturity", "after", r"^\W{0,3}unless\s+(?:sooner|earlier)\s+(?:paid|demanded)", 3),
    # "… all amounts due and unpaid under the Loan Agreement on December 1, 2023, or on any earlier
    # Maturity Date as set forth in the Loan Agreement"
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}or\s+(?:on\s+)?(?:any|such)\s+(?:earlier|sooner)\s+(?:maturity\s+)?date\b",
        4,
    ),
    Cue(
        "maturity",
        "after",
        # (and '(the "Final Maturity Date")', '(the "Stated Maturity Date")')
        r"^\W{0,4}(?:\(\s*)?(?:the\s+)?[\"“”']?\s*(?:(?:final|stated|scheduled)\s+)?(?:maturity|expiration"
        # (nor the next line's "Maturity Date June 02, 1997", "Maturity Date AUGUST 27, 1998")
        r"|termination)\s+date(?!\s*:|\s+\$?\d|\s+(?-i:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+\d)",  # not the next "MATURITY DATE:" label or cell
        6,
    ),
    # ('The "Maturity Date" shall be the earlier of (a) March 31, 1998 and (b) such date as …'):
    # the first of the days the definition names
    Cue(
        "maturity",
        "before",
        r"\bmaturity\s+date[\"”]?\s+(?:shall\s+be|means|is)\s+the\s+(?:earlier|earliest|first)"
        r"(?:\s+to\s+occur)?\s+of\s*:?\s*(?:\(\w{1,3}\)\s*)?(?:the\s+)?$",
        6,
    ),
    Cue("maturity", "before", r"\b(?:agreement|extended|adjustment)\b[^.;]{0,30}$", -4),
    # a subscription's condition: "The entire sum of One Million Dollars asked, shall be pledged on
    # or before June 12, 1918"
    Cue("maturity", "before", r"\bpledged\s+on\s+or\s+before\s*$", -8),
    Cue(
        "maturity",
        "before",
        r"\bfirst\s+(?:\w+\s+){0,2}(?:payment|installment)\b[^.;]{0,30}$",
        -4,
    ),
    Cue("maturity", "before", r"\b(?:commenc\w*|beginning)\b[^.;,]{0,40}$", -4),
    # "Interest … shall be payable on June 28, 2002, as to all interest accrued as of such date":
    # when interest is paid, not the principal
    Cue(
        "maturity",
        "lead",
        r"^(?:(?!principal|balance)[^.;])*?\binterest\b(?:(?!principal|balance)[^.;])*"
        r"\bshall\s+be\s+(?:due\s+and\s+)?payable\s+on\s*$",
        -5,
    ),
    Cue("maturity", "after", r"^\W{0,3}as\s+to\s+(?:all\s+)?(?:accrued\s+)?interest\b", -6),
    # A date that ends a deferral or fixes an initial payment is not the note's maturity.
    Cue(
        "maturity",
        "sentence",
        r"\bdefer(?:s|red|ral)?\b|\binitial\s+(?:lump\s+sum\s+)?payment",
        -4,
    ),
    Cue(
        "maturity",
        "before",
        r"(?:re-?borrow\w*|advances?\s+(?:may|shall)\s+be\s+made|loans?\s+"
        r"(?:may|shall)\s+be\s+made)[^.;]{0,60}$",
        -6,
    ),
    Cue("draw_period_end", "before", r"\bre-?borrowed\s+(?:on\s+or\s+before|until|through)\s*$", 5),
    Cue(
        "first_payment",
        "before",
        r"(?:commenc(?:e|es|ing)(?:\s+(?:on|upon))?|beginning(?:\s+on)?"
        r"|first\s+(?:principal\s+)?(?:payment|installment)(?:\s+date)?\s*(?:is\s+due\s+)?(?:on|:)?"
        r"|shall\s+commence\s+on)(?:\s+the)?(?:\s*\([ivx\d]{1,4}\))?\s*$",  # "beginning on (i)"
        5,
    ),
    Cue("first_payment", "after", _AND_EACH, 5),
    # "… on or before the 1st day of January, 2000, and the sum of $4,231.38 or more on or before
    # the 1st day of each and every succeeding month thereafter"
    Cue(
        "first_payment",
        "after",
        r"^\W{0,3},?\s*and\s+the\s+(?:same\s+|like\s+)?sum\s+of\s+\$[\d,.]+(?:\s+or\s+more)?\s+on\s+or\s+before\s+the\s+\w+\s+day\s+of\s+each\b",
        6,
    ),
    # "… until the 1st day of December, 2002, at which time the remaining principal balance plus
    # accrued interest shall become due and payable in full"
    Cue(
        "maturity",
        "after",
        r"^\W{0,3},?\s*at\s+which\s+time\s+the\s+(?:remaining|entire|whole|unpaid)\b",
        6,
    ),
    # "Commencing with the quarter ending on June 30, 2017, Borrower will make quarterly payments
    # of interest … plus $220,833.33"
    Cue(
        "first_payment",
        "before",
        r"\b(?:commencing|beginning|starting)\s+with\s+the\s+(?:calendar\s+|fiscal\s+)?(?:month|quarter|year|period)\s+ending\s+(?:on\s+)?$",
        6,
    ),
    # "Commencing on March 31, 2015, and on the last day of each quarter thereafter …, Borrower
    # will make quarterly interest only payments": payments of interest alone
    Cue(
        "first_payment",
        "sentence",
        r"^(?:(?!principal)[^;])*\binterest[\s-]+only\s+payments?\b(?:(?!principal)[^;])*$",
        -10,
    ),
    # "Interest will begin to accrue on the principal sum on April 1, 1997 and continue to accrue
    # thereafter": the day interest starts, not a payment
    Cue(
        "first_payment",
        "before",
        r"\b(?:begin|commence|start)s?\s+to\s+accrue\b[^.;$]{0,60}$|\baccru\w+\s+(?:from|commencing|beginning)\s+(?:on\s+)?$",
        -8,
    ),
    Cue("maturity", "after", _AND_EACH, -5),
    Cue("issue_date", "after", _AND_EACH, -5),
    # "with the first installment being due and payable on or before June 9, 2005"; "commencing
    # with the first such payment due on December 31, 2009"
    Cue("first_payment", "before", _FIRST_DUE, 6),
    # "($4081.88) per month for 24 consecutive months beginning on or before October 25, 2006"
    Cue(
        "first_payment",
        "before",
        r"\bper\s+month\s+for\s+\d{1,3}\s+(?:\(\d{1,3}\)\s+)?(?:consecutive\s+)?months\s+"
        r"(?:beginning|commencing|starting)\s+(?:on\s+or\s+before\s+|on\s+)?$",
        6,
    ),
    Cue("maturity", "before", _FIRST_DUE, -6),
    # "… on the first day of each month thereafter to and including the first day of August, 2007,
    # the Maker shall pay to the Payee monthly installments of interest": the last day of interest
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}[^.;]{0,50}\b(?:installments|payments)\s+of\s+(?:accrued\s+)?interest\b(?!\s+and)",
        -5,
    ),
    # "with interest until maturity at the rate of Twenty Percent (20%) per annum, payable on the 10
    # day of February, 1985 and on the 10 day of February, 1986": days of interest, and not the
    # last of the days listed
    Cue("maturity", "before", _INTEREST_PAYABLE_ON, -5),
    Cue("issue_date", "before", _INTEREST_PAYABLE_ON, -5),
    Cue(
        "maturity",
        "after",
        rf"^\W{{0,3}}and\s+(?:on\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+day\s+of\s+{_MONTH}"
        rf"|{_MONTH}\s+\d{{1,2}}\b)",
        -4,
    ),
    # "… in 40 quarterly installments … commencing on December 30, 1997 and continuing through and
    # including September 30, 2007.": the last installment's day (unless more is paid after it:
    # "continuing through March 1, 2000, plus $145,000.00 on the first day of April 2000")
    Cue(
        "maturity",
        "before",
        r"\b(?:commencing|beginning)\b[^.;]{0,80}?\band\s+continuing\s+(?:through|until|to)"
        r"(?:\s+and\s+including)?\s*$",
        6,
    ),
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}(?:plus\s+\$|and\s+then\b|with\s+(?:a|the)\s+(?:final|balance)\b)",
        -6,
    ),
    # "Interest alone shall be due and payable on the first day of December, 1995": a day of
    # interest, not the day the principal falls due
    Cue(
        "maturity",
        "lead",
        r"^\W*(?:accrued\s+)?interest\s+(?:alone|only)\s+shall\s+be\s+due(?:\s+and\s+payable)?\s+on"
        r"(?:\s+the)?\s*$",
        -6,
    ),
    # "… with subsequent payments due on the 15th day of April, 1999 and subsequent payments …":
    # the next payment, not the last
    Cue(
        "maturity",
        "before",
        r"\b(?:subsequent|succeeding|second|next)\s+(?:(?:monthly|quarterly|annual)\s+)?"
        r"(?:payments?|installments?)\s+(?:shall\s+be\s+|being\s+|to\s+be\s+)?due(?:\s+and\s+payable)?"
        r"\s+on\s*$",
        -6,
    ),
    Cue("first_payment", "sentence", INSTALLMENT_WORDS, 1),
    # "beginning with the payment due on July 10, 2013 ("First Payment Date")": a date the note
    # names its first payment's
    Cue(
        "first_payment",
        "after",
        r"^\W{0,3}\(\s*(?:the\s+)?[\"“]first\s+(?:principal\s+)?(?:payment|installment)\s+date[\"”]",
        7,
    ),
    Cue(
        "maturity",
        "after",
        r"^\W{0,3}\(\s*(?:the\s+)?[\"“]first\s+(?:principal\s+)?(?:payment|installment)\s+date[\"”]",
        -6,
    ),
    # '"First Payment Date" shall mean the first day of November, 2001'
    Cue(
        "first_payment",
        "before",
        r"[\"“]first\s+(?:principal\s+)?(?:payment|installment)\s+date[\"”]\s+(?:shall\s+mean|means|is)(?:\s+the)?\s*$",
        7,
    ),
    Cue(
        "issue_date",
        "before",
        r"[\"“]first\s+(?:principal\s+)?(?:payment|installment)\s+date[\"”]\s+(?:shall\s+mean|means|is)(?:\s+the)?\s*$",
        -6,
    ),
    # a form's approval "(Exp. 06/30/2017)": when the form's approval ends, not the note's date
    Cue("issue_date", "before", r"\(\s*exp(?:ires|iration)?\.?\s*(?:date\s*)?:?\s*$", -8),
    # … nor its edition, "Form 1234 (Rev. 10/99)", "FSA-1940-17 U.S. DEPARTMENT OF AGRICULTURE"
    # then "(10-26-99) Farm Service Agency" ("Include form number and date on all reproductions")
    Cue("issue_date", "before", r"\(\s*rev(?:ised|\.)?\s*:?\s*$", -8),
    # a state board's note: "pursuant to Loan Contract No. C153797 dated February 11, 1998", "This
    # promissory note replaces a note dated January 28, 1998", "Date of Completion: September 1,
    # 2001": the contract's, the old note's and the project's days, not this note's
    Cue("issue_date", "before", r"\b(?:contract|agreement)\s+No\.?\s*[\w-]+,?\s+dated\s*$", -6),
    # ("pursuant to a certain telephone loan contract, dated as of October 15, 1951, between the
    # Government and the Corporation": the contract's day, a note of 1988)
    Cue("issue_date", "before", r"\bloan\s+contract,?\s+dated\s+(?:as\s+of\s+)?$", -6),
    # ("… the interest on a certain note dated March 4, 1846"): another note's date
    Cue("issue_date", "before", r"\b(?:a|that)\s+certain\s+(?:[\w-]+\s+){0,3}note\s+dated\s*$", -8),
    # another document's day: "… THE CREDIT AGREEMENT BETWEEN GOLDEN GRAIN ENERGY, LLC AND HOME
    # FEDERAL SAVINGS BANK DATED JANUARY 16, 2004", "Schedule No. 12 dated February 12, 1998", "that
    # certain Promissory Note (the “Original Note”) dated November 1, 2004" (not the note's own
    # title, "NOTE AND SECURITY AGREEMENT dated …")
    Cue(
        "issue_date",
        "before",
        # (and "that certain letter of intent between the parties and Infotopia, Inc. dated")
        r"(?<!note\sand\ssecurity\s)\b(?:agreement|letter\s+of\s+intent)\s+between\b"
        r"(?:[^.;]|(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCo)\.){0,120}?\bdated\s+(?:as\s+of\s+)?$"
        r"|\bschedule\s+No\.?\s*\w+,?\s+dated\s*$"
        r"|\bthat\s+certain\s+(?:[\w-]+\s+){0,3}note\b[^.;]{0,60}?\bdated\s+(?:as\s+of\s+)?$",
        -6,
    ),
    Cue(
        "issue_date",
        "before",
        r"\breplaces\s+(?:a|the|that)\s+(?:promissory\s+)?note\s+dated\s*$",
        -8,
    ),
    Cue("issue_date", "before", r"\bdate\s+of\s+completion\s*:?\s*$", -8),
    Cue("issue_date", "after", r"^\W{0,3}(?:was|were|has\s+been|is\s+hereby)\s+cancell?ed\b", -8),
    Cue(
        "issue_date", "wide", r"\b(?-i:[A-Z]{2,5})-\d{2,5}(?:-[\dA-Z]{1,4})?\b[^;]{0,60}?\(\s*$", -6
    ),
    # "the first such installment to be due and payable on March 31, 2008"
    Cue(
        "first_payment",
        "before",
        r"\bfirst\s+(?:such\s+|\w+\s+)?(?:payment|installment)\s+(?:shall\s+be|to\s+be|is)\s+"
        r"(?:due|made|paid)(?:\s+and\s+payable)?\s+on\s*$",
        6,
    ),
    # "The first Interest Rate Period … shall be the period commencing on August 23, 2024": when a
    # period begins, not a payment
    Cue("first_payment", "before", r"\bperiod\b[^.;]{0,40}?\bcommenc\w*(?:\s+on)?\s*$", -8),
    Cue("first_payment", "lead", INTEREST_ONLY, -6),
    # "… with annual principal payments of $100,000.00 on July 15, 2002 and annually thereafter":
    # principal's own first day, after interest's
    Cue(
        "first_payment",
        "before",
        r"\bprincipal\s+(?:payments?|installments?)\s+of\s+\$[\d,.]+\s+(?:each\s+)?"
        r"(?:on|beginning(?:\s+on)?|commencing(?:\s+on)?)\s*$",
        10,
    ),
    # "Maker shall pay to Holder on July 1, 2008, and on the first day of each month thereafter
    # during the term of the Loan, all accrued but unpaid interest.": what is paid comes last
    Cue(
        "first_payment",
        "sentence",
        r"\bpay\b(?:(?!principal)[^.;]){0,200}?,\s+all\s+(?:(?:accrued|unpaid|and|but|then)[\s,]+){1,4}"
        r"interest\s*(?:[.;]|$)",
        -6,
    ),
    # "… commencing May 1, 2015, with the first four (4) installments (through February 1, 2016)
    # each in the amount of all accrued and unpaid interest": the first payments are interest
    Cue(
        "first_payment",
        "after",
        r"^\W{0,3},?\s*with\s+the\s+first\s+(?:[\w-]+\s+)?\(\d+\)\s+(?:installments|payments)\b"
        r"(?![^.;]*\bprincipal\b)(?:[^.;]*\binterest\b|[^.;]{50,}$)",
        -8,
    ),
    # "A. Beginning on August 1, 1997 and on the first (1st) day of each calendar month
    # thereafter, Borrower shall pay interest on the outstanding principal amount": interest alone
    Cue(
        "first_payment",
        "sentence",
        r"^(?!.*\bprincipal\s+and\s+interest\b)(?!.*\b(?:installments?|payments?)\s+of\s+principal\b)"
        r".*\b(?:shall|will)\s+pay\s+(?:all\s+)?(?:accrued\s+)?interest\s+(?:on|upon)\b",
        -8,
    ),
    # "… shall pay regular and successive monthly installments of interest ONLY on the amounts
    # actually advanced … commencing on May 1, 2002": interest alone, whatever the sentence says later
    Cue(
        "first_payment",
        "lead",
        r"\b(?:installments?|payments?)\s+of\s+interest\s+only\b[^.;]{0,100}$",
        -8,
    ),
    # "(a) Commencing January 28, 2005, …, Borrowers will make consecutive monthly payments of
    # interest only as it accrues."
    Cue(
        "first_payment",
        "sentence",
        r"^(?!.*\bprincipal\s+and\s+interest\b)(?!.*\binstallments?\s+of\s+principal\b).*"
        r"\bpayments?\s+of\s+interest\s+only\b",
        -8,
    ),
    # 'The term "Adjustment Date" shall mean FEBRUARY 1, 1997, and the 1ST day of each QUARTER
    # thereafter': when the rate changes, not when an installment is paid
    Cue(
        "first_payment",
        "before",
        r"\b(?:adjustment|change|reset)\s+date[\"”]?\s+(?:shall\s+(?:mean|be)|means|is)\s*$",
        -8,
    ),
    # "simple interest at the rate of … assessed on the unpaid principal balance … as outstanding
    # from time to time, commencing on May 26, 2004 and continuing until …": interest accrues from it
    Cue(
        "first_payment",
        "lead",
        r"\binterest\b(?:(?!payab|payment|install|\.\s)[^;]){0,160}?\bprincipal\s+balance\b"
        r"(?:(?!payab|payment|install|\.\s)[^;]){0,80}?\bcommencing(?:\s+on)?\s*$",
        -12,  # (outweighs "commencing on" and "and continuing until …" after it)
    ),
    # "The Maximum Amount … shall be reduced by the amount of $87,500 on July 1, 1998": a cut of
    # the credit line, not an installment
    Cue("first_payment", "before", r"\breduced\s+by\b[^.;]{0,60}$", -6),
    # "together with variable interest on the unpaid balance beginning May 31, 2001": when
    # interest starts to accrue
    Cue(
        "first_payment",
        "before",
        r"\binterest\s+on\s+the\s+unpaid\s+(?:principal\s+)?balance\s+(?:from\s+time\s+to\s+time\s+"
        r"outstanding\s+)?(?:beginning|commencing)(?:\s+on)?\s*$",
        -8,
    ),
    # "Interest shall be payable on the last day of each month; beginning January 31, 2001"; "The
    # interest on this Note shall be payable monthly beginning"; "Interest accrued prior to the
    # Due Date … shall be paid in arrears in monthly installments beginning on"
    Cue(
        "first_payment",
        "before",
        r"(?<!principal\sand\s)\binterest\b(?:(?!principal)[^.;]){0,60}?\b(?:shall|will|to)\s+be\s*"
        r":?\s+(?:\([a-z0-9]{1,3}\)\s+)?(?:due\s+and\s+)?(?:payable|paid)\b[^.]{0,80}?"
        r"\b(?:beginning|commencing)(?:\s+on)?\s*$",
        -12,
    ),
    # "On the first day of each month, commencing on February 1, 2019, … Borrower shall pay monthly
    # installments of accrued interest hereon": when interest alone is paid, in a sentence that
    # says nothing of principal
    Cue(
        "first_payment",
        "sentence",
        r"^(?!.*\bprincipal\b).*\b(?:installments?|(?:monthly|quarterly|periodic|regular)\s+"
        r"payments?)\s+of\s+(?:all\s+)?"
        r"(?:(?:accrued|unpaid|and|but|then)[\s,]+){0,4}interest\b",
        -8,
    ),
    # "… semiannually in arrears commencing March 30, 2003 (each a "Scheduled Interest Payment
    # Date")": the days interest is paid
    Cue(
        "first_payment",
        "after",
        r"^\W{0,3}\(\s*each\s+(?:an?\s+)?[\"“][^\"”]{0,30}\binterest\s+payment\s+date",
        -8,
    ),
    # "On May 1, 2007 and on the first day of each month after such date …, Maker shall pay to Payee
    # the amount of interest which shall have accrued …": interest alone, in a sentence that says
    # nothing of principal
    Cue(
        "first_payment",
        "sentence",
        r"^(?!.*\bprincipal\b).*\bpay\b[^.;]{0,40}?\bthe\s+amount\s+of\s+(?:accrued\s+)?interest\b",
        -8,
    ),
    # "$11,667.00 on September 1, 2003, and the same amount … on the first day of each month"
    Cue("first_payment", "after", r"^\W{0,3}and\s+the\s+same\s+amount\b", 5),
    # "From time to time beginning on or about August 28, 2006 and continuing until …, MFPI
    # Partners, LLC advanced various amounts in cash to Maker": when advances began
    Cue(
        "first_payment",
        "after",
        r"^[^.;]{0,120}?\badvanced\s+(?:various\s+)?(?:amounts|sums|funds)\b",
        -6,
    ),
    # "Borrower shall have the right, upon thirty (30) days advance written notice, beginning
    # January 1, 2002 of paying this note in full with a prepayment fee": when prepaying may begin
    Cue("first_payment", "after", r"^\W{0,3}(?:of|to)\s+(?:prepay\w*|paying\s+this\s+note)\b", -8),
    Cue("other", "lead", INTEREST_ONLY, 3),
    Cue(
        "draw_period_end",
        "before",
        r"\b(?:advances?|loans?|borrowings?)\b[^.;]{0,160}?"
        r"(?:up\s+)?(?:and\s+)?until\s*$",
        5,
    ),
    # (not a day the note names its maturity: "… any additional advances …, will accrue hereunder
    # … through and until September 3, 2022 (the “Maturity Date”)")
    Cue("draw_period_end", "after", r"^\W{0,3}\(\s*(?:the\s+)?[\"“]Maturity\s+Date", -8),
    # (and "No draws can be made after June 1, 2005 without written permission from the Lender")
    Cue(
        "draw_period_end",
        "before",
        r"\bno\s+(?:loans?|advances?|draws?)\b[^.;]{0,40}\bafter\s*$",
        5,
    ),
    # "Lender shall have no obligation to make any advances hereunder after December 31, 2018"; "the
    # right to request and receive monies from Lender hereunder shall cease and terminate on
    # November 9, 2007"; "The term of the Commitment shall be from the date hereof up to and
    # including May 1, 2002"
    Cue(
        "draw_period_end",
        "before",
        r"\bno\s+obligation\s+to\s+(?:make|fund)\s+(?:any\s+)?(?:further\s+)?(?:advances?|loans?)\b"
        r"[^.;]{0,40}?\bafter\s*$"
        r"|\bright\s+to\s+(?:request|borrow|receive)\b[^.;]{0,80}?\b(?:cease|terminate|expire)s?"
        r"(?:\s+and\s+terminate)?\s+on\s*$"
        r"|\bterm\s+of\s+the\s+commitment\s+shall\s+be\b[^.;]{0,60}?"
        r"\b(?:up\s+to\s+and\s+including|until|through)\s*$",
        6,
    ),
    # a form's "[X] Open End Credit: … I may borrow up to the maximum principal sum more than one
    # time. This feature is subject to all other conditions and expires on 11/15/2002."
    Cue("draw_period_end", "before", r"\bthis\s+feature\b[^.;]{0,80}?\bexpires?\s+on\s*$", 7),
    # "Bank’s obligation to make Advances under this Note shall terminate if … or in any event, on
    # September 30, 2008"
    Cue(
        "draw_period_end",
        "lead",
        r"\bobligations?\s+to\s+make\s+(?:advances|loans)\b[^.]{0,200}?\bterminate\b[^.]{0,200}?"
        r"\bin\s+any\s+event,?\s+on\s*$",
        7,
    ),
    Cue(
        "other",
        "before",
        r"\b(?:agreements?|memorandum|indenture|plan|prospectus|trust)\b[^.;]{0,60}?\bdated\b[^.;]{0,20}$",
        6,
    ),
    # a listing's title line ("Revolving Note • September 17th, 2008 • Filer"): its filing date
    Cue("other", "before", r"•\s*$", 8),
    # a listing's title ("Instanet – Secured Promissory Note (April 11th, 2018)"): its filing date
    Cue("other", "before", r"\b(?:note|agreement)\s*\(\s*$", 6),
    Cue("other", "after", r"^\W{0,4}(?:\(\s*)?(?:the\s+)?[\"“”']?\s*(?:\w+\s+){0,3}agreement", 6),
    Cue(
        "other",
        "before",
        r"\b(?:last\s+day\s+of|through\s+and\s+including|announced|published"
        r"|as\s+of|adjustment\s+date\s+means|since|extended)\b[^.;]{0,12}$",
        3,
    ),
)

INDEX_CUES: Final[tuple[Cue, ...]] = (
    # "the (i) Applicable Prime Rate … minus the applicable Base Rate margin": a margin's name
    Cue("index", "after", r"^\W{0,3}(?:margin|spread)\b", -6),
    Cue("index", "sentence", r"\binterest\b|\brate\b", 1),
    Cue("index", "after", r"^[^.;\[\]]{0,90}?(?:plus|\+)\s", 3),  # not past a form's box
    # '“Interest Rate” means the “Prime Rate” (as defined below) less .125% per annum'
    Cue("index", "after", r"^[\"”)\s]*(?:\([^()]{0,30}\)\s*)?(?:less|minus)\s+(?!than\b)", 3),
    Cue(
        "index",
        "before",
        r"\binterest\s+rate[\"”]?\s+(?:means|shall\s+mean|shall\s+be)\s+(?:the\s+)?[\"“]?\s*$",
        3,
    ),
    Cue(
        "index",
        "before",
        # ('One percent per annum greater than the "New York Prime" interest rate')
        r"(?:above|over|in\s+excess\s+of|plus|below|under|minus|(?:greater|higher|less|lower)\s+than)"
        # (a list's number between: "one (1 %) percent per annum plus (ii) the Prime Rate")
        r"\s+(?:\((?:i{1,3}|iv|[a-d2-4])\)\s*)?"
        # ('over "The Wall Street Journal Prime Rate,"': four words of its name before)
        r"(?:the\s+)?[\"“]?(?:[\w'-]+\s+){0,4}[-\s]*(?:[`\"“]\s*)?$",  # ("the current `Prime Rate"")
        3,
    ),
    # (and '“Governing rate” shall mean a rate equal to the “LIBOR Rate.”')
    Cue(
        "index",
        "before",
        r"(?:equal\s+to|at|based\s+on|rate\s+is\s+based\s+upon)\s+(?:the\s+)?(?:[\w'-]+[\s,]+){0,4}[\"“]?\s*$",
        2,
    ),
    # "shall bear interest at a per annum rate of Base Rate"
    Cue(
        "index",
        "before",
        # ("at a nominal rate per annum of the Bank of Montreal Prime Rate")
        r"\b(?:interest\s+at\s+a\s+)?(?:per\s+annum\s+)?rate\s+(?:per\s+annum\s+)?(?:of|equal\s+to)\s+"
        r"(?:the\s+)?(?:(?-i:[A-Z][\w&'-]*)\s+|of\s+){0,5}[\"“]?$",
        3,
    ),
    Cue("index", "sentence", r"fluctuat|variable|floating", 2),
    # a subtitle under the note's title ("DEMAND GRID PROMISSORY NOTE" then "PRIME RATE")
    Cue("index", "line", r"^(?-i:(?:[A-Z]+\s+){0,2}(?:PRIME|LIBOR|SOFR)\s+RATE(?:\s+NOTE)?)$", 3),
    # a tax rule's test ("the yield to maturity is not less than 100 percent of the applicable
    # Federal rate"), not the rate the note bears
    Cue("index", "sentence", r"\byield\s+to\s+maturity\b", -4),
    # "… provide for adequate stated interest computed at the “applicable federal rate” prescribed
    # by … Code Section 1274": a tax rule's floor, said of the note's rate, not its index
    Cue("index", "sentence", r"\badequate\s+stated\s+interest\b|\bsection\s+1274\b", -4),
    # (or "… established from time to time … by Bank, as Bank’s “Base Rate.”")
    Cue(
        "index", "before", r"\bas\s+(?:its|(?:the\s+)?(?:Bank|Lender|Holder)['’]s)\s+[\"“]?\s*$", 3
    ),
    Cue("index", "before", r"\b(?:aggregate|sum)\s+of\s+(?:\(\w\)\s*)?(?:the\s+)?$", 3),
    # "… equal to the sum of (i) the greater of (A) the Prime Rate and (B) 3.25%, plus (ii) 8%":
    # an index with its floor
    Cue(
        "index",
        "before",
        r"\b(?:aggregate|sum)\s+of\s+(?:\(\w{1,4}\)\s*)?(?:the\s+)?(?:greater|higher)\s+of\s+"
        r"(?:\(\w{1,4}\)\s*)?(?:the\s+)?$",
        3,
    ),
    # "the sum of: (A) three and three-quarters percent (3.75%) and (B) the LIBOR Rate"
    Cue(
        "index", "before", r"%\s*\)?\s*(?:per\s+annum\s+)?and\s+(?:\(\w{1,4}\)\s*)?(?:the\s+)?$", 3
    ),
    Cue("index", "before", r"\bindex\s*:\s*(?:the\s+)?(?:[\w-]+\s+){0,4}$", 4),
    # "the rate published from time to time in the Wall Street Journal as the "prime" rate"
    Cue(
        "index",
        "before",
        r"\b(?:published|quoted|announced|reported)\s+(?:from\s+time\s+to\s+time\s+)?in\s+(?:the\s+)?"
        r"(?:Wall\s+Street\s+Journal|WSJ)\s+as\s+(?:the\s+)?[\"“]?\s*$",
        4,
    ),
    # "100 basis points above the index rate of SouthTrust Bank, N.A.'s 30-day LIBOR"
    Cue("index", "before", r"\bindex\s+rate\s+of\s+(?:[\w.,'’&-]+\s+){0,6}$", 3),
    # '“Applicable Rate” means the minimum applicable annual federal rate'
    Cue(
        "index",
        "before",
        r"[\"“](?:applicable|interest|note|contract)\s+rate[\"”]\s+means\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
        3,
    ),
    # a header of labelled terms: "Annual Interest Rate: WSJ Prime (currently 8.00%) plus …"
    Cue(
        "index",
        "before",
        r"\binterest\s+rate\s*:\s*(?:the\s+)?(?:WSJ|Wall\s+Street\s+Journal)?\s*$",
        5,
    ),
    # a form's "TYPE OF INTEREST RATE: Adjustable Rate LIBOR Based"
    Cue(
        "index",
        "after",
        r"^\W{0,3}based\b(?!\s+(?:up)?on\s+(?:changes|an?\b|the\s+(?:index|prime|libor)))",
        4,
    ),
    # "the rate of interest payable on the Loan until maturity … shall be the Prime Rate of the
    # Bank in effect from time to time"
    Cue(
        "index",
        "before",
        r"\b(?:rate\s+of\s+interest|interest\s+rate)\b[^.;]{0,120}?\bshall\s+be\s+(?:the\s+)?$",
        4,
    ),
    # Laser Pro's "based on changes in an independent index which is the one month ... LIBOR"
    Cue("index", "before", r"\bindex\s+which\s+is\s+(?:the\s+)?(?:[\w()'-]+[\s,]+){0,8}$", 5),
    Cue("index", "default", "", -4),
    # a form's unticked box ("[ ] Lender's Consumer Base Rate plus __%"): an option not chosen
    Cue("index", "before", r"\[\s\]\s*[^\[\]\n]{0,40}$", -8),
    Cue("index", "unticked", "", -8),
    # "the following Index Rate": a form's options follow (which one applies is ticked there)
    Cue("index", "before", r"\bfollowing\s*$", -5),
    # … but the name a form writes in after "the following index rate:" is the note's index
    # (on the label's line or after a blank line, "THE LOWEST OF THE U.S. PRIME RATES …", and not
    # the next option's "No Index")
    Cue(
        "index",
        "before",
        r"\bfollowing\s+index\s+rate\s*:[ \t]*(?:(?!No\b|o\b)[\w'.-]+[ \t]+){0,5}$",
        8,
    ),
    # a form's "INDEX RATE: The Index Rate for this Note shall be: SEE ANNEX "A", LIBOR RATE for
    # rate definitions": the name it writes in
    Cue(
        "index",
        "before",
        r"\bindex\s+rate\s+for\s+this\s+note\s+(?:shall\s+be|is)\s*:?\s*"
        r"(?:see\s+(?:annex|exhibit|schedule)\s+[\"“]?\w{1,3}[\"”]?\s*,?\s*)?"
        # (and the bank whose rate it is: "FIRSTAR BANK OF MILWAUKEE, N.A. PRIME RATE")
        r"(?:(?-i:[A-Z][\w.,'&-]*)\s+){0,8}$",
        8,
    ),
    # "THE BASE RATE ON CORPORATE LOANS POSTED BY AT LEAST 70% OF THE 10 LARGEST U.S. BANKS":
    # the Wall Street Journal's words for its prime rate, not a base rate
    Cue("index", "after", r"^\W{0,3}(?:rate\s+)?on\s+corporate\s+loans\b", -8),
    # "… KNOWN AS THE WALL STREET JOURNAL U.S. PRIME RATE"
    Cue("index", "before", r"\bknown\s+as\s+(?:the\s+)?(?:[\w.'-]+\s+){0,5}$", 4),
    # Laser Pro's '… the Rate as listed in The Wall Street Journal "Money Rates" section, referred
    # to as "Prime Rate" (the "Index")': the index the note names as its own
    Cue("index", "before", r"\breferred\s+to\s+as\s+(?:the\s+)?[\"“]\s*$", 4),
    Cue("index", "sentence", r"\bwhere\b[^.;]{0,40}\bused\s+as\b|\bswap\b|\bmaximum\s+lawful", -3),
)

ROLE_FIELDS: Final[dict[tuple[str, str], str]] = {
    ("percent", "rate"): "interest.rate",
    ("percent", "margin"): "interest.floating.margin",
    ("percent", "margin_below"): "interest.floating.margin",
    ("percent", "floor"): "interest.floating.floor",
    ("percent", "cap"): "cap",
    ("percent", "default_margin"): "interest.default_margin",
    ("percent", "default_rate"): "interest.default_rate",
    ("percent", "late_charge"): "late_charge",
    ("percent", "premium"): "prepayment.premium",
    ("money", "commitment"): "commitment",
    ("money", "installment"): "schedule.installment",
    ("date", "issue_date"): "issue_date",
    ("date", "maturity"): "maturity",
    ("date", "first_payment"): "schedule.first_payment",
    ("date", "draw_period_end"): "draw_period_end",
    ("index", "index"): "interest.floating.index",
}


def _heading(text: str, start: int) -> str:
    """The nearest heading above ``start``: a numbered or capitalised title, or a label line,
    and the last run of capitalised words (``INTEREST RATE;``) — whichever are found."""
    window = text[max(0, start - 1200) : start]
    titles = list(
        re.finditer(
            r"(?:^|\n|\|)\s*(?:\d+(?:\.\d+)*\.?\s*|\([a-z]\)\s*|[A-Z]\)\s*)?"
            r"(?P<h>[A-Z][A-Za-z;&,' ]{2,48}?)(?:[.:](?=\s)|\s*\n)",
            window,
        )
    )
    caps = list(re.finditer(r"\b(?:[A-Z]{3,}[;&,]?\s+){1,5}[A-Z]{3,}\b", window))
    parts = [titles[-1].group("h")] if titles else []
    if caps:
        parts.append(caps[-1].group(0))
    return " ".join(parts)


#: Where a sentence ends for the window before a mention: a full stop or semicolon after a word
#: of two or more letters (not "N. A." or "Inc., a"), or a blank line.  Colons do not end it, so
#: labels ("Date:", "Maturity Date:") stay in the window.
#: (not a full stop the scan put for a comma before a state: "the Farmers' State Bank of
#: Greentop. Missouri, twenty-four hundred …")
#: Not just after a courtesy title ("to the order of Mrs. Hannah Allport Five Hundred Dollars").
_AFTER_NO_TITLE: Final = "".join(rf"(?<!\b{title})" for title in COURTESY_TITLES)
_STOP: Final = re.compile(
    rf"(?<=[a-z0-9)\]”\"]{{2}}){_AFTER_NO_TITLE}[.;]\s+(?=[A-Z0-9(“\"\[])(?!(?:{STATES}),)|\n[ \t]*\n"
)


_CELLS: Final = re.compile(r"(?:^|(?<=\n))[ \t]*\|")
#: Words a phrase cannot end with: text after a blank line that follows one runs on.
_RUNS_ON: Final = re.compile(
    # (and a form's "the following index rate:" before the name it writes in)
    r"\b(?:or|and|of|on|the|to|at|by|than|until|before)[ \t]*$|\bindex\s+rate\s*:[ \t]*$",
    I,
)


#: A form's check box: unticked at the start of a line ("[ ]", "|_|", "☐", after a "(b)" label;
#: a "[ ]" inside a sentence is a blank to fill in) or ticked anywhere ("[X]", "|X|", "☒").
_BOX: Final = re.compile(
    r"(?:^|(?<=\n))[ \t|]*(?:\(?[a-z0-9]\)\s*)?(?:\[\s?\]|\|_\||☐)"
    # … or after a letter's label within a line ("… as follows: a. |_| Demand. … b. |X| Time.")
    r"|(?<!\w)\(?[a-z][.)]\s*(?:\[\s?\]|\|_\||☐)"
    # … or within a line a form's text layer ran together ("… LOAN AGREEMENT"). [ ] ON DEMAND")
    r"|(?<=\s)\[\s?\](?=[ \t]+[A-Z]|[ \t]*$)"
    r"|(?P<ticked>\[\s?[Xx✓]\s?\]|\|[Xx]\||☒)"
)


def _in_unticked_option(text: str, start: int) -> bool:
    """Whether the nearest check box before ``start`` (within 600 characters, no blank line
    between) is unticked: the words after it are an option the form did not choose."""
    window = text[max(0, start - 600) : start]
    window = window[window.rfind("\n\n") + 1 :] if "\n\n" in window else window
    boxes = list(_BOX.finditer(window))
    # (not a form's fallback after its options: "If none of the foregoing provisions for a rate of
    # interest is checked, the rate … shall be the Prime Rate of the Bank")
    return (
        bool(boxes)
        and boxes[-1].group("ticked") is None
        and not _IF_NONE_CHECKED.search(window, boxes[-1].end())
    )


#: A form's words for what applies when no box is ticked.
_IF_NONE_CHECKED: Final = re.compile(
    r"\bif\s+(?:none|no\s+box|neither)\b[^.;]{0,80}?\bis\s+(?:checked|ticked|marked|selected)\b", I
)


#: What may stand between a label and its value: spaces, line breaks, a cell's "|", a colon.
_LABEL_GAP: Final = re.compile(r"[\s|:]*$")
#: Where a label's cell begins: a line break, a "|", or a run of three spaces (columns).
_CELL_START: Final = re.compile(r"(?:\n|\||[ \t]{3,})")


#: The first line of a label's cell in a table converted one cell to a line: one word alone
#: on its line, just under a line of nothing but "|".
_STACKED_CELL: Final = re.compile(r"(?:^|\n)[ \t]*\|[ \t]*\n[ \t]*([A-Z][A-Za-z'’]{2,20})[ \t]*\Z")


#: A label run on after the value before it, in a table of terms flattened into lines: "Closing
#: Date: January 6, 2012 Original Principal Amount: $33,200,000.00 Maturity\nDate: February 1,
#: 2017" (words in capitals each, after a figure).
_RUN_IN_LABEL: Final = re.compile(
    # (or after a rule between rows: "… Atlanta, Georgia ------ ------ AMOUNT: SIX MILLION AND
    # NO/100 DOLLARS ($6,000,000.00)")
    r"(?:\d|\)|%|[-=_]{3,})[ \t]+(?P<label>(?:[A-Z][A-Za-z’']*[ \t\n]+){0,4}[A-Z][A-Za-z’']*)\Z"
)


def _run_in_label(head: str, gap: str) -> str:
    """The label of :data:`_RUN_IN_LABEL` before a value, when a colon ends it."""
    if ":" not in gap:
        return ""
    match = _RUN_IN_LABEL.search(head)
    # (in a table of such labels: another label with its colon before the value before it; not
    # "New York, New York November 16, 2022 Effective Date: April 23, 2022", a dateline's words)
    # (a rule of dashes before the label sets it apart as well: "------ AMOUNT: …")
    if match is None or not (
        re.search(r"[A-Za-z][ \t]*:[ \t]*\S", head[: match.start()])
        or re.search(r"[-=_]{3,}[ \t]+$", head[: match.start("label")])
    ):
        return ""
    return " ".join(match.group("label").split())


#: A label closing a row of labels and values ("… Loan Amount $ 1,317,100.00 Interest Rate"):
#: one to three capitalised words after a figure.
_ROW_LAST_LABEL: Final = re.compile(
    r"(?<=\d)[ \t]+(?P<label>(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}|[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}))$"
)


def label_of(text: str, start: int) -> str:
    """The label whose value begins at ``start``: the cell or line just before it (one to five
    words, nothing else), when only spaces, line breaks, "|" or ":" come between."""
    window = ("\n" if start <= 80 else "") + text[max(0, start - 80) : start]
    gap = _LABEL_GAP.search(window)
    head = window[: gap.start()] if gap else window
    if gap is None or not re.search(r"[\n|:]|[ \t]{3,}", window[gap.start() :]):
        return ""  # the value runs on from the words before it: a sentence, not a label
    cells = list(_CELL_START.finditer(head))
    row = _ROW_LAST_LABEL.search(head) if "\n" in window[gap.start() :] else None
    if row is not None and len(head[cells[-1].end() if cells else 0 :].split()) > 5:
        # the last of a row of labels and values run together, the value opening the next line:
        # "Date May 8, 2020 Loan Amount $ 1,317,100.00 Interest Rate" / "1.00% fixed"
        return row.group("label")
    if not cells:
        return _run_in_label(head, window[gap.start() :])
    # (a numbered term's number goes: "1.5 Expiration Date:")
    label = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", head[cells[-1].end() :].strip())
    words = label.split()
    if not 1 <= len(words) <= 5 or not re.fullmatch(r"[A-Za-z][A-Za-z .'’/&-]*", label):
        return _run_in_label(head, window[gap.start() :])
    stacked = _STACKED_CELL.search(head[: cells[-1].start()])
    if stacked is not None and cells[-1].group(0) == "\n" and len(words) <= 3:
        # a table converted one cell to a line, its cells between lines of "|", a label over two
        # lines of its cell ("|" / "Default" / "Interest Rate:" / "|" … "Eighteen percent (18%)")
        return f"{stacked.group(1)} {' '.join(words)}"
    if label.upper() == "DATE":
        # a label stacked over two lines of a table's cell ("MATURITY" / "DATE", "Maturity" /
        # "Date:")
        above = re.search(
            r"(?:^|\n)[ \t|]*([A-Z][A-Za-z/ ]{2,30}?)[ \t|]*(?:\n[\s|]*)?$",
            head[: cells[-1].start()],
        )
        if above is not None and len(above.group(1).split()) <= 2:
            return f"{above.group(1).strip()} {label}"
        # (or run on after the value before it: "… $33,200,000.00 Maturity" / "Date: February 1")
        if ":" in window[gap.start() :] and (
            run_on := _RUN_IN_LABEL.search(head[: cells[-1].start()] + "\n" + label)
        ):
            return " ".join(run_on.group("label").split())
    return " ".join(words)


def _stacked_label(text: str, start: int) -> str:
    """The label of a value in a block of values stacked under a block of labels in the same
    order, as a form's table of terms comes out one cell to a line ("Principal Amount:" /
    "Maturity Date of Note:" / "Date of Note:" / "|" / "U.S. $25,000,000.00" / "March 4, 2006" /
    "December 31, 2003"): the label as many lines up the labels as the value is down the values,
    when the two blocks are as long."""
    begin = text.rfind("\n", 0, start) + 1
    if text[begin:start].strip(" \t|"):
        return ""  # the value must open its line
    above = text[max(0, begin - 600) : begin].split("\n")[:-1]
    below = text[begin : begin + 400].split("\n")

    def cell(line: str) -> str:
        return line.strip(" \t|")

    k = len(above)
    while k and cell(above[k - 1]) and not cell(above[k - 1]).endswith(":"):
        k -= 1
    index = len(above) - k  # the values above this one
    while k and not cell(above[k - 1]):
        k -= 1  # a separating line of "|" or nothing
    labels: list[str] = []
    while k and re.fullmatch(r"[A-Z][A-Za-z .'’/&-]{1,40}:", cell(above[k - 1])):
        labels.insert(0, cell(above[k - 1])[:-1])
        k -= 1
    values = index
    for line in below:
        if not cell(line) or cell(line).endswith(":"):
            break
        values += 1
    if len(labels) < 2 or values != len(labels):
        return ""
    # ("Maturity Date of Note" is the label "Maturity Date")
    return re.sub(r"\s+of\s+(?:the\s+|this\s+)?Note$", "", " ".join(labels[index].split()), flags=I)


def _promise_at(text: str) -> int:
    # (a certificate of deposit's "Harvey L. Songer has deposited with" stands for the promise)
    match = re.search(r"for\s*value\s*received|promises?\s*to\s*pay|promise\s+to\s+pay", text, I)
    match = match or re.search(r"\b(?:ha[sd]|has\s+been)\s+deposited\s+(?:with|in)\b", text, I)
    return match.start() if match else -1


#: A text export's underline, a run of dashes standing alone ("plus (B) ---- two hundred
#: thirty-seven and one-half (237.5) basis points"): no word.
#: (not a table's rule line: "---- ---------- ------" above a row of cells)
_UNDERLINE: Final = re.compile(r"(?<![\S\n])[-_]{3,}(?=[ \t]*\Z|[ \t]+[^\s_-])")
_THE_BEFORE_A_DAY: Final = re.compile(r"(?<=\s)the\s*$", I)


#: How far a mention's sentence reaches on either side of it, at most.
_SENTENCE_REACH: Final = 1500


def context(text: str, mention: Mention, promise: int) -> Context:
    """The words around a mention (its sentence, the windows before and after, its heading)."""
    start, end = mention.span.start, mention.span.end
    left, right = sentence_bounds(text, start, end)
    # (a "sentence" of thousands of characters is a text without full stops, a table or a list:
    # its words far off say nothing of the mention, and reading them for every mention made such
    # a text's reading grow with the square of its length)
    left, right = max(left, start - _SENTENCE_REACH), min(right, end + _SENTENCE_REACH)
    window = text[max(0, start - 160) : start]
    # (a blank line after a word that cannot end a phrase is a flattened page's line break:
    # "Due Date: The earlier of Demand or" / "" / "April 4, 2018")
    stops = [
        stop
        for stop in _STOP.finditer(window)
        if stop.group(0).strip() or not _RUNS_ON.search(window[: stop.start()])
    ]
    # a table's cell borders ("|Date\n|01-17-2013", a PDF converted to markdown) read as spaces
    before = squash(
        _UNDERLINE.sub(" ", _CELLS.sub(" ", window[stops[-1].end() :] if stops else window))
    )
    before += " "
    if mention.kind == "date":
        # "payable on the first day of June, 2020": the words before it end as they would before
        # "June 1, 2020"
        before = _THE_BEFORE_A_DAY.sub(" ", before)
    after = squash(_CELLS.sub(" ", text[end : min(right, end + 100)]))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if promise < 0:  # no promise to pay in the text: its first lines are the header
        header = start < 300
    else:
        header = start < promise and (start < 700 or (start < 1500 and len(line.strip()) <= 90))
    # (a header's sentence ends where the promise to pay begins: "$125,000.00" / "October 4,
    # 2016" / "For value received, … payable in four (4) consecutive annual installments" has no
    # full stop between, and the installments are not the header's)
    sentence_end = promise if header and left <= promise < right else right
    return Context(
        before=before,
        after=after,
        sentence=squash(text[left:sentence_end]),
        lead=squash(text[left:start]),
        heading=_heading(text, start),
        header=header,
        unticked=_in_unticked_option(text, start),
        # (a row of cells read by its column only above the promise: a payment table below a
        # note's own terms is not its header)
        # (a value in a block stacked under a block of labels as long: by its place in the block,
        # before the label just above the block)
        label=(_column_label(text, start) if promise < 0 or start < promise else "")
        or _stacked_label(text, start)
        or label_of(text, start)
        or _qualified_label(text, start),
        wide=squash(text[max(0, start - 300) : start]),
        line=line.strip(),
    )


def _cells(line: str) -> list[tuple[int, str]]:
    """A table row's cells between "|" marks, each with where it starts in the line."""
    out, at = [], 0
    for part in line.split("|"):
        if part.strip():
            out.append((at, part.strip()))
        at += len(part) + 1
    return out


def _column_label(text: str, start: int) -> str:
    """The label of a value in a row of cells under a row of labels, by its column: "C) Amount
    Financed" over "$366,954.00" in "A) Total Premiums | B) Down Payment | C) Amount Financed |" /
    "$458,693.00 | $91,739.00 | $366,954.00 |" (a form's table flattened with "|" between cells;
    each row one line, the labels' row just above with as many cells)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line.count("|") < 2 or line_start < 2:
        return ""
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    above = text[above_start:above_end]
    values, labels = _cells(line), _cells(above)
    if len(values) < 2 or len(values) != len(labels):
        return ""
    column = next(
        (k for k, (at, cell) in enumerate(values) if at <= start - line_start < at + len(cell) + 2),
        None,
    )
    if column is None:
        return ""
    label = re.sub(r"^[A-Z]\)\s*", "", labels[column][1])  # (a form's lettered cell: "C) ")
    if not re.fullmatch(r"[A-Za-z][A-Za-z .'’/&()-]{1,60}", label) or re.search(r"\d", label):
        return ""
    return " ".join(label.split())


def _qualified_label(text: str, start: int) -> str:
    """The label of a value a qualifier opens in its cell ("INTEREST RATE" then "Fixed 1%")."""
    window = max(0, start - 40)
    qualifier = re.search(r"(?:^|(?<=\n))[ \t|]*(?P<word>Fixed|FIXED)[ \t]+$", text[window:start])
    return label_of(text, window + qualifier.start("word")) if qualifier else ""


def score(cues: Sequence[Cue], ctx: Context) -> dict[str, tuple[int, list[str]]]:
    """Points per role for one mention, with the cues that gave them."""
    totals: dict[str, tuple[int, list[str]]] = {}
    for cue in cues:
        if cue.where == "header":
            hit = ctx.header
        elif cue.where == "label":
            hit = cue.regex.fullmatch(ctx.label) is not None
        elif cue.where == "unticked":
            hit = ctx.unticked
        elif cue.where == "default":
            hit = speaks_of_default(ctx.lead)
        else:
            hit = cue.regex.search(getattr(ctx, cue.where)) is not None
        if hit:
            points, why = totals.get(cue.role, (0, []))
            totals[cue.role] = (points + cue.points, [*why, f"{cue.where} {cue.points:+d}"])
    return totals


#: A definition ("'Alternate LIBOR Fixed Rate' shall mean ..."): it says what a term means, not
#: that the note uses it, so a reading inside one is never more than inferred.
_DEFINITION: Final = re.compile(
    # (and 'A “Demand Loan” is a loan with … the Wall Street Journal Prime Rate as the index')
    r"[\"“”][^\"“”]{2,60}[\"“”]\s*:?\s*(?:shall\s+mean|means|is\s+an?)\b|\bDEFINITIONS?\s*:"
    # (a list of terms, each then a dash: '"Base Rate"- The rate per annum equal to …')
    r"|[\"“”][^\"“”]{2,60}[\"“”]\s*[-–—]\s*(?-i:The|A|An)\b",
    I,
)
#: A glossary's opening words, and its entries after them ("As used in this Note, the following
#: terms shall have the meanings set forth below: Adjusted LIBOR Rate: the LIBOR Rate plus 2.0%").
_GLOSSARY: Final = re.compile(
    r"\bfollowing\s+terms\s+shall\s+have\s+the\s+(?:following\s+)?meanings?\b[^.]{0,200}$", I
)


#: The name of an index defined in a note ("Prime Rate", "LIBOR Rate", "Index").
_INDEX_ITSELF: Final = re.compile(
    r"(?:the\s+)?(?:WSJ\s+|Wall\s+Street\s+Journal\s+)?(?:prime|libor|sofr|base|index|reference)"
    r"(?:\s+rate)?",
    I,
)


def rate_options(text: str) -> bool:
    """Whether the note defines two or more rates over an index (rate options to choose from)."""
    defined = {
        match.group("term").lower()
        for match in re.finditer(
            r"[\"“](?P<term>[^\"“”]{2,60})[\"”]\s*(?:shall\s+mean|means)\b(?P<body>[^.]{0,200}?)"
            r"\b(?:LIBOR|prime|SOFR|base\s+rate|index)",
            text,
            I,
        )
        # '"Prime Rate" means the variable rate of interest published in …': the index itself
        # (nothing added to it), not one more rate to choose from
        if not (
            _INDEX_ITSELF.fullmatch(match.group("term"))
            and not re.search(
                r"\b(?:plus|minus|less|above|below|in\s+excess\s+of|basis\s+points?|margin|spread)\b|[+%]",
                text[match.start("body") : match.end() + 200].split(".")[0],
                I,
            )
        )
    }
    # (or names them as the rate it bears, one or the other, before defining them: 'this Note
    # shall bear interest at a rate (the "Adjusted LIBOR Rate" or the "Adjusted Prime Rate") as
    # set forth below')
    return len(defined) >= 2 or _TWO_RATES_NAMED.search(text) is not None


#: Two defined rates named as alternatives.
_TWO_RATES_NAMED: Final = re.compile(
    r"[\"“](?:[\w-]+\s+){0,3}(?:LIBOR|Prime|SOFR|Base|Index|Reference)(?:\s+[\w-]+){0,2}\s+Rate[\"”]\s+or\s+"
    r"(?:the\s+)?[\"“](?:[\w-]+\s+){0,3}(?:LIBOR|Prime|SOFR|Base|Index|Reference)(?:\s+[\w-]+){0,2}\s+Rate[\"”]",
    I,
)


#: A kind of loan the note defines ('(collectively, "Eurodollar Loans")').
_LOAN_KIND: Final = re.compile(
    r"[\"“](?P<kind>(?:[A-Z][\w/-]*\s+){1,2})(?:Rate\s+)?(?:Loans?|Advances?|Borrowings?)[\"”]"
)


def loan_kinds(text: str) -> bool:
    """Whether the note defines two or more kinds of loan ("Domestic Loans" and "Eurodollar
    Loans"), each at its own rate, or lets each advance bear one of two rates as the borrower
    elects: none of them is the note's one rate."""
    return (
        len({m.group("kind").lower() for m in _LOAN_KIND.finditer(text)}) >= 2
        or RATE_ELECTION.search(text) is not None
    )


#: "Each of the Advances made hereunder shall bear interest at the Eurodollar-based Rate or the
#: Prime-based Rate, as elected by Borrower": two rates, the borrower's choice.
RATE_ELECTION: Final = re.compile(
    r"\bbear\s+interest\s+at\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:[\s-]based)?\s+Rate\s+or\s+(?:at\s+)?(?:the\s+)?"
    r"(?-i:[A-Z][\w-]*)(?:[\s-]based)?\s+Rate\b[^.;]{0,20}?\bas\s+(?:elected|selected|chosen)\s+by\b",
    re.IGNORECASE,
)


#: Rates to choose from: "based upon Borrower's written election …, be adjusted to either (a)".
_ELECTED: Final = re.compile(
    r"\b(?:election|elects?|option)\b[^.;]{0,200}?\beither\s*:?\s*\((?:a|i|1)\)"
    # "At Borrower's option, all or any portion of the Loan … may bear interest at … above LIBOR"
    r"|\bat\s+(?:the\s+)?(?:borrower|maker|company)['’]s\s+(?:option|election)\b"
    # "Each Advance which is a Prime Rate Advance … shall bear interest at … the Prime Rate minus a
    # margin of 1/2%": one of the kinds of advance, each at its own rate
    r"|\b(?:advance|loan|portion)\s+(?:hereunder\s+)?which\s+is\s+an?\s+(?:[\w/-]+\s+){1,3}"
    r"(?:advance|loan|portion)\b"
    # "… each Advance … which the undersigned requests to maintain at a rate of interest based on
    # LIBOR (a "Eurodollar Advance")"
    r"|\b(?:requests?|elects?|selects?)\s+to\s+(?:maintain|borrow|have)\b[^.;]{0,60}\bbased\s+(?:up)?on\b",
    I,
)


#: Rates the borrower chooses between, the choice said after them ("… at the LIBOR-based Rate
#: plus the Applicable Margin or the Prime Referenced Rate plus the Applicable Margin, as elected
#: by the undersigned").
#: The lead of a floating rate's margin that applies only from a later day: "(a) to and including
#: December 31, 2000, … LIBOR plus the applicable Rate Differential, and (b) beginning on January
#: 1, 2001, … LIBOR plus"; "accruing as of the Interest Adjustment Date and thereafter at a rate
#: equal at all times to": a later period's margin, offered (the reader's choice which is the note's)
_LATER_PERIOD: Final = re.compile(
    r"\b(?:beginning|commencing|starting)\s+(?:on|with)\s+(?:(?-i:[A-Z][a-z]+)\.?\s+\d|\d"
    r"|the\s+\w+\s+(?:anniversary|adjustment\s+date|change\s+date|reset\s+date))"
    r"|\b(?:interest\s+)?adjustment\s+date\s+and\s+thereafter\b",
    I,
)
#: A fixed rate an index resets only later: "The Initial Rate will be subject to adjustment as of
#: the Reset Date to … one hundred eighty-five (185) basis points over and above the Index Rate".
_RESET_LATER: Final = re.compile(
    r"\bsubject\s+to\s+adjustment\s+(?:as\s+of|on|effective(?:\s+as\s+of)?)\s+the\s+"
    r"(?:reset|adjustment|change|conversion)\s+date\b"
    # ("On the Initial Rate Reset Date and on each five year anniversary thereafter …, the
    # interest rate on this Note will be adjusted to … the Index … plus 250 basis points")
    r"|\b(?:on|as\s+of)\s+(?:the|each)\s+(?:[\w“”\"]+\s+){0,3}(?:reset|adjustment|change)\s+date\b"
    r"[^.;]{0,240}?\b(?:will|shall)\s+be\s+(?:adjusted|reset|changed)\b",
    I,
)
#: A fallback for an index that stops being published: "If … thereafter, a prime rate is not
#: announced by …, then the International Bank of Commerce Prime Rate, minus one percent (1%) shall
#: be the Prime Rate".
_FALLBACK_INDEX: Final = re.compile(
    r"\bif\b[^.;]{0,300}?\b(?:is\s+not|are\s+not|not\s+be)\s+(?:announced|published|available|quoted)"
    r"|\bif\b[^.;]{0,300}?\b(?:ceases?|unavailable|no\s+longer)\b",
    I,
)
_ELECTED_AFTER: Final = re.compile(
    r"\bas\s+(?:elected|selected|chosen|designated)\s+by\s+(?:the\s+)?(?:undersign|borrower|maker|company)"
    r"|\bat\s+the\s+(?:election|option)\s+of\s+(?:the\s+)?(?:undersign|borrower|maker|company)",
    I,
)


def _two_indexes(line: str) -> bool:
    """Whether a short line names two different indexes as alternatives ("LIBOR-based
    Rate/Prime Referenced Rate", "Prime Rate or LIBOR")."""
    if len(line) > 120 or not re.search(r"/|\bor\b", line, I):
        return False
    return (
        len({w.lower() for w in re.findall(r"\b(?:libor|prime|sofr|eurodollar)\b", line, I)}) >= 2
    )


def _defines_a_term(ctx: Context) -> bool:
    # (a definition whose term the sentence bounds left out: '"Accrual Rate": shall mean …')
    return (
        _DEFINITION.search(ctx.lead) is not None
        or (
            re.match(r"(?:shall\s+mean|means)\b", ctx.lead) is not None
            and _DEFINITION.search(ctx.wide) is not None
        )
        or _GLOSSARY.search(ctx.wide) is not None
    )


def read(
    mention: Mention,
    ctx: Context,
    cues: Sequence[Cue],
    *,
    options: bool = False,
    kinds: bool = False,
) -> Reading | None:
    """The mention's role and confidence, or ``None`` when no cue points anywhere; ``options``
    when the note defines more than one indexed rate (see :func:`rate_options`), ``kinds`` when
    it defines kinds of loan each at its own rate (see :func:`loan_kinds`)."""
    totals = score(cues, ctx)
    ranked = sorted(totals.items(), key=lambda kv: -kv[1][0])
    if not ranked or ranked[0][1][0] < 1:
        return None
    role, (best, why) = ranked[0]
    if role == "rate" and _for_a_few_days(ctx):
        role, why = "initial", [*why, "a rate for its first days only"]
    runner = max(0, ranked[1][1][0]) if len(ranked) > 1 else 0
    lead = best - runner
    # Calibrated on the seen parts (``scripts/extract_score.py --calibration``): a single cue
    # worth 4 points ("no later than", "on or before") was right two times in three at 0.90, so
    # a reading is stated only from 5 points up, clear of the runner-up, outside a definition.
    if best >= 5 and lead >= 3 and not _defines_a_term(ctx):
        confidence = STATED
    elif best >= 2 and lead >= 2:
        confidence = INFERRED
    else:
        confidence = AMBIGUOUS
    if (
        options
        and role in {"index", "margin", "margin_below", "floor", "cap"}
        and _defines_a_term(ctx)
    ):
        # the note defines several indexed rates (options to choose from): an index or margin
        # inside one of those definitions may not be the note's
        confidence = min(confidence, AMBIGUOUS)
    if role == "index" and _two_indexes(ctx.line):
        # a title naming two ("LIBOR-based Rate/Prime Referenced Rate"): a form for either
        confidence = min(confidence, AMBIGUOUS)
    if role in {"index", "margin", "margin_below", "floor", "cap"} and (
        kinds
        or _ELECTED.search(ctx.lead)
        or _ELECTED.search(ctx.wide)
        or _ELECTED_AFTER.search(ctx.sentence)
        or (role in {"margin", "margin_below"} and _LATER_PERIOD.search(ctx.lead))
        or (role in {"index", "margin"} and _RESET_LATER.search(ctx.lead))
        or (role in {"margin", "margin_below"} and _FALLBACK_INDEX.search(ctx.lead))
    ):
        # "… based upon Borrower's written election …, be adjusted to either (a) … or (b) a
        # fluctuating rate equal to the Prime Rate minus 150 basis points": an option, not yet the rate
        confidence = min(confidence, AMBIGUOUS)
    if mention.numeric and confidence > INFERRED:
        confidence = INFERRED
    why_cues = {w.split()[0] for w in why}
    if (
        role in {"default_margin", "default_rate"}
        and "default" not in why_cues
        # (a label that names the default: "DEFAULT ADD-ON RATE: 2.00% will be added to …")
        # (but not a default rate "five percent (5%) more than the Interest Rate": a margin)
        and not (
            re.match(r"default\b", ctx.label, I)
            and not (
                role == "default_rate"
                and re.match(
                    r"\W{0,3}(?:per\s+annum\s+)?(?:more\s+than|above|over|in\s+excess\s+of"
                    r"|plus|greater\s+than)\b",
                    ctx.after,
                    I,
                )
            )
        )
        and not re.match(_ON_OVERDUE, ctx.after, I)
        and not re.match(_IF_UNPAID_AFTER, ctx.after, I)
        # (named so, unless it is the margin of the rate so named: "the Interest Rate plus two
        # percent (2%) per annum (the "Default Interest Rate")")
        and not (
            re.match(NAMED_DEFAULT_RATE, ctx.after, I)
            and not re.search(
                r"\b(?:plus|above|over|in\s+excess\s+of)(?:\s+an\s+additional)?\s*$", ctx.before, I
            )
        )
    ):
        # a margin over "the rate" in a sentence that names no default, overdue amount or
        # demand does not say when it applies: offered, not proposed
        confidence = min(confidence, AMBIGUOUS)
    if role in {"index", "margin"} and _FIXED_FOR_THE_TERM.search(ctx.sentence):
        # ("… the UNITED STATES PRIME RATE PLUS ONE PERCENT (as of June 8, 2000) per annum, which
        # rate shall be fixed for the term of this Note"): an index read once, a fixed rate after
        confidence = min(confidence, AMBIGUOUS)
    if role == "default_rate" and re.search(OVER_AN_INDEX, ctx.before, I):
        # ("… at the greater of … fifteen percent (15%) or the Base Rate plus six percent (6%) (the
        # “Default Rate”)": a margin over an index, one term of the rate after a default)
        confidence = min(confidence, AMBIGUOUS)
    if role in {"rate", "index", "margin"} and _PER_ADVANCE.search(ctx.sentence):
        # "(i) eleven and one-half percent (11.5%) for the first advance, and (ii) LIBOR plus six
        # percent (6%) for each additional advance": each advance's own rate, none the note's
        confidence = min(confidence, AMBIGUOUS)
    if role == "index" and (speaks_of_default(ctx.lead) or why_cues <= {"sentence"}):
        # an index named only for the rate after a default, or with nothing but the sentence's
        # topic to tie it to the note's rate (no "plus", "equal to", "above" next to it)
        confidence = min(confidence, AMBIGUOUS)
    if role == "first_payment" and _interest_alone(ctx.lead.rsplit(";", 1)[-1]):
        # the first of payments of interest alone ("Interest only shall be due and payable in
        # monthly installments …, commencing on May 1, 2023", its clause up to the day): readers
        # leave such a day out
        confidence = min(confidence, AMBIGUOUS)
    if role == "installment" and best < 3:
        # one weak cue (a "payments of" before it, or installments somewhere in the sentence)
        # was wrong more often than right on the seen parts
        confidence = min(confidence, AMBIGUOUS)
    if role == "installment" and re.search(r"\b(?:initially|minimum)\b[^.;$]{0,40}$", ctx.lead, I):
        # "Thirty-five (35) monthly payments, initially in the MINIMUM amount of $82,627.00 each":
        # a payment of a rate that changes, as it stands at first (readers leave it out)
        confidence = min(confidence, AMBIGUOUS)
    if role == "late_charge" and _FLAT_OR_FRACTION.search(ctx.sentence):
        # "a late fee equal to the greater of (a) 5.00% of the amount overdue, or (b) $35.00": a
        # fraction with a flat sum beside it, which a fraction alone does not say; readers differ
        confidence = min(confidence, INFERRED)
    if mention.agrees is False:
        confidence = min(confidence, AMBIGUOUS)
    note = f"role {role} scored {best} (next {runner}: {', '.join(why)})"
    return Reading(
        mention, role, best, lead, confidence, note, ranked[1][0] if len(ranked) > 1 else ""
    )


#: Rates that differ from one advance to the next.
_PER_ADVANCE: Final = re.compile(
    r"\bfor\s+the\s+(?:first|initial)\s+advance\b[^.]{0,200}?\bfor\s+(?:each|any|every)\s+"
    r"(?:additional|subsequent|other|later)\s+advance\b",
    I,
)
#: A charge that is the greater or lesser of a fraction and a sum of money.
_FLAT_OR_FRACTION: Final = re.compile(
    r"\b(?:greater|lesser|larger|smaller)\s+of\b(?:[^.;]|\.(?=\d)){0,160}?\$\s*\d"
    r"|\$\s*\d(?:[^.;]|\.(?=\d)){0,160}?\b(?:whichever\s+is\s+(?:greater|less|larger|higher|more)"
    r"|(?:greater|lesser)\s+of\b)",
    I,
)


#: A name the note gives its own fixed rate ('“Base Rate” means interest at the rate of three
#: percent (3%) per annum'): wherever the name is used, it is no bank's index.
_FIXED_RATE_NAMED: Final = re.compile(
    r"[\"“](?P<term>[A-Z][\w ]{1,30}?Rate)[\"”]\s*(?:means|shall\s+mean)\s+(?:interest\s+at\s+)?(?:the\s+|a\s+)?"
    r"(?:fixed\s+)?rate\s+of\s+(?:[a-z-]+\s+){0,4}(?:percent\b|\(?\d)"
)


def readings(c: Collector) -> list[Reading]:
    """Every mention of the document read for its role."""
    text = c.text
    promise = _promise_at(text)
    tables = {"percent": PERCENT_CUES, "money": MONEY_CUES, "date": DATE_CUES, "index": INDEX_CUES}
    out: list[Reading] = []
    options = rate_options(text)
    kinds = loan_kinds(text)
    fixed = {m.group("term").lower() for m in _FIXED_RATE_NAMED.finditer(text)}
    for mention in c.mentions:
        cues = tables.get(mention.kind)
        if cues is None:
            continue
        if _in_example(text, mention.span.start):
            continue
        if mention.kind == "percent" and _ROUNDING_STEP.search(
            text[max(0, mention.span.start - 80) : mention.span.start]
        ):
            continue  # "rounded upwards … to the next highest 1/100 of 1%": a step, not a rate
        if mention.kind == "percent" and IMPUTED.search(
            text[max(0, mention.span.start - 80) : mention.span.start]
        ):
            continue
        if mention.kind == "index" and text[mention.span.start : mention.span.end].lower() in fixed:
            continue  # the note's name for its own fixed rate ('“Base Rate” means … 3% per annum')
        ctx = context(text, mention, promise)
        reading = read(mention, ctx, cues, options=options, kinds=kinds)
        if (
            reading is not None
            and reading.role in _FLOATING_ROLES
            and reading.confidence > AMBIGUOUS
            and _defined_but_unused(text, ctx)
        ):
            # '“Daily One Month LIBOR” means … LIBOR then in effect …' in a note cut before it
            # says which rate it bears: a definition the excerpt never uses, an option at most
            reading = replace(
                reading,
                confidence=AMBIGUOUS,
                why=f"{reading.why}; inside the definition of a term the text never uses",
            )
        if (
            reading is not None
            and reading.role == "rate"
            and reading.confidence > AMBIGUOUS
            and _RATE_ADJUSTED_NEXT.match(text[mention.span.end : mention.span.end + 300])
        ):
            reading = replace(
                reading, confidence=AMBIGUOUS, why=f"{reading.why}; the next sentence adjusts it"
            )
        if (
            reading is not None
            and reading.role == "default_rate"
            and re.match(NAMED_DEFAULT_RATE, ctx.after, I)
            and re.search(
                r"\b(?:plus|above|over|in\s+excess\s+of)(?:\s+an\s+additional)?\s*$", ctx.before, I
            )
        ):
            # "the Interest Rate plus two percent (2%) per annum (the "Default Interest Rate")":
            # the margin of the rate so named
            reading = replace(reading, role="default_margin", why=f"{reading.why}; over the rate")
        if reading is not None:
            out.append(reading)
    return out


_FIXED_FOR_THE_TERM: Final = re.compile(
    r"\brate\s+shall\s+be\s+fixed\s+for\s+the\s+(?:term|life)\s+of\s+this\s+note\b", I
)
#: After a rate, the next sentence changing it: "… (8.51%) per annum. Subject to the provisions
#: of paragraph 2.2 below, the Interest Rate shall be adjusted, effective as of the first (1st)
#: day of January, 2000 …" (the first step of a rate that changes).
RATE_ADJUSTED_NEXT: Final = (
    r"^[^.]{0,40}\.\s+(?:Subject\s+to\b(?:[^.]|\.\d){0,120}?,\s+)?the\s+(?:interest\s+rate"
    r"|rate\s+of\s+interest)\s+(?:shall|will)\s+be\s+(?:adjusted|reset|changed)\b"
    # (or the same sentence: "at the rate of 8.98% per annum, such rate to be adjusted each July 28
    # for increase in Consumer Price Index")
    r"|^\W{0,3}(?:per\s+annum\s*)?,?\s*(?:such|which)\s+rate\s+(?:to\s+be|shall\s+be|will\s+be)\s+"
    r"(?:adjusted|reset|changed)\b"
)
_RATE_ADJUSTED_NEXT: Final = re.compile(RATE_ADJUSTED_NEXT, I)

_FROM_DAY: Final = re.compile(r"\bfrom\s+(?P<d>\d{1,2}-\d{1,2}-\d{4})\b[^.;%]{0,40}$")
_UNTIL_DAY: Final = re.compile(
    r"^\W{0,4}(?:per\s+(?:annum|year)\s+)?until\s+(?P<d>\d{1,2}-\d{1,2}-\d{4})\b"
)


def _for_a_few_days(ctx: Context) -> bool:
    """A bank form's "interest … from 04-09-2008 at the rate of 5.750 % per year until
    04-10-2008": a rate for the first days only, before the rate the next sentence names (the
    same form's "from 10-28-2003 … until 09-28-2007" is the rate to maturity)."""
    start, end = _FROM_DAY.search(ctx.lead), _UNTIL_DAY.search(ctx.after)
    if start is None or end is None:
        return False
    try:
        first, last = (dt.datetime.strptime(m.group("d"), "%m-%d-%Y").date() for m in (start, end))
    except ValueError:
        return False
    return 0 <= (last - first).days <= 92


_FLOATING_ROLES: Final = frozenset({"index", "margin", "margin_below", "floor", "cap"})


def _defined_but_unused(text: str, ctx: Context) -> bool:
    """Whether the mention lies in the definition of an index's quoted name (``ctx.lead``: "Daily
    One Month LIBOR", "Alternate Base Rate") that the text uses nowhere outside a definition: the
    sentence that would make it the note's rate is not in the text."""
    terms = list(
        re.finditer(
            r"[\"“”](?P<term>[^\"“”]{2,60})[\"“”]\s*:?\s*(?:shall\s+mean|means)\b", ctx.lead, I
        )
    )
    if not terms:
        return False
    term = terms[-1].group("term").strip()
    if not re.search(
        r"\b(?:LIBOR|prime|SOFR|base\s+rate|federal\s+funds|index|eurodollar)\b", term, I
    ) or re.search(r"\b(?:interest|note|applicable|contract|effective|default)\s+rate\b", term, I):
        return False  # ("“Construction Interest Rate” shall mean … LIBOR plus 290 basis points")
    for use in re.finditer(rf"(?<![\"“\w]){re.escape(term)}(?![\"”\w])", text):
        left, _ = sentence_bounds(text, use.start(), use.end())
        if not _DEFINITION.search(text[left : use.start()]):
            return False
    return True


#: A rate's quoted name being defined just before a percent ('“Base Rate” shall mean the lesser of
#: (i) twelve percent (12.0%) per annum, or …').
_RATE_BEING_DEFINED: Final = re.compile(
    r"[\"“](?P<term>[A-Z][\w\s-]{1,40}?Rate)[\"”]\s*(?:shall\s+mean|means)\b[^.;]{0,120}$"
)


def rate_defined_but_unused(text: str, start: int) -> bool:
    """Whether the percent at ``start`` defines a rate's quoted name ("Base Rate") that the text
    uses nowhere outside a definition: a note cut before the sentence that says it bears that
    rate (a reader leaves the rate out)."""
    being = _RATE_BEING_DEFINED.search(text[max(0, start - 200) : start])
    if being is None or re.search(r"\bdefault\b", being.group("term"), I):
        return False
    term = r"\s+".join(map(re.escape, being.group("term").split()))
    for use in re.finditer(rf"(?<![\"“\w]){term}(?![\"”\w])", text):
        left, _ = sentence_bounds(text, use.start(), use.end())
        if not _DEFINITION.search(text[left : use.start()]):
            return False
    return True


#: An example's opening ("For example, if this Note were for $15,000.00, and the date of this
#: Note were November 1, 2016, then: …"): its figures illustrate a rule, they are not the note's.
_EXAMPLE: Final = re.compile(r"\b(?:for\s+example|by\s+way\s+of\s+example|for\s+illustration)\b", I)


#: A rounding step before a percent ("rounded upwards, if necessary, to the next highest 1/100 of
#: 1%", "rounded to the nearest 1/16th of one percent"): the step a rate is rounded to.
_ROUNDING_STEP: Final = re.compile(
    r"\bround(?:ed|ing)?\b[^.;%]{0,60}?\b(?:nearest|next)\s+(?:higher\s+|highest\s+|lower\s+)?"
    r"(?:whole\s+)?(?:multiple\s+of\s+)?(?:(?:\d+/\d+(?:th|st|nd|rd)?|one[-\s]\w+)\s+of\s+(?:one\s+)?)?$",
    I,
)

#: Interest a tax law imputes to a note that bears none ("report … imputed interest (at the rate
#: of seven percent (7%) per annum)"): a figure for tax filings, not the note's rate.
IMPUTED: Final = re.compile(r"\bimputed\s+interest\b[^.;%]{0,40}$", I)


def _in_example(text: str, start: int) -> bool:
    """Whether the mention at ``start`` lies in an example's sentence (a table of the example
    included: its amounts' decimal points end no sentence)."""
    window = text[max(0, start - 400) : start]
    openings = list(_EXAMPLE.finditer(window))
    return bool(openings) and not re.search(r"[.;](?=\s+[A-Z(])", window[openings[-1].end() :])


def _defines_index(text: str, mention: Mention, index: str) -> bool:
    """Whether ``mention`` lies in the sentence that defines the rate ``index`` names ("Prime Rate
    means …")."""
    left, _ = sentence_bounds(text, mention.span.start, mention.span.end)
    name = {"PRIME": r"prime", "LIBOR": r"LIBOR|LIBO", "SOFR": r"SOFR", "BASE": r"base"}.get(index)
    return (
        name is not None
        and re.match(
            rf"\W*(?:the\s+)?[\"“]?(?:{name})(?:\s+lending)?\s+rate[\"”]?\s*(?:\([^()]{{0,60}}\)\s*)?,?\s*"
            r"(?:means|shall\s+mean|is\s+defined|refers\s+to|as\s+used\s+herein)\b",
            text[left : mention.span.start],
            I,
        )
        is not None
    )


def _propose(
    c: Collector, field: str, found: list[Reading], value: Callable[[Mention], object]
) -> None:
    """Propose the best reading of a field; corroborate, or offer disagreeing ones as candidates."""
    if field in _RATE_PARTS:  # "not less than 100 percent of the applicable Federal rate": a
        # share of a rate, not a rate's floor, margin or cap (none is half a year's principal)
        found = [r for r in found if not _implausible_part(c, field, r, value)]
    firm = [r for r in found if r.confidence >= INFERRED]
    if not firm:
        for r in found:
            c.offer(field, value(r.mention), r.mention.span, r.confidence, r.why)
        return
    quoted = quoted_note(c.text)
    inside = [r for r in firm if quoted and quoted[0] <= r.mention.span.start < quoted[1]]
    if inside and len(inside) < len(firm):
        # a court's words about the note ("no part thereof has been paid except the sum of
        # $78.22") do not dispute the quoted note's own: offered, not weighed against it
        for r in firm:
            if r not in inside:
                c.offer(field, value(r.mention), r.mention.span, r.confidence,
                        f"{r.why}; read outside the quoted note")  # fmt: skip
        firm = inside
    best = max(firm, key=lambda r: (r.confidence, r.score, -r.mention.span.start))
    chosen = value(best.mention)
    same = [r for r in firm if r is not best and value(r.mention) == chosen]
    other = [r for r in firm if value(r.mention) != chosen]
    if field == "interest.floating.index" and chosen != "INDEX":
        # ("… 1.750% per annum over the Index Rate. … The Index Rate for this Note shall be: …
        # LIBOR RATE"): the form's word for its index does not dispute the index it names
        other = [r for r in other if value(r.mention) != "INDEX"]
        # ("Prime Rate means the rate … established by the Bank as the Prime Rate … or, in the
        # discretion of the Bank, the base, reference or other rate then designated"): the words
        # defining the index do not dispute it
        other = [r for r in other if not _defines_index(c.text, r.mention, str(chosen))]
    confidence = best.confidence
    note = best.why
    if best.mention.agrees and confidence >= STATED:
        confidence = CORROBORATED
        note = f"words and figures agree; {note}"
    if same:
        confidence = max(confidence, CORROBORATED if confidence >= STATED else INFERRED)
        note = f"{note}; also stated at {', '.join(r.mention.span.where() for r in same)}"
    if other:
        # a firm date far ahead of every other (a maturity "On or before July 30, 2007 (the
        # “Maturity Date”)" against a date the note was first made, by two weak cues) is kept,
        # inferred; closer ones, and amounts (a figure's cents or thousands misread), are a coin
        # toss
        # (an amount only far, far ahead: "Original Principal Amount: $33,200,000.00" in a table of
        # terms, read by its label, against the table's per diem and deposit, read as sums above
        # the promise and nothing more)
        lead = _FAR_AHEAD if best.mention.kind == "date" else _FAR_AHEAD_AMOUNT
        far_ahead = best.mention.kind in ("date", "money") and all(
            r.score <= best.score - lead for r in other
        )
        confidence = min(confidence, INFERRED if far_ahead else AMBIGUOUS)
        said = "; ".join(f"{value(r.mention)} at {r.mention.span.where()}" for r in other)
        c.warn(f"{field}: other readings of the document: {said}")
        for r in other:
            c.offer(field, value(r.mention), r.mention.span, r.confidence, r.why)
    c.add(field, chosen, best.mention.span, confidence, note)


#: How many points a reading must lead every disagreeing one by to be kept (inferred).
_FAR_AHEAD: Final = 6
#: … and an amount (whose rivals are more often the same sum misread).
_FAR_AHEAD_AMOUNT: Final = 10

#: Parts of a floating rate, each a fraction of the principal a year.
_RATE_PARTS: Final = frozenset(
    {"interest.floating.floor", "interest.floating.margin", "interest.floating.cap"}
)


def _implausible_part(
    c: Collector, field: str, r: Reading, value: Callable[[Mention], object]
) -> bool:
    """A floor, margin or cap of 50% a year or more: offered, never proposed."""
    v = value(r.mention)
    if isinstance(v, Decimal) and abs(v) >= Decimal("0.5"):
        c.offer(field, v, r.mention.span, AMBIGUOUS, f"{r.why}; {v} a year is not a rate's part")
        return True
    return False


def _value(mention: Mention) -> object:
    return mention.value


def _date_table(c: Collector, found: dict[str, list[Reading]]) -> None:
    """A header table labelled NOTE DATE / DATE and MATURITY DATE: the earlier date under the
    labels is the note's date, the later its maturity (inferred)."""
    promise = _promise_at(c.text)
    # (a note whose promise to pay is past the excerpt's cut: its first lines)
    head = c.text[:promise] if promise >= 0 else c.text[:1000]
    # the labels in capitals, or as a table's cells ("|Loan Date", "|Maturity"; "Agreement
    # Maturity" / "Date Date" stacked over two lines)
    # (not a legend's "ISSUE DATE AND YIELD TO MATURITY OF THIS AGREEMENT")
    labels = re.sub(r"\bYIELD\s+TO\s+MATURITY\b", " ", head)
    if not (
        re.search(r"\bMATURITY\b", labels) and re.search(r"\b(?:NOTE\s+)?DATE\b", labels)
    ) and not re.search(r"(?:^|\|)\s*(?:Principal\s+)?Loan\s+Date\b[\s|]*Maturity\b"
                        # (Laser Pro's labels run into one line with the title and the values)
                        r"|\bPrincipal\s+Loan\s+Date\s+Maturity\b", head,
                        re.MULTILINE) and not re.search(
        r"\bAgreement\s+Maturity\b[^\n]*\n[^\n]*\bDate\s+Date\b", head
    ):  # fmt: skip
        return
    dates = [m for m in c.mentions if m.kind == "date" and m.span.end <= len(head)]
    # one mention per date: "DATE OF NOTE: SEPTEMBER 12, 1997" repeats the table's 09-12-1997
    dates = list({m.value: m for m in reversed(dates)}.values())[::-1]
    if len(dates) != 2:
        return
    early, late = sorted(dates, key=lambda m: m.value)  # type: ignore[arg-type, return-value]
    note = "the earlier and later dates under the header's DATE and MATURITY labels"
    for field, mention, other in (("issue_date", early, late), ("maturity", late, early)):
        # (the other date read for this field by its place in the header alone goes)
        found[field] = [r for r in found.get(field, [])
                        if not (r.mention.value == other.value and r.score < 5)]  # fmt: skip
        if not any(r.confidence >= INFERRED for r in found[field]):
            found[field].append(Reading(mention, field, 2, 2, INFERRED, note))


#: A Laser Pro header's labels on one line ("Principal   Loan Date   Maturity   Loan No.").
_COLUMN_LABELS: Final = re.compile(r"^[^\n]*\bLoan\s+Date\b[ \t|]+Maturity\b[^\n]*$", re.MULTILINE)


def _column_maturity(c: Collector, found: dict[str, list[Reading]]) -> None:
    """A header table in fixed-width columns: the date on the line of values below (past tag
    lines such as "<S> <C>") that starts under the MATURITY label is the maturity (inferred) —
    read by its column, so a mistyped LOAN DATE beside it does not hide it."""
    labels = _COLUMN_LABELS.search(c.text[:3000])
    if labels is None or any(r.confidence >= INFERRED for r in found.get("maturity", [])):
        return
    column = labels.group(0).index("Maturity")
    at = labels.end() + 1
    for line in c.text[at:].split("\n")[:3]:
        if not line.strip() or re.fullmatch(r"[\s<>SC/|-]*", line):
            at += len(line) + 1
            continue
        for m in c.mentions:
            if (
                m.kind == "date"
                and at <= m.span.start < at + len(line)
                and abs((m.span.start - at) - column) <= 3
            ):
                note = "the date in the header table's column under its MATURITY label"
                found.setdefault("maturity", []).append(
                    Reading(m, "maturity", 2, 2, INFERRED, note)
                )
        return


#: A header's row of labels in capitals ending in MATURITY DATE, then its row of values ending in
#: a date: "LOAN NUMBER NOTE DATE PRINCIPAL AMOUNT LOAN TERM MATURITY DATE" / "22016770 May 26,
#: 2022 $4,463,283.00 252 Months May 6, 2043".
_LABEL_ROW_MATURITY: Final = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’]*[ \t]+){2,12}MATURITY[ \t]+DATE[ \t]*\n[ \t]*\S[^\n]*?"
    r"(?P<date>(?-i:[A-Z][a-z]{2,8})\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*$",
    re.MULTILINE,
)


def _label_row_maturity(c: Collector, found: dict[str, list[Reading]]) -> None:
    """The date that ends a header's row of values under a row of labels that ends in MATURITY
    DATE is the maturity (inferred), read whatever else the note says, so that a promise giving
    another day is a contradiction to resolve rather than a value taken over the header's."""
    row = _LABEL_ROW_MATURITY.search(c.text[:3000])
    if row is None:
        return
    for m in c.mentions:
        if m.kind == "date" and m.span.start == row.start("date"):
            note = "the date that ends the header's row under its MATURITY DATE label"
            found.setdefault("maturity", []).append(Reading(m, "maturity", 5, 5, INFERRED, note))
            return


def _stacked_maturity(c: Collector, found: dict[str, list[Reading]]) -> None:
    """A header table converted one cell to a line ("|Principal", "|", "|Loan Date", "|",
    "|Maturity", … then "|$5,000,000.00", "|", "|07-31-2010", "|", "|07-28-2011", …): the date
    in the value cell at the MATURITY label's place is a maturity (inferred), so that a header
    that disagrees with the note's words is seen."""
    lines = c.text[:4000].split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    cells = [re.fullmatch(r"[ \t]*\|(?P<v>[^|\n]*)", line) for line in lines]
    texts = [m["v"].strip() if m else None for m in cells]
    label = next((i for i, t in enumerate(texts) if t and re.fullmatch(r"Maturity(?:\s+Date)?", t, I)),
                 None)  # fmt: skip
    if label is None:
        return
    first = label  # the first label of the run of cells it stands in
    while first > 0 and texts[first - 1] is not None:
        first -= 1
    while texts[first] == "":
        first += 1
    value = label  # the first value: an amount or a figure
    while (
        value < len(texts)
        and texts[value] is not None
        and not re.match(r"[$\d]", texts[value] or "x")
    ):
        value += 1
    at = value + (label - first)
    if value >= len(texts) or texts[value] is None or at >= len(texts) or not texts[at]:
        return
    for m in c.mentions:
        if m.kind == "date" and starts[at] <= m.span.start < starts[at] + len(lines[at]):
            note = "the date in the header table's cell at its MATURITY label's place"
            found.setdefault("maturity", []).append(Reading(m, "maturity", 2, 2, INFERRED, note))
            return


def _rate_table(c: Collector, found: dict[str, list[Reading]]) -> None:
    """A header table whose INTEREST / RATE label is stacked over two lines above a row of
    values ("OFFICER INTEREST PRINCIPAL AMOUNT/" / "INITIALS RATE CREDIT LIMIT …" / "005 8.000%
    $999,767.13 04/04/99"): the one percent in the header is the rate (inferred)."""
    promise = _promise_at(c.text)
    head = c.text[:promise] if promise >= 0 else c.text[:1000]
    if not re.search(r"\bINTEREST\b[^\n]*\n(?:[^\n]*\n)?[^\n]*\bRATE\b", head):
        return
    percents = [m for m in c.mentions if m.kind == "percent" and m.span.end <= len(head)]
    if len({m.value for m in percents}) != 1 or any(
        r.confidence >= INFERRED for r in found.get("interest.rate", [])
    ):
        return
    note = "the one percent in the header table under its INTEREST RATE label"
    found.setdefault("interest.rate", []).append(Reading(percents[0], "rate", 2, 2, INFERRED, note))


#: A bank form's header box ("NOTE AMOUNT   INDEX (w/Margin)   RATE   MATURITY DATE"), whose cell
#: names the index the rate follows ("Wall Street Journal Prime", "WSJ Prime minus 1.00%"); the
#: "RATE" cell beside it is the rate on the note's date, not a fixed rate.
_INDEX_BOX: Final = re.compile(r"\bINDEX\s*\(\s*w/\s*Margin\s*\)", re.IGNORECASE)


def _in_index_box(text: str, start: int) -> bool:
    """Whether ``start`` lies in the header box after an "INDEX (w/Margin)" label, before the
    note's title."""
    box = _index_box(text)
    return box is not None and box[0] <= start < box[1]


def _index_box(text: str) -> tuple[int, int] | None:
    label = _INDEX_BOX.search(text)
    if label is None:
        return None
    title = re.search(r"\bPROMISSORY\s+NOTE\b", text[label.end() :])
    end = label.end() + min(400, title.start() if title else 400)
    return label.end(), end


def _index_box_margin(c: Collector, found: dict[str, list[Reading]]) -> None:
    """A margin on a line of its own in the box, where the index cell wraps ("Wall Street Journal
    Prime 6.250% 06/25/02 Commercial" / "minus 0.75%")."""
    box = _index_box(c.text)
    if box is None or found.get("interest.floating.margin"):
        return
    if not any(
        box[0] <= r.mention.span.start < box[1] for r in found.get("interest.floating.index", [])
    ):
        return
    line = re.compile(r"^[ \t]*(?P<sign>plus|minus)[ \t]+(?P<value>\d{1,2}(?:\.\d{1,3})?)[ \t]*%[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)  # fmt: skip
    match = line.search(c.text, box[0], box[1])
    if match is None:
        return
    value = Decimal(match.group("value")) / 100
    if match.group("sign").lower() == "minus":
        value = -value
    c.add_match("interest.floating.margin", value, match, STATED,
                "the form's INDEX (w/Margin) box: the index cell's margin on its own line")  # fmt: skip


def values(c: Collector) -> None:
    """Amounts, rates and dates by role: the mention-based rule (see the module docstring)."""
    found: dict[str, list[Reading]] = {}
    floating = False
    for reading in readings(c):
        field = ROLE_FIELDS.get((reading.mention.kind, reading.role))
        if field is None:
            continue
        if reading.role == "margin_below" and isinstance(reading.mention.value, Decimal):
            below = replace(reading.mention, value=-reading.mention.value)
            reading = replace(reading, mention=below, role="margin")
        if (
            field == "interest.floating.index"
            and reading.confidence < STATED
            and _in_index_box(c.text, reading.mention.span.start)
        ):
            why = f"{reading.why}; the form's INDEX (w/Margin) box names it"
            reading = replace(reading, confidence=STATED, why=why)
        if field == "interest.floating.index" and reading.confidence >= INFERRED:
            floating = True
        found.setdefault(field, []).append(reading)
    _index_box_margin(c, found)
    # (or a form's ticked "[X] Index Rate: The future rate will be 1.000 PERCENT ABOVE the
    # following index rate:", whatever the index's name, perhaps past the excerpt's cut)
    floating = (
        floating
        or bool(re.search(_LASER_PRO_INDEX, c.text, I))
        or bool(re.search(rf"(?:{TICKED}|\|[Xx][ \t]*\n)[\s|]*Index\s+Rate\s*:", c.text, I))
    )
    if "cap" in found:
        found["interest.floating.cap" if floating else "interest.max_rate"] = found.pop("cap")
    if not floating:
        # A margin with no index named is a margin over something unread: offer it only.
        for r in found.pop("interest.floating.margin", []) + found.pop(
            "interest.floating.floor", []
        ):
            c.offer(
                "interest.floating.margin" if r.role == "margin" else "interest.floating.floor",
                r.mention.value,
                r.mention.span,
                AMBIGUOUS,
                f"{r.why}; no index is named",
            )
    else:
        # A floating note's "rate" percents are its index levels or margins, not a fixed rate.
        for r in found.pop("interest.rate", []):
            c.offer(
                "interest.rate",
                r.mention.value,
                r.mention.span,
                AMBIGUOUS,
                f"{r.why}; the rate floats",
            )
    _date_table(c, found)
    _column_maturity(c, found)
    _label_row_maturity(c, found)
    _stacked_maturity(c, found)
    if not floating:
        _rate_table(c, found)
    margins = {r.mention.span.start for r in found.get("interest.floating.margin", [])
               if r.confidence >= INFERRED}  # fmt: skip
    if margins:  # an index's margin is not a default margin or a fixed rate, whatever else said so
        c.candidates[:] = [
            f for f in c.candidates
            if not (f.field in {"interest.default_margin", "interest.rate"} and f.span.start in margins)
        ]  # fmt: skip
        for field in ("interest.default_margin", "interest.rate"):
            found[field] = [r for r in found.get(field, []) if r.mention.span.start not in margins]
    if in_tranches(c.text):  # a schedule in tranches: each tranche's installment is offered
        for r in found.pop("schedule.installment", []):
            c.offer("schedule.installment", r.mention.value, r.mention.span, AMBIGUOUS,
                    f"{r.why}; the principal is repaid in tranches of other amounts")  # fmt: skip
    for r in list(found.get("schedule.installment", [])):
        # "… either (i) in equal installments of Four Thousand Dollars ($4,000.00) each … or (ii) in
        # one lump sum": one of two ways of paying, not the note's schedule
        left, right = sentence_bounds(c.text, r.mention.span.start, r.mention.span.end)
        sentence = c.text[left:right]
        if re.search(r"\beither\s*:?\s*\((?:i|a|1)\)", sentence, I) and re.search(
            r"\bor\s*\((?:ii|b|2)\)", sentence[r.mention.span.end - left :], I
        ):
            found["schedule.installment"].remove(r)
            c.offer("schedule.installment", r.mention.value, r.mention.span, AMBIGUOUS,
                    f"{r.why}; one of two ways of paying the note")  # fmt: skip
    for r in [r for r in found.get("prepayment.premium", []) if stepped_premium(c, r.mention)]:
        found["prepayment.premium"].remove(r)  # a premium that changes by year: offered
        c.offer("prepayment.premium", str(r.mention.value), r.mention.span, AMBIGUOUS,
                "the first step of a premium that changes by year")  # fmt: skip
    for field, readings_ in found.items():
        if field == "interest.floating.index":
            _propose(c, field, readings_, lambda m: _index_name(c, m))
        elif field == "prepayment.premium":  # a fraction of the principal prepaid, as the rule
            _propose(c, field, readings_, lambda m: str(m.value))  # in note_rules writes it
        else:
            _propose(c, field, readings_, _value)


def stepped_premium(c: Collector, mention: Mention | AmountMention) -> bool:
    """A prepayment premium stated for year one with other figures for later years ("five
    percent (5.0%) of any amount paid in year one (1); four percent ...")."""
    left, right = sentence_bounds(c.text, mention.span.start, mention.span.end)
    steps = [m for m in c.percents
             if left <= m.span.start < right and m.span != mention.span and m.value != mention.value]  # fmt: skip
    return (
        bool(steps)
        or re.search(
            r"\bin\s+(?:year\s+(?:one|1)|the\s+first\s+(?:loan\s+)?year)\b",
            c.text[mention.span.end : right],
            I,
        )
        is not None
    )


def _index_name(c: Collector, mention: Mention) -> object:
    name = mention.value
    if name == "INDEX":  # 'the National City Bank Base Rate (the "Index")': the rate it names,
        # the last one named in the sentence that defines the Index
        defined = re.search(r"\(\s*(?:the\s+)?[\"“]Index[\"”]\s*\)", c.text)
        if defined is not None:
            left, _ = sentence_bounds(c.text, defined.start(), defined.end())
            named = [m for m in c.mentions if m.kind == "index" and m.value != "INDEX"
                     and left <= m.span.start and m.span.end <= defined.start()]  # fmt: skip
            if named:
                return _index_name(c, named[-1])
    if name == "BASE" and re.search(
        r"base\s+rate[\"”]?\s+(?:shall\s+)?mean[s]?\b[^.]{0,200}\bprime\s+rate", c.text, I
    ):
        return "PRIME"
    # ('"Base Rate" shall mean the rate published … under the caption "Money Rates, London
    # Interbank Offered Rates (Libor)"': the note's name for LIBOR)
    if name == "BASE" and re.search(
        r"base\s+rate[\"”]?\s+(?:shall\s+)?mean[s]?\b[^.]{0,300}?\b(?:LIBOR|London\s+Interbank)\b",
        c.text,
        I,
    ):
        return "LIBOR"
    # '"Index Rate" means the interest rate that Lender announces … as its "prime" interest rate'
    if name == "INDEX" and re.search(
        r"[\"“]Index(?:\s+Rate)?[\"”]\s+(?:shall\s+)?means?\b[^.]{0,200}?\bas\s+its\s+[\"“]?prime\b",
        c.text,
    ):
        return "PRIME"
    # 'The "Index" shall be Bank's "prime rate"'
    if name == "INDEX" and re.search(
        r"[\"“]Index(?:\s+Rate)?[\"”]\s+shall\s+be\s+(?:the\s+)?[\w'’]*\s*[\"“]?prime\b", c.text, I
    ):
        return "PRIME"
    return name


#: "twelve (12) consecutive monthly installments of $17,686.25": a count of installments of an
#: amount (two or more with different amounts are a schedule in tranches).
_TRANCHE: Final = re.compile(
    # "eight (8) equal principal only monthly installments of Thirty Five Thousand Dollars
    # ($35,000) each"; "46 consecutive installments of $12,600.00 each"
    r"(?:\(\d{1,3}\)|\b\d{1,3})\s+(?:[\w-]+\s+){0,5}?installments?(?:\(s\))?\s+of\s+"
    r"(?:[A-Za-z\s-]{3,100}?\(\s*)?\$\s?(?P<amount>[\d,]+(?:\.\d{2})?)",
    I,
)


def in_tranches(text: str) -> bool:
    """Whether the note repays in tranches ("(i) … twelve (12) consecutive monthly installments
    of $17,686.25 …; (ii) … twelve (12) … of $12,103.33 …"): no one installment, count or
    period is the schedule's."""
    return len({m.group("amount") for m in _TRANCHE.finditer(text)}) > 1


#: A payment table's header: "Payment Date Principal Payment Interest Payment".
_PAYMENT_TABLE: Final = re.compile(
    # (or a column headed "DATE" alone, then the rows' dates: "| DATE" / "July 31, 2003" / …)
    r"^[ \t|]*(?:(?:payment|due|installment)\s+dates?\b[^\n]*|(?-i:DATE|Date)[ \t]*)$",
    I | re.MULTILINE,
)
#: The periods a table's dates may be spaced by, in months, and their names.
_SPACING: Final = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "annual"}
_APART: Final = {1: "a month", 3: "three months", 6: "six months", 12: "a year"}


def _payment_table(c: Collector) -> None:
    """A table of payments under a "Payment Date" header, one row a line starting with its date
    ("December 1, 1995 79,958 $20,042" …): when three or more rows fall at one period apart, the
    first row is the first payment and the spacing the period (inferred: the rows' amounts may
    differ, so no installment or count is read)."""
    header = _PAYMENT_TABLE.search(c.text)
    if header is None:
        return
    starts = {m.span.start: m for m in c.mentions if m.kind == "date"}
    rows: list[Mention] = []
    at = header.end() + 1
    for line in c.text[at:].split("\n")[:24]:
        indent = len(line) - len(line.lstrip(" \t|"))
        mention = starts.get(at + indent)
        at += len(line) + 1
        if mention is None:
            if rows or line.strip():
                break
            continue
        rows.append(mention)
    dates = [m.value for m in rows if isinstance(m.value, dt.date)]
    # (one day of the month, or each month's last: "July 31, 2003", "October 31, 2003", "January
    # 31, 2004", "April 30, 2004")
    month_ends = all((d + dt.timedelta(days=1)).day == 1 for d in dates)
    if len(dates) < 3 or (len({d.day for d in dates}) != 1 and not month_ends):
        return
    steps = {(b.year - a.year) * 12 + b.month - a.month for a, b in itertools.pairwise(dates)}
    if len(steps) != 1 or (step := steps.pop()) not in _SPACING:
        return
    note = "the first row of the payment table under its date header"
    # (a row's date is no date of the note's own: "DATE" over "July 31, 2003" is the column's
    # label, not the note's date line)
    at_rows = {m.span.start for m in rows}
    c.candidates[:] = [
        f for f in c.candidates if not (f.field == "issue_date" and f.span.start in at_rows)
    ]
    if not c.has("schedule.first_payment"):
        c.add("schedule.first_payment", dates[0], rows[0].span, INFERRED, note)
    if not c.has("schedule.frequency"):
        c.add("schedule.frequency", _SPACING[step], rows[0].span, INFERRED,
              f"the payment table's rows fall {_APART[step]} apart")  # fmt: skip


def installments(c: Collector) -> None:
    """The number of installments and how often they fall due."""
    _payment_table(c)
    # a schedule in tranches: the installment readings are offered (see values), and a tranche's
    # count is not the schedule's (a total stated apart from them is)
    tranches = (
        [(m.start(), m.end()) for m in _TRANCHE.finditer(c.text)] if in_tranches(c.text) else []
    )
    for mention in c.mentions:
        if mention.kind != "count":
            continue
        if any(mention.span.start < end and start < mention.span.end for start, end in tranches):
            continue
        left, right = sentence_bounds(c.text, mention.span.start, mention.span.end)
        sentence = c.text[left:right]
        if re.search(
            r"\bfee\b|\bnotes\b|\bseries\b|\bfund(?:s|ed)?\b|\bgiven\s+to\s+(?:the\s+)?borrower\b",
            sentence,
            I,
        ) or (_interest_alone(sentence)):
            # not the note's installments: fees, a series of notes, a loan funded (or "given to
            # Borrower") in two installments, interest alone
            continue
        c.add("schedule.payments", mention.value, mention.span, STATED, "installments counted")
        if mention.detail:
            c.add("schedule.frequency", mention.detail, mention.span, STATED)
        break
    anchors = [
        f
        for f in c.candidates
        if f.field in {"schedule.installment", "schedule.first_payment", "schedule.payments"}
    ]
    if c.has("schedule.frequency") or tranches:
        return
    if _twice_a_year(c):
        return
    if not anchors:
        # "I promise to repay the principal and interest ... in equal monthly installments": the
        # period stated with no amount, count or first day to anchor it
        for match in _PERIODIC_INSTALLMENTS.finditer(c.text):
            left, right = sentence_bounds(c.text, match.start(), match.end())
            before = c.text[left : match.start()]
            if _interest_alone(c.text[left:right]) or re.search(
                r"\bamortized\s+(?:in|over|on)\b|\bwould\b|\bassumed\b", c.text[left:right], I
            ):
                continue  # interest alone, or a hypothetical loan's ("would be ... amortized")
            # ("Borrower shall pay interest on all principal outstanding under this Note in monthly
            # installments": the principal interest is paid on, not principal paid)
            paid = re.sub(r"\binterest\s+(?:on|upon)\s+(?:all\s+|the\s+)?(?:unpaid\s+|outstanding\s+)*"
                          r"principal\b", "interest", before, flags=I)  # fmt: skip
            if re.search(r"\binterest\b", paid, I) and not re.search(r"\bprincipal\b", paid, I):
                continue  # "Interest ... shall be paid ... in quarterly payments"
            frequency = FREQUENCIES[(match.group("freq") or match.group("freq2")).lower()]
            c.add("schedule.frequency", frequency, c.source.match_span(match), STATED,
                  "the installments' period")  # fmt: skip
            return
        return
    # (an installment stated again in the text, after a header's "Loan Payment: $5,959.82": "with
    # annual payments of $5,959.82", where its period is said)
    spans = [a.span for a in anchors] + [
        m.span
        for a in anchors
        if a.field == "schedule.installment"
        for m in c.mentions
        if m.kind == "money" and m.value == a.value and m.span.start != a.span.start
    ]
    for anchor_span in spans:
        left, right = sentence_bounds(c.text, anchor_span.start, anchor_span.end)
        sentence = c.text[left:right]
        if _interest_alone(sentence):
            continue  # how often interest alone is paid
        # the list after "… consecutive monthly installments of principal and interest, as
        # follows: $12,451.87 on May 1, 2004, …": its period in the words that open it, when its
        # own sentence names none
        opens = sentence_bounds(c.text, left - 2, left - 1)[0] if left > 1 else left
        opening = (
            _INSTALLMENTS_AS_FOLLOWS.search(c.text[opens:left])
            if c.text[:left].rstrip().endswith(":")
            and not any(re.search(p, sentence, I) for p, _ in FREQUENCY_WORDS)
            else None
        )
        if opening is not None:
            start = opens + opening.start("freq")
            span = c.source.span(start, start + len(opening.group("freq")))
            c.add("schedule.frequency", FREQUENCIES[opening["freq"].lower()], span, STATED,
                  "the installments' period, in the words before their list")  # fmt: skip
            return
        # "Interest paid quarterly, … with annual principal payments of $100,000.00": the
        # principal's own period
        own = re.search(
            r"\b(?P<freq>monthly|quarterly|semi-?annual|annual)\s+principal\s+(?:payments?|installments?)\b",
            sentence,
            I,
        )
        if own is not None:
            span = c.source.span(left + own.start("freq"), left + own.end("freq"))
            c.add("schedule.frequency", FREQUENCIES[own["freq"].lower()], span,
                  STATED, "the principal installments' period")  # fmt: skip
            return
        for pattern, frequency in FREQUENCY_WORDS:
            # (not a word after an empty box: "[X] monthly/[ ] quarterly")
            word = next(
                (m for m in re.finditer(pattern, sentence, I)
                 if not _RATE_PERIOD.search(sentence[max(0, m.start() - 30) : m.start()])
                 and not _EMPTY_BOX_BEFORE.search(sentence[max(0, m.start() - 8) : m.start()])
                 # (nor a rate's: "at an annual fixed rate of two percent (2%) per annum")
                 and not _A_RATES_PERIOD.match(sentence[m.end() : m.end() + 40])),
                None,
            )  # fmt: skip
            if word is not None:
                span = c.source.span(left + word.start(), left + word.end())
                c.add("schedule.frequency", frequency, span, STATED, "the installments' period")
                return
    # the period said apart from the amount: "Principal and interest shall be payable in equal Loan
    # Payments, with the first payment due and payable one year from Payment Initiation Date …, and
    # annually thereafter"
    later = _EQUAL_THEN_PERIODIC.search(c.text)
    if later is not None:
        c.add("schedule.frequency", FREQUENCIES[later["freq"].lower()], c.source.match_span(later, "freq"),
              STATED, "the equal payments' period")  # fmt: skip


#: The words that open a list of installments: "… consecutive monthly installments of principal
#: and interest, as follows:".
_INSTALLMENTS_AS_FOLLOWS: Final = re.compile(
    # (or a row's label: "1.5  Monthly Payment: $29,322.78.")
    r"\b(?P<freq>monthly|quarterly|semi-?annual|annual)\s+(?:installments?|payments?)\b"
    r"(?![^:]{0,120}\binterest\s+only\b)[^:]{0,160}:\s*$",
    I,
)


_EQUAL_THEN_PERIODIC: Final = re.compile(
    r"\bpayable\s+in\s+equal\s+(?:[\w-]+\s+){0,2}(?:payments|installments)\b[^.;]{0,240}?"
    r"\band\s+(?P<freq>annual|monthly|quarterly|semi-?annual)ly\s+thereafter\b",
    I,
)


#: After a period's word, the rate it qualifies: "an annual fixed rate of", "annual interest rate".
_A_RATES_PERIOD: Final = re.compile(
    r"\s+(?:(?:fixed|simple|percentage|interest|floating|variable)\s+)*(?:rate|yield)\b", I
)


_MONTH_NAMES: Final = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: Payments on two days of the year: "payable on each February 1 and August 1 commencing …".
_TWO_DAYS_A_YEAR: Final = re.compile(
    r"\beach\s+(?P<first>[A-Z][a-z]+)\s+\d{1,2}(?:st|th)?,?\s+and\s+(?P<second>[A-Z][a-z]+)\s+\d{1,2}\b"
)


def _twice_a_year(c: Collector) -> bool:
    """Payments "on each February 1 and August 1" (two days six months apart) fall due
    semiannually, unless the sentence pays interest alone."""
    for match in _TWO_DAYS_A_YEAR.finditer(c.text):
        months = (match.group("first").lower(), match.group("second").lower())
        if not all(m in _MONTH_NAMES for m in months):
            continue
        apart = abs(_MONTH_NAMES.index(months[0]) - _MONTH_NAMES.index(months[1]))
        left, right = sentence_bounds(c.text, match.start(), match.end())
        sentence = c.text[left:right]
        if apart != 6 or _interest_alone(sentence):
            continue
        if not re.search(r"\b(?:payable|paid|payments?|installments?|due)\b", sentence, I):
            continue
        c.add("schedule.frequency", "semiannual", c.source.match_span(match), INFERRED,
              "payments on two days of the year six months apart")  # fmt: skip
        return True
    return False


#: An empty box just before a word: "[X] monthly/[ ] quarterly" (quarterly was not chosen).
_EMPTY_BOX_BEFORE: Final = re.compile(r"(?:\[\s?\]|\|_\||☐)\s*$")


#: Installments by their period alone ("in equal monthly installments").
_PERIODIC_INSTALLMENTS: Final = re.compile(
    r"\b(?:in|by)\s+(?:(?:equal|consecutive|successive|regular|level|substantially\s+equal)\s+)*"
    r"(?P<freq>monthly|quarterly|semi-?annual|annual|yearly)\s+(?:installments|payments)\b"
    # "Installments of principal and interest in the amount of … shall be due and payable monthly
    # commencing on …" (a template's amount and day left as placeholders)
    r"|\binstallments\s+of\s+principal(?:\s+and\s+interest)?\b(?:[^.;]|\.(?=[\dX])){0,120}?\b(?:due\s+and\s+)?"
    r"payable\s+(?P<freq2>monthly|quarterly|semi-?annual|annual)(?:ly)?\b",
    I,
)


def _interest_alone(sentence: str) -> bool:
    """The sentence sets payments of interest alone ("eleven monthly installments of all accrued
    but unpaid interest"), not installments of principal."""
    # (nor is the balance due at the end: "…, principal and interest then remaining unpaid")
    return bool(re.search(INTEREST_ONLY, sentence, I)) and not re.search(
        r"\binstallments?\s+of\s+(?:the\s+)?principal|\bprincipal\s+(?:and\s+interest\s+)?"
        r"(?:installments?|payments?)"
        r"|\bprincipal\s+and\s+interest\b(?!\s+(?:then\s+)?(?:remaining|unpaid|outstanding)\b)",
        sentence,
        I,
    )


#: A period that says how often the *rate* changes ("adjusted quarterly"), not the installments'.
_RATE_PERIOD: Final = re.compile(r"\b(?:adjust|change|reset|recomput|redetermin|float)\w*\s*$", I)

DEMAND: Final = (
    # ("within thirty (30) days after demand, the undersigned promises to pay")
    r"\b(?:with)?in\s+\w+\s+(?:\(\d+\)\s+)?days\s+after\s+demand\b|"
    # (and a court's quotation mark between: 'payable “On demand after date”')
    r"\bON\s+DEMAND\b|\b(?:payable|due|repayable)\s+[“\"]?(?:in\s+full\s+)?(?:up)?on\s+demand\b"
    # ("Subject to the availability of funds, the loan will be repaid on demand of Holder.")
    r"|\b(?:re)?paid\s+(?:up)?on\s+demand\s+of\s+(?:the\s+)?(?:holder|lender|payee|bank)\b"
    # ("… to be paid on demand"; "… on demand at any time as to all or any portion of the
    # indebtedness … or, if demand is not sooner made, in installments")
    # (not "such unpaid amount shall bear interest, to be paid upon demand": overdue interest)
    r"|(?<!interest,\s)(?<!interest\s)\bto\s+be\s+(?:re)?paid\s+(?:up)?on\s+demand\b"
    # ("I promise to pay to James Madison Esqr. or order Seven thousand, five hundred Dollars with
    # Interest on demand.")
    r"|\bdollars,?\s+with\s+interest,?\s+on\s+demand\b"
    # ("… shall be due and payable … on the earlier of (i) a declaration by Investor on or after
    # June 30, 2010 (the “Maturity Date”) that such amounts are due and payable or (ii) …")
    r"|\bdeclaration\s+by\s+(?:the\s+)?(?:investor|holder|lender|payee|noteholder)\s+(?:at\s+any\s+time\s+)?"
    r"on\s+or\s+after\b"
    # ("the principal amount of Two Hundred Fifty Thousand Dollars ($250,000.00) upon written
    # demand by Holder at any time on or after June 30, 2007")
    r"|\(\s*\$[\d,.]+\s*\)\s*,?\s+(?:up)?on\s+(?:written\s+)?demand\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:holder|lender|payee|bank)\b"
    # ("For value received, on demand or at such other maturity or maturities as may be agreed")
    r"|\bfor\s+value\s+received,?\s+on\s+demand\b"
    # ("… and shall mature upon demand by the Payee")
    r"|\b(?:shall|will)\s+mature\s+(?:up)?on\s+demand\b"
    # ("This note shall be payable to the promisee or assigns on demand.")
    r"|\bpayable\s+to\s+(?:the\s+)?(?:promisee|payee|holder|lender|bank)(?:\s+or\s+(?:its\s+|his\s+)?"
    r"(?:assigns|order))?\s+(?:up)?on\s+demand\b"
    r"|\bon\s+demand\b[^.;]{0,200}?\bif\s+(?:no\s+demand\s+is|demand\s+is\s+not)\s+(?:sooner\s+|earlier\s+)?made\b"
    # "The principal will be paid to Creditor on demand after 1 September 2010"
    r"|\b(?:will|shall)\s+be\s+(?:re)?paid\s+to\s+(?:the\s+)?[A-Z]\w+\s+on\s+demand\b"
    # "… shall be due and payable by the maker on demand"
    r"|\b(?:payable|due)\s+by\s+the\s+(?:maker|borrower|company)\s+(?:up)?on\s+demand\b"
    # "REPAYMENT TERMS. The Borrower will repay this Note upon demand."
    r"|\brepay\s+this\s+note\s+(?:up)?on\s+demand\b"
    r"|\bearlier\s+of\s+\(i\)\s+demand\b|\bunless\s+earlier\s+demanded\b"
    r"|\bearlier\s+of\s+demand\s+(?:or|and)\b"
    # "… due and payable by the Maker either (a) on April 21, 2008 (the “Maturity Date”) or (b) on
    # demand by the Lender"
    r"|\bor\s+\([b-z]\)\s+(?:up)?on\s+demand\b"  # ("Due Date: The earlier of Demand or April 4, 2018")
    r"|\bfirst\s+to\s+occur\s+(?:of\s+)?\(i\)\s+demand\b"  # ("on the first to occur (i) demand or (ii) …")
    r"|\bearlier\s+of\b[^.;]{0,80}?\bor\s+(?:upon\s+)?demand\b|\bpromises?\s+to\s+pay\s+(?:up)?on\s+demand\b"
    # "promises to pay to the order of Maslow Media Group, Inc. ("Lender") on demand at …"
    # ("… promises to pay to **[Lender-name]**, a … (“Lender”), or order, on demand the principal")
    # an old form's "On demand after date I, we, or either of us promise to pay to the order of …"
    # (or "On demand, and if no demand is made, then on Dec. 1, 1922, I, we, or either of us
    # premise [sic] to pay")
    # (and "On demand, after date, for value received I (we) promise", "Demand after date we, or
    # either of us promise")
    # (and '"On demand I promise to pay to the order of Helen A. Curtis')
    # (or after a dateline on the same line: "Brackett, May 5th, 1875. On demand I promise")
    # (and the maker's name after "I": "On demand for value received, I, Edward T. Falsey, promise")
    r"|(?:^|\n|(?<=\.\s))\W*On\s+demand,?\s+(?:for\s+value\s+received,?\s+)?(?:I|we|the\s+undersigned),?\s+"
    r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3},\s+)?(?:jointly\s+and\s+severally\s+)?promise\b"
    # (and after the sum in the heading: "$3200.00 Upon demand we promise to pay to the order of")
    r"|\$[\d,]+(?:\.\d{2})?\s+(?:Up)?on\s+demand,?\s+(?:I|we|the\s+undersigned),?\s+promise\b"
    r"|(?:(?:^|\n)\W*On\s+demand,\s+and\s+if\s+no\s+demand\b|\b(?:On\s+)?demand,?[\s—–-]+after\s+date\b)"
    r"[^;]{0,120}?\bpr[eo]mises?\s+to\s+pay\b"
    r"|\bpromises?\s+to\s+pay\s+to\s+(?:the\s+order\s+of\b)?[^;]{0,120}?\)\s*,?\s*"
    r"(?:or\s+order\s*,?\s*)?on\s+demand\b"
    r"|\bcallable\s+at\s+the\s+(?:election|option)\s+of\s+the\s+holder\b"
    # "with the entire unpaid balance of principal and interest due within 3 Business Days of
    # DEMAND (the “Maturity Date”)"
    r"|\b(?:payable|due)\s+within\s+(?:\w+\s+\(\s*)?\d{1,2}\)?\s+(?:business\s+)?days\s+(?:of|after)\s+demand\b"
    r"|^\s*(?:GRID\s+|MASTER\s+)?DEMAND\s+(?:PROMISSORY\s+)?NOTE\b"
    # Laser Pro's demand note: "… in lawful money of the United States of America, on demand, the
    # principal amount …"; "Borrower will pay this loan in full immediately upon Lender's demand"
    r"|\bin\s+lawful\s+money\s+of\s+the\s+United\s+States(?:\s+of\s+America)?,\s+on\s+demand\b"
    r"|\bin\s+full\s+immediately\s+upon\s+(?:the\s+)?(?:Lender|Holder|Bank)['’]s\s+demand\b"
    # "Borrower will pay this loan on demand, or if no demand is made, in 35 principal payments"
    # (and "Maker will pay this loan upon demand, or, if no demand is made, in one payment")
    r"|\bpay\s+this\s+(?:loan|note)\s+(?:in\s+full\s+)?(?:up)?on\s+demand\b"
    # "… promises to pay Wachovia Bank, National Association, on demand, such principal amounts"
    r"|\bpromises?\s+to\s+pay\s+(?!to\s+the\s+order)[A-Z][\w&.,' -]{2,80}?,\s+on\s+demand\b"
    # (and a bank note's "I promise to pay Mr James Hubbald or bearer on demand the sum of Ten
    # Pounds")
    r"|\bpromises?\s+to\s+pay\s+(?:to\s+)?(?-i:[A-Z])[\w.'’ -]{2,60}?\s+or\s+(?:bearer|order),?\s+on\s+demand\b"
    # (and the sum between: "I promise to pay Simeon Cummings or order, three hundred and fifteen
    # dollars and ninety-eight cents, on demand")
    r"|\bpromises?\s+to\s+pay\b[^.;]{0,160}?\bdollars(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+cents)?,?\s+on\s+demand\b"
    # "… payable in full on any future date on which the Lender demands repayment"; "interest will
    # accrue … until demand by Bank for payment of this Note"
    r"|\bpayable\s+(?:in\s+full\s+)?on\s+any\s+(?:future\s+)?date\s+on\s+which\s+the\s+(?:lender|holder|bank|payee)"
    r"\s+demands\b|\buntil\s+demand\s+by\s+(?:the\s+)?(?:bank|lender|holder|payee)\s+for\s+payment\b"
    # a form's line for when to pay, filled in above the promise: "Upon Demand" / "----" /
    # "promise to pay to the order of:"
    r"|^[ \t]*(?:Upon|On|UPON)\s+(?:Demand|DEMAND)[ \t]*\n(?:[-=_ \t]*\n)*[ \t]*"
    r"(?:(?:I|we|the\s+undersigned)\s+)?promises?\s+to\s+pay\b"
)


#: Interest or charges on overdue amounts "payable on demand" do not make the note a demand note.
_OVERDUE: Final = re.compile(
    # ("Interest after the maturity hereof … shall be payable upon demand")
    # (and "All past-due principal … shall, from maturity … until paid, bear simple interest at …
    # 18%, payable on demand")
    r"\boverdue\b|\bpast[\s-]+due\b|\bafter\s+(?:the\s+)?maturity\b|\blate\b|\bnot\s+paid\s+(?:in\s+full\s+)?when\s+due\b"
    r"|\bevent\s+of\s+default\b",  # "upon an Event of Default … due and payable on demand"
    I,
)


def _demand(text: str, matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    for match in matches:
        left, right = sentence_bounds(text, match.start(), match.end())
        # "has a stated maturity and is not payable on demand": said of another note, or denied
        denied = (
            re.search(r"\bnot\s+(?:be\s+)?$", text[max(left, match.start() - 12) : match.start()])
            or re.search(  # (or of a party's own other note: "borrowed from defendant the sum of
                # $13,750 on his collateral note payable on demand", beside the certificate sued on)
                r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}note\s*$",
                text[max(left, match.start() - 60) : match.start()],
            )
        )
        # (or a form's option whose box is not ticked: "a. |_| Demand. On Demand, …")
        # (or a numbered option left blank: "3. (Demand Loan) Interest … is due and payable
        # _______________ beginning __________. The full sum … is due and payable on demand.")
        unticked = (
            _in_unticked_option(text, match.start())
            or _in_alternative(text, match.start())
            or _in_blank_option(text, match.start())
        )
        # (a Canadian note's "… and interest on overdue interest payable at the same time" at the end
        # of its promise "on the earlier of (i) DEMAND and (ii) 365 days" is not a demand for overdue
        # amounts)
        # (what follows the demand far on in its sentence is not about it: "On Demand, and if no
        # demand is made then 91 days after date … promise to pay …, and with interest at seven
        # per cent per annum after maturity until paid")
        right = min(right, match.end() + 60)
        sentence = re.sub(r"\binterest\s+on\s+overdue\s+interest\b", "", text[left:right], flags=I)
        if not _OVERDUE.search(sentence) and not denied and not unticked:
            return match
    return None


#: A form's drafting alternative: "[Alternative 1 - Demand Note] 1. Maturity … [Alternative 2-
#: Term Note] 1. Maturity".
_ALTERNATIVE: Final = re.compile(r"\[\s*(?:Alternative|Option)\s+(?:\d|[A-Z]\b)[^\]\n]{0,60}\]", I)


def _in_alternative(text: str, start: int) -> bool:
    """Whether ``start`` lies under one of a form's drafting alternatives (the form offers two or
    more; which one the note takes is the drafter's choice, not yet made)."""
    openings = list(_ALTERNATIVE.finditer(text))
    return len(openings) >= 2 and any(0 <= start - m.end() <= 1500 for m in openings)


#: A form's numbered option: "1. (Single Principal Payment Loan)", "3. (Demand Loan)".
_NUMBERED_OPTION: Final = re.compile(r"(?<![\w.])\d\.\s*\((?-i:[A-Z])[^()\n]{2,40}\)")


def _in_blank_option(text: str, start: int) -> bool:
    """Whether ``start`` lies in one of a form's numbered options (two or more) whose blanks,
    before it, are not filled in: an option the note does not take."""
    options = list(_NUMBERED_OPTION.finditer(text))
    if len(options) < 2:
        return False
    heading = next((m for m in reversed(options) if m.end() <= start), None)
    return (
        heading is not None
        and start - heading.end() <= 400
        and re.search(r"_{4,}", text[heading.end() : start]) is not None
    )


@lru_cache(maxsize=64)  # (asked by the after-date rule and again by the flags)
def _on_demand(text: str) -> re.Match[str] | None:
    """The words that make a note payable on demand, if any."""
    demand = _demand(text, re.finditer(DEMAND, text, re.MULTILINE))
    if demand is None:
        lower = DEMAND.replace(r"\bON\s+DEMAND\b|", "")
        demand = _demand(text, re.finditer(lower, text, I | re.MULTILINE))
    return demand


#: A certificate of deposit's words from the deposit to its return ("F. N. Wadhams has deposited in
#: this bank nine hundred fifty dollars, $950.00, payable to the order of self, upon the return of
#: this certificate, properly endorsed, with interest …"), and a little after.
_CERTIFICATE_ON_RETURN: Final = re.compile(
    # (or on notice: "which will be paid to him on ten days notice")
    r"\b(?:ha(?:s|d|ve)|has\s+been)\s+deposited\s+(?:with|in)\b[^\n]{0,400}?\b(?:(?:up)?on\s+(?:the\s+)?"
    r"return\s+of\s+this\s+certificate|on\s+\w+\s+days['’]?\s+notice)\b[^\n”\"]{0,200}",
    I,
)
#: … naming a time: "six months after date", "payable 12 months from 1st May, 1839", "due August
#: 5, 1913", "on the 3d day of September, 1914", "Not payable in less than six (6) months", a date.
_CERTIFICATE_TIME: Final = re.compile(
    r"\bafter\s+date\b|\bmonths?\s+from\b|\bfor\s+\w+\s+months\b|\bdue\s+(?:on\s+)?(?:[A-Z]|\d)"
    r"|\bon\s+the\s+\d+\w*\s+day\s+of\b|\bnot\s+payable\s+(?:in\s+less|until|before)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th|d)?,?\s+\d{4}",
    I,
)


#: A late charge as cents on the dollar: "a late charge of $.05 per $1.00 of unpaid payment".
_CENTS_ON_THE_DOLLAR: Final = re.compile(
    r"\blate\s+(?:payment\s+)?charge\s+of\s+\$\s?0?\.(?P<cents>\d{2})\s+(?:per|for\s+each|on\s+each)\s+"
    r"\$\s?1(?:\.00)?\b",
    I,
)


def flags(c: Collector) -> None:
    """Demand, security and the late charge as they are said in words."""
    if (late := _CENTS_ON_THE_DOLLAR.search(c.text)) and not c.has("late_charge"):
        c.add_match("late_charge", Decimal(late.group("cents")).scaleb(-2), late, STATED,
                    "a late charge in cents on the dollar")  # fmt: skip
    demand = _on_demand(c.text)
    if demand:
        c.add_match("demand", True, demand, STATED, "payable on demand")
    elif (
        (certificate := _CERTIFICATE_ON_RETURN.search(c.text))
        and not _CERTIFICATE_TIME.search(certificate.group(0))
        and not c.has("maturity")
        and not re.search(r"\bpromises?\s+to\s+pay\b", c.text, I)
    ):
        # a certificate of deposit "payable to the order of self … on the return of this
        # certificate properly indorsed", no time named: paid when it is presented (inferred)
        c.add_match("demand", True, certificate, INFERRED,
                    "a certificate of deposit payable on its return, no time named")  # fmt: skip
    # a title line in capitals ("SECURED PROMISSORY NOTE"), not a legend's "… SECURED BY THE
    # SECURITIES"
    # (nor a bank's legend "… AND IS NOT SECURED.")
    title = re.search(r"^(?![^\n]*\b(?:SECURED\s+BY|NOT\s+SECURED)\b)[^a-z\n]*\bSECURED\b[^a-z\n]*$", c.text[:2500],
                      re.MULTILINE) or re.search(
        r"(?<!UN)\bSECURED\s+(?:(?:FULL\s+)?RECOURSE\s+)?(?:PROMISSORY\s+|TERM\s+|CONVERTIBLE\s+)?NOTES?\b",
        c.text[:2500],
    ) or re.search(  # a title "PROMISSORY NOTE (Secured)"
        r"^[^a-z\n]*\bNOTE\s*\(\s*Secured\s*\)[ \t]*$", c.text[:2500], re.MULTILINE
    ) or next((  # ("Secured Full Recourse Promissory Note")
        m for m in re.finditer(
            r"(?<![Uu]n)\bSecured\s+(?:(?:Full\s+)?Recourse\s+)?(?:Promissory\s+|Term\s+|Convertible\s+)?"
            r"Notes?\b",
            c.text[:2500],
        )
        # (not the note this one amends: "This Note amends and restates in its entirety that
        # certain … Loan Agreement, Security Agreement and 10% Secured Promissory Note")
        if not _OTHER_NOTE_LEAD.search(c.text, sentence_bounds(c.text, m.start(), m.end())[0], m.start())
    ), None)  # fmt: skip
    unsecured = re.search(
        # (not a market rate's description: "High-grade unsecured notes sold through dealers by
        # major corporations", the commercial paper rate a note's interest follows)
        r"\bunsecured\b(?!\s+(?:creditor|indebtedness|debt|notes\s+sold)\b)"
        # "The parties agree that no security is provided for the Note"
        # "THIS OBLIGATION IS … INELIGIBLE AS COLLATERAL FOR A LOAN BY THE BORROWER, AND IS NOT SECURED."
        r"|\b(?:this\s+(?:note|obligation)\s+|and\s+)is\s+not\s+secured\b"
        r"|\bno\s+(?:security|collateral)\s+(?:is|has\s+been|shall\s+be|will\s+be)\s+"
        r"(?:provided|given|granted|required)\b",
        c.text,
        I,
    ) or (
        re.search(r"^[ \t]*Security(?:\s+for\s+(?:Payment|this\s+Note))?[ \t]*:[ \t]*None\.?[ \t]*$",
                  c.text, I | re.MULTILINE)  # a header of labelled terms: "Security for Payment: None"
    )  # fmt: skip
    secured_by = next((m for m in re.finditer(
        # (not "… the amount due in Loan Funds, which is secured by this Promissory Note": the debt
        # the note itself evidences)
        # (not "… void unless the first $ 20,000 is secured by September 1, 1885": a condition)
        r"\b(?:is|are|shall\s+be|will\s+be|obligations[^.;]{0,60}?are)\s+secured\s+by\b"
        rf"(?!\s+{_MONTH}\b)"
        r"(?!\s+this\s+(?:promissory\s+)?note\b)"
        # (nor a form's "These expenses … will be secured by any security for payment": whatever
        # security there may be)
        r"(?!\s+any\s+security\b)"
        # "This Note is secured and guaranteed as and to the extent provided in the Loan and
        # Security Agreement"
        r"|\bis\s+secured\s+and\s+guaranteed\s+as\s+(?:and\s+to\s+the\s+extent\s+)?provided\b"
        # "… are "Obligations" secured by the "Collateral""; "This Note is secured as provided in
        # the Loan Documents"
        r"|\bare\s+[\"“][^\"”]{1,20}[\"”]\s+secured\s+by\b"
        r"|\b(?:is|are|shall\s+be)\s+secured\s+(?:as\s+provided|pursuant\s+to|under)\b"
        # "evidences the Loan funded by Lender under, and secured in part by, that certain LOAN
        # AND SECURITY AGREEMENT"
        r"|\bsecured\s+(?:in\s+(?:whole\s+or\s+in\s+)?part\s+)?by,?\s+(?:that\s+certain\s+|a\s+|the\s+)?"
        r"(?:loan\s+and\s+)?security\s+agreement\b"
        # ("the giving of this Note and the related Vendor's lien and Deed of Trust by Buyer")
        r"|\bvendor['’]s\s+lien\b"
        r"|\bcollateral\s+security\s+for\b|\bsecured\s+by\s+(?:a\s+|the\s+)?(?:deed\s+of\s+trust"
        r"|mortgage)"
        # a title "PROMISSORY NOTE AND PLEDGE AGREEMENT"
        r"|(?-i:\bNOTE\s+AND\s+PLEDGE\s+AGREEMENT\b)"
        r"|\bsecurity\s+instruments?\s+securing\s+this\s+(?:instrument|(?:promissory\s+)?note)\b"
        # "the mortgage securing this Note", "the land, which secures this note", "the deed to
        # secure debt given to secure this note", "As security for payment of this Note, the
        # Owner has granted", "secured by, among other things, a Security Agreement"
        r"|\bsecuring\s+this\s+(?:promissory\s+)?note\b|\b(?:which|that)\s+secures?\s+this\s+(?:promissory\s+)?note\b"
        # (not "To secure this note, all rights of homestead … are hereby waived": no collateral)
        r"|\bto\s+secure\s+this\s+(?:promissory\s+)?note\b(?!,?\s+all\s+rights\s+of\s+homestead)|\bsecured\s+by,?\s+among\s+other\s+things\b"
        # "To secure the payment of this note, I, or we, do hereby mortgage and convey unto the
        # payee … the crops described"
        # ("And to secure the payment of this note; and in consideration of One Dollar in hand paid
        # I hereby mortgage to the said J. H. Rowland …")
        r"|\bto\s+secure\s+the\s+payment\s+of\s+this\s+(?:promissory\s+)?note\b[^.]{0,80}?\bhereby\s+"
        r"(?:mortgage|pledge|assign|convey|grant)"
        r"|(?<!taken\s)\bas\s+security\s+for\s+(?:(?:the\s+)?(?:re)?payment\s+of\s+)?this\s+(?:promissory\s+)?note\b"
        # "secured by, inter alia, that certain Mortgage"; "(the "Mortgage") securing, inter alia,
        # this Note"; "Security for Payment: (i) Vendor's lien …"; "creates security interests in favor of the STATE to secure"; "This
        # Note is also entitled to the benefits of the Pledge Agreement"; "Ravey pledges any
        # property tax rebate", "the Borrower pledges revenue and income"
        r"|\bsecured\s+by,?\s+inter\s+alia\b|\bsecuring,?\s+inter\s+alia,?\s+this\s+(?:promissory\s+)?note\b"
        r"|\bsecured,\s+inter\s+alia,\s+by\b"  # ("This Note is secured, inter alia, by (i) that certain")
        r"|(?<!Other\s)\bSecurity\s+for\s+Payment\s*:\s*(?!None\b)[A-Z(]"
        r"|\bcreates?\s+(?:a\s+)?security\s+interests?\s+in\s+favor\s+of\b"
        r"|\bbenefits?\s+of\s+the\s+pledge\s+agreement\b"
        r"|(?<!not\s)\bpledges\s+(?:any|all|its|the|revenues?|income)\b"
        # "is entitled to the benefit and security of the Loan and Security Agreement"
        r"|\bentitled\s+to\s+the\s+benefits?\s+and\s+security\s+of\b"
        # ("is entitled to all benefits and security of the Loan Agreement"; "entitled to the
        # security therefor")
        r"|\bentitled\s+to\s+all\s+(?:the\s+)?benefits?\s+and\s+security\s+of\b"
        r"|\bentitled\s+to\s+the\s+security\s+therefor\b"
        # "the Deeds of Trust, Security Agreements and Fixture Filings dated as of even date
        # herewith executed by Borrower in favor of Lender"
        r"|\b(?:deeds?\s+of\s+trust|mortgages?)\b[^.;()]{0,120}?\bexecuted\s+by\s+(?:the\s+)?"
        r"(?:borrower|maker|mortgagor|trustor)\s+in\s+favor\s+of\s+(?:the\s+)?(?:lender|holder|bank|payee)\b"
        # "The undersigned hereby grants to the Bank a lien on, security interest in and …"
        # (and "Borrower has granted or will grant Bank a security interest in the collateral")
        r"|\b(?:hereby\s+)?(?:grants?|has\s+granted(?:\s+or\s+will\s+grant)?)\s+"
        r"(?:(?:to\s+)?(?:the\s+)?[\w&.]+(?:\s+[\w&.]+){0,3}\s+)?a\s+"
        r"(?:(?:continuing\s+)?lien\s+on,?\s+(?:and\s+)?)?(?:continuing\s+)?security\s+interest\s+in\b",
        c.text,
        I,
    ) if not _whatever_secures(c.text, m) and not _not_yet_secured(c.text, m)), None)  # fmt: skip
    if unsecured and not (title and "UNSECURED" not in title.group(0)):
        c.add_match("secured", False, unsecured, STATED, "the note says it is unsecured")
    elif title:
        c.add_match("secured", True, title, STATED, "SECURED in the title")
    elif secured_by:
        c.add_match("secured", True, secured_by, STATED, "the note says what secures it")
    elif labelled := re.search(  # a form's "Collateral: (if none, leave blank): <filled in>"
        r"^[ \t]*Collateral[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]*(?!None\b|N/?A\b|_)\S",
        c.text, I | re.MULTILINE,
    ):  # fmt: skip
        c.add_match("secured", True, labelled, STATED, "the form's collateral line is filled in")
    elif titled := re.search(r"\b(?:DEED\s+OF\s+TRUST|MORTGAGE)\s+NOTE\b", c.text, I):
        # offered, not proposed: on the 728 notes read so far readers took such a title alone as
        # security 7 times and left it out 5 times (the excerpt not reaching what secures the note)
        c.add_match("secured", True, titled, AMBIGUOUS,
                    "a deed of trust or mortgage note by its title alone")  # fmt: skip
    elif titled := re.search(r"(?-i:\bSECURITY\s+AGREEMENT\b)(?=[^\n]{0,40}\n)", c.text):
        # a form titled "… NOTE AND SECURITY AGREEMENT" (or "NOTE & SECURITY AGREEMENT"): on the
        # 773 notes read so far readers took such a title alone as security 4 times in 9 (the
        # excerpt often stops before any collateral is named): offered, not proposed
        c.add_match("secured", True, titled, AMBIGUOUS,
                    "a note and security agreement by its title alone")  # fmt: skip


#: Words in a sentence before another note's title: the note this one amends, restates, replaces
#: or renews (not "This Note is issued pursuant to that certain Note Purchase Agreement, and is one
#: of the Secured Promissory Notes issued thereunder": its own kind).
_OTHER_NOTE_LEAD: Final = re.compile(
    r"\b(?:amends?|restates?|replaces?|supersedes?|renews?|refinances?)\b",
    I,
)


def _not_yet_secured(text: str, match: re.Match[str]) -> bool:
    """Whether the words on what secures the note name security that comes only if an option is
    exercised ("In the event of an exercise of a Repayment Option, as provided herein, this Note
    shall be secured by the assets of the Company"): not yet a secured note."""
    left = sentence_bounds(text, match.start(), match.end())[0]
    return bool(
        re.match(r"(?:shall|will)\s+be\s+secured\b", match.group(0), I)
        and re.search(
            r"\b(?:in\s+the\s+event\s+of|upon)\s+(?:an?\s+|the\s+)?(?:exercise|election)\b"
            r"|\bif\s+(?:the\s+)?\w+\s+(?:elects|exercises)\b",
            text[left : match.start()],
            I,
        )
    )


def _whatever_secures(text: str, match: re.Match[str]) -> bool:
    """Whether "… securing this Note" names only whatever may secure it — "any mortgage, deed of
    trust, or other security instrument … securing this Note", "the sale of any collateral
    securing this Note", a form's payment-application or expense wording — rather than saying
    what does (on the notes read so far readers left such a note's security out 3 times in 5); so
    too "any collateral granted as security for this Note", and what secures "a certain note
    dated …" other than this one."""
    if re.search(
        r"\b(?:a|that)\s+certain\s+(?:promissory\s+)?note\s+dated\b[^.;]{0,160}$",
        text[max(0, match.start() - 200) : match.start()],
        I,
    ):
        # "This note is for the interest on a certain note dated March 4, 1846, for the sum of
        # $156, … and secured by mortgage": what secures another note
        return True
    if not re.match(r"securing\s|as\s+security\s", match.group(0), I):
        return False
    # (and "the exchange, substitution, or release of any collateral granted as security for this
    # Note": a waiver's words for whatever collateral there may be)
    clause = re.split(r"[.;:]", text[max(0, match.start() - 120) : match.start()])[-1]
    # (not "any of the agreements in the Franchise Agreement securing this Note": a named one)
    return re.search(r"\bany\b(?![^.;]*\b(?:in|under)\s+the\b)", clause, I) is not None


def parties(c: Collector) -> None:
    """The maker and payee of the promise to pay, and parties named above a form's labels
    (every reading of a party is tidied by :func:`tidy_parties` after the rules ran)."""
    for intro in introductions(c.source):
        confidence = INFERRED if "label" in intro.how or intro.placed else STATED
        c.add(intro.role, intro.name, intro.span, confidence, intro.how)


def tidy_parties(c: Collector) -> None:
    """Every rule's reading of a party, as a reader would copy the name.

    A heading run into the name ("PROMISE TO PAY. Prime Financial Corporation") is cut off; two
    entities joined by "and" are joint parties, of whom the first is proposed (inferred) and the
    note names the other; words that read as prose rather than a name ("In return for") and
    run-together text are offered, not proposed."""
    kept = []
    for finding in c.candidates:
        if finding.field not in {"borrower", "lender"} or not isinstance(finding.value, str):
            kept.append(finding)
            continue
        name, how, confidence = (
            _without_tail(_without_heading(finding.value)),
            finding.note,
            finding.confidence,
        )
        if name == "SBA" and (agency := _SBA_NAME.search(c.text)):
            # 'to the order of SBA' under the heading "U.S. Small Business Administration"
            name = squash(agency.group(0))
        if not _plausible_name(name):  # run-together text or prose: offer what was cut, as cut
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{how}; not read as a name")  # fmt: skip
            continue
        if all(
            re.fullmatch(r"X[xX.]*,?", w) or re.fullmatch(rf"{_ENTITY},?", w, I)
            for w in name.split()
        ) and re.match(r"X", name):
            # "Xxxxx X. Xxxxx": a person's name the host masked, read as written (as the readers
            # label it since the truth keys said so; the earlier parts' readers left it out)
            confidence = min(confidence, INFERRED)
            how = f"{how}; a name the host masked"
        joint = (
            _JOINT.fullmatch(name)
            or _JOINT_PEOPLE.fullmatch(name)
            or _ENTITY_AND_PERSON.fullmatch(name)
        )
        people = _TWO_PEOPLE.fullmatch(name)
        if (
            joint is None
            and people
            and not re.search(rf"\b{_ENTITY}(?:\W|$)|\bbank\b", name, I)
            # (not "Peter J. and Mary A. Burke": a surname the two share, written once)
            and not re.search(r"\b[A-Z]\.$", people.group("first"))
        ):
            joint = people  # two individuals
        if joint and re.fullmatch(
            # (and "Fredericksburg Savings and Loan Association", "… Building and Loan Association")
            r"trust(?:\s+(?:company|co\.?))?|savings\s+(?:and\s+loan\s+)?(?:bank|association)"
            r"|loan\s+association",
            joint.group("second"),
            I,
        ):
            joint = None  # one bank: "CLAYTON BANK AND TRUST COMPANY", "… TRUST AND SAVINGS BANK"
        if (
            joint is None
            and (listed_people := _PEOPLE_LIST.fullmatch(name))
            and not re.search(rf"\b{_ENTITY}(?:\W|$)|\bbank\b", name, I)
        ):
            # "CARY STIEBEL, JANA STIEBEL, JAYME RIVARD, ADRIAN DERMICEK, AND LAURIE JOHNSON
            # (collectively “Lender”)": a list of individuals, each of two to four words
            joint = listed_people
        if joint is None and (stacked := _STACKED.fullmatch(finding.source_text.strip())):
            # "Borrower(s):" / "Greystone Logistics, Inc." / "Greystone Manufacturing, L.L.C.":
            # one entity a line, joint makers
            joint = stacked
        if joint is None and (masked := _MASKED_AND_ENTITY.fullmatch(name)):
            # "XXXXX XXXXX AND VINIFERA, INC.": a person the host masked and an entity are joint
            # makers (one company's name would not mask a word of it); the entity is proposed
            name, other = masked.group("second"), masked.group("first")
            confidence = min(confidence, INFERRED)
            how = f"{how}; one of joint parties (also {other})"
        if joint:
            name, other = joint.group("first"), joint.group("second")
            # "MLIC ASSET HOLDINGS LLC, FEDERATION BANK and WASHINGTON STATE BANK": a list
            listed = _LISTED.fullmatch(name)
            name = listed.group("first") if listed else name
            confidence = min(confidence, INFERRED)
            how = f"{how}; the first of joint parties (also {other})"
        kept.append(replace(finding, value=name, confidence=confidence, note=how))
    # a rule that read one of the joint parties alone ("…, INC. ("Maker")") read part of them
    joined = {(f.field, n.casefold()) for f in kept for n in _joint_others(f.note)}
    kept = [f for f in kept if (f.field, str(f.value).casefold()) not in joined]
    # one name in the text cannot be both maker and payee ('the undersigned (the "Stockholder")
    # hereby promises to pay to the order of FLCC Holdings, Inc., … (the "Company")', read as the
    # "Company" that makes the note): the maker read from the payee's own words is dropped (two
    # parties of one name in two places, a Texas and a Georgia LLC, stay)
    payees = [f.span for f in kept if f.field == "lender"]
    kept = [f for f in kept if not (f.field == "borrower" and any(
        f.span.start < p.end and p.start < f.span.end for p in payees))]  # fmt: skip
    c.candidates[:] = kept


#: What runs on after a name to its end: its state ("City of South Bend, in the State of
#: Indiana"), a street in words ("The Boatmen's National Bank of St. Louis, One Boatmen's Plaza"),
#: the sum's first word broken off at a line's end ("D. B. Magee & Co., onethous-").
_NAME_TAIL: Final = re.compile(
    r",\s+in\s+the\s+(?:State|Commonwealth|County|Territory)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$"
    r"|,\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,5})\s+(?:[A-Z][\w'’.]*\s+){1,3}"
    r"(?:Plaza|Center|Centre|Square|Place|Street|Avenue|Road|Drive|Boulevard)$"
    r"|,\s+[a-z]+-(?:\s.*)?$"
    # (the holder's words after the payee: "ENGlobal Engineering, Inc., or Bearer"; a time run on
    # after a maker: "South Louisiana Ethanol LLC, on or after October 22, 2007")
    r"|,?\s+(?i:or\s+(?:bearer|order))\b.*$|,\s+on\s+or\s+(?:after|before)\s+.*$"
    # (who the payees are: "John Lampsa and Ursula Lampsa, individual Wisconsin residents")
    r"|,\s+(?:an?\s+)?(?i:individuals?|(?:[A-Z][a-z]+\s+)?residents?\s+of)\b.*$"
    # (the agency the United States lends through: "United States of America, Department of
    # Agriculture, acting through the Farm Service Agency")
    r"|(?<=United\sStates\sof\sAmerica),?\s+(?:acting\s+through|(?:U\.\s?S\.\s+)?Department\s+of)\b.*$"
)


def _without_tail(name: str) -> str:
    """``name`` without what :data:`_NAME_TAIL` finds run on after it."""
    tail = _NAME_TAIL.search(name)
    return name[: tail.start()] if tail else name


def _joint_others(note: str) -> list[str]:
    match = re.search(r"the first of joint parties \(also (?P<other>.+)\)$", note)
    return [match.group("other")] if match else []


#: A heading run into a name: upper-case words ending in a full stop or colon, no entity word.
_RUN_IN_HEADING: Final = re.compile(
    # not a name's middle initial ("CLYDE A. BISTON")
    # nor an abbreviation inside it ("XXXXXXXX BROS. CONSTRUCTION, INC.", a Singapore company's
    # "PTE. LTD.", an Indian one's "PVT. LTD.", a Malaysian one's "SDN. BHD.")
    # nor a given name abbreviated ("GEO. S. WILLIAMSON", "CHAS. E. SMITH")
    rf"^(?P<heading>(?!(?:{'|'.join(n.upper() for n in GIVEN_NAME_ABBREVIATIONS)})\.)"
    r"[A-Z][A-Z\s]{2,40}(?<!\s[A-Z])(?<!BROS)(?<!MFG)(?<!INTL)(?<!ASSN)(?<!ASSOC)(?<!DEPT)"
    r"(?<!PTE)(?<!PVT)(?<!SDN)"
    r"[.:])\s+(?=[A-Z])(?P<rest>.+)$",
    re.DOTALL,
)
_ENTITY: Final = (
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|LLP|N\.A|Bank|Trust"
    r"|Partnership|Fund)\.?"
)
#: Two entities joined by "and": "ATTALLA NURSING ADK, LLC and ADCARE HEALTH SYSTEMS, INC."
_JOINT: Final = re.compile(
    # ("MULTI-LINK COMMUNICATIONS, INC AND/OR MULTI-LINK TELECOMMUNICATIONS, INC.")
    # (and a comma before the "and": "Foundation Surgery Affiliates, LLC, and East El Paso
    # Physicians Medical Center, LLC")
    rf"(?P<first>.+?,?\s+{_ENTITY}),?\s+(?:and(?:/or)?|AND(?:/OR)?|&)\s+(?P<second>[A-Z].+?,?\s+{_ENTITY})",
    I,
)
#: The first two of three or more entities listed ("MLIC ASSET HOLDINGS LLC, FEDERATION BANK"):
#: the second has words of its own before its entity word ("PLASTI-LINE, INC., EXAMPLE-SIGN, INC.").
_LISTED: Final = re.compile(
    rf"(?P<first>.+?\s+{_ENTITY}),\s+(?P<second>[A-Z][^,]*?,?\s+{_ENTITY})", I
)
#: The Small Business Administration's name written out ("U.S. Small Business Administration").
_SBA_NAME: Final = re.compile(r"(?:U\.\s?S\.\s+)?Small\s+Business\s+Administration\b")
#: Three or more individuals in a list: "CARY STIEBEL, JANA STIEBEL, JAYME RIVARD, AND LAURIE
#: JOHNSON".
_PEOPLE_LIST: Final = re.compile(
    r"(?P<first>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
    r"(?P<second>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+)+(?:and|AND|&)\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
)
#: Two entities on lines of their own: "Greystone Logistics, Inc." / "Greystone Manufacturing,
#: L.L.C." (the first ends as a company's name does, then a line break)
_STACKED: Final = re.compile(
    r"(?P<first>[^\n]+?,?\s+(?:Inc|INC|Corp|CORP|Corporation|CORPORATION|LLC|L\.L\.C|LP|L\.P|Ltd|LTD)\.?)"
    rf"[ \t]*\n[ \t]*(?P<second>[A-Z][^\n]+?,?\s+{_ENTITY})"
)
#: A masked person and an entity: "XXXXX XXXXX AND VINIFERA, INC."
_MASKED_AND_ENTITY: Final = re.compile(
    rf"(?P<first>X{{2,}}(?:\s+(?:X\.|X{{2,}})){{1,3}})\s+(?:and|AND|&)\s+"
    # (not "XXXX X. XXXXXXXXXX & SON, INC.": one firm)
    rf"(?!(?:sons?|brothers|associates|partners|company|co)\b)(?P<second>[A-Z].+?,?\s+{_ENTITY}\.?)",
    I,
)
#: Two people: "Xxxxxx X. Story and Xxx X. Story" (no entity word in either name)
_TWO_PEOPLE: Final = re.compile(
    r"(?P<first>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})\s+(?:and|&)\s+"
    r"(?P<second>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})"
)
#: An entity and one person after it: "Advanced Voice Recognition Systems, Inc. and Walter
#: Geldenhuys".
_ENTITY_AND_PERSON: Final = re.compile(
    rf"(?P<first>.+?,?\s+{_ENTITY}\.?)\s+(?:and|&)\s+"
    r"(?P<second>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)"
)
#: An entity and individuals after it: "S & S Land & Cattle, Inc., Steven Immel and Michael Reavis"
_JOINT_PEOPLE: Final = re.compile(
    rf"(?P<first>.+?,?\s+{_ENTITY}),\s+(?P<second>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{1,3}}"
    rf"(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{1,3}})*,?\s+(?:and|&)\s+"
    rf"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{1,3}})"
)
#: A payee's successors after its name ("Ray H. Tolson, his successors or assigns"; "THOMAS G.
#: KUNIGONIS, JR. and his assigns").
_SUCCESSORS: Final = re.compile(
    r",?\s+(?:and\s+)?(?:his|her|its|their)\s+(?:heirs|successors|assigns)"
    r"(?:,?\s+(?:and|or)\s+(?:\w+\s+)?(?:assigns|successors))*\s*$"
    # "ALLSTATE LIFE INSURANCE COMPANY, and any subsequent holder of this Note"
    r"|,?\s+(?:and|or)\s+any\s+(?:subsequent\s+|other\s+)?holders?\s+(?:of\s+this\s+note|hereof)\s*$"
    # "Farm Credit Services of America, PCA, Lender, at its office": the role after the name
    r"|,\s*(?:Lender|Holder|Payee|Maker|Borrower)\s*$"
    # "Aris A. Buinevicius and Claire Horne, husband and wife"
    r"|,?\s+(?:husband\s+and\s+wife|wife\s+and\s+husband|as\s+joint\s+tenants\b[^,]*)\s*$",
    re.I,
)
#: Small words a name may hold in lower case ("Bank of America", "Fund for ...").
_NAME_LINKS: Final = frozenset(
    {"of", "and", "the", "de", "del", "la", "du", "van", "von", "y", "&", "fsb", "estate"}
)


_STATES: Final = STATES
#: A place after the name ("MIAMI-DADE COUNTY, Florida"): the state it is in, not its name.
_TRAILING_STATE: Final = re.compile(rf",\s*(?:the\s+State\s+of\s+)?(?:{_STATES})\.?$", I)


#: A numbered heading run into the name ("West Chester, PA 1. Amount. PRESCIENT …, INC."):
#: everything up to the last such heading goes.
_NUMBERED_HEADING: Final = re.compile(
    # (and a section's number after its heading: "1. NOTE. 1.1. SISKON GOLD CORPORATION")
    r"^(?:.*\b\d{1,2}\.\s+[A-Z][A-Za-z ]{2,50}\.\s+(?:\d{1,2}\.\d{1,2}\.?\s+)?"
    r"|[A-Z][A-Za-z ]{2,50}\.\s+\d{1,2}\.\d{1,2}\.?\s+)(?=[A-Z])",
    re.S,
)
#: A street address after the name ("Gordon V. Smith, 8716 Crider Brook Way, Potomac, …").
_ADDRESS_AFTER: Final = re.compile(r",\s*\d{1,6}\s+[A-Z][^,]*(?:,.*)?$", re.S)
#: … or run on without a comma, a street named as streets are ("Kenneth H. Close 59 Old Post Road
#: Southport, Connecticut 06490").
_STREET_AFTER: Final = re.compile(
    r"(?<=[A-Za-z.])\s+\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Drive|Lane|Boulevard"
    r"|Parkway|Highway|Place|Court|Way|Rd|St|Ave|Blvd|Dr)\b\.?"
    # (not a name that goes on as an entity's: "Hines 1001 Fannin Street LP")
    r"(?!\s+(?:LP|L\.P\.|LLC|L\.L\.C\.|Inc|Corp|Ltd|Limited|Partners|Associates|Company)\b)(?:\s.*)?$",
    re.S,
)
#: A person's town after the name ("JOHN D. DOHERTY of South Hamilton").
_PERSON_OF_TOWN: Final = re.compile(
    r"(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)


def _without_heading(name: str) -> str:
    """The name without a heading run into it, an address or a town after it, or a state named
    after it."""
    match = _RUN_IN_HEADING.match(name)
    if match and not re.search(rf"\b{_ENTITY}(?:\W|$)", match.group("heading"), I):
        name = match.group("rest")
    name = _NUMBERED_HEADING.sub("", name)
    # a note's title in capitals run into the name ("CONVERTIBLE SUBORDINATED PROMISSORY NOTE
    # Compressent Corporation")
    name = re.sub(r"^(?:[A-Z]+\s+){0,5}(?:PROMISSORY\s+)?NOTE\s+(?=[A-Z][a-z])", "", name)
    # "the undersigned Maker, J.D. NICHOLS", "Bethesda, Maryland India Globalization Capital, Inc."
    name = re.sub(r"^(?:the\s+undersigned\s+)?(?:Maker|Borrower|Lender|Payee|Holder),\s+(?=[A-Z])",
                  "", name)  # fmt: skip
    # a form's paragraph heading run into the name: "PROMISE TO PAY, XXXXXXXXX X. XXXXXXXX"
    # (and a date before it: "December 28. 2006 PROMISE TO PAY. Mile Marker. Inc.")
    name = re.sub(
        r"^(?:[A-Z][a-z]+\.?\s+\d{1,2}[.,]?\s+\d{4}\s+)?PROMISE\s+TO\s+PAY[.,:]?\s+(?=[A-Z])",
        "",
        name,
    )
    # (a form's label with its dots: "Address............ Lynn B. Millikan")
    name = re.sub(r"^(?:Address|Name)\s*\.{3,}\s*(?=[A-Z])", "", name)
    # ("FOR VALUE, Generation Hemp, Inc., a Colorado corporation (“Borrower”)": the opening words
    # of the promise, "received" left out)
    name = re.sub(r"^FOR\s+VALUE(?:\s+RECEIVED)?[.,:]?\s+(?=[A-Z])", "", name, flags=I)
    name = re.sub(rf"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?:{_STATES})\s+(?=[A-Z])", "", name)
    # ("California SAVON TEAM SPORTS, INC.": a dateline's state, then the name in capitals)
    name = re.sub(rf"^(?-i:{_STATES})\s+(?=[A-Z]{{2,}}[A-Z\s,.&'-]*$)", "", name)
    # "Puraverde, LLC(referred to herein as": a defined term's opening run into the name
    name = re.sub(r"\s*\((?:referred|hereinafter|herein|collectively|each)\b[^)]*$", "", name)
    name = _SUCCESSORS.sub("", _STREET_AFTER.sub("", _ADDRESS_AFTER.sub("", name)))
    # the maker's capacity after its name: "T3 Motion, Inc. as Obligor ("Borrower,” or “Obligor”)"
    name = re.sub(
        r"\s+as\s+(?:Obligor|Borrower|Maker|Issuer|Payor|Debtor)\b.*$", "", name, flags=re.S
    )
    # a county's officer named with the office: "J.V. Askew, Supervisor of said county"
    name = re.sub(
        r",\s+(?:Supervisor|Treasurer|Clerk|Mayor|Auditor|Comptroller|Chairman)\s+of\s+(?:the\s+)?"
        r"said\s+\w+$",
        "",
        name,
    )
    # "Harris Trust and Savings Bank, Chicago, Illinois": the town and state where it is
    name = (
        re.sub(
            rf"(?<=[A-Za-z.]),\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*(?:{_STATES})\.?$",
            "",
            name,
        )
        if re.search(
            rf"\b{_ENTITY}\W*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*(?:{_STATES})\.?$", name, I
        )
        else name
    )
    # ("Guaranty State Building Loan Association, at Wichita Falls, Texas": where it is paid)
    name = re.sub(
        # (or of: "V.C. Badham, of Columbia, S.C", the state abbreviated)
        rf"(?<=[A-Za-z.]),\s+(?:at|of)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
        rf"(?:,\s*(?:{_STATES}|[A-Z]\.\s?[A-Z]|[A-Z][a-z]{{1,4}})\.?)?$",
        "",
        name,
    )
    place = _TRAILING_STATE.sub("", name)
    # "AUGUSTA, GEORGIA" (a city's legal name) keeps its state; "MIAMI-DADE COUNTY, Florida" not,
    # but "Indian River County, Florida" does (a county's name and its state in the same letters)
    tail = name[len(place) :]
    keeps = place != name and (
        " " not in place.strip()
        or (
            bool(re.search(r"\bCounty$", place, I))
            and "," not in place
            and place.isupper() == tail.isupper()
        )
    )
    name = name if keeps else place
    # "CITY OF LITTLE CANADA, Ramsey County"; "FIDELITY BANK AND TRUST CO., Minneapolis": a
    # county, or a town in other letters than a name in capitals, after it
    name = re.sub(r"(?<=[a-zA-Z.]),\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County$", "", name)
    town = re.fullmatch(
        r"(?P<name>[^a-z]*[A-Z]{2}[^a-z]*?),\s*(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", name
    )
    # (not "THE BANK OF CALIFORNIA, National Association": a national bank's legal form)
    if town and not re.fullmatch(
        rf"{_ENTITY}|Incorporated|Limited|National\s+Association", town.group("town"), I
    ):
        name = town.group("name")
    person = _PERSON_OF_TOWN.fullmatch(name)
    if person and not re.search(rf"\b{_ENTITY}(?:\W|$)|\b(?:university|college|city|county|band"
                                r"|tribes?|nation|indians|board|america|department|agency"
                                r"|authority|administration|commission|bureau|division)\b",
                                name, I):  # fmt: skip
        name = person.group("person")
    # "Texas State Bank, McAllen": the town of a bank's office after its name
    return re.sub(
        # (not "The Daiwa Bank, Limited": its legal form)
        r"(?<=\bBank),\s*(?!(?:National|Association|Trust|FSB|N\.?A\.?|Texas|Minnesota|Limited|Ltd)\b)"
        r"[A-Z][a-zA-Z]+(?:\s+[A-Z][a-z]+)?$",
        "",
        name,
    )


#: The United States Postal Service's two-letter codes of the states and the District.
_POSTAL_CODES: Final = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
#: A town and its state's postal code ("FT WORTH, TX", "Hudson, WI 54016"; not a doctor's
#: "XXXXXXX X. XXXXXXX, MD", a professional association's "Kaplan Orthodontics, PA" or "JONES
#: LUMBER, CO.").
_CITY_AND_STATE: Final = re.compile(
    rf"(?:(?:[A-Z][A-Za-z'’-]+\s+){{0,2}}[A-Z][A-Za-z'’-]+,\s*(?!(?:MD|PA|CO)\b)(?:{_POSTAL_CODES})"
    # (a one-word town before "PA" or "CO": "DENVER, CO", "Pittsburgh, PA")
    r"|[A-Z][A-Za-z'’-]+,\s*(?:PA|CO))"
    r"(?:\s+\d{5}(?:-\d{4})?)?"
)


def _plausible_name(name: str) -> bool:
    """A name as a reader would copy it: no unclosed parenthesis, no word run together past 25
    letters (a PDF text layer without spaces: ``MaxSoundCorporation.,aDelawarecorporation(the``)."""
    words = name.split()
    lower = [w for w in words[1:] if w[0].islower() and w not in _NAME_LINKS]
    if re.fullmatch(rf"{_ENTITY}|(?:the\s+)?(?:this\s+)?(?:note|agreement|loan)\W*", name, I):
        return False  # "Inc." of "a21, Inc.", or "Note": a part of a name, a document's word
    if re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October"
                 r"|November|December)\s+\d{1,2},?\s+\d{4}\b", name):  # fmt: skip
        return False  # "A Dated March 12, 1993": the tail of a trust's name, cut short
    if len(words) >= 3 and all(len(w) == 1 for w in words):
        return False  # "E A R E R": a word spelled out letter by letter ("B E A R E R"), no name
    if len(words) == 1 and re.fullmatch(r"Esq(?:r|uire)?\.?", words[0]):
        return False  # "Esq.": an honorific left alone, not a name
    if len(words) == 1 and re.fullmatch(r"X[xX]*\.?,?", words[0]):
        return False  # "Xxxxxxxx": a word the host redacted ("Borrower"), not a name
    # ("Xxxxx X. Xxxxx", a person's name the host redacted, is read as written, as the readers
    # label it)
    if re.fullmatch(rf"(?:{_STATES})", name.strip(" ,."), I):
        return False  # "…, lselin, New Jersey, a corporation (… the "Borrower")": a state alone
    if _CITY_AND_STATE.fullmatch(name.strip(" ,.")):
        return False  # "FT WORTH, TX": a form's address line beside the names, a town
    return (
        name.count("(") <= name.count(")")
        and all(len(w) <= 25 for w in words)
        and len(lower) * 3 < max(1, len(words))  # "In return for": prose, not a name
    )


#: "90 days after date", "Six months after date", "four (4) years after the date of this Note" (not
#: "after the date on which ...", which names another date).
_AFTER_DATE: Final = re.compile(
    r"\b(?:(?P<n>\d{1,3})\)?|(?P<words>(?:[a-z]+[\s-]+){0,6}?[a-z]+)(?:\s*\(\d{1,3}\))?)"
    r"\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:"
    r"after\s+(?P<article>the\s+)?date(?:\s+of\s+this\s+note|\s+hereof)?\b"
    r"(?!\s+(?:on|of|upon|when|that|such|any|which)\b)"
    # ("after the date the Borrower …" names another date; an old note's "Two years after date
    # The Florida Pebble Phosphate Company promises" does not)
    r"(?(article)(?!\s+the\b))"
    # "due twelve (12) months from the date hereof"
    r"|from\s+(?:the\s+)?date(?:\s+(?:of\s+(?:this\s+|the\s+)?note|hereof))?\b"
    r"(?!\s+(?:on|of|upon|when|that|such|any|which|the)\b))",
    I,
)
#: Any "after date" or "from the date": what :data:`_AFTER_DATE` needs to match at all.
_AFTER_OR_FROM_DATE: Final = re.compile(r"\b(?:after|from)\s+(?:the\s+)?date\b", I)
#: Before such a time: it says when a first payment or interest falls due, not the maturity.
_NOT_MATURITY_TIME: Final = re.compile(
    # ("Principal and accrued interest shall be due … thirty (30) days from the date of Note" is
    # the maturity)
    r"\b(?:commenc\w*|beginning|first|installments?|(?<!principal\sand\s)"
    r"(?<!principal\sand\saccrued\s)interest|notice|cure|grace|late)\b[^.;,]{0,60}$",
    I,
)


def _after(date: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("days", "weeks"):  # ("Five weeks after date": thirty-five days)
        return date + dt.timedelta(days=n * (7 if unit == "weeks" else 1))
    months = n * (12 if unit == "years" else 1) + date.month - 1
    year, month = date.year + months // 12, months % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(date.day, last))


def _time_after_date(match: re.Match[str]) -> tuple[int, str] | None:
    """The count and unit of an :data:`_AFTER_DATE` match ("Six months", "ninety-two (92) days"),
    or ``None`` when the words before the unit are not a number."""
    unit = match.group("unit").lower().rstrip("s") + "s"
    if match.group("n"):
        return int(match.group("n")), unit
    words = match.group("words").lower().split()
    # the number is the last words before the unit ("payable Six months", "before nine years")
    for first in range(len(words)):
        n = None if words[first] == "and" else _whole_number(" ".join(words[first:]))
        if n is None:
            continue
        before = words[:first]
        # "Two years and nine months after date": the years before the months
        if len(before) >= 3 and before[-1] == "and" and before[-2] in ("year", "years"):
            years = _whole_number(before[-3])
            if years is None or unit != "months":
                return None
            return years * 12 + n, unit
        if before and before[-1] == "and" and unit != "years":
            return None  # "Twelve months and fifteen days": not one unit
        return n, unit
    return None


def _whole_number(words: str) -> int | None:
    """A whole count in words ("six", "one hundred and eighty-two"), or ``None``."""
    try:
        n = parse_number_words(words)
    except InvalidInput:
        return None
    return int(n) if n == n.to_integral_value() and 0 < n < 1000 else None


def _days_after_date(c: Collector) -> None:
    """A time note "Six months after date I promise to pay" or "due four (4) years after the date
    of this Note": the maturity is the issue date plus that time, months by the calendar and with
    no days of grace (inferred: it rests on the date read)."""
    if not _AFTER_OR_FROM_DATE.search(c.text):
        return  # (most notes: no time after a date to read)
    quoted = quoted_note(c.text)
    # a maturity read already stands, unless it was read outside a quoted note (a court's date of
    # the first demand for payment) and the note's own words name a time after its date
    outside = [
        f for f in c.candidates if f.field == "maturity" and quoted is not None
        and not quoted[0] <= f.span.start < quoted[1]
    ]  # fmt: skip
    if c.has("maturity") and (not outside or len(outside) < sum(
        f.field == "maturity" for f in c.candidates
    )):  # fmt: skip
        return
    found = None
    for m in _AFTER_DATE.finditer(c.text):
        # (the words before the unit with the count: "beginning thirty (30) days after the date")
        if _NOT_MATURITY_TIME.search(c.text[max(0, m.start("unit") - 100) : m.start("unit")]):
            continue
        if re.search(
            r"\b(?:\d{1,3}|[a-z]+)\s+or\s+$", c.text[max(0, m.start() - 20) : m.start()], I
        ):
            return  # "6 or 12 months after date": the holder's choice of two times, no one maturity
        time = _time_after_date(m)
        if time is not None:
            found = (m, time)
            break
    if found is None:
        return
    match, (n, unit) = found
    if outside:
        assert quoted is not None
        if not quoted[0] <= match.start() < quoted[1]:
            return  # (the time is the court's too)
        for f in outside:  # the court's date goes to the reviewer
            c.candidates.remove(f)
            c.offer(f.field, f.value, f.span, AMBIGUOUS, f"{f.note}; read outside the quoted note")
    issued = [f for f in c.candidates if f.field == "issue_date" and f.confidence >= INFERRED]
    if not issued or not isinstance(issued[0].value, dt.date):
        return
    if outside and quoted is not None and not quoted[0] <= issued[0].span.start < quoted[1]:
        return  # (nor from a date read outside the quoted note: a check's beside it)
    maturity = _after(issued[0].value, n, unit)
    note = f"{n} {unit} after the note's date ({issued[0].value.isoformat()})"
    if _on_demand(c.text) or re.search(
        r"\bdemand\b", c.text[max(0, match.start("unit") - 60) : match.start("unit")], I
    ):
        # "On demand, or six months after date": the time may be the holder's to choose
        c.offer("maturity", maturity, c.source.match_span(match), AMBIGUOUS, note)
    else:
        c.add("maturity", maturity, c.source.match_span(match), INFERRED, note)


_ORDINAL_YEARS: Final = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ],
        start=1,
    )
}
#: "… shall be paid to Payees on the first anniversary of this Note"; "… due in full on the
#: first anniversary of the Effective Date"; "the fourth anniversary of the date hereof".
_ANNIVERSARY: Final = re.compile(
    r"\b(?:on|upon|by)\s+the\s+(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|(?P<nth>\d{1,2})(?:st|nd|rd|th))|(?P<years>one|two|three|four|five|\d{1,2})"
    r"[- ]year)\s+(?:\(\d{1,2}(?:st|nd|rd|th)?\)\s+)?anniversary\s+of\s+(?:the\s+"
    r"(?:signing|date|execution)\s+of\s+)?(?:this\s+(?:[A-Z][\w-]*\s+){0,2}Note\b"
    r"|the\s+date\s+(?:hereof|of\s+this\s+(?:[A-Z][\w-]*\s+){0,2}Note)\b"
    r"|the\s+(?:Issue|Issuance|Effective)\s+Date\b)",
    I,
)
#: In the sentence before it: the whole of the note falls due then.
_ALL_DUE: Final = re.compile(
    r"\b(?:(?:unpaid|outstanding|entire|remaining|all)\s+(?:unpaid\s+|outstanding\s+)?"
    r"(?:principal|balance)|principal\s+of\s+this\s+note|this\s+(?:[A-Z][\w-]*\s+){0,2}note\b"
    r"[^.;]{0,40}\b(?:balloon|mature|be\s+(?:due\s+and\s+)?paid)|final\s+payment)\b",
    I,
)
#: … not an installment's or interest's day, nor the first of yearly days.
_NOT_ALL_DUE: Final = re.compile(
    r"\b(?:installments?|payments|interest\s+only|each|every|first|commencing|beginning|rate"
    # (nor interest's day, a prepayment's, a conversion's: "Accrued interest on this Note shall be
    # paid on …", "The Company may prepay …", "… shall automatically convert …")
    r"|may|prepa\w*|convert\w*)\b|^\W*(?:all\s+)?(?:accrued\s+)?interest\b|\binterest\s+on\s+this\s+note\b",
    I,
)


def _anniversary_maturity(c: Collector) -> None:
    """A note whose whole balance falls due "on the first anniversary of this Note": the maturity
    is the issue date that many years on (inferred: it rests on the date read)."""
    if c.has("maturity") or "anniversary" not in c.text.lower():
        return
    for match in _ANNIVERSARY.finditer(c.text):
        left, _ = sentence_bounds(c.text, match.start(), match.end())
        lead = c.text[left : match.start()]
        if not _ALL_DUE.search(lead) or _NOT_ALL_DUE.search(lead):
            continue
        if re.match(r"\s*(?:and|or)\s+(?:on\s+)?each\b", c.text[match.end() : match.end() + 30], I):
            continue  # "… on the first anniversary of this Note and on each anniversary thereafter"
        if match.group("ord"):
            n = _ORDINAL_YEARS.get(match.group("ord").lower()) or int(match.group("nth") or 0)
        else:
            years = match.group("years")
            n = int(years) if years.isdigit() else _whole_number(years) or 0
        issued = [f for f in c.candidates if f.field == "issue_date" and f.confidence >= INFERRED]
        if not n or not issued or not isinstance(issued[0].value, dt.date):
            return
        maturity = _after(issued[0].value, n, "years")
        note = f"the {n}-year anniversary of the note's date ({issued[0].value.isoformat()})"
        c.add("maturity", maturity, c.source.match_span(match), INFERRED, note)
        return


#: The fields the phrase rules of :mod:`~promissory.extract.interest_rules` read from a percent.
_PHRASE_RATE_FIELDS: Final = frozenset(
    {"interest.rate", "interest.default_margin", "interest.default_rate"}
)


def arbitrate(c: Collector) -> None:
    """A percent the phrase rules read as a rate keeps that reading only when the words around
    it do not give it another role: "one percent (1%) per annum in excess of the New York prime
    rate" is a margin, "in no event … less than 5.5%" a floor, whatever "per annum" after it
    suggested.  Such a reading is offered for review instead of proposed."""
    text = c.text
    promise = _promise_at(text)
    options = rate_options(text)
    kinds = loan_kinds(text)
    by_span: dict[int, Reading] = {}
    for mention in c.mentions:
        if mention.kind == "percent":
            reading = read(
                mention, context(text, mention, promise), PERCENT_CUES, options=options, kinds=kinds
            )
            if reading is not None:
                by_span[mention.span.start] = reading
    # a floating note (an index and its margin both read): its other percents per annum are not a
    # fixed rate unless the words around them say so firmly ("the higher of … LIBOR plus 170 basis
    # points, or (b) 3.30% per annum" is a floor)
    floats = all(
        any(f.field == field and f.confidence >= INFERRED for f in c.candidates)
        for field in ("interest.floating.index", "interest.floating.margin")
    )
    # a percent the note states per month somewhere ("three-quarters of one percent (0.75%) simple
    # interest per month"): the same figure read elsewhere as a yearly rate (a heading's "0.75%
    # SIMPLE INTEREST PAID MONTHLY") is offered, not proposed
    monthly = {
        mention.value: mention.span
        for mention in c.mentions
        if mention.kind == "percent" and re.match(_MONTHLY, text[mention.span.end :], I)
    }
    kept = []
    for finding in c.candidates:
        stated = monthly.get(finding.value) if finding.field == "interest.rate" else None
        # (its own words may say per annum: "2% simple interest per annum")
        if stated is not None and not re.match(
            r"^[^.;%]{0,40}?\b(?:per\s+annum|a\s+year|per\s+year|annually|yearly)\b",
            text[finding.span.end :],
            I,
        ):
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; but the note states the same percent per month at "
                    f"{stated.where()}")  # fmt: skip
            continue
        reading = next(
            (r for start, r in by_span.items()
             if finding.span.start <= start < finding.span.end
             or start <= finding.span.start < r.mention.span.end),
            None,
        )  # fmt: skip
        if finding.field in _PHRASE_RATE_FIELDS and reading is not None:
            field = ROLE_FIELDS.get(("percent", reading.role))
            # rate against default rate is the phrase rules' call: they read the percent's own
            # clause after it too ("16% per annum after default")
            another = reading.role not in {"rate", "default_margin", "default_rate"}
            # another role scored nearly as high (rate against default rate is left to the
            # phrase rules, as above)
            # (no runner-up at all: nothing contests the role)
            unsure = reading.confidence < INFERRED and not {reading.role, reading.runner} - {
                ""
            } <= {"rate", "default_margin", "default_rate"}
            # (an initial rate, a lawful maximum, a conversion price: roles with no field)
            firm = field is not None or reading.role in {"initial", "other"}
            floating = floats and finding.field == "interest.rate" and reading.score < 5
            if (another and firm and reading.confidence >= INFERRED) or unsure or floating:
                c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                        f"{finding.note}; but the words around it read it as {reading.role} "
                        f"({reading.why})")  # fmt: skip
                continue
        kept.append(finding)
    c.candidates[:] = kept


#: What follows a default margin stated over the index ("162.5 basis points) above the Index
#: Rate"), not over the note's rate.
_OVER_INDEX: Final = re.compile(
    r"^\W{0,3}(?:\([^()]{0,40}\)\s*)?(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus)\s+"
    + _INDEX_WORD,
    I,
)


_OVER_OWN_RATE: Final = re.compile(
    r"^\W{0,3}(?:\([^()]{0,40}\)\s*)?(?:per\s+annum\s+)?(?:above|over|in\s+excess\s+of|plus)\s+"
    r"(?:the\s+)?" + RELATIVE,
    I,
)


def default_over_index(c: Collector) -> None:
    """A rate after default stated as a margin over the *index* ("after maturity at … one and
    five eighths percent (162.5 basis points) above the Index Rate") is a default margin over
    the note's rate only once the note's own margin is taken off (here 1.625% less −0.375%);
    without a firm margin to take off it is offered, not proposed."""
    margins = {
        f.value
        for f in c.candidates
        if f.field == "interest.floating.margin" and f.confidence >= INFERRED
    }
    kept = []
    for finding in c.candidates:
        if finding.field != "interest.default_margin" or not isinstance(finding.value, Decimal):
            kept.append(finding)
            continue
        after = c.text[finding.span.end : finding.span.end + 120]
        # "… above the Base Rate described above": the note's own rate, named as a base rate
        if not _OVER_INDEX.search(after) or _OVER_OWN_RATE.search(after):
            kept.append(finding)
            continue
        if len(margins) == 1 and isinstance(margin := next(iter(margins)), Decimal):
            kept.append(
                replace(
                    finding,
                    value=EXACT.subtract(finding.value, margin),
                    confidence=min(finding.confidence, INFERRED),
                    note=f"{finding.value} over the index less the note's margin {margin}",
                )
            )
        else:
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; a margin over the index, not over the note's rate")  # fmt: skip
    c.candidates[:] = kept
    if c.has("interest.default_margin") or len(margins) != 1:
        return
    margin = next(iter(margins))
    # "upon the occurrence … of any Event of Default, the rate of interest hereunder shall be 5.75%
    # per annum above the Prime Rate": offered when read (its role was close to a margin's), but
    # a default rate over the index less the note's firm margin over the same index is the
    # default margin (inferred)
    for offer in [o for o in c.offers if o.field == "interest.default_margin"]:
        if not isinstance(offer.value, Decimal) or not isinstance(margin, Decimal):
            continue
        left, _ = sentence_bounds(c.text, offer.span.start, offer.span.end)
        after = c.text[offer.span.end : offer.span.end + 120]
        if (
            _OVER_INDEX.search(after)
            and not _OVER_OWN_RATE.search(after)
            and speaks_of_default(c.text[left : offer.span.start])
            and offer.value > margin
        ):
            c.add("interest.default_margin", EXACT.subtract(offer.value, margin), offer.span,
                  INFERRED, f"{offer.value} over the index after a default less the note's margin {margin}")  # fmt: skip
            return


#: Words that move a rate off its index ("prime plus 1%", "150 basis points above LIBOR").
_OFF_INDEX: Final = re.compile(
    r"\b(?:plus|minus|less|above|below|over|under|in\s+excess\s+of|basis\s+points?|margin|spread"
    r"|sum|added|greater|higher|lower|floor|ceiling|cap|percent(?:age)?)\b|[+%]",
    I,
)


def flat_index(c: Collector) -> None:
    """A rate that *is* the index ("at an annual rate equal to the prime rate of interest … ,
    changing on each day that the Prime Rate changes"): a margin of zero, offered when the
    sentence that names the index as the rate moves it by nothing."""
    if c.has("interest.floating.margin") or any(
        o.field == "interest.floating.margin" for o in c.offers
    ):
        return
    index = [f for f in c.candidates
             if f.field == "interest.floating.index" and f.confidence >= INFERRED]  # fmt: skip
    if len({f.value for f in index}) != 1:
        return
    found = index[0]
    left, right = sentence_bounds(c.text, found.span.start, found.span.end)
    # (from a little before the index to the sentence's end: not "the principal sum of …" before)
    if _OFF_INDEX.search(c.text[max(left, found.span.start - 60) : right]):
        return
    # offered, not proposed: on the seen parts a reader wrote a margin of zero for 4 such notes
    # and left the margin out for 12
    c.offer("interest.floating.margin", Decimal(0), found.span, AMBIGUOUS,
            "the rate may be the index itself: nothing is added to it in the sentence")  # fmt: skip


def implied_default_margin(c: Collector) -> None:
    """A default rate and a fixed rate, each read firmly, imply the default margin a terms file
    holds (the default rate less the rate), inferred: "7% ... shall become 12%" is 5% more."""
    if c.has("interest.default_margin"):
        return
    firm = {
        field: {f.value for f in c.candidates if f.field == field and f.confidence >= INFERRED}
        for field in ("interest.rate", "interest.default_rate")
    }
    rates, defaults = firm["interest.rate"], firm["interest.default_rate"]
    if len(rates) != 1 or len(defaults) != 1:
        return
    (rate,), (default,) = rates, defaults
    if not isinstance(rate, Decimal) or not isinstance(default, Decimal) or default <= rate:
        return
    read = next(f for f in c.candidates if f.field == "interest.default_rate")
    c.add("interest.default_margin", EXACT.subtract(default, rate), read.span, INFERRED,
          f"default rate {default} less the rate {rate}")  # fmt: skip


#: A ticked box as forms print it: "/X/", "[X]", "[ X ]", "|X|", "☒", a blank filled in with
#: an X ("__X__Open End Credit"), a Wingdings "n" ("n Variable Rate"), and the word processor's
#: check marks "þ" and "ý".
TICKED: Final = (
    # (and "_X_ SINGLE ADVANCE", a typed form's ticked blank)
    r"(?:/\s*X\s*/|\[\s*[Xx✓]\s*\]|\|[Xx]\||[þý☒☑]|(?<![\w_])_+[Xx]_+"
    # (a Wingdings box read as its letter at a line's start: "n" ticked, "o" empty)
    r"|(?<=\n)n(?=[ \t]+[A-Z])"
    # (a typed form's bare "X" before its option at a line's start: "X Single Advance: I will …")
    r"|(?<=\n)X(?=[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*:)"
    # (or after its heading's colon: "REVOLVING OR DRAW FEATURE: X This Note possesses a
    # revolving feature")
    r"|(?<=:[ \t])X(?=[ \t]+This\s+Note\b))"
)


#: A rate "until" a day, then a ticked Variable Rate box: "at the rate of 6.500 % per year until
#: 01-29-2005. [X] Variable Rate: This rate may then change as stated below."
_UNTIL_THEN_VARIABLE: Final = re.compile(
    r"^\W{0,4}(?:per\s+(?:annum|year)\s+)?until\s+(?:\d{1,2}[-/]\d{1,2}[-/]\d{2,4}"
    # (or "until the interest rate as provided for in this note.")
    r"|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|the\s+(?:interest\s+)?rate\s+as\s+provided\b[^.%]{0,60})"
    # (under a rule of dashes: "until 07-08-2004.\n---------- -----\nX Variable Rate: This …")
    r"\.?[\s|-]*" + TICKED + r"[\s|]*Variable\s+Rate\b"
)


def stepped_rate(c: Collector) -> None:
    """A rate the phrase rules found to hold for a first period only ("three percent (3%) per
    annum, for periods through September 30, 2016, and thereafter … five percent"): no step of it
    is proposed as the note's rate; every reading is offered."""
    if not any(o.field == "interest.rate" and o.note.startswith("the first step of a rate")
               for o in c.offers):  # fmt: skip
        return  # (several rates per annum with no first period said are left to arbitrate)
    for finding in [f for f in c.candidates if f.field == "interest.rate"]:
        c.candidates.remove(finding)
        c.offer("interest.rate", finding.value, finding.span, AMBIGUOUS,
                f"{finding.note}; the rate changes after a first period")  # fmt: skip


def initial_then_variable(c: Collector) -> None:
    """A fixed rate "until" a day after which the form's ticked Variable Rate box lets it change
    is the first rate, not the note's rate: offered, not proposed (an unticked box leaves it).
    So is a uniform adjustable-rate note's rate followed by "The interest rate I will pay will
    change"."""
    kept = []
    for finding in c.candidates:
        after = c.text[finding.span.end : finding.span.end + 160]
        if finding.field == "interest.rate" and _UNTIL_THEN_VARIABLE.search(after):
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; the rate until a day, then a variable rate (an initial rate)")  # fmt: skip
            continue
        if finding.field == "interest.rate" and re.search(
            r"^[^.]{0,120}\.\s*This\s+rate\s+is\s+based\s+(?:up)?on\s+the\s+(?:prime|base|index|libor)\b",
            after,
            I,
        ):
            # "… at the rate of 14.0% per annum, … This rate is based upon the prime rate of
            # interest of 6.0%, … correspondingly changed": today's rate of a floating note
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; the rate today of a rate that follows an index")  # fmt: skip
            continue
        if finding.field == "interest.rate" and _MAY_VARY.search(
            c.text[finding.span.end : finding.span.end + 400]
        ):
            # "… at the rate of 14% interest per annum, … Interest may vary with bank rates charged
            # to Strand Investment Company": not a fixed rate
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; the note says its interest may vary")  # fmt: skip
            continue
        if finding.field == "interest.rate" and re.search(WILL_CHANGE, after, I):
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; the first rate of an adjustable-rate note")  # fmt: skip
            continue
        kept.append(finding)
    c.candidates[:] = kept


_LASER_PRO_INDEX: Final = r"\bchanges\s+resulting\s+from\s+changes\s+in\s+the\s+Index\b"


def laser_pro_index(c: Collector) -> None:
    """A Laser Pro variable-rate note whose payments change "resulting from changes in the
    Index" floats on its (unnamed) Index, when no index was read: offered, not proposed (on the
    728 notes read so far the readers labelled it 6 times in 9, the excerpt often cut before the
    Index is described)."""
    match = c.search(_LASER_PRO_INDEX)
    if match and not any(f.field == "interest.floating.index" for f in c.candidates):
        c.add_match("interest.floating.index", "INDEX", match, AMBIGUOUS,
                    "payments change with the Index (a Laser Pro variable-rate note)")  # fmt: skip


_MONTHS_APART: Final = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}


#: "… such that, prior to the Expiration Date, … Borrower may … borrow, repay and re-borrow": the
#: defined day that ends the draw period.
_DRAW_UNTIL_TERM: Final = re.compile(
    r"\b(?i:prior\s+to|until|before|through)\s+the\s+(?P<term>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Date)\b"
    r"[^.]{0,250}?(?i:\bre-?borrow)"
)


def draw_until_term(c: Collector) -> None:
    """A day labelled with the term until which repaid principal may be borrowed again ("1.5
    Expiration Date: June 30, 2009" … "prior to the Expiration Date … borrow, repay and
    re-borrow") ends the draw period; it is not the maturity (unless the term is the Maturity
    Date itself)."""
    match = _DRAW_UNTIL_TERM.search(c.text)
    if match is None or match.group("term").lower().startswith("maturity"):
        return
    term = match.group("term").lower()
    for i, finding in enumerate(c.candidates):
        if finding.field == "maturity" and label_of(c.text, finding.span.start).lower() == term:
            c.candidates[i] = replace(finding, field="draw_period_end",
                                      note=f"the {match.group('term')}, until which repaid principal may be re-borrowed")  # fmt: skip


def calibrate_schedule(c: Collector) -> None:
    """An installment schedule's first day and its count of payments are read from looser words
    than a rate, an amount or the note's own dates ("commencing on", "in 60 payments" beside a
    final balloon, a count of months): on the corpus's seen parts, the first days proposed as
    stated were right 47 times in 51 and the counts 34 in 40, against 99% and more for rates,
    amounts and the note's dates.  So they are proposed as *inferred* unless the schedule checks
    out: the first day, stepped (count − 1) periods on, is the maturity read.  So is a period
    taken from the words around a schedule's value ("the installments' period")."""

    def firm(field: str) -> list[object]:
        return [f.value for f in c.candidates if f.field == field and f.confidence >= STATED]

    first, count = firm("schedule.first_payment"), firm("schedule.payments")
    frequency, maturity = firm("schedule.frequency"), firm("maturity")
    agrees = False
    if all(len(values) == 1 for values in (first, count, frequency, maturity)):
        (start,), (n,), (period,), (end,) = first, count, frequency, maturity
        step = _MONTHS_APART.get(period) if isinstance(period, str) else None
        if isinstance(start, dt.date) and isinstance(n, int) and isinstance(end, dt.date) and step:
            agrees = _after(start, (n - 1) * step, "months") == end
    for i, finding in enumerate(c.candidates):
        # (a period taken from the words around a schedule's value, not from a count's own
        # "sixty monthly installments", is read from looser words still: on the 40 seen parts it
        # was right 53 times in 59, against 25 in 25 for the others)
        borrowed = (
            finding.field == "schedule.frequency" and finding.note == "the installments' period"
        )
        if finding.field not in {"schedule.first_payment", "schedule.payments"} and not borrowed:
            continue
        if finding.confidence < STATED:
            continue
        if agrees:
            c.candidates[i] = replace(finding, confidence=CORROBORATED,
                                      note=f"{finding.note}; the schedule ends on the maturity read")  # fmt: skip
        else:
            c.candidates[i] = replace(finding, confidence=INFERRED,
                                      note=f"{finding.note}; a schedule's term, not checked against the maturity")  # fmt: skip


#: Where a quoted note opens: a quotation mark at the start of a line or after a colon or a dash
#: ("… is as follows: “$1,000. Lincoln, Neb., April 14, 1905. On or before …").
_QUOTE_OPENS: Final = re.compile(r"(?:^|\n|:[ \t]*|[—–][ \t]*|-[ \t]+)[ \t]*(?:\*\d+)?[“\"]")
#: Where it closes: a closing mark that ends its line, or before the copy's "(Signed …)".
_QUOTE_CLOSES: Final = re.compile(r"[”\"][ \t]*(?:\n|$|(?=\((?i:signed)))")


#: A court's words introducing the note it quotes, up to the opening mark.
_INTRODUCED_NOTE: Final = re.compile(
    r"\b(?:(?:was|is)\s+in\s+the\s+following\s+(?:form|words)|(?:was|is|reads?)\s+as\s+follows)"
    r"\s*[:,]?\s*(?:to\s+wit\s*:?\s*)?[“\"]",
    I,
)


@lru_cache(maxsize=64)  # (read by every field's proposal, then by the cap after them)
def quoted_note(text: str) -> tuple[int, int] | None:
    """The span of a note quoted within other words (an opinion's, a catalogue's, a reader's
    bracketed context): from the quotation mark that opens before its promise to pay, with no
    mark between them, to the mark that closes after it.  ``None`` when the text is the note
    itself (no such quotation, or fewer than 40 characters before it)."""
    # (a certificate of deposit's "has deposited with" stands for the promise)
    promise = re.search(
        r"\bpromises?\s+to\s+(?:-\s*)?pay\b|\bha[sd]\s+deposited\s+(?:with|in)\b", text, I
    )
    if promise is None:
        # a scan that garbled the promise ("Ave promise to jjay"): the quotation the court
        # introduces as the note ("The note was in the following form: “$400. Omaha, …”")
        intro = _INTRODUCED_NOTE.search(text)
        if intro is None or len(text[: intro.end()].strip()) < 40:
            return None
        close = re.compile(r"[”\"]").search(text, intro.end())
        return intro.end() - 1, close.start() if close else len(text)
    opens = [
        m.end() - 1
        for m in _QUOTE_OPENS.finditer(text, max(0, promise.start() - 1500), promise.start())
    ]
    if not opens:
        return None
    start = opens[-1]
    if re.search(r"[”\"]", text[start + 1 : promise.start()]):
        return None  # (a defined term's quotation: '(the "Maker")')
    # a court's copy opens each paragraph of the note with a mark and closes only the last: the
    # paragraphs before ("“$4,000. Jan. 31, 1918." / "“Two years after date, … I promise …") are
    # the note's too
    while (
        # (a heading over two or three short lines: "“$13,333.33 Sanford, Florida,\nFeby. 19th,
        # 1926.")
        above := re.search(r"(?:^|\n)[ \t]*(?:\*\d+)?[“\"](?P<para>[^\n”\"]*(?:\n[^\n”\"“]{1,80}){0,2})\n[ \t]*\n?"
                           r"[ \t]*(?:\*\d+)?$", text[:start])
    ) is not None:  # fmt: skip
        start = above.start("para") - 1
    if len(text[:start].strip()) < 40:
        return None  # (the note itself)
    close = _QUOTE_CLOSES.search(text, promise.end())
    return start, close.start() if close else len(text)


def outside_the_quoted_note(c: Collector) -> None:
    """A rate, an amount or a date read outside a quoted note is the context's (a court's account
    of the complaint, a board's resolution to give a note "bearing interest at the rate of six
    per cent", a catalogue's description), not the note's own words: it is proposed as inferred
    at most.  On the seen parts, such readings proposed as stated were right 15 times in 19,
    against 99% for rates, amounts and dates proposed as stated overall."""
    span = quoted_note(c.text)
    if span is None:
        return
    start, end = span
    for i, finding in enumerate(c.candidates):
        if finding.confidence <= INFERRED or not (
            isinstance(finding.value, (Decimal, dt.date)) or finding.field == "secured"
        ):
            continue
        if not start <= finding.span.start < end:
            c.candidates[i] = replace(finding, confidence=INFERRED,
                                      note=f"{finding.note}; read outside the quoted note")  # fmt: skip
    # a rate the court states and the quoted note does not ("Judgment was rendered … together with
    # interest from June 1, 1921, at the rate of seven per cent per annum" after a note that names
    # no rate): the judgment's, offered
    # (only a quotation that reads as a whole note: long enough, with its sum)
    rate = re.compile(r"\d\s*%|\bper\s*(?:cent|centum)\b|\bpercent\b", I).search(c.text, start, end)
    whole = end - start >= 150 and re.search(r"\$\s?\d|\bdollars\b|£", c.text[start:end], I)
    if rate is None and whole:
        for finding in [f for f in c.candidates if f.field == "interest.rate"]:
            left, _ = sentence_bounds(c.text, finding.span.start, finding.span.end)
            # (a judgment's or a claim's, not a board's resolution to give a note "bearing interest
            # at the rate of six per cent", which names the note's rate in other words)
            if not start <= finding.span.start < end and re.search(
                r"\b(?:judgment|rendered|allowed|awarded|claim(?:ed)?|recover)\b",
                c.text[left : finding.span.start],
                I,
            ):
                c.candidates.remove(finding)
                c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                        f"{finding.note}; the quoted note names no rate")  # fmt: skip


#: Before a rate in its sentence, a court's judgment (or a trial court's award): "After a trial on
#: the merits, there was judgment in favor of the plaintiff for $5,750, with 8% per annum interest
#: from May 12, 1969 until paid".
#: (a court's account, not a note's own "before and after any judgment entered hereon" or "any
#: amount for which judgment is entered")
_JUDGMENTS_RATE: Final = re.compile(
    r"\bthere\s+was\s+(?:a\s+)?judgment\b|\bjudgment\s+(?:was|has\s+been)\s+(?:rendered|entered|given"
    r"|granted|awarded)\b|\b(?:trial|lower|district|circuit)\s+court\s+(?:rendered|entered|awarded"
    r"|allowed|gave)\b",
    I,
)


def judgments_rate(c: Collector) -> None:
    """A rate read in a sentence about a court's judgment is the judgment's (the court awards
    interest at the legal rate, or the note's rate from a day of its own choosing), not the note's
    in the note's words: offered, not proposed."""
    for finding in [f for f in c.candidates if f.field == "interest.rate"]:
        left, _ = sentence_bounds(c.text, finding.span.start, finding.span.end)
        if finding.confidence > AMBIGUOUS and _JUDGMENTS_RATE.search(
            c.text, left, finding.span.start
        ):
            c.candidates.remove(finding)
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; a judgment's rate")  # fmt: skip


def late_charge_by_time(c: Collector) -> None:
    """A late charge stated as a rate for a time ("a late payment charge equal to one percent (1%)
    per month of the amount of the Payment … from such Due Date until TDA pays") is interest on
    the late sum, not the one charge a terms file's ``late_charge`` holds: offered, not proposed."""
    for finding in [f for f in c.candidates if f.field == "late_charge"]:
        if finding.confidence > AMBIGUOUS and re.match(
            r"\W{0,3}(?:per\s+(?:month|annum|year|day)|a\s+(?:month|year|day)|monthly)\b",
            c.text[finding.span.end : finding.span.end + 40],
            I,
        ):
            c.candidates.remove(finding)
            c.offer(finding.field, finding.value, finding.span, AMBIGUOUS,
                    f"{finding.note}; a rate for a time, not one charge")  # fmt: skip


RULES = (
    parties,
    values,
    _days_after_date,
    _anniversary_maturity,
    installments,
    laser_pro_index,
    flags,
    arbitrate,
    stepped_rate,
    initial_then_variable,
    tidy_parties,
    default_over_index,
    implied_default_margin,
    flat_index,
    draw_until_term,
    calibrate_schedule,
    outside_the_quoted_note,
    judgments_rate,
    late_charge_by_time,
)
