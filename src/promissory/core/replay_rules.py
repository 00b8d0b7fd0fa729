"""Rules that look across a note's events: reversals, and reopening a closed note.

Most rules are about one event meeting the note as it stands (the validators of
:mod:`promissory.core.kinds`).  Two need more of the ledger, and replay checks them too, so what
the book would refuse to write, ``verify`` and ``import`` find:

* **A reversal** must name an earlier event that is not itself a reversal and not already
  reversed; it may not be dated before the note's issue date; and a settlement is reversed as a
  whole (``promissory settle reverse``), never piecemeal: a reversal of one of the events a
  settlement wrote on this note stands only if every event of that settlement on this note is
  reversed too.
* **A closed note stays closed.**  Once a payment pays the note off, only a reversal can change its
  history before that day.  A financial event (not a reversal) recorded after the payoff but
  effective on or before its day, which keeps the payoff from clearing the note, is the problem
  ``reopens-closed-note``: reverse the payoff first, then record the missing event.  Example: pay
  off on 2002-03-31, then record an expense of 1,250.00 dated 2002-03-01; the payment no longer
  covers everything and the note would silently be open again.  (A settlement needs no such rule:
  one short of the payoff, or over it by more than it records, is refused by its own handler.)
  The payoff's own day is taken whole: its events replay in the same-day order whatever order
  they were recorded in, so an event dated on the payoff day never reopens the note, and whether
  the payment paid the note off is judged with every event of its day (an expense dated that day
  and recorded after the payment is charged before it, like one recorded before it).

Finding a reopening is cheap when the events were recorded in date order (one pass over the rows);
otherwise only a payment recorded after every earlier-dated event and followed by a later-recorded
event dated on or before it can have closed the note, and for each such payment the events
recorded up to it are replayed once to see whether it did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from promissory.core.events import Event, Reversal
from promissory.core.kinds import KINDS, Validator, declare_applied
from promissory.core.problems import Problem, Reject
from promissory.core.state import Ledger, ScheduleRow
from promissory.core.terms import Terms


def settlement_of(event: Event) -> str:
    """The settlement an event belongs to ("" for none)."""
    value = getattr(event, "settlement_id", "")
    return value if isinstance(value, str) else ""


def settlement_part_message(target: Event) -> str:
    """Why a lone reversal of part of a settlement is refused."""
    sid = settlement_of(target)
    return (
        f"event #{target.seq} ({target.kind}) is part of settlement {sid}; reverse settlement "
        f"{sid} as a whole, so every note it touched is restored"
    )


def reopening_message(event: Event, what: str, closed: date) -> str:
    """Why an event recorded after a note closed, dated on or before that day, is refused."""
    return (
        f"{event.kind} dated {event.effective_date} would reopen the note, {what} on {closed}: "
        "only a reversal can change a closed note's history (reverse the payoff first, then "
        "record the missing event)"
    )


# -- reversals -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reversals:
    """What a reversal's validators see: the note, its events by seq, the reversals accepted so
    far (target → reversal), every reversal's target, and whether events may be missing
    (``gap_free``: a replay from a checkpoint has every reversal but not every earlier event)."""

    terms: Terms
    by_seq: dict[int, Event]
    reversed_by: dict[int, int]
    targeted: frozenset[int]
    gap_free: bool


def _target_earlier(ctx: Reversals, e: Reversal) -> None:
    target = ctx.by_seq.get(e.target_seq)
    if (target is None and not (ctx.gap_free and e.target_seq >= 1)) or e.target_seq >= e.seq:
        raise Reject("bad-reversal", f"reversal #{e.seq} names event #{e.target_seq}, which is "
                     "not earlier in the ledger")  # fmt: skip
    if isinstance(target, Reversal):
        raise Reject("bad-reversal", f"reversal #{e.seq} names #{e.target_seq}, itself a "
                     "reversal; record the event again instead")  # fmt: skip
    if e.target_seq in ctx.reversed_by:
        raise Reject("bad-reversal", f"event #{e.target_seq} was already reversed by "
                     f"#{ctx.reversed_by[e.target_seq]}")  # fmt: skip


def _not_before_issue(ctx: Reversals, e: Reversal) -> None:
    if e.effective_date < ctx.terms.issue_date:
        raise Reject("before-issue", f"reversal dated {e.effective_date} is before the note's "
                     f"issue date {ctx.terms.issue_date}")  # fmt: skip


def _whole_settlement(ctx: Reversals, e: Reversal) -> None:
    target = ctx.by_seq.get(e.target_seq)
    sid = settlement_of(target) if target is not None else ""
    if not sid:
        return
    members = [x.seq for x in ctx.by_seq.values()
               if settlement_of(x) == sid and not isinstance(x, Reversal)]  # fmt: skip
    if not all(seq in ctx.targeted for seq in members):
        assert target is not None
        raise Reject("settlement-part", settlement_part_message(target))


#: The validators of a reversal, in the order they are checked (declared in the table of kinds).
REVERSAL_RULES: tuple[Validator, ...] = (_target_earlier, _not_before_issue, _whole_settlement)


def check_reversals(
    terms: Terms, events: Sequence[Event], *, gap_free: bool = False
) -> tuple[dict[int, int], list[tuple[Problem, date]]]:
    """Which events are reversed, and by which reversal; a problem for each refused reversal.

    Each problem comes with the first day a checkpoint keeps it from: a replay from a checkpoint
    always receives every reversal and finds most of these problems again (``date.max``: never
    kept), but a reversal of part of a settlement only while the settlement's event it names is
    after the checkpoint (kept from that event's date on).
    """
    reversals = sorted((e for e in events if isinstance(e, Reversal)), key=lambda e: e.seq)
    if not reversals:
        return {}, []
    by_seq = {e.seq: e for e in events}
    reversed_by: dict[int, int] = {}
    ctx = Reversals(terms, by_seq, reversed_by, frozenset(r.target_seq for r in reversals),
                    gap_free)  # fmt: skip
    problems: list[tuple[Problem, date]] = []
    for e in reversals:
        try:
            for rule in REVERSAL_RULES:
                rule(ctx, e)
        except Reject as reject:
            problem = Problem(terms.id, e.seq, e.effective_date, reject.code, reject.message,
                              reject.amounts)  # fmt: skip
            target = by_seq.get(e.target_seq)
            kept = target.effective_date if reject.code == "settlement-part" and target else None
            problems.append((problem, kept or date.max))
        else:
            reversed_by[e.target_seq] = e.seq
    return reversed_by, problems


declare_applied(
    "reversal",
    "engine: check_reversals takes its target out of the replay (a struck row, no row of its own)",
    record=Reversal,
    validators=REVERSAL_RULES,
)


def reversal_refusal(note_id: str, events: Iterable[Event], reversal: Reversal) -> Problem | None:
    """Write-time form of ``settlement-part``: refuse any lone reversal of a settlement's event.

    Stricter than the replay rule, which cannot tell a lone reversal of the only event a settlement
    wrote on a note (an assigned note's transfer) from ``settle reverse``; same message.
    """
    for e in events:
        if e.seq == reversal.target_seq and settlement_of(e):
            return Problem(note_id, 0, reversal.effective_date, "settlement-part",
                           settlement_part_message(e))  # fmt: skip
    return None


# -- reopening a closed note ---------------------------------------------------------------------


def _moves_money(row: ScheduleRow) -> bool:
    spec = KINDS.get(row.kind)
    return (
        row.seq > 0
        and row.reversed_by is None
        and spec is not None
        and spec.record is not None
        and spec.record.financial
    )


def _closes(ledger: Ledger, seq: int, day: date) -> bool:
    for row in ledger.rows:
        if row.seq == seq and row.reversed_by is None:
            return row.state.paid_on == day
    return False


def _recorded_by(events: Sequence[Event], seq: int, day: date) -> list[Event]:
    """The events recorded up to ``seq``, and every other event dated ``day`` (the payoff's day,
    taken whole: the same-day order, not the recording order, places its events; a reversal
    keeps its recording order, since it may only follow its target)."""
    return [
        e for e in events
        if e.seq <= seq or (e.effective_date == day and not isinstance(e, Reversal))
    ]  # fmt: skip


def find_reopening(
    events: Sequence[Event], rows: Iterable[ScheduleRow], rerun: Callable[[list[Event]], Ledger]
) -> Problem | None:
    """The first event that reopens a note a payment had paid off (see the module docstring):
    one recorded after the payment and dated on an earlier day.

    ``rerun`` replays a subset of ``events`` (without this check).
    """
    applied = [r for r in rows if _moves_money(r)]
    latest = 0
    for r in applied:
        if r.seq < latest:
            break
        latest = r.seq
    else:
        return None  # recorded in date order: nothing was recorded after a payoff and dated before
    applied.sort(key=lambda r: r.seq)
    n = len(applied)
    later_min: list[date] = [date.max] * (n + 1)
    for i in range(n - 1, -1, -1):
        later_min[i] = min(later_min[i + 1], applied[i].effective_date)
    earlier_max = date.min
    for i, p in enumerate(applied):
        day = p.effective_date
        candidate = (
            p.kind == "payment"
            and p.state.paid_on is None
            and earlier_max <= day  # when recorded, nothing recorded before it was dated later
            and later_min[i + 1] < day  # something recorded after it is dated before its day
        )
        earlier_max = max(earlier_max, day)
        if not candidate or not _closes(rerun(_recorded_by(events, p.seq, day)), p.seq, day):
            continue
        for later in applied[i + 1 :]:
            if later.effective_date >= day:
                continue
            upto = rerun(_recorded_by(events, later.seq, day))
            if not _closes(upto, p.seq, day):
                event = next(e for e in events if e.seq == later.seq)
                return Problem(upto.terms.id, event.seq, event.effective_date,
                               "reopens-closed-note", reopening_message(event, "paid", day))  # fmt: skip
    return None


Replayer = Callable[[list[Event], bool], Ledger]


def without_reopenings(ledger: Ledger, events: list[Event], again: Replayer, trace: bool) -> Ledger:
    """``ledger`` with each event that reopens a paid note left out and reported.

    ``again(events, trace)`` replays a subset of ``events`` without this check.
    """
    found: list[Problem] = []
    for _ in range(len(events)):
        problem = find_reopening(events, ledger.rows, lambda evs: again(evs, False))
        if problem is None:
            break
        found.append(problem)
        events = [e for e in events if e.seq != problem.seq]
        ledger = again(events, trace)
    if not found:
        return ledger
    return replace(ledger, problems=ledger.problems + tuple(found))
