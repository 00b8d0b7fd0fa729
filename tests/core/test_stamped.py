"""``stamped``: the write path's copy of an event with its stamps set (note, seq, recorded at and by,
a payment's split) is ``dataclasses.replace`` without building the record again — for every kind."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from promissory.core.events import Event, Payment, stamped
from promissory.core.kinds import event_kinds
from promissory.core.money import Money
from promissory.core.state import Split

#: What a kind needs beyond a value of each required field's type to be a valid record.
NEEDS: dict[str, dict[str, object]] = {
    "amendment": {"rate": Decimal("0.07")},
    "pik_election": {"election": "pik"},
    "escrow_disbursement": {"payee": "Travis County Tax Office"},
}


def _value(hint: object) -> object:
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        return None
    by_type: dict[object, object] = {
        Money: Money.of("10.00", "USD"), date: date(2024, 1, 2), str: "x", int: 1, bool: False,
        datetime: datetime(2024, 1, 2, tzinfo=UTC), Decimal: Decimal("0.05"),
    }  # fmt: skip
    return () if typing.get_origin(hint) is tuple else by_type.get(hint)


def one_of_each() -> list[Event]:
    out = []
    for name, spec in sorted(event_kinds().items()):
        cls = spec.record
        if cls is None:
            continue
        hints = typing.get_type_hints(cls)
        required = {f.name: _value(hints[f.name]) for f in dataclasses.fields(cls)
                    if f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING}  # fmt: skip
        out.append(cls(**{**required, **NEEDS.get(name, {})}))
    return out


@pytest.mark.parametrize("event", one_of_each(), ids=lambda e: e.kind)
def test_stamped_is_replace_for_every_kind(event: Event) -> None:
    at = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
    stamps = {"seq": 7, "recorded_at": at, "note_id": "N-2", "recorded_by": "ops"}
    copy = stamped(event, **stamps)
    assert type(copy) is type(event)
    assert copy == dataclasses.replace(event, **stamps)
    assert repr(copy) == repr(dataclasses.replace(event, **stamps))
    assert event.seq == 0 and event.note_id == "x"  # the original is untouched
    assert hash(copy) == hash(dataclasses.replace(event, **stamps))


def test_a_payment_gets_its_split_and_nothing_else_may_be_stamped() -> None:
    payment = Payment(note_id="N", effective_date=date(2024, 1, 2), amount=Money.of("5.00", "USD"))
    split = Split(interest=Decimal("1.00"), principal=Decimal("4.00"))
    assert stamped(payment, allocation=split) == dataclasses.replace(payment, allocation=split)
    with pytest.raises(TypeError, match="only the stamps"):
        stamped(payment, amount=Money.of("1.00", "USD"))  # validated: not a stamp
    advance = next(e for e in one_of_each() if e.kind == "advance")
    with pytest.raises(TypeError, match="allocation"):
        stamped(advance, allocation=split)  # an advance has no split


@pytest.mark.parametrize("event", one_of_each(), ids=lambda e: e.kind)
def test_restamped_encodes_what_event_to_dict_encodes_for_every_kind(event: Event) -> None:
    """A write that encoded an event to key it re-encodes only the stamps of the stamped copy
    (``restamped``): the mapping is the stamped event's own, key for key."""
    from promissory.codec.events_json import event_to_dict, restamped

    at = datetime(2026, 12, 4, 9, 30, 1, 250, tzinfo=UTC)
    stamps: dict[str, object] = {"seq": 7, "recorded_at": at, "note_id": "N-2", "recorded_by": "o"}
    if isinstance(event, Payment):
        stamps["allocation"] = Split(interest=Decimal("1.00"), principal=Decimal("4.00"))
    copy = stamped(event, **stamps)
    assert restamped(event_to_dict(event), copy) == event_to_dict(copy)
    again = stamped(copy, seq=8)
    assert restamped(event_to_dict(copy), again) == event_to_dict(again)
