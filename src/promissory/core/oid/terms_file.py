"""The standalone OID terms file: check a bond from a prospectus without a book.

A small TOML file (keys documented in ``docs/oid.md``; examples in ``examples/oid/``) is parsed
here, once, into a :class:`DebtInstrument` and the accrual options.  Every field is validated with a
:class:`promissory.errors.TermsError` naming the key, the value and the rule; amounts and rates must
be strings or integers (a TOML float such as ``0.10`` is refused: it is binary, not decimal).

This is the codec for the terms file; it reads a path given to it and nothing else.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from promissory.core.money import to_decimal
from promissory.core.oid.accrual import OidSchedule, oid_schedule
from promissory.core.oid.instrument import DebtInstrument, ScheduledPayment, fixed_rate_instrument
from promissory.core.oid.issue_price import (
    IssuePrice,
    explicit_issue_price,
    issue_price_from_cash,
    issue_price_from_unit,
)
from promissory.core.oid.qsi import InterestPayable, InterestTerms, RateStep
from promissory.core.oid.statement import HolderStatement, holder_statement
from promissory.core.oid.tax_year import Acquisition
from promissory.errors import InvalidInput, TermsError


@dataclass(frozen=True, slots=True)
class OidTerms:
    """A parsed terms file: the instrument and the accrual options it asks for."""

    instrument: DebtInstrument
    accrual_months: int | None = None
    yield_places: int | None = None

    def schedule(self) -> OidSchedule:
        return oid_schedule(
            self.instrument, accrual_months=self.accrual_months, yield_places=self.yield_places
        )


def _table(data: Mapping[str, object], key: str) -> Mapping[str, object] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TermsError(key, value, "must be a table")
    return cast(Mapping[str, object], value)


def _date(data: Mapping[str, object], key: str, prefix: str = "") -> date:
    value = data.get(key)
    if not isinstance(value, date):
        raise TermsError(prefix + key, value, "must be a TOML date such as 2001-05-01")
    return value


def _amount(data: Mapping[str, object], key: str, prefix: str = "") -> object:
    value = data.get(key)
    try:
        to_decimal(value, what=prefix + key)
    except (TypeError, InvalidInput) as err:
        raise TermsError(
            prefix + key, value, 'must be a decimal string or integer, e.g. "86235.17"'
        ) from err
    return value


def _int(data: Mapping[str, object], key: str, prefix: str = "") -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TermsError(prefix + key, value, "must be an integer")
    return value


def _bool(data: Mapping[str, object], key: str, default: bool, prefix: str = "") -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise TermsError(prefix + key, value, "must be true or false")
    return value


def _issue_price(data: Mapping[str, object]) -> IssuePrice:
    table = _table(data, "issue_price")
    if table is None:
        raise TermsError("issue_price", None, "is required (amount, cash_lent or unit_price)")
    p = "issue_price."
    if "amount" in table:
        return explicit_issue_price(_amount(table, "amount", p))
    if "cash_lent" in table:
        points = _amount(table, "points", p) if "points" in table else 0
        return issue_price_from_cash(_amount(table, "cash_lent", p), points=points)
    if "unit_price" in table:
        note = _amount(table, "note_fair_value", p) if "note_fair_value" in table else None
        warrant = _amount(table, "warrant_fair_value", p) if "warrant_fair_value" in table else None
        return issue_price_from_unit(
            _amount(table, "unit_price", p), note_fair_value=note, warrant_fair_value=warrant
        )
    raise TermsError("issue_price", dict(table), "needs amount, cash_lent or unit_price")


def _interest(table: Mapping[str, object], issue_date: date) -> InterestTerms:
    p = "interest."
    steps_value = table.get("steps")
    if steps_value is not None:
        if not isinstance(steps_value, list) or not steps_value:
            raise TermsError("interest.steps", steps_value, "must be a list of {start, rate}")
        steps = []
        for i, item in enumerate(steps_value):
            if not isinstance(item, Mapping):
                raise TermsError(f"interest.steps[{i}]", item, "must be a table {start, rate}")
            entry = cast(Mapping[str, object], item)
            prefix = f"interest.steps[{i}]."
            rate = to_decimal(_amount(entry, "rate", prefix))
            steps.append(RateStep(_date(entry, "start", prefix), rate))
    else:
        steps = [RateStep(issue_date, to_decimal(_amount(table, "rate", p)))]
    payable_text = table.get("payable", InterestPayable.PERIODIC.value)
    try:
        payable = InterestPayable(payable_text)
    except ValueError:
        raise TermsError(
            "interest.payable", payable_text, 'must be "periodic" or "at-maturity"'
        ) from None
    return InterestTerms(
        tuple(steps),
        payable=payable,
        payment_months=_int(table, "payment_months", p) or 6,
        capitalised=_bool(table, "capitalised", False, p),
        unconditional=_bool(table, "unconditional", True, p),
    )


def _payments(items: object) -> tuple[ScheduledPayment, ...]:
    if not isinstance(items, list) or not items:
        raise TermsError("payments", items, "must be a non-empty array of [[payments]] tables")
    result = []
    for i, item in enumerate(items):
        prefix = f"payments[{i}]."
        if not isinstance(item, Mapping):
            raise TermsError(f"payments[{i}]", item, "must be a table")
        entry = cast(Mapping[str, object], item)
        qsi = _bool(entry, "qsi", False, prefix)
        default = "qualified stated interest (as given)" if qsi else "part of the SRPM (as given)"
        reason = entry.get("reason", default)
        if not isinstance(reason, str):
            raise TermsError(prefix + "reason", reason, "must be text")
        amount = to_decimal(_amount(entry, "amount", prefix))
        result.append(ScheduledPayment(_date(entry, "date", prefix), amount, qsi, reason))
    return tuple(sorted(result, key=lambda pay: (pay.date, not pay.qsi)))


def parse_oid_terms(data: Mapping[str, object]) -> OidTerms:
    """Parse the mapping of a terms file (see ``docs/oid.md`` for the keys)."""
    name = data.get("name", "debt instrument")
    if not isinstance(name, str):
        raise TermsError("name", name, "must be text")
    currency = data.get("currency", "USD")
    if not isinstance(currency, str):
        raise TermsError("currency", currency, "must be an ISO 4217 code")
    issue_date = _date(data, "issue_date")
    maturity = _date(data, "maturity")
    price = _issue_price(data)
    if "payments" in data:
        if "principal" in data or "interest" in data:
            raise TermsError("payments", "...", "give either [[payments]] or principal/interest")
        payments = _payments(data["payments"])
        reasons = tuple(dict.fromkeys(p.reason for p in payments if p.qsi))
        instrument = DebtInstrument(name, issue_date, price, maturity, payments, currency, reasons)
    else:
        interest_table = _table(data, "interest")
        interest = None if interest_table is None else _interest(interest_table, issue_date)
        instrument = fixed_rate_instrument(
            name=name,
            issue_date=issue_date,
            maturity=maturity,
            principal=to_decimal(_amount(data, "principal")),
            issue_price=price,
            interest=interest,
            currency=currency,
        )
    accrual = _table(data, "accrual") or {}
    return OidTerms(
        instrument,
        _int(accrual, "months", "accrual."),
        _int(accrual, "yield_places", "accrual."),
    )


def load_oid_terms(path: str | Path) -> OidTerms:
    """Read and parse a terms file."""
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise InvalidInput(f"terms file {path}: not valid TOML: {err}") from err
    except OSError as err:
        raise InvalidInput(f"terms file {path}: cannot be read: {err}") from err
    return parse_oid_terms(data)


def load_instrument_toml(path: str | Path) -> DebtInstrument:
    """The debt instrument a terms file describes."""
    return load_oid_terms(path).instrument


def statement_from_terms_file(
    path: str | Path, *, year: int | None = None, acquisition: Acquisition | None = None
) -> HolderStatement:
    """Terms file → schedule → holder statement, in one call (for ``promissory oid --terms``)."""
    return holder_statement(load_oid_terms(path).schedule(), year=year, acquisition=acquisition)
