"""The optional [oid] table of the terms file: strict keys, errors that name the rule, round trip."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from promissory.codec.terms_toml import dumps_terms, load_terms, loads_terms
from promissory.core.terms import OidPricing
from promissory.errors import TermsError

EXAMPLES = Path(__file__).parents[2] / "examples"
SEED = (EXAMPLES / "valence-2001-note.toml").read_text()


def test_seed_has_no_oid_table() -> None:
    assert loads_terms(SEED).oid is None


def test_warrant_example_parses_and_round_trips() -> None:
    t = load_terms(EXAMPLES / "valence-2001-note-with-warrant.toml")
    assert t.oid is not None
    assert t.oid.note_fair_value is not None and t.oid.warrant_fair_value is not None
    assert "1,402,743" in (t.oid.warrant or "")
    assert loads_terms(dumps_terms(t)) == t


@pytest.mark.parametrize(
    "table",
    [
        '[oid]\npoints = "0.015"\n',
        "[oid]\naccrual_months = 6\nyield_places = 4\n",
        '[oid.unit]\nnote_fair_value = "1"\nwarrant_fair_value = "0"\n',
        "[oid]\n",
    ],
)
def test_round_trip(table: str) -> None:
    t = loads_terms(SEED + table)
    assert isinstance(t.oid, OidPricing)
    assert loads_terms(dumps_terms(t)) == t


def test_defaults() -> None:
    assert loads_terms(SEED + "[oid]\n").oid == OidPricing(points=Decimal(0))


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ("[oid]\npoints = 0.01\n", ["oid.points", "write decimals as strings"]),
        ('[oid]\npoints = "1"\n', ["oid.points", "0 ≤ points < 1"]),
        ("[oid]\naccrual_months = 5\n", ["oid.accrual_months", "1, 2, 3, 4, 6 or 12"]),
        ("[oid]\nyield_places = 1\n", ["oid.yield_places", "1.1272-1(b)(1)(i)"]),
        ('[oid.unit]\nnote_fair_value = "9"\n', ["oid.unit.warrant_fair_value", "1.1273-2(h)"]),
        ('[oid.unit]\nnote_fair_value = "0"\nwarrant_fair_value = "1"\n', ["positive"]),
        ("[oid]\nfees = 1\n", ["oid.fees", "unknown key"]),
        ('[oid.unit]\nnote_fair_value = "9"\nwarrant_fair_value = "1"\nx = 1\n', ["oid.unit.x"]),
    ],
)
def test_errors_name_the_key_and_the_rule(table: str, words: list[str]) -> None:
    with pytest.raises(TermsError) as error:
        loads_terms(SEED + table)
    for word in words:
        assert word in str(error.value)
