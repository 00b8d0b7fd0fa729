"""Write docs/accounting-example.beancount: the demo book's lender journal in Beancount.

The demo book is the seed note's illustrative history (examples/demo.sh) and the 2002 settlement
(examples/settlement-2002.sh) in one book, built in-process by tests/accounting/demo_book.py (the
same builder the acceptance tests use, so the test that compares the two cannot drift).

    PYTHONPATH=src:tests:tests/accounting python scripts/accounting_example.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "accounting")]

from demo_book import demo_book  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        cli = demo_book(Path(folder))
        text = cli.run("journal", "--party", "lender", "--to", "2006-06-30", "--format",
                       "beancount").stdout  # fmt: skip
    out = ROOT / "docs" / "accounting-example.beancount"
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text.splitlines())} lines)")


if __name__ == "__main__":
    main()
