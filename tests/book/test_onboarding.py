"""Bulk onboarding from CSV: every rejected row is reported and no note is half-applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner
from storage_helpers import ROOT, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.cli import cli

EXAMPLES = ROOT / "examples" / "onboarding"


def test_the_example_files_onboard_whole_notes_and_report_the_rest(book_url: str) -> None:
    app = Promissory(book_url, clock=Clock())
    app.init()
    notes = app.onboard(EXAMPLES / "notes.csv")
    assert notes.applied_notes == ["ACME-2024-01", "BOLT-2024-02"]
    assert [(r.line, r.note_id) for r in notes.rejected] == [(4, "BAD-RATE")]
    assert "interest.rate" in notes.rejected[0].reason
    events = app.onboard(EXAMPLES / "events.csv")
    assert events.applied_notes == ["ACME-2024-01"]
    assert [(r.line, r.note_id) for r in events.rejected] == [(6, "BOLT-2024-02"),
                                                              (7, "BOLT-2024-02")]  # fmt: skip
    assert "exceeds the available commitment" in events.rejected[0].reason
    assert "[overpayment]" in events.rejected[1].reason  # each bad row says why
    assert app.book.head("ACME-2024-01")[0] == 4
    assert app.book.head("BOLT-2024-02")[0] == 0  # nothing half-applied
    assert app.balance("ACME-2024-01", date(2025, 1, 2)).principal < 1500000
    assert app.verify() == []


def test_a_bad_cell_rejects_the_whole_note(book_url: str, tmp_path: Path) -> None:
    app = Promissory(book_url, clock=Clock())
    app.init()
    app.add_note(SEED_TERMS)
    csv = tmp_path / "events.csv"
    csv.write_text(
        "note_id,kind,effective_date,amount\n"
        "VAL-2001-10-05,advance,2001-10-05,1000.00\n"
        "VAL-2001-10-05,payment,2001-13-01,10.00\n"
        "NOPE,advance,2001-10-05,1.00\n"
    )
    report = app.onboard(csv)
    reasons = {r.line: r.reason for r in report.rejected}
    assert "not applied" in reasons[2]
    assert "2001-13-01" in reasons[3]
    assert "no note 'NOPE'" in reasons[4]
    assert app.book.head("VAL-2001-10-05")[0] == 0


def test_the_cli_verifies_exports_imports_and_onboards(tmp_path: Path) -> None:
    runner = CliRunner()
    book = f"sqlite:///{tmp_path / 'a.db'}"
    copy = f"sqlite:///{tmp_path / 'b.db'}"
    bundle = str(tmp_path / "a.jsonl")
    assert runner.invoke(cli, ["--book", book, "init"]).exit_code == 0
    result = runner.invoke(cli, ["--book", book, "onboard", str(EXAMPLES / "notes.csv")])
    assert result.exit_code == 1  # one row was rejected
    assert "BAD-RATE" in result.output
    result = runner.invoke(cli, ["--book", book, "verify"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["--book", book, "export", bundle]).exit_code == 0
    assert runner.invoke(cli, ["--book", copy, "init"]).exit_code == 0
    result = runner.invoke(cli, ["--book", copy, "import", bundle])
    assert result.exit_code == 0, result.output
    assert "imported 2 notes" in result.output
    app = Promissory(copy)
    with app.book.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE notes SET head = 3")
    result = runner.invoke(cli, ["--book", copy, "verify", "ACME-2024-01"])
    assert result.exit_code == 1
    assert "missing (removed)" in result.output
