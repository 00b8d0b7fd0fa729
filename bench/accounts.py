"""What authentication costs per request: argon2 logins and API-token checks (issue 12).

Prints, for the production argon2 parameters (argon2-cffi's defaults, RFC 9106 low-memory:
t=3, m=64 MiB, p=4):

* the median and the minimum time of one ``login`` (one argon2id verify, plus the audit line) over
  ``LOGINS`` calls (default 10);

and, on SQLite and on PostgreSQL (skipped with a note if unreachable), over ``CALLS`` calls
(default 500) after a warm-up:

* ``principal_for_token`` — what each API request with a token pays: one indexed row read, a SHA-256
  and a constant-time compare (``last_used_at`` is written at most once a minute, so not here);
* ``acting.require(READ)`` for a servicer on a note of a lender it services, and for a holder
  that must read the note's holder history.

Figures are medians and 99th percentiles in milliseconds, single-threaded, on loopback.

Run: ``.venv/bin/python bench/accounts.py [CALLS] [LOGINS]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from promissory.app import Promissory
from promissory.app.access import Action, Principal, Role

ROOT = Path(__file__).resolve().parents[1]
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "correct horse battery staple"
LENDER = "Berg & Berg Enterprises, LLC"


def _times(call: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return sorted(out)


def _p99(times: list[float]) -> float:
    return times[min(len(times) - 1, int(len(times) * 0.99))]


def _book(url: str) -> Promissory:
    app = Promissory(url)
    app.init()
    app.add_note(ROOT / "examples" / "valence-2001-note.toml")
    app.post("VAL-2001-10-05", {"kind": "advance", "effective_date": date(2001, 10, 5),
                                "amount": "1000000.00"})  # fmt: skip
    app.transfer("VAL-2001-10-05", "Cobalt Fund LP", date(2002, 6, 1), basis="rule-144")
    app.accounts.add_user("ada", PASSWORD, Role.ADMINISTRATOR, by="bench")
    return app


def _per_request(label: str, url: str, calls: int) -> None:
    app = _book(url)
    token = app.accounts.issue_token("ada", by="bench").token
    servicer = app.acting_as(Principal("svc", Role.SERVICER, frozenset({LENDER})))
    holder = app.acting_as(Principal("cob", Role.HOLDER, frozenset({"Cobalt Fund LP"})))
    cases = {
        "principal_for_token": lambda: app.accounts.principal_for_token(token),
        "require READ (servicer)": lambda: servicer.require(Action.READ, "VAL-2001-10-05"),
        "require READ (holder)": lambda: holder.require(Action.READ, "VAL-2001-10-05"),
    }
    for name, call in cases.items():
        _times(call, 20)  # warm-up
        t = _times(call, calls)
        print(f"{label:10} {name:26} median {statistics.median(t):6.2f} ms   "
              f"p99 {_p99(t):6.2f} ms   ({calls} calls)")  # fmt: skip
    app.book.engine.dispose()


def main(calls: int, logins: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = _book(f"sqlite:///{folder}/bench.db")
        h = app.accounts.hasher
        t = _times(lambda: app.accounts.login("ada", PASSWORD), logins)
        print(f"argon2id t={h.time_cost} m={h.memory_cost} KiB p={h.parallelism}: login median "
              f"{statistics.median(t):.0f} ms, min {t[0]:.0f} ms ({logins} logins)")  # fmt: skip
        app.book.engine.dispose()
        _per_request("sqlite", f"sqlite:///{folder}/bench2.db", calls)
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            schema = f"bench_{uuid.uuid4().hex[:10]}"
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    except sa.exc.OperationalError as error:
        print(f"postgresql: unreachable at {PG} ({error.orig}); skipped")
        return
    try:
        _per_request("postgresql", f"{PG}?options=-csearch_path%3D{schema}", calls)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500,
         int(sys.argv[2]) if len(sys.argv) > 2 else 10)  # fmt: skip
