"""``scripts/extract_score.py`` scores a note whose extraction raises as one that read nothing:
its labelled values count as missing and the error is its first mistake (the frozen rules of
57faa69 raised on ``heldout-dz`` note 1637, "September 31, 2003")."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "extract_score.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_score", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_note_whose_extraction_raises_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script()
    (tmp_path / "1-a.txt").write_text("FOR VALUE RECEIVED, ACME CORP. promises to pay $1,000.\n")
    (tmp_path / "1-a.toml").write_text(
        'source = "x"\n[truth]\nborrower = "ACME CORP."\ncommitment = "1000.00"\n'
    )

    def broken(path: object) -> object:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr(script, "extract_file", broken)
    (result,) = script.score_part(tmp_path)
    assert result.mistakes[0] == "extraction raised ValueError: day is out of range for month"
    summed = script.totals([result])["all"]
    assert (summed.truth, summed.reported, summed.right) == (2, 0, 0)
