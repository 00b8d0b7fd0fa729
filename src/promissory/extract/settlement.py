"""Rules for a settlement letter: a loan paid off by assigning collateral plus cash.

The founding letter (March 31, 2002) states its figures in recitals of the form::

    ... in the principal amount of $17,533,226.80 and accrued and unpaid interest of
    $951,754.93 (the "Notes") ...
    ... in the principal amount of $17,500,000 and accrued and unpaid interest of
    $1,140,370.41 (the "Loan") ...
    ... agrees to pay to Berg $155,388.68 in immediately available funds ...

Which defined term is the *debt* and which the *asset* is read from what the letter does with
it: the debt is the one that is "paid in full" / "fully paid" (``the Loan``); the asset is the one
whose "right, title and interest" is assigned (``the Notes``).  The cash is the amount the
borrower "agrees to pay".  Then the balance is checked, exactly::

    loan principal + loan interest == notes principal + notes interest + cash
    17,500,000.00 + 1,140,370.41 == 17,533,226.80 + 951,754.93 + 155,388.68 == 18,640,370.41

A settlement that does not balance is reported with the difference (a warning), never adjusted.
"""

from __future__ import annotations

import re

from promissory.core.money import EXACT, to_decimal
from promissory.extract.amounts import money_value
from promissory.extract.collector import Collector
from promissory.extract.dates import DATE_PATTERN, real_date
from promissory.extract.records import CORROBORATED, STATED
from promissory.extract.span import Span

I = re.IGNORECASE  # noqa: E741 - a flag, used in every rule
FIGURE = r"\$\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?"
PAIR = re.compile(
    rf"principal\s+amount\s+of\s+(?P<principal>{FIGURE})\s+and\s+accrued\s+and\s+unpaid\s+"
    rf"interest\s+of\s+(?P<interest>{FIGURE})\s*\(\s*the\s+[\"“](?P<term>[^\"”]+)[\"”]\s*\)",
    I,
)


def _role_of(c: Collector, term: str) -> str | None:
    t = re.escape(term)
    debt = (
        rf"\bthe\s+{t}\s+is\s+fully\s+paid|\bpay\s+the\s+{t}\s+in\s+full"
        rf"|payment\s+in\s+full\s+of\s+the\s+{t}\b"
    )
    asset = rf"\bassign\w*\b[^.;]{{0,80}}?\binterest\s+(?:in\s+and\s+to\s+|in\s+)the\s+{t}\b"
    if re.search(debt, c.text, I):
        return "loan"
    if re.search(asset, c.text, I):
        return "notes"
    return None


def figures(c: Collector) -> None:
    """Principal and interest of the debt and of the assigned notes, and the cash paid."""
    for match in PAIR.finditer(c.text):
        role = _role_of(c, match.group("term"))
        if role is None:
            c.warn(
                f'settlement: cannot tell whether "{match.group("term")}" is the debt or the '
                f"asset ({c.source.match_span(match).where()})"
            )
            continue
        why = f'defined as "{match.group("term")}"'
        for part in ("principal", "interest"):
            value = money_value(match.group(part))
            c.add_match(f"settlement.{role}_{part}", value, match, STATED, why, part)
    cash = c.search(rf"agrees?\s+to\s+pay(?:\s+to\s+[A-Z][\w&.]*)?\s+(?P<cash>{FIGURE})", 0)
    if cash:
        c.add_match(
            "settlement.cash",
            money_value(cash.group("cash")),
            cash,
            STATED,
            "paid by the borrower with the assignment",
            "cash",
        )


def dates(c: Collector) -> None:
    """The effective date, and the date of the loan agreement being paid off."""
    effective = c.search(
        rf"(?:entered\s+into|made)\s+(?:effective|as\s+of)\s+(?:as\s+of\s+)?(?P<date>{DATE_PATTERN})"
    )
    if effective and (day := real_date(effective)) is not None:
        c.add_match("settlement.effective_date", day, effective, STATED, "", "date")
    agreement = c.search(
        rf"Loan\s+Agreement\b[^.;]{{0,120}}?\bdated\s+(?:as\s+of\s+)?(?P<date>{DATE_PATTERN})"
    )
    if agreement and (day := real_date(agreement)) is not None:
        c.add_match("settlement.loan_agreement_date", day, agreement, STATED, "", "date")


def outcomes(c: Collector) -> None:
    """What the letter does: loan paid in full, agreement terminated, security released."""
    said = (
        ("settlement.paid_in_full", r"is\s+fully\s+paid\s+and\s+discharged|paid\s+in\s+full"),
        ("settlement.loan_agreement_terminated", r"Loan\s+Agreement\s+is\s+hereby\s+terminated"),
        (
            "settlement.security_released",
            r"security\s+interest\b[^.]{0,200}?\bis\s+hereby\s+"
            r"(?:extinguished|released|terminated)",
        ),
    )
    for field, pattern in said:
        match = c.search(pattern)
        if match:
            c.add_match(field, True, match, STATED)


def balance(c: Collector) -> None:
    """Check loan principal + interest == notes principal + interest + cash, to the cent."""
    parts = (
        "settlement.loan_principal",
        "settlement.loan_interest",
        "settlement.notes_principal",
        "settlement.notes_interest",
        "settlement.cash",
    )
    found = {f.field: f for f in c.candidates if f.field in parts}
    if len(found) != len(parts):
        absent = ", ".join(p for p in parts if p not in found)
        c.warn(f"settlement: cannot check the balance; not found: {absent}")
        return
    amount = {field: to_decimal(finding.value) for field, finding in found.items()}
    owed = EXACT.add(amount[parts[0]], amount[parts[1]])
    given = EXACT.add(EXACT.add(amount[parts[2]], amount[parts[3]]), amount[parts[4]])
    spans = [f.span for f in found.values()]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    span: Span = c.source.span(start, end)
    equation = (
        f"{found[parts[0]].value} + {found[parts[1]].value} = {owed}; "
        f"{found[parts[2]].value} + {found[parts[3]].value} + {found[parts[4]].value} = {given}"
    )
    if owed == given:
        c.add("settlement.balanced", True, span, CORROBORATED, f"balances to the cent: {equation}")
    else:
        difference = EXACT.subtract(owed, given)
        c.add(
            "settlement.balanced",
            False,
            span,
            CORROBORATED,
            f"does not balance by {difference}: {equation}",
        )
        c.warn(f"settlement does not balance: owed {owed}, given {given}, difference {difference}")


RULES = (figures, dates, outcomes, balance)
