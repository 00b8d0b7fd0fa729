"""Regressions for the second review (settlement, storage): records must not be lost or bent."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.app import NoteToAssign, Promissory
from promissory.core.settlement import Cash
from promissory.core.transfer import Transfer
from promissory.errors import IntegrityError, RuleViolation

D = Decimal


def test_csv_onboarding_cannot_reverse_part_of_a_settlement(tmp_path: Path) -> None:
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(D("155388.68"))])
        transfer = next(e for e in p.book.events(NOTES) if isinstance(e, Transfer))
        csv = tmp_path / "events.csv"
        csv.write_text(
            "note_id,kind,effective_date,target_seq,reason\n"
            f"{NOTES},reversal,2002-04-01,{transfer.seq},x\n"
        )
        report = p.onboard(csv)
        assert report.applied_rows == 0
        assert "settle reverse" in report.rejected[0].reason
        assert len(p.book.events(NOTES)) == transfer.seq  # nothing written


def test_a_back_dated_second_pledge_of_the_same_asset_is_refused() -> None:
    with golden_book() as p, pytest.raises(RuleViolation, match="already pledged"):
        p.pledge(LOAN, NOTES, DAY - timedelta(days=10))


def _exported(p: Promissory, tmp_path: Path) -> list[dict[str, object]]:
    path = tmp_path / "book.jsonl"
    p.export_book(path)
    return [json.loads(line) for line in path.read_text().splitlines()]


def _import(records: list[dict[str, object]], tmp_path: Path) -> None:
    path = tmp_path / "edited.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    target = Promissory(f"sqlite:///{tmp_path}/target.db")
    target.init()
    target.import_book(path)


def test_an_import_missing_a_whole_note_is_refused(tmp_path: Path) -> None:
    with golden_book() as p:
        records = _exported(p, tmp_path)
    kept = [r for r in records if r.get("id") != NOTES and r.get("note_id") != NOTES]
    assert len(kept) < len(records)
    with pytest.raises(IntegrityError, match="end record counts"):
        _import(kept, tmp_path)


def test_an_import_with_an_edited_recorded_at_is_refused(tmp_path: Path) -> None:
    with golden_book() as p:
        records = _exported(p, tmp_path)
    event = next(r for r in records if r.get("record") == "event")
    event["recorded_at"] = "2030-01-01T00:00:00+00:00"
    with pytest.raises(IntegrityError, match="disagree with the hashed event"):
        _import(records, tmp_path)


def test_verify_names_an_edited_recorded_at(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from promissory.book.schema import events

    with golden_book() as p:
        with p.book.engine.begin() as conn:
            conn.execute(
                events.update()
                .where(events.c.note_id == LOAN, events.c.seq == 1)
                .values(recorded_at=sa.literal("2030-01-01 00:00:00.000000"))
            )
        problems = p.book.verify(LOAN)
        assert any("recorded_at" in str(problem) for problem in problems)


def test_a_back_dated_duplicate_financing_statement_is_refused() -> None:
    """The golden book files CA-0106360123 on 2001-03-05; filing it again earlier is refused."""
    from datetime import date

    with golden_book() as p, pytest.raises(RuleViolation, match="already on file"):
        p.file_statement(LOAN, "CA-0106360123", "California", date(2000, 1, 5))
