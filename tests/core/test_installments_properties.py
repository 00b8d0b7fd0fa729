"""Invariants of amortization tables over random notes (hypothesis).

* scheduled principal sums exactly to the principal, and the balance ends at exactly zero;
* the balance is never negative, and never rises unless negative amortization is allowed;
* each row's interest is the previous balance × the periodic rate, rounded under the note's policy
  (30/360, regular periods: a period is exactly 1/frequency of a year);
* every row but the last pays the installment (level), the principal step (fixed principal) or the
  interest only (the interest-only stretch);
* a custom table, whatever its amounts, repays exactly the principal (the last line absorbs);
* re-amortizing (or shortening the term) at any installment, from any balance, leaves a table
  that repays exactly that balance.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from promissory.core.calendar import Frequency, add_months
from promissory.core.installments import (
    AmortizationTable,
    CustomInstallment,
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
    amortization_table,
    reamortize,
)
from promissory.core.money import RoundingMode, RoundingPolicy

CENT = Decimal("0.01")

principals = st.integers(min_value=100_000, max_value=500_000_000).map(
    lambda cents: Decimal(cents).scaleb(-2)
)
rates = st.integers(min_value=0, max_value=2_000).map(lambda bp: Decimal(bp).scaleb(-4))
policies = st.sampled_from(
    [
        RoundingPolicy(),
        RoundingPolicy(CENT, RoundingMode.HALF_EVEN),
        RoundingPolicy(CENT, RoundingMode.UP),
        RoundingPolicy(CENT, RoundingMode.DOWN),
    ]
)


#: Conventions under which a regular period is exactly 1/frequency of a year.
REGULAR_DAY_COUNTS = ["30/360 US", "30/360 Bond Basis", "30E/360", "30E/360 ISDA", "ACT/ACT ICMA"]

Note = tuple[PaymentSchedule, date, str]


@st.composite
def notes(draw: st.DrawFn) -> Note:
    """A schedule whose first period is a regular one (start = one period before)."""
    kind = draw(
        st.sampled_from(
            [
                ScheduleKind.LEVEL,
                ScheduleKind.FIXED_PRINCIPAL,
                ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING,
            ]
        )
    )
    frequency = draw(st.sampled_from(list(Frequency)))
    payments = draw(st.integers(min_value=1, max_value=120 // frequency.months * 3))
    # Days up to the 27th: under 30/360 US a period ending on the last day of February is short
    # (the SIA February rule), so only these schedules have every period exactly regular.
    first = date(draw(st.integers(2000, 2040)), draw(st.integers(1, 12)), draw(st.integers(1, 27)))
    start = add_months(first, -frequency.months)
    io = None
    if kind is ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING:
        assume(payments > 1)
        io = draw(st.integers(min_value=0, max_value=payments - 1))
    amortizing = payments - (io or 0)
    term = draw(st.sampled_from([None, amortizing, amortizing * 2]))
    effect = draw(st.sampled_from(list(PrepaymentEffect)))
    schedule = PaymentSchedule(
        kind,
        first_payment=first,
        payments=payments,
        frequency=frequency,
        interest_only_payments=io,
        amortization_payments=term,
        prepayment_effect=effect,
    )
    day_count = draw(st.sampled_from(REGULAR_DAY_COUNTS))
    return schedule, start, day_count


def table_of(
    note: Note, principal: Decimal, rate: Decimal, policy: RoundingPolicy
) -> AmortizationTable:
    schedule, start, day_count = note
    return amortization_table(schedule, principal, rate, day_count, start=start, rounding=policy)


@settings(max_examples=200, deadline=None)
@given(notes(), principals, rates, policies)
def test_scheduled_principal_sums_exactly_to_the_principal(
    note: Note, principal: Decimal, rate: Decimal, policy: RoundingPolicy
) -> None:
    table = table_of(note, principal, rate, policy)
    assert sum(row.principal for row in table.rows) == principal
    assert table.rows[-1].balance == 0
    assert all(row.payment == row.interest + row.principal for row in table.rows)
    assert len(table.rows) <= note[0].payments


@settings(max_examples=200, deadline=None)
@given(notes(), principals, rates, policies)
def test_balance_is_never_negative_and_never_rises(
    note: Note, principal: Decimal, rate: Decimal, policy: RoundingPolicy
) -> None:
    table = table_of(note, principal, rate, policy)
    previous = principal
    for row in table.rows:
        assert row.balance >= 0
        assert row.principal >= 0
        assert row.balance <= previous
        previous = row.balance


@settings(max_examples=200, deadline=None)
@given(notes(), principals, rates, policies)
def test_each_rows_interest_is_the_previous_balance_times_the_periodic_rate(
    note: Note, principal: Decimal, rate: Decimal, policy: RoundingPolicy
) -> None:
    schedule, _, _ = note
    table = table_of(note, principal, rate, policy)
    per_period = Fraction(rate) / schedule.frequency.per_year
    previous = principal
    for row in table.rows:
        assert row.interest == policy.round(Fraction(previous) * per_period), row
        previous = row.balance


@settings(max_examples=200, deadline=None)
@given(notes(), principals, rates, policies)
def test_every_row_but_the_last_pays_what_the_kind_says(
    note: Note, principal: Decimal, rate: Decimal, policy: RoundingPolicy
) -> None:
    schedule, _, _ = note
    table = table_of(note, principal, rate, policy)
    interest_only = schedule.interest_only_count()
    for row in table.rows[:-1]:
        if row.number <= interest_only:
            assert row.principal == 0
        elif schedule.kind is ScheduleKind.FIXED_PRINCIPAL:
            assert row.principal == table.installment
        else:
            assert row.payment == table.installment
    if len(table.rows) == schedule.payments:
        assert table.rows[-1].scheduled_date == schedule.scheduled_dates()[-1]


@settings(max_examples=200, deadline=None)
@given(notes(), principals, rates, policies, st.data())
def test_reamortizing_at_any_installment_repays_the_remaining_balance_exactly(
    note: Note,
    principal: Decimal,
    rate: Decimal,
    policy: RoundingPolicy,
    data: st.DataObject,
) -> None:
    schedule, start, day_count = note
    table = table_of(note, principal, rate, policy)
    index = data.draw(st.integers(min_value=0, max_value=len(table.rows) - 1))
    opening = principal if index == 0 else table.rows[index - 1].balance
    assume(opening > CENT)
    prepaid = data.draw(
        st.integers(min_value=0, max_value=int(opening / CENT) - 1).map(lambda c: Decimal(c) * CENT)
    )
    balance = opening - prepaid
    after = reamortize(
        schedule,
        balance,
        index + 1,
        rate,
        day_count,
        start=start,
        installment=table.installment,
        rounding=policy,
    )
    assert sum(row.principal for row in after.rows) == balance
    assert after.rows[-1].balance == 0
    assert all(row.balance >= 0 for row in after.rows)
    assert after.rows[0].number == index + 1
    assert after.rows[-1].number <= schedule.payments
    if schedule.prepayment_effect is PrepaymentEffect.SHORTEN_TERM:
        assert after.installment == table.installment
        assert len(after.rows) <= len(table.rows) - index


@settings(max_examples=100, deadline=None)
@given(
    principals,
    rates,
    st.lists(st.integers(min_value=0, max_value=10_000_000), min_size=1, max_size=24),
    st.sampled_from(list(TableAmount)),
)
def test_a_custom_table_repays_exactly_the_principal(
    principal: Decimal, rate: Decimal, amounts: list[int], what: TableAmount
) -> None:
    first = date(2025, 2, 1)
    table = tuple(
        CustomInstallment(add_months(first, 3 * k), Decimal(cents).scaleb(-2))
        for k, cents in enumerate(amounts)
    )
    schedule = replace(
        PaymentSchedule.custom(table, amounts=what), allow_negative_amortization=True
    )
    result = amortization_table(schedule, principal, rate, "30/360 US", start=date(2025, 1, 1))
    assert sum(row.principal for row in result.rows) == principal
    assert result.rows[-1].balance == 0
