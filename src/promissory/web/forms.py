"""The record forms: one per event kind, read exactly as the CLI reads its options.

Each :class:`Kind` lists its fields in the CLI's words (``promissory advance NOTE AMOUNT --date``);
:func:`read_form` turns what was typed into the event codec's mapping — the mapping the CLI's
command builds — or into one message per field, worded as the CLI words it (the value and the rule):
amounts by the one amount parser (:func:`promissory.codec.amounts.parse_amount`), dates as ISO
dates inside the range the book accepts (:func:`promissory.core.dates.check_date`).  The rules of
the note (an advance above the commitment, a payment of an undrawn note) are the facade's, so the
web app gets the same refusals from the same code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from promissory.codec.amounts import parse_amount
from promissory.core.dates import check_date
from promissory.errors import InvalidInput

FieldType = Literal["amount", "date", "text", "int", "bool", "choice"]


@dataclass(frozen=True, slots=True)
class Field:
    """One input: ``name`` is the codec's key; ``label`` the CLI's option in words."""

    name: str
    label: str
    type: FieldType
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Kind:
    """An event kind and its form; ``desk``: recorded by a desk of the facade (collateral, filings,
    transfers), as the CLI's ``collateral``, ``filing`` and ``transfer`` commands record it."""

    kind: str
    title: str
    help: str
    fields: tuple[Field, ...]
    desk: bool = False


_DATE = Field("effective_date", "date", "date", True, "Effective date (YYYY-MM-DD).")
_MEMO = Field("memo", "memo", "text", False, "Free text kept with the event.")

KINDS: dict[str, Kind] = {
    k.kind: k
    for k in (
        Kind("advance", "Advance", "A Loan drawn under the note.",
             (Field("amount", "amount", "amount", True), _DATE, _MEMO)),
        Kind("payment", "Payment", "Applied by the note's waterfall, less its escrow part.",
             (Field("amount", "amount", "amount", True), _DATE,
              Field("escrow", "escrow part", "amount", help="Taxes and insurance held in escrow, "
                    "not applied to the note (required on a note with [escrow]: 0 for none)."),
              _MEMO)),
        Kind("escrow_disbursement", "Escrow disbursement",
             "A tax or insurance bill paid out of the escrow balance (or the escrow returned).",
             (Field("amount", "amount", "amount", True), _DATE,
              Field("payee", "payee", "text", help="The tax office or insurer paid."),
              Field("description", "description", "text"),
              Field("to_borrower", "to borrower", "bool", help="Return the escrow to the borrower."),
              _MEMO)),
        Kind("default", "Event of Default", "The default margin accrues from its date.",
             (_DATE, Field("description", "description", "text"),
              Field("cure_period_days", "cure days", "int"), _MEMO)),
        Kind("cure", "Cure or waiver", "The cure (or waiver) of an Event of Default.",
             (_DATE, Field("waiver", "waiver", "bool", help="A waiver, not a cure."), _MEMO)),
        Kind("acceleration", "Acceleration",
             "Everything declared due now (needs a continuing Event of Default).", (_DATE, _MEMO)),
        Kind("reversal", "Reversal", "Reverse an earlier event; the original stays in the record.",
             (Field("target_seq", "event id", "int", True, "The Schedule A id of the event."),
              Field("reason", "reason", "text"),
              Field("effective_date", "date", "date", False, "Date of the correction (default today)."),
              _MEMO)),
        Kind("expense", "Lender Expense", "A Lender Expense charged to the note.",
             (Field("amount", "amount", "amount", True), _DATE,
              Field("description", "description", "text", True, "What the expense was for."),
              Field("invoice_ref", "invoice", "text", help="Invoice or evidence reference."),
              _MEMO)),
        Kind("rate_fixing", "Rate fixing", "An index fixing of a floating-rate note.",
             (Field("index", "index", "text", True, "The index, e.g. SOFR."),
              Field("rate", "rate", "amount", True, "The fixing, e.g. 0.0431."), _DATE, _MEMO)),
        Kind("amendment", "Amendment", "A written amendment of the terms, effective from its date.",
             (_DATE, Field("maturity", "maturity", "date"),
              Field("commitment", "commitment", "amount"),
              Field("rate", "rate", "amount", help="New fixed contract rate (0.08 = 8%)."),
              Field("draw_period_end", "draw period end", "date"),
              Field("default_margin", "default margin", "amount"),
              Field("max_rate", "max rate", "amount"),
              Field("description", "description", "text"), _MEMO)),
        Kind("pik_election", "PIK election", "A PIK toggle note: how one interest period's "
             "interest is paid, elected by the notice deadline of the terms.",
             (Field("period_start", "period start", "date", True,
                    "First day of the interest period (issue date or a capitalisation date)."),
              Field("election", "election", "choice", True,
                    "cash: at the cash rate; pik: at the PIK rate, capitalised.",
                    choices=("cash", "pik")),
              Field("effective_date", "date", "date", True, "Date the election is made."),
              _MEMO)),
        Kind("notation", "Notation", "A notation on Schedule A (moves no money).",
             (Field("text", "text", "text", True), _DATE, _MEMO)),
        Kind("opening_balance", "Opening balance", "A loan taken on from elsewhere by its balances.",
             (Field("effective_date", "date", "date", True, "Date of the balances."),
              Field("principal", "principal", "amount", True),
              Field("interest", "interest", "amount"),
              Field("default_interest", "default interest", "amount"),
              Field("expenses", "expenses", "amount"),
              Field("advanced", "advanced", "amount", help="Total drawn to date (default: principal)."),
              _MEMO)),
        Kind("pledge", "Pledge", "Pledge an asset to secure the note: a note in the book, or "
             "another asset with its value (promissory collateral pledge).",
             (Field("asset", "asset", "text", True, "A note id in the book, or any other asset."),
              _DATE,
              Field("asset_kind", "kind", "choice", help="Default: a note if the book has it.",
                    choices=("", "note", "other")),
              Field("value", "value", "amount", help="Value of another asset on the date."),
              Field("haircut", "haircut", "amount", help="Fraction not counted (0.25)."),
              Field("description", "description", "text"), _MEMO), desk=True),
        Kind("release", "Release of collateral", "Release the pledge of an asset (a release "
             "price, if any, is paid by a payment recorded that day first).",
             (Field("asset", "asset", "text", True), _DATE,
              Field("price", "release price", "amount",
                    help="Agreed release price (default: the terms' release_price)."),
              _MEMO), desk=True),
        Kind("valuation", "Valuation", "The value of a pledged asset that is not a note in the book.",
             (Field("asset", "asset", "text", True),
              Field("value", "value", "amount", True), _DATE,
              Field("source", "source", "text", help="Appraisal, quote, ...")), desk=True),
        Kind("ucc_filing", "Financing statement", "A financing statement (UCC-1) filed for the "
             "note; it lapses five years on.",
             (Field("filing_number", "filing number", "text", True),
              Field("jurisdiction", "jurisdiction", "text", True, "Where it is filed (e.g. California)."),
              Field("effective_date", "date", "date", True, "Filing date."),
              Field("collateral_description", "collateral", "text")), desk=True),
        Kind("ucc_continuation", "Continuation statement",
             "A continuation (only in the six months before the statement lapses).",
             (Field("filing_number", "filing number", "text", True), _DATE), desk=True),
        Kind("ucc_termination", "Termination statement", "The termination statement (UCC-3).",
             (Field("filing_number", "filing number", "text", True), _DATE,
              Field("mark_only", "mark only", "bool",
                    help="Mark for termination; the UCC-3 is not filed yet.")), desk=True),
        Kind("transfer", "Assignment", "Assign the note to a new holder.",
             (Field("to", "to", "text", True, "The new holder: a party id or a legal name."),
              _DATE,
              Field("basis", "basis", "choice", choices=("", "registration",
                                                         "opinion-of-counsel", "rule-144")),
              Field("assumes_obligations", "assumes obligations", "bool",
                    help="The assignee assumes the lender's obligations."), _MEMO), desk=True),
    )
}  # fmt: skip

#: Kinds whose zero-valued amounts the CLI sends even when not typed (its option defaults).
_ZERO_DEFAULTS = {
    "opening_balance": ("interest", "default_interest", "expenses"),
    "pledge": ("haircut",),
}


def kind_of(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise InvalidInput(
            f"event kind {name!r} is not one of {', '.join(sorted(KINDS))}"
        ) from None


def amount_value(text: str, what: str) -> Decimal:
    """An amount as the CLI reads one (``AMOUNT``): the one parser, typed text, not negative."""
    value = parse_amount(text, what=what, typed=True)
    if value < 0:
        raise InvalidInput(f"{what} {text} must be positive")
    return value


def date_value(text: str, what: str) -> date:
    """A date as the CLI reads one (``DATE``): ISO, inside the range the book accepts."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date in the form YYYY-MM-DD") from None
    check_date(day, what)
    return day


def _value(f: Field, text: str) -> Any:
    if f.type == "amount":
        return amount_value(text, f.label)
    if f.type == "date":
        return date_value(text, f.label)
    if f.type == "int":
        try:
            return int(text)
        except ValueError:
            raise InvalidInput(f"{f.label} {text!r} is not a whole number") from None
    if f.type == "choice" and text not in f.choices:
        raise InvalidInput(
            f"{f.label} {text!r} is not one of {', '.join(c for c in f.choices if c)}"
        )
    return text


def read_form(
    kind: Kind, form: Mapping[str, str], today: date
) -> tuple[dict[str, Any], dict[str, str]]:
    """The codec mapping the form means, and the errors by field name (empty when none)."""
    fields: dict[str, Any] = {"kind": kind.kind}
    errors: dict[str, str] = {}
    for f in kind.fields:
        if f.type == "bool":
            fields[f.name] = form.get(f.name) in ("on", "true", "1")
            continue
        text = form.get(f.name, "").strip()
        if not text:
            if f.required:
                errors[f.name] = f"missing {f.label}: it is required"
            elif f.name in _ZERO_DEFAULTS.get(kind.kind, ()):
                fields[f.name] = Decimal(0)
            elif f.type == "text" and f.name in (
                "memo",
                "description",
                "reason",
                "source",
                "collateral_description",
            ):
                fields[f.name] = ""
            continue
        try:
            fields[f.name] = _value(f, text)
        except InvalidInput as error:
            errors[f.name] = str(error)
    if kind.kind == "reversal" and "effective_date" not in fields and not errors:
        fields["effective_date"] = today  # as the CLI: the correction is dated today
    return fields, errors
