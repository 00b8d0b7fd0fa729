"""The holder statement: what the note's legend promises — issue price, yield to maturity, OID.

A :class:`HolderStatement` is a plain record of text and Decimal amounts built from an
:class:`~promissory.core.oid.accrual.OidSchedule`; :func:`render_text` and :func:`render_json` print
it (amounts as decimal strings, never floats).  ``year`` narrows the yearly table to the one year a
Form 1099-OID reports; ``acquisition`` computes it for a later holder.  Several advances of one
multi-draw note are each their own issue; :func:`advances_total` adds their statements up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.money import EXACT, ZERO, money_text
from promissory.core.oid.accrual import OidSchedule
from promissory.core.oid.tax_year import (
    Acquisition,
    AcquisitionAnalysis,
    Holding,
    analyse_acquisition,
    holder_inclusions,
    issuer_deductions,
)


@dataclass(frozen=True, slots=True)
class PeriodLine:
    """One accrual period as printed: AIP, OID (cents), daily portion (5 decimals), AIP at end."""

    start: date
    end: date
    days: int
    adjusted_issue_price: Decimal
    qsi: Decimal
    oid: Decimal
    daily_portion: Decimal
    adjusted_issue_price_end: Decimal


@dataclass(frozen=True, slots=True)
class YearLine:
    """One calendar year: OID the holder includes and OID the issuer deducts (cents)."""

    year: int
    holder_oid: Decimal
    issuer_deduction: Decimal


@dataclass(frozen=True, slots=True)
class HolderStatement:
    """Everything a holder may ask for under the OID legend, for one issue (one advance)."""

    name: str
    currency: str
    issue_date: date
    maturity: date
    issue_price: Decimal
    issue_price_basis: str
    srpm: Decimal
    qsi_total: Decimal
    qsi_reasons: tuple[str, ...]
    de_minimis: bool
    de_minimis_reason: str
    total_oid: Decimal
    yield_percent: Decimal
    yield_compounding: str
    yield_full: Decimal
    yield_precision_digits: int
    yield_used: str
    accrual_months: int
    periods: tuple[PeriodLine, ...]
    years: tuple[YearLine, ...]
    acquisition: AcquisitionAnalysis | None
    rounding: str
    accrual_rule: str = "back_from_maturity"
    accrual_rule_words: str = "counted back from maturity"
    short_period: str = "simple"
    short_period_words: str = "simple interest, r × f (26 CFR 1.1272-1(j))"


def holder_statement(
    schedule: OidSchedule,
    *,
    year: int | None = None,
    acquisition: Acquisition | None = None,
    yield_places: int = 2,
    held: tuple[Holding, ...] | None = None,
) -> HolderStatement:
    """The statement for ``schedule``; ``year`` keeps only that calendar year's line; ``held``
    limits the holder's inclusions to its holdings (:func:`.tax_year.holder_inclusions`)."""
    instrument = schedule.instrument
    analysis = analyse_acquisition(schedule, acquisition) if acquisition else None
    holder = {y.year: y.amount for y in holder_inclusions(schedule, acquisition, held)}
    issuer = {y.year: y.amount for y in issuer_deductions(schedule)}
    years = tuple(
        YearLine(y, holder.get(y, ZERO), issuer.get(y, ZERO))
        for y in sorted(set(holder) | set(issuer))
        if year is None or y == year
    )
    if year is not None and not years:
        years = (YearLine(year, ZERO, ZERO),)
    cents = schedule.rounding
    periods = tuple(
        PeriodLine(
            p.start,
            p.end,
            p.days,
            p.adjusted_issue_price,
            cents.round(p.qsi),
            p.oid,
            p.daily_portion_shown(5),
            p.adjusted_issue_price_end,
        )
        for p in schedule.periods
    )
    solved = schedule.yield_
    if schedule.yield_places is None:
        used = f"accruals use the solved yield ({solved.precision_digits} significant digits)"
    else:
        used = f"accruals use the yield rounded to {schedule.yield_places} decimals of a percent"
    return HolderStatement(
        name=instrument.name,
        currency=instrument.currency,
        issue_date=instrument.issue_date,
        maturity=instrument.maturity,
        issue_price=instrument.issue_price.amount,
        issue_price_basis=instrument.issue_price.basis,
        srpm=instrument.srpm,
        qsi_total=instrument.qsi_total,
        qsi_reasons=instrument.qsi_reasons,
        de_minimis=schedule.de_minimis.is_de_minimis,
        de_minimis_reason=schedule.de_minimis.reason,
        total_oid=schedule.total_oid,
        yield_percent=solved.percent(yield_places),
        yield_compounding=solved.compounding,
        yield_full=EXACT.multiply(solved.annual, Decimal(100)),
        yield_precision_digits=solved.precision_digits,
        yield_used=used,
        accrual_months=schedule.accrual_months,
        periods=periods,
        years=years,
        acquisition=analysis,
        accrual_rule=schedule.accrual_rule.value,
        accrual_rule_words=schedule.accrual_rule.words,
        short_period=schedule.short_period.value,
        short_period_words=schedule.short_period.words,
        rounding=(
            f"OID per accrual period rounded to {cents.quantum} ({cents.mode.value}); the final "
            "period takes the remainder; daily portions shown to 5 decimals; yearly amounts are "
            "differences of cumulative amounts rounded to the cent"
        ),
    )


def render_text(statement: HolderStatement) -> str:
    """The statement as plain text, for a holder who asked for it."""
    s = statement
    lines = [
        f"Original issue discount statement: {s.name}",
        f"Issue date {s.issue_date}   maturity {s.maturity}   currency {s.currency}",
        "",
        f"Issue price                          {money_text(s.issue_price, s.currency):>16}",
        f"  {s.issue_price_basis}",
        f"Stated redemption price at maturity  {money_text(s.srpm, s.currency):>16}",
        f"Qualified stated interest (total)    {money_text(s.qsi_total, s.currency):>16}",
        *(f"  {reason}" for reason in s.qsi_reasons),
        f"Total OID                            {money_text(s.total_oid, s.currency):>16}",
        f"  {s.de_minimis_reason}",
        f"Yield to maturity                    {s.yield_percent}% compounded {s.yield_compounding}",
        f"  solved: {s.yield_full}% ({s.yield_precision_digits} significant digits per period); "
        f"{s.yield_used}",
        f"Accrual period                       {s.accrual_months} months, {s.accrual_rule_words}",
        f"Short accrual period                 {s.short_period_words}",
        f"Rounding: {s.rounding}",
    ]
    if s.acquisition is not None:
        lines += ["", f"Acquisition on {s.acquisition.acquisition.date}: {s.acquisition.reason}"]
    if s.periods:
        lines += [
            "",
            f"{'Period start':<12} {'end':<10} {'days':>4} {'AIP at start':>15} "
            f"{'QSI':>11} {'OID':>12} {'daily OID':>11} {'AIP at end':>15}",
        ]
        lines += [
            f"{p.start.isoformat():<12} {p.end.isoformat():<10} {p.days:>4} "
            f"{money_text(p.adjusted_issue_price, s.currency):>15} {money_text(p.qsi, s.currency):>11} {money_text(p.oid, s.currency):>12} "
            f"{p.daily_portion:>11} {money_text(p.adjusted_issue_price_end, s.currency):>15}"
            for p in s.periods
        ]
    lines += ["", f"{'Year':<6} {'holder OID (1099-OID)':>22} {'issuer deduction':>18}"]
    lines += [
        f"{y.year:<6} {money_text(y.holder_oid, s.currency):>22} {money_text(y.issuer_deduction, s.currency):>18}"
        for y in s.years
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class AdvancesTotal:
    """Several advances of one multi-draw note, each its own issue, added up.

    ``statements`` one per advance; ``issue_price`` and ``total_oid`` their sums; ``years`` the
    holder's and issuer's amounts per calendar year over all advances.
    """

    statements: tuple[HolderStatement, ...]
    issue_price: Decimal
    total_oid: Decimal
    years: tuple[YearLine, ...]


def advances_total(statements: tuple[HolderStatement, ...]) -> AdvancesTotal:
    """Add up the statements of the advances of one note (per advance and in total)."""
    holder: dict[int, Decimal] = {}
    issuer: dict[int, Decimal] = {}
    for statement in statements:
        for line in statement.years:
            holder[line.year] = EXACT.add(holder.get(line.year, ZERO), line.holder_oid)
            issuer[line.year] = EXACT.add(issuer.get(line.year, ZERO), line.issuer_deduction)
    years = tuple(YearLine(y, holder[y], issuer[y]) for y in sorted(holder))
    price = sum((s.issue_price for s in statements), ZERO)
    oid = sum((s.total_oid for s in statements), ZERO)
    return AdvancesTotal(statements, price, oid, years)
