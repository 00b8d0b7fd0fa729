"""The two terms of the OID computation: the accrual-period rule and the short-period method.

Published figures (where the rule's grid coincides with the published periods, every rule and
method must give them): IRS Publication 1212 (2001) Example 16 — periods May 1 / Nov 1, first
OID $174.11, AIP $86,409.28, total $13,764.83; 26 CFR 1.1272-1(j) Example 1 — periods Jan 1 /
Jul 1, first OID $27,022.57, total $324,435.83.  No published example states figures for a
short period under the fractional exponent, so the short periods are hand-worked below from the
formulas themselves:

* simple (26 CFR 1.1272-1(j)): OID_short = IP × (i/k) × f, growth 1 + y·f;
* compound (IRS Publication 1212, "Figuring OID on Stripped Bonds and Coupons", yield formula 2 and
  daily OID formula 2): growth (1 + y)^f, so a zero-coupon note's yield per period is
  y = (SRPM / IP)^(1 / (f₁ + m + f₂)) − 1, and the short period's OID is IP × ((1 + y)^f − 1).
"""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from promissory.app.oid import terms_file_oid_document
from promissory.codec.oid_json import statement_to_dict
from promissory.core.money import RoundingPolicy
from promissory.core.oid.accrual import AccrualRule, ShortPeriod, oid_schedule
from promissory.core.oid.instrument import DebtInstrument, fixed_rate_instrument
from promissory.core.oid.issue_price import explicit_issue_price
from promissory.core.oid.statement import holder_statement, render_text

RULES = list(AccrualRule)
METHODS = list(ShortPeriod)
CTX = decimal.Context(prec=50)
CENTS = RoundingPolicy(Decimal("0.01"))


def _zero(issue: date, maturity: date, price: str = "80000.00") -> DebtInstrument:
    return fixed_rate_instrument(
        name="zero coupon",
        issue_date=issue,
        maturity=maturity,
        principal="100000.00",
        issue_price=explicit_issue_price(price),
        interest=None,
    )


def _power(base: Decimal, exponent: Fraction) -> Decimal:
    return CTX.power(base, CTX.divide(Decimal(exponent.numerator), Decimal(exponent.denominator)))


# -- the defaults keep today's figures ------------------------------------------------------------


def test_defaults_are_back_from_maturity_and_simple(coupon_bond: DebtInstrument) -> None:
    implicit = oid_schedule(coupon_bond)
    stated = oid_schedule(
        coupon_bond,
        accrual_rule=AccrualRule.BACK_FROM_MATURITY,
        short_period=ShortPeriod.SIMPLE,
    )
    assert implicit == stated
    assert implicit.accrual_rule is AccrualRule.BACK_FROM_MATURITY
    assert implicit.short_period is ShortPeriod.SIMPLE


def test_defaults_keep_a_short_first_period_unchanged() -> None:
    """A stub counted back from maturity (issued 2001-03-15, maturity 2004-05-01, 12 months):
    the first period 2001-03-15 → 2001-05-01 is 47/365 of a year, grown by simple interest."""
    schedule = oid_schedule(_zero(date(2001, 3, 15), date(2004, 5, 1)), accrual_months=12)
    first = schedule.periods[0]
    assert (first.start, first.end, first.length) == (
        date(2001, 3, 15), date(2001, 5, 1), Fraction(47, 365)
    )  # fmt: skip
    assert (
        first.oid_exact
        == Fraction(first.adjusted_issue_price) * schedule.accrual_rate * first.length
    )


# -- published figures under every rule and method whose grid is the published one -------------


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("rule", [AccrualRule.BACK_FROM_MATURITY, AccrualRule.FROM_ISSUE])
def test_pub1212_example_16(
    coupon_bond: DebtInstrument, rule: AccrualRule, method: ShortPeriod
) -> None:
    """Pub. 1212 Example 16 (issued May 1, periods May 1 / Nov 1: counted forward from issue they
    are the same periods, and none is short)."""
    schedule = oid_schedule(coupon_bond, accrual_months=6, accrual_rule=rule, short_period=method)
    assert schedule.yield_.describe(2) == "12.00% compounded semiannually"
    assert schedule.periods[0].oid == Decimal("174.11")
    assert schedule.periods[0].adjusted_issue_price_end == Decimal("86409.28")
    assert schedule.periods[1].daily_portion_shown(5) == Decimal("1.01967")
    assert schedule.total_oid == Decimal("13764.83")


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("rule", RULES)
def test_1272_example_1(
    zero_coupon: DebtInstrument, rule: AccrualRule, method: ShortPeriod
) -> None:
    """26 CFR 1.1272-1(j) Example 1 (issued July 1, 1994; Jan 1 / Jul 1 half-years are at once
    back from maturity, forward from issue and calendar half-years)."""
    schedule = oid_schedule(zero_coupon, accrual_months=6, accrual_rule=rule, short_period=method)
    assert schedule.yield_.describe(2) == "8.00% compounded semiannually"
    assert schedule.periods[0].oid == Decimal("27022.57")
    assert schedule.total_oid == Decimal("324435.83")
    assert len(schedule.periods) == 10


# -- hand-worked: a first short period followed by calendar years ---------------------------------

ISSUE, MATURITY = date(2001, 5, 1), date(2004, 5, 1)
# calendar years: [2001-05-01, 2002-01-01) is 245 days of the year ending 2002-01-01 (365 days);
# 2002 and 2003 are whole years; [2004-01-01, 2004-05-01) is 121 days of the year starting
# 2004-01-01 (366 days, a leap year)
F_FIRST, F_LAST = Fraction(245, 365), Fraction(121, 366)


def test_calendar_year_periods() -> None:
    schedule = oid_schedule(
        _zero(ISSUE, MATURITY), accrual_months=12, accrual_rule=AccrualRule.CALENDAR_YEAR
    )
    assert [(p.start, p.end) for p in schedule.periods] == [
        (date(2001, 5, 1), date(2002, 1, 1)),
        (date(2002, 1, 1), date(2003, 1, 1)),
        (date(2003, 1, 1), date(2004, 1, 1)),
        (date(2004, 1, 1), date(2004, 5, 1)),
    ]
    assert [p.length for p in schedule.periods] == [F_FIRST, 1, 1, F_LAST]
    assert schedule.yield_.periods_per_year == 1


def test_calendar_year_compound_is_the_fractional_exponent() -> None:
    """y = (100,000 / 80,000)^(1 / (245/365 + 2 + 121/366)) − 1; OID of the first period
    80,000 × ((1 + y)^(245/365) − 1); of 2002 AIP × y; the last takes the remainder."""
    schedule = oid_schedule(
        _zero(ISSUE, MATURITY),
        accrual_months=12,
        accrual_rule=AccrualRule.CALENDAR_YEAR,
        short_period=ShortPeriod.COMPOUND,
    )
    periods_total = F_FIRST + 2 + F_LAST
    y = CTX.subtract(_power(Decimal("1.25"), 1 / periods_total), 1)
    assert abs(schedule.yield_.per_period - y) < Decimal("1e-35")
    first = CENTS.round(Fraction(80000) * (Fraction(_power(CTX.add(1, y), F_FIRST)) - 1))
    assert schedule.periods[0].oid == first
    aip = Decimal(80000) + first
    second = CENTS.round(Fraction(aip) * Fraction(y))
    assert schedule.periods[1].oid == second
    third = CENTS.round(Fraction(aip + second) * Fraction(y))
    assert schedule.periods[2].oid == third
    assert schedule.periods[3].oid == Decimal(20000) - first - second - third
    # the remainder is within a cent or two of the formula's own last-period figure
    last = Fraction(aip + second + third) * (Fraction(_power(CTX.add(1, y), F_LAST)) - 1)
    assert abs(Fraction(schedule.periods[3].oid) - last) < Fraction(2, 100)
    assert schedule.total_oid == Decimal("20000.00")


def test_calendar_year_simple_is_r_times_f() -> None:
    """The same note under the regulation's simple short period: 80,000 × (1 + y·f₁)(1 + y)²
    (1 + y·f₂) = 100,000, and the first period's OID is 80,000 × y × 245/365."""
    schedule = oid_schedule(
        _zero(ISSUE, MATURITY),
        accrual_months=12,
        accrual_rule=AccrualRule.CALENDAR_YEAR,
        short_period=ShortPeriod.SIMPLE,
    )
    y = Fraction(schedule.yield_.per_period)
    value = 80000 * (1 + y * F_FIRST) * (1 + y) ** 2 * (1 + y * F_LAST)
    assert abs(value - 100000) < Fraction(1, 10**25)
    assert schedule.periods[0].oid == CENTS.round(Fraction(80000) * y * F_FIRST)
    compound = oid_schedule(
        _zero(ISSUE, MATURITY),
        accrual_months=12,
        accrual_rule=AccrualRule.CALENDAR_YEAR,
        short_period=ShortPeriod.COMPOUND,
    )
    assert compound.periods[0].oid != schedule.periods[0].oid  # the method is a real term


def test_from_issue_puts_the_short_period_last() -> None:
    """Issued 2001-03-15, maturity 2004-05-01, 12 months counted forward from issue: three whole
    years, then 2004-03-15 → 2004-05-01, 47 days of the year starting 2004-03-15 (365 days)."""
    schedule = oid_schedule(
        _zero(date(2001, 3, 15), MATURITY), accrual_months=12, accrual_rule=AccrualRule.FROM_ISSUE
    )
    assert [p.end for p in schedule.periods] == [
        date(2002, 3, 15), date(2003, 3, 15), date(2004, 3, 15), MATURITY
    ]  # fmt: skip
    assert [p.length for p in schedule.periods] == [1, 1, 1, Fraction(47, 365)]


def test_the_statement_states_both_terms() -> None:
    schedule = oid_schedule(
        _zero(ISSUE, MATURITY),
        accrual_months=12,
        accrual_rule=AccrualRule.CALENDAR_YEAR,
        short_period=ShortPeriod.COMPOUND,
    )
    statement = holder_statement(schedule)
    text = render_text(statement)
    assert "ending on calendar dates from January 1" in text
    assert "(1 + r)^f" in text
    data = statement_to_dict(statement)
    assert data["accrual_rule"] == "calendar_year"
    assert data["short_period"] == "compound"


def test_enums_are_required() -> None:
    with pytest.raises(TypeError, match="accrual_rule"):
        oid_schedule(_zero(ISSUE, MATURITY), accrual_rule="calendar_year")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_rendered_statement_states_both_terms(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "zero.toml"
    path.write_text(
        'name = "zero coupon"\nissue_date = 2001-05-01\nmaturity = 2004-05-01\n'
        'principal = "100000.00"\n[issue_price]\namount = "80000.00"\n'
        '[accrual]\nmonths = 12\nrule = "calendar_year"\nshort_period = "compound"\n',
        encoding="utf-8",
    )
    text = terms_file_oid_document(
        path, fmt, issuer="Issuer Corp.", statement_date=date(2002, 1, 31)
    ).text
    flat = " ".join(text.split())
    assert "periods of 12 months, ending on calendar dates from January 1" in flat
    assert "compound interest, (1 + r)^f − 1 (IRS Publication 1212)" in flat


def test_the_example_terms_file() -> None:
    """examples/oid/calendar-year-compound.toml: the hand-worked note above, as a terms file."""
    from promissory.codec.oid_terms_toml import load_oid_terms

    example = Path(__file__).resolve().parents[2] / "examples" / "oid"
    schedule = load_oid_terms(example / "calendar-year-compound.toml").schedule()
    assert schedule.yield_.percent(4) == Decimal("7.7168")
    assert [str(p.oid) for p in schedule.periods] == ["4092.99", "6489.32", "6990.09", "2427.60"]
