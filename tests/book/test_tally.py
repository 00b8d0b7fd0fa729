"""A run's numbers by note (:class:`~promissory.book.tally.Tally`) answer the same whether they are
held in memory or moved to a temporary database past ``SPILL_AT`` notes: onboarding numbers a
note's scattered rows alike (so their keys are the same), refuses a note twice naming its line,
and an import checks its closes and refuses a repeated note, either way."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import Clock

from cli_runner import Cli, seed_cli
from promissory.app import Promissory, onboarding
from promissory.book import tally
from promissory.book.bundle import export_lines
from promissory.book.tally import Tally

NOTES_CSV = """id,borrower,lender,issue_date,maturity,commitment,rate
A-1,Alpha Inc.,Bank,2024-01-01,2026-01-01,10000000.00,0.08
B-2,Beta LLC,Bank,2024-01-01,2026-01-01,10000000.00,0.07
C-3,Gamma Co.,Bank,2024-01-01,2026-01-01,10000000.00,0.06
B-2,Beta LLC,Bank,2024-01-01,2026-01-01,10000000.00,0.07
"""

# A-1's rows in three chunks (CHUNK_ROWS 2), its equal payments numbered by chunk
SCATTERED_CSV = """note_id,kind,effective_date,amount,memo
A-1,advance,2024-01-15,600000.00,
A-1,payment,2024-06-30,1000.00,
B-2,advance,2024-03-01,500000.00,
C-3,advance,2024-04-01,250000.00,
A-1,payment,2024-06-30,1000.00,
A-1,payment,2024-06-30,1000.00,
C-3,payment,2024-12-31,10000.00,
A-1,payment,2024-06-30,1000.00,
"""


def test_a_tally_answers_as_a_dict_whether_it_spilled_or_not() -> None:
    rng = random.Random(15)
    keys = [f"N-{i}" for i in range(40)]
    held: dict[str, int] = {}
    with tally.tally(spill_at=5) as t:
        for _ in range(300):
            if rng.random() < 0.5:
                some = rng.sample(keys, rng.randint(0, 8))
                expected = {k: held.get(k, 0) + 1 for k in some}
                held.update(expected)
                assert t.bump(some) == expected
            else:
                k, v = rng.choice(keys), rng.randint(0, 99)
                held[k] = v
                t.set(k, v)
            k = rng.choice(keys)
            assert (t.get(k), k in t, len(t)) == (held.get(k), k in held, len(held))
        assert t.spilled
    assert len(t) == 0 and not t.spilled  # closed: its temporary database is gone


def _onboarded(folder: Path) -> tuple[Any, Any, dict[str, list[str | None]]]:
    folder.mkdir()
    app = Promissory(f"sqlite:///{folder / 'book.db'}", clock=Clock())
    app.init()
    (folder / "notes.csv").write_text(NOTES_CSV)
    (folder / "events.csv").write_text(SCATTERED_CSV)
    notes = app.onboard(folder / "notes.csv")
    events = app.onboard(folder / "events.csv")
    again = app.onboard(folder / "events.csv")
    assert (again.applied_rows, again.present_rows, again.rejected) == (0, 8, [])
    keys: dict[str, list[str | None]] = {}
    for line in export_lines(app.book):
        record = json.loads(line)
        if record["record"] == "event":
            keys.setdefault(record["note_id"], []).append(record["idempotency_key"])
    return notes, events, keys


def test_onboarding_numbers_rows_alike_when_the_note_ids_spill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 2)
    held = _onboarded(tmp_path / "held")
    monkeypatch.setattr(tally, "SPILL_AT", 0)  # every id in the temporary database
    spilled = _onboarded(tmp_path / "spilled")
    assert spilled == held
    notes, events, keys = held
    assert [(r.line, r.reason) for r in notes.rejected] == [
        (5, "note 'B-2' is also on line 3")
    ]  # fmt: skip
    assert events.applied_rows == 8 and len(set(keys["A-1"])) == 5


def _import(bundle: Path, folder: Path) -> str:
    folder.mkdir()
    b = Cli(folder / "book.db")
    b.run("init")
    first = b.run("import", str(bundle), ok=False)
    again = b.run("import", str(bundle), ok=False)
    return first.stdout + first.stderr + again.stdout + again.stderr


@pytest.mark.parametrize("edit", ["none", "close head", "close of no note", "note twice"])
def test_an_import_checks_closes_and_notes_alike_when_the_note_ids_spill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    (tmp_path / "a").mkdir()
    a = seed_cli(tmp_path / "a")
    note = a.json("note", "list")[0]["id"]
    a.run("advance", note, "1000000.00", "--date", "2001-10-05")
    a.run("close", "--period", "2001-11", "--party", "lender", "--by", "controller")
    bundle = tmp_path / "book.jsonl"
    a.run("export", str(bundle))
    records = [json.loads(line) for line in bundle.read_text().splitlines()]
    if edit == "close head":
        next(r for r in records if r["record"] == "close")["head"] = 7
    elif edit == "close of no note":
        next(r for r in records if r["record"] == "close")["note_id"] = "NONE-1"
    elif edit == "note twice":
        at = next(i for i, r in enumerate(records) if r["record"] == "note")
        records[at:at] = records[at : at + 2]
    bundle.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
    held = _import(bundle, tmp_path / "held")
    monkeypatch.setattr(tally, "SPILL_AT", 0)
    assert _import(bundle, tmp_path / "spilled") == held
    expected = {
        "none": "1 period close",
        "close head": "head 7 must be an event of the note (0 to 1)",
        "close of no note": "the note is not in the bundle",
        "note twice": "appears twice in the bundle",
    }[edit]
    assert expected in held


def test_a_tally_spills_past_its_bound() -> None:
    t = Tally(spill_at=2)
    t.bump(["a", "b"])
    assert not t.spilled
    t.set("c", 7)
    assert t.spilled and (t.get("a"), t.get("c"), t.get("d")) == (1, 7, None)
    t.close()
