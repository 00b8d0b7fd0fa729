"""``promissory onboard --workers 2`` prepares an events file's rows in two processes and reports
what one process reports: the same rows applied, present on a re-run, and rejected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_runner import Cli

NOTES_CSV = "id,borrower,lender,issue_date,maturity,commitment,rate\n" + "".join(
    f"W-{i},Borrower {i},Bank,2024-01-01,2026-01-01,1000000.00,0.06\n" for i in range(6)
)
EVENTS_CSV = (
    "note_id,kind,effective_date,amount,memo\n"
    + "".join(
        f"W-{i},advance,2024-02-01,100000.00,\nW-{i},payment,2024-03-01,1000.00,wire\n"
        for i in range(6)
    )
    + "W-9,payment,2024-03-01,10.00,\n"
)  # a note the book lacks: its row is rejected


def _run(folder: Path, *args: str) -> list[dict[str, Any]]:
    folder.mkdir()
    cli = Cli(folder / "book.db", cwd=folder)
    cli.run("init")
    (folder / "notes.csv").write_text(NOTES_CSV, encoding="utf-8")
    (folder / "events.csv").write_text(EVENTS_CSV, encoding="utf-8")
    cli.run("onboard", "notes.csv")
    reports = []
    for _ in range(2):  # the second run finds every good row present
        result = cli.run("onboard", "events.csv", "--json", *args, ok=False)
        assert result.returncode == 1  # the row of the missing note
        reports.append(json.loads(result.stdout))
    return reports


def test_two_workers_report_what_one_process_reports(tmp_path: Path) -> None:
    one = _run(tmp_path / "one", "--workers", "1")
    two = _run(tmp_path / "two", "--workers", "2")
    assert one == two
    assert one[0]["applied_rows"] == 12 and one[1]["present_rows"] == 12
    assert [r["note_id"] for r in one[0]["rejected"]] == ["W-9"]
