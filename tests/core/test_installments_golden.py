"""Amortization tables against independent figures, each cited.

* the issue's note (issue 10): $500,000.00 at 7.25%, 60 monthly installments, 30/360 — level
  payment 9,959.68 — with numpy-financial's ``pmt``/``ipmt``/``ppmt`` as the oracle for every row;
* published tables: the classic $100,000 at 6% for 30 years (599.55, first rows 500.00 / 99.55 /
  99,900.45 as in any mortgage text) and a 17-row published table of $47,100 at 10.61% (434.72);
* an interest-only-then-balloon note and a fixed-principal note, worked by hand from the note's
  words in the test (plain Decimal arithmetic, not the engine).

**The rounding convention** these tests state: promissory rounds the installment once (half-up to
the cent), each row's interest half-up to the cent, and the last installment pays whatever
principal is left.  numpy-financial works in unrounded binary floats with the unrounded payment.
So a row's interest and principal may differ from the oracle's by less than a cent, and the last
installment differs by the accumulated residue of rounding the payment (60 × 0.000676… plus
interest on it, well under a dime).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import numpy_financial as npf  # a test oracle only: never imported by promissory itself
import pytest

from promissory.core.calendar import Frequency
from promissory.core.installments import (
    AmortizationTable,
    PaymentSchedule,
    ScheduleKind,
    amortization_table,
    level_payment,
)

CENT = Decimal("0.01")


def cents(value: float) -> Decimal:
    """An oracle float rounded half-up to the cent (through its shortest repr, not binary)."""
    return Decimal(repr(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def monthly(payments: int, first: date = date(2025, 2, 1)) -> PaymentSchedule:
    return PaymentSchedule(ScheduleKind.LEVEL, first_payment=first, payments=payments)


# --- the issue's note --------------------------------------------------------------------------

ISSUE_PRINCIPAL = Decimal("500000.00")
ISSUE_RATE = Decimal("0.0725")


def issue_table() -> AmortizationTable:
    return amortization_table(
        monthly(60), ISSUE_PRINCIPAL, ISSUE_RATE, "30/360 US", start=date(2025, 1, 1)
    )


def test_the_issue_note_level_payment_is_9959_68() -> None:
    # Issue 10: "level payments of 9,959.68 had to be computed outside"; two missed = 19,919.36.
    assert level_payment(ISSUE_PRINCIPAL, ISSUE_RATE, 60) == Decimal("9959.68")
    assert cents(float(npf.pmt(0.0725 / 12, 60, -500_000))) == Decimal("9959.68")
    table = issue_table()
    assert table.installment == Decimal("9959.68")
    assert sum(row.payment for row in table.rows[:2]) == Decimal("19919.36")


def test_the_issue_note_table_row_by_row_against_numpy_financial() -> None:
    table = issue_table()
    r = 0.0725 / 12
    assert len(table.rows) == 60
    for row in table.rows:
        oracle_interest = float(npf.ipmt(r, row.number, 60, -500_000))
        oracle_principal = float(npf.ppmt(r, row.number, 60, -500_000))
        # interest: within a cent of the oracle's unrounded annuity
        assert abs(row.interest - Decimal(repr(oracle_interest))) < CENT, row
        # ... and exactly the oracle's one-period interest on this row's opening balance, rounded
        opening = row.balance + row.principal
        one_period = float(npf.ipmt(r, 1, 61 - row.number, -float(opening)))
        assert row.interest == cents(one_period), row
        if row.number < 60:
            assert row.payment == Decimal("9959.68")
            assert abs(row.principal - Decimal(repr(oracle_principal))) < CENT, row
        else:  # the last absorbs the residue of rounding the payment
            assert abs(row.principal - Decimal(repr(oracle_principal))) < Decimal("0.10"), row
    assert table.rows[0].interest == Decimal("3020.83")  # 500,000 × 0.0725 / 12 = 3,020.833…
    assert table.rows[0].principal == Decimal("6938.85")
    assert table.rows[0].balance == Decimal("493061.15")
    assert table.total_principal == ISSUE_PRINCIPAL  # exactly
    assert table.rows[-1].balance == Decimal("0.00")
    assert table.final_payment == Decimal("9959.75")  # 9,899.94 left + 59.81 interest
    assert table.total_interest == table.total_payments - ISSUE_PRINCIPAL


def test_the_issue_note_balance_after_each_row_is_the_oracle_balance_to_a_few_cents() -> None:
    # numpy-financial's fv with the *rounded* payment is the balance a continuous ledger would
    # carry; promissory's differs only by the rounding of each row's interest (a few cents).
    table = issue_table()
    for row in table.rows[:-1]:
        oracle = float(npf.fv(0.0725 / 12, row.number, 9959.68, -500_000))
        assert abs(row.balance - Decimal(repr(oracle))) < Decimal("0.05"), row


def test_explain_shows_the_formula_the_rate_per_period_and_the_rounding() -> None:
    explanation = issue_table().explanation
    assert explanation.periodic_rate.numerator == 29
    assert explanation.periodic_rate.denominator == 4800  # 0.0725 / 12 exactly
    assert explanation.periods == 60
    assert explanation.computed == Decimal("9959.68")
    assert explanation.unrounded is not None
    assert abs(float(explanation.unrounded) - float(npf.pmt(0.0725 / 12, 60, -500_000))) < 1e-6
    assert explanation.residue is not None
    assert -CENT / 2 < explanation.residue < 0  # half-up rounded down by 0.000676…
    text = "\n".join(explanation.lines())
    assert "P·r / (1 − (1 + r)^−n)" in text
    assert "500,000.00 × 29/4800 / (1 − (1 + 29/4800)^−60)" in text
    assert "unrounded 9,959.680676341369…, rounded half-up to 0.01: 9,959.68" in text
    assert "half-up" in text


# --- published tables ----------------------------------------------------------------------------


def test_classic_100000_at_6_percent_for_30_years() -> None:
    # The textbook mortgage example (any mortgage-math text; the HP-12C's AMORT example; Bankrate):
    # 599.55 a month; month 1 interest 500.00, principal 99.55, balance 99,900.45; month 2 499.50,
    # 100.05, 99,800.40; month 3 499.00, 100.55, 99,699.85.
    table = amortization_table(
        monthly(360), Decimal("100000.00"), Decimal("0.06"), "30/360 US", start=date(2025, 1, 1)
    )
    assert table.installment == Decimal("599.55")
    published = [
        ("500.00", "99.55", "99900.45"),
        ("499.50", "100.05", "99800.40"),
        ("499.00", "100.55", "99699.85"),
    ]
    for row, (interest, principal, balance) in zip(table.rows, published, strict=False):
        assert (row.interest, row.principal, row.balance) == (
            Decimal(interest),
            Decimal(principal),
            Decimal(balance),
        )
    assert table.total_principal == Decimal("100000.00")
    assert len(table.rows) == 360


# "Loan Amortization", docstoc document 1460085 (http://www.docstoc.com/docs/1460085/
# Loan-Amortization): $47,100.00 at 10.61%, 360 payments of $434.72; month, principal, interest,
# end balance for the first 17 months as published.
PUBLISHED_47100 = """
 1 18.28 416.44 47081.72
 2 18.44 416.28 47063.28
 3 18.60 416.12 47044.68
 4 18.77 415.95 47025.91
 5 18.93 415.79 47006.98
 6 19.10 415.62 46987.88
 7 19.27 415.45 46968.61
 8 19.44 415.28 46949.17
 9 19.61 415.11 46929.56
10 19.78 414.94 46909.78
11 19.96 414.76 46889.82
12 20.14 414.58 46869.68
13 20.31 414.41 46849.37
14 20.49 414.23 46828.88
15 20.67 414.05 46808.21
16 20.86 413.86 46787.35
17 21.04 413.68 46766.31
"""


def test_published_table_47100_at_10_61_percent() -> None:
    table = amortization_table(
        monthly(360), Decimal("47100.00"), Decimal("0.1061"), "30/360 US", start=date(2025, 1, 1)
    )
    assert table.installment == Decimal("434.72")
    for line in PUBLISHED_47100.strip().splitlines():
        number, principal, interest, balance = line.split()
        row = table.rows[int(number) - 1]
        assert (row.principal, row.interest, row.balance) == (
            Decimal(principal),
            Decimal(interest),
            Decimal(balance),
        ), line
    assert table.total_principal == Decimal("47100.00")


# --- worked by hand from the note's words --------------------------------------------------------


def test_interest_only_then_amortizing_with_a_balloon() -> None:
    # The note: $120,000.00 at 6% a year, 30/360, quarterly installments from 2025-04-01, six in
    # all; the first two interest only; then level installments computed as if amortizing over
    # eight quarters; all that remains due with the sixth (maturity 2026-07-01).
    schedule = PaymentSchedule(
        ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING,
        first_payment=date(2025, 4, 1),
        payments=6,
        frequency=Frequency.QUARTERLY,
        interest_only_payments=2,
        amortization_payments=8,
    )
    table = amortization_table(
        schedule, Decimal("120000.00"), Decimal("0.06"), "30/360 US", start=date(2025, 1, 1)
    )

    # By hand: r = 6% / 4 = 0.015 a quarter (90/360 of a year under 30/360).
    #   interest only: 120,000.00 × 0.015 = 1,800.00, twice;
    #   A = 120,000 × 0.015 / (1 − 1.015^−8) = 16,030.0829… → 16,030.08;
    #   Q3: interest 1,800.00, principal 14,230.08, balance 105,769.92
    #   Q4: 105,769.92 × 0.015 = 1,586.5488 → 1,586.55; principal 14,443.53; balance 91,326.39
    #   Q5: 91,326.39 × 0.015 = 1,369.89585 → 1,369.90; principal 14,660.18; balance 76,666.21
    #   Q6 (maturity): 76,666.21 × 0.015 = 1,149.99315 → 1,149.99; balloon 76,666.21 + 1,149.99
    #   = 77,816.20.
    def hand(balance: str, rate: str) -> Decimal:
        return (Decimal(balance) * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)

    assert hand("105769.92", "0.015") == Decimal("1586.55")
    assert hand("91326.39", "0.015") == Decimal("1369.90")
    assert hand("76666.21", "0.015") == Decimal("1149.99")
    expected = [
        ("2025-04-01", "1800.00", "1800.00", "0", "120000.00"),
        ("2025-07-01", "1800.00", "1800.00", "0", "120000.00"),
        ("2025-10-01", "16030.08", "1800.00", "14230.08", "105769.92"),
        ("2026-01-01", "16030.08", "1586.55", "14443.53", "91326.39"),
        ("2026-04-01", "16030.08", "1369.90", "14660.18", "76666.21"),
        ("2026-07-01", "77816.20", "1149.99", "76666.21", "0.00"),
    ]
    got = [
        (
            row.due_date.isoformat(),
            row.payment,
            row.interest,
            row.principal,
            row.balance,
        )
        for row in table.rows
    ]
    assert got == [
        (d, Decimal(p), Decimal(i), Decimal(pr), Decimal(b)) for d, p, i, pr, b in expected
    ]
    assert table.installment == Decimal("16030.08")
    assert table.balloon == Decimal("77816.20")
    assert table.total_principal == Decimal("120000.00")
    assert "the first 2 installments are interest only" in "\n".join(table.explanation.lines())


def test_interest_only_until_a_date_counts_the_installments_on_or_before_it() -> None:
    schedule = PaymentSchedule(
        ScheduleKind.INTEREST_ONLY_THEN_AMORTIZING,
        first_payment=date(2025, 4, 1),
        payments=6,
        frequency=Frequency.QUARTERLY,
        interest_only_until=date(2025, 7, 1),
        amortization_payments=8,
    )
    assert schedule.interest_only_count() == 2


def test_fixed_principal_plus_interest() -> None:
    # The note: $100,000.00 at 8%, 30/360, seven quarterly installments of principal of one
    # seventh each plus the interest accrued on the unpaid balance.
    schedule = PaymentSchedule(
        ScheduleKind.FIXED_PRINCIPAL,
        first_payment=date(2025, 4, 1),
        payments=7,
        frequency=Frequency.QUARTERLY,
    )
    table = amortization_table(
        schedule, Decimal("100000.00"), Decimal("0.08"), "30/360 US", start=date(2025, 1, 1)
    )
    # By hand: 100,000 / 7 = 14,285.714… → 14,285.71 a quarter; r = 8% / 4 = 0.02; the seventh
    # pays the 14,285.74 left.  Interest: 2,000.00; 85,714.29 × 0.02 = 1,714.2858 → 1,714.29;
    # 71,428.58 → 1,428.5716 → 1,428.57; 57,142.87 → 1,142.8574 → 1,142.86; 42,857.16 →
    # 857.1432 → 857.14; 28,571.45 → 571.429 → 571.43; 14,285.74 → 285.7148 → 285.71.
    expected = [
        ("16285.71", "2000.00", "14285.71", "85714.29"),
        ("16000.00", "1714.29", "14285.71", "71428.58"),
        ("15714.28", "1428.57", "14285.71", "57142.87"),
        ("15428.57", "1142.86", "14285.71", "42857.16"),
        ("15142.85", "857.14", "14285.71", "28571.45"),
        ("14857.14", "571.43", "14285.71", "14285.74"),
        ("14571.45", "285.71", "14285.74", "0.00"),
    ]
    got = [(row.payment, row.interest, row.principal, row.balance) for row in table.rows]
    assert got == [tuple(Decimal(x) for x in line) for line in expected]
    assert table.installment == Decimal("14285.71")
    assert table.total_principal == Decimal("100000.00")


@pytest.mark.parametrize(
    ("principal", "rate", "periods", "payment"),
    [
        ("500000.00", "0.0725", 60, "9959.68"),  # issue 10
        ("100000.00", "0.06", 360, "599.55"),  # the classic 30-year mortgage
        ("47100.00", "0.1061", 360, "434.72"),  # docstoc 1460085
        ("120000.00", "0", 12, "10000.00"),  # no interest: P / n
    ],
)
def test_level_payment_matches_numpy_financial_pmt(
    principal: str, rate: str, periods: int, payment: str
) -> None:
    computed = level_payment(Decimal(principal), Decimal(rate), periods)
    assert computed == Decimal(payment)
    oracle = -float(npf.pmt(float(rate) / 12, periods, float(principal)))
    assert cents(oracle) == computed


def test_numpy_financial_is_an_oracle_only_never_imported_by_promissory() -> None:
    from pathlib import Path

    import promissory

    package = Path(promissory.__file__).parent
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "numpy_financial" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
