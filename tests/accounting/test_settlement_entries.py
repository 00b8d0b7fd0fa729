"""A settlement with every kind of consideration: cash, shares, forgiveness, and an excess owed back
(the notes-in-kind case is the 2002 letter, in test_demo_journal.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from beancount import loader

from ledger_dsl import parse_events, terms
from promissory.codec.chart_toml import default_chart
from promissory.codec.journal_export import to_beancount
from promissory.core.accounting import balances_on, journal, reconcile
from promissory.core.money import Money
from promissory.core.settlement import Settlement

NOTE = terms()


def _usd(text: str) -> Money:
    return Money.of(text, "USD")


def test_cash_shares_forgiveness_and_an_excess() -> None:
    # opening balances 1,000.00 + 10.00 on 2002-03-31; consideration 500.00 cash + 400 shares at
    # 1.00 + 200.00 forgiven = 1,100.00 against a payoff of 1,010.00: 90.00 is owed back
    events = [*parse_events(NOTE.id, "2002-03-31 opening 1000.00 10.00"), Settlement(
        note_id=NOTE.id, seq=2, effective_date=date(2002, 3, 31), settlement_id="S-1",
        cash=_usd("500.00"), notes_value=_usd("0.00"), shares_value=_usd("400.00"),
        forgiven=_usd("200.00"), excess=_usd("90.00"), shares_count=400,
        share_price=Decimal("1.00"))]  # fmt: skip
    expected = {
        "lender": {"cash": "500.00", "shares_received": "400.00", "forgiveness_loss": "200.00",
                   "interest_receivable": "-10.00", "notes_receivable": "-1000.00",
                   "settlement_excess_payable": "-90.00"},
        "borrower": {"cash": "-500.00", "shares_issued": "-400.00", "forgiveness_gain": "-200.00",
                     "interest_payable": "10.00", "notes_payable": "1000.00",
                     "settlement_excess_receivable": "90.00"},
    }  # fmt: skip
    for party, postings in expected.items():
        j = journal(NOTE, events, party, through=date(2002, 4, 30))  # type: ignore[arg-type]
        (settled,) = [e for e in j.entries if e.kind == "settlement"]
        assert settled.balanced
        assert {p.role: p.amount for p in settled.postings} == {
            r: Decimal(a) for r, a in postings.items()
        }
        assert "excess 90.00 owed back to the borrower" in settled.memo
        assert all(t.ties for t in reconcile(j))


def test_a_transfer_splits_the_accrued_interest_at_the_transfer_date() -> None:
    from promissory.core.transfer import Transfer

    events = [*parse_events(NOTE.id, "2001-10-05 advance 1000000.00"), Transfer(
        note_id=NOTE.id, seq=2, effective_date=date(2001, 11, 15), holder="Assignee LLC")]  # fmt: skip
    j = journal(NOTE, events, "lender", through=date(2001, 11, 30))
    out, into = [e for e in j.entries if e.kind == "assignment"]
    lender = NOTE.lender.name
    # the assignor earns the 26 days to the October period end (5,777.78, posted then) and the 15
    # from October 31 to the transfer (3,333.33): 1,000,000 × 0.08 × 41/360 = 9,111.11 in all,
    # then derecognises it with the principal
    assert (out.entity, into.entity) == (lender, "Assignee LLC")
    assert {p.role: p.amount for p in out.postings} == {
        "interest_receivable": Decimal("-5777.78"),  # 3,333.33 accrued, then 9,111.11 assigned
        "interest_income": Decimal("-3333.33"),
        "transfer_clearing": Decimal("1009111.11"),
        "notes_receivable": Decimal("-1000000.00"),
    }
    assert {p.role: p.amount for p in into.postings} == {
        "notes_receivable": Decimal("1000000.00"), "interest_receivable": Decimal("9111.11"),
        "transfer_clearing": Decimal("-1009111.11")}  # fmt: skip
    (november,) = [e for e in j.entries if e.day == date(2001, 11, 30)]
    assert november.entity == "Assignee LLC"
    assert all(t.ties for t in reconcile(j))


def test_an_assignment_changes_the_borrowers_counterparty_not_its_payable() -> None:
    from promissory.core.transfer import Transfer

    events = [*parse_events(NOTE.id, "2001-10-05 advance 1000000.00"), Transfer(
        note_id=NOTE.id, seq=2, effective_date=date(2001, 11, 15), holder="Assignee LLC")]  # fmt: skip
    j = journal(NOTE, events, "borrower", through=date(2001, 11, 30))
    (notice,) = [e for e in j.entries if e.kind == "assignment"]
    # the borrower accrues to the transfer date (3,333.33 after October's 5,777.78) and nothing
    # else moves: the same notes payable, owed to the assignee from that day
    assert {p.role: p.amount for p in notice.postings} == {
        "interest_expense": Decimal("3333.33"), "interest_payable": Decimal("-3333.33")}  # fmt: skip
    assert (notice.entity, notice.counterparty) == (NOTE.borrower.name, "Assignee LLC")
    assert "owed to Assignee LLC from 2001-11-15" in notice.memo
    before = [e.counterparty for e in j.entries if e.day < date(2001, 11, 15)]
    after = [e.counterparty for e in j.entries if e.day > date(2001, 11, 15)]
    assert set(before) == {NOTE.lender.name} and set(after) == {"Assignee LLC"}
    assert balances_on(j, date(2001, 11, 30))[("notes_payable", "")] == Decimal("-1000000.00")
    assert all(t.ties for t in reconcile(j))
    # assigned on the day of the advance, nothing has accrued: the notice has no postings
    events[1] = Transfer(note_id=NOTE.id, seq=2, effective_date=date(2001, 10, 5),
                         holder="Assignee LLC")  # fmt: skip
    on_the_first = journal(NOTE, events, "borrower", through=date(2001, 11, 30))
    (bare,) = [e for e in on_the_first.entries if e.kind == "assignment"]
    assert bare.postings == () and bare.counterparty == "Assignee LLC"
    text = to_beancount([on_the_first], default_chart())
    assert 'counterparty: "Assignee LLC"' in text
    assert loader.load_string(text)[1] == []
