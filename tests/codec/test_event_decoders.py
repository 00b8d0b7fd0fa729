"""The event codec decodes each field with a decoder chosen once per kind and field
(``events_json._decoder``); it gives exactly what the general field decoder
(``events_json._decode_value``) gives — the same event, or the same error — for random mappings of
every kind, good fields and bad."""

from __future__ import annotations

import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.codec import events_json
from promissory.codec.events_json import (
    _decode_value,
    _shape,
    build_event,
    event_class,
    event_from_dict,
)
from promissory.core.events import EVENT_KINDS, Event
from promissory.core.money import Money
from promissory.core.state import Split


def _reference(data: typing.Mapping[str, Any]) -> Event:
    """``event_from_dict`` as it was, every field through ``_decode_value``."""
    cls = event_class(data)
    shape, currency = _shape(cls), data.get("currency")
    return build_event(cls, {
        name: _decode_value(cls.kind, name, *shape.hints[name], raw, currency)
        for name, raw in data.items()
        if name in shape.names
    })  # fmt: skip


VALUES = st.sampled_from([
    None, "", "x", "wire", "1000.00", "10000", "1,000.00", "1,5", "$25.10", "0.001", "-5.00",
    "0", "1E+3", "abc", "2024-01-15", "2024-02-30", "9999-12-31", "2026-12-04T11:22:11+00:00",
    "2026-12-04T11:22:11", "nonsense-time", 0, 1, 7, -3, True, False, 2.5, Decimal("12.50"),
    [], ["a"], {"principal": "1.00", "interest": "2.00"}, {"principal": "x"}, {"bogus": "1"},
    "lender", "borrower", "SOFR", "0.05", "USD",
])  # fmt: skip
GOOD = {
    Money: st.sampled_from(["1000.00", "10000", "250.5", "0.001", "1,000.00", "7", "$3.10"]),
    date: st.sampled_from(["2024-03-15", "2001-10-05", "2030-01-31"]),
    datetime: st.sampled_from(["2026-12-04T11:22:11.548587+00:00", "2026-01-01T09:30:00"]),
    str: st.sampled_from(["", "x", "wire", "lender", "SOFR", "N-1"]),
    int: st.integers(0, 4),
    bool: st.booleans(),
    Decimal: st.sampled_from(["0.05", "0.0725", "1", "-0.01"]),
    Split: st.sampled_from([{"principal": "1.00", "interest": "2.00"}, {}]),
}
CURRENCIES = st.sampled_from([None, "USD", "JPY", "BHD", "XXX", 5])


@st.composite
def mappings(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([*sorted(EVENT_KINDS), "nope"]))
    cls = EVENT_KINDS.get(kind)
    names = sorted(_shape(cls).names) if cls is not None else ["amount"]
    hints = _shape(cls).hints if cls is not None else {}
    required = _shape(cls).required if cls is not None else ()
    data: dict[str, Any] = {"kind": kind}
    for name in names:
        if draw(st.integers(0, 5)) == 0:
            data[name] = draw(VALUES)  # anything
        elif name in required or draw(st.booleans()):
            good = GOOD.get(hints[name][0]) if name in hints else None
            data[name] = draw(good) if good is not None else draw(VALUES)
    currency = "USD" if draw(st.booleans()) else draw(CURRENCIES)
    if currency is not None or draw(st.booleans()):
        data["currency"] = currency
    if draw(st.integers(0, 19)) == 0:
        data["stray"] = 1
    return data


def _outcome(decode: typing.Callable[[dict[str, Any]], Event], data: dict[str, Any]) -> object:
    try:
        event = decode(data)
        return event, repr(event)  # the repr tells Decimal("7") from Decimal("7.00")
    except Exception as error:  # the same error either way is the point
        return type(error), str(error)


@settings(max_examples=1500, deadline=None)
@given(mappings())
def test_the_kinds_decoders_decode_as_the_general_decoder_does(data: dict[str, Any]) -> None:
    assert _outcome(event_from_dict, data) == _outcome(_reference, data)


def test_good_advances_and_payments_decode_alike() -> None:
    for kind in ("advance", "payment"):
        data = {"kind": kind, "note_id": "N-1", "effective_date": "2024-01-15", "seq": 3,
                "recorded_at": "2026-12-04T11:22:11.548587+00:00", "recorded_by": "ops",
                "memo": "wire", "currency": "USD", "amount": "10000"}  # fmt: skip
        if kind == "payment":
            data["allocation"] = {"principal": "9000.00", "interest": "1000.00"}
        event = event_from_dict(data)
        assert event == _reference(data) and event.kind == kind
        assert str(event.amount.amount) == "10000.00"  # type: ignore[attr-defined]
    assert events_json._DECODERS  # the decoders were built once per kind
