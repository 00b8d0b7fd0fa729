"""The standalone OID terms file (``promissory oid --terms FILE``): TOML in, :class:`OidTerms` out.

Keys are documented in ``docs/oid.md``.  The file is read with the note terms codec's own reader
(:mod:`promissory.codec.terms_toml`): an unknown or misspelt key is refused with the keys known
there, a decimal must be a string or an integer (a TOML float such as ``0.10`` is binary, not
decimal), a date a TOML date, a rate a fraction per annum below 1, a currency one promissory
knows.  Every error is a :class:`~promissory.errors.TermsError` naming the dotted key, the value
and the rule, so a typo never silently changes a tax figure.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from promissory.codec.terms_toml import _Reader, oid_choice
from promissory.codec.text import read_text_file
from promissory.core.money import MINOR_UNITS
from promissory.core.oid.accrual import ALLOWED_MONTHS, AccrualRule, ShortPeriod
from promissory.core.oid.instrument import DebtInstrument, ScheduledPayment, fixed_rate_instrument
from promissory.core.oid.issue_price import (
    IssuePrice,
    explicit_issue_price,
    issue_price_from_cash,
    issue_price_from_unit,
)
from promissory.core.oid.qsi import InterestPayable, InterestTerms, RateStep
from promissory.core.oid.terms_file import OidTerms
from promissory.errors import InvalidInput, TermsError

__all__ = ["load_instrument_toml", "load_oid_terms", "loads_oid_terms", "parse_oid_terms"]

TOP_KEYS = {
    "name", "currency", "issue_date", "maturity", "issue_price", "principal", "interest",
    "payments", "accrual",
}  # fmt: skip
ISSUE_PRICE_KEYS = {
    "amount", "cash_lent", "points", "unit_price", "note_fair_value", "warrant_fair_value",
}  # fmt: skip
INTEREST_KEYS = {"rate", "steps", "payment_months", "payable", "capitalised", "unconditional"}
STEP_KEYS = {"start", "rate"}
PAYMENT_KEYS = {"date", "amount", "qsi", "reason"}
ACCRUAL_KEYS = {"months", "yield_places", "rule", "short_period"}


def _table(r: _Reader, key: str, *, required: bool = False) -> Mapping[str, Any] | None:
    value = r.required(key) if required else r.raw(key)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TermsError(f"{r.prefix}{key}", value, f"must be a table [{r.prefix}{key}]")
    return value


def _day(r: _Reader, key: str) -> date:
    value = r.day(key, required=True)
    assert value is not None
    return value


def _amount(r: _Reader, key: str) -> Decimal:
    value = r.decimal(key, required=True)
    assert value is not None
    return value


def _int(r: _Reader, key: str, rule: str, ok: Any = None) -> int | None:
    value = r.raw(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or (ok is not None and not ok(value)):
        raise TermsError(f"{r.prefix}{key}", value, f"must be an integer: {rule}")
    return value


def _issue_price(table: Mapping[str, Any]) -> IssuePrice:
    r = _Reader(table, "issue_price.", ISSUE_PRICE_KEYS)
    if r.has("amount"):
        return explicit_issue_price(_amount(r, "amount"))
    if r.has("cash_lent"):
        points = r.decimal("points") or Decimal(0)
        return issue_price_from_cash(_amount(r, "cash_lent"), points=points)
    if r.has("unit_price"):
        return issue_price_from_unit(
            _amount(r, "unit_price"),
            note_fair_value=r.decimal("note_fair_value"),
            warrant_fair_value=r.decimal("warrant_fair_value"),
        )
    raise TermsError("issue_price", dict(table), "needs amount, cash_lent or unit_price")


def _interest(table: Mapping[str, Any], issue_date: date) -> InterestTerms:
    r = _Reader(table, "interest.", INTEREST_KEYS)
    steps_value = r.raw("steps")
    if steps_value is not None:
        if not isinstance(steps_value, list) or not steps_value:
            raise TermsError("interest.steps", steps_value, "must be a list of {start, rate}")
        steps = []
        for i, item in enumerate(steps_value):
            if not isinstance(item, Mapping):
                raise TermsError(f"interest.steps[{i}]", item, "must be a table {start, rate}")
            s = _Reader(item, f"interest.steps[{i}].", STEP_KEYS)
            rate = s.rate("rate", required=True)
            assert rate is not None
            steps.append(RateStep(_day(s, "start"), rate))
    else:
        rate = r.rate("rate", required=True)
        assert rate is not None
        steps = [RateStep(issue_date, rate)]
    payable_text = r.raw("payable") or InterestPayable.PERIODIC.value
    try:
        payable = InterestPayable(payable_text)
    except ValueError:
        raise TermsError(
            "interest.payable", payable_text, 'must be "periodic" or "at-maturity"'
        ) from None
    months = _int(r, "payment_months", "1, 2, 3, 4, 6 or 12", ALLOWED_MONTHS.__contains__)
    return InterestTerms(
        tuple(steps),
        payable=payable,
        payment_months=months or 6,
        capitalised=r.flag("capitalised", False),
        unconditional=r.flag("unconditional", True),
    )


def _payments(items: object) -> tuple[ScheduledPayment, ...]:
    if not isinstance(items, list) or not items:
        raise TermsError("payments", items, "must be a non-empty array of [[payments]] tables")
    result = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise TermsError(f"payments[{i}]", item, "must be a table")
        r = _Reader(item, f"payments[{i}].", PAYMENT_KEYS)
        qsi = r.flag("qsi", False)
        default = "qualified stated interest (as given)" if qsi else "part of the SRPM (as given)"
        reason = r.text("reason") or default
        result.append(ScheduledPayment(_day(r, "date"), _amount(r, "amount"), qsi, reason))
    return tuple(sorted(result, key=lambda pay: (pay.date, not pay.qsi)))


def parse_oid_terms(data: Mapping[str, Any]) -> OidTerms:
    """Validate the mapping of a terms file (see ``docs/oid.md`` for the keys)."""
    r = _Reader(data, "", TOP_KEYS)
    name = r.text("name") or "debt instrument"
    currency = r.raw("currency") or "USD"
    if currency not in MINOR_UNITS:
        raise TermsError(
            "currency",
            currency,
            f"must be an ISO 4217 code promissory knows ({', '.join(sorted(MINOR_UNITS))})",
        )
    issue_date, maturity = _day(r, "issue_date"), _day(r, "maturity")
    price_table = _table(r, "issue_price")
    if price_table is None:
        raise TermsError("issue_price", None, "is required (amount, cash_lent or unit_price)")
    price = _issue_price(price_table)
    instrument: DebtInstrument
    if r.has("payments"):
        if r.has("principal") or r.has("interest"):
            raise TermsError("payments", "...", "give either [[payments]] or principal/interest")
        payments = _payments(r.raw("payments"))
        reasons = tuple(dict.fromkeys(p.reason for p in payments if p.qsi))
        instrument = DebtInstrument(name, issue_date, price, maturity, payments, currency, reasons)
    else:
        interest_table = _table(r, "interest")
        interest = None if interest_table is None else _interest(interest_table, issue_date)
        instrument = fixed_rate_instrument(
            name=name,
            issue_date=issue_date,
            maturity=maturity,
            principal=_amount(r, "principal"),
            issue_price=price,
            interest=interest,
            currency=currency,
        )
    a = _Reader(_table(r, "accrual") or {}, "accrual.", ACCRUAL_KEYS)
    rule = oid_choice(a.raw("rule"), "accrual.rule", AccrualRule)
    short = oid_choice(a.raw("short_period"), "accrual.short_period", ShortPeriod)
    return OidTerms(
        instrument,
        _int(a, "months", "1, 2, 3, 4, 6 or 12", ALLOWED_MONTHS.__contains__),
        _int(a, "yield_places", "at least 2 (26 CFR 1.1272-1(b)(1)(i))", (2).__le__),
        AccrualRule(rule) if rule else AccrualRule.BACK_FROM_MATURITY,
        ShortPeriod(short) if short else ShortPeriod.SIMPLE,
    )


def loads_oid_terms(text: str, *, source: str = "terms file") -> OidTerms:
    """Parse the text of a terms file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InvalidInput(f"{source}: not valid TOML: {err}") from err
    return parse_oid_terms(data)


def load_oid_terms(path: str | Path) -> OidTerms:
    """Read and parse a terms file (missing, empty or not UTF-8: the text rule's plain errors)."""
    text = read_text_file(path, what="terms file")
    return loads_oid_terms(text, source=f"terms file {path}")


def load_instrument_toml(path: str | Path) -> DebtInstrument:
    """The debt instrument a terms file describes."""
    return load_oid_terms(path).instrument
