"""Round trip: a note written from terms, in the seed's style, is read back to the same terms.

``note_text_from_terms`` is a small stand-in for the renderer (which will replace it): it writes a
note the way the founding note is written — legends, figure and dateline, the promise to pay with
the principal in words and figures, numbered paragraphs — wrapped at 80 columns so that phrases
break across lines.  The extraction must give back every term the text states, and list the rest
as missing.
"""

from __future__ import annotations

import datetime as dt
import textwrap
import tomllib
from decimal import Decimal
from typing import Any

import pytest

from promissory.extract import extract_text, proposed_terms, to_toml_draft

_UNITS = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
_FRACTIONS = {Decimal("0.5"): "one-half", Decimal("0.25"): "one-quarter"}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_UNITS[n // 100], "Hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return words


def number_words(n: int) -> str:
    """1250000 → 'One Million Two Hundred Fifty Thousand' (cheque style)."""
    words: list[str] = []
    for scale, name in ((10**9, "Billion"), (10**6, "Million"), (10**3, "Thousand"), (1, "")):
        if n >= scale:
            words += _below_thousand(n // scale) + ([name] if name else [])
            n %= scale
    return " ".join(words) or "Zero"


def dollars(amount: str) -> str:
    value = Decimal(amount)
    whole, cents = int(value), int((value - int(value)) * 100)
    tail = f" and {cents:02d}/100" if cents else ""
    return f"{number_words(whole)}{tail} Dollars (${value:,.2f})"


def percent(rate: str) -> str:
    points = Decimal(rate) * 100
    whole = int(points)
    fraction = points - whole
    words = number_words(whole).lower() + (f" and {_FRACTIONS[fraction]}" if fraction else "")
    return f"{words} percent ({points.normalize()}%)"


def long_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _party(terms: dict[str, Any], role: str) -> str:
    details = terms["parties"][role]
    return f"{details['name']}, a {details['jurisdiction']} {details['entity_type']}"


def note_text_from_terms(terms: dict[str, Any]) -> str:
    """A promissory note in the style of the Oct 5, 2001 seed, stating exactly these terms."""
    interest, prepayment = terms["interest"], terms["prepayment"]
    borrower = terms["parties"]["borrower"]
    paragraphs: list[str] = []
    if "legend" in terms["transfer"]:
        paragraphs.append(terms["transfer"]["legend"])
    if terms.get("oid_legend"):
        paragraphs.append(
            'THIS NOTE WILL BE ISSUED WITH ORIGINAL ISSUE DISCOUNT ("OID") WITHIN THE MEANING OF '
            "SECTION 1275 OF THE INTERNAL REVENUE CODE OF 1986, AS AMENDED. THE ISSUE DATE OF THIS "
            f"NOTE IS {long_date(terms['issue_date']).upper()}. THE HOLDER MAY CONTACT THE CHIEF "
            f"FINANCIAL OFFICER OF {borrower['name'].upper()} AT {borrower['address']} TO RECEIVE "
            "A CALCULATION OF THE ISSUE PRICE OF THIS NOTE, THE YIELD TO MATURITY AND THE AMOUNT "
            "OF OID ON THIS NOTE."
        )
    header = f"${Decimal(terms['commitment']):,.2f}\n\n\nDated:  {long_date(terms['issue_date'])}"
    promise = (
        f'{_party(terms, "borrower")} ("BORROWER"), for value received, hereby promises to pay '
        f'to the order of {_party(terms, "lender")} ("LENDER"), in lawful money of the United '
        f"States of America, the aggregate principal amount of {dollars(terms['commitment'])} "
        "or, if less, the aggregate amount of all Loans as set forth on the attached Schedule A."
    )
    if "draw_period_end" in terms:
        promise += f" Advances may be requested until {long_date(terms['draw_period_end'])}."
    compounding = (
        "as simple interest"
        if interest["compounding"] == "simple"
        else f"compounded {interest['compounding']}ly".replace("lyly", "ly")
    )
    days = "360" if interest["day_count"] == "ACT/360" else "365"
    count = (
        "including both the first and the last day"
        if interest["count_first_and_last_day"]
        else "including the first day but excluding the last day"
    )
    payable = (
        "at maturity" if interest["payable"] == "maturity" else f"{interest['payable']} in arrears"
    )
    reborrow = (
        "Principal may be repaid and reborrowed prior to maturity."
        if terms["revolving"]
        else "No amounts prepaid hereunder may be reborrowed."
    )
    prepay = (
        "This Note may, without premium or penalty, be prepaid in whole or in part."
        if prepayment["premium"] == "none"
        else "This Note may be prepaid in whole or in part with a prepayment premium equal to "
        f"{percent(prepayment['premium'][0]['percent'])} of the principal prepaid."
    )
    buckets = {
        "expenses": "Lender Expenses",
        "default_interest": "default interest",
        "interest": "unpaid accrued interest",
        "principal": "principal",
    }
    order = [buckets[b] for b in terms["waterfall"]["order"]]
    applied = "Any payment shall be applied first to " + ", then to ".join(order) + "."
    security = (
        "and is secured by a security interest granted pursuant to that certain "
        f"{terms['security_agreement']} (as amended from time to time)."
        if "security_agreement" in terms
        else "(as amended from time to time). This Note is unsecured."
    )
    body = [
        "1. PRINCIPAL AND INTEREST. The outstanding principal balance and accrued interest owing "
        "under this Note shall be due and payable in full on "
        f"{long_date(terms['maturity'])}. Interest shall accrue on the unpaid principal balance "
        f"at the rate of {percent(interest['rate'])} per annum, {compounding}. Interest shall be "
        f"computed on the basis of a {days}-day year for the actual number of days elapsed, "
        f"{count}. Accrued interest shall be payable {payable}. While an Event of Default "
        "continues, this Note shall bear interest at a rate equal to "
        f"{percent(interest['default_margin'])} above the rate otherwise applicable.",
        f"2. PREPAYMENTS. {prepay} {applied} {reborrow}",
        "3. PLACE AND MANNER OF PAYMENT. All amounts payable hereunder shall be payable in "
        f"immediately available funds to Lender at {terms['place_of_payment']}, unless another "
        "place of payment is specified in writing by Lender.",
        "4. OTHER AGREEMENTS. This Note evidences indebtedness incurred under that certain "
        f"{terms['loan_agreement']} {security}",
        "5. GOVERNING LAW. This Note shall be governed by, and construed and enforced in "
        f"accordance with, the laws of the State of {terms['governing_law']}.",
    ]
    if terms["transfer"]["restricted"] and "legend" not in terms["transfer"]:
        body.append("6. TRANSFER. This Note may not be assigned or transferred by Lender.")
    if "rounding" in terms:
        body.append(
            f"7. ROUNDING. Interest shall be rounded {terms['rounding']['mode']} to the nearest "
            "cent."
        )

    def wrap(text: str) -> str:
        return textwrap.fill(text, 80, initial_indent="     ", break_on_hyphens=False)

    return "\n\n".join(
        [
            "EXHIBIT 10.3",
            "PROMISSORY NOTE".center(80),
            *map(wrap, paragraphs),
            header,
            wrap(promise),
            *map(wrap, body),
        ]
    )


SEED_LIKE: dict[str, Any] = {
    "id": "VAL-2001-10-05",
    "borrower": "Valence Technology, Inc.",
    "lender": "Berg & Berg Enterprises, LLC",
    "issue_date": dt.date(2001, 10, 5),
    "currency": "USD",
    "commitment": "20000000.00",
    "revolving": False,
    "draw_period_end": dt.date(2003, 9, 30),
    "maturity": dt.date(2005, 9, 30),
    "governing_law": "California",
    "place_of_payment": "10050 Bandley Drive, Cupertino, CA 95014",
    "loan_agreement": "Loan Agreement between Borrower and Lender",
    "security_agreement": "Security Agreement between Borrower and Lender",
    "oid_legend": True,
    "parties": {
        "borrower": {
            "name": "Valence Technology, Inc.",
            "entity_type": "corporation",
            "jurisdiction": "Delaware",
            "address": "301 Conestoga Way, Henderson, Nevada 89015",
        },
        "lender": {
            "name": "Berg & Berg Enterprises, LLC",
            "entity_type": "limited liability company",
            "jurisdiction": "California",
        },
    },
    "interest": {
        "rate": "0.08",
        "day_count": "ACT/360",
        "count_first_and_last_day": False,
        "default_margin": "0.02",
        "compounding": "simple",
        "payable": "maturity",
    },
    "prepayment": {"allowed": True, "premium": "none"},
    "transfer": {
        "restricted": True,
        "legend": (
            "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED. IT "
            "MAY NOT BE SOLD, OFFERED FOR SALE, PLEDGED OR HYPOTHECATED IN THE ABSENCE OF A "
            "REGISTRATION STATEMENT OR AN OPINION OF COUNSEL THAT REGISTRATION IS NOT REQUIRED."
        ),
    },
    "waterfall": {"order": ["interest", "principal"]},
    "rounding": {"quantum": "0.01", "mode": "down"},
}

DIFFERENT: dict[str, Any] = {
    "borrower": "Acme Widgets, Inc.",
    "lender": "Harbor Capital Partners, L.P.",
    "issue_date": dt.date(2019, 2, 28),
    "currency": "USD",
    "commitment": "1250000.50",
    "revolving": True,
    "maturity": dt.date(2024, 2, 29),
    "governing_law": "New York",
    "place_of_payment": "1 Main Street, Suite 400, Albany, NY 12207",
    "loan_agreement": "Credit Agreement between Borrower and Lender",
    "parties": {
        "borrower": {
            "name": "Acme Widgets, Inc.",
            "entity_type": "corporation",
            "jurisdiction": "Texas",
        },
        "lender": {
            "name": "Harbor Capital Partners, L.P.",
            "entity_type": "limited partnership",
            "jurisdiction": "Delaware",
        },
    },
    "interest": {
        "rate": "0.035",
        "day_count": "ACT/365F",
        "count_first_and_last_day": True,
        "default_margin": "0.05",
        "compounding": "monthly",
        "payable": "quarterly",
    },
    # A premium until maturity: the draft writes it as premium steps, which `note add` accepts.
    "prepayment": {
        "allowed": True,
        "premium": [{"until": dt.date(2024, 2, 29), "percent": "0.01"}],
    },
    "transfer": {"restricted": True},
    "waterfall": {"order": ["expenses", "default_interest", "interest", "principal"]},
}


def _without_id(terms: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in terms.items() if k != "id"}


@pytest.mark.parametrize("terms", [SEED_LIKE, DIFFERENT], ids=["seed-like", "different"])
def test_extraction_returns_the_terms(terms: dict[str, Any]) -> None:
    text = note_text_from_terms(terms)
    extraction = extract_text(text)
    assert extraction.document_kind == "promissory note"
    assert extraction.warnings == ()
    assert proposed_terms(extraction) == _without_id(terms)
    for finding in extraction.findings:
        assert text[finding.span.start : finding.span.end] == finding.source_text


def test_seed_like_draft_is_the_terms_file() -> None:
    draft = to_toml_draft(extract_text(note_text_from_terms(SEED_LIKE)))
    # The note names two buckets of the waterfall; a terms file orders all four, so the draft
    # asks for the order instead of writing one `note add` would refuse.
    assert tomllib.loads(draft) == {**SEED_LIKE, "waterfall": {}}
    (placeholder,) = [line for line in draft.splitlines() if line.startswith("# MISSING: ")]
    assert placeholder.startswith(
        "# MISSING: waterfall.order — the note names only interest, principal"
    )
    assert "# MISSING (optional): interest.max_rate" in draft


def test_unstated_terms_are_missing_not_defaulted() -> None:
    extraction = extract_text(note_text_from_terms(DIFFERENT))
    assert set(extraction.missing) == {
        "draw_period_end",
        "security_agreement",
        "oid_legend",
        "parties.borrower.address",
        "parties.lender.address",
        "interest.max_rate",
        "transfer.legend",
        "rounding.quantum",
        "rounding.mode",
    }
    secured = extraction.get("secured")
    assert secured is not None
    assert secured.value is False


def test_number_words_helper_round_trips() -> None:
    from promissory.extract.numwords import parse_number_words

    for n in (0, 7, 19, 20, 99, 100, 101, 155388, 1250000, 17533226, 2000000003):
        assert parse_number_words(number_words(n)) == n
