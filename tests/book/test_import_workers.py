"""An import that checks its notes in worker processes (``workers=2``) ends exactly as a serial one:
the same book, byte for byte, and on a bad bundle the same error — the first failing note's, in
bundle order, whichever process met it first."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from promissory.app import Promissory
from promissory.book import bundle
from promissory.errors import PromissoryError

ROOT = Path(__file__).resolve().parents[2]
VALENCE = (ROOT / "examples" / "valence-2001-note.toml").read_text()
NOTES = 9


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    """A book of nine notes of three to eleven events each, exported."""
    folder = tmp_path_factory.mktemp("source")
    p = Promissory(f"sqlite:///{folder / 'source.db'}")
    p.init()
    start = date(2001, 10, 5)
    for n in range(NOTES):
        note = f"VAL-{n}"
        p.add_note(VALENCE.replace('id = "VAL-2001-10-05"', f'id = "{note}"'), recorded_by="t")
        p.post(note, {"kind": "advance", "effective_date": start, "amount": "2000000.00"})
        for k in range(1, 2 + n):
            p.post(note, {"kind": "payment", "effective_date": start + timedelta(days=30 * k),
                          "amount": f"{1000 + n}.00"})  # fmt: skip
    path = folder / "book.jsonl"
    p.export_book(path)
    p.book.engine.dispose()
    return [json.loads(line) for line in path.read_text().splitlines()]


def _outcome(records: list[dict[str, object]], folder: Path, workers: int) -> object:
    """What importing ``records`` does: the counts and the book exported again, or the error."""
    folder.mkdir()
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
    target = Promissory(f"sqlite:///{folder / 'target.db'}")
    target.init()
    try:
        counts = target.import_book(path, workers=workers)
    except PromissoryError as error:
        return type(error).__name__, str(error)
    target.export_book(folder / "out.jsonl")
    return counts, (folder / "out.jsonl").read_text()


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "CHECK_BATCH_EVENTS", 8)  # a few notes to a batch, many batches


def _edited(records: list[dict[str, object]], note: str, seq: int) -> None:
    event = next(r for r in records if r.get("note_id") == note and r.get("seq") == seq)
    event["payload"]["amount"] = "999.00"  # type: ignore[index]


def test_a_clean_bundle_lands_the_same_with_checking_processes(
    records: list[dict[str, object]], tmp_path: Path
) -> None:
    serial = _outcome(records, tmp_path / "serial", 1)
    parallel = _outcome(records, tmp_path / "parallel", 2)
    assert parallel == serial
    counts, text = serial  # type: ignore[misc]
    assert counts.notes == NOTES and text.count('"record":"event"') == sum(range(2, 2 + NOTES))


@pytest.mark.parametrize(
    "bend",
    [
        "two edited notes",  # the first in bundle order is named, not the first checked
        "an edited note repeated",  # "appears twice" comes before the copy's own error
        "an edited note then a truncated bundle",  # the note's error before the missing end
        "a clean bundle cut short",  # the missing end, after every note passed
    ],
)
def test_a_bad_bundle_is_refused_with_the_same_error(
    records: list[dict[str, object]], tmp_path: Path, bend: str
) -> None:
    bent = [dict(r, payload=dict(r["payload"])) if "payload" in r else dict(r)  # type: ignore[call-overload]
            for r in records]  # fmt: skip
    if bend == "two edited notes":
        _edited(bent, "VAL-7", 3)
        _edited(bent, "VAL-4", 2)
    elif bend == "an edited note repeated":
        first = next(i for i, r in enumerate(bent) if r.get("id") == "VAL-2")
        end = next(i for i, r in enumerate(bent) if r.get("id") == "VAL-3")
        copy = [dict(r, payload=dict(r["payload"])) if "payload" in r else dict(r)  # type: ignore[call-overload]
                for r in bent[first:end]]  # fmt: skip
        _edited(copy, "VAL-2", 2)
        bent[end:end] = copy
    elif bend == "an edited note then a truncated bundle":
        _edited(bent, "VAL-5", 4)
        bent = bent[:-1]
    else:
        bent = bent[:-1]
    serial = _outcome(bent, tmp_path / "serial", 1)
    assert isinstance(serial, tuple) and isinstance(serial[0], str), serial
    assert _outcome(bent, tmp_path / "parallel", 2) == serial
    expected = {
        "two edited notes": "note VAL-4 event #2",
        "an edited note repeated": "'VAL-2' appears twice",
        "an edited note then a truncated bundle": "note VAL-5 event #4",
        "a clean bundle cut short": "no end record",
    }[bend]
    assert expected in serial[1]
