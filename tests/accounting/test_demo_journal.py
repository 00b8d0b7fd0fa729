"""The demo book's journals: the seed note's illustrative history (examples/demo.sh) and the 2002
settlement (examples/settlement-2002.sh, the Letter Agreement and Release of March 31, 2002).

Acceptance (issue 14): for each party and note, the trial balance is zero and every receivable or
payable account equals the engine's balance at every month end; the settlement's entries carry the
letter's figures; the Beancount export passes Beancount's own checks (bean-check's loader, in
process), including the balance assertions it carries at every month end.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from beancount import loader
from demo_book import LOAN, NOTES, SEED

from cli_runner import Cli
from promissory.app import Promissory
from promissory.core.accounting import period_ends, reconcile, trial_balance

THROUGH = date(2006, 6, 30)
DOCS = Path(__file__).parents[2] / "docs" / "accounting-example.beancount"


def _app(demo: Cli) -> Promissory:
    return Promissory(demo.env["PROMISSORY_BOOK"])


@pytest.mark.parametrize("party", ["lender", "borrower"])
def test_trial_balances_are_zero_and_accounts_equal_the_engine_at_every_month_end(
    demo: Cli, party: str
) -> None:
    app = _app(demo)
    for j in app.journal(None, party, through=THROUGH):
        assert all(e.balanced for e in j.entries)
        ends = period_ends(app.note(j.note_id).terms.issue_date, THROUGH, "monthly")
        assert [b.end for b in j.engine] == list(ends)
        lines = reconcile(j)
        assert lines and all(t.ties for t in lines), [t for t in lines if not t.ties][:3]
        for end in ends:
            tb = trial_balance(j, end)
            assert tb.debits == tb.credits
        # and the engine's own balance command says the same on a month end
        pos = app.balance(j.note_id, date(2003, 3, 31))
        tied = {t.balance: t.account for t in lines if t.end == date(2003, 3, 31)}
        assert tied["principal"] == pos.principal
        assert tied["interest"] == pos.interest


def _postings(demo: Cli, note: str, party: str, kind: str) -> dict[str, Decimal]:
    data = demo.json("journal", note, "--party", party, "--to", "2002-04-30")
    (entry,) = [e for e in data["entries"] if e["kind"] == kind]
    assert entry["debits"] == entry["credits"]
    return {p["account"]: Decimal(p["debit"] or "-" + p["credit"]) for p in entry["postings"]}


def test_the_settlement_in_kind_carries_the_letters_figures(demo: Cli) -> None:
    # The letter: principal 17,500,000.00 + interest 1,140,370.41 = notes 17,533,226.80 + their
    # interest 951,754.93 + cash 155,388.68 = 18,640,370.41.
    lender = _postings(demo, LOAN, "lender", "settlement")
    assert lender == {
        "Assets:Cash": Decimal("155388.68"),
        f"Assets:Acquired-Notes:Principal:{NOTES}": Decimal("17533226.80"),
        f"Assets:Acquired-Notes:Interest:{NOTES}": Decimal("951754.93"),
        f"Assets:Loans:Interest:{LOAN}": Decimal("-1140370.41"),
        f"Assets:Loans:Principal:{LOAN}": Decimal("-17500000.00"),
    }
    borrower = _postings(demo, LOAN, "borrower", "settlement")
    assert borrower == {
        "Assets:Cash": Decimal("-155388.68"),
        f"Assets:Notes-Receivable:Principal:{NOTES}": Decimal("-17533226.80"),
        f"Assets:Notes-Receivable:Interest:{NOTES}": Decimal("-951754.93"),
        f"Liabilities:Notes-Payable:Interest:{LOAN}": Decimal("1140370.41"),
        f"Liabilities:Notes-Payable:Principal:{LOAN}": Decimal("17500000.00"),
    }
    data = demo.json("journal", LOAN, "--party", "lender", "--to", "2002-04-30")
    (settled,) = [e for e in data["entries"] if e["kind"] == "settlement"]
    assert "assumes the borrower's obligations under the assigned notes" in settled["memo"]


def test_the_assigned_notes_pass_from_valence_to_berg_at_their_carrying_amount(demo: Cli) -> None:
    data = demo.json("journal", NOTES, "--party", "lender", "--to", "2002-04-30")
    out, into = [e for e in data["entries"] if e["kind"] == "assignment"]
    assert (out["entity"], into["entity"]) == ("Valence Technology, Inc.",
                                               "Berg & Berg Enterprises, LLC")  # fmt: skip
    clearing = f"Assets:Loans:Transfer-Clearing:{NOTES}"
    assert [p["debit"] for p in out["postings"] if p["account"] == clearing] == ["18484981.73"]
    assert [p["credit"] for p in into["postings"] if p["account"] == clearing] == ["18484981.73"]
    assert out["date"] == into["date"] == "2002-03-31"


@pytest.mark.parametrize("party", ["lender", "borrower"])
def test_the_beancount_export_of_the_demo_book_passes_bean_check(demo: Cli, party: str) -> None:
    text = demo.run("journal", "--party", party, "--to", str(THROUGH), "--format",
                    "beancount").stdout  # fmt: skip
    entries, errors, _options = loader.load_string(text)
    assert errors == []
    assert sum(1 for e in entries if type(e).__name__ == "Balance") > 100
    assert sum(1 for e in entries if type(e).__name__ == "Transaction") > 60


def test_the_example_in_docs_is_the_demo_books_export_and_passes_bean_check(demo: Cli) -> None:
    text = demo.run("journal", "--party", "lender", "--to", str(THROUGH), "--format",
                    "beancount").stdout  # fmt: skip
    kept = DOCS.read_text(encoding="utf-8")
    # the memos say when the events were recorded (the day the book was built)
    import re

    def undated(s: str) -> str:
        return re.sub(r"recorded on \d{4}-\d{2}-\d{2}", "recorded on D", s)

    assert undated(text) == undated(kept), "regenerate docs/accounting-example.beancount"
    _entries, errors, _options = loader.load_string(kept)
    assert errors == []


def test_a_window_brings_earlier_balances_forward_and_still_checks(demo: Cli) -> None:
    text = demo.run("journal", SEED, "--party", "borrower", "--from", "2003-01-01", "--to",
                    "2003-12-31", "--format", "beancount").stdout  # fmt: skip
    _entries, errors, _options = loader.load_string(text)
    assert errors == []
    assert "balances brought forward to 2003-01-01" in text
    assert "2002-06-28 *" not in text  # the advance of Loan 3 is before the window
