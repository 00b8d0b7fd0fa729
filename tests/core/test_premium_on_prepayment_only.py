"""A prepayment premium is charged on voluntary prepayments only, never on a scheduled installment.

Issue 10: the term note of ``examples/term-note-2024.toml`` with a 3-2-1 premium (3% on principal
prepaid before 2025-03-01, 2% before 2026-03-01, 1% before 2027-03-01).  The premium took 202.11
out of the ordinary installment of 2024-04-01.  The note's words: the installment of 9,959.68 is
scheduled; only principal paid beyond the installments due (and the next one) is prepaid.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from ledger_dsl import book, parse_events
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import loads_terms
from promissory.core.amortization import note_amortization
from promissory.core.engine import checkpoint_at, replay, replay_from
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger
from promissory.errors import InvalidInput

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"
PREMIUM = """
[prepayment]
premium = [
  { until = 2025-03-01, percent = "0.03" },
  { until = 2026-03-01, percent = "0.02" },
  { until = 2027-03-01, percent = "0.01" },
]
"""
T = loads_terms(EXAMPLE.read_text() + PREMIUM)
INSTALLMENT = Decimal("9959.68")  # tests/core/test_billing.py computes it from the note's words
CENT = Decimal("0.01")


def month_interest(balance: Decimal) -> Decimal:
    """One 30/360 month at 7.25%, rounded half-up to the cent."""
    return (balance * Decimal("0.0725") * 30 / 360).quantize(CENT, rounding=ROUND_HALF_UP)


def ledger(text: str) -> Ledger:
    return book(T, "2024-03-01 advance 500000.00\n" + text)


def payments(led: Ledger) -> list:  # type: ignore[type-arg]
    return [row.split for row in led.rows if row.kind == "payment"]


def test_an_installment_paid_on_its_due_date_carries_no_premium() -> None:
    led = ledger("2024-04-01 pay 9959.68")
    assert not led.problems
    (split,) = payments(led)
    interest = month_interest(Decimal("500000.00"))
    assert (split.interest, split.principal, split.premium) == (
        interest, INSTALLMENT - interest, Decimal(0))  # fmt: skip


def test_a_prepayment_carries_the_premium_on_the_extra_principal_only() -> None:
    # installment 2 plus 10,300.00: 10,000.00 of principal prepaid and its 3% premium, 300.00
    led = ledger("2024-04-01 pay 9959.68\n2024-05-01 pay 20259.68")
    assert not led.problems
    first, second = payments(led)
    balance = Decimal("500000.00") - first.principal
    interest = month_interest(balance)
    assert second.interest == interest
    assert second.principal == INSTALLMENT - interest + Decimal("10000.00")
    assert second.premium == Decimal("300.00")
    # the next installment is scheduled again: no premium, though its principal is a little more
    # than the table's (the prepayment shortened the term, interest is lower)
    led = ledger("2024-04-01 pay 9959.68\n2024-05-01 pay 20259.68\n2024-06-01 pay 9959.68")
    assert not led.problems
    third = payments(led)[2]
    assert third.premium == 0 and third.principal + third.interest == INSTALLMENT


def test_an_installment_paid_ahead_of_its_due_date_carries_no_premium() -> None:
    led = ledger("2024-04-01 pay 9959.68\n2024-04-20 pay 9959.68")
    assert not led.problems
    assert payments(led)[1].premium == 0


def test_a_short_payment_then_the_rest_carries_no_premium() -> None:
    led = ledger("2024-04-01 pay 5000.00\n2024-04-10 pay 4959.68")
    assert not led.problems
    assert [s.premium for s in payments(led)] == [0, 0]


def test_a_replay_resumed_from_a_checkpoint_counts_the_installments_paid_before_it() -> None:
    events = parse_events(T.id, "2024-03-01 advance 500000.00\n2024-04-01 pay 9959.68\n"
                          "2024-04-20 pay 9959.68\n2024-05-01 pay 9959.68")  # fmt: skip
    full = replay(T, events)
    text = checkpoint_to_json(checkpoint_at(full, date(2024, 4, 20)))
    resumed = replay_from(T, checkpoint_from_json(text), events)
    assert resumed.final == full.final
    assert full.final.installments_paid == 3 * INSTALLMENT
    assert payments(resumed)[-1].premium == payments(full)[-1].premium == Decimal("0.00")
    data = json.loads(text)
    del data["state"]["installments_paid"]
    with pytest.raises(InvalidInput, match="installments_paid"):
        checkpoint_from_json(json.dumps(data))


def test_every_installment_paid_on_its_due_date_pays_no_premium_and_the_note() -> None:
    rows = note_amortization(T).rows
    led = ledger("\n".join(f"{r.due_date} pay {r.payment}" for r in rows))
    assert not led.problems
    assert all(s.premium == 0 for s in payments(led))
    assert led.final.principal == 0 and led.final.paid_on == rows[-1].due_date


def test_paying_the_payoff_quote_leaves_zero_and_the_premium_is_on_the_prepaid_principal() -> None:
    led = ledger("2024-04-01 pay 9959.68")
    quote = payoff_quote(led, date(2024, 4, 15))
    # the next installment (2024-05-01) is paid ahead as scheduled: its principal is free
    free = INSTALLMENT - quote.interest
    prepaid = quote.principal - free
    assert quote.premium == (prepaid * Decimal("0.03")).quantize(CENT, rounding=ROUND_HALF_UP)
    paid = ledger(f"2024-04-01 pay 9959.68\n2024-04-15 pay {quote.total}")
    assert not paid.problems
    assert paid.final.principal == 0 and paid.final.paid_on == date(2024, 4, 15)
    assert payments(paid)[-1].premium == quote.premium
