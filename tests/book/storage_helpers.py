"""What the storage tests share (imported by name: pytest puts this folder on ``sys.path``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_TERMS = ROOT / "examples" / "valence-2001-note.toml"
NOTE = "VAL-2001-10-05"


class Clock:
    """A clock the test moves by hand (one second per reading by default)."""

    def __init__(self, start: datetime = datetime(2026, 1, 1, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
