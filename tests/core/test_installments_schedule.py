"""Payment-schedule terms: stated installments, custom tables, dates, rounding, prepayment, errors."""

from __future__ import annotations

import decimal
from dataclasses import replace
from datetime import date
from decimal import Decimal

import numpy_financial as npf  # test oracle only
import pytest

from promissory.core.calendar import Frequency
from promissory.core.installments import (
    CustomInstallment,
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
    amortization_table,
    explain_installment,
    level_payment,
    reamortize,
)
from promissory.core.money import RoundingMode, RoundingPolicy
from promissory.errors import ConventionError, InvalidInput

D = date.fromisoformat
M = Decimal
JAN_1 = D("2025-01-01")


def level(payments: int = 60, first: str = "2025-02-01", **kw: object) -> PaymentSchedule:
    return PaymentSchedule(ScheduleKind.LEVEL, first_payment=D(first), payments=payments, **kw)  # type: ignore[arg-type]


# --- stated installments -------------------------------------------------------------------------


def test_a_stated_installment_wins_over_the_computed_one() -> None:
    # The note, but the note itself says "$9,960.00 per month": its figure is the one due.
    table = amortization_table(
        level(installment=M("9960.00")), M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1
    )
    assert table.installment == M("9960.00")
    assert {row.payment for row in table.rows[:-1]} == {M("9960.00")}
    assert table.explanation.computed == M("9959.68")
    assert table.explanation.stated == M("9960.00")
    assert "the note states 9,960.00; it wins over the computed 9,959.68" in (
        table.explanation.remarks
    )
    assert table.total_principal == M("500000.00")
    assert table.final_payment < M("9960.00")  # 0.32 a month more than needed: the last is short


def test_stated_installment_kind_pays_the_figure_and_the_rest_at_maturity() -> None:
    # "$7,274.53 per month for 60 months, when all unpaid principal and interest is due."
    schedule = PaymentSchedule(
        ScheduleKind.STATED_INSTALLMENT,
        first_payment=D("2025-02-01"),
        payments=60,
        installment=M("7274.53"),
    )
    table = amortization_table(schedule, M("1000000.00"), M("0.07"), "30/360 US", start=JAN_1)
    assert table.rows[0].interest == M("5833.33")  # 1,000,000 × 0.07 / 12 = 5,833.333…
    assert table.rows[0].principal == M("1441.20")
    assert {row.payment for row in table.rows[:-1]} == {M("7274.53")}
    assert table.balloon == table.final_payment
    assert table.final_payment == table.rows[-2].balance + table.rows[-1].interest
    assert table.total_principal == M("1000000.00")
    # the balance left is numpy-financial's future value of the loan with that payment
    oracle = float(npf.fv(0.07 / 12, 59, 7274.53, -1_000_000))
    assert abs(table.rows[-2].balance - Decimal(repr(oracle))) < M("0.05")


def test_a_stated_installment_that_ends_the_loan_early_stops_the_table() -> None:
    table = amortization_table(
        level(payments=12, installment=M("5000.00")), M("20000.00"), M("0.06"), "30/360 US",
        start=JAN_1,
    )  # fmt: skip
    assert len(table.rows) == 5  # 4 × 5,000 less interest leaves ~400; the fifth pays it off
    assert table.rows[-1].balance == 0
    assert table.total_principal == M("20000.00")


# --- custom tables -------------------------------------------------------------------------------


def test_custom_table_of_principal_amounts_plus_accrued_interest() -> None:
    schedule = PaymentSchedule.custom(
        (
            CustomInstallment(D("2025-04-01"), M("10000.00")),
            CustomInstallment(D("2025-07-01"), M("10000.00")),
            CustomInstallment(D("2025-10-01"), M("10000.00")),
        ),
        amounts=TableAmount.PRINCIPAL,
    )
    table = amortization_table(schedule, M("30000.00"), M("0.06"), "30/360 US", start=JAN_1)
    # 6% for a 30/360 quarter is 1.5%: 450.00, 300.00, 150.00 on 30,000, 20,000, 10,000.
    assert [(r.payment, r.interest, r.principal, r.balance) for r in table.rows] == [
        (M("10450.00"), M("450.00"), M("10000.00"), M("20000.00")),
        (M("10300.00"), M("300.00"), M("10000.00"), M("10000.00")),
        (M("10150.00"), M("150.00"), M("10000.00"), M("0.00")),
    ]
    assert table.installment is None
    assert "nothing is computed" in table.explanation.formula


def test_custom_table_of_payments_the_last_absorbing_what_is_left() -> None:
    schedule = PaymentSchedule.custom(
        (
            CustomInstallment(D("2025-04-01"), M("10000.00")),
            CustomInstallment(D("2025-07-01"), M("10000.00")),
            CustomInstallment(D("2025-10-01"), M("10000.00")),
        )
    )
    table = amortization_table(schedule, M("30000.00"), M("0.06"), "30/360 US", start=JAN_1)
    # By hand: 450.00 interest, 9,550.00 principal, 20,450.00 left; 306.75, 9,693.25, 10,756.75;
    # last: 10,756.75 × 0.015 = 161.35125 → 161.35, so 10,918.10 is due, not 10,000.00.
    assert [(r.payment, r.interest, r.principal, r.balance) for r in table.rows] == [
        (M("10000.00"), M("450.00"), M("9550.00"), M("20450.00")),
        (M("10000.00"), M("306.75"), M("9693.25"), M("10756.75")),
        (M("10918.10"), M("161.35"), M("10756.75"), M("0.00")),
    ]


def test_custom_table_dates_must_increase() -> None:
    with pytest.raises(InvalidInput, match="must increase"):
        PaymentSchedule.custom(
            (
                CustomInstallment(D("2025-07-01"), M("1.00")),
                CustomInstallment(D("2025-04-01"), M("1.00")),
            )
        )


# --- dates ---------------------------------------------------------------------------------------


def test_end_of_month_rule_jan_31_feb_29_mar_31() -> None:
    schedule = level(payments=4, first="2024-01-31")
    assert schedule.scheduled_dates() == (
        D("2024-01-31"),
        D("2024-02-29"),
        D("2024-03-31"),  # counted from the first payment: does not drift to the 29th
        D("2024-04-30"),
    )
    assert level(payments=3, first="2025-01-31").scheduled_dates()[1] == D("2025-02-28")


def test_end_of_month_rule_keeps_a_month_end_first_payment_on_month_ends() -> None:
    on = level(payments=3, first="2025-02-28")
    off = level(payments=3, first="2025-02-28", end_of_month=False)
    assert on.scheduled_dates() == (D("2025-02-28"), D("2025-03-31"), D("2025-04-30"))
    assert off.scheduled_dates() == (D("2025-02-28"), D("2025-03-28"), D("2025-04-28"))


def test_day_of_month_pins_the_day() -> None:
    schedule = level(payments=3, first="2025-02-28", day_of_month=30, end_of_month=False)
    assert schedule.scheduled_dates() == (D("2025-02-28"), D("2025-03-30"), D("2025-04-30"))
    with pytest.raises(InvalidInput, match="does not fall on day_of_month 15"):
        level(first="2025-02-01", day_of_month=15)
    with pytest.raises(InvalidInput, match="day_of_month = 32"):
        level(first="2025-02-01", day_of_month=32)


def test_quarterly_semiannual_and_annual_dates() -> None:
    for frequency, second in (
        (Frequency.QUARTERLY, "2025-06-30"),
        (Frequency.SEMIANNUAL, "2025-09-30"),
        (Frequency.ANNUAL, "2026-03-31"),
    ):
        schedule = level(payments=2, first="2025-03-31", frequency=frequency)
        assert schedule.scheduled_dates()[1] == D(second)


def test_business_day_adjustment_moves_the_due_date_not_the_accrual() -> None:
    # US calendar, following: 2025-07-04 (Independence Day, a Friday) → Monday 2025-07-07;
    # 2025-10-04 is a Saturday → Monday 2025-10-06.
    schedule = level(
        payments=12, first="2025-02-04", business_day_convention="following", calendar="US"
    )
    table = amortization_table(
        schedule, M("100000.00"), M("0.06"), "ACT/360", start=D("2025-01-04")
    )
    july = table.rows[5]
    assert (july.scheduled_date, july.due_date) == (D("2025-07-04"), D("2025-07-07"))
    assert july.accrual_end == D("2025-07-04")  # interest runs between the note's dates
    assert table.rows[8].due_date == D("2025-10-06")
    adjusted = amortization_table(
        replace(schedule, accrue_to_adjusted_dates=True),
        M("100000.00"), M("0.06"), "ACT/360", start=D("2025-01-04"),
    )  # fmt: skip
    assert adjusted.rows[5].accrual_end == D("2025-07-07")
    assert adjusted.rows[5].interest > table.rows[5].interest  # three more days of interest
    assert adjusted.rows[6].interest < table.rows[6].interest  # and three fewer in August


def test_modified_following_stays_in_the_month() -> None:
    schedule = level(payments=4, first="2025-02-28", business_day_convention="modified following")
    # 2025-05-31 is a Saturday; following would be June 2, so it moves back to Friday May 30.
    table = amortization_table(
        schedule, M("1000.00"), M("0.05"), "30/360 US", start=D("2025-01-31")
    )
    assert table.rows[3].scheduled_date == D("2025-05-31")
    assert table.rows[3].due_date == D("2025-05-30")


def test_an_unknown_business_day_convention_is_refused() -> None:
    with pytest.raises(ConventionError, match="nearest"):
        level(business_day_convention="nearest")


# --- day count -----------------------------------------------------------------------------------


def test_act_360_installment_uses_the_nominal_rate_and_the_last_absorbs_the_extra_interest() -> (
    None
):
    table = amortization_table(level(), M("500000.00"), M("0.0725"), "ACT/360", start=JAN_1)
    assert table.installment == M("9959.68")  # the same installment as 30/360 (nominal r)
    # January has 31 days: 500,000 × 0.0725 × 31/360 = 3,121.527… → 3,121.53
    assert table.rows[0].interest == M("3121.53")
    assert table.final_payment > M("9959.68") + M("400")  # 365/360 of the interest, paid last
    assert table.total_principal == M("500000.00")
    assert any("ACT/360" in remark for remark in table.explanation.remarks)


# --- rounding ------------------------------------------------------------------------------------


def test_installment_rounded_up_and_the_last_absorbs_the_difference() -> None:
    up = RoundingPolicy(M("0.01"), RoundingMode.UP)
    table = amortization_table(
        level(installment_rounding=up), M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1
    )
    assert table.installment == M("9959.69")
    assert table.final_payment < M("9959.69")
    assert table.total_principal == M("500000.00")
    assert level_payment(M("500000"), M("0.0725"), 60, rounding=up) == M("9959.69")


def test_whole_dollar_installment() -> None:
    dollars = RoundingPolicy(M("1"), RoundingMode.UP)
    assert level_payment(M("100000"), M("0.06"), 360, rounding=dollars) == M("600")


def test_the_ambient_decimal_context_changes_nothing() -> None:
    expected = amortization_table(level(), M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        ctx.rounding = decimal.ROUND_FLOOR
        again = amortization_table(level(), M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    assert again == expected


# --- prepayment ----------------------------------------------------------------------------------


def test_reamortize_after_a_prepayment_lowers_the_installment() -> None:
    schedule = level(prepayment_effect=PrepaymentEffect.REAMORTIZE)
    table = amortization_table(schedule, M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    balance = table.rows[11].balance - M("100000.00")  # 100,000 prepaid with the 12th
    after = reamortize(schedule, balance, 13, M("0.0725"), "30/360 US", start=JAN_1)
    oracle = -float(npf.pmt(0.0725 / 12, 48, float(balance)))
    assert after.installment == Decimal(repr(oracle)).quantize(M("0.01"))
    assert after.installment < table.installment  # type: ignore[operator]
    assert after.rows[0].number == 13
    assert after.rows[0].scheduled_date == table.rows[12].scheduled_date
    assert len(after.rows) == 48
    assert after.total_principal == balance
    assert after.explanation.periods == 48
    assert "re-amortized from installment 13" in after.explanation.remarks[0]


def test_shorten_term_after_a_prepayment_keeps_the_installment() -> None:
    schedule = level()
    table = amortization_table(schedule, M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    balance = table.rows[11].balance - M("100000.00")
    after = reamortize(
        schedule, balance, 13, M("0.0725"), "30/360 US", start=JAN_1, installment=table.installment
    )
    assert after.installment == M("9959.68")
    assert len(after.rows) < 48  # the last installments fall away
    assert after.total_principal == balance
    assert after.explanation.formula == "the installment in force stays; the term shortens instead"
    assert after.explanation.unrounded is None
    with pytest.raises(InvalidInput, match="give the original table's installment"):
        reamortize(schedule, balance, 13, M("0.0725"), "30/360 US", start=JAN_1)


def test_reamortize_fixed_principal_divides_the_balance_over_what_remains() -> None:
    schedule = PaymentSchedule(
        ScheduleKind.FIXED_PRINCIPAL,
        first_payment=D("2025-04-01"),
        payments=7,
        frequency=Frequency.QUARTERLY,
        prepayment_effect=PrepaymentEffect.REAMORTIZE,
    )
    after = reamortize(schedule, M("50000.00"), 3, M("0.08"), "30/360 US", start=JAN_1)
    assert after.installment == M("10000.00")  # 50,000 / 5 remaining
    assert after.total_principal == M("50000.00")


def test_a_stated_or_custom_schedule_cannot_be_reamortized() -> None:
    with pytest.raises(InvalidInput, match="cannot be re-amortized"):
        PaymentSchedule(
            ScheduleKind.STATED_INSTALLMENT,
            first_payment=D("2025-02-01"),
            payments=12,
            installment=M("100"),
            prepayment_effect=PrepaymentEffect.REAMORTIZE,
        )


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("payments", [0, -3])
def test_zero_or_negative_payments_are_refused(payments: int) -> None:
    with pytest.raises(InvalidInput, match=f"payments = {payments}: .* at least one installment"):
        level(payments=payments)
    with pytest.raises(InvalidInput, match=f"periods = {payments}"):
        level_payment(M("1000"), M("0.05"), payments)


def test_a_negative_rate_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"interest rate -0\.01: must be zero or more"):
        amortization_table(level(), M("1000.00"), M("-0.01"), "30/360 US", start=JAN_1)
    with pytest.raises(InvalidInput, match=r"interest rate -0\.01"):
        level_payment(M("1000"), M("-0.01"), 12)


def test_a_zero_principal_is_refused() -> None:
    with pytest.raises(InvalidInput, match="principal 0"):
        amortization_table(level(), M("0"), M("0.05"), "30/360 US", start=JAN_1)


def test_a_first_payment_on_or_before_the_start_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"first payment 2025-02-01 is not after 2025-03-01"):
        amortization_table(level(), M("1000.00"), M("0.05"), "30/360 US", start=D("2025-03-01"))
    with pytest.raises(InvalidInput, match="is not after"):
        amortization_table(level(), M("1000.00"), M("0.05"), "30/360 US", start=D("2025-02-01"))


def test_a_stated_installment_too_small_to_amortize_is_refused_unless_allowed() -> None:
    # 500,000 at 7.25% earns 3,020.83 a month; 3,000.00 a month never repays it.
    small = PaymentSchedule(
        ScheduleKind.STATED_INSTALLMENT,
        first_payment=D("2025-02-01"),
        payments=12,
        installment=M("3000.00"),
    )
    with pytest.raises(InvalidInput, match=r"installment 3,000.00 does not exceed .*3,020.83"):
        amortization_table(small, M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    allowed = replace(small, allow_negative_amortization=True)
    table = amortization_table(allowed, M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    assert table.rows[0].principal == M("-20.83")  # the balance grows by the unpaid interest
    assert table.rows[0].balance == M("500020.83")
    assert table.total_principal == M("500000.00")
    assert table.rows[-1].balance == 0


def test_kind_and_fields_must_agree() -> None:
    with pytest.raises(InvalidInput, match="needs the note's installment"):
        PaymentSchedule(ScheduleKind.STATED_INSTALLMENT, first_payment=D("2025-02-01"), payments=3)
    with pytest.raises(InvalidInput, match="exactly one of interest_only_payments"):
        PaymentSchedule(
            ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING, first_payment=D("2025-02-01"), payments=3
        )
    with pytest.raises(InvalidInput, match="3 interest-only installments"):
        PaymentSchedule(
            ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING,
            first_payment=D("2025-02-01"),
            payments=3,
            interest_only_payments=3,
        )
    with pytest.raises(InvalidInput, match="has no interest-only installments"):
        level(interest_only_payments=2)
    with pytest.raises(InvalidInput, match="principal_installment"):
        PaymentSchedule(
            ScheduleKind.FIXED_PRINCIPAL,
            first_payment=D("2025-02-01"),
            payments=3,
            installment=M("10"),
        )
    with pytest.raises(InvalidInput, match="amortization_payments = 10"):
        level(payments=12, amortization_payments=10)
    with pytest.raises(InvalidInput, match="installment = 0"):
        level(installment=M("0"))


def test_explain_a_fixed_principal_and_a_stated_schedule() -> None:
    fixed = PaymentSchedule(ScheduleKind.FIXED_PRINCIPAL, first_payment=D("2025-04-01"), payments=7)
    explanation = explain_installment(fixed, M("100000.00"), M("0.08"))
    assert explanation.computed == M("14285.71")
    assert explanation.in_figures == "100,000.00 / 7"
    stated = PaymentSchedule(
        ScheduleKind.STATED_INSTALLMENT,
        first_payment=D("2025-02-01"),
        payments=60,
        installment=M("7274.53"),
    )
    lines = explain_installment(stated, M("1000000.00"), M("0.07")).lines()
    assert "stated by the note: 7,274.53" in lines


def test_a_fully_amortizing_interest_only_note_has_no_balloon() -> None:
    schedule = PaymentSchedule(
        ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING,
        first_payment=D("2025-04-01"),
        payments=10,
        frequency=Frequency.QUARTERLY,
        interest_only_payments=2,
    )
    table = amortization_table(schedule, M("120000.00"), M("0.06"), "30/360 US", start=JAN_1)
    assert table.rows[0].payment == M("1800.00")  # interest only
    assert table.final_payment > 2 * table.rows[0].payment
    assert table.balloon is None  # the last is a regular installment, not a balloon
    assert abs(table.final_payment - table.installment) < M("0.05")  # type: ignore[operator]


def test_a_long_first_period_earns_its_interest_and_the_last_absorbs_it() -> None:
    # Loan made 2025-01-15, first installment 2025-03-01: 30/360 counts 46 days in the first period.
    table = amortization_table(
        level(first="2025-03-01"), M("500000.00"), M("0.0725"), "30/360 US", start=D("2025-01-15")
    )
    assert table.rows[0].accrual_start == D("2025-01-15")
    assert table.rows[0].interest == M("4631.94")  # 500,000 × 0.0725 × 46/360 = 4,631.944…
    assert table.total_principal == M("500000.00")
    assert table.final_payment > M("9959.68")


def test_act_act_icma_on_regular_periods_is_exactly_a_twelfth_a_month() -> None:
    thirty = amortization_table(level(), M("500000.00"), M("0.0725"), "30/360 US", start=JAN_1)
    icma = amortization_table(level(), M("500000.00"), M("0.0725"), "ACT/ACT ICMA", start=JAN_1)
    assert [row.interest for row in icma.rows] == [row.interest for row in thirty.rows]


def test_an_unknown_calendar_is_refused_with_the_terms() -> None:
    with pytest.raises(InvalidInput, match="calendar 'Atlantis' is unknown"):
        level(calendar="Atlantis")


def test_an_exact_unrounded_figure_is_shown_without_an_ellipsis() -> None:
    fixed = PaymentSchedule(ScheduleKind.FIXED_PRINCIPAL, first_payment=D("2025-02-01"), payments=8)
    lines = explain_installment(fixed, M("100000.00"), M("0.08")).lines()
    assert "unrounded 12,500.000000000000, rounded half-up to 0.01: 12,500.00" in lines
