"""``docs/bad-inputs.md`` is the table ``scripts/bad_inputs_table.py`` prints from the cases the
tests run, so the doc says what the command line really answers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_doc_is_the_generated_table() -> None:
    spec = importlib.util.spec_from_file_location(
        "bad_inputs_table", ROOT / "scripts" / "bad_inputs_table.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    doc = (ROOT / "docs" / "bad-inputs.md").read_text(encoding="utf-8")
    assert doc == script.table(), (
        "docs/bad-inputs.md is stale: PYTHONPATH=src python scripts/bad_inputs_table.py "
        "> docs/bad-inputs.md"
    )
