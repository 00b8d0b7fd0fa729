"""The book's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

This module describes the schema at the *head* migration; the migrations in
``promissory/book/migrations/versions`` build it step by step (a test checks the two agree).

``notes``
    one row per note: its id and its terms as TOML text (the terms file, normalised), its
    ``creation_hash`` (SHA-256 over the canonical creation record — id, terms, created at and by —
    chained to 64 zeros: the first link of the note's chain, which event #1 chains to), and the
    note's *head*: the sequence number and chain hash of its last event (the creation hash while
    the note has none).  Every append locks this
    row and moves the head in the same transaction, so writers to one note are serialised and a
    removal of the last event shows up in ``verify``.
``events``
    the append-only ledger: ``(note_id, seq)`` is the key and ``seq`` runs 1, 2, 3 … without gaps
    per note.  ``payload`` is the event as canonical JSON (:mod:`promissory.codec.events_json`);
    ``hash`` is SHA-256 over the predecessor's hash and the payload, so an edit, a removal or a
    reordering made outside promissory breaks the chain.  ``idempotency_key`` (unique per note)
    lets a client repeat a write safely.  ``kind``, ``effective_date`` and ``recorded_at`` repeat
    fields of the payload so they can be indexed (``verify`` checks that they agree with it), and so
    does ``settlement_id`` (revision 0006): the settlement an event belongs to, NULL for none, so
    "is this settlement id used?" and "which events did settlement S write?" are index lookups,
    not a replay of the book.
    ``currency`` and ``amount_minor`` (revision 0008) repeat the payload's currency and its
    amount as an integer of minor units (:func:`promissory.codec.columns.event_columns`), for the
    columnar portfolio engine; ``verify`` checks them too.
``note_columns``
    (revision 0008) the columnar portfolio engine's fields of a note's terms (rate as an integer,
    basis, rounding, commitment in minor units, …), written with the note, one row per note the
    engine covers; ``verify`` re-derives them from the terms text.
``parties``
    the legal persons that appear on notes (borrowers, lenders, holders, assignees).
``users``, ``api_tokens``, ``audit_log``
    the people who use the book through the HTTP API and the web (docs/accounts.md): each user's
    role, the parties it acts for (a JSON list of legal names), its argon2 password hash and whether
    it is disabled; API tokens by id with the SHA-256 of their secret only (the plaintext is shown
    once, when issued); and the append-only log of logins, refusals and writes.
``login_failures``
    one row per failed password login (revision 0007): which account name or client address it
    counts against (``kind`` ``user`` or ``address``, and ``key``) and when.  The app refuses
    further logins of a key with too many rows in its window (docs/accounts.md); a good login
    deletes its account's rows, and rows older than the window are deleted as new ones come.
    It lives in the book so that every worker of ``serve`` counts the same failures.
``checkpoints``
    caches of replayed state (:mod:`promissory.codec.state_json`): deleting any or all of them
    changes no figure.  Each is bound to the event it was taken through (``seq`` and that event's
    ``chain_hash``) and to its own content (``state_hash``); the reader skips one whose hashes no
    longer hold, and ``verify`` re-derives every one by replay.

Text limits are declared once, in :data:`LIMITS`: the columns use them and the book refuses a
longer value (:func:`check_length`) on SQLite as on PostgreSQL, naming the field.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from promissory.errors import InvalidInput

#: The longest text each bounded column holds (characters, as PostgreSQL's ``varchar(n)`` counts).
NOTE_ID_MAX = 64
WHO_MAX = 200
KEY_MAX = 200
KIND_MAX = 32
CURRENCY_MAX = 8
PARTY_ID_MAX = 64
PARTY_NAME_MAX = 300
PARTY_DETAIL_MAX = 100
HASH_LEN = 64
USER_MAX = 64
ROLE_MAX = 32
TOKEN_ID_MAX = 32
LABEL_MAX = 200
PASSWORD_HASH_MAX = 512
AUDIT_ACTION_MAX = 64
AUDIT_TARGET_MAX = 300
AUDIT_OUTCOME_MAX = 32
AUDIT_SOURCE_MAX = 200

#: Field name (as people know it) → the most characters the book stores.
LIMITS: dict[str, int] = {
    "note id": NOTE_ID_MAX,
    "created_by": WHO_MAX,
    "recorded_by": WHO_MAX,
    "idempotency_key": KEY_MAX,
    "event kind": KIND_MAX,
    "party id": PARTY_ID_MAX,
    "party name": PARTY_NAME_MAX,
    "party entity_type": PARTY_DETAIL_MAX,
    "party jurisdiction": PARTY_DETAIL_MAX,
    "user name": USER_MAX,
    "token label": LABEL_MAX,
    "audit action": AUDIT_ACTION_MAX,
    "audit target": AUDIT_TARGET_MAX,
    "audit outcome": AUDIT_OUTCOME_MAX,
    "audit source": AUDIT_SOURCE_MAX,
}


def check_length(field: str, value: str | None, *, where: str = "") -> None:
    """Refuse ``value`` if it is longer than the book stores for ``field`` (see :data:`LIMITS`)."""
    limit = LIMITS[field]
    if value is not None and len(value) > limit:
        place = f"{where}: " if where else ""
        raise InvalidInput(
            f"{place}{field} is {len(value)} characters long; the book stores at most {limit} "
            f"(starts {value[:40]!r})"
        )


metadata = MetaData()

notes = Table(
    "notes",
    metadata,
    Column("id", String(NOTE_ID_MAX), primary_key=True),
    Column("terms", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(WHO_MAX), nullable=False, default=""),
    Column("head", Integer, nullable=False, server_default="0"),
    Column("head_hash", String(HASH_LEN), nullable=False, server_default="0" * HASH_LEN),
    Column("creation_hash", String(HASH_LEN), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("note_id", String(NOTE_ID_MAX), ForeignKey("notes.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(KIND_MAX), nullable=False),
    Column("effective_date", Date, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", String(WHO_MAX), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(HASH_LEN), nullable=False),
    Column("hash", String(HASH_LEN), nullable=False),
    Column("idempotency_key", String(KEY_MAX), nullable=True),
    Column("settlement_id", Text, nullable=True),
    Column("currency", String(CURRENCY_MAX), nullable=True),
    Column("amount_minor", BigInteger, nullable=True),
    UniqueConstraint("note_id", "idempotency_key", name="uq_events_idempotency"),
    Index("ix_events_effective", "note_id", "effective_date"),
    Index("ix_events_recorded", "note_id", "recorded_at"),
    Index("ix_events_kind", "note_id", "kind"),
    Index("ix_events_settlement", "settlement_id"),
)

#: ``note_columns`` (revision 0008): the columnar portfolio engine's fields of a note's terms
#: (:func:`promissory.codec.columns.note_columns`), one row per note the engine covers, written
#: with the note; a note without a row takes the per-note path.
note_columns = Table(
    "note_columns",
    metadata,
    Column("note_id", String(NOTE_ID_MAX), ForeignKey("notes.id"), primary_key=True),
    Column("lender", Text, nullable=False),
    Column("borrower", Text, nullable=False),
    Column("currency", String(CURRENCY_MAX), nullable=False),
    Column("issue_date", Date, nullable=False),
    Column("maturity", Date, nullable=False),
    Column("scale", SmallInteger, nullable=False),
    Column("commitment", BigInteger, nullable=False),
    Column("revolving", Boolean, nullable=False),
    Column("last_draw_date", Date, nullable=False),
    Column("rate", BigInteger, nullable=False),
    Column("rate_places", SmallInteger, nullable=False),
    Column("basis", SmallInteger, nullable=False),
    Column("round_shift", SmallInteger, nullable=False),
    Column("round_mode", String(KIND_MAX), nullable=False),
)

parties = Table(
    "parties",
    metadata,
    Column("id", String(PARTY_ID_MAX), primary_key=True),
    Column("name", String(PARTY_NAME_MAX), nullable=False),
    Column("entity_type", String(PARTY_DETAIL_MAX), nullable=True),
    Column("jurisdiction", String(PARTY_DETAIL_MAX), nullable=True),
    Column("address", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("note_id", String(NOTE_ID_MAX), ForeignKey("notes.id"), primary_key=True),
    Column("through", Date, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("chain_hash", String(HASH_LEN), nullable=False),
    Column("state", Text, nullable=False),
    Column("state_hash", String(HASH_LEN), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: ``closes``: accounting periods closed per party (issue 14): for each note, its last event when
#: the period was closed, so the journal of a closed period is projected from what was known then
#: and never rewritten (later corrections land in the next open period).
closes = Table(
    "closes",
    metadata,
    Column("party", String(16), primary_key=True),
    Column("period_end", Date, primary_key=True),
    Column("note_id", String(NOTE_ID_MAX), ForeignKey("notes.id"), primary_key=True),
    Column("period", String(16), nullable=False),
    Column("frequency", String(16), nullable=False),
    Column("head", Integer, nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=False),
    Column("closed_by", String(WHO_MAX), nullable=False, default=""),
)

users = Table(
    "users",
    metadata,
    Column("name", String(USER_MAX), primary_key=True),
    Column("role", String(ROLE_MAX), nullable=False),
    Column("parties", Text, nullable=False, server_default="[]"),  # JSON list of legal names
    Column("password_hash", String(PASSWORD_HASH_MAX), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(WHO_MAX), nullable=False),
    Column("disabled", Boolean, nullable=False, server_default=false()),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(TOKEN_ID_MAX), primary_key=True),
    Column("user_name", String(USER_MAX), ForeignKey("users.name"), nullable=False),
    Column("label", String(LABEL_MAX), nullable=False, server_default=""),
    Column("secret_hash", String(HASH_LEN), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(WHO_MAX), nullable=False),
    Column("last_used_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("revoked_by", String(WHO_MAX), nullable=True),
    Index("ix_api_tokens_user", "user_name"),
)

#: ``login_failures``: failed logins by account name and by client address (revision 0007)
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),
    Column("key", String(WHO_MAX), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_login_failures_key", "kind", "key", "at"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user_name", String(WHO_MAX), nullable=False),
    Column("action", String(AUDIT_ACTION_MAX), nullable=False),
    Column("target", String(AUDIT_TARGET_MAX), nullable=False, server_default=""),
    Column("outcome", String(AUDIT_OUTCOME_MAX), nullable=False),
    Column("source", String(AUDIT_SOURCE_MAX), nullable=False, server_default=""),
    Index("ix_audit_log_at", "at"),
    Index("ix_audit_log_user", "user_name", "at"),
)
