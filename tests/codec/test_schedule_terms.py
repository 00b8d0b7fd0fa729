"""The ``[schedule]`` table of the terms file: read, checked against the note, written back.

A note without ``[schedule]`` serialises exactly as before (its stored hash is unchanged); each
kind of schedule round-trips; every bad value is refused naming its key, the value and the rule.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.codec.terms_toml import SCHEDULE_KEYS, dumps_terms, load_terms, loads_terms
from promissory.core.calendar import Frequency
from promissory.core.installments import (
    CustomInstallment,
    PaymentSchedule,
    PrepaymentEffect,
    ScheduleKind,
    TableAmount,
)
from promissory.core.money import RoundingMode, RoundingPolicy
from promissory.errors import TermsError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

NOTE = """\
id = "T-1"
borrower = "B"
lender = "L"
issue_date = 2024-03-01
commitment = "500000.00"
maturity = 2029-03-01

[interest]
rate = "0.0725"
day_count = "30/360 US"
"""

LEVEL = """
[schedule]
kind = "level"
first_payment = 2024-04-01
payments = 60
"""


def terms(schedule: str = LEVEL, note: str = NOTE) -> str:
    return note + schedule


#: sha256 of the seed note's stored terms text, as main wrote it before ``[schedule]`` existed.
SEED_TERMS_SHA256 = "46ffa4f1bb5e60c451c7405c31b9b26770294c5cda4927ea91aa24b401dd0b97"


def test_a_note_without_a_schedule_serialises_as_before() -> None:
    seed = load_terms(EXAMPLES / "valence-2001-note.toml")
    assert seed.schedule is None
    text = dumps_terms(seed)
    assert hashlib.sha256(text.encode()).hexdigest() == SEED_TERMS_SHA256
    assert loads_terms(text) == seed


def test_the_example_term_note_reads_its_schedule() -> None:
    t = load_terms(EXAMPLES / "term-note-2024.toml")
    assert t.schedule == PaymentSchedule(ScheduleKind.LEVEL, date(2024, 4, 1), 60, day_of_month=1)
    assert loads_terms(dumps_terms(t)) == t


ROUND_TRIPS = {
    "level, all keys": """
[schedule]
kind = "level"
frequency = "monthly"
first_payment = 2024-04-01
payments = 60
end_of_month = false
business_day_convention = "modified-following"
calendar = "US"
accrue_to_adjusted_dates = true
prepayment_effect = "reamortize"
allow_negative_amortization = false
[schedule.rounding]
quantum = "1"
mode = "up"
""",
    "stated": '\n[schedule]\nkind = "stated_installment"\nfirst_payment = 2024-04-01\n'
    'payments = 60\ninstallment = "7274.53"\nday_of_month = 1\n',
    "fixed principal": '\n[schedule]\nkind = "fixed_principal"\nfirst_payment = 2024-06-01\n'
    'payments = 20\nfrequency = "quarterly"\nprincipal_installment = "25000.00"\n',
    "interest only, balloon": '\n[schedule]\nkind = "interest_only_then_amortizing"\n'
    "first_payment = 2024-04-01\npayments = 60\ninterest_only_payments = 12\n"
    "amortization_payments = 300\n",
    "interest only until": '\n[schedule]\nkind = "interest_only_then_amortizing"\n'
    "first_payment = 2024-04-01\npayments = 60\ninterest_only_until = 2025-03-01\n",
    "custom": '\n[schedule]\nkind = "custom"\ntable_amounts = "principal"\n'
    '[[schedule.table]]\ndue_date = 2026-03-01\namount = "200000.00"\n'
    '[[schedule.table]]\ndue_date = 2029-03-01\namount = "300000.00"\n',
}


@pytest.mark.parametrize("schedule", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_every_kind_round_trips(schedule: str) -> None:
    t = loads_terms(terms(schedule))
    assert t.schedule is not None
    assert loads_terms(dumps_terms(t)) == t


def test_the_keys_read_as_the_record_says() -> None:
    s = loads_terms(terms(ROUND_TRIPS["level, all keys"])).schedule
    assert s == PaymentSchedule(
        ScheduleKind.LEVEL, date(2024, 4, 1), 60, frequency=Frequency.MONTHLY,
        end_of_month=False, business_day_convention="modified-following", calendar="US",
        accrue_to_adjusted_dates=True, prepayment_effect=PrepaymentEffect.REAMORTIZE,
        installment_rounding=RoundingPolicy(Decimal("1"), RoundingMode.UP),
    )  # fmt: skip
    custom = loads_terms(terms(ROUND_TRIPS["custom"])).schedule
    assert custom is not None
    assert custom.table == (
        CustomInstallment(date(2026, 3, 1), Decimal("200000.00")),
        CustomInstallment(date(2029, 3, 1), Decimal("300000.00")),
    )
    assert custom.table_amounts is TableAmount.PRINCIPAL


def _level(**keys: str) -> str:
    """The level schedule with ``keys`` replaced or added (TOML values as written)."""
    lines = {"kind": '"level"', "first_payment": "2024-04-01", "payments": "60", **keys}
    return "\n[schedule]\n" + "".join(f"{k} = {v}\n" for k, v in lines.items() if v != "")


REFUSED = [
    # (schedule text, key named, words of the rule)
    (_level(kind='"annuity"'), "schedule.kind", "must be one of level, fixed_principal"),
    (_level(kind=""), "schedule.kind", "is required"),
    (_level(colour='"red"'), "schedule.colour", "unknown key"),
    (_level(payments="0"), "schedule.payments", "1 or more"),
    (_level(payments='"60"'), "schedule.payments", "1 or more"),
    (_level(payments=""), "schedule.payments", "is required"),
    (_level(payments="59"), "schedule.payments", "not on maturity 2029-03-01"),
    (_level(first_payment=""), "schedule.first_payment", "is required"),
    (_level(first_payment="2024-03-01", payments="61"), "schedule.first_payment",
     "after the issue date"),
    (_level(frequency='"weekly"'), "schedule.frequency",
     "must be one of monthly, quarterly, semiannual, annual"),
    (_level(installment="9959.68"), "schedule.installment", "write decimals as strings"),
    (_level(installment='"9959.685"'), "schedule.installment", "finer than USD"),
    (_level(installment='"0"'), "schedule.installment", "more than zero"),
    (_level(principal_installment='"100.00"'), "schedule.principal_installment",
     "only a fixed_principal"),
    (_level(kind='"fixed_principal"', installment='"100.00"'), "schedule.installment",
     "principal_installment"),
    (_level(kind='"stated_installment"'), "schedule.installment", "is required"),
    (_level(kind='"stated_installment"', installment='"7274.53"', amortization_payments="300"),
     "schedule.amortization_payments", "no amortization term"),
    (_level(kind='"stated_installment"', installment='"7274.53"',
            prepayment_effect='"reamortize"'), "schedule.prepayment_effect", "shorten-term"),
    (_level(prepayment_effect='"recast"'), "schedule.prepayment_effect", "must be one of"),
    (_level(day_of_month="32"), "schedule.day_of_month", "1 to 31"),
    (_level(day_of_month="15"), "schedule.day_of_month", "does not fall on that day"),
    (_level(end_of_month='"yes"'), "schedule.end_of_month", "true or false"),
    (_level(business_day_convention='"nearest"'), "schedule.business_day_convention",
     "unadjusted"),
    (_level(calendar='"Atlantis"'), "schedule.calendar", "Atlantis"),
    (_level(interest_only_payments="12"), "schedule.interest_only_payments",
     "only an interest_only_then_amortizing"),
    (_level(kind='"interest_only_then_amortizing"'), "schedule.interest_only_payments",
     "exactly one"),
    (_level(kind='"interest_only_then_amortizing"', interest_only_payments="60"),
     "schedule.interest_only_payments", "fewer than the 60"),
    (_level(kind='"interest_only_then_amortizing"', interest_only_until="2024-01-01"),
     "schedule.interest_only_until", "after the issue date"),
    (_level(amortization_payments="59"), "schedule.amortization_payments", "must cover the 60"),
    (_level(table_amounts='"payment"'), "schedule.table_amounts", "only a custom schedule"),
    (_level(rounding='{quantum = "0.001"}'), "schedule.rounding.quantum", "finer than USD"),
    ('\n[schedule]\nkind = "custom"\n', "schedule.table", "[[schedule.table]]"),
    ('\n[schedule]\nkind = "custom"\npayments = 1\n[[schedule.table]]\ndue_date = 2029-03-01\n'
     'amount = "1.00"\n', "schedule.payments", "takes its dates"),
    ('\n[schedule]\nkind = "custom"\n[[schedule.table]]\ndue_date = 2029-03-01\namount = "-1.00"\n',
     "schedule.table[0].amount", "zero or more"),
    ('\n[schedule]\nkind = "custom"\n[[schedule.table]]\ndue_date = 2029-03-01\namount = "1.00"\n'
     '[[schedule.table]]\ndue_date = 2029-03-01\namount = "1.00"\n',
     "schedule.table[1].due_date", "the dates increase"),
    ('\n[schedule]\nkind = "custom"\n[[schedule.table]]\ndue_date = 2028-03-01\namount = "1.00"\n',
     "schedule.table[0].due_date", "not on maturity"),
    ('\n[schedule]\nkind = "custom"\n[[schedule.table]]\ndue_date = 2029-03-01\namount = "1.00"\n'
     "when = 1\n", "schedule.table[0].when", "unknown key"),
]  # fmt: skip


@pytest.mark.parametrize(("schedule", "key", "rule"), REFUSED)
def test_every_bad_value_is_refused_by_key_value_and_rule(
    schedule: str, key: str, rule: str
) -> None:
    with pytest.raises(TermsError) as caught:
        loads_terms(terms(schedule))
    assert (caught.value.field, rule in caught.value.rule) == (key, True), str(caught.value)


def test_schedule_must_be_a_table() -> None:
    with pytest.raises(TermsError) as caught:
        loads_terms("schedule = 1\n" + NOTE)
    assert (caught.value.field, caught.value.rule) == ("schedule", "must be a table [schedule]")


def test_a_schedule_needs_a_fixed_rate() -> None:
    floating = (
        NOTE.replace('rate = "0.0725"\n', "")
        + '[interest.floating]\nindex = "SOFR"\nmargin = "0.02"\n'
    )
    with pytest.raises(TermsError) as caught:
        loads_terms(terms(note=floating))
    assert caught.value.field == "schedule.kind"
    assert "fixed interest.rate" in caught.value.rule


def test_every_schedule_key_is_documented() -> None:
    doc = (EXAMPLES.parent / "docs" / "terms-format.md").read_text()
    section = doc[doc.index("## `[schedule]`") :]
    for key in sorted(SCHEDULE_KEYS - {"rounding", "table"}):
        assert f"| `{key}` |" in section, key
    assert "### `[schedule.rounding]`" in section
    assert "### `[[schedule.table]]`" in section
