"""The columnar engine gives the per-note engine's figures on every note, figure by figure.

Random portfolios (``portfolio_books.notes``): fixed rates with up to six places, ACT/360 and
ACT/365F (and 30/360 and periodic interest, which the columnar engine hands to the per-note
engine), every rounding mode and power-of-ten quantum, USD, JPY and BHD, revolving or not, events
in and out of date order, some the note refuses (beyond the commitment, after payoff, more than is
owed).  Every column of the figures frame is compared, exact accruals as fractions.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from portfolio_books import ISSUE, chunk, notes

from promissory.portfolio.frame import chunk_figures


def _comparable(frame: pl.DataFrame) -> list[dict[str, Any]]:
    out = []
    for row in frame.sort("note_id").iter_rows(named=True):
        row = dict(row)
        for what in ("interest", "default"):
            row[f"{what}_exact"] = Fraction(row.pop(f"{what}_num"), row.pop(f"{what}_den"))
        row.pop("path")
        out.append(row)
    return out


@st.composite
def portfolios(draw: st.DrawFn) -> tuple[list[Any], date]:
    count = draw(st.integers(1, 25))
    given_notes = [draw(notes(i)) for i in range(count)]
    as_of = ISSUE + timedelta(days=draw(st.integers(0, 3000)))
    return given_notes, as_of


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portfolios())
def test_every_figure_of_every_note_matches(portfolio: tuple[list[Any], date]) -> None:
    given_notes, as_of = portfolio
    note_frame, event_frame = chunk(given_notes)
    columnar = chunk_figures(note_frame, event_frame, as_of)
    per_note = chunk_figures(note_frame, event_frame, as_of, engine="per-note")
    assert set(per_note["path"]) <= {"per-note"}
    assert _comparable(columnar) == _comparable(per_note)


def test_the_columnar_engine_takes_the_notes_it_covers() -> None:
    """A covered note goes the columnar path; one it does not cover (30/360) the per-note path;
    one whose advance breaks the commitment is handed back and computed per note, and so is one
    whose commitment × rate × days could leave int64 (D: 10^17 cents, the largest amount, at 8%)."""
    import json

    from portfolio_books import TERMS

    from promissory.codec.events_json import event_to_dict
    from promissory.codec.terms_toml import loads_terms
    from promissory.core.events import Advance
    from promissory.core.money import Money
    from promissory.portfolio.snapshot import event_row, frames, note_row

    def text(note_id: str, day_count: str) -> str:
        return TERMS.format(id=note_id, borrower="B", lender="L", issue="2024-01-01",
                            currency="USD", revolving="false",
                            commitment="999999999999999.00" if note_id == "D" else "1000.00",
                            maturity="2026-01-01", draw="", rate="0.08", day_count=day_count,
                            payable="", quantum="0.01", mode="half-up")  # fmt: skip

    rows, evs = [], []
    for note_id, day_count, amount in (("A", "ACT/360", "1000.00"), ("B", "30/360 US", "10.00"),
                                       ("C", "ACT/360", "1000.01"), ("D", "ACT/360", "10.00")):  # fmt: skip
        t = text(note_id, day_count)
        rows.append(note_row(loads_terms(t), t))
        e = Advance(note_id=note_id, effective_date=date(2024, 1, 2), seq=1,
                    amount=Money.of(amount, "USD"))  # fmt: skip
        evs.append(event_row(note_id, 1, "advance", e.effective_date, json.dumps(event_to_dict(e))))
    figures = chunk_figures(*frames(rows, evs), date(2024, 7, 1)).sort("note_id")
    assert figures["path"].to_list() == ["columnar", "per-note", "per-note", "per-note"]
    # 1,000.00 at 8% ACT/360 from 2024-01-02 to 2024-07-01: 181 days → 40.222… → 40.22
    assert figures["interest"].to_list()[0] == 4022
    assert Fraction(figures["interest_num"][0], figures["interest_den"][0]) == Fraction(
        1000 * 8 * 181, 100 * 360
    )
    assert figures["principal"].to_list() == [100000, 1000, 0, 1000]  # C's advance is refused


def test_integer_rounding_is_the_rounding_policy() -> None:
    """Every mode, on every remainder of a small step, ties included, both signs."""
    from decimal import Decimal

    import numpy as np

    from promissory.core.money import RoundingMode, RoundingPolicy
    from promissory.portfolio.columnar import _MODES, _round

    step = 8
    nums = np.arange(-3 * step, 3 * step + 1, dtype=np.int64)
    for mode in RoundingMode:
        got = _round(nums, np.full(nums.size, step), np.full(nums.size, _MODES[mode.value]))
        policy = RoundingPolicy(Decimal(1), mode)
        assert got.tolist() == [int(policy.round(Fraction(int(n), step))) for n in nums], mode


def test_a_part_payment_under_a_coarse_rounding_unit_agrees() -> None:
    """Quantum 1, mode up, on a USD note: 0.01 paid of a 1.00 interest due (0.0000277… accrued)
    leaves the exact accrual at zero in both engines, not −0.0099972… (which rounded to −1)."""
    from decimal import Decimal

    from portfolio_books import TERMS

    from promissory.core.events import Advance, Payment
    from promissory.core.money import Money

    text = TERMS.format(id="N1", borrower="B", lender="L", issue="2020-01-01", currency="USD",
                        commitment="1000.00", revolving="false", maturity="2021-01-01", draw="",
                        rate="0.05", day_count="ACT/360", payable="", quantum="1", mode="up")  # fmt: skip
    cent = Money.of(Decimal("0.01"), "USD")
    events = [Advance(note_id="N1", seq=1, effective_date=date(2020, 1, 2), amount=cent),
              Payment(note_id="N1", seq=2, effective_date=date(2020, 1, 4), amount=cent)]  # fmt: skip
    note_frame, event_frame = chunk([(text, events)])
    columnar = chunk_figures(note_frame, event_frame, date(2020, 1, 4))
    per_note = chunk_figures(note_frame, event_frame, date(2020, 1, 4), engine="per-note")
    assert columnar["path"].to_list() == ["columnar"]
    assert _comparable(columnar) == _comparable(per_note)
    assert columnar["total"].to_list() == [1]  # one cent of principal, no interest
