"""The columnar exact engine: the portfolio figures of many notes at once, in Polars on integers.

**What it covers** (the rest goes to the per-note engine, :mod:`promissory.core.portfolio`):

* terms (:func:`columnar_terms`): a fixed contract rate (no steps, no floating rate), not negative;
  simple interest (no ``compounding``); interest payable at maturity (no ``payable``); no
  installments (no ``[schedule]``); day count ``ACT/360`` or ``ACT/365F`` without counting the
  first and last day; the standard waterfall (expenses, default interest, interest, principal);
  prepayment allowed without premium (step-down or yield maintenance); not payable on demand;
  no borrowing base (``[collateral] advance_rate``); no escrow, no fees of the terms
  (``[[fees]]``) and no late charge (so its ``late_charges`` and ``fees`` are zero);
* events: only advances, payments and Lender Expenses, in the note's currency, recorded in the
  order they take effect (sorting by date, same-day rank and sequence leaves the sequence
  ascending, so no payment is ever reopened);
* every event on or before ``as_of`` is one the per-note engine accepts.  The engine checks each
  rule those kinds meet (not before the issue date, nothing after payoff, an advance within the
  draw period, before maturity and within the available commitment, no payment beyond the
  payoff); a note that breaks one is handed to the per-note engine, which reports the problem
  and leaves the event out.

**Exactness.**  Amounts are integers in the currency's minor unit (cents), which every amount of
a covered note is (the codec refuses finer ones).  A rate with ``R`` decimal places is the integer
``rate × 10^R``.  Interest accrued over ``d`` actual days at principal ``P`` (minor units) is
``P × rate × d / basis`` exactly, so the engine keeps, per note, the integer numerator ``num`` of
the accrued interest over the note's denominator ``D = basis × 10^R`` (in minor units): each
accrual adds ``P × (rate × 10^R) × d`` to it, which is exact integer arithmetic in Int128
(|num| < 2^127; a note whose ``commitment × rate × days`` could come near that is not covered).
This is the per-note engine's own arithmetic: it keeps ``Exact(P × rate × d, basis)`` with a
Decimal numerator and adds numerators over the same basis.  Rounding happens at the same named
points — a payment posts ``round(num / D)`` under the note's policy, a position shows it — by
an integer floor division and a comparison of the remainder (every mode of
:class:`~promissory.core.money.RoundingMode`, to any power-of-ten quantum at least the minor
unit).  No float and no decimal context touch a figure.

The engine steps through the events of all notes together: step *k* applies every note's
*k*-th event (in replay order) as column expressions, so a book of notes with ten events each
takes ten vectorised steps whatever its size.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import numpy as np
import polars as pl

from promissory.codec.columns import columnar_terms
from promissory.core.kinds import RANK
from promissory.core.money import RoundingMode
from promissory.core.portfolio import LADDER

__all__ = ["COLUMNAR_KINDS", "ColumnarResult", "columnar_figures", "columnar_terms"]

#: The event kinds the columnar engine applies.
COLUMNAR_KINDS: Final = ("advance", "expense", "payment")
#: Above this, ``commitment × rate × days`` might not fit int64 with headroom: per-note engine
#: (checked in float64, whose relative error of 2^-52 cannot bridge the factor of 4 to 2^63).
_NUM_LIMIT: Final = float(2**61)  # float-ok: a bound on a float64 overflow check, not money
#: No amount of a covered note is this large (so ten of them add up within int64).
_AMOUNT_LIMIT: Final = 2**52
_EPOCH: Final = date(1970, 1, 1)
#: the rounding modes as small integers inside the engine
_MODES: Final = {mode.value: code for code, mode in enumerate(RoundingMode)}
_MODE_OF: Final = dict(enumerate(RoundingMode))


def _days(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.Int32)


def _round_one(num: np.ndarray, step: np.ndarray, mode: RoundingMode) -> np.ndarray:
    """``num / step`` rounded to an integer under one ``mode``, exactly (integer operations on
    the magnitude and the sign, or on the floor quotient and remainder)."""
    sign = np.where(num < 0, -1, 1)
    size = np.abs(num)
    if mode is RoundingMode.HALF_UP:
        return np.asarray(sign * ((2 * size + step) // (2 * step)))
    if mode is RoundingMode.HALF_DOWN:
        return np.asarray(sign * ((2 * size + step - 1) // (2 * step)))
    if mode is RoundingMode.UP:
        return np.asarray(sign * ((size + step - 1) // step))
    if mode is RoundingMode.DOWN:
        return np.asarray(sign * (size // step))
    if mode is RoundingMode.FLOOR:
        return np.asarray(num // step)
    if mode is RoundingMode.CEILING:
        return np.asarray(-((-num) // step))
    q = num // step  # half-even, on the floor quotient: symmetric, so the sign does not matter
    twice = 2 * (num - q * step)
    return np.asarray(np.where((twice > step) | ((twice == step) & (q % 2 == 1)), q + 1, q))


def _round(num: np.ndarray, step: np.ndarray, mode: np.ndarray) -> np.ndarray:
    """``num / step`` rounded to an integer under each note's ``mode`` (its code in ``_MODES``):
    the rule of :func:`promissory.core.money._round_integer`, exactly."""
    modes = np.unique(mode) if mode.size else mode
    if modes.size == 1:
        return _round_one(num, step, _MODE_OF[int(modes[0])])
    out = np.empty_like(num)
    for code in modes:
        at = mode == code
        out[at] = _round_one(num[at], step[at], _MODE_OF[int(code)])
    return out


class ColumnarResult:
    """The figures the engine computed (``figures``) and the notes it handed back (``declined``)."""

    def __init__(self, figures: pl.DataFrame, declined: list[str], computed: np.ndarray) -> None:
        self.figures = figures
        self.declined = declined
        self.computed = computed  #: per note of the chunk: whether ``figures`` holds it


_ADVANCE, _EXPENSE, _PAYMENT = 1, 2, 3
_KIND_CODES: Final = {"advance": _ADVANCE, "expense": _EXPENSE, "payment": _PAYMENT}
#: the same-day rank (``kinds.RANK``) of each kind code (0: a kind the engine does not apply)
_RANK_OF_CODE: Final = np.array([-1, *(RANK[k] for k in ("advance", "expense", "payment"))])
_NOT_PAID: Final = np.iinfo(np.int32).max


class _Notes:
    """The working state of the covered notes, one numpy array per field (int64 unless said)."""

    def __init__(self, f: pl.DataFrame) -> None:
        def col(name: str, dtype: type = np.int64) -> np.ndarray:
            return f[name].to_numpy().astype(dtype)

        self.commitment, self.rate = col("commitment"), col("rate")
        self.revolving = col("revolving", bool)
        self.issue, self.maturity = col("issue"), col("maturity_day")
        self.last_draw = col("last_draw")
        self.D = col("basis") * 10 ** col("rate_places")
        self.shift = 10 ** col("round_shift")
        self.step = self.D * self.shift
        self.mode = col("mode", np.int8)
        self.modes = np.unique(self.mode)
        n = f.height
        self.principal, self.advanced, self.expenses, self.num = (np.zeros(n, np.int64)
                                                                  for _ in range(4))  # fmt: skip
        self.through = self.issue.copy()
        self.paid_on = np.full(n, _NOT_PAID, np.int64)
        self.drawn, self.bad = np.zeros(n, bool), np.zeros(n, bool)

    def posted(self) -> np.ndarray:
        """Accrued interest as posted: ``num / D`` rounded to the quantum, in minor units."""
        if self.modes.size == 1:
            return np.asarray(_round_one(self.num, self.step, _MODE_OF[int(self.modes[0])])
                              * self.shift)  # fmt: skip
        return np.asarray(_round(self.num, self.step, self.mode) * self.shift)

    def available(self, day: np.ndarray) -> np.ndarray:
        used = np.where(self.revolving, self.principal, self.advanced)
        closed = (self.paid_on != _NOT_PAID) | (day > self.last_draw) | (day >= self.maturity)
        return np.where(closed, 0, np.maximum(self.commitment - used, 0))

    def accrue(self, go: np.ndarray, day: np.ndarray) -> None:
        """Interest on the principal for the actual days from ``through`` to ``day``."""
        days = np.maximum(day - self.through, 0)
        self.num = np.where(go, self.num + self.principal * self.rate * days, self.num)
        self.through = np.where(go, np.maximum(self.through, day), self.through)

    def apply(self, kind: np.ndarray, day: np.ndarray, amount: np.ndarray) -> None:
        """Apply each note's next event (``kind`` 0 for a note without one): the handlers of
        :mod:`promissory.core.handlers` for advances, expenses and payments, and their rules."""
        live = (kind != 0) & ~self.bad
        advance = kind == _ADVANCE
        refused = (day < self.issue) | ((self.paid_on != _NOT_PAID) & (day >= self.paid_on))
        if advance.any():
            refused |= advance & ((day > self.last_draw) | (day >= self.maturity)
                                  | (amount > self.available(day)))  # fmt: skip
        self.bad |= live & refused
        go = live & ~self.bad
        self.accrue(go, day)
        pay = go & (kind == _PAYMENT)
        if pay.any():
            self._pay(pay, day, amount)
        advance &= go
        self.principal += np.where(advance, amount, 0)
        self.advanced += np.where(advance, amount, 0)
        self.drawn |= advance
        self.expenses += np.where(go & (kind == _EXPENSE), amount, 0)

    def _pay(self, pay: np.ndarray, day: np.ndarray, amount: np.ndarray) -> None:
        """Payments (where ``pay``): expenses, then interest as posted, then principal (the
        standard waterfall); more than everything owed is refused (an overpayment)."""
        due = self.posted()
        to_expenses = np.where(pay, np.minimum(self.expenses, amount), 0)
        rest = amount - to_expenses
        to_interest = np.where(pay & (due > 0), np.minimum(due, rest), 0)
        rest -= to_interest
        to_principal = np.where(pay & (self.principal > 0), np.minimum(self.principal, rest), 0)
        self.bad |= pay & (rest - to_principal > 0)
        pay &= ~self.bad
        self.principal -= np.where(pay, to_principal, 0)
        self.expenses -= np.where(pay, to_expenses, 0)
        closed = pay & (to_interest != 0) & (to_interest == due)  # posted in full: residue closed
        self.num = np.where(closed, 0, np.where(pay, self.num - to_interest * self.D, self.num))
        # a part payment never leaves the exact accrual below zero (core.run._after_paying)
        self.num = np.where(pay & (self.num < 0), 0, self.num)
        cleared = pay & (self.principal == 0) & (self.expenses == 0)
        if cleared.any():
            cleared &= self.posted() == 0
            paid = cleared & ((self.available(day) == 0) | (day >= self.last_draw))
            self.num = np.where(cleared, 0, self.num)
            self.paid_on = np.where(paid, day, self.paid_on)


def columnar_figures(notes: pl.DataFrame, events: pl.DataFrame, as_of: date) -> ColumnarResult:
    """The figures of the notes of a chunk the engine covers (the snapshot's columns).

    ``notes`` are a part's notes (``columnar`` true for terms it covers) and ``events`` all
    their events, sorted by ``note_index`` (the note's row) and ``seq``.  Notes with ``columnar``
    true that the engine does not cover after all (their events, a broken rule, a bound) are
    ``declined``; the others are computed.
    """
    as_day = (as_of - _EPOCH).days
    n = notes.height
    notes = notes.with_columns(
        issue=_days("issue_date"), maturity_day=_days("maturity"), last_draw=_days("last_draw_date"),
        mode=pl.col("round_mode").replace_strict(_MODES, default=0, return_dtype=pl.Int8),
    ).with_columns(
        pl.col("commitment", "rate", "rate_places", "round_shift", "last_draw").fill_null(0),
        pl.col("basis").fill_null(1), pl.col("revolving").fill_null(False),
    )  # fmt: skip
    ni = events["note_index"].to_numpy().astype(np.int64)
    if ni.size and np.any(np.diff(ni) < 0):
        events = events.sort("note_index", "seq")
        ni = events["note_index"].to_numpy().astype(np.int64)
    code = events["kind"].replace_strict(_KIND_CODES, default=0, return_dtype=pl.Int8).to_numpy()
    day = events["effective_date"].cast(pl.Int32).to_numpy().astype(np.int64)
    amount = events["amount"]
    ok = (
        (code != 0)
        & amount.is_not_null().to_numpy()
        & (amount.fill_null(0).abs() < _AMOUNT_LIMIT).to_numpy()
        & (events["currency"] == notes["currency"].gather(ni)).fill_null(False).to_numpy()
    )
    amounts = amount.fill_null(0).to_numpy().astype(np.int64)
    # recorded in the order they take effect: along a note's sequence, (date, same-day rank)
    # never goes back, so sorting by (date, rank, sequence) keeps the sequence order
    rank = _RANK_OF_CODE[code]
    same = np.r_[False, ni[1:] == ni[:-1]]
    back = np.r_[False, (day[1:] < day[:-1]) | ((day[1:] == day[:-1]) & (rank[1:] < rank[:-1]))]
    broken = np.bincount(ni[~ok | (same & back)], minlength=n) > 0
    # all of a note's amounts together stay far inside int64 (expenses add up; float64 is enough
    # to compare against a bound a factor of 4 below 2^63)
    broken |= np.bincount(ni, weights=np.abs(amounts).astype(np.float64), minlength=n) >= _NUM_LIMIT
    span = np.maximum(as_day - notes["issue"].to_numpy().astype(np.float64), 0) + 1
    bound = (notes["commitment"].to_numpy().astype(np.float64)
             * notes["rate"].to_numpy().astype(np.float64) * span)  # fmt: skip
    step = (notes["basis"].to_numpy().astype(np.float64)
            * 10.0 ** notes["rate_places"].to_numpy().astype(np.float64)
            * 10.0 ** notes["round_shift"].to_numpy().astype(np.float64))  # fmt: skip
    covered = notes["columnar"].fill_null(False).to_numpy()
    eligible = covered & ~broken & (bound < _NUM_LIMIT) & (step < _NUM_LIMIT)
    state = _Notes(notes)
    state.bad = ~eligible
    # each note's events on or before as_of, in replay order, laid out as k × notes
    keep = (day <= as_day) & eligible[ni]
    at = ni[keep]
    if at.size:
        starts = np.r_[0, np.flatnonzero(np.diff(at)) + 1]
        k = np.arange(at.size) - np.repeat(starts, np.diff(np.r_[starts, at.size]))
        width = (int(k.max()) + 1, n)
        kinds, days, sums = (np.zeros(width, np.int8), np.zeros(width, np.int64),
                             np.zeros(width, np.int64))  # fmt: skip
        kinds[k, at], days[k, at], sums[k, at] = code[keep], day[keep], amounts[keep]
        for i in range(width[0]):
            state.apply(kinds[i], days[i], sums[i])
    state.accrue(~state.bad, np.full(n, as_day, np.int64))
    declined = notes.filter(pl.Series(covered & state.bad))["note_id"].to_list()
    return ColumnarResult(_figures(notes, state, as_day), declined, ~state.bad)


def _figures(notes: pl.DataFrame, st: _Notes, as_day: int) -> pl.DataFrame:
    """The figures frame (``promissory.portfolio.frame.FIGURES``) of the notes' final states."""
    at = pl.lit(as_day, pl.Int32)
    s = notes.select(
        "note_id", "lender", "borrower", "currency", "scale", "commitment", "revolving",
        "last_draw", maturity=pl.col("maturity_day"),
    ).with_columns(
        principal=pl.Series(st.principal), advanced=pl.Series(st.advanced),
        expenses=pl.Series(st.expenses), interest=pl.Series(st.posted()),
        num=pl.Series(st.num).cast(pl.Int128), den=pl.Series(st.D * 10 ** notes["scale"].fill_null(0).to_numpy().astype(np.int64))
        .cast(pl.Int128),
        paid_on=pl.Series(st.paid_on),
        drawn=pl.Series(st.drawn), bad=pl.Series(st.bad),
        available=pl.Series(st.available(np.full(notes.height, as_day, np.int64))),
    ).with_columns(
        paid_on=pl.when(pl.col("paid_on") != _NOT_PAID).then(pl.col("paid_on"))
    ).filter(~pl.col("bad"))  # fmt: skip
    owed = (pl.col("principal") != 0) | (pl.col("expenses") != 0) | (pl.col("num") != 0)
    status = (
        pl.when(pl.col("paid_on").is_not_null())
        .then(pl.lit("paid"))
        .when((at >= pl.col("maturity")) & owed)
        .then(pl.lit("matured"))
        .when(~pl.col("drawn"))
        .then(pl.lit("undrawn"))
        .otherwise(pl.lit("active"))
    )
    s = s.with_columns(status=status)
    total = pl.col("principal") + pl.col("interest") + pl.col("expenses")
    late = pl.col("maturity") < at
    closed = pl.col("status") == "paid"
    to_maturity = pl.col("maturity") - at
    ladder = pl.when(closed).then(pl.lit("closed")).when(to_maturity <= 0).then(pl.lit("matured"))
    for name, last in LADDER:
        ladder = ladder.when(to_maturity <= last if last is not None else pl.lit(True)).then(
            pl.lit(name)
        )
    epoch = pl.lit(_EPOCH)
    s = s.with_columns(total=total)
    return s.select(
        "note_id",
        path=pl.lit("columnar"),
        lender="lender",
        borrower="borrower",
        currency="currency",
        scale=pl.col("scale").cast(pl.Int8),
        status="status",
        principal="principal",
        interest="interest",
        interest_num=pl.col("num"),
        interest_den=pl.col("den"),
        default_interest=pl.lit(0, pl.Int64),
        default_num=pl.lit(0, pl.Int128),
        default_den=pl.lit(1, pl.Int128),
        expenses="expenses",
        late_charges=pl.lit(0, pl.Int64),
        fees=pl.lit(0, pl.Int64),
        total="total",
        available="available",
        past_due=pl.when(late & (pl.col("total") > 0)).then(pl.col("total")).otherwise(0),
        days_past_due=pl.when(late & (pl.col("total") > 0))
        .then(at - pl.col("maturity"))
        .otherwise(0)
        .cast(pl.Int32),
        next_due_date=pl.when(late | closed)
        .then(pl.lit(None, pl.Date))
        .otherwise(epoch + pl.duration(days=pl.col("maturity"))),
        maturity=(epoch + pl.duration(days=pl.col("maturity"))).cast(pl.Date),
        maturity_bucket=ladder.otherwise(pl.lit("5y+")),
        collateral_value=pl.lit(None, pl.Int64),
        coverage=pl.lit(None, pl.Int64),
        filings_lapsing=pl.lit(0, pl.Int32),
    )
