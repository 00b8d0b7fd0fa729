"""Regressions for the findings of the first code review (each was a wrong figure or a crash)."""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal

import pytest

from ledger_dsl import book, parse_events, terms
from promissory.core.engine import position, replay
from promissory.core.events import Payment
from promissory.core.money import Exact, Money, RoundingPolicy
from promissory.core.reports import explain, interest_due, payoff_quote
from promissory.core.state import Status
from promissory.errors import InvalidInput

D = Decimal


def pay_quote(t, events, day):  # type: ignore[no-untyped-def]
    """Pay a quote's total on its day; return the new ledger and the payment's seq."""
    quote = payoff_quote(replay(t, events), day)
    payment = Payment(note_id=t.id, effective_date=day, seq=len(events) + 1,
                      amount=Money(quote.total, "USD"))  # fmt: skip
    return replay(t, [*events, payment]), payment.seq


def test_a_negative_index_never_makes_negative_interest_without_a_floor() -> None:
    """SOFR −5% + 1% with no floor: the rate is 0, and a payment of 1,000 reduces principal by
    exactly 1,000 (it used to 'pay' −40,555.56 of interest and free that for principal)."""
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.01"})
    ledger = book(t, "2001-10-05 fixing SOFR -0.05\n2001-10-05 advance 1000000.00\n"
                     "2002-10-05 pay 1000.00")  # fmt: skip
    row = ledger.rows[-1]
    assert (row.to_interest, row.to_principal, row.principal) == (0, D("1000.00"), D("999000.00"))


def test_capitalisation_waits_for_its_day_when_both_days_count() -> None:
    """Both days counted, quarterly capitalisation (2002-01-05): a payment on 2002-01-04 pays the
    interest through that day (92 days → 20,444.44) before anything is capitalised."""
    t = terms(interest_count_first_and_last_day=True, interest_compounding="quarterly")
    ledger = book(t, "2001-10-05 advance 1000000.00\n2002-01-04 pay 10000.00")
    kinds = [(r.effective_date, r.kind) for r in ledger.rows]
    assert kinds == sorted(kinds, key=lambda k: k[0])
    assert ledger.rows[1].to_interest == D("10000.00")
    assert position(ledger, date(2002, 1, 4)).principal == D("1000000.00")
    after = position(ledger, date(2002, 1, 5))
    assert after.principal == D("1010444.44") and after.interest > 0  # capitalised 01-05


def test_a_quote_on_an_acceleration_day_is_what_a_payment_that_day_needs() -> None:
    """A payment sorts before the day's acceleration, so it still meets the 2% premium."""
    t = terms(prepayment={"premium": [{"until": date(2005, 1, 1), "percent": "0.02"}]})
    events = parse_events(t.id, "2001-10-05 advance 1000000.00\n2002-03-01 default\n"
                                "2002-04-01 accelerate")  # fmt: skip
    ledger, seq = pay_quote(t, events, date(2002, 4, 1))
    assert [p for p in ledger.problems if p.seq == seq] == []
    assert position(ledger, date(2002, 4, 1)).total == 0


def test_a_refused_fixing_never_sets_the_rate() -> None:
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    base = "2001-10-05 fixing SOFR 0.05\n2001-10-05 advance 1000000.00\n"
    good, bad = book(t, base), book(t, base + "2001-10-20 fixing LIBOR 0.50")
    assert [p.code for p in bad.problems] == ["wrong-index"]
    assert position(bad, date(2002, 1, 1)).interest == position(good, date(2002, 1, 1)).interest
    assert position(bad, date(2002, 1, 1)).contract_rate == D("0.08")


def test_act_act_icma_payoff_quotes_work() -> None:
    t = terms(interest_day_count="ACT/ACT ICMA", interest_payable="semiannual")
    ledger = book(t, "2001-10-05 advance 1000000.00")
    quote = payoff_quote(ledger, date(2002, 1, 1))
    assert quote.total == D(1000000) + quote.interest
    assert quote.per_diem > 0


def test_explain_keeps_a_later_dated_reversal() -> None:
    t = terms()
    events = parse_events(t.id, "2001-10-05 advance 1000000.00\n2001-10-05 advance 500000.00\n"
                                "2002-01-10 reverse 2")  # fmt: skip
    x = explain(replay(t, events), events, date(2001, 12, 4))
    assert {s.segment.balance for s in x.segments} == {D("1000000.00")}
    assert RoundingPolicy().round(x.accrued_exact) == x.outstanding


def test_explain_reconciles_capitalisation_after_the_last_event() -> None:
    t = terms(interest_compounding="quarterly")
    events = parse_events(t.id, "2001-10-05 advance 1000000.00")
    x = explain(replay(t, events), events, date(2002, 6, 1))
    assert x.capitalised == x.position.principal - D("1000000.00")
    left = (x.accrued_exact + Exact.of(x.opening_interest) - Exact.of(x.interest_paid)
            - Exact.of(x.capitalised) - x.residue_closed)  # fmt: skip
    assert left == x.outstanding_exact


def test_the_ambient_decimal_context_changes_nothing() -> None:
    t = terms(prepayment={"premium": [{"until": date(2005, 1, 1), "percent": "0.02"}]})
    events = parse_events(t.id, "2001-10-05 advance 8569427.91\n2002-01-04 pay 3000000.00")
    expected = payoff_quote(replay(t, events), date(2002, 6, 30))
    with decimal.localcontext(decimal.Context(prec=6)):
        assert RoundingPolicy().round(D("403292.175")) == D("403292.18")
        assert payoff_quote(replay(t, events), date(2002, 6, 30)) == expected


def test_an_opening_balance_after_a_reversed_advance() -> None:
    ledger = book(terms(), "2001-12-01 advance 5.00\n2002-03-31 opening 17500000.00 1140370.41\n"
                           "2002-04-01 reverse 1")  # fmt: skip
    assert ledger.problems == ()
    assert position(ledger, date(2002, 4, 30)).principal == D("17500000.00")


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


def test_a_missing_fixing_is_bad_input_naming_it() -> None:
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    ledger = book(t, "2001-10-05 fixing SOFR 0.05\n2001-10-05 advance 1.00")
    late = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    unfixed = book(late, "2001-10-05 advance 1000.00")
    with pytest.raises(InvalidInput, match="SOFR"):
        payoff_quote(unfixed, date(2001, 11, 1))
    with pytest.raises(InvalidInput, match="SOFR"):
        position(unfixed, date(2001, 11, 1))
    assert payoff_quote(ledger, date(2001, 11, 1)).total > 0
