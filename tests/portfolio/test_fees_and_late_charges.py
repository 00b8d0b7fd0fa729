"""The portfolio counts fees of the terms and late charges (issue 11's terms in issue 15's report):
a note's ``total`` is its balance's (what ``promissory balance`` says is owed), its past due never
exceeds it, and a fee billed and left unpaid is past due from its billing date.

The revolver of ``examples/revolver-fees-2025.toml`` (fees placed by default, just after
expenses) with 4,000,000.00 advanced on 2025-01-01, on 2025-06-30: the commitment fees billed on
2025-04-01 (0.5% × 6,000,000 × 90/360 = 7,500.00; the withheld origination fee was paid at the
advance) and accrued since (0.5% × 6,000,000 × 90/360 = 7,500.00, the days from 2025-04-01 to
2025-06-30 as the engine counts them) are owed; interest 7% × 4,000,000 × 180/360 = 140,000.00.  The installment note of
``examples/term-note-2024-delinquency.toml`` paid its April 2024 installment late and nothing
after: its late charges (5% × 9,959.68 = 497.98 each) are owed.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import polars as pl

from promissory.app import Promissory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_fees_and_late_charges_are_in_the_figures_and_the_total(tmp_path: Path) -> None:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}")
    app.init()
    fees_text = (EXAMPLES / "revolver-fees-2025.toml").read_text()
    fees_text = fees_text.replace('"expenses", "fees", ', '"expenses", ')  # the default place
    app.add_note(fees_text)
    app.post("RCF-2025-1", {"kind": "advance", "effective_date": date(2025, 1, 1),
                            "amount": "4000000.00"})  # fmt: skip
    app.add_note((EXAMPLES / "term-note-2024-delinquency.toml").read_text())
    late_id = "TERM-2024-002"
    for day, kind, amount in ((date(2024, 3, 1), "advance", "500000.00"),
                              (date(2024, 4, 20), "payment", "9959.68")):  # fmt: skip
        app.post(late_id, {"kind": kind, "effective_date": day, "amount": amount})
    frames: list[pl.DataFrame] = []
    as_of = date(2025, 6, 30)
    report = app.portfolio(as_of, on_figures=frames.append)
    rows = {r["note_id"]: r for r in pl.concat(frames).iter_rows(named=True)}
    assert report.per_note == 2  # neither is one the columnar engine covers

    fees = rows["RCF-2025-1"]
    billed = cents(Fraction(5, 1000) * 6_000_000 * 90 / 360)
    accrued = cents(Fraction(5, 1000) * 6_000_000 * (as_of - date(2025, 4, 1)).days / 360)
    interest = cents(Fraction(7, 100) * 4_000_000 * (as_of - date(2025, 1, 1)).days / 360)
    assert (billed, accrued, interest) == (Decimal("7500.00"), Decimal("7500.00"),
                                           Decimal("140000.00"))  # fmt: skip
    assert fees["fees"] == int((billed + accrued) * 100)
    assert fees["interest"] == int(interest * 100)
    assert fees["total"] == fees["principal"] + fees["interest"] + fees["fees"]
    assert Decimal(fees["total"]) / 100 == app.balance("RCF-2025-1", as_of).total
    # the fee billed on 2025-04-01 is unpaid: past due for the 90 days since; what accrued since
    # is not billed yet, so not due
    assert (fees["past_due"], fees["days_past_due"]) == (int(billed * 100), 90)

    late = rows[late_id]
    balance = app.balance(late_id, as_of)
    assert late["late_charges"] == int(balance.late_charges * 100) > 0
    assert late["late_charges"] % 49798 == 0  # late charges of 5% × 9,959.68 each
    assert Decimal(late["total"]) / 100 == app.balance(late_id, as_of).total
    for row in rows.values():
        assert row["past_due"] <= row["total"]


def test_payments_pay_the_oldest_fee_first_and_paid_fees_are_not_past_due(tmp_path: Path) -> None:
    """The same revolver paid 10,000.00 on 2025-07-10: the fees rank first (default order), so
    it pays the first quarter's 7,500.00 billed on 2025-04-01 and 2,500.00 of the second quarter's
    fee billed on 2025-07-01 (0.5% × 6,000,000 × 91/360 = 7,583.33); on 2025-08-15 what is left
    of that bill, 5,083.33, is past due for the 45 days since 2025-07-01."""
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}")
    app.init()
    text = (EXAMPLES / "revolver-fees-2025.toml").read_text()
    app.add_note(text.replace('"expenses", "fees", ', '"expenses", '))
    for day, kind, amount in ((date(2025, 1, 1), "advance", "4000000.00"),
                              (date(2025, 7, 10), "payment", "10000.00")):  # fmt: skip
        app.post("RCF-2025-1", {"kind": kind, "effective_date": day, "amount": amount})
    second = cents(Fraction(5, 1000) * 6_000_000 * 91 / 360)
    assert second == Decimal("7583.33")
    frames: list[pl.DataFrame] = []
    app.portfolio(date(2025, 8, 15), on_figures=frames.append)
    row = pl.concat(frames).row(0, named=True)
    left = second - (Decimal("10000.00") - Decimal("7500.00"))
    assert (row["past_due"], row["days_past_due"]) == (int(left * 100), 45)
