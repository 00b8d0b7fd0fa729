"""``Promissory.statement``: the example term note's installments, balance and payoff of a day.

``examples/term-note-2024.toml`` (issue 10): 60 monthly installments of 9,959.68 from 2024-04-01
(P·r / (1 − (1 + r)^−n), r = 0.0725 / 12, half-up to the cent; tests/core/test_billing.py computes it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from storage_helpers import Clock

from promissory.app import Promissory
from promissory.codec.records_json import to_json
from promissory.errors import InvalidInput

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "TERM-2024-001"
INSTALLMENT = Decimal("9959.68")


def _app(tmp_path: Path) -> Promissory:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    app.add_note((EXAMPLES / "term-note-2024.toml").read_text())
    app.post(NOTE, {"kind": "advance", "amount": "500000.00", "effective_date": "2024-03-01"})
    return app


def test_two_installments_missed(tmp_path: Path) -> None:
    app = _app(tmp_path)
    for day in ("2024-04-01", "2024-05-01"):
        app.post(NOTE, {"kind": "payment", "amount": str(INSTALLMENT), "effective_date": day})
    s = app.statement(NOTE, date(2024, 7, 15))
    st = s.installments
    assert (st.past_due, st.days_past_due, st.aging) == (Decimal("19919.36"), 44, "30-59")
    assert (st.next_due_date, st.amount_due) == (date(2024, 8, 1), 3 * INSTALLMENT)
    # the balance and payoff of the day are those the app gives by themselves
    assert s.balance == app.balance(NOTE, date(2024, 7, 15))
    assert s.payoff == app.payoff(NOTE, date(2024, 7, 15))
    data = to_json(s)
    assert data["installments"]["totals"]["past_due"] == "19919.36"
    assert data["installments"]["totals"]["aging"] == "30-59"
    assert data["payoff"]["total"] == str(s.payoff.total)
    assert data["installments"]["installments"][2] == {
        "number": 3, "due_date": "2024-06-01", "amount": "9959.68", "paid": "0.00",
        "remaining": "9959.68", "days_past_due": 44, "paid_on": None}  # fmt: skip


def test_a_note_without_installments_has_no_statement(tmp_path: Path) -> None:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    app.add_note((EXAMPLES / "valence-2001-note.toml").read_text())
    with pytest.raises(InvalidInput, match=r"no \[schedule\].*no installments to bill"):
        app.statement("VAL-2001-10-05", date(2002, 4, 1))


def test_checkpoints_keep_the_installments_paid_and_verify_clean(tmp_path: Path) -> None:
    # a 3% premium until 2025-03-01: ten installments on their due dates pay none, and a replay
    # resumed from a checkpoint (kept every 3 rows) quotes the same payoff as a full replay
    text = (EXAMPLES / "term-note-2024.toml").read_text() + (
        '\n[prepayment]\npremium = [{ until = 2025-03-01, percent = "0.03" }]\n')  # fmt: skip
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock(), checkpoint_every=3)
    app.init()
    app.add_note(text)
    app.post(NOTE, {"kind": "advance", "amount": "500000.00", "effective_date": "2024-03-01"})
    for row in app.amortization(NOTE).rows[:10]:
        app.post(NOTE, {"kind": "payment", "amount": str(row.payment),
                        "effective_date": row.due_date.isoformat()})  # fmt: skip
    assert all(row.split.premium == 0 for row in app.view(NOTE).ledger.rows)
    assert app.verify(NOTE) == []
    assert list(app.book.stored_checkpoints(NOTE))
    again = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    assert again.payoff(NOTE, date(2024, 12, 15)) == app.payoff(NOTE, date(2024, 12, 15))
    assert again.statement(NOTE, date(2025, 2, 10)).installments.past_due == INSTALLMENT
