"""The terms file: TOML in, validated :class:`~promissory.core.terms.Terms` out, and back.

Every key is documented in ``docs/terms-format.md``.  Validation happens here, once (STYLE.md
rule 8): each error is a :class:`~promissory.errors.TermsError` naming the dotted key, the value
and the rule, e.g. ``terms: interest.rate = 0.08: write decimals as strings ("0.08") — a TOML float
cannot hold 0.08 exactly``.  Unknown keys are refused so a misspelt key never goes unnoticed.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import re
import tomllib
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import rtoml
import tomli_w

from promissory.codec.amounts import AmountError, parse_amount
from promissory.codec.text import check_text, read_text_file
from promissory.core.calendar import (
    BusinessDayConvention,
    business_day_convention,
    get_calendar,
)
from promissory.core.daycount import get_day_count
from promissory.core.installments import (
    CustomInstallment,
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
)
from promissory.core.installments.schedule import AmortizeFrom, Excess, RateChangeEffect
from promissory.core.money import (
    MINOR_UNITS,
    RoundingMode,
    RoundingPolicy,
    currency_quantum,
)
from promissory.core.oid.accrual import AccrualRule, ShortPeriod
from promissory.core.terms import (
    OPEN_MATURITY,
    Bucket,
    CollateralTerms,
    DefaultInterestBasis,
    DefaultTerms,
    EscrowTerms,
    FeeKind,
    FeeTerms,
    FloatingRate,
    Frequency,
    InArrears,
    InterestTerms,
    LateChargeTerms,
    OidPricing,
    Party,
    PikElection,
    PikTerms,
    PremiumStep,
    PrepaymentTerms,
    RateStep,
    Terms,
    TransferTerms,
    YieldMaintenance,
)
from promissory.errors import ConventionError, InvalidInput, TermsError

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

TOP_KEYS = {
    "id", "title", "borrower", "lender", "issue_date", "currency", "commitment", "revolving",
    "draw_period_end", "maturity", "governing_law", "place_of_payment", "loan_agreement",
    "security_agreement", "oid_legend", "interest", "prepayment", "waterfall", "rounding",
    "transfer", "parties", "collateral", "oid", "schedule", "late_charge", "default",
    "payable_on_demand", "demanded_on", "fees", "escrow",
}  # fmt: skip
FEE_KEYS = {"kind", "percent", "amount", "day_count", "billed", "withheld"}
#: the keys each kind of fee may give (besides ``kind``)
FEE_KIND_KEYS = {
    FeeKind.UNUSED_COMMITMENT: {"percent", "day_count", "billed"},
    FeeKind.ORIGINATION: {"percent", "amount", "withheld"},
    FeeKind.EXIT: {"percent"},
}
ESCROW_KEYS = {"deposit"}
LATE_CHARGE_KEYS = {"percent", "amount", "minimum", "maximum", "basis"}
DEFAULT_KEYS = {"applies_to", "post_maturity_margin"}
LATE_CHARGE_BASES = ("installment", "unpaid")
INTEREST_KEYS = {
    "rate", "day_count", "count_first_and_last_day", "default_margin", "max_rate", "steps",
    "floating", "compounding", "payable", "business_day_convention", "calendar", "pik",
}  # fmt: skip
PIK_KEYS = {"rate", "toggle", "election_notice_days", "default_election"}
PARTY_KEYS = {"name", "entity_type", "jurisdiction", "address"}
OID_KEYS = {"points", "accrual_months", "yield_places", "accrual_rule", "short_period", "unit"}
OID_UNIT_KEYS = {"note_fair_value", "warrant_fair_value", "warrant"}
OID_ACCRUAL_MONTHS = (1, 2, 3, 4, 6, 12)
SCHEDULE_KEYS = {
    "kind", "frequency", "first_payment", "payments", "amortization_payments",
    "interest_only_payments", "interest_only_until", "installment", "principal_installment",
    "day_of_month", "end_of_month", "business_day_convention", "calendar",
    "accrue_to_adjusted_dates", "rounding", "prepayment_effect", "allow_negative_amortization",
    "table", "table_amounts", "grace_days", "past_due_notice_days", "excess", "amortize_from",
    "rate_change",
}  # fmt: skip
#: Keys a custom schedule may not give: its dates, count and amounts are its [[schedule.table]].
SCHEDULE_NOT_CUSTOM = (
    "first_payment", "payments", "amortization_payments", "interest_only_payments",
    "interest_only_until", "installment", "principal_installment", "day_of_month", "end_of_month",
)  # fmt: skip


class _Reader:
    """Reads one table of the terms file, naming each key by its dotted path in errors."""

    def __init__(self, table: Mapping[str, Any], prefix: str, known: set[str]) -> None:
        self.table = table
        self.prefix = prefix
        unknown = sorted(set(table) - known)
        if unknown:
            key = unknown[0]
            raise TermsError(
                self._path(key),
                table[key],
                f"unknown key; known keys here: {', '.join(sorted(known))}",
            )

    def _path(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def has(self, key: str) -> bool:
        return key in self.table

    def raw(self, key: str) -> Any:
        return self.table.get(key)

    def required(self, key: str) -> Any:
        if key not in self.table:
            raise TermsError(self._path(key), None, "is required")
        return self.table[key]

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.required(key) if required else self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise TermsError(self._path(key), value, "must be a non-empty string")
        return value.strip()

    def flag(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise TermsError(self._path(key), value, "must be true or false")
        return value

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self.required(key) if required else self.table.get(key)
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TermsError(
                self._path(key), value, "must be a TOML date like 2001-10-05 (no quotes)"
            )
        return value

    def decimal(self, key: str, *, required: bool = False, rule: str = "") -> Decimal | None:
        value = self.required(key) if required else self.table.get(key)
        if value is None:
            return None
        return _decimal(self._path(key), value)

    def rate(self, key: str, *, required: bool = False) -> Decimal | None:
        raw = self.required(key) if required else self.table.get(key)
        if isinstance(raw, str) and raw.strip().endswith("%"):
            raise TermsError(self._path(key), raw, 'write a rate as a fraction: "0.08" for 8%')
        value = self.decimal(key, required=required)
        if value is not None and not Decimal(0) <= value < Decimal(1):
            raise TermsError(
                self._path(key),
                str(value),
                'must be a fraction per annum between 0 and 1 ("0.08" is 8%)',
            )
        return value


def _decimal(path: str, value: object) -> Decimal:
    if isinstance(value, float):
        raise TermsError(
            path,
            value,
            f'write decimals as strings ("{value}") — a TOML float cannot hold it exactly',
        )
    try:
        return parse_amount(value, what=path)
    except AmountError as error:
        raise TermsError(path, value, error.reason) from None
    except (InvalidInput, TypeError) as error:
        raise TermsError(path, value, 'must be a decimal string such as "20000000.00"') from error


def _frequency(path: str, value: object, none_word: str) -> Frequency | None:
    if value is None or value == none_word:
        return None
    options = [none_word] + [f.value for f in Frequency]
    if not isinstance(value, str) or value not in options:
        raise TermsError(path, value, f"must be one of {', '.join(options)}")
    return Frequency(value)


def _party(parties: Mapping[str, Any], role: str, name: str) -> Party:
    table = parties.get(role, {})
    if not isinstance(table, Mapping):
        raise TermsError(f"parties.{role}", table, "must be a table")
    r = _Reader(table, f"parties.{role}.", PARTY_KEYS)
    given = r.text("name")
    if given is not None and given != name:
        raise TermsError(f"parties.{role}.name", given, f"must match {role} = {name!r}")
    return Party(name, r.text("entity_type"), r.text("jurisdiction"), r.text("address"))


def _steps(value: object) -> tuple[RateStep, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TermsError("interest.steps", value, "must be an array of tables [[interest.steps]]")
    steps: list[RateStep] = []
    for i, item in enumerate(value):
        r = _Reader(item, f"interest.steps[{i}].", {"from", "rate"})
        start = r.day("from", required=True)
        rate = r.rate("rate", required=True)
        assert start is not None
        assert rate is not None
        if steps and start <= steps[-1].start:
            raise TermsError(
                f"interest.steps[{i}].from", start, "steps must be in increasing date order"
            )
        steps.append(RateStep(start, rate))
    return tuple(steps)


FLOATING_KEYS = {
    "index", "margin", "floor", "cap", "fixings", "reset", "reset_anchor", "lookback_days",
    "index_floor", "stale_after_days", "in_arrears",
}  # fmt: skip
IN_ARREARS_KEYS = {"lookback_days", "observation_shift", "rate_decimals", "calendar"}
#: Keys that only mean something with a reset schedule (``reset`` other than "daily").
RESET_ONLY = ("reset_anchor", "lookback_days", "stale_after_days")


def _days(r: _Reader, key: str, *, least: int) -> int | None:
    value = r.raw(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise TermsError(r._path(key), value, f"must be a whole number of days, at least {least}")
    return value


def _floating(value: object) -> FloatingRate | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TermsError("interest.floating", value, "must be a table [interest.floating]")
    r = _Reader(value, "interest.floating.", FLOATING_KEYS)
    index = r.text("index", required=True)
    margin = r.decimal("margin", required=True)
    assert index is not None
    assert margin is not None
    if not Decimal(-1) < margin < 1:
        raise TermsError("interest.floating.margin", str(margin), 'must be a fraction per annum '
                         'between -1 and 1 ("0.0125" is 1.25% over the index)')  # fmt: skip
    fixings = []
    for i, item in enumerate(r.raw("fixings") or []):
        fr = _Reader(item, f"interest.floating.fixings[{i}].", {"date", "rate"})
        day, rate = fr.day("date", required=True), fr.decimal("rate", required=True)
        assert day is not None
        assert rate is not None
        fixings.append((day, rate))
    floor, cap = r.decimal("floor"), r.decimal("cap")
    if floor is not None and cap is not None and floor > cap:
        raise TermsError("interest.floating.floor", str(floor), f"must not exceed the cap {cap}")
    reset = _frequency("interest.floating.reset", r.raw("reset"), "daily")
    if reset is None:
        for key in RESET_ONLY:
            if r.has(key):
                raise TermsError(f"interest.floating.{key}", r.raw(key), "needs a reset schedule:"
                                 ' set interest.floating.reset (e.g. "monthly")')  # fmt: skip
    return FloatingRate(
        index, margin, floor, cap, tuple(sorted(fixings)),
        reset=reset,
        reset_anchor=r.day("reset_anchor"),
        lookback_days=_days(r, "lookback_days", least=0) or 0,
        index_floor=r.decimal("index_floor"),
        stale_after_days=_days(r, "stale_after_days", least=1),
        in_arrears=_in_arrears(r, reset is not None),
    )  # fmt: skip


def _in_arrears(floating: _Reader, has_periods: bool) -> InArrears | None:
    """``[interest.floating.in_arrears]``: the index compounded in arrears over each reset
    period (core/compounded.py)."""
    value = floating.raw("in_arrears")
    if value is None:
        return None
    where = "interest.floating.in_arrears"
    if not isinstance(value, Mapping):
        raise TermsError(where, value, f"must be a table [{where}]")
    if not has_periods:
        raise TermsError(where, "{…}", 'needs interest periods: set interest.floating.reset '
                         '(e.g. "quarterly"); the rate is compounded over each of them')  # fmt: skip
    for key in ("lookback_days", "stale_after_days"):
        if floating.has(key):
            raise TermsError(f"interest.floating.{key}", floating.raw(key),
                             "does not apply to a rate compounded in arrears (it observes every "
                             f"business day): set {where}.lookback_days in business days")  # fmt: skip
    r = _Reader(value, f"{where}.", IN_ARREARS_KEYS)
    lookback = r.raw("lookback_days")
    if lookback is not None and (isinstance(lookback, bool) or not isinstance(lookback, int)
                                 or not 0 <= lookback <= 20):  # fmt: skip
        raise TermsError(f"{where}.lookback_days", lookback,
                         "must be a whole number of business days from 0 to 20")  # fmt: skip
    decimals = r.raw("rate_decimals")
    if decimals is not None and (isinstance(decimals, bool) or not isinstance(decimals, int)
                                 or not 0 <= decimals <= 12):  # fmt: skip
        raise TermsError(f"{where}.rate_decimals", decimals,
                         "must be a whole number of decimals of a percent from 0 to 12 "
                         "(ARRC and the New York Fed's SOFR Averages: 5)")  # fmt: skip
    calendar = r.text("calendar") or InArrears().calendar
    try:
        get_calendar(calendar)
    except InvalidInput as exc:
        raise TermsError(f"{where}.calendar", calendar, str(exc)) from None
    return InArrears(
        lookback_days=InArrears().lookback_days if lookback is None else lookback,
        observation_shift=r.flag("observation_shift", False),
        rate_decimals=InArrears().rate_decimals if decimals is None else decimals,
        calendar=calendar,
    )


def _interest(table: object, maturity: date) -> InterestTerms:
    if not isinstance(table, Mapping):
        raise TermsError("interest", table, "is required: a table [interest]")
    r = _Reader(table, "interest.", INTEREST_KEYS)
    steps = _steps(r.raw("steps"))
    floating = _floating(r.raw("floating"))
    rate = r.rate("rate", required=not steps and floating is None)
    day_count_name = r.raw("day_count") or "ACT/360"
    try:
        day_count = get_day_count(str(day_count_name)).name
    except ConventionError as error:
        raise TermsError("interest.day_count", day_count_name, str(error)) from None
    convention = r.raw("business_day_convention") or "unadjusted"
    try:
        BusinessDayConvention(convention)
    except ValueError:
        options = ", ".join(c.value for c in BusinessDayConvention)
        raise TermsError(
            "interest.business_day_convention", convention, f"must be one of {options}"
        ) from None
    calendar = r.raw("calendar") or "weekends"
    try:
        get_calendar(str(calendar))
    except InvalidInput as error:
        raise TermsError("interest.calendar", calendar, str(error)) from None
    default_margin = r.rate("default_margin") or Decimal(0)
    max_rate = r.rate("max_rate")
    if max_rate is not None and max_rate == 0:
        raise TermsError("interest.max_rate", "0", "a maximum lawful rate must be above zero")
    compounding = _frequency("interest.compounding", r.raw("compounding"), "simple")
    return InterestTerms(
        rate=rate,
        day_count=day_count,
        count_first_and_last_day=r.flag("count_first_and_last_day", False),
        default_margin=default_margin,
        max_rate=max_rate,
        steps=steps,
        floating=floating,
        compounding=compounding,
        payable=_frequency("interest.payable", r.raw("payable"), "maturity"),
        business_day_convention=convention,
        calendar=str(calendar),
        pik=_pik(r.raw("pik"), compounding),
    )


def _pik(value: object, compounding: Frequency | None) -> PikTerms | None:
    """``[interest.pik]``: a cash + PIK split, or a PIK toggle the borrower elects per period."""
    if value is None:
        return None
    where = "interest.pik"
    if not isinstance(value, Mapping):
        raise TermsError(where, value, f"must be a table [{where}]")
    if compounding is None:
        raise TermsError(where, "{…}", "PIK interest is capitalised on the capitalisation dates: "
                         'set interest.compounding (e.g. "quarterly"), which also sets the '
                         "interest periods")  # fmt: skip
    r = _Reader(value, f"{where}.", PIK_KEYS)
    rate = r.rate("rate", required=True)
    assert rate is not None
    if rate == 0:
        raise TermsError(f"{where}.rate", "0", "a PIK rate must be above zero (leave "
                         "[interest.pik] out for cash interest only)")  # fmt: skip
    toggle = r.flag("toggle", False)
    if not toggle:
        for key in ("election_notice_days", "default_election"):
            if r.has(key):
                raise TermsError(f"{where}.{key}", r.raw(key), "applies only to a PIK toggle "
                                 f"(set {where}.toggle = true)")  # fmt: skip
    notice = _days(r, "election_notice_days", least=0)
    election = r.raw("default_election")
    options = [e.value for e in PikElection]
    if election is not None and election not in options:
        raise TermsError(f"{where}.default_election", election,
                         f"must be one of {', '.join(options)}")  # fmt: skip
    return PikTerms(
        rate=rate,
        toggle=toggle,
        notice_days=notice or 0,
        default_election=PikElection(election or "cash"),
    )


PREPAYMENT_KEYS = {
    "allowed", "premium", "yield_maintenance", "lockout_until", "premium_on_acceleration",
    "minimum",
}  # fmt: skip


def _yield_maintenance(value: object) -> YieldMaintenance | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TermsError("prepayment.yield_maintenance", value,
                         "must be a table [prepayment.yield_maintenance]")  # fmt: skip
    r = _Reader(value, "prepayment.yield_maintenance.",
                {"index", "frequency", "spread", "minimum_percent"})  # fmt: skip
    index = r.text("index", required=True)
    assert index is not None
    frequency = _frequency("prepayment.yield_maintenance.frequency", r.raw("frequency"), "monthly")
    spread = r.decimal("spread") or Decimal(0)
    if spread < 0:
        raise TermsError("prepayment.yield_maintenance.spread", str(spread), "must not be negative")
    return YieldMaintenance(
        index=index,
        frequency=frequency or Frequency.MONTHLY,
        spread=spread,
        minimum_percent=r.rate("minimum_percent") or Decimal(0),
    )


def _prepayment(table: object, currency: str, issue_date: date) -> PrepaymentTerms:
    if table is None:
        return PrepaymentTerms()
    if not isinstance(table, Mapping):
        raise TermsError("prepayment", table, "must be a table [prepayment]")
    r = _Reader(table, "prepayment.", PREPAYMENT_KEYS)
    lockout = r.day("lockout_until")
    if lockout is not None and lockout <= issue_date:
        raise TermsError("prepayment.lockout_until", lockout, f"must be after the issue date "
                         f"{issue_date}: no prepayment is allowed before it")  # fmt: skip
    minimum = r.decimal("minimum")
    if minimum is not None:
        quantum = currency_quantum(currency)
        if minimum <= 0 or minimum != minimum.quantize(quantum):
            raise TermsError("prepayment.minimum", str(minimum), f"must be more than zero and no "
                             f"finer than {currency} allows ({quantum})")  # fmt: skip
    premium = r.raw("premium")
    steps: list[PremiumStep] = []
    if premium not in (None, "none"):
        if not isinstance(premium, list):
            raise TermsError(
                "prepayment.premium", premium, 'must be "none" or [[prepayment.premium]] tables'
            )
        for i, item in enumerate(premium):
            pr = _Reader(item, f"prepayment.premium[{i}].", {"until", "percent"})
            until, percent = pr.day("until", required=True), pr.rate("percent", required=True)
            assert until is not None
            assert percent is not None
            if steps and until <= steps[-1].until:
                raise TermsError(
                    f"prepayment.premium[{i}].until", until, "must be in increasing date order"
                )
            steps.append(PremiumStep(until, percent))
    ym = _yield_maintenance(r.raw("yield_maintenance"))
    if ym is not None and steps:
        raise TermsError("prepayment.yield_maintenance", ym.index, "a note states either a "
                         "step-down premium ([[prepayment.premium]]) or yield maintenance, not "
                         "both (a least premium is yield_maintenance.minimum_percent)")  # fmt: skip
    return PrepaymentTerms(
        allowed=r.flag("allowed", True),
        premium=tuple(steps),
        yield_maintenance=ym,
        lockout_until=lockout,
        minimum=minimum,
        premium_on_acceleration=r.flag("premium_on_acceleration", False),
    )


def _waterfall(table: object) -> tuple[Bucket, ...]:
    if table is None:
        return (Bucket.EXPENSES, Bucket.DEFAULT_INTEREST, Bucket.INTEREST, Bucket.PRINCIPAL)
    if not isinstance(table, Mapping):
        raise TermsError("waterfall", table, "must be a table [waterfall]")
    r = _Reader(table, "waterfall.", {"order"})
    order = r.required("order")
    optional = (Bucket.LATE_CHARGES.value, Bucket.FEES.value)
    names = [b.value for b in Bucket if b.value not in optional]
    given = sorted(str(x) for x in order if x not in optional) if isinstance(
        order, list) else None  # fmt: skip
    if (
        not isinstance(order, list)
        or given != sorted(names)
        or any(order.count(x) > 1 for x in optional)
    ):
        raise TermsError(
            "waterfall.order", order, f"must list each of {', '.join(names)} exactly once "
            f"(and may place {Bucket.LATE_CHARGES.value} and {Bucket.FEES.value} once each; left "
            "out, late_charges comes just before principal and fees just after expenses)"
        )  # fmt: skip
    return tuple(Bucket(name) for name in order)


def _late_charge(
    table: object, currency: str, schedule: PaymentSchedule | None
) -> LateChargeTerms | None:
    """The optional ``[late_charge]`` table (``docs/terms-format.md``)."""
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise TermsError("late_charge", table, "must be a table [late_charge]")
    r = _Reader(table, "late_charge.", LATE_CHARGE_KEYS)
    if schedule is None:
        raise TermsError("schedule", None, "is required by [late_charge]: a late charge is "
                         "charged on installments, and the note has no [schedule]")  # fmt: skip
    quantum = currency_quantum(currency)

    def money(key: str) -> Decimal | None:
        value = r.decimal(key)
        if value is not None and (value <= 0 or value != value.quantize(quantum)):
            raise TermsError(r._path(key), str(value), f"must be more than zero, no finer than "
                             f"{currency} allows ({quantum})")  # fmt: skip
        return value

    percent = r.decimal("percent")
    if percent is not None and not Decimal(0) < percent < Decimal(1):
        raise TermsError("late_charge.percent", str(percent),
                         'must be a fraction between 0 and 1 ("0.05" is 5% of the installment)')  # fmt: skip
    amount, minimum, maximum = money("amount"), money("minimum"), money("maximum")
    if (percent is None) == (amount is None):
        key, value = ("late_charge.amount", str(amount)) if amount is not None else (
            "late_charge.percent", None)  # fmt: skip
        raise TermsError(key, value, "give exactly one of late_charge.percent (of the "
                         "installment) and late_charge.amount (a fixed charge)")  # fmt: skip
    if minimum is not None and maximum is not None and minimum > maximum:
        raise TermsError("late_charge.minimum", str(minimum),
                         f"must not be more than late_charge.maximum ({maximum})")  # fmt: skip
    basis = r.raw("basis") or "installment"
    if basis not in LATE_CHARGE_BASES:
        raise TermsError(
            "late_charge.basis", basis, f"must be one of {', '.join(LATE_CHARGE_BASES)}"
        )
    if basis != "installment" and percent is None:
        raise TermsError("late_charge.basis", basis, "a fixed late charge (amount) has no basis; "
                         "basis says what a percent is of")  # fmt: skip
    return LateChargeTerms(percent, amount, minimum, maximum, str(basis))


def _fees(tables: object, currency: str, day_count: str) -> tuple[FeeTerms, ...]:
    """The optional ``[[fees]]`` tables (``docs/terms-format.md``; rules in ``core/fees.py``)."""
    if tables is None:
        return ()
    if not isinstance(tables, list) or not all(isinstance(t, Mapping) for t in tables):
        raise TermsError("fees", tables, "must be an array of tables [[fees]]")
    fees: list[FeeTerms] = []
    for i, table in enumerate(tables):
        where = f"fees[{i}]"
        r = _Reader(table, f"{where}.", FEE_KEYS)
        kind = _choice(f"{where}.kind", r.required("kind"), FeeKind, None)
        assert kind is not None
        if any(f.kind is kind for f in fees):
            raise TermsError(f"{where}.kind", kind.value, "a note states each kind of fee once")
        extra = sorted(set(table) - FEE_KIND_KEYS[kind] - {"kind"})
        if extra:
            raise TermsError(f"{where}.{extra[0]}", table[extra[0]], f"is not a key of an "
                             f"{kind.value} fee; its keys: kind, "
                             f"{', '.join(sorted(FEE_KIND_KEYS[kind]))}")  # fmt: skip
        percent = r.decimal("percent")
        if percent is not None and not Decimal(0) < percent < Decimal(1):
            raise TermsError(f"{where}.percent", str(percent),
                             'must be a fraction between 0 and 1 ("0.005" is 0.50%)')  # fmt: skip
        amount = r.decimal("amount")
        if amount is not None:
            quantum = currency_quantum(currency)
            if amount <= 0 or amount != amount.quantize(quantum):
                raise TermsError(f"{where}.amount", str(amount), f"must be more than zero, no "
                                 f"finer than {currency} allows ({quantum})")  # fmt: skip
        if kind is FeeKind.ORIGINATION and (percent is None) == (amount is None):
            raise TermsError(f"{where}.percent", None if percent is None else str(percent),
                             "give exactly one of percent (of the commitment) and amount "
                             "(a fixed fee)")  # fmt: skip
        if kind is not FeeKind.ORIGINATION and percent is None:
            raise TermsError(f"{where}.percent", None, "is required")
        fee_day_count = r.text("day_count")
        if fee_day_count is not None:
            try:
                fee_day_count = get_day_count(fee_day_count).name
            except ConventionError as error:
                raise TermsError(f"{where}.day_count", fee_day_count, str(error)) from None
        if (fee_day_count or day_count) == "ACT/ACT ICMA":
            raise TermsError(f"{where}.day_count", fee_day_count or day_count, "ACT/ACT ICMA "
                             "needs interest periods; state the fee's day count "
                             "(ACT/360, ACT/365F, ...)")  # fmt: skip
        billed = _frequency(f"{where}.billed", r.raw("billed") or "quarterly", "quarterly")
        fees.append(FeeTerms(kind, percent, amount, fee_day_count,
                             billed or Frequency.QUARTERLY, r.flag("withheld", False)))  # fmt: skip
    return tuple(fees)


def _escrow(table: object, currency: str) -> EscrowTerms | None:
    """The optional ``[escrow]`` table (``docs/terms-format.md``)."""
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise TermsError("escrow", table, "must be a table [escrow]")
    r = _Reader(table, "escrow.", ESCROW_KEYS)
    deposit = r.decimal("deposit", required=True)
    quantum = currency_quantum(currency)
    if deposit is None or deposit <= 0 or deposit != deposit.quantize(quantum):
        raise TermsError("escrow.deposit", str(deposit), "must be more than zero, no finer than "
                         f"{currency} allows ({quantum}): the escrow paid with each scheduled "
                         "payment")  # fmt: skip
    return EscrowTerms(deposit)


def _default(table: object, schedule: PaymentSchedule | None) -> DefaultTerms:
    """The optional ``[default]`` table (``docs/terms-format.md``)."""
    if table is None:
        return DefaultTerms()
    if not isinstance(table, Mapping):
        raise TermsError("default", table, "must be a table [default]")
    r = _Reader(table, "default.", DEFAULT_KEYS)
    applies_to = _choice("default.applies_to", r.raw("applies_to"), DefaultInterestBasis,
                         DefaultInterestBasis.BALANCE)  # fmt: skip
    if applies_to is DefaultInterestBasis.PAST_DUE and schedule is None:
        raise TermsError("default.applies_to", "past_due", "default interest on past-due "
                         "amounts needs installments: the note needs a [schedule]")  # fmt: skip
    margin = r.rate("post_maturity_margin")
    if margin is not None and margin == 0:
        raise TermsError("default.post_maturity_margin", "0", "must be above zero (leave it out "
                         "for the contract rate after maturity)")  # fmt: skip
    return DefaultTerms(applies_to, margin)


def _rounding(table: object, currency: str, key: str = "rounding") -> RoundingPolicy:
    if table is None:
        return RoundingPolicy(currency_quantum(currency))
    if not isinstance(table, Mapping):
        raise TermsError(key, table, f"must be a table [{key}]")
    r = _Reader(table, f"{key}.", {"quantum", "mode"})
    given = r.decimal("quantum")  # "0" is refused below, not taken for "not given"
    quantum = currency_quantum(currency) if given is None else given
    if quantum <= 0 or quantum != Decimal(1).scaleb(quantum.adjusted()):
        raise TermsError(f"{key}.quantum", str(quantum), 'must be a power of ten such as "0.01"')
    if quantum < currency_quantum(currency):
        raise TermsError(
            f"{key}.quantum",
            str(quantum),
            f"is finer than {currency} allows ({currency_quantum(currency)})",
        )
    mode = r.raw("mode") or "half-up"
    try:
        return RoundingPolicy(quantum, RoundingMode(mode))
    except ValueError:
        raise TermsError(
            f"{key}.mode", mode, f"must be one of {', '.join(m.value for m in RoundingMode)}"
        ) from None


def _collateral(table: object) -> CollateralTerms:
    if table is None:
        return CollateralTerms()
    if not isinstance(table, Mapping):
        raise TermsError("collateral", table, "must be a table [collateral]")
    r = _Reader(table, "collateral.", {"minimum_coverage", "lapse_warning_days", "advance_rate",
                                       "release_price"})  # fmt: skip
    minimum = r.decimal("minimum_coverage")
    if minimum is not None and minimum <= 0:
        raise TermsError("collateral.minimum_coverage", str(minimum), "must be above zero")
    days = r.raw("lapse_warning_days")
    if days is None:
        days = 180
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise TermsError("collateral.lapse_warning_days", days, "must be a whole number of days")
    raw_rate = r.raw("advance_rate")
    if isinstance(raw_rate, str) and raw_rate.strip().endswith("%"):
        raise TermsError("collateral.advance_rate", raw_rate,
                         'write the advance rate as a fraction: "0.75" for 75%')  # fmt: skip
    advance_rate = r.decimal("advance_rate")
    if advance_rate is not None and not Decimal(0) < advance_rate <= Decimal(1):
        raise TermsError("collateral.advance_rate", str(advance_rate),
                         'must be a fraction of the collateral value above 0 and at most 1 '
                         '("0.75" lends 75% of it)')  # fmt: skip
    release = r.decimal("release_price")
    if release is not None and advance_rate is None:
        raise TermsError("collateral.release_price", str(release),
                         "needs an advance_rate: the price is a multiple of the asset's allocated "
                         "loan amount, advance rate × its value after haircut")  # fmt: skip
    if release is not None and release < 1:
        raise TermsError("collateral.release_price", str(release),
                         'must be at least 1 ("1.10" is 110% of the allocated loan amount): a '
                         "lower price would let a release take more from the borrowing base than "
                         "it pays down")  # fmt: skip
    return CollateralTerms(minimum, days, advance_rate, release)


def _oid_int(r: _Reader, key: str, allowed: str, ok: Callable[[int], bool]) -> int | None:
    value = r.raw(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not ok(value):
        raise TermsError(f"oid.{key}", value, f"must be an integer: {allowed}")
    return value


def _oid(table: object) -> OidPricing | None:
    """The optional ``[oid]`` table: points, investment-unit fair values, accrual options."""
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise TermsError("oid", table, "must be a table [oid]")
    r = _Reader(table, "oid.", OID_KEYS)
    points = r.decimal("points") or Decimal(0)
    if not Decimal(0) <= points < Decimal(1):
        raise TermsError(
            "oid.points", str(points), 'must be a fraction of each advance, 0 ≤ points < 1 ("0.01")'
        )
    months = _oid_int(r, "accrual_months", "1, 2, 3, 4, 6 or 12", OID_ACCRUAL_MONTHS.__contains__)
    places = _oid_int(r, "yield_places", "at least 2 (26 CFR 1.1272-1(b)(1)(i))", (2).__le__)
    rule = oid_choice(r.raw("accrual_rule"), "oid.accrual_rule", AccrualRule)
    short = oid_choice(r.raw("short_period"), "oid.short_period", ShortPeriod)
    unit = r.raw("unit")
    if unit is None:
        return OidPricing(points, accrual_months=months, yield_places=places, accrual_rule=rule,
                          short_period=short)  # fmt: skip
    if not isinstance(unit, Mapping):
        raise TermsError("oid.unit", unit, "must be a table [oid.unit]")
    u = _Reader(unit, "oid.unit.", OID_UNIT_KEYS)
    for key in ("note_fair_value", "warrant_fair_value"):
        if not u.has(key):
            rule = "is required: an investment unit is allocated by both fair market values"
            raise TermsError(f"oid.unit.{key}", None, f"{rule} (26 CFR 1.1273-2(h))")
    note = u.decimal("note_fair_value", required=True)
    warrant = u.decimal("warrant_fair_value", required=True)
    assert note is not None
    assert warrant is not None
    if note <= 0:
        raise TermsError("oid.unit.note_fair_value", str(note), "must be positive")
    if warrant < 0:
        raise TermsError("oid.unit.warrant_fair_value", str(warrant), "must not be negative")
    return OidPricing(points, note, warrant, u.text("warrant"), months, places, rule, short)


def oid_choice(
    value: object, path: str, options: type[AccrualRule] | type[ShortPeriod]
) -> str | None:
    """An OID option named by one of an enum's values (None when not given)."""
    if value is None:
        return None
    known = [o.value for o in options]
    if not isinstance(value, str) or value not in known:
        raise TermsError(path, value, f"must be one of {', '.join(known)}")
    return value


def _oid_table(oid: OidPricing) -> dict[str, Any]:
    out: dict[str, Any] = {"points": str(oid.points)}
    if oid.accrual_months is not None:
        out["accrual_months"] = oid.accrual_months
    if oid.yield_places is not None:
        out["yield_places"] = oid.yield_places
    if oid.accrual_rule is not None:
        out["accrual_rule"] = oid.accrual_rule
    if oid.short_period is not None:
        out["short_period"] = oid.short_period
    if oid.note_fair_value is not None and oid.warrant_fair_value is not None:
        unit: dict[str, Any] = {
            "note_fair_value": str(oid.note_fair_value),
            "warrant_fair_value": str(oid.warrant_fair_value),
        }
        if oid.warrant is not None:
            unit["warrant"] = oid.warrant
        out["unit"] = unit
    return out


def _choice(path: str, value: object, options: type[Enum], default: Any) -> Any:
    """An enum member named by its value in the terms file (``default`` when not given)."""
    if value is None:
        return default
    known = [o.value for o in options]
    if not isinstance(value, str) or value not in known:
        raise TermsError(path, value, f"must be one of {', '.join(known)}")
    return options(value)


def _count(r: _Reader, key: str, *, least: int, rule: str) -> int | None:
    value = r.raw(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise TermsError(r._path(key), value, rule)
    return value


def _installment_amount(r: _Reader, key: str, currency: str) -> Decimal | None:
    amount = r.decimal(key)
    if amount is None:
        return None
    if amount <= 0:
        raise TermsError(r._path(key), str(amount), "an installment must be more than zero")
    quantum = currency_quantum(currency)
    if amount != amount.quantize(quantum):
        raise TermsError(r._path(key), str(amount), f"is finer than {currency} allows ({quantum})")
    return amount


def _custom_table(value: object, currency: str) -> tuple[CustomInstallment, ...]:
    if not isinstance(value, list) or not value:
        raise TermsError(
            "schedule.table",
            value,
            "a custom schedule lists its installments as [[schedule.table]]",
        )
    lines: list[CustomInstallment] = []
    quantum = currency_quantum(currency)
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise TermsError(f"schedule.table[{i}]", item, "must be a table [[schedule.table]]")
        tr = _Reader(item, f"schedule.table[{i}].", {"due_date", "amount"})
        due, amount = tr.day("due_date", required=True), tr.decimal("amount", required=True)
        assert due is not None
        assert amount is not None
        if lines and due <= lines[-1].due_date:
            raise TermsError(f"schedule.table[{i}].due_date", due,
                             f"must be after {lines[-1].due_date}: the dates increase")  # fmt: skip
        if amount < 0 or amount != amount.quantize(quantum):
            raise TermsError(f"schedule.table[{i}].amount", str(amount),
                             f"must be zero or more, no finer than {currency} allows ({quantum})")  # fmt: skip
        lines.append(CustomInstallment(due, amount))
    return tuple(lines)


def _schedule(
    table: object,
    *,
    issue_date: date,
    maturity: date | None,
    currency: str,
    interest: InterestTerms,
    draw_period_end: date | None = None,
) -> PaymentSchedule | None:
    """The optional ``[schedule]`` table: the note's installments (``docs/terms-format.md``).

    Checked against the note: the rate must be fixed, the first installment falls after the issue
    date, the last on ``maturity`` (None: not checked, for amended terms), and every amount is a
    whole number of the currency's minor unit.
    """
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise TermsError("schedule", table, "must be a table [schedule]")
    r = _Reader(table, "schedule.", SCHEDULE_KEYS)
    kind_name = r.required("kind")
    kind: ScheduleKind = _choice("schedule.kind", kind_name, ScheduleKind, None)
    if interest.rate is None or interest.steps or interest.floating is not None:
        raise TermsError("schedule.kind", kind_name, "installments need a fixed interest.rate "
                         "(a stepped or floating rate is not supported with [schedule] yet)")  # fmt: skip
    convention = r.raw("business_day_convention") or "unadjusted"
    try:
        convention = business_day_convention(str(convention)).value
    except InvalidInput as error:
        raise TermsError("schedule.business_day_convention", convention, str(error)) from None
    calendar = r.raw("calendar") or "weekends"
    try:
        get_calendar(str(calendar))
    except InvalidInput as error:
        raise TermsError("schedule.calendar", calendar, str(error)) from None
    common: dict[str, Any] = {
        "frequency": _choice(
            "schedule.frequency", r.raw("frequency"), Frequency, Frequency.MONTHLY
        ),
        "business_day_convention": convention,
        "calendar": str(calendar),
        "accrue_to_adjusted_dates": r.flag("accrue_to_adjusted_dates", False),
        "installment_rounding": None
        if r.raw("rounding") is None
        else _rounding(r.raw("rounding"), currency, "schedule.rounding"),
        "prepayment_effect": _choice(
            "schedule.prepayment_effect",
            r.raw("prepayment_effect"),
            PrepaymentEffect,
            PrepaymentEffect.SHORTEN_TERM,
        ),
        "allow_negative_amortization": r.flag("allow_negative_amortization", False),
        "grace_days": _count(
            r, "grace_days", least=0, rule="must be a whole number of days, 0 or more"
        )
        or 0,
        "past_due_notice_days": _count(
            r, "past_due_notice_days", least=1, rule="must be a whole number of days, 1 or more"
        ),
        "excess": _choice("schedule.excess", r.raw("excess"), Excess, Excess.PREPAY),
        "amortize_from": _choice(
            "schedule.amortize_from", r.raw("amortize_from"), AmortizeFrom, AmortizeFrom.ISSUE
        ),
        "rate_change": None
        if r.raw("rate_change") is None
        else _choice("schedule.rate_change", r.raw("rate_change"), RateChangeEffect, None),
    }
    notice = common["past_due_notice_days"]
    if notice is not None and notice <= common["grace_days"]:
        raise TermsError("schedule.past_due_notice_days", notice, f"must be more than "
                         f"schedule.grace_days ({common['grace_days']}): an installment within "
                         "its grace period is not past due")  # fmt: skip
    fixed = kind in (ScheduleKind.STATED_INSTALLMENT, ScheduleKind.CUSTOM)
    if fixed and common["rate_change"] is RateChangeEffect.REAMORTIZE:
        raise TermsError("schedule.rate_change", "reamortize", f"a {kind.value} schedule fixes "
                         "its amounts and states no amortization term; use keep-installment")  # fmt: skip
    converts = common["amortize_from"] is AmortizeFrom.CONVERSION
    if converts and kind is ScheduleKind.CUSTOM:
        raise TermsError("schedule.amortize_from", "conversion", "a custom schedule lists its "
                         "own amounts; installments computed at conversion need a level, "
                         "fixed_principal or interest_only_then_amortizing schedule")  # fmt: skip
    if converts and draw_period_end is None:
        raise TermsError("schedule.amortize_from", "conversion", "the note converts to a term "
                         "loan at the end of its draw period: give draw_period_end")  # fmt: skip
    if kind in (ScheduleKind.STATED_INSTALLMENT, ScheduleKind.CUSTOM) and (
        common["prepayment_effect"] is PrepaymentEffect.REAMORTIZE
    ):
        raise TermsError("schedule.prepayment_effect", "reamortize", f"a {kind.value} schedule "
                         "fixes its amounts and cannot be re-amortized; use shorten-term")  # fmt: skip
    if kind is ScheduleKind.CUSTOM:
        schedule = _custom_schedule(r, currency, common)
    else:
        schedule = _regular_schedule(r, kind, issue_date, currency, common)
    first = schedule.scheduled_dates()[0]
    if converts and draw_period_end is not None and first <= draw_period_end:
        raise TermsError("schedule.first_payment", first, f"must be after draw_period_end "
                         f"{draw_period_end}: the term loan's installments begin after its draw "
                         "period (interest only before)")  # fmt: skip
    if first <= issue_date:
        key = "schedule.table[0].due_date" if schedule.table else "schedule.first_payment"
        raise TermsError(key, first, f"must be after the issue date {issue_date}: an "
                         "installment cannot fall due on or before the day the loan is made")  # fmt: skip
    last = schedule.scheduled_dates()[-1]
    if maturity is not None and last != maturity:
        value: object = last if schedule.table else schedule.payments
        key = (
            f"schedule.table[{schedule.payments - 1}].due_date"
            if schedule.table
            else "schedule.payments"
        )
        raise TermsError(key, value, f"the last installment falls on {last}, not on maturity "
                         f"{maturity}: the last installment (before any business-day "
                         "adjustment) is due at maturity")  # fmt: skip
    return schedule


def _custom_schedule(r: _Reader, currency: str, common: dict[str, Any]) -> PaymentSchedule:
    for key in SCHEDULE_NOT_CUSTOM:
        if r.has(key):
            raise TermsError(r._path(key), r.raw(key), "a custom schedule takes its dates, count "
                             "and amounts from its [[schedule.table]]")  # fmt: skip
    lines = _custom_table(r.raw("table"), currency)
    amounts = _choice("schedule.table_amounts", r.raw("table_amounts"), TableAmount,
                      TableAmount.PAYMENT)  # fmt: skip
    return PaymentSchedule(ScheduleKind.CUSTOM, lines[0].due_date, len(lines), table=lines,
                           table_amounts=amounts, **common)  # fmt: skip


def _regular_schedule(
    r: _Reader, kind: ScheduleKind, issue_date: date, currency: str, common: dict[str, Any]
) -> PaymentSchedule:
    for key in ("table", "table_amounts"):
        if r.has(key):
            raise TermsError(r._path(key), r.raw(key), f"only a custom schedule has a table, "
                             f"not {kind.value}")  # fmt: skip
    first = r.day("first_payment", required=True)
    assert first is not None
    payments = _count(
        r, "payments", least=1, rule="must be a whole number of installments, 1 or more"
    )
    if payments is None:
        raise TermsError("schedule.payments", None, "is required: how many installments in all")
    installment = _installment_amount(r, "installment", currency)
    principal_installment = _installment_amount(r, "principal_installment", currency)
    if kind is ScheduleKind.STATED_INSTALLMENT and installment is None:
        raise TermsError("schedule.installment", None,
                         "is required: a stated_installment schedule states its installment")  # fmt: skip
    if kind is ScheduleKind.FIXED_PRINCIPAL and installment is not None:
        raise TermsError("schedule.installment", str(installment), "a fixed_principal schedule "
                         "states principal_installment; the interest is added to it")  # fmt: skip
    if kind is not ScheduleKind.FIXED_PRINCIPAL and principal_installment is not None:
        raise TermsError("schedule.principal_installment", str(principal_installment),
                         f"only a fixed_principal schedule states it, not {kind.value}")  # fmt: skip
    day = _count(r, "day_of_month", least=1, rule="must be a day of the month, 1 to 31")
    if day is not None and day > 31:
        raise TermsError("schedule.day_of_month", day, "must be a day of the month, 1 to 31")
    if day is not None and first.day != min(
        day, _stdlib_calendar.monthrange(first.year, first.month)[1]
    ):
        raise TermsError("schedule.day_of_month", day,
                         f"first_payment {first} does not fall on that day of its month")  # fmt: skip
    io_count = _count(r, "interest_only_payments", least=0,
                      rule="must be a whole number of installments, 0 or more")  # fmt: skip
    io_until = r.day("interest_only_until")
    io_kind = kind is ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING
    if not io_kind and (io_count is not None or io_until is not None):
        key = "interest_only_payments" if io_count is not None else "interest_only_until"
        raise TermsError(r._path(key), r.raw(key),
                         f"only an interest_only_then_amortizing schedule has it, not {kind.value}")  # fmt: skip
    if io_kind and (io_count is None) == (io_until is None):
        raise TermsError("schedule.interest_only_payments", io_count, "give exactly one of "
                         "interest_only_payments and interest_only_until")  # fmt: skip
    if io_until is not None and not issue_date < io_until:
        raise TermsError("schedule.interest_only_until", io_until,
                         f"must be after the issue date {issue_date}")  # fmt: skip
    term = _count(r, "amortization_payments", least=1,
                  rule="must be a whole number of installments, 1 or more")  # fmt: skip
    if term is not None and kind is ScheduleKind.STATED_INSTALLMENT:
        raise TermsError("schedule.amortization_payments", term,
                         "a stated_installment schedule has no amortization term")  # fmt: skip
    fields: dict[str, Any] = {
        "amortization_payments": term, "interest_only_payments": io_count,
        "interest_only_until": io_until, "installment": installment,
        "principal_installment": principal_installment, "day_of_month": day,
        "end_of_month": r.flag("end_of_month", True),
    }  # fmt: skip
    try:
        probe = PaymentSchedule(
            kind, first, payments, **{**common, **fields, "amortization_payments": None}
        )
    except InvalidInput as error:  # the interest-only stretch is too long
        key = "interest_only_payments" if io_count is not None else "interest_only_until"
        raise TermsError(r._path(key), r.raw(key), str(error)) from None
    amortizing = payments - probe.interest_only_count()
    if term is not None and term < amortizing:
        raise TermsError("schedule.amortization_payments", term, f"must cover the {amortizing} "
                         "amortizing installments at least (a longer term leaves a balloon)")  # fmt: skip
    return PaymentSchedule(kind, first, payments, **common, **fields)


def _schedule_table(schedule: PaymentSchedule) -> dict[str, Any]:
    """``[schedule]`` as the terms file writes it (what :func:`_schedule` reads back)."""
    out: dict[str, Any] = {"kind": schedule.kind.value, "frequency": schedule.frequency.value}
    if schedule.kind is ScheduleKind.CUSTOM:
        out["table_amounts"] = schedule.table_amounts.value
    else:
        out["first_payment"] = schedule.first_payment
        out["payments"] = schedule.payments
        for key in ("amortization_payments", "interest_only_payments", "interest_only_until",
                    "day_of_month"):  # fmt: skip
            if getattr(schedule, key) is not None:
                out[key] = getattr(schedule, key)
        for key in ("installment", "principal_installment"):
            if getattr(schedule, key) is not None:
                out[key] = str(getattr(schedule, key))
        out["end_of_month"] = schedule.end_of_month
    out["business_day_convention"] = schedule.business_day_convention
    out["calendar"] = schedule.calendar
    out["accrue_to_adjusted_dates"] = schedule.accrue_to_adjusted_dates
    out["prepayment_effect"] = schedule.prepayment_effect.value
    out["allow_negative_amortization"] = schedule.allow_negative_amortization
    if schedule.grace_days:  # written only when given: the text of other notes is unchanged
        out["grace_days"] = schedule.grace_days
    if schedule.past_due_notice_days is not None:
        out["past_due_notice_days"] = schedule.past_due_notice_days
    if schedule.excess is not Excess.PREPAY:  # likewise
        out["excess"] = schedule.excess.value
    if schedule.amortize_from is not AmortizeFrom.ISSUE:
        out["amortize_from"] = schedule.amortize_from.value
    if schedule.rate_change is not None:
        out["rate_change"] = schedule.rate_change.value
    if schedule.installment_rounding is not None:
        policy = schedule.installment_rounding
        out["rounding"] = {"quantum": str(policy.quantum), "mode": policy.mode.value}
    if schedule.table:
        out["table"] = [{"due_date": line.due_date, "amount": str(line.amount)}
                        for line in schedule.table]  # fmt: skip
    return out


def parse_terms(data: Mapping[str, Any], *, amended: bool = False) -> Terms:
    """Validate a parsed terms file and build its :class:`Terms`.

    ``amended``: these are the terms in force after amendments (a checkpoint's), not the note as
    written, so the schedule's last installment is not held to maturity: an amendment may have
    moved maturity and leaves the schedule's dates as they were.
    """
    r = _Reader(data, "", TOP_KEYS)
    note_id = r.text("id", required=True)
    assert note_id is not None
    if not ID_PATTERN.match(note_id):
        raise TermsError(
            "id",
            note_id,
            "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    borrower, lender = r.text("borrower", required=True), r.text("lender", required=True)
    assert borrower is not None
    assert lender is not None
    currency = r.raw("currency") or "USD"
    if currency not in MINOR_UNITS:
        raise TermsError(
            "currency",
            currency,
            f"must be an ISO 4217 code promissory knows ({', '.join(sorted(MINOR_UNITS))})",
        )
    issue_date = r.day("issue_date", required=True)
    on_demand = r.flag("payable_on_demand", False)
    if r.raw("maturity") == "demand" and not on_demand:
        on_demand = True
    if on_demand and r.raw("maturity") in (None, "demand"):
        maturity: date | None = OPEN_MATURITY
    else:
        if not r.has("maturity"):
            raise TermsError("maturity", None, "is required (or payable_on_demand = true)")
        maturity = r.day("maturity", required=True)
    assert issue_date is not None
    assert maturity is not None
    demanded_on = r.day("demanded_on")
    if demanded_on is not None and not on_demand:
        raise TermsError("demanded_on", demanded_on, "only a note payable on demand is demanded")
    if demanded_on is not None and demanded_on < issue_date:
        raise TermsError(
            "demanded_on", demanded_on, f"must not be before the issue date {issue_date}"
        )
    if maturity <= issue_date:
        raise TermsError("maturity", maturity, f"must be after the issue date {issue_date}")
    draw_end = r.day("draw_period_end")
    if draw_end is not None and not issue_date <= draw_end <= maturity:
        raise TermsError(
            "draw_period_end",
            draw_end,
            f"must fall between the issue date {issue_date} and maturity {maturity}",
        )
    commitment = r.decimal("commitment", required=True)
    assert commitment is not None
    if commitment <= 0:
        raise TermsError("commitment", str(commitment), "must be positive")
    if commitment != commitment.quantize(currency_quantum(currency)):
        raise TermsError(
            "commitment",
            str(commitment),
            f"is finer than {currency} allows ({currency_quantum(currency)})",
        )
    parties = r.raw("parties") or {}
    if not isinstance(parties, Mapping):
        raise TermsError("parties", parties, "must be a table")
    _Reader(parties, "parties.", {"borrower", "lender"})
    transfer_table = r.raw("transfer") or {}
    tr = _Reader(transfer_table, "transfer.", {"restricted", "legend"})
    collateral = _collateral(r.raw("collateral"))
    interest = _interest(r.raw("interest"), maturity)
    if maturity == OPEN_MATURITY:
        _open_demand(interest, r.raw("schedule"))
    schedule = _schedule(r.raw("schedule"), issue_date=issue_date,
                         maturity=None if amended else maturity, currency=currency,
                         interest=interest, draw_period_end=draw_end)  # fmt: skip
    prepayment = _prepayment(r.raw("prepayment"), currency, issue_date)
    ym = prepayment.yield_maintenance
    if ym is not None and interest.floating is not None:
        raise TermsError("prepayment.yield_maintenance", ym.index, "yield maintenance compares "
                         "a fixed rate with the treasury rate: a floating-rate note states a "
                         "step-down premium ([[prepayment.premium]]) instead")  # fmt: skip
    return Terms(
        id=note_id,
        title=r.text("title"),
        borrower=_party(parties, "borrower", borrower),
        lender=_party(parties, "lender", lender),
        issue_date=issue_date,
        currency=currency,
        commitment=commitment,
        revolving=r.flag("revolving", False),
        draw_period_end=draw_end,
        maturity=maturity,
        interest=interest,
        payable_on_demand=on_demand,
        demanded_on=demanded_on,
        prepayment=prepayment,
        waterfall=_waterfall(r.raw("waterfall")),
        rounding=_rounding(r.raw("rounding"), currency),
        governing_law=r.text("governing_law"),
        place_of_payment=r.text("place_of_payment"),
        loan_agreement=r.text("loan_agreement"),
        security_agreement=r.text("security_agreement"),
        transfer=TransferTerms(tr.flag("restricted", False), tr.text("legend")),
        collateral=collateral,
        oid_legend=r.flag("oid_legend", False),
        oid=_oid(r.raw("oid")),
        schedule=schedule,
        late_charge=_late_charge(r.raw("late_charge"), currency, schedule),
        default=_default(r.raw("default"), schedule),
        fees=_fees(r.raw("fees"), currency, interest.day_count),
        escrow=_escrow(r.raw("escrow"), currency),
    )


def _open_demand(interest: InterestTerms, schedule: object) -> None:
    """What a note payable on demand with no maturity cannot state yet: periods are laid out
    back from maturity, and it has none (state a maturity, "on demand or, if no demand is made,
    on …", to have them)."""
    what = (
        ("interest.payable", interest.payable.value if interest.payable else None),
        ("interest.compounding", interest.compounding.value if interest.compounding else None),
        (
            "interest.day_count",
            interest.day_count if interest.day_count == "ACT/ACT ICMA" else None,
        ),
        ("schedule", "[schedule]" if schedule is not None else None),
    )
    for key, given in what:
        if given is not None:
            raise TermsError(key, given, "a note payable on demand with no maturity has no "
                             "periods to lay out (they run back from maturity): state a maturity "
                             "(due on demand or, if none is made, then) or leave this out")  # fmt: skip


def loads_terms(text: str, *, amended: bool = False) -> Terms:
    """Parse terms from TOML text (``amended``: see :func:`parse_terms`)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        bom = " (it starts with a byte-order mark: save it as UTF-8 without one)" if (
            text.startswith("\ufeff")) else ""  # fmt: skip
        raise InvalidInput(f"terms file is not valid TOML{bom}: {error}") from None
    return parse_terms(data, amended=amended)


def loads_stored_terms(text: str, *, amended: bool = False) -> Terms:
    """Parse terms text promissory wrote itself (:func:`dumps_terms`: the book's, a checkpoint's).

    rtoml (a Rust TOML parser) reads such text about 13 times faster than ``tomllib`` (16 against
    209 µs on the seed note's terms), which onboarding and the book's reads pay once per note.
    Text rtoml refuses goes to :func:`loads_terms`, so a broken text is named by the same error
    whichever parser met it.  ``tests/codec/test_stored_terms.py`` checks both parsers give the
    same mapping for every terms file of the project and for the text of random terms.
    """
    try:
        data = rtoml.loads(text)
    except rtoml.TomlParsingError:
        return loads_terms(text, amended=amended)
    return parse_terms(data, amended=amended)


def loads_terms_alike(text: str) -> tuple[Terms, bool]:
    """:func:`loads_terms` (strict: ``tomllib``), and whether rtoml reads the text alike — what
    the book needs of terms text it will read with :func:`loads_stored_terms`.

    Text that is exactly what :func:`dumps_terms` writes for the terms rtoml reads from it (the
    text promissory stores for its notes, so every exported bundle's) is read alike without
    ``tomllib``: the codec's round trip (``loads_terms(dumps_terms(t)) == t``) means the strict
    reader gets the same terms from it (about half the cost: a bundle's notes each pay it).  Any
    other text is read by both parsers and alike means the same mapping."""
    try:
        terms = parse_terms(rtoml.loads(text))
        if dumps_terms(terms) == text:
            return terms, True
    except Exception:  # whatever it is, the strict reading below decides
        pass
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"terms file is not valid TOML: {error}") from None
    try:
        alike = rtoml.loads(text) == data
    except rtoml.TomlParsingError:
        alike = False
    return parse_terms(data), alike


def load_terms(path: str | Path) -> Terms:
    """Read and validate a terms file."""
    text = read_text_file(path, what="terms file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"terms file {str(path)!r} is not valid TOML: {error}") from None
    check_strings(data, what="terms")
    return parse_terms(data)


def check_strings(value: object, *, what: str) -> None:
    """Refuse control characters in every string of a parsed file (see :mod:`~.text`)."""
    if isinstance(value, str):
        check_text(value, what=what)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            check_strings(item, what=f"{what}.{key}" if what else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_strings(item, what=f"{what}[{i}]")


def _party_table(party: Party) -> dict[str, str]:
    out = {"name": party.name}
    for key in ("entity_type", "jurisdiction", "address"):
        value = getattr(party, key)
        if value is not None:
            out[key] = value
    return out


def terms_to_dict(terms: Terms) -> dict[str, Any]:
    """The terms as a terms-file mapping (decimals as strings), so ``parse_terms`` round-trips it."""
    i = terms.interest
    interest: dict[str, Any] = {
        "day_count": i.day_count,
        "count_first_and_last_day": i.count_first_and_last_day,
        "default_margin": str(i.default_margin),
        "compounding": i.compounding.value if i.compounding else "simple",
        "payable": i.payable.value if i.payable else "maturity",
        "business_day_convention": i.business_day_convention,
        "calendar": i.calendar,
    }
    if i.rate is not None:
        interest["rate"] = str(i.rate)
    if i.max_rate is not None:
        interest["max_rate"] = str(i.max_rate)
    if i.steps:
        interest["steps"] = [{"from": s.start, "rate": str(s.rate)} for s in i.steps]
    if i.floating is not None:
        f = i.floating
        floating: dict[str, Any] = {"index": f.index, "margin": str(f.margin)}
        if f.floor is not None:
            floating["floor"] = str(f.floor)
        if f.cap is not None:
            floating["cap"] = str(f.cap)
        if f.fixings:
            floating["fixings"] = [{"date": d, "rate": str(v)} for d, v in f.fixings]
        floating["reset"] = f.reset.value if f.reset else "daily"
        if f.reset_anchor is not None:
            floating["reset_anchor"] = f.reset_anchor
        if f.lookback_days:
            floating["lookback_days"] = f.lookback_days
        if f.index_floor is not None:
            floating["index_floor"] = str(f.index_floor)
        if f.stale_after_days is not None:
            floating["stale_after_days"] = f.stale_after_days
        if f.in_arrears is not None:
            a = f.in_arrears
            floating["in_arrears"] = {"lookback_days": a.lookback_days,
                                      "observation_shift": a.observation_shift,
                                      "rate_decimals": a.rate_decimals, "calendar": a.calendar}  # fmt: skip
        interest["floating"] = floating
    if i.pik is not None:
        pik: dict[str, Any] = {"rate": str(i.pik.rate)}
        if i.pik.toggle:
            pik.update(toggle=True, election_notice_days=i.pik.notice_days,
                       default_election=i.pik.default_election.value)  # fmt: skip
        interest["pik"] = pik
    out: dict[str, Any] = {
        "id": terms.id,
        "borrower": terms.borrower.name,
        "lender": terms.lender.name,
        "issue_date": terms.issue_date,
        "currency": terms.currency,
        "commitment": str(terms.commitment),
        "revolving": terms.revolving,
        "maturity": terms.maturity if terms.maturity != OPEN_MATURITY else "demand",
        "oid_legend": terms.oid_legend,
    }
    if terms.payable_on_demand:
        out["payable_on_demand"] = True
    if terms.demanded_on is not None:
        out["demanded_on"] = terms.demanded_on
    if terms.draw_period_end is not None:
        out["draw_period_end"] = terms.draw_period_end
    for key in (
        "title",
        "governing_law",
        "place_of_payment",
        "loan_agreement",
        "security_agreement",
    ):
        value = getattr(terms, key)
        if value is not None:
            out[key] = value
    out["parties"] = {
        "borrower": _party_table(terms.borrower),
        "lender": _party_table(terms.lender),
    }
    out["interest"] = interest
    pp = terms.prepayment
    premium: Any = [{"until": s.until, "percent": str(s.percent)} for s in pp.premium]
    out["prepayment"] = {"allowed": pp.allowed, "premium": premium or "none"}
    if pp.yield_maintenance is not None:
        ym = pp.yield_maintenance
        out["prepayment"]["yield_maintenance"] = {
            "index": ym.index, "frequency": ym.frequency.value, "spread": str(ym.spread),
            "minimum_percent": str(ym.minimum_percent),
        }  # fmt: skip
    if pp.lockout_until is not None:
        out["prepayment"]["lockout_until"] = pp.lockout_until
    if pp.premium_on_acceleration:
        out["prepayment"]["premium_on_acceleration"] = True
    if pp.minimum is not None:
        out["prepayment"]["minimum"] = str(pp.minimum)
    transfer: dict[str, Any] = {"restricted": terms.transfer.restricted}
    if terms.transfer.legend is not None:
        transfer["legend"] = terms.transfer.legend
    out["transfer"] = transfer
    if terms.collateral != CollateralTerms():
        collateral: dict[str, Any] = {"lapse_warning_days": terms.collateral.lapse_warning_days}
        if terms.collateral.minimum_coverage is not None:
            collateral["minimum_coverage"] = str(terms.collateral.minimum_coverage)
        if terms.collateral.advance_rate is not None:
            collateral["advance_rate"] = str(terms.collateral.advance_rate)
        if terms.collateral.release_price is not None:
            collateral["release_price"] = str(terms.collateral.release_price)
        out["collateral"] = collateral
    out["waterfall"] = {"order": [b.value for b in terms.waterfall]}
    out["rounding"] = {"quantum": str(terms.rounding.quantum), "mode": terms.rounding.mode.value}
    if terms.oid is not None:
        out["oid"] = _oid_table(terms.oid)
    if terms.schedule is not None:
        out["schedule"] = _schedule_table(terms.schedule)
    # written only when given: the text of every other note is unchanged
    if terms.late_charge is not None:
        lc = terms.late_charge
        late: dict[str, Any] = {"basis": lc.basis}
        for key in ("percent", "amount", "minimum", "maximum"):
            if getattr(lc, key) is not None:
                late[key] = str(getattr(lc, key))
        out["late_charge"] = late
    if terms.default != DefaultTerms():
        default: dict[str, Any] = {"applies_to": terms.default.applies_to.value}
        if terms.default.post_maturity_margin is not None:
            default["post_maturity_margin"] = str(terms.default.post_maturity_margin)
        out["default"] = default
    if terms.fees:
        out["fees"] = [_fee_table(f) for f in terms.fees]
    if terms.escrow is not None:
        out["escrow"] = {"deposit": str(terms.escrow.deposit)}
    return out


def _fee_table(fee: FeeTerms) -> dict[str, Any]:
    table: dict[str, Any] = {"kind": fee.kind.value}
    for key in ("percent", "amount", "day_count"):
        if getattr(fee, key) is not None:
            table[key] = str(getattr(fee, key))
    if fee.kind is FeeKind.UNUSED_COMMITMENT:
        table["billed"] = fee.billed.value
    if fee.kind is FeeKind.ORIGINATION:
        table["withheld"] = fee.withheld
    return table


def dumps_terms(terms: Terms) -> str:
    """The terms as TOML text (what the book stores, and what ``note show --toml`` prints)."""
    return tomli_w.dumps(terms_to_dict(terms))
