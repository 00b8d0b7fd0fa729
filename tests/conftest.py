"""Test helpers (ledger_dsl, settlement_books, ...) live beside the tests; make them importable."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
for folder in (
    HERE,
    *(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))),
):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
