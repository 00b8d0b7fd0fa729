"""Payoff quotes: paying one on its day leaves nothing owed, whatever the day brings (acceleration,
default, ACT/ACT ICMA, no prepayment, the ambient decimal context). From the first review."""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal

from ledger_dsl import book, parse_events, terms
from promissory.core.engine import position, replay
from promissory.core.events import Payment
from promissory.core.money import Money, RoundingPolicy
from promissory.core.reports import interest_due, payoff_quote
from promissory.core.state import Status

D = Decimal


def pay_quote(t, events, day):  # type: ignore[no-untyped-def]
    """Pay a quote's total on its day; return the new ledger and the payment's seq."""
    quote = payoff_quote(replay(t, events), day)
    payment = Payment(note_id=t.id, effective_date=day, seq=len(events) + 1,
                      amount=Money(quote.total, "USD"))  # fmt: skip
    return replay(t, [*events, payment]), payment.seq


def test_a_quote_on_an_acceleration_day_is_what_a_payment_that_day_needs() -> None:
    """A payment sorts before the day's acceleration, so it still meets the 2% premium."""
    t = terms(prepayment={"premium": [{"until": date(2005, 1, 1), "percent": "0.02"}]})
    events = parse_events(t.id, "2001-10-05 advance 1000000.00\n2002-03-01 default\n"
                                "2002-04-01 accelerate")  # fmt: skip
    ledger, seq = pay_quote(t, events, date(2002, 4, 1))
    assert [p for p in ledger.problems if p.seq == seq] == []
    assert position(ledger, date(2002, 4, 1)).total == 0


def test_act_act_icma_payoff_quotes_work() -> None:
    t = terms(interest_day_count="ACT/ACT ICMA", interest_payable="semiannual")
    ledger = book(t, "2001-10-05 advance 1000000.00")
    quote = payoff_quote(ledger, date(2002, 1, 1))
    assert quote.total == D(1000000) + quote.interest
    assert quote.per_diem > 0


def test_the_ambient_decimal_context_changes_nothing() -> None:
    t = terms(prepayment={"premium": [{"until": date(2005, 1, 1), "percent": "0.02"}]})
    events = parse_events(t.id, "2001-10-05 advance 8569427.91\n2002-01-04 pay 3000000.00")
    expected = payoff_quote(replay(t, events), date(2002, 6, 30))
    with decimal.localcontext(decimal.Context(prec=6)):
        assert RoundingPolicy().round(D("403292.175")) == D("403292.18")
        assert payoff_quote(replay(t, events), date(2002, 6, 30)) == expected


def test_no_prepayment_still_lets_interest_be_paid() -> None:
    t = terms(prepayment={"allowed": False}, interest_payable="quarterly")
    ledger = book(t, "2001-10-05 advance 1000000.00\n2002-01-05 pay 19555.56\n"
                     "2002-01-06 pay 100000.00")  # fmt: skip
    assert [p.code for p in ledger.problems] == ["no-prepayment"]
    assert ledger.rows[1].to_interest == D("19555.56")
    assert interest_due(ledger, date(2002, 1, 6)).past_due == 0


def test_paid_in_full_while_in_default_is_paid() -> None:
    t = terms()
    events = parse_events(t.id, "2001-10-05 advance 1000.00\n2001-11-01 default")
    ledger, _ = pay_quote(t, events, date(2001, 12, 1))
    assert position(ledger, date(2010, 1, 1)).status is Status.PAID
