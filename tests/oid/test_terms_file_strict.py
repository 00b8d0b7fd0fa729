"""The standalone OID terms file refuses what it does not know, as the note terms file does: a
misspelt key used to be ignored, silently changing the tax figures (``[accrual] month = 12`` left
the accrual period at the payment interval)."""

from __future__ import annotations

import copy
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from promissory.codec.oid_terms_toml import load_oid_terms, loads_oid_terms, parse_oid_terms
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.engine import replay
from promissory.core.events import Advance
from promissory.core.money import Money
from promissory.core.oid import AccrualRule, ShortPeriod, note_issues
from promissory.errors import InvalidInput, TermsError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

BASE: dict[str, Any] = {
    "name": "zero coupon",
    "issue_date": date(2001, 5, 1),
    "maturity": date(2004, 5, 1),
    "principal": "100000.00",
    "issue_price": {"amount": "80000.00"},
    "accrual": {"months": 12},
}


def _with(path: str, value: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    *tables, key = path.split(".")
    target = data
    for table in tables:
        target = target.setdefault(table, {})
    target[key] = value
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("maturty", date(2005, 5, 1)),
        ("accrual.month", 6),
        ("accrual.yield_place", 2),
        ("accrual.rules", "calendar_year"),
        ("issue_price.pionts", "0.01"),
        ("interest.rat", "0.05"),
    ],
)
def test_unknown_keys_are_refused_with_the_known_ones(path: str, value: object) -> None:
    data = _with(path, value)
    if path.startswith("interest."):
        data["interest"]["rate"] = "0.05"
    with pytest.raises(TermsError, match=re.escape(path) + " = .*unknown key; known keys"):
        parse_oid_terms(data)


def test_unknown_key_in_a_payment_is_refused() -> None:
    data = {k: v for k, v in BASE.items() if k != "principal"}
    data["payments"] = [{"date": date(2004, 5, 1), "amount": "100000.00", "qsi": False, "qs": 1}]
    with pytest.raises(TermsError, match=r"payments\[0\]\.qs = 1: unknown key"):
        parse_oid_terms(data)


def test_values_meet_the_note_terms_rules() -> None:
    with pytest.raises(TermsError, match=r"interest\.rate = 0\.05: write decimals as strings"):
        parse_oid_terms(_with("interest.rate", 0.05))
    with pytest.raises(TermsError, match=r'interest\.rate = "5%": write a rate as a fraction'):
        parse_oid_terms(_with("interest.rate", "5%"))
    with pytest.raises(TermsError, match=r'currency = "XYZ": must be an ISO 4217 code'):
        parse_oid_terms(_with("currency", "XYZ"))
    with pytest.raises(TermsError, match=r"accrual\.months = 5: must be an integer: 1, 2, 3"):
        parse_oid_terms(_with("accrual.months", 5))
    with pytest.raises(TermsError, match=r'accrual\.rule = "yearly": must be one of back_from'):
        parse_oid_terms(_with("accrual.rule", "yearly"))
    with pytest.raises(TermsError, match=r'accrual\.short_period = "exp": must be one of simple'):
        parse_oid_terms(_with("accrual.short_period", "exp"))


def test_the_accrual_terms_are_read() -> None:
    data = _with("accrual.rule", "calendar_year")
    data["accrual"]["short_period"] = "compound"
    terms = parse_oid_terms(data)
    assert terms.accrual_rule is AccrualRule.CALENDAR_YEAR
    assert terms.short_period is ShortPeriod.COMPOUND
    assert terms.schedule().periods[0].end == date(2002, 1, 1)
    default = parse_oid_terms(BASE)
    assert default.accrual_rule is AccrualRule.BACK_FROM_MATURITY
    assert default.short_period is ShortPeriod.SIMPLE


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.toml"
    path.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(InvalidInput, match="not UTF-8 text"):
        load_oid_terms(path)
    with pytest.raises(InvalidInput, match="not valid TOML"):
        loads_oid_terms("name = ")


def test_the_examples_still_read() -> None:
    bond = load_oid_terms(EXAMPLES / "oid" / "pub1212-coupon-bond.toml").schedule()
    assert bond.total_oid == Decimal("13764.83")


# -- the [oid] table of a note's terms ---------------------------------------------------------

NOTE = """
id = "OID-1"
borrower = "Borrower, Inc."
lender = "Lender LLC"
issue_date = 2001-05-01
commitment = "100000.00"
maturity = 2004-05-01

[interest]
rate = "0.08"
day_count = "ACT/360"

[oid]
accrual_months = 12
accrual_rule = "calendar_year"
short_period = "compound"
"""


def test_note_oid_table_states_both_terms() -> None:
    terms = loads_terms(NOTE)
    assert terms.oid is not None
    assert (terms.oid.accrual_rule, terms.oid.short_period) == ("calendar_year", "compound")
    assert loads_terms(dumps_terms(terms)) == terms
    advance = Advance(note_id="OID-1", seq=1, effective_date=date(2001, 5, 1),
                      amount=Money.of("100000.00", "USD"))  # fmt: skip
    (issue,) = note_issues(replay(terms, [advance])).issues
    schedule = issue.schedule()
    assert schedule.accrual_rule is AccrualRule.CALENDAR_YEAR
    assert schedule.short_period is ShortPeriod.COMPOUND
    assert [p.end for p in schedule.periods][:2] == [date(2002, 1, 1), date(2003, 1, 1)]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('accrual_rule = "calendar_year"', 'accrual_rule = "yearly"',
         r'oid\.accrual_rule = "yearly": must be one of'),
        ('short_period = "compound"', 'short_period = "continuous"',
         r'oid\.short_period = "continuous": must be one of'),
        ('short_period = "compound"', 'short_perod = "simple"',
         r'oid\.short_perod = "simple": unknown key'),
    ],
)  # fmt: skip
def test_note_oid_table_refuses_bad_terms(old: str, new: str, message: str) -> None:
    with pytest.raises(TermsError, match=message):
        loads_terms(NOTE.replace(old, new))


def test_one_model_of_a_rate_step() -> None:
    """The OID rules and the note terms share the note's ``RateStep`` (there were two)."""
    from promissory.core import terms
    from promissory.core.oid import qsi

    assert qsi.RateStep is terms.RateStep
