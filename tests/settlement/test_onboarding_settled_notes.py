"""CSV onboarding keeps the settlement rules: no reversing part of a settlement (second review)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.app import NoteToAssign
from promissory.core.settlement import Cash
from promissory.core.transfer import Transfer

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
        assert "reverse settlement" in report.rejected[0].reason
        assert len(p.book.events(NOTES)) == transfer.seq  # nothing written
