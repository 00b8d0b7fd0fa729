"""Onboarding a note that pays interest in kind (issue 11): the notes CSV states ``[interest.pik]``
in columns ``pik_rate``, ``pik_toggle``, ``pik_election_notice_days``, ``pik_default_election``,
and the events CSV carries the borrower's elections (``pik_election`` rows)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from storage_helpers import Clock

from promissory.app import Promissory

NOTES = (
    "id,borrower,lender,issue_date,maturity,commitment,rate,day_count,compounding,payable,"
    "draw_period_end,pik_rate,pik_toggle,pik_election_notice_days,pik_default_election\n"
    "TOGGLE-CSV,Northgate Components Inc.,Ridgeway Direct Lending Fund LP,2024-01-01,2029-01-01,"
    "10000000.00,0.10,ACT/360,quarterly,quarterly,2024-01-31,0.11,true,5,cash\n"
    "SPLIT-CSV,Northgate Components Inc.,Ridgeway Direct Lending Fund LP,2024-01-01,2029-01-01,"
    "10000000.00,0.08,ACT/360,quarterly,quarterly,2024-01-31,0.04,,,\n"
)
EVENTS = (
    "note_id,kind,effective_date,amount,period_start,election\n"
    "TOGGLE-CSV,advance,2024-01-01,10000000.00,,\n"
    "TOGGLE-CSV,pik_election,2024-01-01,,2024-01-01,pik\n"
    "SPLIT-CSV,advance,2024-01-01,10000000.00,,\n"
)


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_a_toggle_and_a_split_note_onboard_with_their_pik_terms(book_url: str,
                                                                tmp_path: Path) -> None:  # fmt: skip
    app = Promissory(book_url, clock=Clock())
    app.init()
    (tmp_path / "notes.csv").write_text(NOTES)
    (tmp_path / "events.csv").write_text(EVENTS)
    assert app.onboard(tmp_path / "notes.csv").rejected == []
    assert app.onboard(tmp_path / "events.csv").rejected == []

    toggle = app.note("TOGGLE-CSV").terms.interest.pik
    assert toggle is not None and toggle.toggle and toggle.notice_days == 5
    # Q1 elected in kind at closing: 10,000,000 × 11% × 91/360 is capitalised on 2024-04-01
    in_kind = cents(Fraction(10_000_000) * Fraction(11, 100) * Fraction(91, 360))
    assert in_kind == Decimal("278055.56")
    assert app.balance("TOGGLE-CSV", date(2024, 4, 1)).principal == 10_000_000 + in_kind
    # the split note: 4% in kind on top of 8% in cash; the cash part stays owed, not capitalised
    split = cents(Fraction(10_000_000) * Fraction(4, 100) * Fraction(91, 360))
    assert app.balance("SPLIT-CSV", date(2024, 4, 1)).principal == 10_000_000 + split
    assert app.verify() == []


def test_a_pik_column_means_what_its_key_means_in_a_terms_file(book_url: str,
                                                               tmp_path: Path) -> None:  # fmt: skip
    app = Promissory(book_url, clock=Clock())
    app.init()
    (tmp_path / "notes.csv").write_text(
        NOTES.splitlines()[0] + "\n"
        "NO-COMPOUNDING,B,L,2024-01-01,2029-01-01,1000.00,0.10,ACT/360,,,2024-01-31,0.11,,,\n"
        "BAD-NOTICE,B,L,2024-01-01,2029-01-01,1000.00,0.10,ACT/360,quarterly,,2024-01-31,0.11,"
        "true,five,\n"
    )
    report = app.onboard(tmp_path / "notes.csv")
    reasons = {r.note_id: r.reason for r in report.rejected}
    assert "compounding" in reasons["NO-COMPOUNDING"]
    assert "pik_election_notice_days 'five' must be a whole number" in reasons["BAD-NOTICE"]
