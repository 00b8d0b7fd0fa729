#!/usr/bin/env bash
# `make serve`: the demo book (built by `make demo`, examples/demo.sh) with a second note and a user
# of each role, served by the web app and the HTTP API in one process on 127.0.0.1.
# The users and their password are for this demo only (a local book on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
BOOK="${DEMO_BOOK:-out/demo.db}"
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
PASSWORD="${DEMO_PASSWORD:-demo password}"
export PROMISSORY_BOOK="sqlite:///$BOOK"
[ -f "$BOOK" ] || bash examples/demo.sh >/dev/null
q() { promissory "$@" >/dev/null; }

term=TERM-2024-001
if ! promissory note list 2>/dev/null | grep -q "$term"; then
  q note add examples/term-note-2024.toml
  q advance $term 500000.00 --date 2024-03-01 --memo "Term loan funded (illustrative)"
  for month in 04 05 06; do q pay $term 9959.68 --date 2024-$month-01; done
fi
add_user() {  # NAME ROLE [PARTY]
  if ! promissory user list 2>/dev/null | grep -qw "$1"; then
    printf '%s\n' "$PASSWORD" | q user add "$1" --role "$2" ${3:+--party "$3"} --password-stdin --as demo
  fi
}
add_user admin administrator
add_user servicer servicer "Berg & Berg Enterprises, LLC"
add_user bank servicer "Lakeside Commercial Bank"
add_user valence borrower "Valence Technology, Inc."
add_user harbor borrower "Harbor Tool & Die, Inc."
add_user auditor auditor

export PROMISSORY_SECRET="${PROMISSORY_SECRET:-$(python -c 'import secrets; print(secrets.token_urlsafe(32))')}"
echo "promissory web app on the demo book ($BOOK): http://$HOST:$PORT/"
echo "  log in as admin, servicer (Berg & Berg), bank (Lakeside), valence or harbor (borrowers), auditor"
echo "  password: '$PASSWORD' (demo only); the API is at http://$HOST:$PORT/api/docs; Ctrl-C stops it"
if promissory serve --help >/dev/null 2>&1; then  # the API's command, once the CLI has it
  exec promissory serve --book "$PROMISSORY_BOOK" --host "$HOST" --port "$PORT"
fi
exec python -m uvicorn --factory promissory.api:create_app --host "$HOST" --port "$PORT" --log-level warning
