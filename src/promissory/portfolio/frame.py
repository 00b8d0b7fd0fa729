"""A chunk of notes to its figures frame (columnar engine first, per-note engine for the rest),
the totals by group, and the figures as text.

The **figures frame** has one row per note (:data:`FIGURES`): amounts are integers in the
currency's minor unit (``scale`` places), the exact accruals are ``*_num / *_den`` in the
currency's unit (not necessarily in lowest terms), ``coverage`` is the ratio × 10,000 (four
places), ``path`` says which engine computed the row.  Totals are per group *and* currency:
amounts of different currencies never add up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import polars as pl

from promissory.core.billing import AGING_BUCKETS
from promissory.core.money import MINOR_UNITS
from promissory.core.portfolio import LADDER, ON_DEMAND, NoteFigures, note_figures
from promissory.errors import InvalidInput
from promissory.portfolio.columnar import columnar_figures
from promissory.portfolio.snapshot import decode_events, parse_terms

__all__ = ["ENGINES", "FIGURES", "GROUPS", "Totals", "chunk_figures", "figures_rows"]

ENGINES: Final = ("columnar", "per-note")
GROUPS: Final = ("lender", "borrower", "status", "currency", "none")

FIGURES: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "note_id": pl.String, "path": pl.String, "lender": pl.String, "borrower": pl.String,
    "currency": pl.String, "scale": pl.Int8, "status": pl.String, "principal": pl.Int64,
    "interest": pl.Int64, "interest_num": pl.Int128, "interest_den": pl.Int128,
    "default_interest": pl.Int64, "default_num": pl.Int128, "default_den": pl.Int128,
    "expenses": pl.Int64, "late_charges": pl.Int64, "fees": pl.Int64, "total": pl.Int64, "available": pl.Int64, "past_due": pl.Int64,
    "days_past_due": pl.Int32, "next_due_date": pl.Date, "maturity": pl.Date,
    "maturity_bucket": pl.String, "collateral_value": pl.Int64, "coverage": pl.Int64,
    "filings_lapsing": pl.Int32,
}  # fmt: skip

#: the money columns of the figures frame (integers in minor units)
MONEY: Final = ("principal", "interest", "default_interest", "expenses", "late_charges", "fees",
                "total", "available", "past_due", "collateral_value")  # fmt: skip


def _minor(amount: Decimal, scale: int) -> int:
    value = amount.scaleb(scale)
    if value != value.to_integral_value():
        raise ValueError(f"{amount} is finer than {scale} places")
    return int(value)


def per_note_row(f: NoteFigures) -> dict[str, Any]:
    """A per-note engine's figures as a row of :data:`FIGURES`."""
    s = MINOR_UNITS[f.currency]
    return {
        "note_id": f.note_id, "path": "per-note", "lender": f.lender, "borrower": f.borrower,
        "currency": f.currency, "scale": s, "status": f.status.value,
        "principal": _minor(f.principal, s), "interest": _minor(f.interest, s),
        "interest_num": f.interest_exact.numerator, "interest_den": f.interest_exact.denominator,
        "default_interest": _minor(f.default_interest, s),
        "default_num": f.default_interest_exact.numerator,
        "default_den": f.default_interest_exact.denominator,
        "expenses": _minor(f.expenses, s), "late_charges": _minor(f.late_charges, s),
        "fees": _minor(f.fees, s), "total": _minor(f.total, s),
        "available": _minor(f.available, s), "past_due": _minor(f.past_due, s),
        "days_past_due": f.days_past_due, "next_due_date": f.next_due_date,
        "maturity": f.maturity, "maturity_bucket": f.maturity_bucket,
        "collateral_value": None if f.collateral_value is None else _minor(f.collateral_value, s),
        "coverage": None if f.coverage is None else _minor(f.coverage, 4),
        "filings_lapsing": f.filings_lapsing,
    }  # fmt: skip


NoteValue = Callable[[str], Decimal]


def chunk_figures(
    notes: pl.DataFrame,
    events: pl.DataFrame,
    as_of: date,
    *,
    engine: str = "columnar",
    note_value: NoteValue | None = None,
    withheld: Callable[[str], bool] | None = None,
    unavailable: list[tuple[str, str]] | None = None,
) -> pl.DataFrame:
    """The figures frame of a chunk (notes with all their events; the snapshot's columns).

    With ``engine="columnar"`` the columnar engine computes the notes it covers and the per-note
    engine the rest; with ``"per-note"`` the per-note engine computes all of them.  ``withheld``:
    the pledged notes not valued (see :func:`promissory.core.portfolio.note_figures`; the columnar
    engine covers no note with pledges).  ``unavailable``: where a note whose figures cannot be
    computed that day (a rate compounded in arrears waiting for a fixing) is listed, with why,
    instead of failing the chunk; without it such a note's error is raised.
    """
    parts = []
    rest = notes
    if engine == "columnar":
        result = columnar_figures(notes, events, as_of)
        parts.append(result.figures)
        rest = notes.filter(~pl.Series(result.computed))
    if rest.height:
        by_note = events.filter(pl.col("note_id").is_in(rest["note_id"].implode())).partition_by(
            "note_id", as_dict=True, maintain_order=False
        )
        rows = []
        for note_id, terms_text in rest.select("note_id", "terms").iter_rows():
            evs = by_note.get((note_id,))
            given = decode_events(evs) if evs is not None else []
            try:
                figures = note_figures(parse_terms(terms_text), given, as_of, note_value, withheld)
            except InvalidInput as error:
                if unavailable is None:
                    raise
                unavailable.append((note_id, str(error)))
                continue
            rows.append(per_note_row(figures))
        parts.append(pl.DataFrame(rows, schema=FIGURES, orient="row" if not rows else None))
    schema: Any = FIGURES
    frame = pl.concat([p.select(list(FIGURES)).cast(schema) for p in parts]) if parts else None
    return frame if frame is not None else pl.DataFrame(schema=FIGURES)


def _aging() -> pl.Expr:
    days = pl.col("days_past_due")
    expr: Any = pl.when(days <= 0).then(pl.lit(AGING_BUCKETS[0][0]))
    for name, _first, last in AGING_BUCKETS[1:]:
        expr = expr.when(days <= last if last is not None else pl.lit(True)).then(pl.lit(name))
    aging: pl.Expr = expr.otherwise(pl.lit(AGING_BUCKETS[-1][0]))
    return aging


AGING: Final = tuple(name for name, _, _ in AGING_BUCKETS)
BUCKETS: Final = ("closed", "matured", ON_DEMAND, *(name for name, _ in LADDER))


def _key(group_by: str) -> pl.Expr:
    return pl.lit("all") if group_by == "none" else pl.col(group_by)


def partial_totals(frame: pl.DataFrame, group_by: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sums of one chunk by (group, currency), and its exact accruals by (group, currency, den)."""
    f = frame.with_columns(group=_key(group_by), aging=_aging())
    sums = [pl.col(c).cast(pl.Int128).sum() for c in MONEY]
    by_aging = [
        pl.col("past_due").filter(pl.col("aging") == a).cast(pl.Int128).sum().alias(f"aging {a}")
        for a in AGING
    ]
    ladder = [
        pl.col("principal").filter(pl.col("maturity_bucket") == b).cast(pl.Int128).sum()
        .alias(f"ladder {b}")
        for b in BUCKETS
    ]  # fmt: skip
    counts = [
        pl.len().alias("notes"),
        (pl.col("path") == "columnar").sum().alias("columnar"),
        (pl.col("past_due") > 0).sum().alias("past_due_notes"),
        pl.col("filings_lapsing").sum().alias("filings_lapsing"),
    ]
    totals = f.group_by("group", "currency").agg(*counts, *sums, *by_aging, *ladder)
    exact = pl.concat(
        [
            f.group_by("group", "currency", pl.col(f"{what}_den").alias("den")).agg(
                pl.lit(what).first().alias("what"), pl.col(f"{what}_num").sum().alias("num")
            )
            for what in ("interest", "default")
        ]
    )
    return totals, exact


@dataclass
class Totals:
    """Totals accumulated chunk by chunk (memory: one row per group and currency)."""

    group_by: str
    sums: list[pl.DataFrame] = field(default_factory=list)
    exact: list[pl.DataFrame] = field(default_factory=list)

    def add(self, frame: pl.DataFrame) -> None:
        totals, exact = partial_totals(frame, self.group_by)
        self.sums.append(totals)
        self.exact.append(exact)
        if len(self.sums) > 16:  # fold, so memory stays flat over any number of chunks
            self.sums, self.exact = [self._folded()], [self._folded_exact()]

    def merge(self, other: Totals) -> None:
        self.sums += other.sums
        self.exact += other.exact

    def _folded(self) -> pl.DataFrame:
        frame = pl.concat(self.sums)
        return frame.group_by("group", "currency").agg(pl.all().sum())

    def _folded_exact(self) -> pl.DataFrame:
        return (
            pl.concat(self.exact)
            .group_by("group", "currency", "den", "what")
            .agg(pl.col("num").sum())
        )

    def rows(self) -> list[dict[str, Any]]:
        """One mapping per group and currency, amounts as Decimal, exact accruals as Fraction."""
        if not self.sums:
            return []
        exact: dict[tuple[str, str, str], Fraction] = {}
        for group, currency, den, what, num in self._folded_exact().iter_rows():
            key = (group, currency, what)
            exact[key] = exact.get(key, Fraction(0)) + Fraction(num, den)
        out = []
        for row in self._folded().sort("group", "currency").iter_rows(named=True):
            scale = MINOR_UNITS[row["currency"]]
            shown: dict[str, Any] = {}
            for name, value in row.items():
                if name in ("group", "currency", "notes", "columnar", "past_due_notes",
                            "filings_lapsing"):  # fmt: skip
                    shown[name] = value
                else:
                    shown[name] = Decimal(value).scaleb(-scale)
            shown["interest_exact"] = exact.get((row["group"], row["currency"], "interest"),
                                                Fraction(0))  # fmt: skip
            shown["default_interest_exact"] = exact.get(
                (row["group"], row["currency"], "default"), Fraction(0)
            )
            out.append(shown)
        return out


def figures_rows(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """The figures frame as mappings: amounts as Decimal, exact accruals as Fraction."""
    out = []
    for row in frame.iter_rows(named=True):
        s = row["scale"]
        shown: dict[str, Any] = {}
        for name, value in row.items():
            if name in MONEY:
                shown[name] = None if value is None else Decimal(value).scaleb(-s)
            elif name == "coverage":
                shown[name] = None if value is None else Decimal(value).scaleb(-4)
            elif name in ("interest_num", "default_num", "interest_den", "default_den", "scale"):
                continue
            else:
                shown[name] = value
        shown["interest_exact"] = Fraction(row["interest_num"], row["interest_den"])
        shown["default_interest_exact"] = Fraction(row["default_num"], row["default_den"])
        shown["aging"] = _aging_of(row["days_past_due"])
        out.append(shown)
    return out


def _aging_of(days: int) -> str:
    from promissory.core.billing import aging_bucket

    return aging_bucket(days)


def money_text(column: str) -> pl.Expr:
    """An integer amount in minor units as the currency writes it (``-1234.50``; JPY ``1234``)."""
    x = pl.col(column)
    scale = pl.col("scale").cast(pl.Int64)
    unit = pl.lit(10, pl.Int64).pow(scale)
    whole = (x.abs() // unit).cast(pl.String)
    cents = (x.abs() % unit).cast(pl.String).str.zfill(scale)
    sign = pl.when(x < 0).then(pl.lit("-")).otherwise(pl.lit(""))
    text = pl.when(scale == 0).then(sign + whole).otherwise(sign + whole + "." + cents)
    return pl.when(x.is_null()).then(pl.lit(None, pl.String)).otherwise(text).alias(column)


def _lowest_terms(frame: pl.DataFrame, num: str, den: str) -> pl.Series:
    """``num/den`` of each row in lowest terms, as text (Euclid's algorithm, column-wise)."""
    g = frame.select(a=pl.col(num).abs(), b=pl.col(den))
    while g.height and (g["b"] != 0).any():
        b = pl.col("b")
        g = g.select(
            a=pl.when(b != 0).then(b).otherwise(pl.col("a")),
            b=pl.when(b != 0).then(pl.col("a") % b).otherwise(pl.lit(0, pl.Int128)),
        )
    gcd = g["a"]
    p = (frame[num] // gcd).cast(pl.String)
    q = frame[den] // gcd
    return pl.select(
        pl.when(pl.lit(q) == 1)
        .then(pl.lit(p))
        .otherwise(pl.lit(p) + "/" + pl.lit(q).cast(pl.String))
    ).to_series()


def output_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """The figures frame as written out (CSV, Parquet): amounts as decimal text in the currency,
    exact accruals as fractions in lowest terms (``20000/3``), the coverage ratio with four places,
    the aging bucket."""
    exact = {
        "interest_exact": _lowest_terms(frame, "interest_num", "interest_den"),
        "default_interest_exact": _lowest_terms(frame, "default_num", "default_den"),
    }
    cover = frame.select(pl.col("coverage"), scale=pl.lit(4, pl.Int8))
    return frame.with_columns(
        *(money_text(c) for c in MONEY),
        interest_exact=exact["interest_exact"],
        default_interest_exact=exact["default_interest_exact"],
        coverage=cover.select(money_text("coverage")).to_series(),
        aging=_aging(),
    ).select(
        "note_id", "path", "lender", "borrower", "currency", "status", "principal", "interest",
        "interest_exact", "default_interest", "default_interest_exact", "expenses",
        "late_charges", "fees", "total",
        "available", "past_due", "days_past_due", "aging", "next_due_date", "maturity",
        "maturity_bucket", "collateral_value", "coverage", "filings_lapsing",
    )  # fmt: skip


def same_figures(a: pl.DataFrame, b: pl.DataFrame) -> bool:
    """Whether two figures frames hold the same notes with equal figures, every one of them (the
    exact accruals compared as fractions, whatever their denominators; ``path`` not compared)."""
    if a.height != b.height:
        return False
    plain = [c for c in FIGURES if c != "path" and not c.endswith(("_num", "_den"))]
    left, right = a.sort("note_id"), b.sort("note_id")
    if not left.select(plain).equals(right.select(plain)):
        return False
    for what in ("interest", "default"):
        num, den = f"{what}_num", f"{what}_den"
        if not (left[num] * right[den]).equals(right[num] * left[den]):
            return False
    return True
