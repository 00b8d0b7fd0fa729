"""Accounting: the journal, trial balance, reconciliation and period closes, from the book.

:class:`AccountingDesk` (part of :class:`~promissory.app.service.Promissory`) reads each note's
events and the closes recorded for the party, and hands them to the pure core
(:func:`promissory.core.accounting.journal`).  For a settlement in kind it looks up each assigned
note's carrying amount on the settlement date from that note's own ledger (principal, and interest
accrued) and whether the lender assumed its obligations (the transfer the settlement wrote).
A close records, per note, the last event known when the period was closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from promissory.app.desk import Desk
from promissory.book.closes import CloseRow, add_close, list_closes
from promissory.core.accounting import (
    AssignedCarrying,
    Close,
    Frequency,
    Journal,
    TieLine,
    TrialBalance,
    journal,
    label,
    parse_period,
    party_of,
    reconcile,
    trial_balance,
)
from promissory.core.accounting.holders import holder_journal
from promissory.core.engine import position
from promissory.core.settlement import Settlement
from promissory.core.transfer import Transfer
from promissory.errors import InvalidInput

__all__ = ["AccountingDesk", "ClosedPeriod"]


@dataclass(frozen=True, slots=True)
class ClosedPeriod:
    """A period closed for a party: its label, last day, and each note's last event then."""

    party: str
    period: str
    period_end: date
    frequency: str
    heads: tuple[tuple[str, int], ...]
    closed_by: str

    def to_json(self) -> dict[str, object]:
        """The close as ``close --json`` and the HTTP API print it."""
        return {"party": self.party, "period": self.period,
                "period_end": self.period_end.isoformat(), "frequency": self.frequency,
                "notes": [{"note": n, "head": h} for n, h in self.heads],
                "closed_by": self.closed_by}  # fmt: skip


class AccountingDesk(Desk):
    """The journal and the closes (see the module docstring)."""

    def _assigned(self, note_id: str, events: Sequence[object]) -> dict[str, AssignedCarrying]:
        out: dict[str, AssignedCarrying] = {}
        known = set(self.book.note_ids())
        for e in events:
            if not isinstance(e, Settlement):
                continue
            for other in e.assigned_notes:
                if other not in known:
                    continue
                view = self.view(other)
                pos = position(view.ledger, e.effective_date)
                assumed = any(
                    isinstance(t, Transfer)
                    and t.settlement_id == e.settlement_id
                    and t.assumes_obligations
                    for t in view.events
                )
                out[other] = AssignedCarrying(
                    other, pos.principal, pos.interest + pos.default_interest, assumed
                )
        return out

    def _closes(self, party: str, note_id: str) -> tuple[Close, ...]:
        """The note's closes for ``party`` (a close covers the notes it was made for)."""
        return tuple(Close(r.period_end, r.head, r.period)
                     for r in list_closes(self.book, party) if r.note_id == note_id)  # fmt: skip

    def journal(
        self,
        note_ids: Sequence[str] | None,
        party: str,
        *,
        through: date | None = None,
        frequency: Frequency = "monthly",
        holder: str = "",
    ) -> tuple[Journal, ...]:
        """Each note's journal for ``party`` through ``through`` (today by default); with
        ``holder`` (the lender's side of one note held in parts) only that holder's books."""
        side = party_of(party)
        end = through or self.clock().date()
        if holder:
            return (self._holder_journal(note_ids, side, holder, end, frequency),)
        out = []
        for note_id in note_ids or self.book.note_ids():
            view = self.view(note_id)
            out.append(journal(
                view.record.terms, view.events, side, through=end, frequency=frequency,
                closes=self._closes(side, note_id), assigned=self._assigned(note_id, view.events),
            ))  # fmt: skip
        return tuple(out)

    def _holder_journal(self, note_ids: Sequence[str] | None, side: str, holder: str,
                        end: date, frequency: Frequency) -> Journal:  # fmt: skip
        if side != "lender" or not note_ids or len(note_ids) != 1:
            raise InvalidInput(f"a holder's journal ({holder}) is the lender's side of one note: "
                               "ask for one note and the party lender")  # fmt: skip
        view = self.view(note_ids[0])
        terms = view.record.terms
        entries = holder_journal(terms, view.events, holder, through=end, frequency=frequency)
        return Journal(terms.id, "lender", terms.currency, frequency, end, entries, ())

    def trial_balance(self, note_id: str, party: str, as_of: date, *,
                      frequency: Frequency = "monthly") -> TrialBalance:  # fmt: skip
        (j,) = self.journal([note_id], party, through=as_of, frequency=frequency)
        return trial_balance(j, as_of)

    def reconcile(self, note_id: str, party: str, through: date, *,
                  frequency: Frequency = "monthly") -> tuple[Journal, tuple[TieLine, ...]]:  # fmt: skip
        (j,) = self.journal([note_id], party, through=through, frequency=frequency)
        return j, reconcile(j)

    def close_period(self, period: str, party: str, *, note_ids: Sequence[str] | None = None,
                     closed_by: str = "") -> ClosedPeriod:  # fmt: skip
        """Close ``period`` (``2002-03``, ``2002-Q1``, ``2002-03-31``) for ``party``."""
        side = party_of(party)
        end, frequency = parse_period(period)
        now = self.clock()
        if end >= now.date():
            raise InvalidInput(f"period {period} ends on {end}; it can be closed from "
                               f"{end.toordinal() - now.date().toordinal() + 1} day(s) on, "
                               "once it has ended")  # fmt: skip
        ids = list(note_ids or self.book.note_ids())
        if not ids:
            raise InvalidInput("the book has no notes to close a period for")
        done = list_closes(self.book, side)
        later = [r for r in done if r.period_end >= end and r.note_id in ids]
        if later:
            raise InvalidInput(f"period {period} cannot be closed for the {side}: the period "
                               f"{later[-1].period} (ending {later[-1].period_end}) is already "
                               f"closed for note {later[-1].note_id}; closes go forward")  # fmt: skip
        rows = []
        for note_id in ids:
            self.note(note_id)  # NotFound names the notes in the book
            head = self.book.head(note_id)[0]
            rows.append(CloseRow(side, end, note_id, label(end, frequency), frequency, head,
                                 now, closed_by))  # fmt: skip
        add_close(self.book, rows)
        return ClosedPeriod(side, label(end, frequency), end, frequency,
                            tuple((r.note_id, r.head) for r in rows), closed_by)  # fmt: skip

    def closed_periods(self, party: str | None = None) -> tuple[ClosedPeriod, ...]:
        side = party_of(party) if party is not None else None
        grouped: dict[tuple[str, date], list[CloseRow]] = {}
        for r in list_closes(self.book, side):
            grouped.setdefault((r.party, r.period_end), []).append(r)
        return tuple(
            ClosedPeriod(
                p,
                rows[0].period,
                end,
                rows[0].frequency,
                tuple((r.note_id, r.head) for r in rows),
                rows[0].closed_by,
            )
            for (p, end), rows in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        )
