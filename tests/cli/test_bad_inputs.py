"""Every bad input of ``bad_inputs.CASES`` gets a clear error: status 1 or 2, the rule, no
traceback, and nothing written to the book (run in-process, with the entry point's error handling)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_inputs import CASES, BadInput, message, run_case, template_book


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_book(tmp_path_factory.mktemp("template"))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.what) for c in CASES])
def test_bad_input_gets_the_rule(case: BadInput, template: Path, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path, template)
    printed = outcome.stdout + outcome.stderr
    assert "Traceback" not in printed
    assert outcome.status in (1, 2), printed
    assert case.expect in message(outcome), printed
    assert not outcome.wrote


def test_the_table_has_no_duplicate_names() -> None:
    names = [c.what for c in CASES]
    assert len(names) == len(set(names))
