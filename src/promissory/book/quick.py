"""One read through the database driver itself, for the API's quick payoff path (issue 12).

Every payoff request reads its API token with the token's user, and the note's head.  Through
SQLAlchemy's execution (the statement's context, the result and its rows) each costs about 190 µs
of CPU on PostgreSQL; as one statement on a connection the thread keeps, both together cost about
50 µs and one round trip.  This is that statement, nothing more: everything else — writes, the token's ``last_used_at``, every
refusal and its audit line — stays on the book's own path.

The reads keep at most :data:`CONNECTIONS` connections of the engine's pool, taken as needed and
used by one read at a time (in autocommit on PostgreSQL, so that each statement sees the latest
commit and holds nothing after it; on SQLite each statement outside a transaction reads the latest
commit too); a served worker, one event loop, uses one.  They run in the event loop, so each is
cut short after :data:`WAIT_MS` (PostgreSQL's ``statement_timeout`` and ``lock_timeout``,
SQLite's ``busy_timeout``) rather than stall every request of the worker.  When all are in use,
or on any error of the driver (a broken connection is dropped), the read answers ``None``: the
caller then takes the full path, which reports an error as the book does.  The engine's
``dispose()`` closes them.  A book whose pool is not a queue of connections (an in-memory SQLite database, where every
use shares one connection) has no quick reads: :attr:`DriverReads.enabled` is false.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

#: At most this many connections are kept for the quick reads of one book.
CONNECTIONS = 4
#: A quick read waits at most this long (ms) for a lock or the server, then the full path answers.
WAIT_MS = 200


@dataclass(frozen=True, slots=True)
class TokenRow:
    """An API token as the quick path needs it, with its user (``None`` fields: no such user)."""

    secret_hash: str
    last_used_at: datetime | None
    revoked: bool
    user: str | None
    role: str | None
    parties: str | None
    disabled: bool


@dataclass(frozen=True, slots=True)
class NoteHead:
    """A note's stored terms (their text) and its chain: creation hash and head hash."""

    terms: str
    creation_hash: str
    head_hash: str


def _moment(value: object) -> datetime | None:
    """A stored moment as the driver gives it: aware on PostgreSQL, naive UTC text on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"not a moment: {value!r}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class DriverReads:
    """The token-and-note read of the quick path (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._free: deque[Any] = deque()  # connections kept for the quick reads, not in use
        self._made = 0  # connections kept, in use or not
        self._lock = threading.Lock()
        self._postgres = engine.dialect.name == "postgresql"
        self.enabled = isinstance(engine.pool, sa.pool.QueuePool) and engine.dialect.name in (
            "postgresql",
            "sqlite",
        )
        sa.event.listen(engine, "engine_disposed", lambda _engine: self.close())
        named = "%({})s" if self._postgres else ":{}"  # the drivers' named parameters
        # one statement, one round trip: the token with its user, and the note (each row or nulls)
        self._sql = (
            "SELECT t.secret_hash, t.last_used_at, t.revoked_at, u.name, u.role, u.parties, "
            "u.disabled, n.terms, n.creation_hash, n.head_hash FROM (SELECT 1 AS one) AS q "
            f"LEFT OUTER JOIN api_tokens t ON t.id = {named.format('token')} "
            "LEFT OUTER JOIN users u ON u.name = t.user_name "
            f"LEFT OUTER JOIN notes n ON n.id = {named.format('note')}"
        )

    def _one(self, sql: str, params: dict[str, str]) -> tuple[Any, ...] | None:
        """The row of ``sql``; ``None`` if there is none, on an error, or when every connection of
        the quick reads is in use."""
        try:
            conn = self._free.pop()
        except IndexError:
            conn = self._connect()
            if conn is None:
                return None
        try:
            if self._postgres:
                cursor = conn.driver_connection.execute(sql, params, prepare=True)
            else:
                cursor = conn.driver_connection.execute(sql, params)
            row = cursor.fetchone()
        except Exception:  # any driver error: take the full path; drop the connection if broken
            if self._usable(conn):
                self._free.append(conn)  # an input the driver refused, a read that would wait
            else:
                self._drop(conn)
            return None
        self._free.append(conn)
        return None if row is None else tuple(row)

    @staticmethod
    def _usable(conn: Any) -> bool:
        """Whether a connection that just failed a read still answers."""
        try:
            conn.driver_connection.execute("SELECT 1").fetchone()
        except Exception:  # closed, broken, or the server gone
            return False
        return True

    def _connect(self) -> Any:
        """A new connection of the engine's pool, kept for the quick reads; ``None`` if there are
        :data:`CONNECTIONS` already, or on an error."""
        with self._lock:
            if self._made >= CONNECTIONS:
                return None
            self._made += 1
        try:
            conn = self._engine.raw_connection()
        except Exception:  # no connection: the full path reports why
            with self._lock:
                self._made -= 1
            return None
        try:
            driver: Any = conn.driver_connection
            if self._postgres:
                driver.autocommit = True
                # the reads run in the event loop: one that would wait (a lock, a stalled server)
                # is cut short, and the request takes the full path in the thread pool
                driver.execute(f"SET statement_timeout = {WAIT_MS}")
                driver.execute(f"SET lock_timeout = {WAIT_MS}")
            else:
                driver.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        except Exception:  # a connection that cannot be set up: never used
            self._drop(conn)
            return None
        return conn

    def _drop(self, conn: Any) -> None:
        with self._lock:
            self._made -= 1
        with contextlib.suppress(Exception):
            conn.invalidate()

    def close(self) -> None:
        """Close the connections kept (their settings are the quick reads' own, so they are not
        given back to the pool); the engine's ``dispose()`` calls it."""
        while self._free:
            self._drop(self._free.pop())

    def token_and_note(
        self, token_id: str, note_id: str | None = None
    ) -> tuple[TokenRow, NoteHead | None] | None:
        """The token ``token_id`` with its user, and the note ``note_id`` (if one is named), in
        one statement; ``None`` if either is not in the book, or on an error."""
        params = {"token": token_id, "note": note_id or ""}  # no note has an empty id
        row = self._one(self._sql, params) if self.enabled else None
        if row is None:
            return None
        secret, last, revoked, user, role, parties, disabled, terms, creation, head = row
        if secret is None or (note_id is not None and terms is None):
            return None
        try:
            used = _moment(last)
        except (TypeError, ValueError):  # not a moment the book wrote: the full path says so
            return None
        token = TokenRow(str(secret), used, revoked is not None,
                         None if user is None else str(user), None if role is None else str(role),
                         None if parties is None else str(parties), bool(disabled))  # fmt: skip
        return token, None if terms is None else NoteHead(str(terms), str(creation), str(head))
