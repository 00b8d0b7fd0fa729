"""A quarter date that is both a fee billing date and a capitalisation date (issue 11).

The revolver of ``examples/revolver-fees-2025.toml`` (commitment 10,000,000.00; 7% ACT/360; a
commitment fee of 0.50% a year on the unused amount, ACT/360, billed quarterly; 1% exit fee) with
its interest compounded quarterly and both the first and the last day counted.  On 2025-04-01:

* the fee of the first quarter is billed at the start of the day (it ranks first, kinds.py):
  6,000,000.00 unused × 0.50% × 90/360 = 7,500.00;
* a payment that day meets the interest of the period ending the day before (the day is the first
  day of the next period): 4,000,000.00 × 7% × 90/360 = 70,000.00, days 2025-01-01 to 2025-03-31;
* only then is what it leaves unpaid capitalised.

Found by the property test over fees with interest paid in kind: the fee used to be billed after
the payment (its row's snapshot showed the payment's effect), and a quote made after a notation on
that day missed the capitalisation still to come and asked for one day more than a payment owes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from promissory.codec.terms_toml import loads_terms
from promissory.core.engine import position, replay, rows_through
from promissory.core.events import Advance, Event, Notation, Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.terms import Frequency, Terms

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml"
NOTE = "RCF-2025-1"
QUARTER = date(2025, 4, 1)


def revolver() -> Terms:
    t = loads_terms(EXAMPLE.read_text())
    interest = replace(t.interest, compounding=Frequency.QUARTERLY, count_first_and_last_day=True)
    return replace(t, interest=interest)


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


ADVANCE = Advance(note_id=NOTE, effective_date=date(2025, 1, 1), seq=1, amount=usd("4000000.00"))
FEE = Decimal(6_000_000) * Decimal("0.005") * 90 / 360  # 7,500.00
INTEREST = Decimal(4_000_000) * Decimal("0.07") * 90 / 360  # 70,000.00


def test_the_fee_is_billed_before_the_days_payment_and_the_payment_meets_the_period() -> None:
    pay = Payment(note_id=NOTE, effective_date=QUARTER, seq=2, amount=usd("77500.00"))
    ledger = replay(revolver(), [ADVANCE, pay])
    assert ledger.problems == ()
    on_the_day = [r for r in ledger.rows if r.effective_date == QUARTER]
    assert [r.kind for r in on_the_day] == ["fee", "payment"]  # nothing left to capitalise
    fee, payment = on_the_day
    assert fee.amount == FEE == Decimal("7500.00")
    assert fee.state.fees == FEE  # billed, not yet paid: the payment comes after it
    assert payment.split.fees == FEE and payment.split.interest == INTEREST == Decimal("70000.00")
    assert payment.split.principal == 0
    assert payment.state.fees == 0 and payment.state.principal == Decimal("4000000.00")


def test_a_short_payment_leaves_the_rest_of_the_periods_interest_capitalised() -> None:
    pay = Payment(note_id=NOTE, effective_date=QUARTER, seq=2, amount=usd("17500.00"))
    ledger = replay(revolver(), [ADVANCE, pay])
    kinds = [r.kind for r in ledger.rows if r.effective_date == QUARTER]
    assert kinds == ["fee", "payment"]  # the capitalisation waits for the end of the day
    capitalised = next(r for r in rows_through(ledger, QUARTER) if r.kind == "capitalisation")
    assert capitalised.amount == INTEREST - (Decimal("17500.00") - FEE)  # 60,000.00
    assert position(ledger, QUARTER).principal == Decimal("4060000.00")


def test_a_quote_after_a_notation_on_the_day_is_what_a_payment_that_day_owes() -> None:
    notation = Notation(note_id=NOTE, effective_date=QUARTER, seq=2, text="borrower called")
    events: list[Event] = [ADVANCE, notation]
    quote = payoff_quote(replay(revolver(), events), QUARTER)
    # no exit fee: paid before its draw period ends, the revolver stays open (not paid in full)
    assert quote.total == FEE + INTEREST + Decimal("4000000.00")  # 4,077,500.00
    pay = Payment(note_id=NOTE, effective_date=QUARTER, seq=3, amount=usd(str(quote.total)))
    after = replay(revolver(), [*events, pay])
    assert after.problems == ()
    pos = position(after, QUARTER)
    assert (pos.principal, pos.interest, pos.fees) == (0, 0, 0)
    # the commitment stays open (a revolver before its draw period ends): the fee of the day the
    # payment opens, the next period's first, accrues on the whole 10,000,000.00
    assert pos.fees_accrued == (Decimal(10_000_000) * Decimal("0.005") / 360).quantize(
        Decimal("0.01")
    )
