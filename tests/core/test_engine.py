"""The servicing engine on short ledgers.  Expected figures are worked by hand in each docstring
from the Loan Agreement's terms (DOMAIN.md): 8% simple, ACT/360, default rate + 2%."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from ledger_dsl import book, parse_events, terms
from promissory.core.engine import position, replay
from promissory.core.reports import explain, payoff_quote
from promissory.core.state import Status

D = Decimal


def test_interest_covers_each_day_up_to_but_not_including_the_as_of_date() -> None:
    """1,000,000.00 × 0.08 × 30/360 = 6,666.666… → 6,666.67 (Oct 5 → Nov 4 is 30 days)."""
    ledger = book(terms(), "2001-10-05 advance 1000000.00")
    pos = position(ledger, date(2001, 11, 4))
    assert pos.interest == D("6666.67")
    assert pos.interest_exact.to_fraction() == Fraction(20000, 3)
    assert pos.status is Status.ACTIVE
    assert pos.available == D("19000000.00")


def test_the_day_of_the_advance_alone_earns_nothing_as_of_that_day() -> None:
    ledger = book(terms(), "2001-10-05 advance 1000000.00")
    assert position(ledger, date(2001, 10, 5)).interest == D("0.00")
    assert position(ledger, date(2001, 10, 6)).interest == D("222.22")


def test_count_first_and_last_day_accrues_the_as_of_day_too() -> None:
    """Inclusive counting: Oct 5 → Nov 4 both counted = 31 days → 6,888.89."""
    ledger = book(terms(interest_count_first_and_last_day=True), "2001-10-05 advance 1000000.00")
    assert position(ledger, date(2001, 11, 4)).interest == D("6888.89")
    quote = payoff_quote(ledger, date(2001, 11, 4))
    assert quote.total == D("1006888.89")


def test_inclusive_payoff_paid_on_its_date_leaves_zero() -> None:
    t = terms(interest_count_first_and_last_day=True, draw_period_end=date(2001, 10, 5))
    ledger = book(t, "2001-10-05 advance 1000000.00\n2001-11-04 pay 1006888.89")
    pos = position(ledger, date(2001, 11, 4))
    assert (pos.principal, pos.interest, pos.status) == (D(0), D("0.00"), Status.PAID)


def test_partial_prepayment_goes_first_to_interest_then_principal() -> None:
    """Seed note ¶1.  177 days: 17,500,000 × 0.08 × 177/360 = 688,333.33 interest; the rest
    of 2,000,000.00 (1,311,666.67) reduces principal to 16,188,333.33."""
    ledger = book(terms(), "2001-10-05 advance 17500000.00\n2002-03-31 pay 2000000.00")
    row = ledger.rows[-1]
    assert (row.to_interest, row.to_principal) == (D("688333.33"), D("1311666.67"))
    assert row.principal == D("16188333.33")
    assert row.accrued_interest == D("0.00")


def test_prepaid_principal_cannot_be_reborrowed() -> None:
    ledger = book(
        terms(),
        """
        2001-10-05 advance 20000000.00
        2002-01-05 pay 5000000.00
        2002-02-01 advance 1.00
        """,
    )
    assert position(ledger, date(2002, 1, 31)).available == D(0)
    (problem,) = ledger.problems
    assert problem.code == "commitment"
    assert "exceeds the available commitment 0" in problem.message
    assert "advanced 20000000.00" in problem.message


def test_revolving_note_restores_availability_on_repayment() -> None:
    ledger = book(
        terms(revolving=True),
        "2001-10-05 advance 20000000.00\n2002-01-05 pay 5000000.00\n2002-02-01 advance 1000.00",
    )
    assert ledger.problems == ()


def test_expenses_then_default_interest_then_interest_then_principal() -> None:
    """Default from Nov 4 (30 days at 8%, then 30 days at 8% + 2%): interest 13,333.33,
    default interest 1,666.67, expense 500.00; a payment of 16,000.00 covers all three and
    499.99... of principal? No: 16,000 − 500 − 1,666.67 − 13,333.33 = 500.00 to principal."""
    ledger = book(
        terms(),
        """
        2001-10-05 advance 1000000.00
        2001-11-04 default
        2001-11-20 expense 500.00 counsel
        2001-12-04 pay 16000.00
        """,
    )
    row = ledger.rows[-1]
    assert row.to_expenses == D("500.00")
    assert row.to_default_interest == D("1666.67")
    assert row.to_interest == D("13333.33")
    assert row.to_principal == D("500.00")


def test_default_rate_is_capped_by_the_maximum_lawful_rate() -> None:
    """8% contract, +2% default, 9% lawful maximum → 1% extra: 1,000,000 × 0.01 × 30/360."""
    ledger = book(
        terms(interest_max_rate="0.09"),
        "2001-10-05 advance 1000000.00\n2001-11-04 default",
    )
    assert position(ledger, date(2001, 12, 4)).default_interest == D("833.33")


def test_cure_stops_default_interest() -> None:
    ledger = book(
        terms(),
        "2001-10-05 advance 1000000.00\n2001-11-04 default\n2001-11-14 cure",
    )
    # 10 days of 2% on 1,000,000 = 555.555… → 555.56, and no more after the cure
    assert position(ledger, date(2002, 1, 1)).default_interest == D("555.56")
    assert position(ledger, date(2002, 1, 1)).status is Status.ACTIVE


def test_acceleration_needs_a_continuing_default() -> None:
    ledger = book(terms(), "2001-10-05 advance 1000000.00\n2001-11-04 accelerate")
    (problem,) = ledger.problems
    assert problem.code == "no-default"
    assert "Event of Default" in problem.message


def test_acceleration_makes_the_note_accelerated_and_stops_draws() -> None:
    ledger = book(
        terms(),
        """
        2001-10-05 advance 1000000.00
        2001-11-04 default
        2001-11-05 accelerate
        2001-11-06 advance 10.00
        """,
    )
    assert position(ledger, date(2001, 11, 5)).status is Status.ACCELERATED
    assert position(ledger, date(2001, 11, 5)).available == D(0)
    assert [p.code for p in ledger.problems] == ["accelerated"]


def test_advances_only_within_the_draw_period_and_before_maturity() -> None:
    ledger = book(terms(), "2003-10-01 advance 1000.00")
    (problem,) = ledger.problems
    assert problem.code == "draw-period"
    assert "after the draw period ended on 2003-09-30" in problem.message
    assert book(terms(), "2003-09-30 advance 1000.00").problems == ()


def test_a_payment_larger_than_everything_owed_is_refused_with_the_payoff_figure() -> None:
    ledger = book(terms(), "2001-10-05 advance 1000000.00\n2001-11-04 pay 2000000.00")
    (problem,) = ledger.problems
    assert problem.code == "overpayment"
    assert "payoff 1006666.67" in problem.message
    assert ("payoff", D("1006666.67")) in problem.amounts


def test_nothing_but_a_reversal_after_the_note_is_paid() -> None:
    t = terms(draw_period_end=date(2001, 10, 5))
    ledger = book(
        t,
        """
        2001-10-05 advance 1000000.00
        2001-11-04 pay 1006666.67
        2001-12-01 expense 100.00 late invoice
        2001-12-02 note the borrower called
        """,
    )
    assert position(ledger, date(2001, 11, 4)).status is Status.PAID
    (problem,) = ledger.problems
    assert problem.code == "after-payoff"
    assert "only a reversal or a notation can follow" in problem.message


def test_reversal_removes_the_event_and_keeps_it_on_record() -> None:
    ledger = book(
        terms(),
        "2001-10-05 advance 1000000.00\n2001-10-06 advance 2000000.00\n2001-10-07 reverse 2",
    )
    assert position(ledger, date(2001, 10, 6)).principal == D("1000000.00")
    struck = next(r for r in ledger.rows if r.seq == 2)
    assert struck.reversed_by == 3
    assert struck.amount == D("2000000.00")


def test_a_bad_reversal_is_a_problem() -> None:
    ledger = book(terms(), "2001-10-05 advance 1.00\n2001-10-06 reverse 7")
    assert [p.code for p in ledger.problems] == ["bad-reversal"]


def test_back_dated_event_gives_the_same_ledger_as_building_in_date_order() -> None:
    t = terms()
    recorded = parse_events(t.id, """
        2001-10-05 advance 1000000.00
        2002-03-31 pay 100000.00
        2001-12-01 advance 500000.00
    """)  # fmt: skip
    in_order = parse_events(t.id, """
        2001-10-05 advance 1000000.00
        2001-12-01 advance 500000.00
        2002-03-31 pay 100000.00
    """)  # fmt: skip

    def figures(ledger):  # type: ignore[no-untyped-def]
        return [(r.effective_date, r.kind, r.amount, r.to_interest, r.to_principal, r.principal,
                 r.accrued_interest) for r in ledger.rows]  # fmt: skip

    assert figures(replay(t, recorded)) == figures(replay(t, in_order))


def test_amendment_extends_maturity_from_its_date() -> None:
    """The real note's maturity moved from 2005-09-30 to 2006-09-30."""
    history = "2001-10-05 advance 1000000.00"
    plain = book(terms(), history)
    amended = book(terms(), history + "\n2005-09-30 amend maturity=2006-09-30")
    assert position(plain, date(2005, 10, 1)).status is Status.MATURED
    assert position(amended, date(2005, 10, 1)).status is Status.ACTIVE
    assert position(amended, date(2006, 9, 30)).status is Status.MATURED


def test_amended_rate_applies_from_its_effective_date() -> None:
    """30 days at 8% (6,666.67) then 30 days at 10% (8,333.33)."""
    ledger = book(terms(), "2001-10-05 advance 1000000.00\n2001-11-04 amend rate=0.10")
    assert position(ledger, date(2001, 12, 4)).interest == D("15000.00")


def test_step_rates_split_accrual_at_the_step_date() -> None:
    t = terms(interest_steps=[{"from": date(2001, 11, 4), "rate": "0.10"}])
    ledger = book(t, "2001-10-05 advance 1000000.00")
    assert position(ledger, date(2001, 12, 4)).interest == D("15000.00")


def test_floating_rate_index_plus_margin_with_floor_and_cap() -> None:
    """SOFR + 3%, floor 5%, cap 10%: a 1% fixing gives 5% (floor); 8% gives 10% (cap)."""
    t = terms(
        interest_rate=None,
        interest_floating={"index": "SOFR", "margin": "0.03", "floor": "0.05", "cap": "0.10"},
    )
    ledger = book(
        t,
        """
        2001-10-05 fixing SOFR 0.01
        2001-10-05 advance 3600000.00
        2001-10-15 fixing SOFR 0.08
        """,
    )
    # 10 days at 5% = 5,000.00; 10 days at 10% = 10,000.00
    assert position(ledger, date(2001, 10, 25)).interest == D("15000.00")


def test_annual_capitalisation_adds_interest_to_principal() -> None:
    """365 days at 8% ACT/360 on 1,000,000 = 81,111.11 capitalised on 2002-10-05."""
    ledger = book(terms(interest_compounding="annual"), "2001-10-05 advance 1000000.00")
    pos = position(ledger, date(2002, 10, 5))
    assert pos.principal == D("1081111.11")
    assert pos.interest == D("0.00")


def test_prepayment_premium_schedule() -> None:
    """2% on principal prepaid before 2003-01-01; the payoff quote includes it."""
    t = terms(
        prepayment={"allowed": True, "premium": [{"until": date(2003, 1, 1), "percent": "0.02"}]}
    )
    ledger = book(t, "2001-10-05 advance 1000000.00")
    quote = payoff_quote(ledger, date(2001, 10, 5))
    assert quote.premium == D("20000.00")
    assert quote.total == D("1020000.00")
    paid = book(t, "2001-10-05 advance 1000000.00\n2001-10-05 pay 1020000.00")
    assert paid.rows[-1].to_premium == D("20000.00")
    assert position(paid, date(2001, 10, 5)).principal == 0


def test_opening_balance_from_the_2002_letter() -> None:
    """Letter agreement of March 31, 2002: principal 17,500,000.00 and accrued interest
    1,140,370.41; paying 18,640,370.41 that day discharges the loan to the cent."""
    ledger = book(terms(), "2002-03-31 opening 17500000.00 1140370.41")
    quote = payoff_quote(ledger, date(2002, 3, 31))
    assert quote.total == D("18640370.41")
    paid = book(terms(), "2002-03-31 opening 17500000.00 1140370.41\n2002-03-31 pay 18640370.41")
    row = paid.rows[-1]
    assert (row.to_interest, row.to_principal) == (D("1140370.41"), D("17500000.00"))
    assert position(paid, date(2002, 3, 31)).total == 0


def test_opening_balance_must_come_first() -> None:
    ledger = book(terms(), "2001-10-05 advance 1.00\n2002-03-31 opening 1.00 0.00")
    assert [p.code for p in ledger.problems] == ["opening-not-first"]


def test_per_diem_and_days_table() -> None:
    ledger = book(terms(), "2001-10-05 advance 17500000.00")
    quote = payoff_quote(ledger, date(2001, 11, 5), days=2)
    assert quote.per_diem == D("3888.89")  # 17,500,000 × 0.08 / 360
    # each day's figure is rounded on its own: 120,555.56 → 124,444.44 → 128,333.33
    assert [d.total - quote.total for d in quote.days] == [D("3888.88"), D("7777.77")]


def test_good_through_must_not_precede_the_quote() -> None:
    ledger = book(terms(), "2001-10-05 advance 1.00")
    with pytest.raises(ValueError, match="before the quote date"):
        payoff_quote(ledger, date(2001, 11, 5), good_through=date(2001, 11, 1))


def test_explain_reconciles_segments_to_the_figure() -> None:
    events = parse_events("VAL-2001-10-05", """
        2001-10-05 advance 5000000.00
        2002-01-15 advance 7500000.00
        2002-06-28 pay 100000.00
    """)  # fmt: skip
    t = terms()
    ledger = replay(t, events)
    x = explain(ledger, events, date(2002, 9, 30))
    assert [s.segment.days for s in x.segments] == [102, 164, 94]
    assert x.segments[0].segment.year_fraction == Fraction(102, 360)
    total = (
        x.accrued_exact.to_fraction() - Fraction(x.interest_paid) - x.residue_closed.to_fraction()
    )
    assert total == x.outstanding_exact.to_fraction()
    assert x.outstanding == position(ledger, date(2002, 9, 30)).interest


def test_rounding_residue_is_kept_and_closed_at_payoff() -> None:
    t = terms(draw_period_end=date(2001, 10, 5))
    ledger = book(t, "2001-10-05 advance 1000000.00\n2001-11-04 pay 1006666.67")
    row = ledger.rows[-1]
    assert row.residue.to_fraction() == Fraction(20000, 3) - Fraction("6666.67")


def test_periodic_interest_dates_follow_the_business_day_convention_and_past_due() -> None:
    """Quarterly interest, rolling back from maturity 2005-09-30: Dec 30, Mar 30, Jun 30, Sep 30.
    2001-12-30 is a Sunday, so 'following' moves it to Monday 2001-12-31.  Unpaid, the interest
    accrued to that day (1,000,000 × 8% × 87/360 = 19,333.33) is past due on 2002-01-15; a payment
    of 10,000.00 on 2002-01-10 leaves 9,333.33 past due."""
    from promissory.core.reports import interest_due

    t = terms(interest_payable="quarterly", interest_business_day_convention="following")
    ledger = book(t, "2001-10-05 advance 1000000.00")
    due = interest_due(ledger, date(2002, 1, 15))
    assert due.last_due_date == date(2001, 12, 31)
    assert due.next_due_date == date(2002, 4, 1)  # 2002-03-30 is a Saturday
    assert due.past_due == D("19333.33")
    paid = book(t, "2001-10-05 advance 1000000.00\n2002-01-10 pay 10000.00")
    assert interest_due(paid, date(2002, 1, 15)).past_due == D("9333.33")
    assert interest_due(paid, date(2001, 12, 30)).past_due == D("0.00")


def test_a_refused_event_leaves_no_trace_even_where_day_counts_are_not_additive() -> None:
    """Found by the payoff property test.  Under 30/360 US, 2001-10-06 → 2005-03-31 counts
    1,265 days but → 2005-03-30 plus 03-30 → 03-31 counts 1,264 + 0; a refused payment on
    03-30 must not split the segment there, so the quote and a payment on 03-31 agree."""
    t = terms(interest_day_count="30/360 US")
    history = "2001-10-05 advance 1.65\n2001-10-06 default\n2005-03-30 pay 2.23"
    ledger = book(t, history)
    assert [p.code for p in ledger.problems] == ["overpayment"]
    quote = payoff_quote(ledger, date(2005, 3, 31))
    paid = book(t, f"{history}\n2005-03-31 pay {quote.total}")
    assert [p.code for p in paid.problems] == ["overpayment"]  # only the first one
    assert position(paid, date(2005, 3, 31)).total == 0
