"""The journal of a note with fees (``[[fees]]``, issue 11), as a short ledger of
``examples/revolver-fees-2025.toml`` (see ``tests/core/test_fees.py`` for the figures):

* the origination fee withheld from the first advance, 1% × 10,000,000.00 = 100,000.00, is fee
  income on the advance's day, and the lender's cash falls by the proceeds only (3,900,000.00);
* the commitment fee accrues at each month end (an asset, fees accrued, and income); each
  quarterly fee billed moves what was accrued of it to the receivable, the rest is income on the
  billing date, and a payment credits the receivable;
* the payoff after the draw period pays the exit fee, 1% × 4,000,000.00 = 40,000.00, straight
  to income (it was never charged before), and every account ties to the engine, fees included;
* the borrower's books mirror the lender's: fee expense equals the lender's fee income.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

from beancount import loader
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fees_properties import fee_terms, histories

from ledger_dsl import parse_events
from promissory.codec.chart_toml import default_chart
from promissory.codec.journal_export import to_beancount
from promissory.codec.terms_toml import loads_terms
from promissory.core.accounting import balances_on, journal, reconcile
from promissory.core.engine import replay
from promissory.core.events import Event, Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.terms import Terms

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml"
TERMS = loads_terms(EXAMPLE.read_text())
CENT = Decimal("0.01")
HISTORY = """
    2025-01-01 advance 4000000.00
    2025-02-14 pay 1034222.22
    2025-04-10 pay 10000.00
"""
PAYOFF_DAY = date(2027, 1, 15)


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def fee(unused: int, start: date, end: date) -> Fraction:
    return Fraction(5, 1000) * unused * (end - start).days / 360


def bills() -> list[Decimal]:
    """The commitment fees billed: the first quarter (6,000,000 unused for 44 days, 7,000,000
    for 46), then 7,000,000 unused each quarter to the end of the draw period (2026-12-31)."""
    out = [cents(fee(6_000_000, date(2025, 1, 1), date(2025, 2, 14))
                 + fee(7_000_000, date(2025, 2, 14), date(2025, 4, 1)))]  # fmt: skip
    starts = [date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1),
              date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1), date(2027, 1, 1)]  # fmt: skip
    out += [cents(fee(7_000_000, a, b)) for a, b in pairwise(starts)]
    return out


def events():  # type: ignore[no-untyped-def]
    base = parse_events(TERMS.id, HISTORY)
    quote = payoff_quote(replay(TERMS, base), PAYOFF_DAY)
    return parse_events(TERMS.id, HISTORY + f"{PAYOFF_DAY} pay {quote.total}")


def test_the_lender_books_every_fee_as_income_and_every_account_ties() -> None:
    j = journal(TERMS, events(), "lender", through=date(2027, 3, 31))
    for e in j.entries:
        assert e.balanced, e
    origination, exit_fee = Decimal("100000.00"), Decimal("40000.00")
    billed = sum(bills(), Decimal(0))
    end = balances_on(j, date(2027, 3, 31))
    assert -end[("fee_income", "")] == origination + billed + exit_fee
    assert end.get(("fees_receivable", ""), Decimal(0)) == 0
    advance = next(e for e in j.entries if e.kind == "advance")
    cash = sum((p.amount for p in advance.postings if p.role == "cash"), Decimal(0))
    assert cash == Decimal("-3900000.00")  # the proceeds paid out
    # the commitment fee accrues at each month end, to the month's last day (as interest does):
    # January's 30 days on 6,000,000.00 unused are 2,500.00
    january = next(e for e in j.entries if e.kind == "accrual" and e.day == date(2025, 1, 31))
    assert {p.role: p.amount for p in january.postings if "fee" in p.role} == {
        "fees_accrued": Decimal("2500.00"), "fee_income": Decimal("-2500.00")}  # fmt: skip
    # billed on 2025-04-01: what the month ends accrued (to 2025-03-31, 44 days on 6,000,000.00
    # and 45 on 7,000,000.00: 8,041.67) moves to the receivable, the last day's is income
    accrued = cents(Fraction(5, 1000) * (6_000_000 * 44 + 7_000_000 * 45) / 360)
    assert accrued == Decimal("8041.67")
    first_bill = next(e for e in j.entries if e.kind == "fee")
    assert first_bill.day == date(2025, 4, 1)
    assert {p.role: p.amount for p in first_bill.postings} == {
        "fees_receivable": bills()[0], "fees_accrued": -accrued,
        "fee_income": accrued - bills()[0]}  # fmt: skip
    assert end.get(("fees_accrued", ""), Decimal(0)) == 0  # the payoff paid the fee accrued
    lines = reconcile(j)
    assert {t.balance for t in lines} >= {"fees", "fees_accrued", "principal", "interest"}
    assert all(t.ties for t in lines), [t for t in lines if not t.ties]


def test_the_borrower_mirrors_the_lender() -> None:
    lender = journal(TERMS, events(), "lender", through=date(2027, 3, 31))
    borrower = journal(TERMS, events(), "borrower", through=date(2027, 3, 31))
    assert all(t.ties for t in reconcile(borrower))
    income = balances_on(lender, date(2027, 3, 31))[("fee_income", "")]
    expense = balances_on(borrower, date(2027, 3, 31))[("fee_expense", "")]
    assert expense == -income
    text = to_beancount([lender, borrower], default_chart())
    _entries, errors, _options = loader.load_string(text)
    assert errors == []
    assert "Income:Fees" in text and "Expenses:Loan-Fees" in text


# -- every history of a note with fees: entries balance, every account ties to the engine ------


@settings(max_examples=40, deadline=None)
@given(fee_terms, histories(), st.sampled_from(["lender", "borrower"]), st.booleans())
def test_every_history_of_a_note_with_fees_balances_and_ties(
    t: Terms, events: list[Event], party: str, pay_off: bool
) -> None:
    """Advances, payments, expenses, a default and an acceleration over three years on the
    revolver with fees (origination withheld or charged, any day count), then perhaps the payoff
    quote paid: every entry balances and, at every month end, fees receivable and fees accrued
    (and every other account) tie to the engine's figures."""
    ledger = replay(t, events)
    kept = [e for e in events if e.seq not in {p.seq for p in ledger.problems}]
    if pay_off and kept:
        day = max(e.effective_date for e in kept) + timedelta(days=45)
        total = payoff_quote(replay(t, kept), day).total
        if total > 0:
            kept.append(Payment(note_id=t.id, effective_date=day, seq=len(events) + 1,
                                amount=Money(total, "USD")))  # fmt: skip
    through = max((e.effective_date for e in kept), default=t.issue_date) + timedelta(days=60)
    j = journal(t, kept, party, through=through)
    assert all(e.balanced for e in j.entries)
    lines = reconcile(j)
    assert all(line.ties for line in lines), [line for line in lines if not line.ties][:3]
    if pay_off and kept and replay(t, kept).final.paid_on is not None:
        end = balances_on(j, through)
        for role in ("fees_receivable", "fees_accrued", "fees_payable", "fees_accrued_payable"):
            assert end.get((role, ""), Decimal(0)) == 0, role
