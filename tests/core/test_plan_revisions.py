"""The installments a note bills, revised by what happens to it (issue 10): a rate amendment, a
re-amortizing prepayment, the conversion of a draw period to a term loan, an acceleration.

Each revised installment is checked against numpy-financial's ``pmt`` (a test oracle only) on the
balance the rule names.  The base note is ``examples/term-note-2024.toml`` (500,000.00 at 7.25%,
30/360, 60 installments of 9,959.68 from 2024-04-01).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy_financial as npf
import pytest

from ledger_dsl import book
from promissory.codec.terms_toml import loads_terms
from promissory.core.amortization import note_amortization
from promissory.core.billing import installment_status, note_plan
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"
TEXT = EXAMPLE.read_text()
T = loads_terms(TEXT)
TABLE = note_amortization(T).rows


def pmt(rate: float, periods: int, principal: Decimal) -> Decimal:
    value = float(npf.pmt(rate / 12, periods, -float(principal)))
    return Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def due(k: int) -> date:
    return TABLE[k - 1].due_date


def pay_plan(terms: Terms, head: str, start: int, as_of: date) -> Ledger:
    """``head``, then every installment of the plan from ``start`` paid on its due date."""
    led = book(terms, head)
    plan = note_plan(led, as_of)
    assert plan is not None
    lines = [f"{r.due_date} pay {r.payment}" for r in plan.rows if r.number >= start]
    return book(terms, head + "\n" + "\n".join(lines))


def test_a_rate_amendment_re_amortizes_the_expected_balance_over_the_installments_left() -> None:
    head = """
        2024-03-01 advance 500000.00
        2024-04-01 pay 9959.68
        2024-05-01 pay 9959.68
        2024-06-01 amend rate=0.08
    """
    led = book(T, head)
    status = installment_status(led, date(2024, 6, 2))
    assert status is not None
    # installment 3 (due that day) is still the table's; from 4 on, 57 installments at 8.00% on
    # the balance the table expected after installment 3
    expected = TABLE[2].balance
    assert [x.amount for x in status.installments[:3]] == [Decimal("9959.68")] * 3
    assert status.installments[3].amount == pmt(0.08, 57, expected) == Decimal("10129.92")
    # paid on its plan, the note ends at exactly zero on maturity
    paid = pay_plan(T, head, 3, date(2024, 6, 2))
    assert paid.problems == ()
    assert (paid.final.principal, paid.final.paid_on) == (0, date(2029, 3, 1))


@pytest.mark.parametrize("day", ["2024-06-02", "2024-06-15", "2024-06-30"])
def test_within_a_period_its_installment_stays_and_the_rest_are_re_amortized(day: str) -> None:
    # the period 2024-06-01 to 2024-07-01 accrues 7.25% before the amendment and 8.00% after it;
    # installment 4 stays 9,959.68 and pays that interest; installments 5 to 60 are re-amortized on
    # what it leaves, so the note paid on its plan still ends at exactly zero
    head = f"""
        2024-03-01 advance 500000.00
        2024-04-01 pay 9959.68
        2024-05-01 pay 9959.68
        2024-06-01 pay 9959.68
        {day} amend rate=0.08
    """
    led = book(T, head)
    plan = note_plan(led, date(2024, 7, 2))
    assert plan is not None
    assert plan.rows[3].payment == Decimal("9959.68")
    (revision,) = led.final.plan_revisions
    assert revision.from_period == 5
    assert plan.rows[4].payment == pmt(0.08, 56, revision.balance)
    paid = pay_plan(T, head, 4, date(2024, 7, 2))
    assert paid.problems == ()
    assert (paid.final.principal, paid.final.paid_on) == (0, date(2029, 3, 1))


def test_keep_installment_keeps_it_and_the_balloon_absorbs_the_new_rate() -> None:
    keep = loads_terms(TEXT.replace('prepayment_effect = "shorten-term"',
                                    'prepayment_effect = "shorten-term"\nrate_change = "keep-installment"'))  # fmt: skip
    head = """
        2024-03-01 advance 500000.00
        2024-04-01 pay 9959.68
        2024-05-01 amend rate=0.08
    """
    led = book(keep, head)
    plan = note_plan(led, date(2024, 5, 2))
    assert plan is not None
    assert {r.payment for r in plan.rows[:-1]} == {Decimal("9959.68")}
    assert plan.rows[-1].payment > 2 * Decimal("9959.68")  # a balloon at maturity
    paid = pay_plan(keep, head, 2, date(2024, 5, 2))
    assert paid.problems == ()
    assert (paid.final.principal, paid.final.paid_on) == (0, date(2029, 3, 1))


def test_a_reamortizing_prepayment_bills_the_new_installment() -> None:
    reamortize = loads_terms(TEXT.replace('"shorten-term"', '"reamortize"'))
    head = """
        2024-03-01 advance 500000.00
        2024-04-01 pay 109959.68
    """
    led = book(reamortize, head)
    status = installment_status(led, date(2024, 4, 2))
    assert status is not None
    # 100,000.00 prepaid on the balance after installment 1: 59 installments left
    assert status.next_amount_due == pmt(0.0725, 59, TABLE[0].balance - 100000)
    assert status.next_amount_due == Decimal("7939.71")
    paid = pay_plan(reamortize, head, 2, date(2024, 4, 2))
    assert paid.problems == ()
    assert (paid.final.principal, paid.final.paid_on) == (0, date(2029, 3, 1))
    # a shorten-term note keeps billing 9,959.68
    kept = installment_status(book(T, head), date(2024, 4, 2))
    assert kept is not None and kept.next_amount_due == Decimal("9959.68")


LINE = """
id = "CONST-2024-7"
borrower = "Harbor Tool & Die, Inc."
lender = "Lakeside Commercial Bank"
issue_date = 2024-01-01
currency = "USD"
commitment = "1000000.00"
draw_period_end = 2024-12-31
maturity = 2029-12-31

[interest]
rate = "0.0675"
day_count = "30/360 US"
payable = "monthly"

[schedule]
kind = "level"
first_payment = 2025-01-31
payments = 60
amortize_from = "conversion"

[rounding]
quantum = "0.01"
mode = "half-up"
"""


def test_a_multi_draw_note_converts_to_a_term_loan_on_the_principal_drawn() -> None:
    line = loads_terms(LINE)
    head = """
        2024-01-15 advance 300000.00
        2024-06-10 advance 400000.00
        2024-09-01 pay 50000.00
    """
    during = installment_status(book(line, head), date(2024, 12, 31))
    assert during is not None and during.installments == ()  # interest only: nothing billed
    led = book(line, head)
    status = installment_status(led, date(2025, 2, 15))
    assert status is not None
    # owed when the draw period ended: 700,000.00 drawn less the 31,212.50 of principal the
    # 50,000.00 repaid after the interest then accrued (30/360: 300,000.00 × 6.75% × 226/360 =
    # 12,712.50 and 400,000.00 × 6.75% × 81/360 = 6,075.00): 668,787.50, over 60 installments
    assert status.installments[0].amount == pmt(0.0675, 60, Decimal("668787.50"))
    assert status.installments[0].amount == Decimal("13164.05")
    assert status.past_due == status.installments[0].amount
    # interest to the draw period's end paid, then every installment on its due date: zero
    interest = payoff_quote(led, date(2024, 12, 31)).interest
    paid = pay_plan(line, head + f"\n2024-12-31 pay {interest}", 1, date(2025, 1, 1))
    assert paid.problems == ()
    assert (paid.final.principal, paid.final.paid_on) == (0, date(2029, 12, 31))


def test_the_example_construction_line_bills_its_installments_on_what_was_drawn() -> None:
    example = EXAMPLE.parent / "construction-line-2024.toml"
    line = loads_terms(example.read_text())
    led = book(line, """
        2024-01-15 advance 300000.00
        2024-06-10 advance 400000.00
    """)  # fmt: skip
    status = installment_status(led, date(2025, 2, 15))
    assert status is not None
    # 700,000.00 owed at the end of the draw period (the interest accrued is not principal)
    assert status.installments[0].amount == pmt(0.0675, 60, Decimal("700000.00"))


def test_after_acceleration_the_whole_payoff_is_billed_as_due() -> None:
    led = book(T, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 9959.68
        2024-05-10 default
        2024-06-01 accelerate
    """)  # fmt: skip
    on_the_day = installment_status(led, date(2024, 6, 1))
    later = installment_status(led, date(2024, 6, 15))
    assert on_the_day is not None and later is not None
    quote = payoff_quote(led, date(2024, 6, 15))
    assert later.accelerated_on == date(2024, 6, 1)
    assert later.amount_due == later.past_due == later.fallen_due == quote.total
    assert (later.days_past_due, later.aging, later.next_due_date) == (14, "1-29", None)
    assert on_the_day.past_due == 0 and on_the_day.amount_due > 0
    assert all(x.remaining == 0 and x.days_past_due == 0 for x in later.installments)


def test_a_replay_resumed_from_any_checkpoint_keeps_the_revisions_and_the_held_funds() -> None:
    from ledger_dsl import parse_events
    from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
    from promissory.core.engine import checkpoint_at, replay, replay_from

    held = loads_terms(TEXT.replace('"shorten-term"', '"reamortize"\nexcess = "unapplied"'))
    events = parse_events(held.id, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 12959.68
        2024-04-10 refund 1000.00
        2024-04-20 amend rate=0.08
        2024-05-01 pay 7959.68
        2024-06-01 pay 9959.68
    """)  # fmt: skip
    full = replay(held, events)
    assert full.problems == ()
    assert full.final.plan_revisions and full.final.unapplied == 0
    for row in full.rows:
        text = checkpoint_to_json(checkpoint_at(full, row.effective_date))
        resumed = replay_from(held, checkpoint_from_json(text), events)
        assert resumed.final == full.final
        assert resumed.final.plan_revisions == full.final.plan_revisions


def test_a_late_charge_is_figured_on_the_revised_installment() -> None:
    late = loads_terms(TEXT.replace("[rounding]", '[late_charge]\npercent = "0.05"\n\n[rounding]'))
    led = book(late, """
        2024-03-01 advance 500000.00
        2024-04-01 amend rate=0.05
        2024-04-01 pay 9959.68
        2024-05-10 note a letter
    """)  # fmt: skip
    plan = note_plan(led, date(2024, 5, 10))
    assert plan is not None
    revised = plan.rows[1].payment  # installment 2 at 5% on the table's balance after 1
    assert revised == pmt(0.05, 59, TABLE[0].balance)
    (charge,) = [r for r in led.rows if r.kind == "late_charge"]
    assert (charge.effective_date, charge.amount) == (
        date(2024, 5, 2), (revised * Decimal("0.05")).quantize(Decimal("0.01"), ROUND_HALF_UP))  # fmt: skip
