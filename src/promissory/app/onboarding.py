"""Bulk onboarding from CSV and the book's export and import, for the CLI (and any interface).

Onboarding never half-applies a note: all of a note's rows are parsed, then validated together by
replaying the note with them, then written in one transaction — or, if any row fails, none of that
note's rows are written and every one of them is reported with its reason.  Other notes go ahead.
The row formats are in :mod:`promissory.codec.onboarding_csv`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from promissory.app.service import Promissory, reopening_refusal
from promissory.book import bundle
from promissory.codec.events_json import event_from_dict
from promissory.codec.onboarding_csv import event_fields_from_row, is_events_header, terms_from_row
from promissory.core.engine import replay
from promissory.core.events import Event, Payment, Reversal
from promissory.core.problems import Problem
from promissory.core.settlement import reversal_refusal
from promissory.core.terms import Terms
from promissory.errors import Conflict, InvalidInput, NotFound

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A CSV row that was not applied: its line number in the file, its note and why."""

    line: int
    note_id: str
    reason: str


@dataclass
class OnboardReport:
    """What an onboarding run did."""

    kind: str  # "notes" or "events"
    rows: int = 0
    applied_rows: int = 0
    applied_notes: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)


def read_csv(path: str | Path) -> tuple[list[str], list[tuple[int, dict[str, str | None]]]]:
    """The header and the rows of a CSV file, each row with its line number."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, dict(r)) for r in reader]
            return list(reader.fieldnames or []), rows
    except OSError as error:
        raise InvalidInput(f"cannot read {str(path)!r}: {error.strerror}") from None


def onboard(app: Promissory, path: str | Path, *, kind: str | None = None,
            recorded_by: str = "", progress: Progress | None = None) -> OnboardReport:  # fmt: skip
    """Onboard a notes file or an events file (told apart by a ``kind`` column)."""
    header, rows = read_csv(path)
    kind = kind or ("events" if is_events_header(header) else "notes")
    if kind == "notes":
        return onboard_notes(app, rows, recorded_by=recorded_by, progress=progress)
    if kind == "events":
        return onboard_events(app, rows, recorded_by=recorded_by, progress=progress)
    raise InvalidInput(f"onboarding kind {kind!r} must be notes or events")


def onboard_notes(app: Promissory, rows: list[tuple[int, dict[str, str | None]]], *,
                  recorded_by: str = "", progress: Progress | None = None) -> OnboardReport:  # fmt: skip
    report = OnboardReport("notes", rows=len(rows))
    seen: dict[str, int] = {}
    for line, row in rows:
        note_id = (row.get("id") or "").strip()
        try:
            if note_id in seen:
                raise InvalidInput(f"note {note_id!r} is also on line {seen[note_id]}")
            seen[note_id] = line
            terms = terms_from_row(row)
            app.add_note(terms, recorded_by=recorded_by)
            report.applied_rows += 1
            report.applied_notes.append(terms.id)
        except InvalidInput as error:
            report.rejected.append(RejectedRow(line, note_id, str(error)))
        if progress is not None:
            progress(1)
    return report


def onboard_events(app: Promissory, rows: list[tuple[int, dict[str, str | None]]], *,
                   recorded_by: str = "", progress: Progress | None = None) -> OnboardReport:  # fmt: skip
    report = OnboardReport("events", rows=len(rows))
    by_note: dict[str, list[tuple[int, dict[str, str | None]]]] = {}
    for line, row in rows:
        by_note.setdefault((row.get("note_id") or "").strip(), []).append((line, row))
    for note_id, note_rows in by_note.items():
        rejected = _onboard_note_events(app, note_id, note_rows, recorded_by)
        if rejected:
            report.rejected.extend(rejected)
        else:
            report.applied_rows += len(note_rows)
            report.applied_notes.append(note_id)
        if progress is not None:
            progress(len(note_rows))
    report.rejected.sort(key=lambda r: r.line)
    return report


def _onboard_note_events(app: Promissory, note_id: str,
                         rows: list[tuple[int, dict[str, str | None]]],
                         recorded_by: str) -> list[RejectedRow]:  # fmt: skip
    """Validate and write one note's rows together; the rejected rows (all of them) if any fails."""
    lines = [line for line, _ in rows]

    def all_rejected(bad: dict[int, str]) -> list[RejectedRow]:
        first = min(bad)
        return [RejectedRow(line, note_id, bad.get(line) or f"not applied: line {first} of the "
                            f"same note was rejected ({bad[first]})") for line in lines]  # fmt: skip

    try:
        record = app.book.note(note_id)
    except NotFound:
        return all_rejected({lines[0]: f"no note {note_id!r} in the book"})
    bad: dict[int, str] = {}
    events: list[Event] = []
    head = record.head
    now = app.clock()
    for line, row in rows:
        try:
            _, fields = event_fields_from_row(row)
            event = _event(record.terms, fields, recorded_by)
            events.append(replace(event, seq=head + len(events) + 1, recorded_at=now))
        except InvalidInput as error:
            bad[line] = str(error)
    if bad:
        return all_rejected(bad)
    existing = app.book.events(note_id)
    before = replay(record.terms, existing)
    ledger = replay(record.terms, [*existing, *events])
    known = {(p.seq, p.code) for p in before.problems}
    line_of = {e.seq: line for e, line in zip(events, lines, strict=True)}
    for p in ledger.problems:
        if (p.seq, p.code) not in known:
            line = line_of.get(p.seq, lines[0])
            bad.setdefault(line, f"{p.message} [{p.code}]")
    # the rules `record` enforces beyond the replay, so onboarding cannot go around them
    for e in events:
        refusal = None
        if isinstance(e, Reversal):
            refusal = reversal_refusal(note_id, [*existing, *events], e)
        elif e.kind not in ONBOARDING_KINDS:
            bad.setdefault(line_of[e.seq], f"{e.kind} events are not onboarded from CSV: record "
                           "them with the collateral, transfer or settle commands")  # fmt: skip
        refusal = refusal or reopening_refusal(note_id, before, ledger, e)
        if refusal is not None:
            bad.setdefault(line_of[e.seq], f"{refusal.message} [{refusal.code}]")
    if bad:
        return all_rejected(bad)
    rows_by_seq = {r.seq: r for r in ledger.rows}
    stored = []
    for e in events:
        replayed = rows_by_seq.get(e.seq)
        if isinstance(e, Payment) and replayed is not None:
            e = replace(e, allocation=replayed.split)
        stored.append(e)
    try:
        app.book.append(stored, expected_head=head)
    except Conflict as error:
        return all_rejected({lines[0]: str(error)})
    return []


#: The servicing events a CSV may carry; collateral, transfers and settlements have their own checks.
ONBOARDING_KINDS = frozenset({
    "advance", "payment", "expense", "default", "cure", "acceleration", "rate_fixing",
    "amendment", "notation", "opening_balance", "reversal",
})  # fmt: skip


def _event(terms: Terms, fields: dict[str, Any], recorded_by: str) -> Event:
    data = {"currency": terms.currency, **fields, "note_id": terms.id, "recorded_by": recorded_by}
    return event_from_dict(data)


# -- export and import -----------------------------------------------------------------------------


def export_book(app: Promissory, path: str | Path) -> bundle.BundleCounts:
    """Write the whole book to a bundle file (JSON Lines)."""
    return bundle.export_book(app.book, str(path))


def import_book(app: Promissory, path: str | Path,
                progress: Progress | None = None) -> bundle.BundleCounts:  # fmt: skip
    """Read a bundle file into the book (refused whole if it does not verify or replay clean).

    Each note is replayed before anything is written; a rule broken anywhere refuses the bundle.
    Running it again completes what a crashed run left and posts nothing twice.
    """

    def lines() -> Iterable[str]:
        try:
            with open(path, encoding="utf-8") as handle:
                yield from handle
        except OSError as error:
            raise InvalidInput(f"cannot read {str(path)!r}: {error.strerror}") from None

    def check(terms: Terms, events: list[Event]) -> tuple[Problem, ...]:
        return replay(terms, events).problems

    return bundle.import_book(app.book, lines, progress, check)


def count_lines(path: str | Path) -> int:
    with open(path, encoding="utf-8") as handle:
        return sum(1 for _ in handle)
