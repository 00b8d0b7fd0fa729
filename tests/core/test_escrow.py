"""Escrow (issue 11): the part of a payment that is an escrow deposit for taxes and insurance is
held apart, in the note's escrow balance, and paid out by its own event; it is never debt.

The note is ``examples/escrow-mortgage-2024.toml``: 500,000.00 at 7.25% a year, 30/360, 60 level
monthly installments from 2024-04-01, and "with each installment an escrow deposit of 450.00"
(``[escrow] deposit``), so the borrower's monthly payment is 10,409.68.  The figures below are
worked from those words here, not asked of the engine: the installment from the annuity formula
P·r / (1 − (1 + r)^−n), each month's interest as the balance × 7.25% × 30/360 rounded half-up to
the cent, the rest of the installment to principal, and the escrow as deposits less bills paid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.state_json import state_from_dict, state_to_dict
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.engine import position
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.errors import InvalidInput

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ESCROW = loads_terms((EXAMPLES / "escrow-mortgage-2024.toml").read_text())
PLAIN = loads_terms((EXAMPLES / "term-note-2024.toml").read_text())  # the same note, no [escrow]
CENT = Decimal("0.01")
RATE = Decimal("0.0725")
DEPOSIT = Decimal("450.00")


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _installment(principal: Decimal, annual: Decimal, n: int) -> Decimal:
    """The level payment P·r / (1 − (1 + r)^−n), r the monthly rate, rounded to the cent."""
    with localcontext() as ctx:
        ctx.prec = 40
        r = annual / 12
        return _cents(principal * r / (1 - (1 + r) ** -n))


def _month_interest(balance: Decimal) -> Decimal:
    """30/360: a month is 30 days of a 360-day year."""
    return _cents(balance * RATE * 30 / 360)


INSTALLMENT = _installment(Decimal("500000.00"), RATE, 60)
PAYMENT = INSTALLMENT + DEPOSIT  # the borrower's monthly payment: 9,959.68 + 450.00

THREE_MONTHS = f"""
    2024-03-01 advance 500000.00
    2024-04-01 pay {PAYMENT} escrow={DEPOSIT}
    2024-05-01 pay {PAYMENT} escrow={DEPOSIT}
    2024-06-01 pay {PAYMENT} escrow={DEPOSIT}
    2024-06-15 disburse 1200.00 Erie County Treasurer
"""


def test_the_figures_of_the_note_itself() -> None:
    assert Decimal("9959.68") == INSTALLMENT
    assert Decimal("10409.68") == PAYMENT


def test_three_payments_and_a_tax_bill() -> None:
    led = book(ESCROW, THREE_MONTHS)
    assert led.problems == ()
    balance, escrow = Decimal("500000.00"), Decimal(0)
    payments = [r for r in led.rows if r.kind == "payment"]
    for row in payments:
        interest = _month_interest(balance)
        balance -= INSTALLMENT - interest
        escrow += DEPOSIT
        assert (row.amount, row.escrow) == (PAYMENT, DEPOSIT)
        assert (row.split.interest, row.split.principal) == (interest, INSTALLMENT - interest)
        assert row.split.total == INSTALLMENT  # the escrow part paid nothing on the note
        assert (row.state.principal, row.state.escrow) == (balance, escrow)
    assert balance == Decimal("479057.44")  # 500,000 less 6,938.85, 6,980.77 and 7,022.94
    (bill,) = [r for r in led.rows if r.kind == "escrow_disbursement"]
    assert (bill.amount, bill.escrow) == (Decimal("1200.00"), Decimal("-1200.00"))
    assert "Erie County Treasurer" in bill.notation
    # three deposits of 450.00 less the 1,200.00 tax bill; the bill moved no debt
    assert bill.state.escrow == 3 * DEPOSIT - Decimal("1200.00") == Decimal("150.00")
    assert bill.state.principal == balance
    pos = position(led, date(2024, 6, 20))
    assert (pos.escrow, pos.principal) == (Decimal("150.00"), balance)
    assert pos.total == pos.principal + pos.interest  # the escrow is not owed


def test_without_its_escrow_part_the_same_payment_prepays_principal() -> None:
    """What the issue found: the 450.00 went to principal.  Stated, it goes to escrow."""
    silent = book(PLAIN, f"2024-03-01 advance 500000.00\n2024-04-01 pay {PAYMENT}")
    stated = book(PLAIN, f"2024-03-01 advance 500000.00\n2024-04-01 pay {PAYMENT} escrow=450.00")
    first = Decimal("500000.00") - (INSTALLMENT - _month_interest(Decimal("500000.00")))
    assert silent.final.principal == first - DEPOSIT and silent.final.escrow == 0
    assert stated.final.principal == first and stated.final.escrow == DEPOSIT


def test_the_payoff_notes_the_escrow_and_paying_it_leaves_zero_debt_and_the_escrow() -> None:
    led = book(ESCROW, THREE_MONTHS)
    quote = payoff_quote(led, date(2024, 6, 20))
    # 19 days (30/360) from June 1 on 479,057.44: 479,057.44 × 7.25% × 19 / 360
    interest = _cents(Decimal("479057.44") * RATE * 19 / 360)
    assert (quote.principal, quote.interest) == (Decimal("479057.44"), interest)
    assert quote.total == Decimal("479057.44") + interest == Decimal("480890.50")
    assert quote.escrow == Decimal("150.00")  # noted beside the total, not in it
    paid = book(ESCROW, THREE_MONTHS + f"2024-06-20 pay {quote.total} escrow=0")
    assert paid.problems == ()
    final = paid.final
    assert (final.principal, final.paid_on, final.escrow) == (0, date(2024, 6, 20), Decimal(150))
    assert payoff_quote(paid, date(2024, 6, 21)).total == 0


def test_after_payoff_the_escrow_is_returned_and_nothing_else_moves() -> None:
    text = THREE_MONTHS + "2024-06-20 pay 480890.50 escrow=0\n"
    led = book(ESCROW, text + """
        2024-06-25 return-escrow 150.00
        2024-06-26 return-escrow 0.01
        2024-06-27 pay 100.00 escrow=100.00
    """)  # fmt: skip
    assert [(p.seq, p.code) for p in led.problems] == [
        (8, "escrow-exceeds-balance"),
        (9, "after-payoff"),
    ]
    (back,) = [r for r in led.rows if r.kind == "escrow_disbursement" and r.seq == 7]
    assert "returned to the borrower" in back.notation
    assert (led.final.escrow, led.final.principal) == (0, 0)


def test_a_disbursement_beyond_the_balance_is_refused_naming_both() -> None:
    led = book(ESCROW, THREE_MONTHS + "2024-06-16 disburse 150.01 Ohio Mutual Insurance")
    (problem,) = led.problems
    assert problem.code == "escrow-exceeds-balance"
    assert "150.01" in problem.message and "(150.00)" in problem.message
    assert dict(problem.amounts) == {"amount": Decimal("150.01"), "escrow": Decimal("150.00")}
    assert led.final.escrow == Decimal("150.00")


def test_on_a_note_with_escrow_each_payment_states_its_part() -> None:
    led = book(ESCROW, f"2024-03-01 advance 500000.00\n2024-04-01 pay {PAYMENT}")
    (problem,) = led.problems
    assert problem.code == "escrow-part"
    assert "450.00" in problem.message and "0 for none" in problem.message
    # an escrow deposit alone is a payment too: nothing of it reaches the note
    only = book(ESCROW, "2024-03-01 advance 500000.00\n2024-03-15 pay 450.00 escrow=450.00")
    assert only.problems == ()
    assert (only.final.principal, only.final.escrow) == (Decimal("500000.00"), DEPOSIT)


def test_an_escrow_part_larger_than_the_payment_is_bad_input() -> None:
    with pytest.raises(InvalidInput, match=r"escrow part 500\.00 is more than the payment 450\.00"):
        Payment(note_id="X", effective_date=date(2024, 4, 1), amount=Money.of("450.00", "USD"),
                escrow=Money.of("500.00", "USD"))  # fmt: skip


def test_reversing_a_payment_takes_its_escrow_part_back() -> None:
    led = book(ESCROW, THREE_MONTHS + "2024-06-20 reverse 4")
    # 900.00 left from two deposits: the 1,200.00 bill no longer fits and is reported
    assert [(p.seq, p.code) for p in led.problems] == [(5, "escrow-exceeds-balance")]
    assert led.final.escrow == 2 * DEPOSIT


def test_escrow_in_the_terms_event_and_checkpoint_codecs() -> None:
    assert ESCROW.escrow is not None and ESCROW.escrow.deposit == DEPOSIT
    assert loads_terms(dumps_terms(ESCROW)) == ESCROW
    led = book(ESCROW, THREE_MONTHS)
    state = led.final
    assert state_from_dict(state_to_dict(state)) == state
    assert state_to_dict(state)["escrow"] == "150.00"
    pay = Payment(note_id="X", effective_date=date(2024, 4, 1), amount=Money.of("10.00", "USD"))
    assert "escrow" not in event_to_dict(pay)  # a payment recorded before keeps its text
    with_part = replace(pay, escrow=Money.of("4.00", "USD"))
    assert event_from_dict(event_to_dict(with_part)) == with_part


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('deposit = "0"', "escrow.deposit"),
        ('deposit = "450.001"', "escrow.deposit"),
        ('monthly = "450.00"', "unknown key"),
        ("", "escrow.deposit"),
    ],
)
def test_bad_escrow_terms_name_the_key(table: str, message: str) -> None:
    text = (EXAMPLES / "term-note-2024.toml").read_text() + f"\n[escrow]\n{table}\n"
    with pytest.raises(InvalidInput, match=message):
        loads_terms(text)


def _conserved(led: Ledger) -> None:
    """Every cent received is in exactly one place: applied to the note's buckets, held as
    unapplied funds, or in escrow (the balance, or paid out of it)."""
    rows = [r for r in led.rows if r.reversed_by is None]
    received = sum((r.amount or 0 for r in rows if r.kind == "payment"), Decimal(0))
    applied = sum((r.split.total for r in rows if r.kind in ("payment", "unapplied_applied")),
                  Decimal(0))  # fmt: skip
    returned = sum((r.amount or 0 for r in rows if r.kind == "refund"), Decimal(0))
    disbursed = sum((r.amount or 0 for r in rows if r.kind == "escrow_disbursement"), Decimal(0))
    final = led.final
    assert received == applied + final.unapplied + returned + final.escrow + disbursed
    assert final.escrow >= 0
    escrow_in = sum((r.escrow for r in rows if r.kind == "payment"), Decimal(0))
    assert final.escrow == escrow_in - disbursed


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 700),
            st.sampled_from(["pay", "pay", "disburse", "return-escrow"]),
            st.integers(1, 2_500_000),
            st.integers(0, 100_000),
        ),
        max_size=10,
    ),
    st.integers(0, 720),
)
def test_money_is_conserved_and_the_payoff_leaves_zero_debt_and_the_escrow(
    moves: list[tuple[int, str, int, int]], payoff_day: int
) -> None:
    start = date(2024, 3, 2).toordinal()
    lines = ["2024-03-01 advance 500000.00"]
    for offset, kind, cents, escrow_cents in sorted(moves):
        day = date.fromordinal(start + offset)
        if kind == "pay":
            amount = Decimal(cents + escrow_cents) / 100
            lines.append(f"{day} pay {amount:.2f} escrow={Decimal(escrow_cents) / 100:.2f}")
        else:
            lines.append(f"{day} {kind} {Decimal(escrow_cents + 1) / 100:.2f} County Tax Office")
    led = book(ESCROW, "\n".join(lines))
    assert {p.code for p in led.problems} <= {"escrow-exceeds-balance", "overpayment"}
    _conserved(led)
    # paying the quote on a later day leaves no debt, and the escrow exactly as it was
    last = max((r.effective_date for r in led.rows), default=ESCROW.issue_date)
    day = date.fromordinal(max(last.toordinal(), start + payoff_day))
    quote = payoff_quote(led, day)
    before = position(led, day).escrow
    if quote.total == 0:
        return
    paid = book(ESCROW, "\n".join([*lines, f"{day} pay {quote.total} escrow=0"]))
    assert {p.code for p in paid.problems} <= {"escrow-exceeds-balance", "overpayment"}
    assert len(paid.problems) == len(led.problems)  # the payoff itself was accepted
    final = paid.final
    assert (final.principal, final.paid_on) == (0, day)
    assert final.escrow == before
    assert payoff_quote(paid, day).total == 0
    _conserved(paid)
