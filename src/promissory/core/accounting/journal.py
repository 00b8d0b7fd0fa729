"""A note's journal for one party: the projection, with closed periods kept and corrections posted.

The projection (:mod:`promissory.core.accounting.project`) is a function of the ledger.  Two things
make a journal more than that:

**Reversals are reversing entries dated at the correction.**  A reversal dated ``r`` removes its
target from every day of the engine's history; the journal instead keeps the target's entries (and
the interest accrued on it) up to ``r`` and posts, on ``r``, one correction entry: the difference
between the accounts as the corrected ledger has them and as they stood.

**A closed period is never rewritten.**  A close (:class:`Close`) records the period end and the
note's last event (``head``) when it was made.  Up to a closed period end the journal is projected
from the events known at the close; an event recorded later — back-dated into the closed period, or
a reversal reaching into it — changes nothing there, and the first open period opens with one
correction entry (dated the day after the close) bringing every account to what the full ledger
says, its memo naming the events that caused it.  A back-dated event landing in an open period is
simply posted on its date (its memo says it was back-dated).

How: the timeline is cut at every close and the day before every reversal; each stretch is
projected from the events known for it, and at each cut the correction is the difference of the
account balances (ideal − actual), so it balances because both sides do.  After the last cut the
accounts equal the projection of the full ledger, so they tie to the engine at every open period
end; a closed period end ties to the engine as known at its close (:attr:`Journal.engine`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

from promissory.core.accounting.entries import JournalEntry, Posting
from promissory.core.accounting.periods import ONE_DAY, Frequency, period_ends
from promissory.core.accounting.project import AssignedCarrying, project
from promissory.core.accounting.roles import TIED, Party, normal_sign
from promissory.core.engine import position, replay
from promissory.core.events import Event, Reversal
from promissory.core.money import EXACT, Exact
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.core.transfer import holder_on
from promissory.errors import InvalidInput

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Close:
    """A closed period: ``period_end`` and the note's last event ``head`` when it was closed."""

    period_end: date
    head: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class EngineBalances:
    """The engine's figures for the note at a period end, from the ledger the journal used there
    (as known at the close, for a closed period).  Rounded and exact interest; ``closed`` whether
    the period was closed."""

    end: date
    principal: Decimal
    interest: Decimal
    interest_exact: Exact
    default_interest: Decimal
    default_interest_exact: Exact
    expenses: Decimal
    closed: bool
    late_charges: Decimal = ZERO
    unapplied: Decimal = ZERO
    fees: Decimal = ZERO  # fees of the terms charged and unpaid ([[fees]]; State.fees)
    escrow: Decimal = ZERO  # the escrow balance held for the borrower (not part of the debt)
    #: the unused-commitment fee accrued and not yet billed, rounded and exact (State.fee_accrued)
    fees_accrued: Decimal = ZERO
    fees_accrued_exact: Exact | None = None


@dataclass(frozen=True, slots=True)
class Journal:
    """One note's journal for one party through ``through``, with the engine's balances at every
    period end (for the trial balance and the reconciliation)."""

    note_id: str
    party: Party
    currency: str
    frequency: Frequency
    through: date
    entries: tuple[JournalEntry, ...]
    engine: tuple[EngineBalances, ...]
    closes: tuple[Close, ...] = ()


#: An account of a journal: its role and the other note it is kept for ("" for the note's own).
Key = tuple[str, str]


def _balances(entries: Iterable[JournalEntry]) -> dict[Key, Decimal]:
    out: dict[Key, Decimal] = {}
    for e in entries:
        for p in e.postings:
            out[p.role, p.about] = EXACT.add(out.get((p.role, p.about), ZERO), p.amount)
    return out


def _describe(e: Event) -> str:
    if isinstance(e, Reversal):
        reason = f" ({e.reason})" if e.reason else ""
        return f"reversal #{e.seq} of #{e.target_seq} dated {e.effective_date}{reason}"
    return f"{e.kind} #{e.seq} dated {e.effective_date} recorded on {e.recorded_at.date()}"


def journal(
    terms: Terms,
    events: Sequence[Event],
    party: Party,
    *,
    through: date,
    frequency: Frequency = "monthly",
    closes: Sequence[Close] = (),
    assigned: Mapping[str, AssignedCarrying] | None = None,
) -> Journal:
    """The party's journal of the note through ``through`` (see the module docstring)."""
    ordered = sorted(events, key=lambda e: e.seq)
    closes = tuple(sorted(closes, key=lambda c: c.period_end))
    for a, b in pairwise(closes):
        if a.period_end == b.period_end or a.head > b.head:
            raise InvalidInput(f"closes of {terms.id} out of order: {a.period_end} (through "
                               f"#{a.head}) and {b.period_end} (through #{b.head})")  # fmt: skip
    start = terms.issue_date
    ends = period_ends(start, through, frequency)
    last_closed = closes[-1].period_end if closes else None
    cuts = {c.period_end for c in closes if start <= c.period_end < through}
    cuts |= {e.effective_date - ONE_DAY for e in ordered
             if isinstance(e, Reversal) and start <= e.effective_date - ONE_DAY < through}  # fmt: skip
    bounds = [*sorted(cuts), through]

    # each stretch's events; a set of events is replayed and projected once, as far as needed
    stretches: list[tuple[date, list[Event], frozenset[int]]] = []
    reach: dict[frozenset[int], date] = {}
    for hi in bounds:
        head = next((c.head for c in closes if c.period_end >= hi), None)
        known = [e for e in ordered if head is None or e.seq <= head]
        kept = [e for e in known if not (isinstance(e, Reversal) and e.effective_date > hi)]
        key = frozenset(e.seq for e in kept)
        stretches.append((hi, kept, key))
        reach[key] = max(reach.get(key, hi), hi)
    cache: dict[frozenset[int], tuple[list[JournalEntry], Ledger]] = {}
    actual: list[JournalEntry] = []
    engine: list[EngineBalances] = []
    lo = start - ONE_DAY
    before: tuple[list[Event], frozenset[int]] | None = None
    for hi, kept, key in stretches:
        if key not in cache:
            ledger = replay(terms, kept)
            ends_key = [d for d in ends if d <= reach[key]]
            cache[key] = (project(ledger, kept, party, ends_key, reach[key], frequency, assigned),
                          ledger)  # fmt: skip
        projected, ledger_obj = cache[key]
        if before is not None and key != before[1]:
            correction = _correction(terms, party, lo, before[0], kept, projected, actual)
            if correction is not None:
                actual.append(correction)
        actual.extend(e for e in projected if lo < e.day <= hi)
        for end in ends:
            if lo < end <= hi:
                pos = position(ledger_obj, end)
                engine.append(EngineBalances(
                    end, pos.principal, pos.interest, pos.interest_exact, pos.default_interest,
                    pos.default_interest_exact, pos.expenses,
                    last_closed is not None and end <= last_closed, pos.late_charges,
                    pos.state.unapplied, pos.state.fees, pos.escrow,
                    terms.rounding.round(pos.state.fee_accrued), pos.state.fee_accrued))  # fmt: skip
        before, lo = (kept, key), hi
    return Journal(terms.id, party, terms.currency, frequency, through, tuple(actual),
                   tuple(engine), closes)  # fmt: skip


def _correction(terms: Terms, party: Party, lo: date, before: list[Event], kept: list[Event],
                projected: list[JournalEntry], actual: list[JournalEntry]) -> JournalEntry | None:  # fmt: skip
    """The entry on ``lo`` + 1 that brings the accounts from ``actual`` to the projection."""
    ideal = _balances(e for e in projected if e.day <= lo)
    held = _balances(actual)
    roles = list(dict.fromkeys([*ideal, *held]))
    postings = tuple(
        Posting(r[0], d, r[1])
        for r in roles
        if (d := EXACT.subtract(ideal.get(r, ZERO), held.get(r, ZERO)))
    )
    if not postings:
        return None
    seen = {e.seq for e in before}
    new = [
        e for e in kept if e.seq not in seen and (isinstance(e, Reversal) or e.effective_date <= lo)
    ]
    still = {k.seq for k in kept}
    gone = [e for e in before if e.seq not in still]
    day = lo + ONE_DAY
    why = "; ".join(_describe(e) for e in new) or "events withdrawn: " + ", ".join(
        f"#{e.seq}" for e in gone
    )
    closed = any(not isinstance(e, Reversal) for e in new) or any(
        isinstance(e, Reversal) and e.effective_date != day for e in new
    )
    if closed:
        memo = (f"correction posted in the open period: the period through {lo} is closed and "
                f"stays as closed; it reflects {why}")  # fmt: skip
    else:
        memo = f"reversing entry dated at the correction: {why}"
    holder = holder_on(terms, kept, day)
    entity, other = (holder, terms.borrower.name) if party == "lender" else (
        terms.borrower.name, holder)  # fmt: skip
    seq = new[0].seq if len(new) == 1 else None
    return JournalEntry(terms.id, party, day, "correction", seq, entity, terms.currency, memo,
                        postings, other)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TrialLine:
    """One account's balance: debit or credit (one of them is zero); ``about`` as in
    :class:`~promissory.core.accounting.entries.Posting`."""

    role: str
    debit: Decimal
    credit: Decimal
    about: str = ""


@dataclass(frozen=True, slots=True)
class TrialBalance:
    """The accounts at the end of ``as_of``; ``debits`` equal ``credits`` when the books balance."""

    note_id: str
    party: Party
    as_of: date
    currency: str
    lines: tuple[TrialLine, ...]

    @property
    def debits(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)


def balances_on(j: Journal, as_of: date) -> dict[Key, Decimal]:
    """Each account's balance (debit positive) at the end of ``as_of``, by (role, about)."""
    return _balances(e for e in j.entries if e.day <= as_of)


def trial_balance(j: Journal, as_of: date) -> TrialBalance:
    lines = tuple(
        TrialLine(key[0], amount if amount > 0 else ZERO, -amount if amount < 0 else ZERO, key[1])
        for key, amount in sorted(balances_on(j, as_of).items())
        if amount != 0
    )
    return TrialBalance(j.note_id, j.party, as_of, j.currency, lines)


@dataclass(frozen=True, slots=True)
class TieLine:
    """One balance tied at a period end: the engine's figure (rounded, and exact where interest
    is concerned), the account's balance (as a positive amount owed), their ``difference`` (zero
    when they tie) and the ``residue`` of rounding (exact − rounded) the engine still holds."""

    end: date
    balance: str
    role: str
    engine: Decimal
    account: Decimal
    exact: Exact
    closed: bool

    @property
    def difference(self) -> Decimal:
        return EXACT.subtract(self.account, self.engine)

    @property
    def residue(self) -> Exact:
        return self.exact - self.engine

    @property
    def ties(self) -> bool:
        return self.difference == 0


def reconcile(j: Journal) -> tuple[TieLine, ...]:
    """Every receivable (payable) account, and the unapplied funds and the escrow held (a
    liability of the lender, an asset of the borrower), against the engine's balance at every period end."""
    out: list[TieLine] = []
    entries = sorted(j.entries, key=lambda e: e.day)
    held: dict[str, Decimal] = {}
    i = 0
    for b in j.engine:
        while i < len(entries) and entries[i].day <= b.end:
            for p in entries[i].postings:
                if not p.about:
                    held[p.role] = EXACT.add(held.get(p.role, ZERO), p.amount)
            i += 1
        figures = {
            "principal": (b.principal, Exact.of(b.principal)),
            "interest": (b.interest, b.interest_exact),
            "default_interest": (b.default_interest, b.default_interest_exact),
            "expenses": (b.expenses, Exact.of(b.expenses)),
            "late_charges": (b.late_charges, Exact.of(b.late_charges)),
            "unapplied": (b.unapplied, Exact.of(b.unapplied)),
            "fees": (b.fees, Exact.of(b.fees)),
            "escrow": (b.escrow, Exact.of(b.escrow)),
            "fees_accrued": (b.fees_accrued, b.fees_accrued_exact or Exact.of(b.fees_accrued)),
        }
        for name, role in TIED[j.party]:
            engine, exact = figures[name]
            sign = Decimal(normal_sign(j.party, role))
            account = EXACT.multiply(sign, held.get(role, ZERO))
            out.append(TieLine(b.end, name, role, engine, account, exact, b.closed))
    return tuple(out)
