"""The book's terms are parsed by rtoml (``loads_stored_terms``): the same mapping as tomllib.

rtoml reads a note's terms about 13 times faster than the standard library; the book, its
checkpoints and onboarding use it for the text promissory itself wrote.  It must read that text
exactly as ``tomllib`` does: every TOML file of the project (examples and test fixtures), and the
text ``dumps_terms`` writes for each of them, gives the same mapping and the same terms under
both parsers; text that is not TOML is refused with ``tomllib``'s own message.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
import rtoml

from promissory.codec import terms_toml
from promissory.codec.terms_toml import (
    dumps_terms,
    load_terms,
    loads_stored_terms,
    loads_terms,
    loads_terms_alike,
)
from promissory.errors import InvalidInput, PromissoryError

ROOT = Path(__file__).resolve().parents[2]
#: Every example and test fixture; of the extraction corpus's label files (two thousand and more,
#: none of them terms), every fifth in ``make test``, which is kept within its four minutes on two
#: cores, and all of them with ``PROMISSORY_CORPUS=all`` (``make test-corpus``).
_CORPUS = ROOT / "tests" / "extract" / "corpus"
_LABELS = sorted(_CORPUS.glob("*/*.toml"))
FILES = sorted(
    [
        *ROOT.glob("examples/**/*.toml"),
        *(p for p in ROOT.glob("tests/**/*.toml") if not p.is_relative_to(_CORPUS)),
        *(_LABELS if os.environ.get("PROMISSORY_CORPUS") == "all" else _LABELS[::5]),
    ]
)


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_rtoml_reads_every_toml_file_of_the_project_as_tomllib_does(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(rtoml.TomlParsingError):
            rtoml.loads(text)
        return
    assert rtoml.loads(text) == expected
    try:
        terms = load_terms(path)
    except PromissoryError:
        return  # not a terms file (or one a test expects to be refused)
    written = dumps_terms(terms)
    assert rtoml.loads(written) == tomllib.loads(written)
    assert loads_stored_terms(written) == loads_terms(written) == terms


def test_text_that_is_not_toml_gets_tomllibs_message() -> None:
    broken = 'id = "N-1"\nissue_date = 2024-13-45\n'
    with pytest.raises(InvalidInput) as ours:
        loads_stored_terms(broken)
    with pytest.raises(InvalidInput) as theirs:
        loads_terms(broken)
    assert str(ours.value) == str(theirs.value)
    assert "not valid TOML" in str(ours.value)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_terms_read_alike_whether_or_not_tomllib_is_asked(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``loads_terms_alike`` takes the text promissory writes without ``tomllib`` (the round trip
    says the strict reader gets the same terms); any other text is read by both, as before."""
    try:
        terms = load_terms(path)
    except PromissoryError:
        return  # not a terms file (or one a test expects to be refused)
    written = dumps_terms(terms)
    assert loads_terms_alike(written) == (loads_terms(written), True)
    text = path.read_text(encoding="utf-8")
    strict = (loads_terms(text), rtoml.loads(text) == tomllib.loads(text))
    assert loads_terms_alike(text) == strict
    with monkeypatch.context() as m:
        m.setattr(terms_toml.tomllib, "loads", _refuse)  # the written text never needs it
        assert loads_terms_alike(written) == (terms, True)


def _refuse(text: str) -> dict[str, object]:
    raise AssertionError("tomllib was asked")


def test_text_rtoml_misreads_is_not_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    written = dumps_terms(load_terms(ROOT / "examples" / "valence-2001-note.toml"))
    real = rtoml.loads

    def misread(text: str) -> dict[str, object]:
        data = real(text)
        data["interest"]["rate"] = "0.18"
        return data

    assert 'rate = "0.18"' not in written
    monkeypatch.setattr(terms_toml.rtoml, "loads", misread)
    assert loads_terms_alike(written) == (loads_terms(written), False)
