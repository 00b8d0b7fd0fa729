"""Problems in the data: records, not exceptions (STYLE.md rule 7).

Replaying a note never raises for a rule of the note.  A validator or handler that finds a rule
broken raises :class:`Reject` inside the replay, and the replay reports it as a :class:`Problem`
naming the note, the event, the date and the amounts involved, and leaves the event out of the
balances.  The book refuses to *record* an event that creates a problem
(:class:`promissory.errors.RuleViolation`), so a well-kept book replays with no problems; one
imported from elsewhere shows them instead of failing to load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Problem:
    """A broken rule: ``code`` is stable (for programs), ``message`` is for people."""

    note_id: str
    seq: int
    effective_date: date
    code: str
    message: str
    amounts: tuple[tuple[str, Decimal], ...] = ()

    def __str__(self) -> str:
        where = f"event #{self.seq}" if self.seq else "new event"
        return f"{self.note_id} {where} on {self.effective_date}: {self.message} [{self.code}]"


class Reject(Exception):
    """An event breaks a rule: inside a replay it becomes a Problem and the event is left out."""

    def __init__(self, code: str, message: str, *amounts: tuple[str, Decimal]) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.amounts = amounts
