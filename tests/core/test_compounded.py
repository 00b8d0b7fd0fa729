"""SOFR compounded in arrears, each figure worked out here by hand with fractions from a small
table of published-like fixings (illustrative values near June 2024's, not the New York Fed's
record), following the ARRC / New York Fed formula

    [ Π (1 + SOFR_i × n_i / 360) − 1 ] × 360 / d,  rounded to 5 decimals of a percent

(New York Fed, "Additional Information about the SOFR Averages and Index": the SOFR Averages are
published rounded to the fifth decimal place of a percent; ARRC, "SOFR 'In Arrears' Conventions
for Syndicated Business Loans" (2019) for the lookback, the observation shift and the cumulative
treatment of days inside an interest period).  The business days are the US Government Securities
Business Day calendar (SIFMA), read here from the ``holidays`` package directly.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import holidays
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events, terms
from promissory.core.compounded import compounded_rate
from promissory.core.engine import position, replay
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.terms import FloatingRate, InArrears
from promissory.errors import InvalidInput, TermsError

D = Decimal
SIFMA = holidays.financial_holidays("USGS", years=range(2024, 2026))


def business(day: date) -> bool:
    return day.weekday() < 5 and day not in SIFMA


#: published-like daily fixings (percent), one per business day from 2024-05-28
PATTERN = ("5.33", "5.32", "5.33", "5.34", "5.35", "5.31", "5.30", "5.33", "5.36", "5.34")


def fixings(start: date, end: date, skip: date | None = None) -> dict[date, Fraction]:
    out, day, k = {}, start, 0
    while day <= end:
        if business(day) and day != skip:
            out[day] = Fraction(D(PATTERN[k % len(PATTERN)])) / 100
            k += 1
        elif business(day):
            k += 1
        day += timedelta(days=1)
    return out


def back(day: date, count: int) -> date:
    """``count`` business days before ``day``."""
    while count:
        day -= timedelta(days=1)
        if business(day):
            count -= 1
    return day


def by_hand(table: dict[date, Fraction], start: date, end: date, lookback: int) -> Fraction:
    """The compounded rate over [start, end), lookback without observation shift, rounded half up
    to 5 decimals of a percent: each calendar day takes the rate of the business day on or before
    it, observed ``lookback`` business days earlier."""
    weights: dict[date, int] = {}  # business day -> calendar days its rate applies for
    day = start
    while day < end:
        b = day
        while not business(b):
            b -= timedelta(days=1)
        weights[b] = weights.get(b, 0) + 1
        day += timedelta(days=1)
    product = Fraction(1)
    for b, n in weights.items():
        product *= 1 + table[back(b, lookback)] * n / 360
    exact = (product - 1) * 360 / (end - start).days
    return Fraction(math.floor(exact * 10**7 + Fraction(1, 2)), 10**7)


def floating(lookback: int = 2, shift: bool = False, margin: str = "0.025") -> FloatingRate:
    from promissory.core.calendar import Frequency

    return FloatingRate("SOFR", D(margin), reset=Frequency.MONTHLY,
                        in_arrears=InArrears(lookback, shift))  # fmt: skip


def columns(table: dict[date, Fraction]) -> tuple[list[int], list[Decimal]]:
    days = sorted(table)
    return [d.toordinal() for d in days], [D(table[d].numerator) / D(table[d].denominator)
                                           for d in days]  # fmt: skip


TABLE = fixings(date(2024, 5, 28), date(2024, 12, 31))


def test_a_week_compounded_with_a_two_day_lookback() -> None:
    # Mon 2024-06-03 .. Mon 2024-06-10: Jun 3..6 observe May 30, May 31, Jun 3, Jun 4 (5.33,
    # 5.34, 5.35, 5.31); Fri Jun 7 observes Jun 5 (5.30) for three days (Fri, Sat, Sun)
    t = TABLE
    assert [t[date(2024, 5, 30)], t[date(2024, 6, 5)]] == [Fraction(533, 10000),
                                                           Fraction(530, 10000)]  # fmt: skip
    product = ((1 + t[date(2024, 5, 30)] / 360) * (1 + t[date(2024, 5, 31)] / 360)
               * (1 + t[date(2024, 6, 3)] / 360) * (1 + t[date(2024, 6, 4)] / 360)
               * (1 + t[date(2024, 6, 5)] * 3 / 360))  # fmt: skip
    exact = (product - 1) * 360 / 7
    assert Fraction(532, 10000) < exact < Fraction(533, 10000)
    expected = Fraction(math.floor(exact * 10**7 + Fraction(1, 2)), 10**7)
    assert expected == by_hand(t, date(2024, 6, 3), date(2024, 6, 10), 2)
    got = compounded_rate(floating(), date(2024, 6, 3), date(2024, 6, 10), *columns(t))
    assert Fraction(got) == expected
    assert got.as_tuple().exponent >= -7  # 5 decimals of a percent


def test_with_an_observation_shift_the_weights_are_the_observation_period_s() -> None:
    # observation period May 30 .. Jun 6 (the interest period moved back 2 business days):
    # May 30 (1 day), Fri May 31 (3 days), Jun 3, 4, 5 (1 day each); d = 7
    t = TABLE
    product = ((1 + t[date(2024, 5, 30)] / 360) * (1 + t[date(2024, 5, 31)] * 3 / 360)
               * (1 + t[date(2024, 6, 3)] / 360) * (1 + t[date(2024, 6, 4)] / 360)
               * (1 + t[date(2024, 6, 5)] / 360))  # fmt: skip
    exact = (product - 1) * 360 / 7
    expected = Fraction(math.floor(exact * 10**7 + Fraction(1, 2)), 10**7)
    got = compounded_rate(floating(shift=True), date(2024, 6, 3), date(2024, 6, 10),
                          *columns(t))  # fmt: skip
    assert Fraction(got) == expected
    # and it agrees with an index built from the same fixings (the New York Fed's SOFR Index
    # method: compounded rate = (index at end / index at start − 1) × 360 / d)
    index, day, values = Fraction(1), date(2024, 5, 30), {}
    while day <= date(2024, 6, 6):
        values[day] = index
        if business(day):
            nxt = day + timedelta(days=1)
            while not business(nxt):
                nxt += timedelta(days=1)
            index *= 1 + t[day] * (nxt - day).days / 360
        day += timedelta(days=1)
    from_index = (values[date(2024, 6, 6)] / values[date(2024, 5, 30)] - 1) * 360 / 7
    assert Fraction(math.floor(from_index * 10**7 + Fraction(1, 2)), 10**7) == expected


def sofr_note(**more: Any) -> Any:
    table = more.pop("table", TABLE)
    spec: dict[str, Any] = {
        "index": "SOFR", "margin": "0.025", "reset": "monthly",
        "fixings": [{"date": d, "rate": str(D(v.numerator) / D(v.denominator))}
                    for d, v in sorted(table.items())],
        "in_arrears": {"lookback_days": 2, **more},
    }  # fmt: skip
    return terms(issue_date=date(2024, 6, 3), maturity=date(2025, 6, 3),
                 draw_period_end=date(2024, 12, 31), interest_floating=spec)  # fmt: skip


def cents(x: Fraction) -> Decimal:
    return Decimal(math.floor(x * 100 + Fraction(1, 2))) / 100


def test_a_month_of_interest_on_a_ledger_and_a_prepayment_inside_the_period() -> None:
    note = sofr_note()
    # 1,000,000 from Jun 3; 400,000 of principal prepaid on Jun 17 with the interest then due;
    # the period Jun 3 .. Jul 3 (30 days) then closes on the 600,000 left
    a17 = by_hand(TABLE, date(2024, 6, 3), date(2024, 6, 17), 2) + Fraction(25, 1000)
    a_jul3 = by_hand(TABLE, date(2024, 6, 3), date(2024, 7, 3), 2) + Fraction(25, 1000)
    due17 = cents(1_000_000 * a17 * 14 / 360)
    evs = parse_events(note.id, f"2024-06-03 advance 1000000.00\n2024-06-17 pay {due17 + 400000}")
    ledger = replay(note, evs)
    assert not ledger.problems
    assert ledger.rows[-1].split.interest == due17
    assert ledger.rows[-1].split.principal == D("400000.00")
    # the cumulative convention: the 600,000 left earns A(Jul 3) × 30/360 − A(Jun 17) × 14/360
    rest = Fraction(600_000) * (a_jul3 * 30 / 360 - a17 * 14 / 360)
    assert position(ledger, date(2024, 7, 3)).interest == cents(rest)
    # without the prepayment the whole period is 1,000,000 × A(Jul 3) × 30/360
    whole = replay(note, evs[:1])
    assert position(whole, date(2024, 7, 3)).interest == cents(1_000_000 * a_jul3 * 30 / 360)


def test_a_missing_fixing_is_refused_naming_the_day() -> None:
    note = sofr_note(table=fixings(date(2024, 5, 28), date(2024, 12, 31), skip=date(2024, 6, 12)))
    ledger = replay(note, parse_events(note.id, "2024-06-03 advance 1000000.00"))
    with pytest.raises(InvalidInput, match=r"needs a SOFR fixing for 2024-06-12 \(compounded"):
        payoff_quote(ledger, date(2024, 7, 3))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"in_arrears": {"lookback_days": 21}}, "from 0 to 20"),
        ({"in_arrears": {"rate_decimals": 13}}, "from 0 to 12"),
        ({"in_arrears": {"calendar": "NOWHERE"}}, "calendar 'NOWHERE' is unknown"),
        ({"in_arrears": {"shift": True}}, "unknown key"),
        ({"in_arrears": {}, "reset": "daily"}, "needs interest periods"),
        ({"in_arrears": {}, "lookback_days": 2}, "does not apply to a rate compounded"),
    ],
)
def test_bad_in_arrears_terms_are_refused_by_name(spec: dict[str, Any], message: str) -> None:
    base = {"index": "SOFR", "margin": "0.025", "reset": "monthly", **spec}
    with pytest.raises(TermsError, match=message):
        terms(issue_date=date(2024, 6, 3), maturity=date(2025, 6, 3),
              draw_period_end=date(2024, 12, 31), interest_floating=base)  # fmt: skip


def test_the_terms_round_trip() -> None:
    from promissory.codec.terms_toml import parse_terms, terms_to_dict

    note = sofr_note(observation_shift=True, rate_decimals=4)
    assert parse_terms(terms_to_dict(note)) == note
    assert note.interest.floating is not None
    assert note.interest.floating.in_arrears == InArrears(2, True, 4, "USGS")


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 200), st.integers(1, 50_000_000)), max_size=3),
       st.booleans())  # fmt: skip
def test_paying_a_payoff_quote_leaves_nothing(pays: list[tuple[int, int]], shift: bool) -> None:
    note = sofr_note(observation_shift=shift)
    evs = parse_events(note.id, "2024-06-03 advance 1000000.00")
    for seq, (offset, amount) in enumerate(sorted(pays), 2):
        evs.append(Payment(note_id=note.id, effective_date=date(2024, 6, 3) + timedelta(offset),
                           seq=seq, amount=Money(D(amount) / 100, "USD")))  # fmt: skip
    day = date(2024, 12, 20)
    before = replay(note, evs)
    # payments drawn beyond everything owed (two of $500,000 the day after the advance) are
    # refused as overpayments: a history the property does not start from
    assume(not before.problems)
    quote = payoff_quote(before, day)
    evs.append(Payment(note_id=note.id, effective_date=day, seq=len(evs) + 1,
                       amount=Money(quote.total, "USD")))  # fmt: skip
    ledger = replay(note, evs)
    assert not ledger.problems
    after = position(ledger, day)
    assert (after.principal, after.interest, after.default_interest) == (0, 0, 0)


def test_a_checkpoint_inside_a_period_keeps_every_fixing_the_period_observes() -> None:
    """Resuming from a checkpoint taken mid-period (stored and read back as the book does) gives
    the full replay's figures: the checkpoint keeps the fixings from the period's first
    observation on, though the fixings in force are recorded as events, not in the terms."""
    from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
    from promissory.core.engine import checkpoint_at, replay_from
    from promissory.core.events import RateFixing

    note = sofr_note(table={d: v for d, v in TABLE.items() if d < date(2024, 6, 3)})
    evs: list = [*parse_events(note.id, "2024-06-03 advance 1000000.00")]  # type: ignore[type-arg]
    for day, rate in sorted(TABLE.items()):
        if date(2024, 6, 3) <= day <= date(2024, 8, 30):
            evs.append(RateFixing(note_id=note.id, effective_date=day, seq=len(evs) + 1,
                                  index="SOFR", rate=D(rate.numerator) / D(rate.denominator)))  # fmt: skip
    evs.append(Payment(note_id=note.id, effective_date=date(2024, 7, 20), seq=len(evs) + 1,
                       amount=Money(D("250000.00"), "USD")))  # fmt: skip
    full = replay(note, evs)
    assert not full.problems
    stored = checkpoint_from_json(checkpoint_to_json(checkpoint_at(full, date(2024, 7, 25))))
    resumed = replay_from(note, stored, evs)
    for day in (date(2024, 7, 26), date(2024, 8, 3), date(2024, 8, 20)):
        assert position(resumed, day).interest == position(full, day).interest
