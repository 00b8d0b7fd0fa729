"""``Promissory.amortization``: a note's amortization table, from issue and as of a date.

The note is ``examples/term-note-2024.toml``, issue 10's example: $500,000.00 at 7.25%, 30/360,
60 monthly level installments from 2024-04-01.  The level installment is checked against
numpy-financial's ``pmt`` (a test oracle only); the rows against the installments and the ledger.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy_financial as npf
import pytest
from storage_helpers import Clock

from promissory.app import Promissory
from promissory.errors import InvalidInput

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "TERM-2024-001"


def cents(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _app(tmp_path: Path, terms: str | None = None) -> Promissory:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    app.add_note(terms if terms is not None else (EXAMPLES / "term-note-2024.toml").read_text())
    app.post(NOTE, {"kind": "advance", "amount": "500000.00", "effective_date": "2024-03-01"})
    return app


def test_from_issue_the_table_repays_the_commitment(tmp_path: Path) -> None:
    a = _app(tmp_path).amortization(NOTE)
    assert (a.as_of, a.principal, a.installment) == (None, Decimal("500000.00"), Decimal("9959.68"))
    assert cents(float(npf.pmt(0.0725 / 12, 60, -500_000))) == a.installment
    first, last = a.rows[0], a.rows[-1]
    assert (first.due_date, first.interest, first.principal, first.balance) == (
        date(2024, 4, 1), Decimal("3020.83"), Decimal("6938.85"), Decimal("493061.15"))  # fmt: skip
    assert (last.number, last.due_date, last.balance) == (60, date(2029, 3, 1), Decimal("0.00"))
    assert a.table.total_principal == Decimal("500000.00")
    assert a.explanation.computed == Decimal("9959.68")


def test_paid_on_schedule_the_rows_left_are_the_rows_of_the_table(tmp_path: Path) -> None:
    app = _app(tmp_path)
    full = app.amortization(NOTE)
    for row in full.rows[:3]:
        app.post(NOTE, {"kind": "payment", "amount": str(row.payment),
                        "effective_date": row.due_date.isoformat()})  # fmt: skip
    after = app.amortization(NOTE, as_of=date(2024, 6, 1))
    assert after.principal == full.rows[2].balance == app.balance(NOTE, date(2024, 6, 1)).principal
    assert after.rows == full.rows[3:]
    # mid-period: the next installment is still the 4th
    assert app.amortization(NOTE, as_of=date(2024, 6, 20)).rows == full.rows[3:]


def test_a_prepayment_shortens_the_term_when_the_note_says_so(tmp_path: Path) -> None:
    app = _app(tmp_path)
    app.post(NOTE, {"kind": "payment", "amount": "9959.68", "effective_date": "2024-04-01"})
    app.post(NOTE, {"kind": "payment", "amount": "100000.00", "effective_date": "2024-04-15"})
    owed = app.balance(NOTE, date(2024, 4, 20)).principal
    a = app.amortization(NOTE, as_of=date(2024, 4, 20))
    assert a.principal == owed == Decimal("394451.31")
    assert a.installment == Decimal("9959.68")  # the installment stays
    assert [r.payment for r in a.rows[:-1]] == [Decimal("9959.68")] * (len(a.rows) - 1)
    assert (a.rows[0].number, a.rows[-1].number, a.rows[-1].due_date) == (2, 47, date(2028, 2, 1))
    assert a.table.total_principal == owed
    assert a.rows[-1].balance == 0


def test_a_prepayment_reamortizes_the_installment_when_the_note_says_so(tmp_path: Path) -> None:
    terms = (EXAMPLES / "term-note-2024.toml").read_text()
    terms = terms.replace('prepayment_effect = "shorten-term"', 'prepayment_effect = "reamortize"')
    app = _app(tmp_path, terms)
    app.post(NOTE, {"kind": "payment", "amount": "9959.68", "effective_date": "2024-04-01"})
    app.post(NOTE, {"kind": "payment", "amount": "100000.00", "effective_date": "2024-04-15"})
    a = app.amortization(NOTE, as_of=date(2024, 4, 20))
    # 394,451.31 over the 59 installments left, by the oracle
    assert a.installment == cents(float(npf.pmt(0.0725 / 12, 59, -394_451.31)))
    assert len(a.rows) == 59
    assert a.rows[-1].due_date == date(2029, 3, 1)
    assert a.table.total_principal == Decimal("394451.31")


def test_what_has_no_table_is_refused_with_the_reason(tmp_path: Path) -> None:
    app = _app(tmp_path)
    app.add_note((EXAMPLES / "valence-2001-note.toml").read_text())
    with pytest.raises(InvalidInput, match=r"VAL-2001-10-05 has no \[schedule\]"):
        app.amortization("VAL-2001-10-05")
    with pytest.raises(InvalidInput, match="no installment falls due after 2029-03-01"):
        app.amortization(NOTE, as_of=date(2029, 3, 1))
    app.post(NOTE, {"kind": "payment", "amount": "503020.83", "effective_date": "2024-04-01"})
    with pytest.raises(InvalidInput, match="owes no principal at the end of 2024-04-01"):
        app.amortization(NOTE, as_of=date(2024, 4, 1))


def test_paid_on_schedule_to_the_59th_the_last_row_is_left_and_pays_off(tmp_path: Path) -> None:
    app = _app(tmp_path)
    full = app.amortization(NOTE)
    for row in full.rows[:59]:
        app.post(NOTE, {"kind": "payment", "amount": str(row.payment),
                        "effective_date": row.due_date.isoformat()})  # fmt: skip
    left = app.amortization(NOTE, as_of=date(2029, 2, 1))
    assert left.rows == full.rows[59:]
    app.post(NOTE, {"kind": "payment", "amount": str(left.rows[0].payment),
                    "effective_date": "2029-03-01"})  # fmt: skip
    assert app.balance(NOTE, date(2029, 3, 1)).total == 0
