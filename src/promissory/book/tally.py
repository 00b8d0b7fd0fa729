"""A whole number by key for one run over a file (note ids of an onboarding or an import), exact
and with memory bounded whatever the file's size.

Onboarding numbers the chunks that held each note's rows and refuses a note twice in a notes file;
an import refuses a note twice in a bundle and checks each close against its note's events.  Each
needs one number per note of the file for the whole run.  A :class:`Tally` holds them in a dict
until it has :data:`SPILL_AT` keys, then moves them to a private temporary SQLite database
(``sqlite3.connect("")``: on disk, deleted when closed; SQLite keeps at most its page cache of it
in memory, about 2 MiB) and answers from there.  What it answers is the same either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

#: How many keys a :class:`Tally` holds in memory (about 100 bytes each) before it moves them to
#: its temporary database.
SPILL_AT = 4096

#: Keys asked for in one query of the temporary database (under SQLite's bound on parameters).
_IN = 500


class Tally:
    """A number by key (``get``, ``set``, ``bump``), in memory up to :data:`SPILL_AT` keys, then in
    a temporary SQLite database; :meth:`close` (or :func:`tally`) deletes it."""

    def __init__(self, spill_at: int | None = None) -> None:
        self._held: dict[str, int] = {}
        self._spill_at = SPILL_AT if spill_at is None else spill_at
        self._db: sqlite3.Connection | None = None

    @property
    def spilled(self) -> bool:
        """Whether the keys are in the temporary database (past :data:`SPILL_AT`)."""
        return self._db is not None

    def get(self, key: str) -> int | None:
        """The number of ``key``, or None if it has none."""
        if self._db is None:
            return self._held.get(key)
        row = self._db.execute("SELECT n FROM tally WHERE k = ?", (key,)).fetchone()
        return None if row is None else int(row[0])

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def set(self, key: str, value: int) -> None:
        """Give ``key`` the number ``value``."""
        if self._db is None:
            self._held[key] = value
            self._spill_if_full()
        else:
            self._db.execute("INSERT OR REPLACE INTO tally (k, n) VALUES (?, ?)", (key, value))

    def bump(self, keys: Sequence[str]) -> dict[str, int]:
        """Add one to the number of each of ``keys`` (distinct; none counts as 0) and return the
        new numbers, by key."""
        if self._db is None:
            out = {k: self._held.get(k, 0) + 1 for k in keys}
            self._held.update(out)
            self._spill_if_full()
            return out
        found: dict[str, int] = {}
        for i in range(0, len(keys), _IN):
            part = keys[i : i + _IN]
            marks = ",".join("?" * len(part))
            found.update(self._db.execute(f"SELECT k, n FROM tally WHERE k IN ({marks})", part))
        out = {k: found.get(k, 0) + 1 for k in keys}
        self._db.executemany("INSERT OR REPLACE INTO tally (k, n) VALUES (?, ?)", out.items())
        return out

    def __len__(self) -> int:
        if self._db is None:
            return len(self._held)
        return int(self._db.execute("SELECT count(*) FROM tally").fetchone()[0])

    def _spill_if_full(self) -> None:
        if len(self._held) <= self._spill_at:
            return
        db = sqlite3.connect("", isolation_level=None)  # private, on disk, gone when closed
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("CREATE TABLE tally (k TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO tally (k, n) VALUES (?, ?)", self._held.items())
        self._db, self._held = db, {}

    def close(self) -> None:
        """Delete the temporary database, if any (the tally is empty afterwards)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._held = {}


@contextmanager
def tally(spill_at: int | None = None) -> Iterator[Tally]:
    """A :class:`Tally` for the block, closed after it."""
    t = Tally(spill_at)
    try:
        yield t
    finally:
        t.close()
