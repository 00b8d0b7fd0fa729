"""Paid-in-kind interest, as short ledgers (issue 11).

The note: 10,000,000.00 advanced on the issue date 2024-01-01, ACT/360, interest capitalised
quarterly (2024-04-01, 2024-07-01, ...).  Every expected figure below is computed here from those
words — principal × rate × days / 360, rounded to the cent half-up when it is paid or
capitalised — not by the engine.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import parse_terms
from promissory.core.engine import (
    checkpoint_at,
    position,
    replay,
    replay_from,
    rows_and_state_through,
    rows_through,
)
from promissory.core.events import Payment
from promissory.core.money import Exact, Money
from promissory.core.reports import explain, payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms

D = Decimal
CENT = D("0.01")
PRINCIPAL = D("10000000.00")
Q1_DAYS = (date(2024, 4, 1) - date(2024, 1, 1)).days  # 91
Q2_DAYS = (date(2024, 7, 1) - date(2024, 4, 1)).days  # 91


def cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def interest(balance: Decimal, rate: str, days: int) -> Decimal:
    """Simple interest, ACT/360, exact (Decimal with enough digits for these figures)."""
    return balance * D(rate) * days / 360


def pik_note(rate: str = "0.08", pik: dict[str, Any] | None = None, **interest: Any) -> Terms:
    data: dict[str, Any] = {
        "id": "PIK-2024",
        "borrower": "Borrower Co.",
        "lender": "Credit Fund LP",
        "issue_date": date(2024, 1, 1),
        "currency": "USD",
        "commitment": "10000000.00",
        "maturity": date(2027, 1, 1),
        "interest": {"rate": rate, "day_count": "ACT/360", "compounding": "quarterly",
                     **interest},
        "rounding": {"quantum": "0.01", "mode": "half-up"},
    }  # fmt: skip
    if pik is not None:
        data["interest"]["pik"] = pik
    return parse_terms(data)


def ledger_of(t: Terms, text: str) -> Ledger:
    return replay(t, parse_events(t.id, text, t.currency))


# -- full PIK: a cash payment on the capitalisation date pays that period's interest in cash --


def test_cash_paid_on_the_quarter_date_pays_the_quarters_interest_not_principal() -> None:
    """Full PIK at 8%: the borrower pays the first quarter's interest in cash on 2024-04-01.
    Q1 interest = 10,000,000 × 0.08 × 91/360 = 202,222.22; nothing is left to capitalise, so the
    principal stays 10,000,000.00 (before issue 11 the cash went to principal: capitalisation came
    first that day)."""
    q1 = cents(interest(PRINCIPAL, "0.08", Q1_DAYS))
    assert q1 == D("202222.22")
    t = pik_note()
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-04-01 pay {q1}")
    assert ledger.problems == ()
    paid = next(r for r in ledger.rows if r.kind == "payment")
    assert (paid.to_interest, paid.to_principal) == (q1, 0)
    assert [r.kind for r in ledger.rows] == ["advance", "payment"]  # nothing capitalised
    pos = position(ledger, date(2024, 4, 1))
    assert (pos.principal, pos.interest) == (PRINCIPAL, 0)
    # Q2 then compounds on the unchanged principal
    q2 = cents(interest(PRINCIPAL, "0.08", Q2_DAYS))
    assert position(ledger, date(2024, 7, 1)).principal == PRINCIPAL + q2


def test_a_part_payment_on_the_quarter_date_leaves_the_rest_to_be_capitalised() -> None:
    """50,000.00 paid on 2024-04-01: it pays 50,000.00 of Q1's 202,222.22 in cash and the other
    152,222.22 is capitalised after it, the same day."""
    q1 = cents(interest(PRINCIPAL, "0.08", Q1_DAYS))
    t = pik_note()
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-04-01 pay 50000.00")
    kinds = [(r.effective_date, r.kind) for r in ledger.rows]
    assert kinds[:2] == [(date(2024, 1, 1), "advance"), (date(2024, 4, 1), "payment")]
    assert ledger.rows[1].to_interest == D("50000.00")
    after = position(ledger, date(2024, 4, 1))
    assert after.principal == PRINCIPAL + q1 - D("50000.00")
    assert after.interest == 0
    # a quote before the payment that day covers principal and the whole quarter's interest
    events = parse_events(t.id, f"2024-01-01 advance {PRINCIPAL}")
    quote = payoff_quote(replay(t, events), date(2024, 4, 1))
    assert quote.total == PRINCIPAL + q1


def test_count_first_and_last_day_a_payment_on_the_quarter_date_pays_the_period() -> None:
    """Both days counted: the period to 2024-04-01 counts 2024-01-01 .. 2024-03-31 (91 days);
    a payment on 2024-04-01 pays that period's interest in cash, and 2024-04-01 itself is the
    first day of the next period."""
    q1 = cents(interest(PRINCIPAL, "0.08", Q1_DAYS))
    t = pik_note(count_first_and_last_day=True)
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-04-01 pay {q1}")
    assert ledger.problems == ()
    assert ledger.rows[1].to_interest == q1 and ledger.rows[1].to_principal == 0
    assert position(ledger, date(2024, 4, 1)).principal == PRINCIPAL


# -- a cash + PIK split: 8% in cash plus 4% paid in kind ----------------------------------------


def exact(balance: Decimal, rate: str, days: int) -> Fraction:
    """balance × rate × days / 360, exactly."""
    return Fraction(balance) * Fraction(rate) * days / 360


def round_cents(x: Fraction) -> Decimal:
    return cents(D(x.numerator) / D(x.denominator))


SPLIT = {"rate": "0.04"}


def test_split_capitalises_the_pik_part_and_leaves_the_cash_part_owed() -> None:
    """10,000,000.00 at 8% cash + 4% PIK, ACT/360, quarterly from 2024-01-01.  Q1 (91 days):
    cash 10,000,000 × 0.08 × 91/360 = 202,222.22 owed in cash; PIK 10,000,000 × 0.04 × 91/360 =
    101,111.11 capitalised on 2024-04-01, so the principal becomes 10,101,111.11."""
    cash_q1, pik_q1 = exact(PRINCIPAL, "0.08", Q1_DAYS), exact(PRINCIPAL, "0.04", Q1_DAYS)
    assert (round_cents(cash_q1), round_cents(pik_q1)) == (D("202222.22"), D("101111.11"))
    t = pik_note(pik=SPLIT, payable="quarterly")
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}")
    pos = position(ledger, date(2024, 4, 1))
    assert pos.principal == PRINCIPAL + round_cents(pik_q1)
    assert pos.interest == round_cents(cash_q1)
    assert pos.contract_rate == D("0.12")
    # the day before, nothing is capitalised yet: all 12% is accrued interest
    before = position(ledger, date(2024, 3, 31))
    assert before.principal == PRINCIPAL
    assert before.interest == round_cents(exact(PRINCIPAL, "0.12", Q1_DAYS - 1))


def test_split_cash_interest_paid_on_the_quarter_date_and_q2_on_the_grown_principal() -> None:
    """The borrower pays Q1's cash interest, 202,222.22, on 2024-04-01: the PIK part 101,111.11
    is still capitalised after it.  Q2 (91 days) accrues on 10,101,111.11: cash at 8% and PIK
    at 4%; on 2024-07-01 its PIK part is capitalised and its cash part is owed.  The payoff on
    2024-07-01 (before that day's capitalisation) is principal plus both parts of Q2 (and the
    sub-cent left of Q1's cash interest)."""
    cash_q1, pik_q1 = exact(PRINCIPAL, "0.08", Q1_DAYS), exact(PRINCIPAL, "0.04", Q1_DAYS)
    paid = round_cents(cash_q1)
    t = pik_note(pik=SPLIT, payable="quarterly")
    text = f"2024-01-01 advance {PRINCIPAL}\n2024-04-01 pay {paid}"
    ledger = ledger_of(t, text)
    assert ledger.problems == ()
    rows = rows_through(ledger, date(2024, 4, 1))  # Schedule A on that day
    assert [r.kind for r in rows] == ["advance", "payment", "capitalisation"]
    payment, capitalised = rows[1], rows[2]
    assert (payment.to_interest, payment.to_principal) == (paid, 0)
    assert capitalised.amount == round_cents(pik_q1)
    grown = PRINCIPAL + round_cents(pik_q1)
    assert grown == D("10101111.11")
    cash_q2, pik_q2 = exact(grown, "0.08", Q2_DAYS), exact(grown, "0.04", Q2_DAYS)
    left_of_q1 = cash_q1 - Fraction(paid)  # the sub-cent of Q1's cash interest, still owed
    on_q2 = position(ledger, date(2024, 7, 1))
    assert on_q2.principal == grown + round_cents(pik_q2)
    assert on_q2.interest == round_cents(cash_q2 + left_of_q1)
    quote = payoff_quote(ledger, date(2024, 7, 1))
    assert quote.total == grown + round_cents(cash_q2 + pik_q2 + left_of_q1)
    # paying the quote leaves nothing
    events = parse_events(t.id, f"{text}\n2024-07-01 pay {quote.total}")
    after = replay(t, events)
    assert after.problems == ()
    end = position(after, date(2024, 7, 1))
    assert (end.principal, end.interest, end.interest_exact.sign()) == (0, 0, 0)


def test_split_explain_shows_the_part_paid_in_kind() -> None:
    t = pik_note(pik=SPLIT, payable="quarterly")
    events = parse_events(t.id, f"2024-01-01 advance {PRINCIPAL}")
    ledger = replay(t, events)
    report = explain(ledger, events, date(2024, 5, 1))
    first = report.segments[0].segment
    assert (first.start, first.end, first.rate, first.pik_rate) == (
        date(2024, 1, 1), date(2024, 4, 1), D("0.12"), D("0.04"))  # fmt: skip
    assert first.pik_interest == exact_of(exact(PRINCIPAL, "0.04", Q1_DAYS))
    assert report.capitalised == round_cents(exact(PRINCIPAL, "0.04", Q1_DAYS))


def exact_of(x: Fraction) -> Exact:
    return Exact(D(x.numerator), x.denominator)


# -- a PIK toggle: 10% in cash or 11% in kind, elected by the borrower each quarter -----------

TOGGLE = {"rate": "0.11", "toggle": True, "election_notice_days": 5, "default_election": "cash"}


def test_toggle_q1_in_kind_q2_in_cash_q3_in_kind() -> None:
    """Q1 elected PIK at closing: 10,000,000 × 0.11 × 91/360 = 278,055.56 capitalised on
    2024-04-01.  Q2 has no election, so it is cash (the default) at 10% on 10,278,055.56, paid on
    2024-07-01.  Q3 (92 days) elected PIK on 2024-06-20, in time (by 2024-06-26, five days
    before): 11% on 10,278,055.56 capitalised on 2024-10-01."""
    t = pik_note(rate="0.10", pik=TOGGLE, payable="quarterly")
    pik_q1 = exact(PRINCIPAL, "0.11", Q1_DAYS)
    assert round_cents(pik_q1) == D("278055.56")
    grown = PRINCIPAL + round_cents(pik_q1)
    cash_q2 = round_cents(exact(grown, "0.10", Q2_DAYS))
    q3_days = (date(2024, 10, 1) - date(2024, 7, 1)).days
    pik_q3 = exact(grown, "0.11", q3_days)
    text = (f"2024-01-01 advance {PRINCIPAL}\n2024-01-01 elect 2024-01-01 pik\n"
            f"2024-06-20 elect 2024-07-01 pik\n2024-07-01 pay {cash_q2}")  # fmt: skip
    ledger = ledger_of(t, text)
    assert ledger.problems == ()
    assert position(ledger, date(2024, 4, 1)).principal == grown
    assert position(ledger, date(2024, 4, 1)).interest == 0
    assert position(ledger, date(2024, 5, 1)).contract_rate == D("0.10")
    paid = next(r for r in ledger.rows if r.kind == "payment")
    assert (paid.to_interest, paid.to_principal) == (cash_q2, 0)
    on_q3 = position(ledger, date(2024, 10, 1))
    assert on_q3.principal == grown + round_cents(pik_q3)
    assert on_q3.interest == 0
    quote = payoff_quote(ledger, date(2024, 10, 1))
    # Q2's interest was paid in full, so its sub-cent residue was closed with that payment
    assert quote.total == grown + round_cents(pik_q3)
    after = replay(t, parse_events(t.id, f"{text}\n2024-10-01 pay {quote.total}"))
    assert after.problems == ()
    end = position(after, date(2024, 10, 1))
    assert (end.principal, end.interest, end.interest_exact.sign()) == (0, 0, 0)


def test_a_late_election_is_refused_naming_the_deadline_and_the_rule() -> None:
    t = pik_note(rate="0.10", pik=TOGGLE, payable="quarterly")
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-09-28 elect 2024-10-01 pik")
    (problem,) = ledger.problems
    assert problem.code == "pik-election-late"
    assert "2024-09-26" in problem.message and "5 days before the period starts" in problem.message
    # the period stays cash: Q4 accrues at 10%
    assert position(ledger, date(2024, 10, 2)).contract_rate == D("0.10")


def test_an_election_for_a_day_that_starts_no_period_is_refused() -> None:
    t = pik_note(rate="0.10", pik=TOGGLE)
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-02-01 elect 2024-05-01 pik")
    (problem,) = ledger.problems
    assert problem.code == "pik-period" and "2024-04-01, 2024-07-01" in problem.message


def test_an_election_on_a_note_without_a_toggle_is_refused() -> None:
    t = pik_note(pik=SPLIT)
    ledger = ledger_of(t, f"2024-01-01 advance {PRINCIPAL}\n2024-02-01 elect 2024-04-01 pik")
    assert [p.code for p in ledger.problems] == ["not-pik-toggle"]


# -- invariants: paying a quote leaves zero; money is conserved --------------------------------

QUARTER_DATES = [date(2024 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in (4, 7, 10, 13, 16)]
ANY_DAYS = [*QUARTER_DATES, date(2024, 2, 15), date(2024, 3, 31), date(2024, 8, 20)]
PERIOD_STARTS = [date(2024, 1, 1), *QUARTER_DATES]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["full", "split", "toggle"]),
    st.sampled_from(["ACT/360", "ACT/365F", "30/360 US"]),
    st.booleans(),
    st.lists(st.tuples(st.sampled_from(ANY_DAYS), st.integers(1, 40_000_000)), max_size=4),
    st.lists(st.tuples(st.sampled_from(PERIOD_STARTS), st.booleans()), max_size=3),
    st.sampled_from(ANY_DAYS),
)
def test_paying_the_quote_leaves_zero_and_money_is_conserved(
    kind: str,
    day_count: str,
    inclusive: bool,
    payments: list[tuple[date, int]],
    elections: list[tuple[date, bool]],
    quote_day: date,
) -> None:
    pik = {"full": None, "split": SPLIT, "toggle": TOGGLE}[kind]
    t = pik_note(pik=pik, day_count=day_count, count_first_and_last_day=inclusive)
    lines = [f"2024-01-01 advance {PRINCIPAL}"]
    if kind == "toggle":  # elections made by the deadline (the issue date for the first period)
        for start, in_kind in elections:
            made = max(date(2024, 1, 1), start - timedelta(days=5))
            lines.append(f"{made} elect {start} {'pik' if in_kind else 'cash'}")
    lines += [f"{d} pay {D(c).scaleb(-2)}" for d, c in payments if d <= quote_day]
    lines.sort(key=lambda line: line[:10])
    events = parse_events(t.id, "\n".join(lines))
    ledger = replay(t, events)
    assert all(p.code == "overpayment" for p in ledger.problems)
    events = [e for e in events if e.seq not in {p.seq for p in ledger.problems}]
    ledger = replay(t, events)
    # money conserved: principal = advanced + capitalised − principal paid, on every day
    rows, state = rows_and_state_through(ledger, quote_day)
    live = [r for r in rows if r.reversed_by is None]
    capitalised = sum((r.amount or D(0) for r in live if r.kind == "capitalisation"), D(0))
    paid = sum((r.amount or D(0) for r in live if r.kind == "payment"), D(0))
    to_principal = sum((r.to_principal for r in live), D(0))
    to_interest = sum((r.to_interest for r in live), D(0))
    assert state.principal == PRINCIPAL + capitalised - to_principal
    assert paid == to_principal + to_interest
    quote = payoff_quote(ledger, quote_day)
    if quote.status.value == "paid":
        return
    pay = Payment(note_id=t.id, effective_date=quote_day, seq=len(events) + 1,
                  amount=Money(quote.total, "USD"))  # fmt: skip
    after = replay(t, [*events, pay])
    assert [p for p in after.problems if p.seq == pay.seq] == []
    end = position(after, quote_day)
    assert (end.principal, end.interest, end.default_interest, end.expenses) == (0, 0, 0, 0)
    assert end.interest_exact.sign() == 0 and end.status.value == "paid"


def test_a_checkpoint_on_a_quarter_date_with_the_capitalisation_still_to_come() -> None:
    """A checkpoint through 2024-04-01 taken after that day's payment (stored and read back as the
    book does) holds the capitalisation still to come and the toggle's elections; resuming from it
    gives the full replay's figures."""
    t = pik_note(rate="0.10", pik=TOGGLE, payable="quarterly")
    text = (f"2024-01-01 advance {PRINCIPAL}\n2024-01-01 elect 2024-01-01 pik\n"
            "2024-03-20 elect 2024-04-01 pik\n2024-04-01 pay 1000.00\n"
            "2024-05-01 pay 5000.00\n2024-06-20 elect 2024-07-01 cash")  # fmt: skip
    events = parse_events(t.id, text)
    full = replay(t, events)
    assert full.problems == ()
    # the book as it stood on 2024-04-01, after that day's payment: the checkpoint it took then
    then = replay(t, [e for e in events if e.effective_date <= date(2024, 4, 1)])
    checkpoint = checkpoint_at(then, date(2024, 4, 1))
    assert checkpoint.state.capitalise_on == date(2024, 4, 1)  # after the payment: still to come
    assert [e.value for _, e in checkpoint.state.pik_elections] == ["pik", "pik"]
    stored = checkpoint_from_json(checkpoint_to_json(checkpoint))
    assert stored.state == checkpoint.state
    assert stored.state.pik_elections == checkpoint.state.pik_elections
    resumed = replay_from(t, stored, events)
    for day in (date(2024, 4, 1), date(2024, 5, 1), date(2024, 7, 1), date(2024, 9, 30)):
        assert position(resumed, day) == position(full, day)
