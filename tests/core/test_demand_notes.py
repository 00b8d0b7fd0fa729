"""Notes payable on demand (issue 11): no placeholder maturity, a demand sets the due date.

The seed note's terms with ``maturity = "demand"`` (8% ACT/360), $1,000,000.00 advanced on
2001-10-05.  Figures: principal × 8% × days / 360, days counted in each test.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ledger_dsl import SEED_TOML, parse_events
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.terms_toml import dumps_terms, loads_terms, parse_terms
from promissory.core.engine import position, replay
from promissory.core.events import Demand, Event
from promissory.core.oid.from_note import note_issues
from promissory.core.reports import interest_due, payoff_quote
from promissory.core.state import Ledger, Status
from promissory.core.terms import Terms
from promissory.errors import InvalidInput, TermsError

D = Decimal
P = D("1000000.00")


def demand_terms(**keys: Any) -> Terms:
    data = tomllib.loads(SEED_TOML)
    data.pop("draw_period_end")
    data["maturity"] = "demand"
    data.update(keys)
    return parse_terms(data)


def ledger(text: str, t: Terms | None = None, demands: tuple[Event, ...] = ()) -> Ledger:
    t = t or demand_terms()
    events = parse_events(t.id, "2001-10-05 advance 1000000.00\n" + text)
    n = len(events)
    return replay(t, [*events, *(replace(d, seq=n + i) for i, d in enumerate(demands, 1))])


def demand(day: date, due: date | None = None) -> Demand:
    return Demand(note_id="VAL-2001-10-05", effective_date=day, seq=0, due=due)


def test_before_demand_nothing_is_past_due_years_on() -> None:
    led = ledger("")
    pos = position(led, date(2030, 1, 1))
    assert pos.status is Status.ACTIVE
    assert led.terms.due_date is None
    assert interest_due(led, date(2030, 1, 1)).past_due == 0
    assert interest_due(led, date(2030, 1, 1)).next_due_date is None


def test_a_demand_sets_the_due_date_and_the_note_is_past_due_after_it() -> None:
    """Demand on 2002-03-01 with payment due 2002-03-11: active until then, matured after."""
    led = ledger("", demands=(demand(date(2002, 3, 1), date(2002, 3, 11)),))
    assert not led.problems
    assert led.rows[-1].state.terms.due_date == date(2002, 3, 11)
    assert position(led, date(2002, 3, 10)).status is Status.ACTIVE
    assert position(led, date(2002, 3, 12)).status is Status.MATURED
    due = interest_due(led, date(2002, 3, 12))
    # Oct 5 – Mar 11: 157 days at 8% on 1,000,000.00 = 34,888.89 (past due from the due date)
    assert due.last_due_date == date(2002, 3, 11)
    assert due.past_due == (P * D("0.08") * 157 / 360).quantize(D("0.01")) == D("34888.89")


def test_payoff_after_demand_and_paying_it_leaves_zero() -> None:
    d = (demand(date(2002, 3, 1)),)
    quote = payoff_quote(ledger("", demands=d), date(2002, 3, 4))
    # Oct 5 – Mar 4: 150 days
    assert quote.interest == (P * D("0.08") * 150 / 360).quantize(D("0.01")) == D("33333.33")
    assert quote.premium == 0
    paid = ledger(f"2002-03-04 pay {quote.total}", demands=d)
    assert not paid.problems
    assert paid.rows[-1].kind == "payment" and paid.rows[-1].state.paid_on == date(2002, 3, 4)


def test_no_advance_after_demand_and_one_demand_only() -> None:
    led = ledger("2002-03-05 advance 1000.00",
                 demands=(demand(date(2002, 3, 1), date(2002, 3, 11)), demand(date(2002, 3, 5))))  # fmt: skip
    assert sorted(p.code for p in led.problems) == ["already-demanded", "demanded"]


def test_a_demand_on_a_note_with_a_maturity_only() -> None:
    from ledger_dsl import terms

    fixed = terms()
    led = replay(fixed, [*parse_events(fixed.id, "2001-10-05 advance 1000.00"),
                         replace(demand(date(2002, 3, 1)), seq=2)])  # fmt: skip
    assert [p.code for p in led.problems] == ["not-on-demand"]


def test_on_demand_or_at_a_stated_maturity() -> None:
    """payable_on_demand with a maturity: due at maturity unless demand comes first."""
    t = demand_terms(payable_on_demand=True, maturity=date(2003, 1, 1))
    assert t.due_date == date(2003, 1, 1)
    assert position(ledger("", t), date(2003, 1, 2)).status is Status.MATURED
    late = ledger("", t, demands=(demand(date(2002, 12, 1), date(2003, 2, 1)),))
    assert [p.code for p in late.problems] == ["demand-after-maturity"]


def test_the_terms_round_trip_and_say_demand() -> None:
    t = demand_terms()
    text = dumps_terms(t)
    assert 'maturity = "demand"' in text and "payable_on_demand = true" in text
    assert loads_terms(text) == t
    assert demand_terms(payable_on_demand=True, maturity=None) == t  # maturity left out
    after = ledger("", demands=(demand(date(2002, 3, 1)),)).rows[-1].state.terms
    assert loads_terms(dumps_terms(after), amended=True) == after


def test_the_demand_event_round_trips_through_json() -> None:
    e = demand(date(2002, 3, 1), date(2002, 3, 11))
    assert event_from_dict(event_to_dict(e)) == e
    with pytest.raises(InvalidInput, match="before the demand"):
        demand(date(2002, 3, 1), date(2002, 2, 1))


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ({"interest": {"rate": "0.08", "payable": "monthly"}}, "interest.payable"),
        ({"interest": {"rate": "0.08", "compounding": "annual"}}, "interest.compounding"),
        ({"demanded_on": date(2002, 1, 1), "maturity": date(2005, 1, 1),
          "payable_on_demand": False}, "demanded_on"),
    ],
)  # fmt: skip
def test_what_an_open_demand_note_cannot_state(keys: dict[str, Any], key: str) -> None:
    with pytest.raises(TermsError, match=key):
        demand_terms(**keys)


def test_the_oid_statement_is_refused_naming_the_rule() -> None:
    """Each advance is listed as refused, with the message naming the rules."""
    (issue,) = note_issues(ledger("")).issues
    assert issue.instrument is None and issue.refused is not None
    assert "payable on demand" in issue.refused and "26 CFR 1.1272-1(c)(5)" in issue.refused
    assert "1.1272-1(b)(1)(i)" in issue.refused


def test_a_premium_ends_when_payment_is_demanded() -> None:
    """A 2% premium until 2003-01-01: 20,000.00 on 1,000,000.00 before demand; none between the
    demand (2002-03-01) and its due date (2002-03-11): demanded money is not a prepayment."""
    t = demand_terms(prepayment={"premium": [{"until": date(2003, 1, 1), "percent": "0.02"}]})
    assert payoff_quote(ledger("", t), date(2002, 3, 5)).premium == D("20000.00")
    called = ledger("", t, demands=(demand(date(2002, 3, 1), date(2002, 3, 11)),))
    assert payoff_quote(called, date(2002, 3, 5)).premium == D("0.00")
