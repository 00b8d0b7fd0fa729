"""The browser tests' book: the notes, the users of each role and the clock (see conftest.py)."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from promissory.app import Promissory

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PROMISSORY_CHROMIUM", "/usr/bin/chromium")
#: The book is written at SEEDED; the web app's clock is NOW (so "as known on" 10:00 is the seed).
SEEDED = datetime(2024, 9, 1, 9, 0, tzinfo=UTC)
NOW = datetime(2024, 9, 1, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery staple"
BORROWER, LENDER = "Harbor Tool & Die, Inc.", "Lakeside Commercial Bank"
LOAN, TO_SETTLE, OTHER = "TERM-2024-001", "TERM-2024-002", "VAL-2001-10-05"
#: A note of the same parties, added undrawn: the browser records its first advance.
FRESH = "TERM-2024-003"
#: One user per role: (name, role, parties).
USERS = (
    ("root", "administrator", ()),
    ("svc", "servicer", (LENDER,)),
    ("hold", "holder", (LENDER,)),
    ("borr", "borrower", (BORROWER,)),
    ("aud", "auditor", ()),
)


@dataclass(frozen=True, slots=True)
class Site:
    url: str
    service: Promissory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _book(path: Path) -> Promissory:
    clock = [SEEDED]
    service = Promissory(f"sqlite:///{path}", clock=lambda: clock[0])
    service.init()
    terms = (ROOT / "examples" / "term-note-2024.toml").read_text()
    for note_id in (LOAN, TO_SETTLE):
        service.add_note(
            terms.replace('id = "TERM-2024-001"', f'id = "{note_id}"'), recorded_by="seed"
        )
        service.post(note_id, {"kind": "advance", "effective_date": "2024-03-01",
                               "amount": "500000.00"}, recorded_by="seed")  # fmt: skip
        service.post(note_id, {"kind": "payment", "effective_date": "2024-04-01",
                               "amount": "9959.68"}, recorded_by="seed")  # fmt: skip
    service.add_note(terms.replace('id = "TERM-2024-001"', f'id = "{FRESH}"'), recorded_by="seed")
    service.add_note(ROOT / "examples" / "valence-2001-note.toml", recorded_by="seed")
    service.post(OTHER, {"kind": "advance", "effective_date": "2001-10-05",
                         "amount": "5000000.00"}, recorded_by="seed")  # fmt: skip
    for name, role, parties in USERS:
        service.accounts.add_user(name, PASSWORD, role, parties, by="seed")
    clock[0] = NOW
    return service
