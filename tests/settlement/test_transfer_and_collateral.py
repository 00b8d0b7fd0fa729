"""Transfers of restricted notes, financing-statement lapse and continuation, coverage."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from settlement_books import DAY, LOAN, NOTES, ROOT, SEED, golden_book

from promissory.app import NoteToAssign
from promissory.core.filings import (
    FinancingStatementContinued,
    FinancingStatementFiled,
    FinancingStatementTerminated,
    add_months,
    filing_problems,
    financing_statements,
)
from promissory.core.settlement import Cash
from promissory.errors import InvalidInput, RuleViolation

D = Decimal
REFUSAL = "record the basis of the transfer: registration, opinion-of-counsel or rule-144"


def test_a_restricted_note_is_not_assigned_without_a_basis() -> None:
    with golden_book() as p:
        p.add_note(ROOT / "examples/valence-2001-note.toml")
        with pytest.raises(RuleViolation) as refused:
            p.transfer(SEED, "Acme Capital LLC", date(2002, 5, 1))
        message = str(refused.value)
        assert "legend restricts transfer" in message
        assert "THIS NOTE HAS NOT BEEN REGISTERED" in message
        assert REFUSAL in message
        assert p.note(SEED).head == 0
        p.transfer(SEED, "Acme Capital LLC", date(2002, 5, 1), basis="opinion-of-counsel")
        history = p.holder_history(SEED)
        assert [(h.holder, h.basis) for h in history] == [
            ("Berg & Berg Enterprises, LLC", None), ("Acme Capital LLC", "opinion-of-counsel")]  # fmt: skip


def test_a_restricted_note_assigned_in_a_settlement_needs_its_basis() -> None:
    text = (ROOT / "examples/valence-2002-mortgage-notes.toml").read_text()
    restricted = text.replace('id = "VAL-MORTGAGE-NOTES"', 'id = "RESTRICTED-NOTE"').replace(
        "restricted = false", 'restricted = true\nlegend = "NOT REGISTERED UNDER THE ACT"'
    )
    with golden_book() as p:
        p.add_note(restricted)
        offer = [NoteToAssign(NOTES), NoteToAssign("RESTRICTED-NOTE", D("1.00")),
                 Cash(D("155387.68"))]  # fmt: skip
        before = p.note(LOAN).head
        with pytest.raises(RuleViolation, match="legend restricts transfer"):
            p.accept_settlement(LOAN, DAY, offer)
        assert p.note(LOAN).head == before
        offer[1] = NoteToAssign("RESTRICTED-NOTE", D("1.00"), basis="rule-144")
        p.accept_settlement(LOAN, DAY, offer)
        assert p.holder_history("RESTRICTED-NOTE")[-1].basis == "rule-144"


def test_only_the_holder_can_assign() -> None:
    with golden_book() as p:
        p.transfer(NOTES, "Someone Else", DAY)
        with pytest.raises(InvalidInput, match="only its holder can assign it"):
            p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(D("155388.68"))])


# -- financing statements --------------------------------------------------------------------------


def filed(day: date, number: str = "CA-1") -> FinancingStatementFiled:
    return FinancingStatementFiled(note_id=LOAN, effective_date=day, seq=1, filing_number=number,
                                   jurisdiction="California")  # fmt: skip


def test_lapse_is_five_years_after_filing() -> None:
    (f,) = financing_statements([filed(date(2001, 3, 5))], date(2002, 3, 31))
    assert (f.lapse_date, f.status, f.warning) == (date(2006, 3, 5), "effective", None)
    assert f.continuation_window == (date(2005, 9, 5), date(2006, 3, 4))
    # a leap day has no anniversary five years on: the month's last day
    (g,) = financing_statements([filed(date(2004, 2, 29))], date(2004, 3, 1))
    assert g.lapse_date == date(2009, 2, 28)
    assert add_months(date(2001, 8, 31), 6) == date(2002, 2, 28)


def test_warnings_before_lapse_and_after() -> None:
    events = [filed(date(2001, 3, 5))]
    assert financing_statements(events, date(2005, 9, 5), 180)[0].warning is None
    (f,) = financing_statements(events, date(2005, 9, 6), 180)
    assert f.warning is not None
    assert "lapses on 2006-03-05, in 180 days" in f.warning
    assert "file a continuation from 2005-09-05 to 2006-03-04" in f.warning
    (f,) = financing_statements(events, date(2006, 3, 5), 180)
    assert (f.status, f.warning) == (
        "lapsed",
        "financing statement CA-1 (California) lapsed on 2006-03-05",
    )


def test_continuation_only_in_the_window_and_it_adds_five_years() -> None:
    events = [filed(date(2001, 3, 5))]
    early = FinancingStatementContinued(note_id=LOAN, effective_date=date(2005, 9, 4), seq=2,
                                        filing_number="CA-1")  # fmt: skip
    (problem,) = filing_problems(LOAN, events, early)
    assert problem.code == "continuation-window"
    ok = FinancingStatementContinued(note_id=LOAN, effective_date=date(2005, 9, 5), seq=2,
                                     filing_number="CA-1")  # fmt: skip
    assert filing_problems(LOAN, events, ok) == []
    (f,) = financing_statements([*events, ok], date(2006, 6, 1))
    assert (f.lapse_date, f.status) == (date(2011, 3, 5), "effective")


def test_termination_marked_then_filed() -> None:
    mark = FinancingStatementTerminated(note_id=LOAN, effective_date=DAY, seq=2,
                                        filing_number="CA-1")  # fmt: skip
    ucc3 = FinancingStatementTerminated(note_id=LOAN, effective_date=date(2002, 4, 15), seq=3,
                                        filing_number="CA-1", filed=True)  # fmt: skip
    (f,) = financing_statements([filed(date(2001, 3, 5)), mark], DAY)
    assert f.status == "termination to be filed"
    (f,) = financing_statements([filed(date(2001, 3, 5)), mark, ucc3], date(2002, 5, 1))
    assert (f.status, f.terminated_on, f.warning) == ("terminated", date(2002, 4, 15), None)


def test_filings_through_the_app() -> None:
    with golden_book() as p:
        with pytest.raises(RuleViolation, match="six months before lapse"):
            p.continue_statement(LOAN, "CA-0106360123", date(2002, 1, 1))
        with pytest.raises(RuleViolation, match="already on file"):
            p.file_statement(LOAN, "CA-0106360123", "California", date(2001, 4, 1))
        with pytest.raises(RuleViolation, match="no financing statement"):
            p.terminate_statement(LOAN, "NOPE", DAY)


# -- coverage ------------------------------------------------------------------------------------


def test_coverage_of_the_golden_case_warns_below_the_minimum() -> None:
    with golden_book() as p:
        rep = p.collateral_report(LOAN, DAY)
    c = rep.coverage
    assert (c.collateral_value, c.payoff, c.ratio) == (
        D("18484981.73"),
        D("18640370.41"),
        D("0.9917"),
    )
    assert c.warning is not None
    assert "below the minimum 1.00" in c.warning


def test_other_assets_with_valuations_and_haircuts() -> None:
    with golden_book() as p:
        p.pledge(LOAN, "warehouse", DAY, value=D("400000.00"), haircut=D("0.25"))
        p.revalue(LOAN, "warehouse", D("1000000.00"), date(2002, 4, 10), source="appraisal")
        first = p.collateral_report(LOAN, DAY).coverage
        later = p.collateral_report(LOAN, date(2002, 4, 10)).coverage
        with pytest.raises(RuleViolation, match="already pledged"):
            p.pledge(LOAN, "warehouse", DAY, value=D("1.00"))
        with pytest.raises(RuleViolation, match="not pledged"):
            p.release(LOAN, "barn", DAY)
    warehouse = {v.item.asset: v for v in first.collateral}["warehouse"]
    assert (warehouse.gross, warehouse.haircut_amount, warehouse.net) == (
        D("400000.00"), D("100000.00"), D("300000.00"))  # fmt: skip
    assert first.collateral_value == D("18784981.73")
    assert first.ratio == D("1.0078")
    assert first.warning is None
    assert {v.item.asset: v.net for v in later.collateral}["warehouse"] == D("750000.00")


# -- default and remedies meet settlement ------------------------------------------------------------


def test_a_settlement_after_default_pays_expenses_and_default_interest_first() -> None:
    """Event of Default on 04-01 (cure period 10 days), a Lender Expense with its invoice, acceleration,
    then settlement on 05-01: 31 days of 8% and 30 days of the 2% default margin on 17,500,000.00
    (ACT/360) — 120,555.56 and 29,166.67."""
    with golden_book() as p:
        p.post(LOAN, {"kind": "default", "effective_date": date(2002, 4, 1),
                      "description": "failure to pay", "cure_period_days": 10})  # fmt: skip
        p.post(LOAN, {"kind": "expense", "effective_date": date(2002, 4, 5), "amount": "10000.00",
                      "description": "counsel fees", "invoice_ref": "INV-2002-041"})  # fmt: skip
        p.post(LOAN, {"kind": "acceleration", "effective_date": date(2002, 4, 11)})
        day = date(2002, 5, 1)
        r = p.propose_settlement(LOAN, day, [NoteToAssign(NOTES)])
        assert r.payoff.total == D("18800092.64")
        cash = -r.difference
        done = p.accept_settlement(LOAN, day, [NoteToAssign(NOTES), Cash(cash)])
    assert done.reconciliation is not None
    split = done.reconciliation.split
    assert (split.expenses, split.default_interest, split.interest, split.principal) == (
        D("10000.00"), D("29166.67"), D("1260925.97"), D("17500000.00"))  # fmt: skip
