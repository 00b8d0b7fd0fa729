"""The columnar exact engine: the portfolio figures of many notes at once, in Polars on integers.

**What it covers** (the rest goes to the per-note engine, :mod:`promissory.core.portfolio`):

* terms (:func:`columnar_terms`): a fixed contract rate (no steps, no floating rate), not negative;
  simple interest (no ``compounding``); interest payable at maturity (no ``payable``); no
  installments (no ``[schedule]``); day count ``ACT/360`` or ``ACT/365F`` without counting the
  first and last day; the standard waterfall (expenses, default interest, interest, principal);
  prepayment allowed without premium;
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
from decimal import Decimal
from typing import Any, Final

import polars as pl

from promissory.core import rates
from promissory.core.daycount import get_day_count
from promissory.core.kinds import RANK
from promissory.core.money import EXACT, MINOR_UNITS, RoundingMode
from promissory.core.portfolio import LADDER
from promissory.core.terms import DEFAULT_WATERFALL, Terms

__all__ = ["COLUMNAR_KINDS", "ColumnarResult", "columnar_figures", "columnar_terms"]

#: The event kinds the columnar engine applies.
COLUMNAR_KINDS: Final = ("advance", "expense", "payment")
#: Day counts whose year fraction is actual days over a fixed basis.
_BASES: Final = {"ACT/360": 360, "ACT/365F": 365}
#: Above this, ``commitment × rate × days`` might not leave Int128 headroom: per-note engine.
_NUM_LIMIT: Final = 2**100
_EPOCH: Final = date(1970, 1, 1)
#: the rounding modes as small integers inside the engine
_MODES: Final = {mode.value: code for code, mode in enumerate(RoundingMode)}


def columnar_terms(terms: Terms) -> dict[str, Any] | None:
    """The columns the engine needs from ``terms``, or None if it does not cover them (above)."""
    i = terms.interest
    dc = get_day_count(i.day_count).name
    if (
        i.floating is not None
        or i.steps
        or i.compounding is not None
        or i.payable is not None
        or i.count_first_and_last_day
        or terms.schedule is not None
        or dc not in _BASES
        or terms.waterfall != DEFAULT_WATERFALL
        or not terms.prepayment.allowed
        or terms.prepayment.premium
        or terms.currency not in MINOR_UNITS
    ):
        return None
    rate = rates.contract_rate(i, terms.issue_date)
    if rate < 0:
        return None
    scale = MINOR_UNITS[terms.currency]
    places = max(0, -int(rate.normalize().as_tuple().exponent))
    quantum_places = -int(terms.rounding.quantum.normalize().as_tuple().exponent)
    return {
        "scale": scale,
        "commitment": int(EXACT.multiply(terms.commitment, Decimal(10) ** scale)),
        "revolving": terms.revolving,
        "last_draw_date": terms.last_draw_date,
        "rate": int(EXACT.multiply(rate, Decimal(10) ** places)),
        "rate_places": places,
        "basis": _BASES[dc],
        "round_shift": scale - quantum_places,
        "round_mode": terms.rounding.mode.value,
    }


def _days(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.Int32)


def _round(num: pl.Expr, step: pl.Expr, mode: pl.Expr) -> pl.Expr:
    """``num / step`` rounded to an integer under ``mode`` (its code in ``_MODES``) (exact: floor division + remainder)."""
    q = num // step  # floor
    r = num - q * step  # 0 <= r < step
    negative = q < 0
    toward = pl.when(negative).then(q + 1).otherwise(q)
    away = pl.when(negative).then(q).otherwise(q + 1)
    twice = pl.when(negative).then(step - r).otherwise(r) * 2
    half_even = pl.when(q % 2 == 0).then(q).otherwise(q + 1)
    m = {mode: pl.lit(_MODES[mode.value], pl.Int8) for mode in RoundingMode}
    at_half = (
        pl.when(mode == m[RoundingMode.HALF_UP])
        .then(away)
        .when(mode == m[RoundingMode.HALF_DOWN])
        .then(toward)
        .otherwise(half_even)
    )
    halves = pl.when(twice > step).then(away).when(twice < step).then(toward).otherwise(at_half)
    rounded = (
        pl.when(mode == m[RoundingMode.FLOOR])
        .then(q)
        .when(mode == m[RoundingMode.CEILING])
        .then(q + 1)
        .when(mode == m[RoundingMode.DOWN])
        .then(toward)
        .when(mode == m[RoundingMode.UP])
        .then(away)
        .otherwise(halves)
    )
    return pl.when(r == 0).then(q).otherwise(rounded)


def _posted(num: str = "num") -> pl.Expr:
    """Accrued interest as posted: ``num / D`` rounded to the quantum, in minor units."""
    return (_round(pl.col(num), pl.col("step"), pl.col("mode")) * pl.col("shift")).cast(pl.Int64)


def _available(day: pl.Expr) -> pl.Expr:
    used = pl.when(pl.col("revolving")).then(pl.col("principal")).otherwise(pl.col("advanced"))
    closed = (
        pl.col("paid_on").is_not_null() | (day > pl.col("last_draw")) | (day >= pl.col("maturity"))
    )
    return pl.when(closed).then(0).otherwise(pl.max_horizontal(pl.col("commitment") - used, 0))


class ColumnarResult:
    """The figures the engine computed (``figures``) and the notes it handed back (``declined``)."""

    def __init__(self, figures: pl.DataFrame, declined: list[str]) -> None:
        self.figures = figures
        self.declined = declined


def columnar_figures(notes: pl.DataFrame, events: pl.DataFrame, as_of: date) -> ColumnarResult:
    """The figures of the covered notes of a chunk (the snapshot's columns; see ``snapshot``).

    ``notes`` are rows with ``columnar`` true; ``events`` are all the events of those notes.  Notes
    the engine does not cover after all (their events, a broken rule, a bound) are ``declined``.
    """
    as_day = (as_of - _EPOCH).days
    notes = notes.with_row_index("ni")
    ev = events.join(
        notes.select("note_id", "ni", pl.col("currency").alias("note_currency")), on="note_id"
    )
    rank = pl.col("kind").replace_strict(RANK, default=-1, return_dtype=pl.Int32)
    ev = ev.with_columns(rank=rank, day=_days("effective_date"))
    ordered = ev.sort("ni", "day", "rank", "seq")
    per_note = ordered.group_by("ni").agg(
        in_order=(pl.col("seq").diff().fill_null(1) > 0).all(),
        kinds_ok=pl.col("kind").is_in(COLUMNAR_KINDS).all(),
        money_ok=(
            (pl.col("currency") == pl.col("note_currency")) & pl.col("amount").is_not_null()
        ).all(),
    )
    notes = notes.join(per_note, on="ni", how="left").with_columns(
        pl.col("in_order", "kinds_ok", "money_ok").fill_null(True),
        issue=_days("issue_date"),
        maturity_day=_days("maturity"),
        last_draw=_days("last_draw_date"),
    )
    span = pl.max_horizontal(as_day - pl.col("issue"), 0) + 1
    bound = pl.col("commitment").cast(pl.Float64) * pl.col("rate").cast(pl.Float64) * span
    eligible = pl.col("in_order") & pl.col("kinds_ok") & pl.col("money_ok") & (bound < _NUM_LIMIT)
    declined = notes.filter(~eligible)["note_id"].to_list()
    notes = notes.filter(eligible)
    # the state of every note before its first event
    state = notes.select(
        "ni", "note_id", "lender", "borrower", "currency", "scale", "commitment", "revolving",
        "rate", "issue", "last_draw",
        pl.col("maturity_day").alias("maturity"),
        D=(pl.col("basis") * pl.lit(10, pl.Int64).pow(pl.col("rate_places"))).cast(pl.Int128),
        shift=pl.lit(10, pl.Int64).pow(pl.col("round_shift")).cast(pl.Int128),
        mode=pl.col("round_mode").replace_strict(_MODES, return_dtype=pl.Int8),
        principal=pl.lit(0, pl.Int64), advanced=pl.lit(0, pl.Int64),
        expenses=pl.lit(0, pl.Int64), num=pl.lit(0, pl.Int128), through=pl.col("issue"),
        paid_on=pl.lit(None, pl.Int32), drawn=pl.lit(False), bad=pl.lit(False),  # noqa: FBT003
    ).with_columns(step=pl.col("D") * pl.col("shift"))  # fmt: skip
    steps = (
        ordered.filter(pl.col("day") <= as_day)
        .with_columns(k=pl.int_range(pl.len()).over("ni"))
        .select("ni", "k", "kind", "day", "amount")
    )
    most = steps["k"].max()
    for k in range(int(most) + 1 if most is not None else 0):
        step = steps.filter(pl.col("k") == k).drop("k")
        state = _apply(state.lazy().join(step.lazy(), on="ni", how="left")).collect()
    declined += state.filter(pl.col("bad"))["note_id"].to_list()
    final = state.lazy().filter(~pl.col("bad"))
    return ColumnarResult(_figures(_accrue(final, pl.lit(as_day, pl.Int32)), as_day).collect(),
                          declined)  # fmt: skip


def _accrue(state: pl.LazyFrame, to: pl.Expr) -> pl.LazyFrame:
    """Interest on the principal from ``through`` up to ``to`` (actual days), added to ``num``."""
    days = pl.max_horizontal(to - pl.col("through"), 0).cast(pl.Int128)
    return state.with_columns(
        num=pl.col("num") + pl.col("principal").cast(pl.Int128) * pl.col("rate") * days,
        through=pl.max_horizontal(pl.col("through"), to),
    )


def _apply(s: pl.LazyFrame) -> pl.LazyFrame:
    """Apply each note's next event (``kind``, ``day``, ``amount``; null for a note without one)."""
    day, amount, kind = pl.col("day"), pl.col("amount"), pl.col("kind")
    live = kind.is_not_null() & ~pl.col("bad")
    advance, expense, payment = (live & (kind == k) for k in ("advance", "expense", "payment"))
    refused = (
        (day < pl.col("issue"))
        | (pl.col("paid_on").is_not_null() & (day >= pl.col("paid_on")))
        | (
            (kind == "advance")
            & ((day > pl.col("last_draw")) | (day >= pl.col("maturity")) | (amount > _available(day)))
        )
    )
    s = s.with_columns(bad=pl.col("bad") | (live & refused))
    go = live & ~pl.col("bad")
    days = pl.max_horizontal(day - pl.col("through"), 0).cast(pl.Int128)
    accrued = pl.col("num") + pl.col("principal").cast(pl.Int128) * pl.col("rate") * days
    s = s.with_columns(
        num=pl.when(go).then(accrued).otherwise(pl.col("num")),
        through=pl.when(go).then(pl.max_horizontal("through", day)).otherwise(pl.col("through")),
    )
    # a payment: expenses, then interest as posted, then principal (the standard waterfall)
    due = _posted()
    to_expenses = pl.min_horizontal(pl.col("expenses"), amount)
    rest = amount - to_expenses
    to_interest = pl.when(due > 0).then(pl.min_horizontal(due, rest)).otherwise(0)
    rest2 = rest - to_interest
    to_principal = pl.min_horizontal(pl.col("principal"), rest2)
    s = s.with_columns(
        due=due,
        to_expenses=pl.when(go & payment).then(to_expenses).otherwise(0),
        to_interest=pl.when(go & payment).then(to_interest).otherwise(0),
        left=pl.when(go & payment).then(rest2 - to_principal).otherwise(0),
        to_principal=pl.when(go & payment).then(to_principal).otherwise(0),
    )
    s = s.with_columns(bad=pl.col("bad") | (pl.col("left") > 0))
    go = live & ~pl.col("bad")
    closed_interest = (pl.col("to_interest") != 0) & (pl.col("to_interest") == pl.col("due"))
    s = s.with_columns(
        principal=pl.col("principal")
        + pl.when(go & advance).then(amount).otherwise(0)
        - pl.when(go).then(pl.col("to_principal")).otherwise(0),
        advanced=pl.col("advanced") + pl.when(go & advance).then(amount).otherwise(0),
        drawn=pl.col("drawn") | (go & advance),
        expenses=pl.col("expenses")
        + pl.when(go & expense).then(amount).otherwise(0)
        - pl.when(go).then(pl.col("to_expenses")).otherwise(0),
        num=pl.when(go & payment & closed_interest)
        .then(pl.lit(0, pl.Int128))
        .when(go & payment)
        .then(pl.col("num") - pl.col("to_interest").cast(pl.Int128) * pl.col("D"))
        .otherwise(pl.col("num")),
    )
    cleared = (
        go
        & payment
        & (pl.col("principal") == 0)
        & (pl.col("expenses") == 0)
        & (_posted() == 0)
    )
    paid = cleared & ((_available(day) == 0) | (day >= pl.col("last_draw")))
    s = s.with_columns(
        num=pl.when(cleared).then(pl.lit(0, pl.Int128)).otherwise(pl.col("num")),
        paid_on=pl.when(paid).then(day).otherwise(pl.col("paid_on")),
    )
    return s.drop("kind", "day", "amount", "due", "to_expenses", "to_interest", "to_principal", "left")


def _figures(s: pl.LazyFrame, as_day: int) -> pl.LazyFrame:
    """The figures frame (``promissory.portfolio.frame.FIGURES``) of the notes' final states."""
    at = pl.lit(as_day, pl.Int32)
    interest = _posted()
    den = pl.col("D") * pl.lit(10, pl.Int128).pow(pl.col("scale").cast(pl.Int128))
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
    s = s.with_columns(interest=interest, status=status, den=den)
    total = pl.col("principal") + pl.col("interest") + pl.col("expenses")
    late = pl.col("maturity") < at
    closed = pl.col("status") == "paid"
    to_maturity = pl.col("maturity") - at
    ladder = pl.when(closed).then(pl.lit("closed")).when(to_maturity <= 0).then(pl.lit("matured"))
    for name, last in LADDER:
        ladder = ladder.when(to_maturity <= last if last is not None else pl.lit(True)).then(  # noqa: FBT003
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
        total="total",
        available=_available(at).cast(pl.Int64),
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
