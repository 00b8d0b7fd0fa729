"""Paid-in-kind interest, as short ledgers (issue 11).

The note: 10,000,000.00 advanced on the issue date 2024-01-01, ACT/360, interest capitalised
quarterly (2024-04-01, 2024-07-01, ...).  Every expected figure below is computed here from those
words — principal × rate × days / 360, rounded to the cent half-up when it is paid or
capitalised — not by the engine.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ledger_dsl import parse_events
from promissory.codec.terms_toml import parse_terms
from promissory.core.engine import position, replay
from promissory.core.reports import payoff_quote
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
