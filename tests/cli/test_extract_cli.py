"""``promissory extract`` end to end (in-process, through ``promissory.cli.run``), on the founding documents and on a note the
CLI itself rendered (whose draft loads with ``note add`` once the named placeholders are filled)."""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

import pytest

from cli_runner import Cli

REPO = Path(__file__).parents[2]
SEEDS = REPO / "tests" / "extract" / "seeds"
NOTE = SEEDS / "promissory-note-2001-10-05.txt"
LETTER = SEEDS / "letter-agreement-and-release-2002-03-31.txt"
SEED_TERMS = REPO / "examples" / "valence-2001-note.toml"


def promissory(book: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    return Cli(book).run(*args, ok=ok)


def fill(draft: str, values: dict[str, str]) -> str:
    """Replace each named ``# MISSING`` placeholder (and its example line) with ``key = value``."""
    lines = draft.splitlines()
    for field, value in values.items():
        at = next(i for i, line in enumerate(lines) if line.startswith("# MISSING") and
                  line.split(": ", 1)[1].startswith(f"{field} "))  # fmt: skip
        lines[at : at + 2] = [f"{field.rsplit('.', 1)[-1]} = {value}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return tmp_path / "book.db"


def test_the_seed_note_table(book: Path) -> None:
    out = promissory(book, "extract", str(NOTE)).stdout
    assert "promissory-note-2001-10-05.txt: promissory note" in out
    assert "│ commitment " in out and "20000000.00" in out and "35:21" in out
    missing = out.split("missing (", 1)[1].split("warnings:", 1)[0]
    for field in ("interest.rate", "interest.day_count", "rounding.mode"):
        assert f"  - {field}\n" in missing
    assert "warnings: none" in out


def test_the_seed_note_json(book: Path) -> None:
    data = json.loads(promissory(book, "extract", str(NOTE), "--json").stdout)
    assert data["document_kind"] == "promissory note"
    assert {"interest.rate", "interest.day_count"} <= set(data["missing"])
    commitment = next(f for f in data["findings"] if f["field"] == "commitment")
    assert commitment["value"] == "20000000.00"
    assert commitment["confidence"] == "0.95"
    assert commitment["span"]["line"] == 35
    assert data["terms"]["commitment"] == "20000000.00"


def test_the_seed_letter_json_and_draft(book: Path, tmp_path: Path) -> None:
    draft = tmp_path / "letter.toml"
    result = promissory(book, "extract", str(LETTER), "--json", "--toml", str(draft))
    data = json.loads(result.stdout)
    assert data["document_kind"] == "settlement letter"
    assert data["missing"] == []
    assert data["terms"]["settlement"]["cash"] == "155388.68"
    assert f"wrote terms draft to {draft}" in result.stderr
    assert tomllib.loads(draft.read_text())["settlement"]["balanced"] is True


def test_the_seed_note_draft_names_what_to_fill(book: Path, tmp_path: Path) -> None:
    draft = tmp_path / "seed.toml"
    promissory(book, "extract", str(NOTE), "--toml", str(draft))
    text = draft.read_text()
    assert "# MISSING: interest.rate — not stated in this document (it refers to the Loan" in text
    assert "rate" not in tomllib.loads(text)["interest"]


def test_a_rendered_note_drafts_terms_that_note_add_loads(tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    promissory(first, "init")
    promissory(first, "note", "add", str(SEED_TERMS))
    rendered = tmp_path / "note.txt"
    promissory(first, "render", "note", "VAL-2001-10-05", "-o", str(rendered))
    draft = tmp_path / "draft.toml"
    promissory(first, "extract", str(rendered), "--toml", str(draft))

    # The rendered note does not describe the lender: fill those placeholders, and nothing else.
    text = fill(draft.read_text(), {
        "parties.lender.entity_type": '"limited liability company"',
        "parties.lender.jurisdiction": '"California"',
    })  # fmt: skip
    assert "\n# MISSING: " not in text  # no required placeholder was left for a person
    draft.write_text(text)
    promissory(second, "init")
    added = promissory(second, "note", "add", str(draft)).stdout
    assert "added note VAL-2001-10-05" in added

    original = tomllib.loads(promissory(first, "note", "show", "VAL-2001-10-05", "--toml").stdout)
    loaded = tomllib.loads(promissory(second, "note", "show", "VAL-2001-10-05", "--toml").stdout)
    for terms in (original, loaded):  # not stated by the note (see tests/render/test_round_trip.py)
        terms.pop("title", None)
        for party in terms["parties"].values():
            party.pop("address", None)
    assert loaded == original


def test_an_unreadable_document_is_an_error(book: Path, tmp_path: Path) -> None:
    result = promissory(book, "extract", str(tmp_path / "absent.txt"), ok=False)
    assert result.returncode == 1
    assert "cannot read document" in result.stderr
