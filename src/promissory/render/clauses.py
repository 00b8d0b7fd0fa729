"""The clauses of a note, written from its terms in the words of the seed note.

The seed note (Valence Technology → Berg & Berg, October 5, 2001) is the model: where the terms
are those of the seed, each clause reads exactly as the seed's does, so that a rendered note can be
read back by the extractor and give the same terms.  Where the terms differ (a revolving note, a
prepayment premium, no loan agreement, another waterfall) the clause says what the terms say in
the same register.  Each function returns one sentence or phrase; the templates put them in order
and can be overridden to reword anything.

Interest is stated in the note even though the seed defers to the loan agreement ("at the rates
set forth in the Loan Agreement"): the sentence keeps the seed's words and adds what those rates
are, because a note rendered from its terms should carry them.  For the same reason the note says
which ends of a period accrue, when interest is payable, how it is rounded, and every bucket of the
waterfall (the seed names only accrued interest), so that the extractor reads every term back.
"""

from __future__ import annotations

from typing import Final

from promissory.core.calendar import Frequency
from promissory.core.money import RoundingMode, currency_quantum
from promissory.core.terms import (
    Bucket,
    FeeKind,
    FloatingRate,
    InterestTerms,
    Party,
    PikElection,
    PikTerms,
    Terms,
)
from promissory.render.words import (
    CURRENCY_WORDS,
    LAWFUL_MONEY,
    date_words,
    money,
    percent,
    rate_words,
)

#: The full Securities Act legend of the seed note, used when the terms restrict transfer but do
#: not give the legend's words.
SECURITIES_LEGEND: Final = (
    "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED OR UNDER ANY "
    "STATE SECURITIES LAWS. IT MAY NOT BE SOLD, OFFERED FOR SALE, PLEDGED OR HYPOTHECATED IN THE "
    "ABSENCE OF A REGISTRATION STATEMENT IN EFFECT WITH RESPECT TO THE SECURITIES UNDER SUCH ACT "
    "OR AN OPINION OF COUNSEL SATISFACTORY TO THE COMPANY THAT SUCH REGISTRATION IS NOT REQUIRED "
    "OR UNLESS SOLD PURSUANT TO RULE 144 OF SUCH ACT."
)

#: How a day-count convention is described in a note.
DAY_COUNT_WORDS: Final[dict[str, str]] = {
    "ACT/360": "a 360-day year for actual days elapsed",
    "ACT/365F": "a 365-day year for actual days elapsed",
    "ACT/ACT ISDA": "the actual number of days in each year for actual days elapsed (ACT/ACT ISDA)",
    "ACT/ACT ICMA": "actual days elapsed over the actual days of each period (ACT/ACT ICMA)",
    "30/360 US": "a 360-day year of twelve 30-day months (30/360 US)",
    "30/360 Bond Basis": "a 360-day year of twelve 30-day months (30/360 Bond Basis)",
    "30E/360": "a 360-day year of twelve 30-day months (30E/360)",
    "30E/360 ISDA": "a 360-day year of twelve 30-day months (30E/360 ISDA)",
}

_BUCKET_WORDS: Final[dict[Bucket, str]] = {
    Bucket.EXPENSES: "Lender Expenses",
    Bucket.DEFAULT_INTEREST: "interest accrued at the default rate",
    Bucket.INTEREST: "unpaid accrued interest",
    Bucket.PRINCIPAL: "principal",
    Bucket.LATE_CHARGES: "late charges",
    Bucket.FEES: "fees payable under this Note",
}

_US_STATES: Final = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
))  # fmt: skip


def _floating_words(f: FloatingRate) -> str:
    """How the index is read (issue 11), in parentheses: its own floor, and when the rate changes
    on a reset schedule (nothing when it changes on the date the index changes)."""
    parts = []
    if f.index_floor is not None:
        parts.append(f"{f.index} being taken as not less than {percent(f.index_floor)}")
    if f.reset is not None:
        before = f"{f.lookback_days} days before" if f.lookback_days else "on"
        parts.append(f"reset {f.reset.value}, the rate for each period being fixed at {f.index} "
                     f"as in effect {before} its first day")  # fmt: skip
    return f" ({'; '.join(parts)})" if parts else ""


def article(word: str) -> str:
    """ "a" or "an" before ``word`` (by its first letter: "an Ohio corporation")."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def party_description(party: Party) -> str:
    """ "Valence Technology, Inc., a Delaware corporation" (the name alone when nothing is known)."""
    kind = " ".join(p for p in (party.jurisdiction, party.entity_type) if p)
    return f"{party.name}, {article(kind)} {kind}" if party.entity_type else party.name


def entity_line(party: Party) -> str:
    """The signature block's second line: "a Delaware Corporation"."""
    if not party.entity_type:
        return ""
    kind = " ".join(p for p in (party.jurisdiction, party.entity_type.title()) if p)
    return f"{article(kind)} {kind}"


def address_lines(address: str | None) -> tuple[str, ...]:
    """Split "6504 Bridgepoint Parkway, Austin, Texas" into the street and the rest."""
    if not address:
        return ()
    street, _, rest = address.partition(", ")
    return (street, rest) if rest else (street,)


def lawful_money(currency: str) -> str:
    return LAWFUL_MONEY.get(currency, f"the country that issues {currency}")


def governing_law(place: str | None) -> str | None:
    """ "the laws of the State of California" (or "the laws of England and Wales")."""
    if not place:
        return None
    return f"the laws of the State of {place}" if place in _US_STATES else f"the laws of {place}"


#: A frequency as an adverb: "compounded semiannually", "payable quarterly in arrears".
_ADVERBS: Final[dict[Frequency, str]] = {
    Frequency.MONTHLY: "monthly",
    Frequency.QUARTERLY: "quarterly",
    Frequency.SEMIANNUAL: "semiannually",
    Frequency.ANNUAL: "annually",
}


def day_count_words(interest: InterestTerms) -> str:
    """The basis, and which ends of a period accrue (stated either way, so it can be read back)."""
    words = DAY_COUNT_WORDS.get(interest.day_count, f"the {interest.day_count} day count")
    if interest.count_first_and_last_day:
        return words + ", counting both the first and the last day"
    return words + ", including the first day but excluding the last day"


def interest_rate_words(interest: InterestTerms) -> str:
    """What the rates are: "eight percent (8%) per annum simple interest, computed on …"."""
    if interest.floating is not None:
        f = interest.floating
        rate = f"a rate per annum equal to {f.index} plus {percent(f.margin)}"
        bounds = []
        if f.floor is not None:
            bounds.append(f"not less than {percent(f.floor)}")
        if f.cap is not None:
            bounds.append(f"not more than {percent(f.cap)}")
        if bounds:
            rate += f" ({' and '.join(bounds)} per annum)"
        rate += _floating_words(f)
    elif interest.rate is not None:
        rate = f"{rate_words(interest.rate)} per annum"
    else:
        rate = "the rates per annum set out below"
    if interest.steps:
        steps = "; ".join(
            f"{percent(s.rate)} per annum from {date_words(s.start)}" for s in interest.steps
        )
        rate += f", and thereafter {steps}"
    kind = (
        "simple interest"
        if interest.compounding is None
        else f"compounded {_ADVERBS[interest.compounding]}"
    )
    if interest.pik is not None and interest.compounding is not None:
        kind = _pik_words(interest.pik, _ADVERBS[interest.compounding])
    text = f"{rate} {kind}, computed on the basis of {day_count_words(interest)}"
    if interest.default_margin:
        text += (
            f", and, while an Event of Default continues, an additional "
            f"{rate_words(interest.default_margin)} per annum"
        )
    if interest.max_rate is not None:
        text += (
            f", but in no event more than {rate_words(interest.max_rate)} per annum or the "
            "maximum rate permitted by applicable law, if lower"
        )
    return text


def _pik_words(pik: PikTerms, every: str) -> str:
    """A cash + PIK split, or a PIK toggle, in the note's words."""
    in_kind = (f"{rate_words(pik.rate)} per annum paid in kind, by adding it to the unpaid "
               f"principal {every}")  # fmt: skip
    if not pik.toggle:
        return f"simple interest payable in cash, plus {in_kind}"
    notice = (f"by notice given at least {pik.notice_days} days before it begins"
              if pik.notice_days else "by notice given before it begins")  # fmt: skip
    default = ("; absent an election, interest for a period is paid in kind"
               if pik.default_election is PikElection.PIK else "")  # fmt: skip
    return (f"simple interest payable in cash or, for any interest period for which the "
            f"Borrower so elects {notice}, instead {in_kind}{default}")  # fmt: skip


def interest_sentence(terms: Terms) -> str:
    i = terms.interest
    lead = "Interest shall be due on the unpaid principal balance of this Note from time to time"
    if terms.loan_agreement:
        text = (
            f"{lead} at the rates set forth in the Loan Agreement, being {interest_rate_words(i)}."
        )
    else:
        text = f"{lead} at {interest_rate_words(i)}."
    if i.payable is not None:
        text += f" Accrued interest shall be payable {_ADVERBS[i.payable]} in arrears."
    else:
        text += " Accrued interest shall be payable at maturity."
    return text


#: Which way a half goes, in the words of a rounding sentence (quantum named by ``unit``).
_HALVES: Final[dict[RoundingMode, str]] = {
    RoundingMode.HALF_UP: "rounded to the nearest {unit}, one-half {unit} rounded up",
    RoundingMode.HALF_DOWN: "rounded to the nearest {unit}, one-half {unit} rounded down",
    RoundingMode.HALF_EVEN: (
        "rounded to the nearest {unit}, one-half {unit} rounded to the even {unit}"
    ),
    RoundingMode.UP: "rounded up to the nearest {unit}",
    RoundingMode.DOWN: "rounded down to the nearest {unit}",
}


def rounding_sentence(terms: Terms) -> str:
    """The rounding policy: "Interest shall be computed exactly and rounded to the nearest cent,
    one-half cent rounded up." (half-up to the cent; the words of each mode are in ``_HALVES``).

    Stated for a quantum of the currency's minor unit or of one whole unit; ceiling and floor
    (which differ from up and down only for negative amounts) and other quanta are left unsaid.
    """
    policy = terms.rounding
    unit, _, minor, _, _ = CURRENCY_WORDS.get(terms.currency, ("", "", "", "", ""))
    quantum = policy.quantum.normalize()
    if quantum == currency_quantum(terms.currency).normalize() and minor:
        name = minor.lower()
    elif quantum == 1 and unit:
        name = unit.lower()
    else:
        return ""
    words = _HALVES.get(policy.mode)
    if words is None:
        return ""
    return f"Interest shall be computed exactly and {words.format(unit=name)}."


def prepayment_sentence(terms: Terms) -> str:
    p = terms.prepayment
    if not p.allowed:
        return "This Note may not be prepaid prior to the stated maturity date."
    agreement = " as provided in the Loan Agreement" if terms.loan_agreement else ""
    if not p.premium:
        return (
            "This Note may, without premium or penalty, be prepaid in whole or in part, prior to "
            f"the stated maturity date{agreement}."
        )
    steps = "; ".join(
        f"{rate_words(s.percent / 100)} of the principal prepaid before {date_words(s.until)}"
        for s in p.premium
    )
    return (
        "This Note may be prepaid in whole or in part, prior to the stated maturity date"
        f"{agreement}, upon payment of a premium of {steps}."
    )


def application_sentence(terms: Terms) -> str:
    """How a partial prepayment is applied: every bucket of the waterfall, in order.

    The seed note names only accrued interest ("first to unpaid accrued interest and the balance,
    if any, ... to principal"); its terms put Lender Expenses and default interest ahead of it.
    A rendered note names each bucket, so that the order can be read back from it.
    """
    order = terms.waterfall
    if terms.fees and Bucket.FEES not in order:  # where the waterfall puts them (after expenses)
        at = order.index(Bucket.EXPENSES) + 1 if Bucket.EXPENSES in order else 0
        order = (*order[:at], Bucket.FEES, *order[at:])
    words = [_BUCKET_WORDS[b] for b in order]
    if terms.waterfall[-1] is Bucket.PRINCIPAL:
        ahead = ", then to ".join(words[:-1])
        return (
            f"Any partial prepayment shall be applied first to {ahead} and the balance, if any, "
            "shall be applied to principal."
        )
    return f"Any partial prepayment shall be applied first to {', then to '.join(words)}."


def fees_sentence(terms: Terms) -> str:
    """The fees the note states (``[[fees]]``), in a credit agreement's words; "" without any."""
    out = []
    for fee in terms.fees:
        rate = rate_words(fee.percent) if fee.percent is not None else ""
        if fee.kind is FeeKind.UNUSED_COMMITMENT:
            day_count = fee.day_count or terms.interest.day_count
            out.append(
                f"Borrower shall pay Lender a commitment fee at the rate of {rate} "
                "per annum on the daily unused amount of the commitment, computed on the basis of "
                f"{DAY_COUNT_WORDS.get(day_count, day_count)}, payable {fee.billed.value} in arrears "
                "and on the date the commitment terminates."
            )
        elif fee.kind is FeeKind.ORIGINATION:
            how = (money(fee.amount, terms.currency) if fee.amount is not None
                   else f"{rate} of the maximum principal amount hereof")  # fmt: skip
            paid = ("which Lender may deduct from the proceeds of that Loan" if fee.withheld
                    else "payable on that date")  # fmt: skip
            out.append(f"Borrower shall pay Lender an origination fee of {how}, earned on the "
                       f"date of the first Loan, {paid}.")  # fmt: skip
        else:
            out.append(
                f"Borrower shall pay Lender an exit fee equal to {rate} of "
                "the aggregate principal amount of all Loans, payable when this Note is paid in "
                "full, at maturity or upon acceleration."
            )
    return " ".join(out)


def reborrowing_sentence(terms: Terms) -> str:
    if not terms.revolving:
        return "No amounts prepaid hereunder may be reborrowed."
    return (
        "Amounts prepaid hereunder may be reborrowed on or before "
        f"{date_words(terms.last_draw_date)}, subject to the aggregate principal amount above."
    )


def draw_period_sentence(terms: Terms) -> str:
    if terms.draw_period_end is None:
        return ""
    return f"No Loan shall be made after {date_words(terms.draw_period_end)}."


def securities_legend(terms: Terms) -> str | None:
    if not terms.transfer.restricted:
        return None
    return terms.transfer.legend or SECURITIES_LEGEND


def oid_legend(terms: Terms) -> str | None:
    if not terms.oid_legend:
        return None
    where = f" AT {terms.borrower.address}" if terms.borrower.address else ""
    return (
        'THIS NOTE WILL BE ISSUED WITH ORIGINAL ISSUE DISCOUNT ("OID") WITHIN THE MEANING OF '
        "SECTION 1275 OF THE INTERNAL REVENUE CODE OF 1986, AS AMENDED. THE ISSUE DATE OF THIS "
        f"NOTE IS {date_words(terms.issue_date)}. THE HOLDER MAY CONTACT THE CHIEF FINANCIAL "
        f"OFFICER OF {terms.borrower.name}{where} TO RECEIVE A CALCULATION OF THE ISSUE PRICE OF "
        "THIS NOTE, THE YIELD TO MATURITY AND THE AMOUNT OF OID ON THIS NOTE."
    ).upper()
