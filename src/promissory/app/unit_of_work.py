"""One unit of work for every write: lock the notes, validate, append with the idempotency keys.

Every write — ``record`` and ``post``, CSV onboarding, settlement accept and reverse, pledges,
releases, valuations, financing statements and transfers — goes through
:meth:`Promissory.write <promissory.app.service.Promissory.write>`:

1. **lock** every note the write touches (in id order, so two writers never deadlock; readers are
   not blocked);
2. **build** the events from what the book holds *now*: the builder runs under the lock, so a check
   such as "this asset is not pledged yet" cannot be overtaken by another writer;
3. **idempotency**: an entry whose key the note already holds is the same request again and is not
   written twice; a key that names a different request is refused (:func:`same_request`);
4. **validate**: each note is replayed with its candidates and any *new* problem refuses the write
   (:func:`new_problems`), as do the write rules the replay does not check yet (:func:`refusals`);
5. **append** everything in one transaction, each entry with its key; a payment keeps the split
   its replay gave it.

:func:`refusals` is the one place the write-only rules are called from (a double pledge or a
financing statement on file twice, a lone reversal of part of a settlement, an event that would
reopen a closed note); once replay checks them, they are dropped here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from promissory.book.store import Append
from promissory.codec.events_json import event_to_dict
from promissory.core.collateral import Pledge, Release, Valuation, pledge_problems
from promissory.core.events import Event, Reversal
from promissory.core.filings import (
    FinancingStatementContinued,
    FinancingStatementFiled,
    FinancingStatementTerminated,
    filing_problems,
)
from promissory.core.problems import Problem
from promissory.core.settlement import reversal_refusal, settlement_of
from promissory.core.state import Ledger
from promissory.errors import IdempotencyKeyReused, RuleViolation

#: Fields of an event that say *what* was asked (not when or by whom): a repeated idempotency key
#: must come with the same ones.
_VOLATILE = {"seq", "recorded_at", "recorded_by", "allocation"}
_COLLATERAL = Pledge | Release | Valuation
_FILINGS = FinancingStatementFiled | FinancingStatementContinued | FinancingStatementTerminated


@dataclass(frozen=True, slots=True)
class Entry:
    """One event a write asks for, with the idempotency key that makes asking again safe."""

    event: Event
    idempotency_key: str | None = None


class Refused(RuleViolation):
    """A write refused with its problems; ``entry_of`` maps (note, seq) to the entry's index.

    Onboarding uses it to name the CSV line of each problem; everyone else sees a
    :class:`~promissory.errors.RuleViolation`.
    """

    def __init__(self, problems: Sequence[Problem], entry_of: Mapping[tuple[str, int], int]):
        super().__init__(problems)
        self.entry_of = dict(entry_of)


def same_request(earlier: Event, event: Event, key: str) -> None:
    """Refuse an idempotency key repeated with a different request (it would hide the new one)."""
    first = {k: v for k, v in event_to_dict(earlier).items() if k not in _VOLATILE}
    again = {k: v for k, v in event_to_dict(event).items() if k not in _VOLATILE}
    again["note_id"] = first.get("note_id")
    if first != again:
        raise IdempotencyKeyReused(
            key,
            f"idempotency key {key!r} was used for event #{earlier.seq} ({earlier.kind} on "
            f"{earlier.effective_date}), a different request; use a new key",
        )


def new_problems(before: Ledger, after: Ledger) -> list[Problem]:
    """The problems of ``after`` that ``before`` (the ledger without the candidates) did not have."""
    known = {(p.seq, p.code) for p in before.problems}
    return [p for p in after.problems if (p.seq, p.code) not in known]


def needs_history(candidates: Sequence[Event]) -> bool:
    """Whether :func:`refusals` needs the note's whole history (not only a replay's tail)."""
    return any(isinstance(c, Reversal | _COLLATERAL | _FILINGS) for c in candidates)


def refusals(
    note_id: str,
    history: Sequence[Event],
    before: Ledger,
    after: Ledger,
    candidates: Sequence[Event],
    *,
    settlement_reversal: str | None = None,
) -> list[Problem]:
    """The write rules replay does not check yet, for ``candidates`` appended to ``history``.

    ``history`` is the note's whole history (needed only when :func:`needs_history` says so);
    ``before`` and ``after`` are its ledgers without and with the candidates.  Each candidate is
    judged after the ones before it in the write.  A reversal of part of a settlement is refused
    unless the write is that settlement's reversal (``settlement_reversal``), which reverses all of
    it on every note at once.
    """
    out: list[Problem] = []
    so_far = list(history)
    for candidate in candidates:
        found: list[Problem] = []
        if isinstance(candidate, Reversal):
            target = next((e for e in so_far if e.seq == candidate.target_seq), None)
            whole = target is not None and settlement_of(target) == (settlement_reversal or None)
            refusal = None if whole else reversal_refusal(note_id, so_far, candidate)
            found += [refusal] if refusal is not None else []
        elif isinstance(candidate, _COLLATERAL):
            found += pledge_problems(note_id, so_far, candidate)
        elif isinstance(candidate, _FILINGS):
            found += filing_problems(note_id, so_far, candidate)
        reopened = reopening_refusal(note_id, before, after, candidate)
        found += [reopened] if reopened is not None else []
        out += [replace(p, seq=candidate.seq) for p in found]  # each names the candidate it refuses
        so_far.append(candidate)
    return out


def reopening_refusal(
    note_id: str, before: Ledger, after: Ledger, candidate: Event
) -> Problem | None:
    """A problem if ``candidate`` (not a reversal) would reopen a paid or terminated note."""
    closed = before.final.paid_on or before.final.terminated_on
    if closed is None or isinstance(candidate, Reversal):
        return None
    if (after.final.paid_on or after.final.terminated_on) == closed:
        return None
    what = "terminated" if before.final.terminated_on else "paid"
    return Problem(
        note_id, candidate.seq, candidate.effective_date, "reopens-closed-note",
        f"{candidate.kind} dated {candidate.effective_date} would reopen the note, {what} on "
        f"{closed}: only a reversal can change a closed note's history (reverse the payoff "
        "first, then record the missing event)",
    )  # fmt: skip


def appends(note_id: str, head: int, events: Sequence[Event],
            keys: Sequence[str | None]) -> list[Append]:  # fmt: skip
    """The book appends for one note: a new one at each keyed event (the book keys an append's first)."""
    groups: list[tuple[list[Event], str | None]] = []
    for event, key in zip(events, keys, strict=True):
        if not groups or key is not None:
            groups.append(([event], key))
        else:
            groups[-1][0].append(event)
    out: list[Append] = []
    for group, key in groups:
        out.append(Append(note_id, tuple(group), head, key))
        head += len(group)
    return out
