#!/usr/bin/env bash
# The golden case: the Letter Agreement and Release of March 31, 2002 made executable.
# A loan secured by pledged mortgage notes receivable is paid in full by assigning those notes plus
# $155,388.68 in cash; the loan agreement terminates, the security interest is extinguished and the
# notes are held by the lender.  Runs on a fresh embedded SQLite book.
set -euo pipefail
cd "$(dirname "$0")/.."
BOOK="${SETTLEMENT_BOOK:-out/settlement-2002.db}"
mkdir -p "$(dirname "$BOOK")"
rm -f "$BOOK" "$BOOK-wal" "$BOOK-shm"
export PROMISSORY_BOOK="sqlite:///$BOOK"
PROMISSORY="${PROMISSORY:-promissory}"
run() { echo "\$ promissory $*"; $PROMISSORY "$@"; echo; }
loan=VAL-2002-LOAN
notes=VAL-MORTGAGE-NOTES

run init
run party add berg --name "Berg & Berg Enterprises, LLC" --entity-type "limited liability company" --jurisdiction California --address "10050 Bandley Drive, Cupertino, CA 95014"
run party add valence --name "Valence Technology, Inc." --entity-type corporation --jurisdiction Delaware --address "6504 Bridgepoint Parkway, Austin, Texas"
run note add examples/valence-2002-loan.toml
run note add examples/valence-2002-mortgage-notes.toml
# Both are known only by their balances on March 31, 2002 (the letter's recitals).
run opening $loan --date 2002-03-31 --principal 17500000.00 --interest 1140370.41
run opening $notes --date 2002-03-31 --principal 17533226.80 --interest 951754.93
# The notes "have been pledged as collateral to Berg"; the pledge's own date is not public.
run collateral pledge $loan $notes --date 2002-03-31
# ILLUSTRATIVE financing statement (number and date are not public).
run collateral filing add $loan CA-0106360123 --jurisdiction California --date 2001-03-05
run collateral list $loan --as-of 2002-03-31
run settle propose $loan --date 2002-03-31 --note $notes
run settle propose $loan --date 2002-03-31 --note $notes --cash 155388.68
run settle accept $loan --date 2002-03-31 --note $notes --cash 155388.68 --memo "Letter Agreement and Release"
run schedule $loan
run balance $loan --as-of 2002-03-31
run collateral list $loan --as-of 2002-03-31
run transfer history $notes
# The letter agreement and release, from the settlement record (compare with the seed letter).
run render release "$loan@2002-03-31" -o "$(dirname "$BOOK")/letter-agreement-and-release-2002-03-31.pdf"
run render release "$loan@2002-03-31"
