"""A note issued with a warrant (examples/valence-2001-note-with-warrant.toml, illustrative fair
values: 86 % of each advance is the note's issue price): the discount is booked at the advance and
accretes by the OID schedule's constant yield, so the lender's carrying amount is the schedule's
adjusted issue price and the income over the life is the schedule's total OID."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from promissory.codec.terms_toml import load_terms
from promissory.core.accounting import balances_on, journal, period_ends, reconcile
from promissory.core.engine import replay
from promissory.core.events import Advance, Payment
from promissory.core.money import Money
from promissory.core.oid import note_issues

TERMS = load_terms(Path(__file__).parents[2] / "examples" / "valence-2001-note-with-warrant.toml")
ADVANCE = Advance(note_id=TERMS.id, seq=1, effective_date=date(2001, 10, 5),
                  amount=Money.of("5000000.00", "USD"))  # fmt: skip


def _balance(j: object, day: date, role: str) -> Decimal:
    return balances_on(j, day).get((role, ""), Decimal(0))  # type: ignore[arg-type]


def test_the_discount_is_booked_at_the_advance_against_the_warrant() -> None:
    j = journal(TERMS, [ADVANCE], "lender", through=date(2001, 10, 5))
    (entry,) = j.entries
    moved = {p.role: p.amount for p in entry.postings}
    # 5,000,000.00 × 17,200,000 / (17,200,000 + 2,800,000) = 4,300,000.00 issue price
    assert moved == {"notes_receivable": Decimal("5000000.00"), "cash": Decimal("-5000000.00"),
                     "warrants_received": Decimal("700000.00"),
                     "unamortized_discount": Decimal("-700000.00")}  # fmt: skip
    borrower = journal(TERMS, [ADVANCE], "borrower", through=date(2001, 10, 5))
    assert {p.role: p.amount for p in borrower.entries[0].postings} == {
        "cash": Decimal("5000000.00"), "notes_payable": Decimal("-5000000.00"),
        "debt_discount": Decimal("700000.00"), "warrants_issued": Decimal("-700000.00"),
    }  # fmt: skip


def test_the_carrying_amount_is_the_adjusted_issue_price_at_every_month_end() -> None:
    (issue,) = note_issues(replay(TERMS, [ADVANCE])).issues
    schedule = issue.schedule()
    j = journal(TERMS, [ADVANCE], "lender", through=TERMS.maturity)
    assert all(t.ties for t in reconcile(j))
    for end in period_ends(TERMS.issue_date, TERMS.maturity - date.resolution, "monthly"):
        carrying = (_balance(j, end, "notes_receivable") + _balance(j, end, "interest_receivable")
                    + _balance(j, end, "unamortized_discount"))  # fmt: skip
        aip = schedule.adjusted_issue_price_on(end)
        assert abs(Fraction(carrying) - aip) <= Fraction(1, 100), (end, carrying, aip)


def test_over_the_life_the_income_is_the_oid_schedules_total() -> None:
    (issue,) = note_issues(replay(TERMS, [ADVANCE])).issues
    j = journal(TERMS, [ADVANCE], "lender", through=TERMS.maturity)
    income = -(_balance(j, TERMS.maturity, "interest_income")
               + _balance(j, TERMS.maturity, "discount_income"))  # fmt: skip
    # docs/oid.md: SRPM 6,617,777.78 (5,000,000 + 1,456 days at 8% ACT/360) − 4,300,000.00
    assert income == issue.schedule().total_oid == Decimal("2317777.78")
    assert _balance(j, TERMS.maturity, "unamortized_discount") == 0


def test_a_note_paid_early_accretes_the_rest_of_its_discount() -> None:
    pay = Payment(note_id=TERMS.id, seq=2, effective_date=date(2002, 6, 28),
                  amount=Money.of("5295555.56", "USD"))  # fmt: skip
    # the payoff: 5,000,000 + 5,000,000 × 0.08 × 266/360 (2001-10-05 → 2002-06-28)
    j = journal(TERMS, [ADVANCE, pay], "borrower", through=date(2002, 7, 31))
    assert _balance(j, date(2002, 6, 30), "debt_discount") == 0
    assert _balance(j, date(2002, 6, 30), "discount_expense") == Decimal("700000.00")
    assert all(t.ties for t in reconcile(j))
