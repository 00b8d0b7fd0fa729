"""A capitalisation date's own events: the derived "capitalisation" row follows that day's payments.

Quarterly compounding from the issue date 2001-10-05 capitalises on 2002-01-05 (92 days at 8%
ACT/360 on 1,000,000.00 = 20,444.44).  A payment of 1,000.00 on 2002-01-05 pays 1,000.00 of that
interest in cash; the other 19,444.44 is capitalised after it (issue 11), so the payoff that day is
1,000,000.00 + 19,444.44 = 1,019,444.44.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book, parse_events, terms
from promissory.core.engine import position, replay
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote

D = Decimal
QUARTERLY = terms(interest_compounding="quarterly")


def test_quote_on_a_capitalisation_date_counts_that_days_payment() -> None:
    ledger = book(QUARTERLY, "2001-10-05 advance 1000000.00\n2002-01-05 pay 1000.00")
    assert payoff_quote(ledger, date(2002, 1, 5)).total == D("1019444.44")
    paid = ledger.rows[1]
    assert (paid.kind, paid.to_interest, paid.to_principal) == ("payment", D("1000.00"), 0)
    assert position(ledger, date(2002, 1, 5)).principal == D("1019444.44")


def test_paying_the_quote_on_a_capitalisation_date_is_accepted_and_leaves_zero() -> None:
    text = "2001-10-05 advance 1000000.00\n2002-01-05 pay 1000.00"
    ledger = book(QUARTERLY, text)
    quote = payoff_quote(ledger, date(2002, 1, 5))
    events = parse_events(QUARTERLY.id, f"{text}\n2002-01-05 pay {quote.total}")
    after = replay(QUARTERLY, events)
    assert after.problems == ()
    pos = position(after, date(2002, 1, 5))
    assert (pos.principal, pos.interest, pos.expenses) == (0, 0, 0)


# Every capitalisation date of a quarterly note issued 2001-10-05, in its first two years.
CAPITALISATION_DAYS = [date(2002 + (m - 1) // 12, (m - 1) % 12 + 1, 5) for m in (1, 4, 7, 10, 13, 16, 19)]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["ACT/360", "ACT/365F", "30/360 US"]),
    st.booleans(),
    st.lists(
        st.tuples(st.sampled_from(CAPITALISATION_DAYS), st.integers(1, 5_000_000)),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(CAPITALISATION_DAYS),
)
def test_paying_the_quote_with_same_day_payments_on_capitalisation_dates_leaves_zero(
    day_count: str, inclusive: bool, payments: list[tuple[date, int]], quote_day: date
) -> None:
    """On a compounding note with payments on capitalisation dates (and a quote on one), paying
    the quoted total leaves exactly zero."""
    t = terms(
        interest_compounding="quarterly",
        interest_day_count=day_count,
        interest_count_first_and_last_day=inclusive,
    )
    lines = ["2001-10-05 advance 1000000.00"]
    lines += [f"{d} pay {D(c).scaleb(-2)}" for d, c in sorted(payments) if d <= quote_day]
    events = parse_events(t.id, "\n".join(lines))
    ledger = replay(t, events)
    events = [e for e in events if e.seq not in {p.seq for p in ledger.problems}]
    ledger = replay(t, events)
    quote = payoff_quote(ledger, quote_day)
    if quote.total == 0 or quote.status.value == "paid":
        return
    pay = Payment(note_id=t.id, effective_date=quote_day, seq=len(events) + 1,
                  amount=Money(quote.total, "USD"))  # fmt: skip
    after = replay(t, [*events, pay])
    assert [p for p in after.problems if p.seq == pay.seq] == []
    pos = position(after, quote_day + timedelta(days=0))
    assert (pos.principal, pos.interest, pos.default_interest, pos.expenses) == (0, 0, 0, 0)
    assert pos.interest_exact.sign() == 0
