"""``add_note`` reads a file only when given a ``Path``: a string is always the terms' TOML text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.errors import InvalidInput


def _app(tmp_path: Path) -> Promissory:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    return app


def test_a_path_looking_string_is_parsed_as_toml_and_never_opened(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The file each string names holds valid terms: had it been opened, the note would be added."""
    app = _app(tmp_path)
    target = tmp_path / "terms.toml"
    target.write_text(SEED_TERMS.read_text())
    monkeypatch.chdir(tmp_path)
    for text in ("terms.toml", str(target), os.path.relpath(target), str(SEED_TERMS)):
        with pytest.raises(InvalidInput, match="not valid TOML"):
            app.add_note(text)
    assert app.book.note_ids() == []


def test_one_line_toml_text_is_terms_not_a_file_name(tmp_path: Path) -> None:
    app = _app(tmp_path)
    with pytest.raises(InvalidInput, match="terms") as error:
        app.add_note('id = "ONE-LINE"')  # a valid one-line TOML document: read as terms
    assert "cannot read terms file" not in str(error.value)


def test_text_and_a_path_both_add_the_note(tmp_path: Path) -> None:
    app = _app(tmp_path)
    assert app.add_note(SEED_TERMS).id == NOTE
    (tmp_path / "other").mkdir()
    other = _app(tmp_path / "other")
    assert other.add_note(SEED_TERMS.read_text()).id == NOTE
    assert other.note(NOTE).terms == app.note(NOTE).terms
