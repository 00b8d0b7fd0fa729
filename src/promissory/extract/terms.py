"""The fields an extraction looks for, by document kind, and the terms dictionary it proposes.

The catalogue fixes, for each kind of document, which dotted keys of the terms file the rules look
for and which of them a terms file *requires*.  A field of the catalogue that no rule found is
listed in :attr:`Extraction.missing`; the TOML draft shows a required one as a ``# MISSING:``
placeholder.  Findings outside the catalogue (``interest.reference``, ``secured``, …) are
informational: they are reported, and appear in the draft as comments, but never as keys.

:func:`proposed_terms` nests the found catalogue values into the shape of a terms file
(``{"interest": {"rate": "0.08"}}``), with amounts and rates as decimal strings, dates as
:class:`datetime.date` and lists for sequences — ready for ``tomli_w`` or ``tomllib``-level checks.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from promissory.core.calendar import add_months
from promissory.core.dates import EARLIEST, LATEST
from promissory.extract.kind import SETTLEMENT_LETTER
from promissory.extract.records import Extraction

#: (dotted key, required) for notes and loan agreements, in terms-file order.
NOTE_FIELDS: Final[tuple[tuple[str, bool], ...]] = (
    ("borrower", True),
    ("lender", True),
    ("issue_date", True),
    ("currency", True),
    ("commitment", True),
    ("revolving", True),
    ("draw_period_end", False),
    ("maturity", True),
    ("governing_law", True),
    ("place_of_payment", True),
    ("loan_agreement", False),
    ("security_agreement", False),
    ("oid_legend", True),
    ("parties.borrower.entity_type", False),
    ("parties.borrower.jurisdiction", False),
    ("parties.borrower.address", False),
    ("parties.lender.entity_type", False),
    ("parties.lender.jurisdiction", False),
    ("parties.lender.address", False),
    ("interest.rate", True),
    ("interest.day_count", True),
    ("interest.count_first_and_last_day", True),
    ("interest.default_margin", True),
    ("interest.max_rate", False),
    ("interest.compounding", True),
    ("interest.payable", True),
    ("prepayment.allowed", True),
    ("prepayment.premium", True),
    ("transfer.restricted", True),
    ("transfer.legend", False),
    ("waterfall.order", True),
    ("rounding.quantum", True),
    ("rounding.mode", True),
)

#: (dotted key, required) for settlement letters.
SETTLEMENT_FIELDS: Final[tuple[tuple[str, bool], ...]] = (
    ("borrower", True),
    ("lender", True),
    ("currency", True),
    ("governing_law", True),
    ("parties.borrower.entity_type", False),
    ("parties.borrower.jurisdiction", False),
    ("parties.lender.entity_type", False),
    ("parties.lender.jurisdiction", False),
    ("settlement.effective_date", True),
    ("settlement.loan_agreement_date", False),
    ("settlement.loan_principal", True),
    ("settlement.loan_interest", True),
    ("settlement.notes_principal", True),
    ("settlement.notes_interest", True),
    ("settlement.cash", True),
    ("settlement.balanced", True),
    ("settlement.paid_in_full", False),
    ("settlement.loan_agreement_terminated", False),
    ("settlement.security_released", False),
)


#: ``[interest.floating]``: read when the note names an index (written only then).
FLOATING_FIELDS: Final = (
    "interest.floating.index",
    "interest.floating.margin",
    "interest.floating.floor",
    "interest.floating.cap",
)
#: ``[schedule]``: the installments read (written as keys only when complete and consistent).
SCHEDULE_FIELDS: Final = (
    "schedule.frequency",
    "schedule.first_payment",
    "schedule.payments",
    "schedule.installment",
)
_MONTHS_APART: Final = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}


def floating_table(extraction: Extraction) -> dict[str, object] | None:
    """``[interest.floating]`` as read (index, and margin, floor and cap when stated), or ``None``
    when no index is named."""
    index = extraction.get("interest.floating.index")
    if index is None:
        return None
    table: dict[str, object] = {}
    for key in FLOATING_FIELDS:
        finding = extraction.get(key)
        if finding is not None:
            table[key.rsplit(".", 1)[-1]] = toml_value(finding.value)
    return table


def holdable(value: object) -> bool:
    """Whether a value read can stand in a terms file as it is: an old note's "April 20th, 1876"
    is what the note says (the extraction reports it), but a ledger holds dates from
    :data:`~promissory.core.dates.EARLIEST` on, so a draft leaves such a date as a placeholder
    with the date read beside it."""
    return not isinstance(value, dt.date) or EARLIEST <= value <= LATEST


def schedule_table(extraction: Extraction) -> tuple[dict[str, object] | None, str]:
    """``[schedule]`` when the installments read are complete and agree with the note — a stated
    installment, how often, the first date and how many, the last falling on the maturity, and a
    fixed rate — else ``None`` and why not."""
    found = {key.rsplit(".", 1)[-1]: extraction.get(key) for key in SCHEDULE_FIELDS}
    if not any(found.values()):
        return None, "no installments read"
    lacking = [f"schedule.{k}" for k, v in found.items() if v is None]
    if lacking:
        return None, f"not read: {', '.join(lacking)}"
    if extraction.get("interest.rate") is None:
        return None, "a [schedule] needs a fixed interest.rate"
    values = {k: v.value for k, v in found.items() if v is not None}
    maturity = extraction.get("maturity")
    first, count, frequency = values["first_payment"], values["payments"], values["frequency"]
    if not (isinstance(first, dt.date) and isinstance(count, int) and isinstance(frequency, str)):
        return None, "unreadable installment terms"
    if not all(holdable(v) for v in values.values()) or (
        maturity is not None and not holdable(maturity.value)
    ):
        return None, "a date read is before the dates a terms file holds"
    issued = extraction.get("issue_date")
    if issued is not None and isinstance(issued.value, dt.date) and first <= issued.value:
        # ("commencing June 1, 2007" in a note dated June 5, 2007: the note says both; a terms
        # file cannot hold an installment due before the loan is made)
        return None, f"the first installment, {first}, is not after the issue date {issued.value}"
    last = add_months(first, _MONTHS_APART.get(frequency, 1) * (count - 1))
    if maturity is None or maturity.value != last:
        return None, f"the last of {count} {frequency} installments from {first} falls on {last}, " \
            f"not on the maturity"  # fmt: skip
    table: dict[str, object] = {"kind": "stated_installment"}
    table.update({k: toml_value(v) for k, v in values.items()})
    return table, ""


def premium_steps(extraction: Extraction) -> object | None:
    """``prepayment.premium`` as a terms file writes it: ``"none"``, or a premium read as a
    fraction of the principal prepaid until the maturity (``[{until, percent}]``); ``None`` when a
    premium was read but the maturity was not (the reviewer must say until when)."""
    finding = extraction.get("prepayment.premium")
    if finding is None:
        return None
    if finding.value == "none":
        return "none"
    maturity = extraction.get("maturity")
    if maturity is None or not isinstance(maturity.value, dt.date):
        return None
    return [{"until": maturity.value, "percent": str(finding.value)}]


def catalogue(document_kind: str) -> tuple[tuple[str, bool], ...]:
    """The fields looked for in a document of this kind."""
    return SETTLEMENT_FIELDS if document_kind == SETTLEMENT_LETTER else NOTE_FIELDS


def toml_value(value: object) -> object:
    """A finding's value as it is written in a terms file (Decimal → string, tuple → list)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [toml_value(v) for v in value]
    if isinstance(value, list):
        return [toml_value(v) for v in value]
    if isinstance(value, dict):
        return {k: toml_value(v) for k, v in value.items()}
    if isinstance(value, bool | str | int | dt.date):
        return value
    raise TypeError(f"cannot write {value!r} ({type(value).__name__}) into a terms file")


def proposed_terms(extraction: Extraction) -> dict[str, object]:
    """The found catalogue values nested as a terms file (no ``id``, nothing missing filled in,
    no date a terms file cannot hold: see :func:`holdable`)."""
    terms: dict[str, object] = {}
    for key, _required in catalogue(extraction.document_kind):
        finding = extraction.get(key)
        if finding is None or not holdable(finding.value):
            continue
        *tables, leaf = key.split(".")
        table = terms
        for name in tables:
            inner = table.setdefault(name, {})
            assert isinstance(inner, dict)
            table = inner
        table[leaf] = toml_value(finding.value)
    prepayment = terms.get("prepayment")
    if isinstance(prepayment, dict) and "premium" in prepayment:
        steps = premium_steps(extraction)
        if steps is None:
            del prepayment["premium"]
        else:
            prepayment["premium"] = steps
    floating = floating_table(extraction)
    if floating is not None and "margin" in floating:
        interest = terms.setdefault("interest", {})
        assert isinstance(interest, dict)
        interest["floating"] = floating
    schedule, _ = schedule_table(extraction)
    if schedule is not None:
        terms["schedule"] = schedule
    for role in ("borrower", "lender"):
        if role in terms:
            parties = terms.setdefault("parties", {})
            assert isinstance(parties, dict)
            details = parties.setdefault(role, {})
            parties[role] = {"name": terms[role], **details}
    return terms
