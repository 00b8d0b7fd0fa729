"""The terms file: every rule's error names the key, the value and the rule."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ledger_dsl import SEED_TOML
from promissory.codec.terms_toml import dumps_terms, load_terms, loads_terms, parse_terms
from promissory.errors import TermsError

EXAMPLES = Path(__file__).parents[2] / "examples"


def with_(**changes: Any) -> dict[str, Any]:
    data = tomllib.loads(SEED_TOML)
    for key, value in changes.items():
        table, _, leaf = key.rpartition("__")
        target = data[table] if table else data
        if value is None:
            target.pop(leaf, None)
        else:
            target[leaf] = value
    return data


def test_the_seed_note_reads_as_terms() -> None:
    t = load_terms(EXAMPLES / "valence-2001-note.toml")
    assert t.commitment == Decimal("20000000.00")
    assert t.interest.rate == Decimal("0.08")
    assert t.interest.day_count == "ACT/360"
    assert t.draw_period_end == date(2003, 9, 30)
    assert t.borrower.jurisdiction == "Delaware"
    assert t.transfer.restricted


def test_round_trip_through_toml() -> None:
    t = load_terms(EXAMPLES / "valence-2001-note.toml")
    assert loads_terms(dumps_terms(t)) == t


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"interest__rate": 0.08}, "interest.rate", "write decimals as strings"),
        ({"interest__rate": "8"}, "interest.rate", "fraction per annum"),
        ({"commitment": "-1"}, "commitment", "must be positive"),
        ({"commitment": "1.001"}, "commitment", "finer than USD allows"),
        ({"maturity": date(2001, 1, 1)}, "maturity", "must be after the issue date"),
        ({"draw_period_end": date(2009, 1, 1)}, "draw_period_end", "between the issue date"),
        ({"interest__day_count": "30/360 ISDA"}, "interest.day_count", "ambiguous"),
        ({"interest__day_count": "Actual/365"}, "interest.day_count", "ambiguous"),
        ({"interest__day_count": "ACT/999"}, "interest.day_count", "ACT/360"),
        ({"waterfall__order": ["interest", "principal"]}, "waterfall.order", "exactly once"),
        ({"rounding__mode": "bankers"}, "rounding.mode", "half-even"),
        ({"rounding__quantum": "0.001"}, "rounding.quantum", "finer than USD"),
        ({"currency": "XYZ"}, "currency", "ISO 4217"),
        ({"id": "bad id!"}, "id", "letters, digits"),
        ({"maturty": date(2005, 9, 30)}, "maturty", "unknown key"),
        ({"interest__compounding": "daily"}, "interest.compounding", "simple, monthly"),
        ({"issue_date": "2001-10-05"}, "issue_date", "TOML date"),
        ({"revolving": "no"}, "revolving", "true or false"),
        ({"lender": None}, "lender", "is required"),
    ],
)
def test_each_rule_names_field_value_and_rule(
    changes: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(TermsError) as caught:
        parse_terms(with_(**changes))
    assert caught.value.field == field
    assert rule in str(caught.value)
    assert f"terms: {field} = " in str(caught.value)
