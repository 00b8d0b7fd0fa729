"""A grace period (``[schedule] grace_days``): an installment unpaid within it is not past due.

The example term note with ``grace_days = 10``: the installment due 2024-04-01 unpaid is due, not
past due, through 2024-04-11; on 2024-04-12 it is past due, 11 days from its due date (aging 1-29).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ledger_dsl import book
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.billing import installment_status
from promissory.errors import InvalidInput

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml").read_text()
GRACE = EXAMPLE.replace('prepayment_effect = "shorten-term"',
                        'prepayment_effect = "shorten-term"\ngrace_days = 10')  # fmt: skip
T = loads_terms(GRACE)


def test_within_the_grace_period_nothing_is_past_due() -> None:
    led = book(T, "2024-03-01 advance 500000.00")
    for as_of, past_due, days in (
        (date(2024, 4, 11), Decimal(0), 0),
        (date(2024, 4, 12), Decimal("9959.68"), 11),
    ):
        status = installment_status(led, as_of)
        assert status is not None
        assert (status.past_due, status.days_past_due) == (past_due, days), as_of
    status = installment_status(led, date(2024, 4, 11))
    assert status is not None
    assert (status.next_due_date, status.amount_due) == (date(2024, 4, 1), Decimal("9959.68"))


def test_grace_days_round_trip_and_default_to_none() -> None:
    assert T.schedule is not None and T.schedule.grace_days == 10
    assert loads_terms(dumps_terms(T)) == T
    plain = loads_terms(EXAMPLE)
    assert plain.schedule is not None and plain.schedule.grace_days == 0
    assert "grace_days" not in dumps_terms(plain)


def test_negative_grace_days_are_refused_naming_the_key() -> None:
    with pytest.raises(InvalidInput, match=r"schedule\.grace_days.*-1"):
        loads_terms(GRACE.replace("grace_days = 10", "grace_days = -1"))
