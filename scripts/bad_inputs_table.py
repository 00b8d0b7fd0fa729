"""Print ``docs/bad-inputs.md`` from the one table of bad inputs (``tests/cli/bad_inputs.py``).

Every case is run in-process against a fresh copy of a small book, exactly as the test runs it, and
the error it prints goes in the table, so the doc says what the command line really answers::

    PYTHONPATH=src python scripts/bad_inputs_table.py > docs/bad-inputs.md

``tests/cli/test_bad_inputs_doc.py`` fails when the doc and the table disagree.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "cli"))

from bad_inputs import (  # noqa: E402
    CASES,
    BadInput,
    Outcome,
    message,
    run_case,
    shown_args,
    template_book,
)

HEADER = """\
# Bad inputs and the errors they get

Malformed input gets a clear error that names the value and the rule: never a guess, never a
traceback, and nothing is written to the book.  Amounts are read by one parser
(`promissory.codec.amounts`: plain decimals and US thousands grouping such as `1,000.00`; anything
that could be read two ways is refused), text by one rule (`promissory.codec.text`: no control
characters other than tab and newline; text already in a book is shown with control characters
written as `\\x1b`, and Rich markup such as `[/]` or `[restated]` is printed literally).

The table is generated from the cases the test suite runs (`tests/cli/bad_inputs.py`, run by
`tests/cli/test_bad_inputs.py`); regenerate it with
`PYTHONPATH=src python scripts/bad_inputs_table.py > docs/bad-inputs.md`.  The cases run against a
book holding the Valence note (`VAL-2001-10-05`) with one advance; `FILE` is a file holding the
input described.  Status 2 is a malformed command line, 1 an error in the data.

| # | input | where | command | status | error it now gets |
| --- | --- | --- | --- | --- | --- |
"""


def _cell(text: str) -> str:
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return text.replace("|", "\\|")


def row(number: int, case: BadInput, folder: Path, template: Path) -> str:
    try:
        outcome = run_case(case, folder, template)
    except Exception as error:  # a regression: the table shows it (and the test fails)
        outcome = Outcome(1, "", f"a traceback: {type(error).__name__}: {error}", wrote=False)
        crashed = True
    else:
        crashed = False
    said = message(outcome).replace(str(folder / f"input{case.suffix}"), "FILE")
    if outcome.status == 0:
        said = "accepted: " + (outcome.stdout.strip().splitlines() or [""])[0]
    status = "traceback" if crashed else str(outcome.status)
    return (f"| {number} | {_cell(case.what)} | {case.where} | `{_cell(shown_args(case))}` | "
            f"{status} | {_cell(said)} |")  # fmt: skip


def table() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        template = template_book(base)
        lines = []
        for number, case in enumerate(CASES, 1):
            folder = base / f"case{number}"
            folder.mkdir()
            lines.append(row(number, case, folder, template))
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(table())
