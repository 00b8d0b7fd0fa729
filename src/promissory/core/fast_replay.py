"""The plain note's fast path: a replay of advances, payments, Lender Expenses and notations on a
fixed rate, with Schedule A rows built when they are read.

Most notes on a lender's book are plain: a fixed rate on a fixed-basis day count ("a 360-day year
for actual days elapsed"), no installments, fees, PIK, escrow, borrowing base, rate steps or
capitalisation, a prepayment allowed without premium, and a history of draws, payments, the
lender's expenses and notations (after an opening balance, for a loan taken on).  For such a
note :func:`fast_rows` applies the events in one loop over a handful of local balances, with the
same arithmetic, in the same order, as :class:`~promissory.core.run.Run` and the built-in
handlers (``_advance``, ``_payment``, ``_expense``, ``_notation``, ``_opening_balance``), and
keeps each row as a compact tuple: the row's figures and the
balances after it.  :class:`Rows` is the ledger's sequence of Schedule A rows over those tuples;
a :class:`~promissory.core.state.ScheduleRow` and its :class:`~promissory.core.state.State` are
built the first time they are read (a position reads one; the book reads them all when it
stores a replay).

The fast path never decides a rule.  Whenever an event would meet one that could refuse it (an
advance beyond the commitment or after the draw period, an overpayment, anything after payoff,
another currency, an event recorded after a later-dated payment — the reopening check, an
opening balance that is not the first financial event or carries default interest), or the
note or an event is of another shape, it gives up and returns None, and the replay runs the
general engine from the start.  ``tests/core/test_fast_replay.py`` replays random plain histories
both ways and compares every row, state and problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, overload

from promissory.core.events import (
    Advance,
    Event,
    LenderExpense,
    Notation,
    OpeningBalance,
    Payment,
)
from promissory.core.kinds import KINDS, RANK
from promissory.core.money import EXACT, ZERO_EXACT, Exact, exact_ratio
from promissory.core.run import ONE_DAY, Run
from promissory.core.state import NO_SPLIT, ScheduleRow, Split, State
from promissory.core.terms import Bucket

if TYPE_CHECKING:
    from promissory.core.kinds import Handler, Validator

__all__ = ["Rows", "effective_dates", "fast_rows"]

ZERO = Decimal(0)

#: A row: (seq, date, kind, amount, split parts or None, residue, notation), and for a row that
#: moved money the balances after it: principal, interest, default interest, expenses, advanced,
#: accrued through, paid on, drawn, interest paid, residue closed.  A notation's row (seven
#: items) moved nothing and shares the state before it.  One flat tuple a row: every tuple more
#: is one more object for the cyclic garbage collector to walk once the replay is done.
Entry = tuple[Any, ...]
NOTATION = 7


_KINDS: dict[type[Event], str] = {
    record: record.kind for record in (Advance, Payment, LenderExpense, Notation, OpeningBalance)
}
#: each kind's built-in handler and validators, the only ones the loop below does the work of
_BUILTIN: dict[str, tuple[Handler | None, tuple[Validator, ...]]] = {}


def _plain(run: Run, start: State) -> bool:
    """Whether the note (its terms, and the state the run starts from) is one the fast path
    covers: everything the loop below leaves out is absent."""
    t = run.terms
    p = t.prepayment
    return (
        run.simple_path
        and not run.boundaries
        and not run.capitalisation_dates
        and not run.trace
        and run.installments is None
        and not run.late_days
        and not run.fee_days
        and not run.has_fees
        and run.pik is None
        and run.in_arrears is None
        and t.escrow is None
        and t.collateral.advance_rate is None
        and t.demanded_on is None
        and p.allowed
        and p.lockout_until is None
        and p.minimum is None
        and p.yield_maintenance is None
        and not p.premium
        and not start.in_default
        and not start.accelerated
        and start.paid_on is None
        and start.terminated_on is None
        and start.capitalise_on is None
        and not start.default_interest
        # Run.take rewrites a zero default interest as "0" at each payment; the loop keeps it as
        # it is, which is the same text unless it has a positive exponent ("0E+2")
        and _exponent(start.default_interest.numerator) <= 0
        and not start.late_charges
        and not start.fees
        and not start.unapplied
        and not start.fee_accrued
        and not start.pik_interest
        and _same_handlers()
    )


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _same_handlers() -> bool:
    """The four kinds still have their built-in handlers and validators (a plug-in could
    declare others)."""
    if not _BUILTIN:
        from promissory.core import handlers

        _BUILTIN.update(
            advance=(handlers._advance, ()),
            payment=(handlers._payment, (handlers._escrow_part_stated,)),
            expense=(handlers._expense, ()),
            notation=(handlers._notation, ()),
            opening_balance=(handlers._opening_balance, (handlers._first_financial,)),
        )
    for name, (handler, validators) in _BUILTIN.items():
        spec = KINDS.get(name)
        if spec is None or spec.handler is not handler or tuple(spec.validators) != validators:
            return False
    return True


def fast_rows(run: Run, start: State, ordered: Sequence[Event]) -> Rows | None:
    """The rows of ``ordered`` (in replay order) applied to ``start`` by the plain path, or None
    when the note or an event is not plain or an event would meet a rule (see the module)."""
    if not _plain(run, start):
        return None
    t = run.terms
    currency = t.currency
    issue, maturity = t.issue_date, t.maturity
    last_draw = t.last_draw_date
    commitment, revolving = t.commitment, t.revolving
    order = t.waterfall
    rounding = run.rounding
    rnd = rounding._round_ratio
    day_count = run.day_count
    days_between = day_count.days
    basis = run.basis
    rate = run.fixed_rate
    assert basis is not None and rate is not None
    inclusive = run.inclusive
    basis_decimal = Decimal(basis)
    add, sub, mul = EXACT.add, EXACT.subtract, EXACT.multiply
    kinds = _KINDS
    EXPENSES, INTEREST, PRINCIPAL = Bucket.EXPENSES, Bucket.INTEREST, Bucket.PRINCIPAL  # noqa: N806

    principal, interest = start.principal, start.interest
    default_interest, expenses = start.default_interest, start.expenses
    advanced, accrued_through = start.advanced, start.accrued_through
    paid_on: date | None = None
    drawn, interest_paid, residue_closed = start.drawn, start.interest_paid, start.residue_closed
    entries: list[Entry] = []
    append = entries.append
    latest = 0  # the reopening check: money-moving events recorded in date order
    moved = False  # a row of this run moved money (an opening balance must come first)

    for e in ordered:
        kind = kinds.get(type(e))
        if kind is None:
            return None
        day = e.effective_date
        if day < issue:
            return None  # before-issue
        if kind == "notation":
            append((e.seq, day, kind, None, None, ZERO_EXACT, e.text))  # type: ignore[attr-defined]
            continue
        if paid_on is not None and day >= paid_on:
            return None  # after-payoff
        if e.seq < latest:
            return None  # recorded after a later-dated event: the reopening check decides
        latest = e.seq
        if kind == "opening_balance":  # handlers._opening_balance, after _first_financial
            opening = _opening(e, currency, moved or drawn, start)  # type: ignore[arg-type]
            if opening is None:
                return None
            principal, interest, default_interest, expenses, advanced = opening
            drawn, moved, accrued_through = True, True, day
            append((e.seq, day, kind, principal, None, ZERO_EXACT, e.memo, False, principal,
                    interest, default_interest, expenses, advanced, accrued_through, paid_on,
                    drawn, interest_paid, residue_closed))  # fmt: skip
            continue
        moved = True
        money = e.amount  # type: ignore[attr-defined]
        if money.currency != currency:
            return None
        amount: Decimal = money.amount
        to = day + ONE_DAY if inclusive and kind == "payment" else day
        if to > accrued_through:  # Run.accrue's simple path
            if principal != 0:
                days = days_between(accrued_through, to, termination_date=maturity)
                num = mul(mul(principal, rate), Decimal(days))
                if interest.denominator == basis:
                    interest = exact_ratio(add(interest.numerator, num), basis)
                else:
                    interest = interest + exact_ratio(num, basis)
            accrued_through = to
        parts: tuple[Decimal, ...] | None = None
        residue = ZERO_EXACT
        text: str
        restated = False
        if kind == "advance":
            if day > last_draw or day >= maturity:
                return None
            used = principal if revolving else advanced
            if amount > max(ZERO, commitment - used):
                return None
            principal = add(principal, amount)
            advanced = add(advanced, amount)
            drawn = True
            text = e.memo
        elif kind == "payment":
            if e.escrow is not None:  # type: ignore[attr-defined]
                return None  # an escrow part, even a stated 0.00, is the general engine's
            paying = sub(amount, ZERO)
            if not paying:
                return None
            due_interest = rnd(interest.numerator, interest.denominator)
            p_exp = p_int = p_prin = ZERO
            remaining = paying
            for bucket in order:  # waterfall.allocate with nothing owed but these three
                if remaining <= 0:
                    break
                if bucket is EXPENSES:
                    if expenses > 0:
                        p_exp = expenses if expenses < remaining else remaining
                        remaining = sub(remaining, p_exp)
                elif bucket is INTEREST:
                    if due_interest > 0:
                        p_int = due_interest if due_interest < remaining else remaining
                        remaining = sub(remaining, p_int)
                elif bucket is PRINCIPAL and principal > 0:
                    p_prin = min(principal, remaining)
                    remaining = sub(remaining, p_prin)
            if remaining > 0:
                return None  # overpayment
            parts = (p_exp, ZERO, p_int, p_prin, ZERO, ZERO, ZERO)
            expenses = sub(expenses, p_exp)
            interest_paid = add(interest_paid, p_int + ZERO)
            principal = sub(principal, p_prin)
            # run._after_paying on the interest (default interest stays 0: nothing to pay)
            den = interest.denominator
            scale = basis_decimal if den == basis else Decimal(den)
            left = exact_ratio(sub(interest.numerator, mul(p_int, scale)), den)
            if (p_int and p_int == due_interest) or left.numerator < 0:
                interest, residue = ZERO_EXACT, left
                # Run.take adds the default interest's residue (zero) to it: a sum that writes a
                # zero with a positive exponent ("0E+2", from stored data) as "0"
                residue = residue + ZERO_EXACT
            else:
                interest = left
            if (principal == 0 and expenses == 0
                    and rnd(interest.numerator, interest.denominator) == 0):  # fmt: skip
                residue = residue + interest + default_interest
                interest = default_interest = ZERO_EXACT
                left_to_draw = (
                    ZERO
                    if day > last_draw or day >= maturity
                    else max(ZERO, commitment - (principal if revolving else advanced))
                )
                if left_to_draw == 0 or day >= last_draw:
                    paid_on = day
            if residue:
                residue_closed = residue_closed + residue
            allocation = e.allocation  # type: ignore[attr-defined]
            restated = allocation is not None and allocation != Split(*parts)
            text = e.memo
        else:  # expense
            expenses = add(expenses, amount)
            described, ref, memo = e.description, e.invoice_ref, e.memo  # type: ignore[attr-defined]
            text = (
                "; ".join([x for x in (described, ref or "", memo) if x])
                if ref or memo
                else described
            )
        append((e.seq, day, kind, amount, parts, residue, text, restated, principal, interest,
                default_interest, expenses, advanced, accrued_through, paid_on, drawn,
                interest_paid, residue_closed))  # fmt: skip
    return Rows(start, entries)


def _opening(
    e: OpeningBalance, currency: str, after_money: bool, start: State
) -> tuple[Decimal, Exact, Exact, Decimal, Decimal] | None:
    """An opening balance's (principal, interest, default interest, expenses, advanced), or None
    when it is the engine's to decide (not the first financial event, another currency) or to
    write (default interest, which the loop does not carry; a PIK register to clear)."""
    moneys = (e.principal, e.interest, e.default_interest, e.expenses)
    if after_money or any(m.currency != currency for m in moneys):
        return None
    if e.default_interest.amount or _exponent(e.default_interest.amount) > 0:
        return None
    if start.pik_interest is not ZERO_EXACT:
        return None  # the handler sets it to ZERO_EXACT; the rows copy the start's
    advanced = e.advanced.amount if e.advanced is not None else e.principal.amount
    return (e.principal.amount, Exact.of(e.interest.amount), Exact.of(e.default_interest.amount),
            e.expenses.amount, advanced)  # fmt: skip


def effective_dates(rows: Sequence[ScheduleRow]) -> list[date]:
    """Each row's effective date, without building the rows of a :class:`Rows`."""
    if isinstance(rows, Rows):
        return [entry[1] for entry in rows._entries]
    return [row.effective_date for row in rows]


def rows_of_seqs(rows: Sequence[ScheduleRow], seqs: Iterable[int]) -> dict[int, ScheduleRow]:
    """``{r.seq: r for r in rows}`` kept to the rows of ``seqs`` (the last row of a seq, as the
    mapping keeps), building only those rows of a :class:`Rows`: a write needs the rows of its
    new events, not the whole schedule."""
    wanted = set(seqs)
    if not wanted:
        return {}
    if isinstance(rows, Rows):
        at = {entry[0]: i for i, entry in enumerate(rows._entries) if entry[0] in wanted}
        return {seq: rows._row(i) for seq, i in at.items()}
    return {r.seq: r for r in rows if r.seq in wanted}


def splits_of_seqs(rows: Sequence[ScheduleRow], seqs: Iterable[int]) -> dict[int, Split]:
    """``{seq: row.split}`` of :func:`rows_of_seqs`, reading a :class:`Rows`' entries without
    building the rows (or their states): a payment's write keeps the split its replay gave it."""
    wanted = set(seqs)
    if not wanted:
        return {}
    if isinstance(rows, Rows):
        return {entry[0]: NO_SPLIT if entry[4] is None else Split(*entry[4])
                for entry in rows._entries if entry[0] in wanted}  # fmt: skip
    return {r.seq: r.split for r in rows if r.seq in wanted}


class Rows(Sequence[ScheduleRow]):
    """A ledger's Schedule A rows kept as compact entries, each row (and its state) built the
    first time it is read and kept.  It compares equal to any sequence of the same rows, and
    pickles as a plain tuple of them."""

    __slots__ = ("_entries", "_rows", "_start")

    def __init__(self, start: State, entries: list[Entry]) -> None:
        self._start = start
        self._entries = entries
        self._rows: list[ScheduleRow | None] = [None] * len(entries)

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> ScheduleRow: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[ScheduleRow, ...]: ...
    def __getitem__(self, index: int | slice) -> ScheduleRow | tuple[ScheduleRow, ...]:
        if isinstance(index, slice):
            return tuple(self._row(i) for i in range(*index.indices(len(self._entries))))
        n = len(self._entries)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("row index out of range")
        return self._row(index)

    def __iter__(self) -> Iterator[ScheduleRow]:
        for i in range(len(self._entries)):
            yield self._row(i)

    def key(self, i: int) -> tuple[int, int]:
        """Row ``i``'s place in replay order, (date ordinal, same-day rank), without building it
        (``engine.state_on`` searches by it)."""
        entry = self._entries[i]
        return entry[1].toordinal(), RANK[entry[2]]

    def _row(self, i: int) -> ScheduleRow:
        row = self._rows[i]
        if row is None:
            entry = self._entries[i]
            seq, day, kind, amount, parts, residue, text = entry[:NOTATION]
            split = NO_SPLIT if parts is None else Split(*parts)
            restated = len(entry) > NOTATION and entry[NOTATION]
            row = ScheduleRow(seq, day, kind, amount, split, residue, text, self._state(i), None,
                              restated)  # fmt: skip
            self._rows[i] = row
        return row

    def _state(self, i: int) -> State:
        """The state after row ``i``: a notation shares the one before it (or the start)."""
        entries = self._entries
        j = i
        while j >= 0 and len(entries[j]) == NOTATION:
            j -= 1
        if j < 0:
            return self._start
        if j != i:
            return self._row(j).state
        s = self._start
        (principal, interest, default_interest, expenses, advanced, accrued_through, paid_on,
         drawn, interest_paid, residue_closed) = entries[i][NOTATION + 1 :]  # fmt: skip
        return State(
            s.terms, principal, interest, default_interest, expenses, advanced, accrued_through,
            s.in_default, s.default_since, s.cure_deadline, s.accelerated, paid_on,
            s.terminated_on, drawn, interest_paid, residue_closed, s.capitalise_on, s.pledged,
            s.filed, s.registers_known, s.installments_paid, s.late_charges, s.late_checked,
            s.unapplied, s.plan_revisions, s.eligible, s.pik_interest, s.pik_elections, s.fees,
            s.fee_accrued, s.fees_billed_on, s.exit_fee_paid, s.fee_residue_closed, s.escrow,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Rows({tuple(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))
