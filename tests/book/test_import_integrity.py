"""A bundle import and ``verify`` refuse what was lost or bent: a missing note, an edited
``recorded_at`` (from the second review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from settlement_books import LOAN, NOTES, golden_book

from promissory.app import Promissory
from promissory.errors import IntegrityError, InvalidInput


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


def test_a_rehashed_bundle_with_a_recorded_at_that_is_no_moment_is_refused_naming_it(
    tmp_path: Path,
) -> None:
    """The same text in the column and the payload is compared as text (not read twice as a
    moment); text that is no moment is then refused by the event's decoder, naming the field."""
    from tamper_helpers import rehash_bundle

    with golden_book() as p:
        records = _exported(p, tmp_path)
    event = next(r for r in records if r.get("record") == "event")
    event["recorded_at"] = event["payload"]["recorded_at"] = "yesterday"  # type: ignore[index]
    with pytest.raises(InvalidInput, match="recorded_at 'yesterday' is not an ISO 8601"):
        _import(rehash_bundle(records), tmp_path)  # type: ignore[arg-type]
