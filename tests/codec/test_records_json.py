"""``to_json``: one way out for every record, with one set of rules (decimals as strings, fractions
"n/d", dates ISO, enums by value), and the documented shapes of the core's records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from ledger_dsl import book, parse_events, terms
from promissory.codec import reports_json
from promissory.codec.events_json import event_to_dict
from promissory.codec.records_json import to_json
from promissory.core.engine import position
from promissory.core.money import Money
from promissory.core.reports import explain, payoff_quote
from promissory.core.state import Status

LEDGER = """
2001-10-05 advance 17500000.00
2002-03-31 pay 2000000.00
"""


def test_the_value_rules() -> None:
    assert to_json(Decimal("17500000.00")) == "17500000.00"
    assert to_json(Fraction(31, 360)) == "31/360"
    assert to_json(date(2001, 10, 5)) == "2001-10-05"
    assert to_json(datetime(2026, 11, 22, 15, tzinfo=UTC)) == "2026-11-22T15:00:00+00:00"
    assert to_json(Status.ACTIVE) == "active"
    assert to_json(Money.of("1000", "JPY")) == "1000"
    assert to_json((Decimal(1), None, True, "x")) == ["1", None, True, "x"]
    assert to_json({"a": date(2002, 1, 5)}) == {"a": "2002-01-05"}


def test_any_dataclass_is_its_fields() -> None:
    @dataclass(frozen=True)
    class Problem:
        note_id: str
        seq: int
        share: Fraction
        on: date

    assert to_json(Problem("N", 3, Fraction(1, 3), date(2002, 1, 5))) == {
        "note_id": "N", "seq": 3, "share": "1/3", "on": "2002-01-05"
    }  # fmt: skip


def test_a_value_with_no_json_form_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="has no JSON form"):
        to_json(object())
    with pytest.raises(TypeError):
        to_json(1.5)


def test_the_core_records_have_their_documented_shapes() -> None:
    t = terms()
    ledger = book(t, LEDGER)
    event = parse_events(t.id, LEDGER)[0]
    assert to_json(event) == event_to_dict(event)
    assert to_json(ledger) == reports_json.schedule_to_dict(ledger)
    pos = position(ledger, date(2002, 4, 30))
    assert to_json(pos) == reports_json.position_to_dict(t.id, pos)
    quote = payoff_quote(ledger, date(2002, 4, 30))
    assert to_json(quote) == reports_json.quote_to_dict(quote, t.rounding)
    assert to_json(quote)["total"] == "16296255.55"
    x = explain(ledger, parse_events(t.id, LEDGER), date(2002, 4, 30))
    assert to_json(x) == reports_json.explanation_to_dict(x, t.rounding)
    assert to_json(ledger.rows[1])["to_interest"] == "688333.33"
    parsed = to_json(t)
    assert parsed["commitment"] == str(t.commitment) and parsed["issue_date"] == "2001-10-05"
    for data in (to_json(ledger), to_json(quote), to_json(x), parsed):
        assert json.loads(json.dumps(data)) == data  # JSON-ready all the way down
