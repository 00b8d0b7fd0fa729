#!/usr/bin/env bash
# The demo: the seed note on a fresh embedded SQLite book, with an ILLUSTRATIVE draw and payment
# history (the real draw dates and amounts are not public), its Schedule A, a balance and a payoff.
set -euo pipefail
cd "$(dirname "$0")/.."
BOOK="${DEMO_BOOK:-out/demo.db}"
OUT="${DEMO_OUT:-out}"
mkdir -p "$(dirname "$BOOK")" "$OUT"
rm -f "$BOOK" "$BOOK-wal" "$BOOK-shm"
export PROMISSORY_BOOK="sqlite:///$BOOK"
note=VAL-2001-10-05
run() { echo "\$ promissory $*"; promissory "$@"; echo; }

run init
run note add examples/valence-2001-note.toml
echo "# Illustrative history (not the real draws):"
run advance $note 5000000.00 --date 2001-10-05 --memo "Loan 1 (illustrative)"
run advance $note 7500000.00 --date 2002-01-15 --memo "Loan 2 (illustrative)"
run advance $note 5000000.00 --date 2002-06-28 --memo "Loan 3 (illustrative)"
run pay $note 1000000.00 --date 2003-03-31 --memo "Partial prepayment (illustrative)"
run expense $note 12500.00 --date 2004-02-10 --description "Counsel fees, enforcement review" --invoice "INV-2004-017"
run amend $note --date 2005-09-30 --maturity 2006-09-30 --description "First amendment: maturity extended to September 30, 2006"
run notation $note "Borrower's CFO requested a payoff letter" --date 2006-06-01
run schedule $note
run balance $note --as-of 2006-06-30
run payoff $note --as-of 2006-06-30 --good-through 2006-07-05 --days 3
run explain $note --as-of 2003-04-30
echo "# The lender's journal (a projection of the ledger; see docs/accounting.md):"
run journal $note --party lender --from 2003-03-01 --to 2003-04-30
run trial-balance $note --party borrower --as-of 2003-04-30
echo "# Documents from the book (templates can be overridden with --templates DIR):"
run render note $note -o $OUT/$note-note.pdf
run render schedule $note -o $OUT/$note-schedule-a.html
run render payoff $note --as-of 2006-06-30 --good-through 2006-07-05 --days 3 -o $OUT/$note-payoff-letter.pdf
run render payoff $note --as-of 2006-06-30 --good-through 2006-07-05 --format md
