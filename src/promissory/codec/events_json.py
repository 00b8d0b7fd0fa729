"""Events to and from JSON-ready mappings: the one codec the book, the CLI and exports share.

Shape: ``{"kind": "payment", "note_id": ..., "seq": 3, "effective_date": "2002-03-31",
"recorded_at": "2026-11-22T15:00:00+00:00", "recorded_by": "ops", "memo": "", "currency": "USD",
"amount": "155388.68", ...}``.  Money fields are decimal strings in the event's ``currency``; other
decimals are strings; dates are ISO 8601.  Decoding validates every field and names the bad one.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from promissory.codec.amounts import parse_amount
from promissory.core.events import EVENT_KINDS, STAMPS, Event
from promissory.core.money import EXACT_QUANTIZE, Money, currency_quantum
from promissory.core.state import Split
from promissory.errors import InvalidInput

BASE_FIELDS = ("kind", "note_id", "seq", "effective_date", "recorded_at", "recorded_by", "memo")


def _encode_value(value: object) -> object:
    kind = type(value)  # the common types first, by exact type (onboarding encodes every row)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is Decimal:
        return str(value)
    if kind is Money:
        return str(value.amount)  # type: ignore[attr-defined]
    if kind is date or kind is datetime:
        return value.isoformat()  # type: ignore[attr-defined]
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Split):
        # late charges (issue 10) only when there are some: a split written before keeps its text
        # and fees (issue 11) likewise
        return {name: str(getattr(value, name)) for name in _split_names(value)
                if name not in ("late_charges", "fees") or getattr(value, name)}  # fmt: skip
    if isinstance(value, tuple):
        return [_encode_value(v) for v in value]
    return value


_SPLIT_NAMES: dict[type, tuple[str, ...]] = {}


def _split_names(split: Split) -> tuple[str, ...]:
    """A split's field names, in order (``dataclasses.fields`` once by class, not per payment)."""
    cls = type(split)
    names = _SPLIT_NAMES.get(cls)
    if names is None:
        names = _SPLIT_NAMES[cls] = tuple(f.name for f in dataclasses.fields(split))
    return names


#: Fields added to a kind after events of it were hashed: written only when given, so the text
#: (and the hash) of every event recorded before is unchanged.
_ONLY_WHEN_GIVEN = frozenset({"escrow"})

_FIELDS: dict[type, tuple[dataclasses.Field[Any], ...]] = {}


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """An event class's fields (``dataclasses.fields``, kept by class: onboarding and import
    encode and decode every row)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = dataclasses.fields(cls)
    return found


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    found = _NAMES.get(cls)
    if found is None:
        found = _NAMES[cls] = tuple(f.name for f in _fields(cls))
    return found


def event_to_dict(event: Event) -> dict[str, Any]:
    """An event as a JSON-ready mapping (see the module docstring)."""
    out: dict[str, Any] = {"kind": event.kind}
    currency = None
    for name in _names(type(event)):
        value = getattr(event, name)
        if value is None and name in _ONLY_WHEN_GIVEN:
            continue
        if isinstance(value, Money):
            currency = value.currency
        out[name] = _encode_value(value)
    if currency is not None:
        out["currency"] = currency
    return out


def restamped(encoded: dict[str, Any], event: Event) -> dict[str, Any]:
    """:func:`event_to_dict` of ``event``, given ``encoded``, the mapping of the event it was
    stamped from (:func:`~promissory.core.events.stamped`: only the stamps differ, so only they are
    encoded again).  A write that encoded its events to key them encodes each once."""
    out = dict(encoded)
    for name in STAMPS:
        if name in out:  # a stamp is one of the kind's fields, always in its mapping
            out[name] = _encode_value(getattr(event, name))
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class _Shape:
    """What decoding needs of an event class, worked out once per class: each field's type (its
    first type other than None, and whether None is allowed), the field names, the required
    ones."""

    hints: dict[str, tuple[Any, bool]]
    names: frozenset[str]
    required: tuple[str, ...]


_SHAPES: dict[str, _Shape] = {}


def _shape(cls: type[Event]) -> _Shape:
    shape = _SHAPES.get(cls.kind)
    if shape is None:
        hints: dict[str, tuple[Any, bool]] = {}
        for name, hint in typing.get_type_hints(cls).items():
            optional = typing.get_origin(hint) in (types.UnionType, typing.Union)
            if optional:
                hint = next(a for a in typing.get_args(hint) if a is not type(None))
            hints[name] = (hint, optional)
        fields = _fields(cls)
        required = tuple(
            f.name for f in fields
            if f.init and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        )  # fmt: skip
        shape = _SHAPES[cls.kind] = _Shape(hints, frozenset(f.name for f in fields), required)
    return shape


def _decode_value(
    kind: str, name: str, hint: Any, optional: bool, raw: object, currency: str | None
) -> object:
    what = f"{kind}.{name}"
    if optional and raw is None:
        return None
    if hint is Money:
        if currency is None:
            raise InvalidInput(f"{what}: an amount needs the event's currency")
        amount = parse_amount(raw, what=what)
        quantum = currency_quantum(currency)
        exact = amount.quantize(quantum, context=EXACT_QUANTIZE)
        # "7500000" is stored as "7500000.00"; a finer amount stays as given and is refused
        return Money.of(exact if exact == amount else amount, currency)
    if hint is Decimal:
        return parse_amount(raw, what=what)
    if hint is datetime:
        try:
            return datetime.fromisoformat(str(raw))
        except ValueError:
            raise InvalidInput(f"{what} {raw!r} is not an ISO 8601 date-time") from None
    if hint is date:
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            raise InvalidInput(f"{what} {raw!r} is not an ISO date (YYYY-MM-DD)") from None
    if hint is Split:
        if not isinstance(raw, dict):
            raise InvalidInput(f"{what} must be a mapping of bucket to amount")
        return Split(**{k: parse_amount(v, what=f"{what}.{k}") for k, v in raw.items()})
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise InvalidInput(f"{what} {raw!r} must be a whole number")
        return raw
    if hint is bool:
        if not isinstance(raw, bool):
            raise InvalidInput(f"{what} {raw!r} must be true or false")
        return raw
    if hint is str:
        if not isinstance(raw, str):
            raise InvalidInput(f"{what} {raw!r} must be text")
        return raw
    if typing.get_origin(hint) is tuple:
        return tuple(raw) if isinstance(raw, list | tuple) else raw
    return raw


Decoder = typing.Callable[[object, "str | None"], object]


def _decoder(kind: str, name: str, hint: Any, optional: bool) -> Decoder:
    """:func:`_decode_value` for one field of one kind, its type's branch chosen once (onboarding
    and import decode every row): the common types inline, the others through
    :func:`_decode_value` itself.  Each gives what :func:`_decode_value` gives, errors included."""
    what = f"{kind}.{name}"
    if hint is Money:

        def money(raw: object, currency: str | None) -> object:
            if optional and raw is None:
                return None
            if currency is None:
                raise InvalidInput(f"{what}: an amount needs the event's currency")
            amount = parse_amount(raw, what=what)
            quantum = currency_quantum(currency)
            exact = amount.quantize(quantum, context=EXACT_QUANTIZE)
            # "7500000" is stored as "7500000.00"; a finer amount stays as given and is refused
            # (Money.of's checks hold already: a known currency, a finite Decimal)
            return Money(exact if exact == amount else amount, currency)

        return money
    if hint is date or hint is datetime:
        parse, said = (
            (date.fromisoformat, "an ISO date (YYYY-MM-DD)")
            if hint is date
            else (datetime.fromisoformat, "an ISO 8601 date-time")
        )

        def when(raw: object, currency: str | None) -> object:
            if optional and raw is None:
                return None
            try:
                return parse(str(raw))
            except ValueError:
                raise InvalidInput(f"{what} {raw!r} is not {said}") from None

        return when
    if hint is str:

        def text(raw: object, currency: str | None) -> object:
            if optional and raw is None:
                return None
            if not isinstance(raw, str):
                raise InvalidInput(f"{what} {raw!r} must be text")
            return raw

        return text
    if hint is int:

        def whole(raw: object, currency: str | None) -> object:
            if optional and raw is None:
                return None
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise InvalidInput(f"{what} {raw!r} must be a whole number")
            return raw

        return whole
    return lambda raw, currency: _decode_value(kind, name, hint, optional, raw, currency)


_DECODERS: dict[str, dict[str, Decoder]] = {}


def _decoders(cls: type[Event]) -> dict[str, Decoder]:
    """Each field's decoder (:func:`_decoder`) of an event class, worked out once per class."""
    found = _DECODERS.get(cls.kind)
    if found is None:
        hints = _shape(cls).hints
        found = _DECODERS[cls.kind] = {
            name: _decoder(cls.kind, name, *hints[name]) for name in _shape(cls).names
        }
    return found


def event_class(data: typing.Mapping[str, Any]) -> type[Event]:
    """The event class a mapping names, its fields checked: unknown kinds and fields, and missing
    required ones, are refused (naming them)."""
    kind = data.get("kind")
    cls = EVENT_KINDS.get(str(kind))
    if cls is None:
        raise InvalidInput(f"event kind {kind!r} is not one of {', '.join(sorted(EVENT_KINDS))}")
    shape = _shape(cls)
    unknown = [k for k in data if k not in shape.names and k != "kind" and k != "currency"]
    if unknown:
        raise InvalidInput(f"{kind} event has unknown field(s) {', '.join(sorted(unknown))}")
    required = sorted(name for name in shape.required if name not in data)
    if required:
        raise InvalidInput(f"{kind} event needs {', '.join(required)} (missing)")
    return cls


def build_event(cls: type[Event], kwargs: dict[str, Any]) -> Event:
    """An event of ``cls`` from its decoded fields (a wrong combination refused, naming it)."""
    try:
        return cls(**kwargs)
    except TypeError as error:
        raise InvalidInput(f"{cls.kind} event: {error}") from None


def event_from_dict(data: typing.Mapping[str, Any]) -> Event:
    """Build and validate an event from its mapping; unknown kinds and fields are refused."""
    cls = event_class(data)
    names, currency, decoders = _shape(cls).names, data.get("currency"), _decoders(cls)
    return build_event(
        cls, {name: decoders[name](raw, currency) for name, raw in data.items() if name in names}
    )
