"""The replay's records keep every property of a frozen dataclass with their faster ``__init__``
(core/records.py): the same signature and defaults, frozen, compared and hashed by value."""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal

import pytest

from promissory.core.records import fast_init
from promissory.core.state import FeeSegment, Ledger, Position, ScheduleRow, Segment, Split, State
from promissory.core.waterfall import Dues


@dataclass(frozen=True, slots=True)
class Plain:
    a: int
    b: str = "b"
    c: tuple[int, ...] = field(default=(), compare=False)


@fast_init
@dataclass(frozen=True, slots=True)
class Fast:
    a: int
    b: str = "b"
    c: tuple[int, ...] = field(default=(), compare=False)


def test_same_signature_as_the_dataclass() -> None:
    assert str(inspect.signature(Fast)) == str(inspect.signature(Plain))
    for cls in (State, Split, ScheduleRow, Segment, FeeSegment, Position, Ledger, Dues):
        names = list(inspect.signature(cls).parameters)
        assert names == [f.name for f in fields(cls)], cls


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "x"), {}), ((1,), {"c": (2, 3)}), ((), {"a": 4, "b": "y", "c": (5,)})],
)
def test_builds_what_the_dataclass_builds(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    fast, plain = Fast(*args, **kwargs), Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert (fast.a, fast.b, fast.c) == (plain.a, plain.b, plain.c)
    assert fast == Fast(*args, **kwargs)  # type: ignore[arg-type]
    assert hash(fast) == hash(Fast(*args, **kwargs))  # type: ignore[arg-type]
    assert replace(fast, b="z") == Fast(fast.a, "z", fast.c)
    assert repr(fast).replace("Fast", "Plain") == repr(plain)


def test_still_frozen_and_still_refuses_missing_or_unknown_arguments() -> None:
    record = Fast(1)
    with pytest.raises(FrozenInstanceError):
        record.a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Fast(1, d=3)  # type: ignore[call-arg]


def test_a_state_by_position_and_by_name() -> None:
    values = {f.name: f"v{i}" for i, f in enumerate(fields(State))}
    by_name = State(**values)  # type: ignore[arg-type]
    by_position = State(*values.values())  # type: ignore[arg-type]
    assert [getattr(by_name, n) for n in values] == list(values.values())
    assert by_position == by_name
    short = State(None, Decimal(1), None, None, Decimal(0), Decimal(0), date(2025, 1, 1))  # type: ignore[arg-type]
    assert short.escrow == Decimal(0) and short.pledged == () and not short.registers_known


def test_refuses_what_it_cannot_build() -> None:
    @dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (Factory, PostInit, NoSlots):
        with pytest.raises(TypeError):
            fast_init(cls)
