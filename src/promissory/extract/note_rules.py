"""Rules for the terms of a note or loan agreement other than interest.

Each rule names the phrasing it trusts; a value is proposed only when such a phrase is present.

=====================  ============================================================================
field                  phrasing read (whitespace and line breaks between words are free)
=====================  ============================================================================
borrower, lender       party introductions (:mod:`~promissory.extract.parties`)
parties.*.address      "contact the Chief Financial Officer of <borrower> at <address with a ZIP>"
issue_date             "Dated: <date>", "dated as of <date>", "the issue date of this Note is
                       <date>"
currency               "lawful money of the United States" → USD; else "$" figures → USD (inferred);
                       sums all in pounds → GBP ("pounds sterling": stated), in "P…" pesos → PHP
                       ("Philippine currency": stated), "RM…" → MYR; "Singapore dollars", "HK$",
                       "S$" → SGD, HKD (and NZD, AUD, CAD)
commitment             the first amount after "principal amount of" / "not to exceed" / "up to"
maturity               "due and payable in full on <date>", "Maturity Date ... <date>", "matures on"
revolving              "may not be reborrowed" / "No amounts prepaid ... may be reborrowed" → false;
                       "may be repaid and reborrowed", "Amounts prepaid hereunder may be
                       reborrowed" → true
draw_period_end        "advances / Loans ... until | through | on or before <date>" (inferred); "No Loan
                       shall be made after <date>" (stated: the date is the last day)
prepayment.*           "without premium or penalty" → premium "none"; "may ... be prepaid" →
                       allowed; "may not be prepaid" → not allowed; "prepayment premium of 2%"
                       → "0.02"
waterfall.order        "applied first to <bucket> ... then/balance to <bucket>": buckets expenses,
                       default_interest, interest, principal, in the order written
place_of_payment       "payable ... at <address ending in a ZIP code>"
governing_law          "governed by ... the laws of the State of <X>" or "governed by <X> law"
loan_agreement         "under that certain Loan Agreement between ..." (the reference, as text)
security_agreement     "secured by ... that certain Security Agreement between ..."; "unsecured" →
                       the informational finding ``secured = false``
transfer.*             the Securities Act legend (a paragraph with "has not been registered under
                       the Securities Act"); "may not be sold | transferred | assigned" →
                       restricted
oid_legend             a paragraph with "original issue discount"
rounding.*             "rounded to the nearest cent" → quantum 0.01, half-up (ambiguous); with ", one-half
                       cent rounded up | down | to the nearest even cent" → half-up | half-down |
                       half-even (stated); "rounded up | down to the nearest cent" → up | down
=====================  ============================================================================
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from promissory.extract.amounts import Mention
from promissory.extract.collector import Collector
from promissory.extract.dates import DATE_PATTERN, real_date
from promissory.extract.parties import find_parties, payee_evidence
from promissory.extract.phrases import phrase, sentence_bounds
from promissory.extract.records import (
    AMBIGUOUS,
    CONTRADICTED,
    CORROBORATED,
    INFERRED,
    STATED,
)
from promissory.extract.roles import AMOUNT_CHANGED_FROM, RECITED_NOTE, TICKED, stepped_premium
from promissory.extract.span import squash

I = re.IGNORECASE  # noqa: E741 - a flag, used in every rule
ADDRESS = r"\d+[A-Za-z0-9 ,.'#\-\n\t]*?\b\d{5}(?:-\d{4})?\b"
JURISDICTION = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"


def parties(c: Collector) -> None:
    """Borrower and lender, their entity type and jurisdiction, and the borrower's address."""
    found = find_parties(c.source)
    roles: dict[str, tuple[int, Decimal, str]] = {}
    # a note whose maker is "the Borrower" or "the Maker": its "Company" is another company
    # ("the shareholders of Middleton Pest Control, Inc. (the "Company")")
    # (or "ANTHONY J. BETTENCOURT ("BORROWER"), an employee of VERITY, INC. ("COMPANY"), …
    # promises to pay to the order of Company": the payee, then)
    maker_named = re.search(r"[\"“](?:the\s+)?(?:Borrower|Maker)[\"”]", c.text, I)
    # a payee left blank ("promises to pay to the order of ________________"): no defined
    # "Bank" elsewhere in the note is its lender
    blank_payee = re.search(r"\bto\s+the\s+order\s+of\s*_{4,}", c.text, I)
    for index, party in enumerate(found):
        role = party.role_by_term
        evidence = payee_evidence(c.source, party)
        if maker_named and party.alias.strip().lower() in {"company", "issuer", "obligor"}:
            if not evidence:
                continue
            role = "lender"
        if blank_payee and role == "lender":
            continue
        if role is not None:
            agrees = (role == "lender") == bool(evidence)
            why = f'defined as "{party.alias}"'
            roles.setdefault(role, (index, CORROBORATED if agrees else STATED, why))
    if len(found) == 2 and not roles:
        paid = [i for i, p in enumerate(found) if payee_evidence(c.source, p)]
        if len(paid) == 1:
            lender = paid[0]
            said = "; ".join(squash(m.group(0)) for m in payee_evidence(c.source, found[lender]))
            roles["lender"] = (
                lender,
                INFERRED,
                f'money is paid or collateral pledged to it: "{said}"',
            )
            roles["borrower"] = (1 - lender, INFERRED, "the other party to a two-party document")
    for role, (index, confidence, why) in sorted(roles.items()):
        party = found[index]
        c.add(role, party.name, party.name_span, confidence, why)
        if party.entity_type is not None and party.entity_span is not None:
            c.add(f"parties.{role}.entity_type", party.entity_type, party.entity_span, STATED)
        if party.jurisdiction is not None and party.jurisdiction_span is not None:
            c.add(
                f"parties.{role}.jurisdiction", party.jurisdiction, party.jurisdiction_span, STATED
            )
    if "borrower" in roles:
        name = found[roles["borrower"][0]].name
        contact = rf"contact\s+the\s+chief\s+financial\s+officer\s+of\s+{phrase(name)},?\s+at\s+"
        match = c.search(rf"{contact}(?P<address>{ADDRESS})")
        if match:
            note = "where the OID legend says to ask the borrower's CFO for the OID figures"
            c.add_match(
                "parties.borrower.address",
                squash(match.group("address")),
                match,
                INFERRED,
                note,
                "address",
            )


def _recited(c: Collector, start: int) -> bool:
    """Whether ``start`` lies in a recital of another note the parties made before."""
    left, _ = sentence_bounds(c.text, start, start)
    return re.search(RECITED_NOTE, c.text[left:start], I) is not None


def issue_date(c: Collector) -> None:
    """The date of the note: the dateline, "dated as of", or the OID legend's issue date."""
    patterns = (
        (rf"^\s*Dated:?\s+(?:as\s+of\s+)?(?P<date>{DATE_PATTERN})", "the dateline"),
        (rf"\bdated\s+as\s+of\s+(?P<date>{DATE_PATTERN})", '"dated as of"'),
        (rf"\bissue\s+date\s+of\s+this\s+note\s+is\s+(?P<date>{DATE_PATTERN})", "the OID legend"),
    )
    for pattern, where in patterns:
        for match in re.finditer(pattern, c.text, I | re.MULTILINE):
            if re.search(
                # (or "a certain telephone loan contract, dated as of October 15, 1951")
                r"Agreement[^.;]{0,160}$|\bcontract,?\s*$",
                c.text[max(0, match.start() - 160) : match.start()],
                I,
            ):
                continue  # "the Loan Agreement dated as of ..." dates another document (or "an
                # Owner Participation Agreement executed by and between … ("Agency") dated as of")
            if _recited(c, match.start()):
                continue  # "WHEREAS, Borrower executed … a Promissory Note … dated as of …"
            if re.search(
                r"\b(?:amends?|restates?|replaces?|supersedes?|renews?|modifies?)\b[^.;]{0,80}?"
                r"\bthat\s+certain\s+(?:[\w-]+\s+){0,4}Note\s*$"
                # ("This Promissory Note amends, restates, replaces and supersedes … the promissory
                # note set forth in the Amended and Restated Letter of Credit Promissory Note
                # numbered 00079054T03-A, dated as of September 30, 2020")
                r"|\b(?:amends?|restates?|replaces?|supersedes?|renews?)\b[^.;]{0,300}?"
                r"\bNote\s+(?:No\.|numbered)\s*[\w-]+,?\s*$"
                # ("… are being issued in replacement of the following three Promissory Notes: (a)
                # Promissory Note dated as of March 29, 1988, …; (b) Promissory Note dated as of")
                r"|\b(?:in\s+(?:replacement|substitution|renewal|exchange)\s+(?:of|for)"
                r"|replac(?:es|ing))\b[\s\S]{0,500}?(?:\(\w{1,3}\)\s*)?(?:[\w-]+\s+){0,3}Note\s*$",
                c.text[max(0, match.start() - 400) : match.start()],
                I,
            ):
                continue  # "… amends and restates in its entirety that certain Promissory Note
                # dated as of April 8, 2004": the date of the note it replaces
            if re.search(r"\bbetween\b[^;]{0,80}?\band\b[^;]{0,60}$",
                         c.text[max(0, match.start() - 160) : match.start()], I):  # fmt: skip
                continue  # "… a Construction Loan Agreement between. BORROWER and BANK dated as of"
            if (day := real_date(match)) is None:
                c.warn(f"issue_date: {match.group('date')!r} is not a real date; not read")
                continue
            c.add_match("issue_date", day, match, STATED, f"from {where}", "date")


#: A country's dollars, named in words ("in Singapore dollars").
_DOLLAR_COUNTRY: Final = {
    "Singapore": "SGD", "Hong Kong": "HKD", "New Zealand": "NZD", "Australian": "AUD",
    "Canadian": "CAD",
}  # fmt: skip
#: ... and by the letters before "$": "HK$348,080,000", "S$1,000.00".
_DOLLAR_SIGN: Final = {
    "HK": "HKD", "S": "SGD", "SG": "SGD", "NZ": "NZD", "A": "AUD", "AU": "AUD", "C": "CAD",
    "CA": "CAD",
}  # fmt: skip


def currency(c: Collector) -> None:
    """USD from "lawful money of the United States", or inferred from dollar figures; in a note
    whose sums are all in another unit, GBP from pounds ("sterling" states it), PHP from
    Philippine pesos ("Philippine currency" states it) and MYR from "RM…"; another country's
    dollars from their name ("Singapore dollars") or sign ("HK$", "S$"); pesos and rupees of no
    named country are left to the reader, with a warning."""
    match = c.search(r"lawful\s+money\s+of\s+the\s+United\s+States(?:\s+of\s+America)?")
    dollars = [m for m in c.money if m.unit == "dollar"]
    # (not where the note names United States dollars too: "… in United States dollars and not
    # in Canadian dollars")
    named = (
        None
        if c.search(r"\b(?:United\s+States|U\.\s?S\.|US)\s+dollars\b")
        else c.search(rf"\b(?P<country>{'|'.join(_DOLLAR_COUNTRY)})\s+dollars\b")
    )
    prefixes = {
        prefix.group(1).upper()
        for m in dollars
        if (
            prefix := re.search(
                r"\b(HK|S|SG|NZ|A|AU|C|CA)\$",  # (not "SERIES A $1,000,000")
                c.text[max(0, m.span.start - 3) : m.span.start + 3],
            )
        )
    }
    if match:
        c.add_match("currency", "USD", match, STATED)
    elif named:  # "… promises to pay to the Payee in Singapore dollars"
        c.add_match("currency", _DOLLAR_COUNTRY[named.group("country").title()], named, STATED)
    elif len(prefixes) == 1:  # "HK$348,080,000", "S$1,000.00"
        code = _DOLLAR_SIGN[prefixes.pop()]
        c.add("currency", code, dollars[0].span, INFERRED, f'amounts are written "{code[:2]}$"')
    elif dollars:
        c.add("currency", "USD", dollars[0].span, INFERRED, 'amounts are written with "$"')
    units = {m.unit for m in c.money}
    if match or dollars or len(units) != 1:
        if len(units) > 1:
            c.warn(f"sums are written in more than one unit ({', '.join(sorted(units))}); "
                   "check each amount's currency")  # fmt: skip
        return
    first = c.money[0]
    if first.unit == "pound":
        stated = c.search(r"\bpounds?\s+sterling\b|£\s?[\d,]+(?:\.\d{2})?\s+sterling\b")
        if stated:
            c.add_match("currency", "GBP", stated, STATED)
        elif not c.search(r"\b(?:[A-Z][a-z]+\s+currency|pounds\s+Scots)\b"):
            c.add("currency", "GBP", first.span, INFERRED, "sums are written in pounds")
        else:  # "twenty five pounds Pennsylvania currency": a colony's pound, not sterling
            c.warn("sums are in pounds of a currency other than sterling; currency not read")
    elif first.unit == "peso":
        stated = c.search(r"\bPhilippine\s+currency\b")
        if stated:
            c.add_match("currency", "PHP", stated, STATED)
        elif any(m.figure is not None for m in c.money) and not c.search(
            r"\b(?:Mexican|Spanish|Argentine|Chilean|Colombian|Cuban)\b|\bM\.\s?C\."
        ):
            c.add(
                "currency", "PHP", first.span, INFERRED, 'sums are written "P…", Philippine pesos'
            )
        else:
            c.warn("sums are in pesos of no named country; currency not read")
    elif first.unit.isupper():  # "EUR 224,276", "… Euros", "164,012,326 Israeli shekels"
        c.add("currency", first.unit, first.span, STATED, "the sums name their currency")
    elif first.unit == "ringgit":
        c.add("currency", "MYR", first.span, INFERRED, 'sums are written "RM…", Malaysian ringgit')
    else:
        c.warn(f"sums are in {first.unit}s of no named country; currency not read")


#: Between the principal sum and a larger ceiling: "… together with such additional sums as may
#: be advanced … up to a total of".
_UP_TO_MORE: Final = re.compile(
    r"\badditional\s+(?:sums|amounts|advances)\b[^;]{0,200}?\bup\s+to\s+(?:a\s+(?:total|maximum)"
    r"\s+(?:principal\s+)?(?:amount\s+|sum\s+)?of\s+)?$",
    I,
)


def commitment(c: Collector) -> None:
    """The maximum principal: the first amount introduced as the principal amount or a cap."""
    lead = re.compile(
        r"(?:(?:principal|loan)\s+(?:amount|sum)\s+of|not\s+to\s+exceed|up\s+to(?:\s+the\s+sum\s+of)?"
        r"|maximum\s+(?:aggregate\s+)?principal\s+amount\s+of)\s*(?:the\s+lesser\s+of\s*)?$",
        I,
    )
    for mention in c.money:
        before = c.text[max(0, mention.span.start - 80) : mention.span.start]
        if not lead.search(before):
            continue
        # "Thirty-nine (39) quarterly installments in the principal amount of …": an installment's
        # principal, not the note's
        if re.search(r"\b(?:installments?|payments?)\s+in\s+the\s+principal\s+amount\s+of\s*$",
                     before, I):  # fmt: skip
            continue
        # "that certain Promissory Note … in the stated principal amount of $10,500,000.00 (the
        # "Hartford Accident Note")": another note's amount
        wider = c.text[max(0, mention.span.start - 240) : mention.span.start]
        if re.search(r"\bthat\s+certain\s+(?:[\w-]+\s+){0,5}note\b[^.;]*$", wider, I):
            continue
        if re.search(AMOUNT_CHANGED_FROM, wider, I):
            continue  # "increased … from the current principal amount of $600,000 to …"
        if _recited(c, mention.span.start):
            continue  # "WHEREAS, Borrower executed … a Promissory Note … in the maximum principal
            # amount of … ($8,000,000.00)": the recited note's amount
        # "… amends and restates … in the original stated principal amount of $75,000 (the
        # "Original Note")": the amount of the note restated, not this one's
        if re.search(r"\boriginal\s+(?:stated\s+)?principal\s+(?:amount|sum)\s+of\s*$", before, I):
            continue
        # ("the original amount loaned in June 2010, in the sum of $40,019 plus accrued interest")
        if re.search(
            r"\boriginal\s+amount\s+(?:loaned|advanced|borrowed)\b[^.;$]{0,60}$", before, I
        ):
            continue
        # "the principal sum of $15,000.00 … together with such additional sums as may be
        # advanced … up to a total of Forty Five Thousand Dollars ($45,000)": the ceiling
        _, right = sentence_bounds(c.text, mention.span.start, mention.span.end)
        ceiling = next(
            (m for m in c.money if mention.span.end < m.span.start < right
             and _UP_TO_MORE.search(c.text[mention.span.end : m.span.start])),
            None,
        )  # fmt: skip
        if ceiling is not None and ceiling.value > mention.value:
            mention = ceiling
        if re.match(r"\W{0,3}\(\s*the\s+[\"“]?initial\s+advance", c.text[mention.span.end :], I):
            return  # "$200,000 (the "INITIAL ADVANCE"), plus … any Additional Advances": not the limit
        others = [
            m.span.where()
            for m in c.money
            if m is not mention and m.value == mention.value and m.agrees is None
        ]
        also = f"; the figure is repeated at {', '.join(others)}" if others else ""
        if mention.agrees is False:
            c.offer(
                "commitment",
                mention.value,
                mention.span,
                CONTRADICTED,
                f"{mention.describe()}; words taken (UCC 3-114)",
            )
            c.warn(
                f"commitment at {mention.span.where()}: {mention.describe()}; check the document"
            )
        elif (header := _header_figure(c, mention)) is not None:
            # "$ 76,274.80" above the promise, "TWELVE THOUSAND ... AND 70/100 Dollars" in it; or
            # "$168,488.82" above it and "one hundred sixty-eight thousand eight hundred forty-one
            # dollars and four cents ($168,841.04)" in it, words and figures agreeing with each
            # other, not with the heading: the reviewer chooses
            for m in (mention, header):
                c.offer("commitment", m.value, m.span, CONTRADICTED,
                        f"the principal sum is {mention.value} at {mention.span.where()} and "
                        f"{header.value} in the note's heading at {header.span.where()}")  # fmt: skip
            c.warn(f"commitment: {mention.value} at {mention.span.where()} disagrees with "
                   f"{header.value} in the note's heading at {header.span.where()}; check the "
                   "document")  # fmt: skip
        elif mention.agrees:
            c.add(
                "commitment",
                mention.value,
                mention.span,
                CORROBORATED,
                f"words and figures agree{also}",
            )
        else:
            c.add("commitment", mention.value, mention.span, STATED, f"stated once{also}")
        return


def _short_line(text: str, mention: Mention) -> bool:
    """Whether the mention stands on a heading's short line ("$ 76,274.80   Dallas, Texas"), not
    in a paragraph of prose above the note (a web page's introduction)."""
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    return len(text[start : end if end >= 0 else len(text)].strip()) <= 120


def _header_figure(c: Collector, mention: Mention) -> Mention | None:
    """The one amount written above the promise to pay, when it differs from ``mention`` (the
    principal sum the promise states)."""
    promise = re.search(r"for\s*value\s*received|promises?\s*to\s*pay", c.text, I)
    if promise is None or mention.span.start < promise.start():
        return None
    header = [m for m in c.money if m.span.end <= promise.start()]
    if len(header) != 1 or header[0].value == mention.value or not _short_line(c.text, header[0]):
        return None
    token = re.match(r"\S*", c.text[header[0].span.start :])  # (the whole figure as typed)
    typed = re.sub(r"\D", "", token.group(0) if token else "")
    if typed == re.sub(r"\D", "", f"{mention.value:.2f}"):
        return None  # the same digits mistyped ("$2,000.000.00" over "$2,000,000.00")
    return header[0]


def maturity(c: Collector) -> None:
    """The stated maturity date."""
    patterns = (
        rf"due\s+and\s+payable\s+in\s+full\s+on\s+(?P<date>{DATE_PATTERN})",
        # (not an "Accelerated Maturity Date", a day the note may be called)
        rf"(?<!Accelerated\s)\bMaturity\s+Date[\"”]?\)?\s+(?:means|shall\s+(?:mean|be)|is)\s+(?P<date>{DATE_PATTERN})",
        rf"\bmatures?\s+on\s+(?P<date>{DATE_PATTERN})",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, c.text, I):
            if (day := real_date(match)) is None:
                c.warn(f"maturity: {match.group('date')!r} is not a real date; not read")
                continue
            c.add_match("maturity", day, match, STATED, "", "date")


#: A box within a line before an option's words: "¨ This Note possesses a draw feature." (¨ is a
#: word processor's empty box; þ, ý, ☒ and ☑ ticked ones).
_INLINE_BOX: Final = re.compile(r"(?:^|(?<=\s))(?P<box>[¨☐þý☒☑])\s+(?=[A-Z])")


def _after_unticked_box(text: str, start: int) -> bool:
    """Whether the nearest box in the 400 characters before ``start`` is an empty one."""
    boxes = list(_INLINE_BOX.finditer(text, max(0, start - 400), start))
    return bool(boxes) and boxes[-1].group("box") in "¨☐"


def _in_unticked_line(text: str, start: int) -> bool:
    """Whether the line (or paragraph line) holding ``start`` begins with an empty box, or
    follows a line that holds only one ("- o" then "- DRAW FEATURE: …")."""
    begin = text.rfind("\n", 0, start) + 1
    line = text[begin:start]
    if re.match(r"[ \t|-]*(?:o|¨|q|\[\s?\]|\|_\||☐)[ \t]+[A-Z]", line):
        return True
    above = text[text.rfind("\n", 0, max(0, begin - 1)) + 1 : max(0, begin - 1)]
    return re.fullmatch(r"[ \t|-]*(?:o|¨|q|\[\s?\]|\|_\||☐)[ \t]*", above) is not None


def revolving(c: Collector) -> None:
    """Whether repaid principal may be borrowed again."""
    negative = c.search(
        r"(?:may|shall|can)\s*not\s+be\s+re-?borrowed|(?:may|shall)\s+not\s+re-?borrow"
        r"|\bno\s+(?:principal\s+)?amounts?\s+(?:so\s+)?(?:prepaid|repaid)[^.;]{0,60}?may\s+be\s+re-?borrowed"
        # ("No prepaid amount may be reborrowed")
        r"|\bno\s+(?:prepaid|repaid)\s+(?:principal\s+)?(?:amounts?|sums?|principal)\s+may\s+be\s+re-?borrowed"
        r"|\bnon-?\s?revolving\s+(?:credit|loan|line|note|basis)"
        # "Principal sums(s) disbursed and repaid will not be available for redisbursement"
        r"|\brepaid\s+(?:will|shall)\s+not\s+be\s+available\s+for\s+re-?(?:disburse|borrow|advance)"
        # Laser Pro's "MULTIPLE ADVANCE LOAN. … Once the total amount of principal has been
        # advanced under this Note, Borrower will not be entitled to further loan advances."
        r"|\bhas\s+been\s+advanced\b[^.;]{0,60}?\bwill\s+not\s+be\s+entitled\s+to\s+further\s+(?:loan\s+)?advances\b"
    )
    positive = c.search(
        r"may\s+(?:be\s+)?(?:repaid|prepaid)\s+and\s+re-?borrowed|\bmay\s+re-?borrow"
        r"|\bmay\s+borrow,?\s+repay\s+and\s+re-?borrow"
        # "(ii) Borrower shall have the right to re-borrow any Advance to the extent that it has
        # been repaid"
        r"|(?<!no\s)(?<!not\s)\b(?:right|entitled)\s+to\s+re-?borrow\b"
        # "The Borrower may request advances, repay and request additional advances hereunder";
        # "… which may include re-advances of sums previously repaid under this Note"
        r"|\bmay\s+(?:request\s+advances|borrow),?\s+repay\s+and\s+(?:request\s+additional\s+advances|re-?borrow)\b"
        r"|(?<!no\s)\bre-?advances?\s+of\s+(?:sums|amounts|principal)\s+(?:previously\s+)?(?:repaid|prepaid)\b"
        r"|\bmay\s+be\s+borrowed,?\s+repaid\s+and\s+re-?borrowed\b"  # ("principal which may be borrowed, …")
        r"|(?<!no\s)\bamounts\s+(?:so\s+)?(?:prepaid|repaid)\s+(?:hereunder\s+)?may\s+be\s+re-?borrowed"
        # "The Loan evidenced by this Note is a revolving line of credit and amounts may be advanced
        # and repaid hereunder"
        r"|\brevolving\s+(?:line\s+of\s+credit|credit|loan)\b[^.]{0,40}?\bamounts\s+may\s+be\s+"
        r"(?:advanced|borrowed)\s+and\s+repaid\b"
        # "Lender … may loan hereunder to Borrower on a revolving basis such amounts as may from
        # time to time be requested"; "Advances … shall be made on a revolving basis"
        r"|(?<!non-)(?<!non)\b(?:loan|lend|advance|borrow|made)\b[^.;]{0,40}?\bon\s+a\s+revolving\s+basis\b"
    )
    # only the word says it: a revolving line, loan or term
    word = c.search(
        # not a lender's name ("State Revolving Loan Fund", "Revolving Loan Program")
        r"(?<!non-)(?<!non)(?<!non\s)\brevolving\s+(?:credit|loan|line)"
        r"(?!\s+(?:fund|program|account|pool|trust))"
        # "PAYMENTS ON THE LINE OF CREDIT DURING THE REVOLVING TERM"
        r"|(?<!non-)(?<!non)(?<!non\s)\brevolving\s+(?:term|period)\b"
    )
    # the note calls itself a revolving note ("REVOLVING NOTE", "Revolving Credit Note"); a form
    # titled "REVOLVING OR DRAW NOTE" leaves it open
    title = re.search(
        r"(?<![Nn][Oo][Nn]-)(?<![Nn][Oo][Nn])\b(?:REVOLVING|Revolving)\s+(?:(?:CREDIT|Credit|PROMISSORY"
        r"|Promissory|LOAN|Loan|OPERATING|Operating)\s+)?(?:NOTE|Note)\b"
        r"|\(\s*Commercial\s*[-–]\s*Revolving\s+Draw\s*\)",  # a bank form's "(Commercial - Revolving Draw)"
        c.text,
    )
    # a bank form's ticked box: "[X] Open End Credit: … I may borrow up to the maximum amount of
    # principal more than one time" is revolving; "[X] SINGLE ADVANCE" or "ý This Note is a
    # multiple-advance closed end Note" is not (þ and ý are a word processor's ticked boxes)
    open_end = c.search(
        TICKED
        + r"[\s|-]*(?:Open[\s-]+End\s+Credit\b|This\s+Note\s+possesses\s+a\s+revolving\s+feature"
        r"|REVOLVING\s+FEATURE\b"
        r"|This\s+(?:Note\s+)?is\s+a\s+multiple[\s-]advance,?\s+open[\s-]end\b)"
    )
    closed = c.search(
        # a Laser Pro title "(Commercial - Single Advance)"
        r"\(\s*Commercial\s*[-–]\s*Single\s+Advance\s*\)|"
        + TICKED
        + r"[\s|-]*(?:Single\s+Advance\b|This\s+Note\s+possesses\s+a\s+draw\s+feature"
        r"|DRAW\s+FEATURE\b"
        r"|This\s+(?:Note\s+)?is\s+a\s+(?:single[\s-]advance"
        r"|multiple[\s-]advance,?\s+closed[\s-]end)\b)"
    )
    if negative and (
        _in_unticked_line(c.text, negative.start()) or _after_unticked_box(c.text, negative.start())
    ):
        negative = None  # "- o" / "- DRAW FEATURE: … Any repayment may not be re-borrowed."
    if positive is None and negative is None and closed is None:
        # "… to borrow, repay and reborrow", "re-advances", "readvance": the word anywhere, with
        # no "no", "not" or "cannot" in its sentence before it or just after it
        for loose in re.finditer(r"\bre-?(?:borrow|advance)(?:s|ed|ing)?\b", c.text, re.I):
            before = re.split(r"[.;]", c.text[max(0, loose.start() - 120) : loose.start()])[-1]
            after = re.split(r"[.;]", c.text[loose.end() : loose.end() + 40])[0]
            if not re.search(r"\b(?:no|not|cannot|never|nor)\b", before + " " + after, re.I):
                positive = loose
                break
    if (
        open_end
        and negative
        and open_end.end() < negative.start()
        and re.search(
            r"\bpossesses\s+a\s+draw\s+feature\b", c.text[open_end.end() : negative.start()], re.I
        )
    ):
        # "X This Note possesses a revolving feature, … This Note possesses a draw feature. … Any
        # repayment may not be reborrowed.": the other option's words, its box left bare
        negative = None
    if positive and _in_unticked_line(c.text, positive.start()):
        positive = None  # "o This is a multiple-advance, open end, Note. … may borrow, repay and
        # re-borrow": an option of the form whose box ("o", a word processor's empty box) is
        # not ticked
    if open_end and not negative:
        c.add_match("revolving", True, open_end, STATED, "the form's Open End Credit box is ticked")
        return
    if closed and not positive:
        c.add_match("revolving", False, closed, STATED, "the form's closed-end box is ticked")
        return
    if negative:
        c.add_match("revolving", False, negative, STATED, "prepaid amounts may not be reborrowed")
    # "… the terms pursuant to which the indebtedness evidenced hereby … may be reborrowed"
    reborrowed = c.search(r"(?<!not\s)\bmay\s+be\s+re-?borrowed\b")
    if positive is None and negative is None and reborrowed is not None:
        positive = reborrowed
    # Offered, not proposed, when only the word says it ("revolving line of credit", a title
    # "REVOLVING CREDIT NOTE"): the readers label the flag only where the excerpt lets repaid
    # amounts be borrowed again, and on the 728 notes read so far such readings were right 38
    # times in 52 (73%) where the words that say so were right every time
    # a bank form's title "(Commercial - Revolving Draw)" or "(Commercial - Revolving Draw - Variable
    # Rate)", the counterpart of its "(Commercial - Single Advance)": on the three such notes read
    # (351, 869, 2101) the readers labelled each revolving, its reborrowing terms past the excerpt
    drawn = c.search(r"\(\s*Commercial\s*[-–]\s*Revolving\s+Draw\b[^()]{0,30}\)")
    if positive:
        c.add_match("revolving", True, positive, STATED, "repaid amounts may be reborrowed")
    elif drawn and not negative:
        c.add_match("revolving", True, drawn, INFERRED, "a bank form titled a revolving draw note")
    elif word and not negative:
        c.add_match("revolving", True, word, AMBIGUOUS, "the note calls its credit revolving")
    elif title and not negative:
        c.add_match("revolving", True, title, AMBIGUOUS, "the note calls itself a revolving note")


def draw_period(c: Collector) -> None:
    """The last day an advance may be requested."""
    pattern = (
        r"\b(?:advances?|borrowings?|Loans)\b[^.;]{0,160}?\b(?:until|through|to\s+and\s+including"
        rf"|on\s+or\s+before)\s+(?P<date>{DATE_PATTERN})"
    )
    for match in re.finditer(pattern, c.text, I):
        if re.search(r"due\s+and\s+payable|repa(?:y|id)", match.group(0), I):
            continue
        if re.search(r"\baccru", match.group(0), I) or re.match(
            r"\s*\(\s*(?:the\s+)?[\"“]Maturity", c.text[match.end() : match.end() + 30], I
        ):
            # "Interest on the unpaid principal, including … any additional advances …, will
            # accrue hereunder … through and until September 3, 2022 (the “Maturity Date”)"
            continue
        if (day := real_date(match)) is None:
            continue
        c.add_match(
            "draw_period_end",
            day,
            match,
            INFERRED,
            "the date advances may be made until",
            "date",
        )
    last = (
        r"\bno\s+(?:Loans?|advances?|borrowings?)\s+(?:shall|may|will)\s+be\s+(?:made|requested)"
        rf"\s+after\s+(?P<date>{DATE_PATTERN})"
    )
    for match in re.finditer(last, c.text, I):
        if (day := real_date(match)) is None:
            continue
        c.add_match(
            "draw_period_end",
            day,
            match,
            STATED,
            "the last day a Loan may be made",
            "date",
        )


def prepayment(c: Collector) -> None:
    """Whether the note may be prepaid, and at what premium."""
    refused = c.search(r"may\s+not\s+be\s+prepaid|\bno\s+prepayment\s+(?:of|is)\b")
    if refused:
        c.add_match("prepayment.allowed", False, refused, STATED)
    allowed = c.search(r"\bmay\b[^.;]{0,60}?\bbe\s+prepaid\b|\bmay\s+prepay\b")
    if allowed and not refused:
        c.add_match("prepayment.allowed", True, allowed, STATED)
    without = (
        # ("… may be prepaid in part or in its entirety at any time with no penalty")
        r"\bwith\s+no\s+(?:penalty|premium)\b(?!\s+(?:except|unless|after|if|until)\b)|"
        r"without\s+(?:any\s+)?(?:premium\s+or\s+penalty|penalty\s+or\s+premium"
        r"|(?:additional\s+)?(?:fee|charge)\s+or\s+(?:premium|penalty)"  # "without additional fee or penalty"
        # ("… at any time without payment of any prepayment fee or penalty")
        # (and "without the payment of any premium or fee")
        r"|(?:the\s+)?payment\s+of\s+any\s+(?:pre-?payment\s+)?(?:fee|premium|charge)\s+or\s+(?:premium|penalty|fee)"
        # "may pay without penalty all or a portion"; "prepay at any time, without penalty."; not
        # "without penalty except …" nor "after the first year"
        r"|penalty(?!\s*(?:,\s*)?(?:except|unless|after|if|until|on\s+or\s+after|during)\b)"
        r"|prepayment\s+(?:penalty|premium)(?:\s+or\s+(?:other\s+)?(?:fee|charge|premium|penalty))?)"
        # "… prepay all or a portion of this Promissory Note …, and with no pre-payment penalty"
        r"|\bwith\s+no\s+pre-?payment\s+(?:penalty|premium)\b"
        # ("There shall be no penalty for prepayment")
        r"|\bno\s+(?:penalty|premium)\s+(?:for|upon|on)\s+(?:any\s+)?pre-?payment\b"
        # "… subject to prepayment … at a prepayment price equal to the principal amount to be
        # prepaid plus accrued interest": at par, no premium
        r"|\bprepayment\s+price\s+equal\s+to\s+(?:the\s+)?principal\s+amount\s+(?:to\s+be\s+|so\s+)?"
        r"prepaid,?\s+(?:plus|together\s+with)\s+(?:the\s+)?(?:accrued\s+)?interest\b(?!\s+and\s+(?:a\s+)?premium)"
    )
    for match in re.finditer(without, c.text, I):
        left, right = sentence_bounds(c.text, match.start(), match.end())
        # the sentence, its heading ("PREPAYMENT. Borrower may pay without penalty …") or the
        # clause before a semicolon ("may prepay … at any time; without premium or penalty")
        # (a heading of two: "PREPAYMENT; MINIMUM INTEREST CHARGE. Genesis may pay without
        # penalty all or a portion")
        start, k = max(0, left - 40), left - 1
        while k > 0 and c.text[k].isspace():
            k -= 1
        if k > 0 and c.text[k] == ";":
            start = min(start, sentence_bounds(c.text, k)[0])
        if not re.search(r"pre-?pa", c.text[start:right], I):
            continue  # ("pre-payment may be made without penalty")
        if re.match(r"\s*\(\s*other\s+than\b|\s*,?\s*(?:other\s+than|except(?:\s+for)?)\s+(?:those|as)\b",
                    c.text[match.end() : match.end() + 40], I):  # fmt: skip
            # "without premium or penalty (other than those set forth in the Loan Agreement, if
            # any)": whether there is one is in another document
            c.offer("prepayment.premium", "none", c.source.match_span(match), AMBIGUOUS,
                    "no premium but those another document may set")  # fmt: skip
            continue
        c.add_match("prepayment.premium", "none", match, STATED)
    lead = re.compile(r"prepayment\s+(?:premium|fee|penalty)\s+(?:equal\s+to|of)\s+$", I)
    for mention in c.percents:
        if lead.search(c.text[max(0, mention.span.start - 60) : mention.span.start]):
            if stepped_premium(c, mention):  # a premium that changes by year: offered
                c.offer("prepayment.premium", str(mention.value), mention.span, AMBIGUOUS,
                        "the first step of a premium that changes by year")  # fmt: skip
                c.warn("prepayment.premium: the premium changes with the year of prepayment")
                continue
            c.add(
                "prepayment.premium",
                str(mention.value),
                mention.span,
                STATED,
                "a fraction of the principal prepaid",
            )


BUCKETS = (
    ("expenses", r"(?:Lender\s+)?Expenses|costs(?:\s+and\s+expenses)?|fees\s+and\s+expenses"),
    (
        "default_interest",
        r"default\s+interest|interest\s+(?:accrued\s+)?at\s+the\s+default\s+rate",
    ),
    ("interest", r"(?:(?:unpaid\s+)?accrued\s+(?:and\s+unpaid\s+)?)?interest"),
    ("principal", r"(?:outstanding\s+|unpaid\s+)?principal"),
)


def waterfall(c: Collector) -> None:
    """The order in which a payment is applied, as written after "applied first to"."""
    for start in re.finditer(r"\bapplied\s+first\s+to\b|\bfirst\s+to\s+(?=\S)", c.text, I):
        _, right = sentence_bounds(c.text, start.start(), start.end())
        hits: list[tuple[int, int, str]] = []
        for name, pattern in BUCKETS:
            for m in re.finditer(rf"\b(?:{pattern})\b", c.text[start.start() : right], I):
                hits.append((start.start() + m.start(), start.start() + m.end(), name))
        order: list[str] = []
        taken: list[tuple[int, int]] = []
        last = start.end()
        for begin, end, name in sorted(hits, key=lambda h: (h[0], -h[1])):
            if any(begin < b and end > a for a, b in taken):
                continue
            taken.append((begin, end))
            if name not in order:
                order.append(name)
                last = end
        if len(order) >= 2:
            scope = (
                "prepayments"
                if re.search(r"prepayment", c.text[start.start() - 60 : start.start()], I)
                else "payments"
            )
            unnamed = [name for name, _ in BUCKETS if name not in order]
            also = (
                f"; not named: {', '.join(unnamed)} (a terms file lists every bucket: place them)"
                if unnamed
                else ""
            )
            c.add(
                "waterfall.order",
                tuple(order),
                c.source.span(start.start(), last),
                STATED,
                f"as written for {scope}{also}",
            )
            return


def place_of_payment(c: Collector) -> None:
    """Where payments are to be made."""
    match = c.search(rf"\bpayable\b[^.;]{{0,120}}?\bat\s+(?P<address>{ADDRESS})")
    if match:
        c.add_match(
            "place_of_payment", squash(match.group("address")), match, STATED, "", "address"
        )


def governing_law(c: Collector) -> None:
    """The law the document is governed by."""
    patterns = (
        rf"governed\s+by[^.;]{{0,120}}?laws\s+of\s+(?:the\s+(?:State|Commonwealth)\s+of\s+)?"
        rf"(?P<law>{JURISDICTION})",
        rf"governed\s+by\s+(?:the\s+)?(?P<law>{JURISDICTION})\s+law\b",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, c.text):
            c.add_match("governing_law", squash(match.group("law")), match, STATED, "", "law")


def agreements(c: Collector) -> None:
    """The Loan Agreement the note is issued under and the Security Agreement securing it."""
    # "between Borrower and Lender", "by and between Acme, Inc. and Bank" (capitalised words only,
    # so the reference ends before "and is secured by ..."), then an optional "dated <date>".
    word = r"[A-Z][\w&.']*"
    who = rf"(?:the\s+)?{word}(?:,?\s+{word})*"
    tail = (
        rf"(?:\s+(?:between|by\s+and\s+between|among)\s+{who},?\s+and\s+{who})?"
        rf"(?:,?\s+dated\s+(?:as\s+of\s+)?(?i:{DATE_PATTERN}))?"
    )
    loan = c.search(
        rf"(?:under|pursuant\s+to)\s+(?:that\s+certain\s+|the\s+)?(?P<ref>(?:Loan|Credit)\s+Agreement{tail})",
        0,
    )
    if loan:
        c.add_match("loan_agreement", squash(loan.group("ref")), loan, STATED, "", "ref")
    security = c.search(
        rf"secured\s+by[^.;]{{0,160}}?(?:that\s+certain\s+|the\s+|a\s+)(?P<ref>Security\s+Agreement{tail})",
        0,
    )
    if security:
        c.add_match(
            "security_agreement", squash(security.group("ref")), security, STATED, "", "ref"
        )
        c.add_match("secured", True, security, STATED, "", "ref")
    unsecured = c.search(r"\b(?:is|are|shall\s+be)\s+unsecured\b")
    if unsecured:
        c.add_match("secured", False, unsecured, STATED, "absent security_agreement = unsecured")


def legends(c: Collector) -> None:
    """The securities (transfer) legend and the original issue discount legend."""
    for start, end in c.source.paragraphs():
        block = c.text[start:end]
        if re.search(r"not\s+been\s+registered\s+under\s+the\s+securities\s+act", block, I):
            # A Markdown rendering sets the legend in bold: the ** are not part of its words.
            marks = re.fullmatch(r"(\s*(?:\*\*|__)?)(.*?)((?:\*\*|__)?\s*)", block, re.DOTALL)
            if (
                marks
                and marks.group(1).strip()
                and marks.group(1).strip() == marks.group(3).strip()
            ):
                start, end = start + len(marks.group(1)), end - len(marks.group(3))
                block = c.text[start:end]
            c.add("transfer.legend", squash(block), c.source.span(start, end), STATED)
        if re.search(r"original\s+issue\s+discount", block, I):
            c.add(
                "oid_legend",
                True,
                c.source.span(start, end),
                STATED,
                "the holder may ask for the issue price, yield and OID",
            )
    restriction = c.search(
        r"may\s+not\s+be\s+(?:sold|transferred|assigned|offered)\b(?:[,\s]+(?:or\s+)?"
        r"(?:sold|offered\s+for\s+sale|pledged|hypothecated|transferred|assigned))*"
    )
    if restriction:
        c.add_match("transfer.restricted", True, restriction, STATED)
    free = c.search(r"\bfreely\s+(?:transferable|assignable)\b")
    if free:
        c.add_match("transfer.restricted", False, free, STATED)


#: How a note says which way a half goes, after "rounded to the nearest cent,".
HALVES = (
    (r"one-half\s+(?:cent|dollar)\s+rounded\s+up", "half-up"),
    (r"one-half\s+(?:cent|dollar)\s+rounded\s+down", "half-down"),
    (r"one-half\s+(?:cent|dollar)\s+rounded\s+to\s+the\s+(?:nearest\s+)?even", "half-even"),
)


def rounding(c: Collector) -> None:
    """The rounding rule, when the document states one."""
    match = c.search(
        r"rounded\s+(?P<way>up\s+|down\s+)?to\s+the\s+nearest\s+(?P<unit>cent|dollar)"
        r"(?:,\s+(?P<half>one-half\s+(?:cent|dollar)\s+rounded\s+"
        r"(?:up|down|to\s+the\s+(?:nearest\s+)?even)))?"
    )
    if match:
        quantum = "0.01" if match.group("unit").lower() == "cent" else "1"
        way = (match.group("way") or "").strip().lower()
        half = squash(match.group("half") or "")
        stated = next((mode for pattern, mode in HALVES if re.fullmatch(pattern, half, I)), None)
        mode = {"up": "up", "down": "down"}.get(way, stated or "half-up")
        confidence = STATED if way or stated else AMBIGUOUS
        note = (
            ""
            if way or stated
            else '"nearest" does not say how halves go; half-up is the usual reading'
        )
        c.add_match("rounding.quantum", quantum, match, STATED)
        c.add_match("rounding.mode", mode, match, confidence, note)


RULES = (
    parties,
    issue_date,
    currency,
    commitment,
    maturity,
    revolving,
    draw_period,
    prepayment,
    waterfall,
    place_of_payment,
    governing_law,
    agreements,
    legends,
    rounding,
)
