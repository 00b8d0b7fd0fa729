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


def catalogue(document_kind: str) -> tuple[tuple[str, bool], ...]:
    """The fields looked for in a document of this kind."""
    return SETTLEMENT_FIELDS if document_kind == SETTLEMENT_LETTER else NOTE_FIELDS


def toml_value(value: object) -> object:
    """A finding's value as it is written in a terms file (Decimal → string, tuple → list)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [toml_value(v) for v in value]
    if isinstance(value, bool | str | int | dt.date):
        return value
    raise TypeError(f"cannot write {value!r} ({type(value).__name__}) into a terms file")


def proposed_terms(extraction: Extraction) -> dict[str, object]:
    """The found catalogue values nested as a terms file (no ``id``, nothing missing filled in)."""
    terms: dict[str, object] = {}
    for key, _required in catalogue(extraction.document_kind):
        finding = extraction.get(key)
        if finding is None:
            continue
        *tables, leaf = key.split(".")
        table = terms
        for name in tables:
            inner = table.setdefault(name, {})
            assert isinstance(inner, dict)
            table = inner
        table[leaf] = toml_value(finding.value)
    for role in ("borrower", "lender"):
        if role in terms:
            parties = terms.setdefault("parties", {})
            assert isinstance(parties, dict)
            details = parties.setdefault(role, {})
            parties[role] = {"name": terms[role], **details}
    return terms
