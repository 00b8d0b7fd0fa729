"""Random portfolios for the portfolio tests: notes as terms files and events as the book stores them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import polars as pl
from hypothesis import strategies as st

from promissory.codec.events_json import event_to_dict
from promissory.codec.terms_toml import loads_terms
from promissory.core.engine import dues_on, replay
from promissory.core.events import Advance, Event, EventOfDefault, LenderExpense, Payment
from promissory.core.money import MINOR_UNITS, Money
from promissory.portfolio.snapshot import event_row, frames, note_row

TERMS = """
id = "{id}"
borrower = "{borrower}"
lender = "{lender}"
issue_date = {issue}
currency = "{currency}"
commitment = "{commitment}"
revolving = {revolving}
maturity = {maturity}
{draw}
[interest]
rate = "{rate}"
day_count = "{day_count}"
default_margin = "0.02"
{payable}
[rounding]
quantum = "{quantum}"
mode = "{mode}"
"""

ISSUE = date(2020, 1, 1)


def money(units: int, currency: str) -> Money:
    return Money.of(Decimal(units).scaleb(-MINOR_UNITS[currency]), currency)


@st.composite
def notes(draw: st.DrawFn, index: int) -> tuple[str, list[Event]]:
    """One note's terms text and events; mostly what the columnar engine covers, not always."""
    currency = draw(st.sampled_from(["USD", "USD", "JPY", "BHD"]))
    scale = MINOR_UNITS[currency]
    issue = ISSUE + timedelta(days=draw(st.integers(0, 400)))
    maturity = issue + timedelta(days=draw(st.integers(30, 2000)))
    draw_end = draw(st.sampled_from([None, issue + (maturity - issue) / 2]))
    commitment = draw(st.integers(1, 10**9))
    quantum = Decimal(1).scaleb(-draw(st.integers(0, scale)))
    text = TERMS.format(
        id=f"N{index:04d}", borrower=draw(st.sampled_from(["Acme", "Birch"])),
        lender=draw(st.sampled_from(["Bank A", "Bank B"])), issue=issue, currency=currency,
        commitment=f"{Decimal(commitment).scaleb(-scale):f}",
        revolving=draw(st.sampled_from(["false", "true"])), maturity=maturity,
        draw="" if draw_end is None else f"draw_period_end = {draw_end}",
        rate=draw(st.sampled_from(["0.08", "0.0725", "0.123456", "0", "0.09", "0.045"])),
        day_count=draw(st.sampled_from(["ACT/360", "ACT/365F", "ACT/360", "30/360 US"])),
        payable=draw(st.sampled_from(["", "", "", 'payable = "quarterly"'])),
        quantum=f"{quantum:f}",
        mode=draw(st.sampled_from(["half-up", "half-even", "half-down", "up", "down",
                                   "ceiling", "floor"])),
    )  # fmt: skip
    note_id = f"N{index:04d}"
    terms = loads_terms(text)
    events: list[Event] = []
    day = issue
    for seq in range(1, draw(st.integers(0, 8)) + 1):
        gap = st.one_of(st.sampled_from([-2, 0, 1, 31]), st.integers(0, 200))
        day = day + timedelta(days=draw(gap if seq == 1 else st.integers(0, 200)))
        kind = draw(st.sampled_from(["advance", "advance", "payment", "payoff", "expense",
                                     "default"]))  # fmt: skip
        base: dict[str, Any] = {"note_id": note_id, "effective_date": day, "seq": seq}
        units = draw(st.one_of(st.sampled_from([1000, 2000, 100000]),
                               st.integers(1, max(1, commitment // 2))))  # fmt: skip
        amount = money(units, currency)
        if kind == "payoff":  # everything owed that day, so payments clear notes too
            ledger = replay(terms, events)
            owed = dues_on(ledger, day)[1].total(terms.rounding) if day >= issue else Decimal(0)
            kind, amount = "payment", Money.of(owed or amount.amount, currency)
        if kind == "advance":
            events.append(Advance(**base, amount=amount))
        elif kind == "payment":
            events.append(Payment(**base, amount=amount))
        elif kind == "expense":
            events.append(LenderExpense(**base, amount=money(draw(st.integers(1, 10**6)),
                                                             currency)))  # fmt: skip
        else:
            events.append(EventOfDefault(**base))
    if events and draw(st.integers(0, 4)) == 0:  # recorded out of date order
        order = draw(st.permutations(range(1, len(events) + 1)))
        events = [replace(e, seq=s) for e, s in zip(events, order, strict=True)]
    return text, events


def chunk(notes_given: list[tuple[str, list[Event]]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The snapshot frames of ``notes_given``, built the way an export from a book builds them."""
    note_rows, event_rows = [], []
    for text, events in notes_given:
        terms = loads_terms(text)
        note_rows.append(note_row(terms, text))
        for e in events:
            payload = json.dumps(event_to_dict(e))
            event_rows.append(event_row(terms.id, e.seq, e.kind, e.effective_date, payload))
    return frames(note_rows, event_rows)


def seeded(count: int, seed: int) -> list[tuple[str, list[Event]]]:
    """A fixed portfolio of ``count`` notes drawn with ``random.Random(seed)`` (same shapes as
    :func:`notes`: some notes the columnar engine covers, some it does not, some refused events)."""
    import random

    rng = random.Random(seed)
    out = []
    for index in range(count):
        currency = rng.choice(["USD", "USD", "JPY"])
        scale = MINOR_UNITS[currency]
        issue = ISSUE + timedelta(days=rng.randint(0, 400))
        maturity = issue + timedelta(days=rng.randint(30, 2000))
        commitment = rng.randint(10**4, 10**9)
        text = TERMS.format(
            id=f"S{index:04d}", borrower=rng.choice(["Acme", "Birch"]),
            lender=rng.choice(["Bank A", "Bank B"]), issue=issue, currency=currency,
            commitment=f"{Decimal(commitment).scaleb(-scale):f}",
            revolving=rng.choice(["false", "true"]), maturity=maturity, draw="",
            rate=rng.choice(["0.08", "0.0725", "0.123456"]),
            day_count=rng.choice(["ACT/360", "ACT/365F", "30/360 US"]), payable="",
            quantum=f"{Decimal(1).scaleb(-scale):f}", mode=rng.choice(["half-up", "half-even"]),
        )  # fmt: skip
        events: list[Event] = []
        day = issue
        for seq in range(1, rng.randint(0, 8) + 1):
            day += timedelta(days=rng.randint(0, 200))
            base: dict[str, Any] = {"note_id": f"S{index:04d}", "effective_date": day, "seq": seq}
            amount = money(rng.randint(1, commitment // 2), currency)
            kind = rng.choice(["advance", "advance", "payment", "expense"])
            events.append({"advance": Advance, "payment": Payment,
                           "expense": LenderExpense}[kind](**base, amount=amount))  # fmt: skip
        out.append((text, events))
    return out
