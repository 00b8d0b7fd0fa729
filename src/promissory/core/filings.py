"""Financing statements: filing, lapse, continuation and termination (UCC 9-515, 9-513).

A security interest in the collateral is perfected by filing a financing statement (UCC-1) where the
debtor is located.  It is effective for **five years** after the date of filing and then lapses
(UCC 9-515(a)); a **continuation statement** may be filed only within the **six months before** the
lapse (9-515(d)) and keeps it effective for another five years from the lapse date (9-515(e)).  When
the debt is paid the secured party files a **termination statement** (UCC-3, 9-513).  The 2002
letter, ¶4: "The parties agree to file any and all financing statements ... necessary or desirable
to extinguish any security interest".

Events on the secured note: :class:`FinancingStatementFiled`, :class:`FinancingStatementContinued`
and :class:`FinancingStatementTerminated` (``filed=False``: marked for termination — a settlement
does this — with the UCC-3 still to file; ``filed=True``: the UCC-3 is filed).  The register warns
``collateral.lapse_warning_days`` (terms) before a lapse.  A filing of February 29 lapses on
February 28 five years on (there is no February 29 then).

Example: filed 2001-03-05 → lapses 2006-03-05; continuation window 2005-09-05 to 2006-03-04.

Replay checks the rules too (a number filed once; a continuation within its window and before the
lapse; no continuation or termination of a statement not on file or already terminated), keeping
the statements on file in the note's :class:`~promissory.core.state.State`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar, Final

from promissory.core.collateral import open_check
from promissory.core.engine import Run
from promissory.core.events import Event
from promissory.core.history import live_events
from promissory.core.kinds import declare
from promissory.core.money import ZERO_EXACT as _ZERO
from promissory.core.problems import Problem, Reject
from promissory.core.state import Split

LAPSE_YEARS: Final = 5
CONTINUATION_WINDOW_MONTHS: Final = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementFiled(Event):
    """A financing statement (UCC-1) filed on ``effective_date`` to perfect the security interest."""

    kind: ClassVar[str] = "ucc_filing"
    financial: ClassVar[bool] = False
    filing_number: str
    jurisdiction: str
    collateral_description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementContinued(Event):
    """A continuation statement filed on ``effective_date`` (within six months before lapse)."""

    kind: ClassVar[str] = "ucc_continuation"
    financial: ClassVar[bool] = False
    filing_number: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FinancingStatementTerminated(Event):
    """The financing statement is to end: marked for termination, or its UCC-3 filed (``filed``)."""

    kind: ClassVar[str] = "ucc_termination"
    financial: ClassVar[bool] = False
    filing_number: str
    filed: bool = False
    settlement_id: str = ""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")


@dataclass(frozen=True, slots=True)
class FinancingStatement:
    """One financing statement as it stands on ``as_of``.

    ``status``: ``effective``, ``lapsed``, ``termination to be filed`` (marked, e.g. by a
    settlement) or ``terminated`` (the UCC-3 is filed).
    """

    filing_number: str
    jurisdiction: str
    filed_on: date
    lapse_date: date
    continuations: tuple[date, ...]
    termination_marked_on: date | None
    terminated_on: date | None
    status: str
    warning: str | None
    continuation_window: tuple[date, date]


def financing_statements(
    events: Iterable[Event], as_of: date, warning_days: int = 180
) -> tuple[FinancingStatement, ...]:
    """Every financing statement filed on or before ``as_of``, with lapse dates and warnings."""
    filings: dict[str, dict[str, Any]] = {}
    for e in live_events(events):
        if e.effective_date > as_of:
            break
        if isinstance(e, FinancingStatementFiled):
            filings[e.filing_number] = {
                "jurisdiction": e.jurisdiction, "filed_on": e.effective_date,
                "lapse": add_months(e.effective_date, 12 * LAPSE_YEARS), "continuations": [],
                "marked": None, "terminated": None,
            }  # fmt: skip
        elif isinstance(e, FinancingStatementContinued) and e.filing_number in filings:
            f = filings[e.filing_number]
            f["continuations"].append(e.effective_date)
            f["lapse"] = add_months(f["lapse"], 12 * LAPSE_YEARS)
        elif isinstance(e, FinancingStatementTerminated) and e.filing_number in filings:
            f = filings[e.filing_number]
            f["marked"] = f["marked"] or e.effective_date
            if e.filed:
                f["terminated"] = e.effective_date
    out = []
    for number, f in filings.items():
        lapse: date = f["lapse"]
        window = (add_months(lapse, -CONTINUATION_WINDOW_MONTHS), lapse - timedelta(days=1))
        warning = None
        if f["terminated"] is not None:
            status = "terminated"
        elif f["marked"] is not None:
            status = "termination to be filed"
            warning = f"financing statement {number}: file the termination statement (UCC-3)"
        elif as_of >= lapse:
            status = "lapsed"
            warning = f"financing statement {number} ({f['jurisdiction']}) lapsed on {lapse}"
        else:
            status = "effective"
            left = (lapse - as_of).days
            if left <= warning_days:
                warning = (
                    f"financing statement {number} ({f['jurisdiction']}) lapses on {lapse}, in "
                    f"{left} days: file a continuation from {window[0]} to {window[1]} "
                    "(UCC 9-515(d))"
                )
        out.append(
            FinancingStatement(
                number,
                f["jurisdiction"],
                f["filed_on"],
                lapse,
                tuple(f["continuations"]),
                f["marked"],
                f["terminated"],
                status,
                warning,
                window,
            )
        )
    return tuple(out)


def filing_problems(note_id: str, events: Iterable[Event], candidate: Event) -> list[Problem]:
    """Why a financing-statement event cannot be recorded (empty when it can).

    The same rules, with the same messages, are the validators of these kinds and run on replay
    (``_new_number``, ``_on_file``); of two statements with one number, the later-dated one is
    reported there.
    """
    day = candidate.effective_date
    events = tuple(events)
    known = {f.filing_number: f for f in financing_statements(events, day)}
    message, code = None, ""
    if isinstance(candidate, FinancingStatementFiled):
        # a filing number is filed once, whatever the dates (a back-dated duplicate included)
        ever = {f.filing_number for f in financing_statements(events, date.max)}
        if candidate.filing_number in known or candidate.filing_number in ever:
            message, code = (
                f"financing statement {candidate.filing_number} is already on file",
                "duplicate-filing",
            )
    elif isinstance(candidate, FinancingStatementContinued | FinancingStatementTerminated):
        f = known.get(candidate.filing_number)
        if f is None:
            message, code = (
                f"no financing statement {candidate.filing_number} on file for {note_id} by {day}",
                "unknown-filing",
            )
        elif f.status == "terminated":
            message, code = (
                f"financing statement {f.filing_number} was terminated on {f.terminated_on}",
                "terminated-filing",
            )
        elif isinstance(candidate, FinancingStatementContinued):
            start, end = f.continuation_window
            if f.status == "lapsed":
                message, code = (
                    f"financing statement {f.filing_number} lapsed on {f.lapse_date}; file a new one",
                    "lapsed-filing",
                )
            elif not start <= day <= end:
                message, code = (
                    f"a continuation of {f.filing_number} may be filed only in the six months "
                    f"before lapse, from {start} to {end} (UCC 9-515(d)); {day} is outside",
                    "continuation-window",
                )
    if message is None:
        return []
    return [Problem(note_id, 0, day, code, message)]


# -- the engine: the same rules on replay, and notations on the secured note's Schedule A ----------


def _on_record(run: Run, number: str) -> tuple[str, date, date | None] | None:
    return next((f for f in run.filed if f[0] == number), None)


def _new_number(run: Run, e: FinancingStatementFiled) -> None:
    if _on_record(run, e.filing_number) is not None:
        raise Reject("duplicate-filing",
                     f"financing statement {e.filing_number} is already on file")  # fmt: skip


def _on_file(run: Run, e: FinancingStatementContinued | FinancingStatementTerminated) -> None:
    """The statement is on file and not terminated; a continuation comes within its window.

    Resumed from a checkpoint written without the register, an unknown number is not decided.
    """
    f = _on_record(run, e.filing_number)
    day = e.effective_date
    if f is None:
        if run.registers_known:
            raise Reject("unknown-filing", f"no financing statement {e.filing_number} on file "
                         f"for {run.terms.id} by {day}")  # fmt: skip
        return
    _, lapse, terminated = f
    if terminated is not None:
        raise Reject("terminated-filing", f"financing statement {e.filing_number} was "
                     f"terminated on {terminated}")  # fmt: skip
    if isinstance(e, FinancingStatementContinued):
        start, end = add_months(lapse, -CONTINUATION_WINDOW_MONTHS), lapse - timedelta(days=1)
        if day >= lapse:
            raise Reject("lapsed-filing", f"financing statement {e.filing_number} lapsed on "
                         f"{lapse}; file a new one")  # fmt: skip
        if not start <= day <= end:
            raise Reject("continuation-window", f"a continuation of {e.filing_number} may be "
                         f"filed only in the six months before lapse, from {start} to {end} "
                         f"(UCC 9-515(d)); {day} is outside")  # fmt: skip


def _filing(run: Run, e: FinancingStatementFiled) -> None:
    lapse = add_months(e.effective_date, 12 * LAPSE_YEARS)
    run.filed = (*run.filed, (e.filing_number, lapse, None))
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO,
             f"UCC-1 {e.filing_number} filed in {e.jurisdiction}")  # fmt: skip


def _continuation(run: Run, e: FinancingStatementContinued) -> None:
    # five more years from the lapse date (UCC 9-515(e))
    run.filed = tuple((n, add_months(lapse, 12 * LAPSE_YEARS), end) if n == e.filing_number
                      else (n, lapse, end) for n, lapse, end in run.filed)  # fmt: skip
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO,
             f"continuation of {e.filing_number} filed")  # fmt: skip


def _termination(run: Run, e: FinancingStatementTerminated) -> None:
    if e.filed:
        run.filed = tuple((n, lapse, e.effective_date) if n == e.filing_number
                          else (n, lapse, end) for n, lapse, end in run.filed)  # fmt: skip
    what = "UCC-3 termination filed" if e.filed else "marked for termination"
    run._row(e.seq, e.effective_date, e.kind, None, Split(), _ZERO, f"{e.filing_number}: {what}")


declare(FinancingStatementFiled, _filing, validators=(open_check, _new_number))
declare(FinancingStatementContinued, _continuation, validators=(open_check, _on_file))
declare(FinancingStatementTerminated, _termination, validators=(_on_file,))  # may follow payoff
