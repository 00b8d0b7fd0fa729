"""Fixtures for the extract tests: the two founding documents, as shipped beside these tests.

The seeds are copied from ``shared/seeds`` so the golden tests run from any clone;
``test_seed_copies_match_shared`` checks the copies against ``shared/`` when it is beside the repo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from promissory.extract import Extraction, extract_file

SEEDS = Path(__file__).parent / "seeds"
NOTE = SEEDS / "promissory-note-2001-10-05.txt"
LETTER = SEEDS / "letter-agreement-and-release-2002-03-31.txt"


@pytest.fixture(scope="session")
def note_text() -> str:
    return NOTE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def letter_text() -> str:
    return LETTER.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def note() -> Extraction:
    return extract_file(NOTE)


@pytest.fixture(scope="session")
def letter() -> Extraction:
    return extract_file(LETTER)
