"""The book's users, their API tokens and the audit log: who may sign in, as whom, and what they did.

:class:`Accounts` is reached as ``Promissory(...).accounts``.  It keeps users (a name, one
:class:`~promissory.app.access.Role`, the parties it acts for), checks passwords and API tokens and
turns them into a :class:`~promissory.app.access.Principal` — what every request of the HTTP API is
decided on (:func:`~promissory.app.access.allowed`) and what the book records as ``recorded_by``.

**Passwords** are hashed with argon2id (``argon2-cffi``; its defaults are RFC 9106's low-memory
profile: 3 passes over 64 MiB, 4 lanes) and checked with its constant-time ``verify``; a hash made
with older parameters is re-made at the next good login.  A password has at least
:data:`PASSWORD_MIN` characters (and at most :data:`PASSWORD_MAX`, so a request cannot make the
server hash megabytes).  Signing in as an unknown or disabled user costs one argon2 check too, so
the time taken does not tell whether the name exists.

**API tokens** look like ``prm_<id>_<secret>``: ``prm_`` marks them (secret scanners and people
recognise a promissory token), ``<id>`` (16 hex digits) finds the row without scanning, and
``<secret>`` is 32 random bytes from :func:`secrets.token_urlsafe`.  The book keeps only the SHA-256
of the secret: with 256 bits of entropy no dictionary or brute force can invert it, so a slow hash
(which protects *guessable* passwords) would add nothing but tens of milliseconds to every request.
The digest is compared with :func:`hmac.compare_digest`.  The plaintext is shown once, when issued.
A token stops working when it is revoked or its user is disabled.  ``last_used_at`` is written at
most once a minute per token (:data:`TOKEN_TOUCH_EVERY`), so reads stay reads.

**Failed logins** are limited per account name and per client address
(:mod:`promissory.app.login_limits`: after :attr:`Accounts.login_limits` failures within its
window, logins are refused for a while, the right password too).

**The audit log** (append-only; the database refuses updates and deletes) records every login (good
or refused, or refused by the limit; and each lock-out), every refused token, every change to users and tokens, and — through
:meth:`promissory.app.acting.Acting` — every write to the book and every refusal.

Time comes from the facade's clock; the core never reads it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from promissory.app.access import Principal, Role
from promissory.app.login_limits import LoginLimits, limit_keys, retry_after
from promissory.book import accounts as store
from promissory.book.quick import NoteHead
from promissory.book.schema import LIMITS, check_length
from promissory.book.store import Book, utc
from promissory.errors import InvalidInput, NotFound, TooManyAttempts, Unauthenticated

#: The fewest characters a password may have (NIST SP 800-63B asks for at least 8; we ask 12).
PASSWORD_MIN = 12
#: The most characters a password may have (argon2 takes any length; a bound keeps requests cheap).
PASSWORD_MAX = 1024
#: A user name: 1–64 characters, lower-case letters, digits and ``. _ - @``, starting with a letter
#: or a digit ("alice", "cfo@valence", "servicing-team").
USER_NAME = re.compile(r"[a-z0-9][a-z0-9._@-]*")
USER_NAME_RULE = (
    "a user name is 1 to 64 characters: lower-case letters, digits and . _ - @, "
    "starting with a letter or a digit"
)
#: The marker every API token starts with.
TOKEN_PREFIX = "prm_"
_TOKEN_ID_HEX = 16
#: ``last_used_at`` of a token is written when it is older than this (so a read stays a read).
TOKEN_TOUCH_EVERY = timedelta(minutes=1)
#: Roles whose users act for parties (and must name at least one).
PARTY_ROLES = frozenset({Role.SERVICER, Role.HOLDER, Role.BORROWER})

#: The argon2 hasher used when an :class:`Accounts` is given none: argon2-cffi's defaults (argon2id,
#: RFC 9106 low-memory profile).  Tests replace it with a cheap one; production keeps this.
password_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A user of the book (never its password hash)."""

    name: str
    role: Role
    parties: tuple[str, ...]
    created_at: datetime
    created_by: str
    disabled: bool

    def principal(self) -> Principal:
        return Principal(self.name, self.role, frozenset(self.parties))


@dataclass(frozen=True, slots=True)
class TokenRecord:
    """An API token as listed: never its secret, nor the secret's hash."""

    id: str
    user: str
    label: str
    created_at: datetime
    created_by: str
    last_used_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A token just issued: ``token`` is the plaintext, shown this once and never stored."""

    id: str
    token: str
    user: str
    label: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit log: who did what to what, when, from where, and how it ended.

    ``outcome`` is ``ok``, ``refused`` (wrong credentials, a rule of the note), ``forbidden`` (the
    role may not), ``not found``, ``limited`` (a login refused after too many failures) or
    ``locked`` (the failure that locked an account name or address).
    """

    at: datetime
    user: str
    action: str
    target: str
    outcome: str
    source: str


def check_user_name(name: str) -> str:
    """``name`` if it is a valid user name, else :class:`InvalidInput` naming it and the rule."""
    if not isinstance(name, str) or not 1 <= len(name) <= LIMITS["user name"]:
        shown = name if isinstance(name, str) and len(name) <= 80 else f"{str(name)[:40]}…"
        raise InvalidInput(f"user name {shown!r}: {USER_NAME_RULE}")
    if USER_NAME.fullmatch(name) is None:
        raise InvalidInput(f"user name {name!r}: {USER_NAME_RULE}")
    return name


def check_password(password: str) -> str:
    """``password`` if its length is within the rule (the message never shows the password)."""
    if not isinstance(password, str):
        raise InvalidInput("a password must be text")
    if len(password) < PASSWORD_MIN:
        raise InvalidInput(
            f"the password is {len(password)} characters long; "
            f"a password has at least {PASSWORD_MIN} characters"
        )
    if len(password) > PASSWORD_MAX:
        raise InvalidInput(
            f"the password is {len(password)} characters long; "
            f"a password has at most {PASSWORD_MAX} characters"
        )
    return password


def parse_role(role: Role | str) -> Role:
    """A :class:`Role` from itself or its name ("servicer")."""
    if isinstance(role, Role):
        return role
    try:
        return Role(str(role).strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput(f"role {role!r} is not one of {choices}") from None


def check_parties(role: Role, parties: Iterable[str]) -> tuple[str, ...]:
    """The parties a user of ``role`` acts for, sorted: required for servicers, holders and
    borrowers (legal names as notes write them), refused for administrators and auditors."""
    if isinstance(parties, str):  # one name, not its letters
        parties = (parties,)
    names: set[str] = set()
    for party in parties:
        if not isinstance(party, str) or not party.strip():
            raise InvalidInput(f"party {party!r}: a party is a legal name, not empty")
        if party != party.strip():
            raise InvalidInput(
                f"party {party!r}: write the legal name exactly as the notes do, "
                "without spaces before or after"
            )
        check_length("party name", party)
        names.add(party)
    if role in PARTY_ROLES and not names:
        raise InvalidInput(
            f"a {role.value} acts for at least one party: name the legal names "
            "(as the notes write them) it acts for"
        )
    if role not in PARTY_ROLES and names:
        raise InvalidInput(
            f"an {role.value} acts for no party (it reaches every note); "
            f"remove the parties {', '.join(sorted(names))}"
        )
    return tuple(sorted(names))


def _fit(text: str, field: str) -> str:
    """``text`` cut to what the book stores for ``field`` (for audit lines only: a refused login
    with a megabyte of user name is still logged, shortened)."""
    limit = LIMITS[field]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _record(user: store.StoredUser) -> UserRecord:
    return UserRecord(user.name, Role(user.role), user.parties, user.created_at, user.created_by,
                      user.disabled)  # fmt: skip


def _token_record(t: store.StoredToken) -> TokenRecord:
    return TokenRecord(t.id, t.user, t.label, t.created_at, t.created_by, t.last_used_at,
                       t.revoked_at, t.revoked_by)  # fmt: skip


def _stamp(password_hash: str) -> str:
    return hashlib.sha256(("session\n" + password_hash).encode()).hexdigest()[:32]


def _secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


_TOKEN = re.compile(
    rf"{TOKEN_PREFIX}(?P<id>[0-9a-f]{{{_TOKEN_ID_HEX}}})_(?P<secret>[A-Za-z0-9_-]{{16,100}})"
)


def _split_token(token: str) -> tuple[str, str] | None:
    """``(id, secret)`` of a well-formed token, else ``None``."""
    found = _TOKEN.fullmatch(token) if isinstance(token, str) else None
    return None if found is None else (found["id"], found["secret"])


def _keep_an_administrator(admins: list[str], user: str, what: str) -> None:
    """Refuse to demote or disable ``user`` if no other enabled administrator is left.

    ``admins`` were read with their rows locked, *before* the user's own row: every change that
    can remove an administrator locks them first and in the same order, so two administrators
    demoting each other at once on PostgreSQL queue instead of deadlocking, and the second sees
    the first's change (SQLite's writers are serialised by its write lock).
    """
    if not [a for a in admins if a != user]:
        raise InvalidInput(
            f"cannot {what} user {user!r}: it is the last administrator of the book "
            "(add or enable another administrator first)"
        )


class Accounts:
    """Users, API tokens and the audit log of one book (``Promissory(...).accounts``).

    ``by`` on every change names who makes it (the HTTP API's authenticated user, or the machine's
    operator at the command line); it is written to the audit log.  This class does not decide
    whether ``by`` may make the change: the interfaces ask :func:`~promissory.app.access.allowed`
    for ``Action.ADMIN`` first (:class:`~promissory.app.acting.Acting` does).
    """

    def __init__(
        self,
        book: Book,
        clock: Callable[[], datetime],
        *,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.book = book
        self.clock = clock
        #: failed logins allowed per account and per address (``create_app`` passes its own)
        self.login_limits = LoginLimits()
        self._hasher = hasher
        self._dummy: tuple[PasswordHasher, str] | None = None

    @property
    def hasher(self) -> PasswordHasher:
        return self._hasher if self._hasher is not None else password_hasher

    def _now(self) -> datetime:
        return utc(self.clock())

    def _dummy_hash(self) -> str:
        """A hash of nothing anyone types, checked when the user is unknown (same cost, same time)."""
        hasher = self.hasher
        if self._dummy is None or self._dummy[0] is not hasher:
            self._dummy = (hasher, hasher.hash(secrets.token_urlsafe(16)))
        return self._dummy[1]

    # -- users ----------------------------------------------------------------------------------
    def add_user(
        self,
        user: str,
        password: str,
        role: Role | str,
        parties: Iterable[str] = (),
        *,
        by: str,
    ) -> UserRecord:
        """Add a user with its password, role and parties (see :func:`check_parties`)."""
        check_user_name(user)
        role = parse_role(role)
        names = check_parties(role, parties)
        check_password(password)
        check_length("created_by", by, where=f"user {user!r}")
        stored = store.StoredUser(user, role.value, names, self.hasher.hash(password),
                                  self._now(), by, False)  # fmt: skip
        store.require(self.book)
        try:
            with self.book.write() as conn:
                store.insert_user(conn, stored)
                self._audit(conn, by, "user add", user, detail=f"{role.value}")
        except sa.exc.IntegrityError:
            raise InvalidInput(f"user {user!r} is already in the book") from None
        return _record(stored)

    def set_role(
        self,
        user: str,
        role: Role | str,
        parties: Iterable[str] | None = None,
        *,
        by: str,
    ) -> UserRecord:
        """Give ``user`` a new role (and parties; ``None`` keeps its parties if the role takes
        them, and drops them if it does not).  The last administrator keeps its role."""
        role = parse_role(role)
        store.require(self.book)
        with self.book.write() as conn:
            admins = store.enabled_administrators(conn, for_update=True)  # locked first, see below
            current = self._stored(conn, user, for_update=True)
            if parties is None:
                parties = current.parties if role in PARTY_ROLES else ()
            names = check_parties(role, parties)
            if current.role == Role.ADMINISTRATOR and role is not Role.ADMINISTRATOR:
                _keep_an_administrator(admins, user, "change the role of")
            store.update_user(conn, user, role=role.value, parties=names)
            self._audit(conn, by, "user role", user, detail=role.value)
            updated = self._stored(conn, user)
        return _record(updated)

    def set_password(self, user: str, password: str, *, by: str) -> None:
        """Replace ``user``'s password."""
        check_password(password)
        digest = self.hasher.hash(password)
        store.require(self.book)
        with self.book.write() as conn:
            self._stored(conn, user, for_update=True)
            store.update_user(conn, user, password_hash=digest)
            self._audit(conn, by, "user password", user)

    def disable_user(self, user: str, *, by: str) -> None:
        """Stop ``user`` signing in; its tokens and sessions stop working at once.  The last
        administrator cannot be disabled."""
        store.require(self.book)
        with self.book.write() as conn:
            admins = store.enabled_administrators(conn, for_update=True)
            current = self._stored(conn, user, for_update=True)
            if current.role == Role.ADMINISTRATOR and not current.disabled:
                _keep_an_administrator(admins, user, "disable")
            store.update_user(conn, user, disabled=True)
            self._audit(conn, by, "user disable", user)

    def enable_user(self, user: str, *, by: str) -> None:
        """Let a disabled ``user`` sign in again (its tokens not revoked work again)."""
        store.require(self.book)
        with self.book.write() as conn:
            self._stored(conn, user, for_update=True)
            store.update_user(conn, user, disabled=False)
            self._audit(conn, by, "user enable", user)

    def users(self) -> list[UserRecord]:
        store.require(self.book)
        with self.book.read() as conn:
            return [_record(u) for u in store.list_users(conn)]

    def user(self, name: str) -> UserRecord:
        store.require(self.book)
        with self.book.read() as conn:
            return _record(self._stored(conn, name))

    @staticmethod
    def _stored(conn: sa.Connection, name: str, *, for_update: bool = False) -> store.StoredUser:
        found = store.get_user(conn, name, for_update=for_update)
        if found is None:
            raise NotFound(f"no user {name!r} in the book")
        return found

    # -- tokens ---------------------------------------------------------------------------------
    def issue_token(self, user: str, *, label: str = "", by: str) -> IssuedToken:
        """A new API token for ``user``; its plaintext is in the answer and nowhere else."""
        check_length("token label", label, where=f"token for {user!r}")
        check_length("created_by", by, where=f"token for {user!r}")
        token_id = secrets.token_hex(_TOKEN_ID_HEX // 2)
        secret = secrets.token_urlsafe(32)
        now = self._now()
        store.require(self.book)
        with self.book.write() as conn:
            self._stored(conn, user)
            store.insert_token(conn, store.StoredToken(token_id, user, label, _secret_hash(secret),
                                                       now, by, None, None, None))  # fmt: skip
            self._audit(conn, by, "token issue", f"{user} token {token_id}")
        return IssuedToken(token_id, f"{TOKEN_PREFIX}{token_id}_{secret}", user, label, now)

    def revoke_token(self, token_id: str, *, by: str) -> None:
        """Revoke a token by its id (revoking one already revoked changes nothing)."""
        store.require(self.book)
        with self.book.write() as conn:
            found = store.get_token(conn, token_id)
            if found is None:
                raise NotFound(f"no API token {token_id!r} in the book")
            store.revoke_token(conn, token_id, at=self._now(), by=by)
            self._audit(conn, by, "token revoke", f"{found.user} token {token_id}")

    def tokens(self, user: str | None = None) -> list[TokenRecord]:
        store.require(self.book)
        with self.book.read() as conn:
            if user is not None:
                self._stored(conn, user)
            return [_token_record(t) for t in store.list_tokens(conn, user)]

    # -- signing in -----------------------------------------------------------------------------
    def login(
        self, user: str, password: str, *, source: str = "", limits: LoginLimits | None = None
    ) -> Principal:
        """The principal for ``user`` if ``password`` is its password; :class:`Unauthenticated`
        (the same for an unknown user, a disabled one and a wrong password) otherwise.

        ``limits`` (default :attr:`login_limits`): a name or address (``source``) with too many
        recent failures is refused with :class:`TooManyAttempts` before the password is checked
        (:mod:`promissory.app.login_limits`); the refusal, and each lock-out, is in the audit log.
        """
        store.require(self.book)
        limits = limits if limits is not None else self.login_limits
        who = _fit(str(user), "recorded_by")
        keys = limit_keys(who, _fit(source, "audit source"))
        now = self._now()
        since = now - limits.window
        with self.book.read() as conn:
            locked = {key: retry_after(store.login_failures_since(conn, *key, since), now, limits)
                      for key in keys}  # fmt: skip
        waits = {key: wait for key, wait in locked.items() if wait is not None}
        if waits:
            with self.book.write() as conn:
                for (kind, key), wait in waits.items():
                    self._audit(conn, who, "login", f"{kind} {key}", outcome="limited",
                                source=source, detail=f"retry after {wait} s")  # fmt: skip
            (kind, key), wait = max(waits.items(), key=lambda kv: kv[1])
            raise TooManyAttempts(
                f"too many failed logins of {kind} {key!r} ({limits.describe()}): "
                f"try again in {wait} seconds",
                wait,
            )
        with self.book.read() as conn:
            found = store.get_user(conn, user) if isinstance(user, str) else None
        good = False
        if found is None or found.disabled or not isinstance(password, str):
            self._verify(self._dummy_hash(), "")
        else:
            good = self._verify(found.password_hash, password)
        rehashed = None
        if good and found is not None and self.hasher.check_needs_rehash(found.password_hash):
            rehashed = self.hasher.hash(password)
        with self.book.write() as conn:
            self._audit(conn, who, "login", "", outcome="ok" if good else "refused", source=source)
            if rehashed is not None and found is not None:
                store.update_user(conn, found.name, password_hash=rehashed)
            if good:
                store.clear_login_failures(conn, "user", who)
            else:
                self._count_failure(conn, who, keys, now, limits, source)
        if not good or found is None:
            raise Unauthenticated("wrong user name or password")
        return _record(found).principal()

    def _count_failure(
        self,
        conn: sa.Connection,
        who: str,
        keys: list[tuple[str, str]],
        now: datetime,
        limits: LoginLimits,
        source: str,
    ) -> None:
        """Enter a failed login against each key; a key it locks gets a ``login lockout`` line."""
        since = now - limits.window
        for kind, key in keys:
            store.prune_login_failures(conn, kind, key, since)
            store.add_login_failure(conn, kind, key, now)
            failures = store.login_failures_since(conn, kind, key, since)
            if len(failures) == limits.attempts:
                wait = retry_after(failures, now, limits)
                self._audit(conn, who, "login lockout", f"{kind} {key}", outcome="locked",
                            source=source, detail=f"{len(failures)} failures, "
                            f"{limits.describe()}; retry after {wait} s")  # fmt: skip

    def _verify(self, digest: str, password: str) -> bool:
        try:
            return self.hasher.verify(digest, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def principal_for_token(self, token: str, *, source: str = "") -> Principal:
        """The principal an API token stands for; :class:`Unauthenticated` if the token is
        malformed, unknown, revoked or its user disabled."""
        store.require(self.book)
        parts = _split_token(token)
        found: store.StoredToken | None = None
        user: store.StoredUser | None = None
        owner: store.StoredUser | None = None
        good = False
        if parts is not None:
            with self.book.read() as conn:
                found, user = store.get_token_with_user(conn, parts[0])
        if found is not None and parts is not None:
            matches = hmac.compare_digest(found.secret_hash, _secret_hash(parts[1]))
            owner = user if matches else None
            good = matches and found.revoked_at is None and owner is not None and not owner.disabled
        now = self._now()
        if good and found is not None and owner is not None:
            last = found.last_used_at
            if last is None or now - last >= TOKEN_TOUCH_EVERY:
                with self.book.write() as conn:
                    store.touch_token(conn, found.id, at=now)
            return _record(owner).principal()
        target = f"token {parts[0]}" if parts is not None else "token (malformed)"
        who = found.user if found is not None else ""
        with self.book.write() as conn:
            self._audit(conn, who, "token", target, outcome="refused", source=source)
        raise Unauthenticated("the API token is not valid (unknown, revoked or its user disabled)")

    def quick_principal(self, token: str) -> Principal | None:
        """The principal of a good token whose use needs no write, read in one statement through
        the driver (:mod:`promissory.book.quick`); ``None`` otherwise — a malformed, unknown or
        revoked token, a disabled user, a ``last_used_at`` due to be touched, a book not yet
        checked, a driver error or a read that would wait — and then :meth:`principal_for_token`
        decides (and audits a refusal, or answers the book's error) as always."""
        found = self.quick_access(token)
        return None if found is None or found[2] else found[0]

    def quick_access(
        self, token: str, note_id: str | None = None
    ) -> tuple[Principal, NoteHead | None, bool] | None:
        """What :meth:`quick_principal` reads, with the note ``note_id``'s head (if one is named)
        and whether the token's ``last_used_at`` is due to be touched (a write, which only
        :meth:`principal_for_token` makes); ``None`` for anything else it refuses."""
        parts = _split_token(token)
        if parts is None or not self.book.known_ready:  # the full path checks the book first
            return None
        found = self.book.quick.token_and_note(parts[0], note_id)
        if found is None:
            return None
        row, head = found
        if row.revoked or row.disabled or row.user is None or row.role is None:
            return None
        if not hmac.compare_digest(row.secret_hash, _secret_hash(parts[1])):
            return None
        due = row.last_used_at is None or self._now() - row.last_used_at >= TOKEN_TOUCH_EVERY
        parties = json.loads(row.parties or "[]")
        return Principal(row.user, Role(row.role), frozenset(str(p) for p in parties)), head, due

    def principal_for_user(self, user: str, *, stamp: str | None = None) -> Principal:
        """The principal of a user named by a signed session; :class:`Unauthenticated` if the
        user is unknown or disabled (a session outlives neither), or if ``stamp`` is given and is
        no longer the user's :meth:`session_stamp` (its password changed since the session began).
        """
        store.require(self.book)
        with self.book.read() as conn:
            found = store.get_user(conn, user) if isinstance(user, str) else None
        if found is None or found.disabled:
            raise Unauthenticated(f"the session's user {user!r} is unknown or disabled")
        if stamp is not None and not hmac.compare_digest(stamp, _stamp(found.password_hash)):
            raise Unauthenticated(f"the session of user {user!r} ended: its password was changed")
        return _record(found).principal()

    def session_stamp(self, user: str) -> str:
        """A value to sign into a session cookie with the user's name: it changes whenever the
        user's password hash does (a new password; a re-hash with new parameters), so passing it
        back to :meth:`principal_for_user` ends every session begun before.  It is derived from
        the hash by SHA-256 and reveals nothing of it."""
        store.require(self.book)
        with self.book.read() as conn:
            return _stamp(self._stored(conn, user).password_hash)

    # -- audit log ------------------------------------------------------------------------------
    def record_audit(
        self, user: str, action: str, target: str = "", outcome: str = "ok", source: str = ""
    ) -> None:
        """Append a line to the audit log (text longer than the book stores is shortened)."""
        store.require(self.book)
        with self.book.write() as conn:
            self._audit(conn, user, action, target, outcome=outcome, source=source)

    def enter_audit(
        self, conn: sa.Connection, user: str, action: str, target: str, *, source: str = ""
    ) -> None:
        """Append a line to the audit log on ``conn``, in the transaction it holds (a write's, so
        that the event and the line naming who recorded it commit together)."""
        self._audit(conn, user, action, target, source=source)

    def _audit(
        self,
        conn: sa.Connection,
        user: str,
        action: str,
        target: str,
        *,
        outcome: str = "ok",
        source: str = "",
        detail: str = "",
    ) -> None:
        if detail:
            target = f"{target} ({detail})"
        store.append_audit(
            conn,
            at=self._now(),
            user=_fit(user, "recorded_by"),
            action=_fit(action, "audit action"),
            target=_fit(target, "audit target"),
            outcome=_fit(outcome, "audit outcome"),
            source=_fit(source, "audit source"),
        )

    def audit_log(self, since: datetime | None = None, user: str | None = None) -> list[AuditEntry]:
        """The audit log, oldest first (from ``since``, of ``user``)."""
        store.require(self.book)
        with self.book.read() as conn:
            rows = store.audit_entries(conn, since=None if since is None else utc(since), user=user)
        return [AuditEntry(r.at, r.user, r.action, r.target, r.outcome, r.source) for r in rows]
