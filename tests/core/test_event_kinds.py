"""The one table of event kinds (core/kinds.py): no kind lacks a record (or a derived marker), a
handler (or who applies it), a same-day rank with its reason, and a validators entry."""

from __future__ import annotations

import pytest

from promissory.core.events import EVENT_KINDS, Event
from promissory.core.kinds import SAME_DAY_ORDER, EventKind, event_kinds, kind, rank, replay_key
from promissory.errors import InvalidInput


def _subclasses(cls: type[Event]) -> set[type[Event]]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub, *_subclasses(sub)}
    return out


def test_every_kind_has_a_record_or_is_derived_a_handler_a_rank_a_reason_and_validators() -> None:
    table = event_kinds()
    assert [name for name, _ in SAME_DAY_ORDER] == sorted(table, key=lambda n: table[n].rank)
    for name, spec in table.items():
        assert isinstance(spec, EventKind) and spec.name == name
        if spec.record is None:  # a derived row: the engine writes it, and says where
            assert spec.applied_by.startswith("derived: written by ")
        else:
            assert spec.record.kind == name and EVENT_KINDS[name] is spec.record
        assert callable(spec.handler) or spec.applied_by, name
        assert spec.rank == rank(name) and spec.reason.strip(), name
        assert isinstance(spec.validators, tuple), name
        assert all(callable(v) for v in spec.validators), name


def test_the_table_includes_derived_rows_and_the_kinds_other_modules_declare() -> None:
    table = event_kinds()
    assert table["capitalisation"].derived
    for name in ("pledge", "valuation", "release", "transfer", "settlement", "ucc_filing",
                 "ucc_continuation", "ucc_termination", "reversal"):  # fmt: skip
        assert table[name].record is not None


def test_every_record_class_is_declared() -> None:
    """Every event record promissory defines (dataclass(slots=True) makes a second class of the
    same name, so classes are compared by module and name)."""
    declared = {(s.record.__module__, s.record.__qualname__, s.record.kind)
                for s in event_kinds().values() if s.record is not None}  # fmt: skip
    defined = {(c.__module__, c.__qualname__, c.kind) for c in _subclasses(Event)
               if c.__module__.startswith("promissory.")}  # fmt: skip
    assert defined and defined <= declared


def test_a_kind_without_a_rank_is_an_error_not_last() -> None:
    with pytest.raises(InvalidInput, match="'mystery' has no place in the same-day order"):
        rank("mystery")
    with pytest.raises(InvalidInput, match="'mystery' is not declared"):
        kind("mystery")


def test_replay_key_refuses_an_unranked_event() -> None:
    from dataclasses import dataclass
    from datetime import date
    from typing import ClassVar

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Mystery(Event):
        kind: ClassVar[str] = "mystery"

    with pytest.raises(InvalidInput, match="mystery"):
        replay_key(Mystery(note_id="N", effective_date=date(2002, 1, 1)))
