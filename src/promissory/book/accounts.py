"""The book's users, API tokens and audit log: rows in, rows out (the rules are the app's).

The application (:mod:`promissory.app.accounts`) validates names, hashes passwords and token
secrets and decides who may do what; this module only stores and returns what it is given, through
the book's ``read()`` and ``write()`` connections, so it runs in the same transactions as the rest
of the book on SQLite and PostgreSQL.  Text limits (:data:`promissory.book.schema.LIMITS`) are
checked by the application before it calls here.

The audit log is append-only: this module has no update or delete for it, and the database refuses
both (a trigger made by revision 0004).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from promissory.book.schema import api_tokens, audit_log, login_failures, users
from promissory.book.store import Book, utc


@dataclass(frozen=True, slots=True)
class StoredUser:
    """A user as the book holds it (with its password hash, which never leaves the app layer)."""

    name: str
    role: str
    parties: tuple[str, ...]
    password_hash: str
    created_at: datetime
    created_by: str
    disabled: bool


@dataclass(frozen=True, slots=True)
class StoredToken:
    """An API token as the book holds it: the SHA-256 of its secret, never the secret."""

    id: str
    user: str
    label: str
    secret_hash: str
    created_at: datetime
    created_by: str
    last_used_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str | None


@dataclass(frozen=True, slots=True)
class StoredAudit:
    """One line of the audit log."""

    id: int
    at: datetime
    user: str
    action: str
    target: str
    outcome: str
    source: str


def _user(row: Row[tuple[object, ...]]) -> StoredUser:
    m = row._mapping
    parties = json.loads(str(m["parties"]))
    return StoredUser(str(m["name"]), str(m["role"]), tuple(str(p) for p in parties),
                      str(m["password_hash"]), utc(m["created_at"]), str(m["created_by"]),
                      bool(m["disabled"]))  # fmt: skip


def _maybe(value: object) -> datetime | None:
    return utc(value) if isinstance(value, datetime) else None


def _token(row: Row[tuple[object, ...]]) -> StoredToken:
    m = row._mapping
    return StoredToken(str(m["id"]), str(m["user_name"]), str(m["label"]), str(m["secret_hash"]),
                       utc(m["created_at"]), str(m["created_by"]), _maybe(m["last_used_at"]),
                       _maybe(m["revoked_at"]),
                       None if m["revoked_by"] is None else str(m["revoked_by"]))  # fmt: skip


def parties_json(parties: Iterable[str]) -> str:
    """The stored form of a user's parties: a JSON list, sorted, without duplicates."""
    return json.dumps(sorted(set(parties)), ensure_ascii=False)


# -- users ---------------------------------------------------------------------------------------
def insert_user(conn: Connection, user: StoredUser) -> None:
    conn.execute(
        users.insert().values(
            name=user.name,
            role=user.role,
            parties=parties_json(user.parties),
            password_hash=user.password_hash,
            created_at=user.created_at,
            created_by=user.created_by,
            disabled=user.disabled,
        )
    )


def get_user(conn: Connection, name: str, *, for_update: bool = False) -> StoredUser | None:
    query = sa.select(users).where(users.c.name == name)
    if for_update:
        query = query.with_for_update()  # PostgreSQL locks the row; SQLite holds the write lock
    row = conn.execute(query).first()
    return None if row is None else _user(row)


def list_users(conn: Connection) -> list[StoredUser]:
    return [_user(r) for r in conn.execute(sa.select(users).order_by(users.c.name)).all()]


def enabled_administrators(conn: Connection, *, for_update: bool = False) -> list[str]:
    """The names of the administrators not disabled (locked, with ``for_update``, on PostgreSQL)."""
    query = (
        sa.select(users.c.name)
        .where(users.c.role == "administrator", users.c.disabled == sa.false())
        .order_by(users.c.name)
    )
    if for_update:
        query = query.with_for_update()
    return [str(n) for n in conn.scalars(query)]


def update_user(
    conn: Connection,
    name: str,
    *,
    role: str | None = None,
    parties: Sequence[str] | None = None,
    password_hash: str | None = None,
    disabled: bool | None = None,
) -> None:
    values: dict[str, object] = {}
    if role is not None:
        values["role"] = role
    if parties is not None:
        values["parties"] = parties_json(parties)
    if password_hash is not None:
        values["password_hash"] = password_hash
    if disabled is not None:
        values["disabled"] = disabled
    if values:
        conn.execute(users.update().where(users.c.name == name).values(**values))


# -- tokens --------------------------------------------------------------------------------------
def insert_token(conn: Connection, token: StoredToken) -> None:
    conn.execute(
        api_tokens.insert().values(
            id=token.id,
            user_name=token.user,
            label=token.label,
            secret_hash=token.secret_hash,
            created_at=token.created_at,
            created_by=token.created_by,
            last_used_at=token.last_used_at,
            revoked_at=token.revoked_at,
            revoked_by=token.revoked_by,
        )
    )


def get_token(conn: Connection, token_id: str) -> StoredToken | None:
    row = conn.execute(sa.select(api_tokens).where(api_tokens.c.id == token_id)).first()
    return None if row is None else _token(row)


_USER_FIELDS = ("name", "role", "parties", "password_hash", "created_at", "created_by", "disabled")
#: Built once (every API request checks its token with it): a statement built per call costs
#: SQLAlchemy its construction and cache key, more than the query itself on PostgreSQL.
_TOKEN_WITH_USER = (
    sa.select(api_tokens, *(users.c[f].label(f"owner_{f}") for f in _USER_FIELDS))
    .select_from(api_tokens.outerjoin(users, users.c.name == api_tokens.c.user_name))
    .where(api_tokens.c.id == sa.bindparam("token_id"))
)


def get_token_with_user(
    conn: Connection, token_id: str
) -> tuple[StoredToken | None, StoredUser | None]:
    """A token and its user, in one query (the user None if it is gone)."""
    row = conn.execute(_TOKEN_WITH_USER, {"token_id": token_id}).first()
    if row is None:
        return None, None
    m = row._mapping
    user = {f: m[f"owner_{f}"] for f in _USER_FIELDS}
    if user["name"] is None:
        return _token(row), None
    return _token(row), StoredUser(str(user["name"]), str(user["role"]),
                                   tuple(str(p) for p in json.loads(str(user["parties"]))),
                                   str(user["password_hash"]), utc(user["created_at"]),
                                   str(user["created_by"]), bool(user["disabled"]))  # fmt: skip


def list_tokens(conn: Connection, user: str | None = None) -> list[StoredToken]:
    query = sa.select(api_tokens).order_by(api_tokens.c.created_at, api_tokens.c.id)
    if user is not None:
        query = query.where(api_tokens.c.user_name == user)
    return [_token(r) for r in conn.execute(query).all()]


def revoke_token(conn: Connection, token_id: str, *, at: datetime, by: str) -> None:
    conn.execute(
        api_tokens.update()
        .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
        .values(revoked_at=at, revoked_by=by)
    )


def touch_token(conn: Connection, token_id: str, *, at: datetime) -> None:
    conn.execute(api_tokens.update().where(api_tokens.c.id == token_id).values(last_used_at=at))


# -- audit log -----------------------------------------------------------------------------------
def append_audit(
    conn: Connection, *, at: datetime, user: str, action: str, target: str, outcome: str,
    source: str,
) -> None:  # fmt: skip
    conn.execute(_AUDIT_LINE, {"at": at, "user_name": user, "action": action, "target": target,
                               "outcome": outcome, "source": source})  # fmt: skip


#: Built once: every write made for a principal enters a line with it.
_AUDIT_LINE = audit_log.insert()


def audit_entries(
    conn: Connection, *, since: datetime | None = None, user: str | None = None
) -> list[StoredAudit]:
    query = sa.select(audit_log).order_by(audit_log.c.id)
    if since is not None:
        query = query.where(audit_log.c.at >= since)
    if user is not None:
        query = query.where(audit_log.c.user_name == user)
    return [
        StoredAudit(r.id, utc(r.at), r.user_name, r.action, r.target, r.outcome, r.source)
        for r in conn.execute(query).all()
    ]


def require(book: Book) -> None:
    """Fail unless the book exists at the current schema (every accounts call starts here)."""
    book.create_required()


# -- login failures ------------------------------------------------------------------------------
def add_login_failure(conn: Connection, kind: str, key: str, at: datetime) -> None:
    conn.execute(login_failures.insert().values(kind=kind, key=key, at=at))


def login_failures_since(conn: Connection, kind: str, key: str, since: datetime) -> list[datetime]:
    """When ``key`` failed after ``since``, oldest first."""
    f = login_failures.c
    query = sa.select(f.at).where(f.kind == kind, f.key == key, f.at > since).order_by(f.at, f.id)
    return [utc(r.at) for r in conn.execute(query)]


def clear_login_failures(conn: Connection, kind: str, key: str) -> None:
    f = login_failures.c
    conn.execute(login_failures.delete().where(f.kind == kind, f.key == key))


def prune_login_failures(conn: Connection, key_kind: str, key: str, before: datetime) -> None:
    """Delete ``key``'s failures at or before ``before`` (out of every window)."""
    f = login_failures.c
    conn.execute(login_failures.delete().where(f.kind == key_kind, f.key == key, f.at <= before))
