"""Scheduled principal and the premium at the edges a review found (issue 10): a waterfall that
puts principal first, a note that may not be prepaid, a rate amendment, a loan taken on by its
opening balance, and a checkpoint written by the previous version.  The note is
``examples/term-note-2024.toml`` (500,000.00 at 7.25%, 60 installments of 9,959.68) with a 3-2-1
premium; a 2% premium applies from 2025-03-01 to 2026-03-01."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from ledger_dsl import book, parse_events
from promissory.codec.state_json import checkpoint_differences, checkpoint_to_json
from promissory.codec.terms_toml import loads_terms
from promissory.core.billing import installment_status
from promissory.core.engine import checkpoint_at, replay
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"
PREMIUM = """
[prepayment]
premium = [
  { until = 2025-03-01, percent = "0.03" },
  { until = 2026-03-01, percent = "0.02" },
  { until = 2027-03-01, percent = "0.01" },
]
"""
TEXT = EXAMPLE.read_text() + PREMIUM
T = loads_terms(TEXT)


def test_paying_the_quote_leaves_zero_when_principal_comes_first_in_the_waterfall() -> None:
    text = TEXT.replace('[waterfall]\norder = ["expenses", "default_interest", "interest", '
                        '"principal"]', '[waterfall]\norder = ["principal", "interest", "expenses", '
                        '"default_interest"]')  # fmt: skip
    if text == TEXT:  # the example may state no waterfall: add one
        text = (
            TEXT
            + '\n[waterfall]\norder = ["principal", "interest", "expenses", "default_interest"]\n'
        )
    terms = loads_terms(text)
    events = parse_events(terms.id, "2024-03-01 advance 500000.00\n2024-04-01 pay 9959.68")
    quote = payoff_quote(replay(terms, events), date(2024, 5, 1))
    paid = Payment(note_id=terms.id, effective_date=date(2024, 5, 1), seq=3,
                   amount=Money.of(quote.total, "USD"))  # fmt: skip
    after = replay(terms, [*events, paid])
    assert after.problems == ()
    assert after.final.principal == 0 and after.final.paid_on == date(2024, 5, 1)


def test_a_note_that_may_not_be_prepaid_still_takes_its_installments() -> None:
    terms = loads_terms(TEXT.replace("[prepayment]\n", "[prepayment]\nallowed = false\n"))
    on_time = book(terms, "2024-03-01 advance 500000.00\n2024-04-01 pay 9959.68")
    assert on_time.problems == ()
    extra = book(terms, "2024-03-01 advance 500000.00\n2024-04-01 pay 19959.68")
    # what it may not prepay is held as unapplied funds, not refused nor applied to principal
    assert extra.problems == ()
    (row,) = [r for r in extra.rows if r.kind == "payment"]
    assert (row.unapplied, row.split.premium, row.state.unapplied) == (
        Decimal("10000.00"), 0, Decimal("10000.00"))  # fmt: skip
    assert row.split.total == Decimal("9959.68")


def test_an_installment_after_a_rate_amendment_pays_no_premium() -> None:
    # amended to 5% within the second period: installment 2 stays 9,959.68, those from 3 on are
    # re-amortized lower (core/plan.py); each installment billed pays no premium, what is paid
    # beyond the revised one does
    text = """
        2024-03-01 advance 500000.00
        2024-04-01 pay 9959.68
        2024-04-15 amend rate=0.05
        2024-05-01 pay 9959.68
    """
    amended = book(T, text)
    status = installment_status(amended, date(2024, 5, 2))
    assert status is not None
    revised = status.next_amount_due
    assert revised < Decimal("9959.68")
    led = book(T, text + f"2024-06-01 pay {revised}")
    assert led.problems == ()
    assert [r.split.premium for r in led.rows if r.kind == "payment"] == [Decimal(0)] * 3
    more = book(T, text + "2024-06-01 pay 9959.68")
    assert [r.split.premium for r in more.rows if r.kind == "payment"][2] > 0


def test_a_loan_taken_on_by_its_opening_balance_is_current_and_pays_premium_on_prepaid_only() -> (
    None
):
    # 391,398.12 is the table's balance after 15 installments (2025-06-01 is the 15th due date)
    led = book(T, """
        2025-06-01 opening 391398.12 0
        2025-06-15 pay 100000.00
    """)  # fmt: skip
    assert led.problems == ()
    (split,) = [r.split for r in led.rows if r.kind == "payment"]
    assert split.premium > 0  # 2% on what the payment prepaid beyond the next installment
    assert split.premium == (
        (split.principal - (Decimal("9959.68") - split.interest)) * Decimal("0.02")
    ).quantize(Decimal("0.01"))
    status = installment_status(led, date(2025, 6, 1))
    assert status is not None and status.past_due == 0 and status.days_past_due == 0


def test_a_checkpoint_of_the_previous_format_is_a_stale_cache_not_an_edit() -> None:
    led = book(T, "2024-03-01 advance 500000.00\n2024-04-01 pay 9959.68")
    now = checkpoint_to_json(checkpoint_at(led, date(2024, 4, 1)))
    old = json.loads(now)
    old["format"] = 1
    for name in ("installments_paid", "pledged", "filed", "registers_known"):
        old["state"].pop(name, None)
    assert checkpoint_differences(json.dumps(old), now) == []
