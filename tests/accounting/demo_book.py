"""The demo book, built in-process with the command line: the seed note's illustrative history
(``examples/demo.sh``) and the 2002 settlement (``examples/settlement-2002.sh``) in one book."""

from __future__ import annotations

from pathlib import Path

from cli_runner import Cli

EXAMPLES = Path(__file__).parents[2] / "examples"
SEED = "VAL-2001-10-05"
LOAN = "VAL-2002-LOAN"
NOTES = "VAL-MORTGAGE-NOTES"


def demo_book(folder: Path) -> Cli:
    c = Cli(folder / "book.db")
    c.run("init")
    c.run("note", "add", str(EXAMPLES / "valence-2001-note.toml"))
    # examples/demo.sh: the illustrative history (not the real draws)
    c.run("advance", SEED, "5000000.00", "--date", "2001-10-05", "--memo", "Loan 1 (illustrative)")
    c.run("advance", SEED, "7500000.00", "--date", "2002-01-15", "--memo", "Loan 2 (illustrative)")
    c.run("advance", SEED, "5000000.00", "--date", "2002-06-28", "--memo", "Loan 3 (illustrative)")
    c.run("pay", SEED, "1000000.00", "--date", "2003-03-31", "--memo",
          "Partial prepayment (illustrative)")  # fmt: skip
    c.run("expense", SEED, "12500.00", "--date", "2004-02-10", "--description",
          "Counsel fees, enforcement review", "--invoice", "INV-2004-017")  # fmt: skip
    c.run("amend", SEED, "--date", "2005-09-30", "--maturity", "2006-09-30", "--description",
          "First amendment: maturity extended to September 30, 2006")  # fmt: skip
    c.run("notation", SEED, "Borrower's CFO requested a payoff letter", "--date", "2006-06-01")
    # examples/settlement-2002.sh: the Letter Agreement and Release of March 31, 2002
    c.run("note", "add", str(EXAMPLES / "valence-2002-loan.toml"))
    c.run("note", "add", str(EXAMPLES / "valence-2002-mortgage-notes.toml"))
    c.run("opening", LOAN, "--date", "2002-03-31", "--principal", "17500000.00", "--interest",
          "1140370.41")  # fmt: skip
    c.run("opening", NOTES, "--date", "2002-03-31", "--principal", "17533226.80", "--interest",
          "951754.93")  # fmt: skip
    c.run("collateral", "pledge", LOAN, NOTES, "--date", "2002-03-31")
    c.run("settle", "accept", LOAN, "--date", "2002-03-31", "--note", NOTES, "--cash",
          "155388.68", "--memo", "Letter Agreement and Release")  # fmt: skip
    return c
